"""Numeric-claim lexicons, one JSON file per language (``de.json``)."""
