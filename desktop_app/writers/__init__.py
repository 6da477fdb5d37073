"""One writer per output format; each takes a Resolved release and a path."""
