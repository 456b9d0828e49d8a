"""Options of the source readers (one typed object, built once at the edge).

Defined with the settings table in :mod:`brinkwatch.config`, which reads its defaults.
"""

from __future__ import annotations

from brinkwatch.config import SourceOptions

__all__ = ["SourceOptions"]
