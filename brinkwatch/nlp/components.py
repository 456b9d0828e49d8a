"""spaCy components of brinkwatch: the newline sentencizer and the KB entity ruler."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from brinkwatch.kb.model import TheatreKB


@Language.component("bw_newline_sentencizer")
def newline_sentencizer(doc: Doc) -> Doc:
    """Start a sentence after every newline, so headlines, bullets and bylines stand alone.

    Runs before the parser; the parser keeps the boundaries it is given and adds its own.
    """
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or (tok.whitespace_ == "" and "\n" in tok.text_with_ws):
            doc[i + 1].is_sent_start = True
        elif tok.is_space:
            doc[i + 1].is_sent_start = True
    return doc


def add_kb_ruler(nlp: Language, kb: TheatreKB) -> None:
    """Add the KB-driven entity ruler before NER (implemented with the linker)."""
    return None
