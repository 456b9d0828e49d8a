"""Scoring actor recognition and linking against gold actor rows (``seeds.actors.jsonl``).

Per gold row, over the mentions of its document:

- *linked*: some mention's canonical name equals one of the row's ``actor`` names (normalised).
  When the row gives a ``surface``, the linked mention must also be one whose text contains the
  surface as whole words (normalised): the point of such a row is that this written form links.
- *must_not* is violated when a mention (whose text contains the surface, when a surface is given)
  links to one of the ``must_not`` names.

Recall counts required rows; optional rows found are reported but not scored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brinkwatch.eval.gold import GoldActor, contains_words, load_gold_actors, norm_name
from brinkwatch.records import Mention


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRow:
    doc: str
    actor: tuple[str, ...]
    surface: str | None
    required: bool
    found: bool
    linked_as: tuple[str, ...]  # canonical names of the mentions with the surface (if given)


@dataclass(frozen=True, slots=True, kw_only=True)
class Violation:
    doc: str
    surface: str | None
    mention: str  # the text of the offending mention
    linked_to: str  # the forbidden canonical name it links to
    start: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorScores:
    required: int
    required_found: int
    optional: int
    optional_found: int
    rows: tuple[ActorRow, ...]
    violations: tuple[Violation, ...]
    mentions: int  # all mentions in the scored documents
    unknown_mentions: int  # mentions with no KB link

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 0.0

    @property
    def missed(self) -> tuple[ActorRow, ...]:
        return tuple(r for r in self.rows if r.required and not r.found)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``json.dumps(scores.to_json())``)."""
        return {
            "recall": self.recall, "required": self.required,
            "required_found": self.required_found, "optional": self.optional,
            "optional_found": self.optional_found, "mentions": self.mentions,
            "unknown_mentions": self.unknown_mentions,
            "rows": [{"doc": r.doc, "actor": list(r.actor), "surface": r.surface,
                      "required": r.required, "found": r.found, "linked_as": list(r.linked_as)}
                     for r in self.rows],
            "violations": [{"doc": v.doc, "surface": v.surface, "mention": v.mention,
                            "linked_to": v.linked_to, "start": v.start}
                           for v in self.violations],
        }


def _with_surface(mentions: Sequence[Mention], surface: str | None) -> list[Mention]:
    if surface is None:
        return list(mentions)
    key = norm_name(surface)
    return [m for m in mentions if contains_words(norm_name(m.text), key)]


def score_actors(mentions: Mapping[str, Sequence[Mention]],
                 gold: Sequence[GoldActor]) -> ActorScores:
    """Score the mentions of each document (keyed by gold ``doc``) against gold actor rows."""
    rows: list[ActorRow] = []
    violations: list[Violation] = []
    for g in gold:
        doc_mentions = mentions.get(g.doc, ())
        pool = _with_surface(doc_mentions, g.surface)
        names = {norm_name(a) for a in g.actor}
        found = any(m.name is not None and norm_name(m.name) in names for m in pool)
        linked_as: tuple[str, ...] = ()
        if g.surface is not None:
            linked_as = tuple(dict.fromkeys(m.name or "(unlinked)" for m in pool))
        rows.append(ActorRow(doc=g.doc, actor=g.actor, surface=g.surface, required=g.required,
                             found=found, linked_as=linked_as))
        bad = {norm_name(n) for n in g.must_not}
        for m in pool:
            if m.name is not None and norm_name(m.name) in bad:
                violations.append(Violation(doc=g.doc, surface=g.surface, mention=m.text,
                                            linked_to=m.name, start=m.start))
    docs = {g.doc for g in gold}
    scored = [m for d in docs for m in mentions.get(d, ())]
    return ActorScores(
        required=sum(1 for r in rows if r.required),
        required_found=sum(1 for r in rows if r.required and r.found),
        optional=sum(1 for r in rows if not r.required),
        optional_found=sum(1 for r in rows if not r.required and r.found),
        rows=tuple(rows), violations=tuple(violations), mentions=len(scored),
        unknown_mentions=sum(1 for m in scored if m.kb_id is None),
    )


def evaluate_actors(gold_path: Path | str, corpus_dir: Path | str, ctx: Any) -> ActorScores:
    """Run the pipeline over ``corpus_dir`` and score its mentions against ``gold_path``."""
    from brinkwatch.eval.corpus import doc_key, process_corpus

    gold = load_gold_actors(gold_path)
    mentions: dict[str, list[Mention]] = {}
    for result in process_corpus(corpus_dir, ctx):
        mentions.setdefault(doc_key(result.article), []).extend(result.mentions)
    return score_actors(mentions, gold)
