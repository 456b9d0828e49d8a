"""The exception tree of brinkwatch. Every message says what was expected, what was
found, and what to do; the CLI prints it as one line (no traceback).

    BrinkwatchError
    ├── ConfigError          bad setting, bad option value, missing file given by the user
    ├── SourceError          a document or URL could not be read (recorded with a status)
    │   └── FetchError       network: timeout, refused, private address, too large, bad status
    ├── KnowledgeBaseError   a theatre file does not validate
    ├── PipelineError        the language pipeline or an extractor could not run
    ├── StoreError           the database cannot be opened, migrated or written
    └── EvalError            gold or benchmark file missing or malformed
"""

from __future__ import annotations


class BrinkwatchError(Exception):
    """Base of all errors the user may see. ``str(err)`` is the one-line message."""


class ConfigError(BrinkwatchError):
    pass


class SourceError(BrinkwatchError):
    pass


class FetchError(SourceError):
    pass


class KnowledgeBaseError(BrinkwatchError):
    pass


class PipelineError(BrinkwatchError):
    pass


class StoreError(BrinkwatchError):
    pass


class EvalError(BrinkwatchError):
    pass
