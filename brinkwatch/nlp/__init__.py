"""The language pipeline: spaCy's English model, a newline sentencizer, the KB entity ruler.

``build_pipeline(kb)`` returns a ``spacy.Language``; ``parse(nlp, article)`` returns a
:class:`ParsedArticle` whose ``doc.text`` is exactly ``article.text`` (offsets agree).
"""

from __future__ import annotations

from brinkwatch.nlp.pipeline import MODEL_NAME, ParsedArticle, build_pipeline, parse, parse_many

__all__ = ["MODEL_NAME", "ParsedArticle", "build_pipeline", "parse", "parse_many"]
