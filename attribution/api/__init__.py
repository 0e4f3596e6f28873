"""The fact-checkers' REST API (version 1): read, filter, search, export and review."""
