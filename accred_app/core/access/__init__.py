"""The access log: what police units gave reporters — checkpoint entries (from the scan log) and
interviews, briefings, escorted visits and documents recorded by hand — listed together."""
