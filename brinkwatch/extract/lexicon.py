"""The trigger lexicon of events.rules.v1: verbs and nouns that express PLOVER events.

The data lives in ``extract/data/rules.yaml`` (validated package data, user-overridable; see
:mod:`brinkwatch.extract.rules` and ``docs/rules.md``), written from the PLOVER 2021 codebook
and CAMEO 1.1b3 category descriptions (their verbs, synonyms and the nouns that name the same
acts), not from any benchmark sentence.

Each sense is one line::

    lemma[@prt] TYPE mode weight [obj=a,b,@group] [noobj=...] [subj=...]

- ``@prt``: the sense needs a particle or preposition child with that lemma
  ("pull@out", "call@for", "crack@down");
- ``mode``: a PLOVER mode of TYPE or ``-``;
- ``weight``: the confidence the rule gives the event (0-1);
- ``noobj=``: objects that rule the sense out ("host noobj=@troops": hosting troops is no
  visit);
- ``subj=``: the sense needs a subject word in the list (the subject, its compounds and
  adjectives, or what a count is of: "hundreds of fighters"); "convoys gathered" mobilise
  (``subj=@armed``), "crowds gathered" protest (``subj=@gatherers``);
- ``obj=``: the sense needs a direct object (or, for nouns, a modifier) whose lemma is in the
  list ("impose obj=sanction" -> SANCTION; "lift obj=sanction" -> CONCEDE); ``@group`` names a
  list of ``object_groups``.

Control verbs (``control``): their complement carries the event ("refuse to meet" -> REJECT,
"vow to strike" -> THREATEN). Look-ups are dictionary look-ups by lemma in the active rules
(:func:`verb_senses`, :func:`noun_senses`, :func:`control`, :func:`is_light`).
"""

from __future__ import annotations

from brinkwatch.extract.rules import Sense, active

__all__ = ["Sense", "verb_senses", "noun_senses", "control", "is_light", "conflict_types"]


def verb_senses(lemma: str) -> tuple[Sense, ...]:
    return active().verbs.get(lemma.lower(), ())


def noun_senses(lemma: str) -> tuple[Sense, ...]:
    return active().nouns.get(lemma.lower(), ())


def control(lemma: str) -> str | None:
    """The control class of a verb ("refuse" -> REJECT, "vow" -> PROMISE), or None."""
    return active().control.get(lemma)


def is_light(lemma: str) -> bool:
    """A light (support) verb: "issued a warning", "launched strikes", "held talks"."""
    return lemma in active().light


def conflict_types() -> frozenset[str]:
    return active().conflict_types
