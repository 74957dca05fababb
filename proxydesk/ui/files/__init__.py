"""Files and the window between runs: open, recent, copy, remembered layout, first start."""
