"""Help → User Guide and Help → About ProxyDesk."""
