"""brinkwatch: sourced, structured event data from news reports."""

__version__ = "0.1.0"
