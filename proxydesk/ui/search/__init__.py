"""Full-text search across the whole case file."""
