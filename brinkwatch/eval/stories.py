"""Scoring stories against cross-document gold (``dev/gold.clusters.jsonl`` and
``dev/gold.contradictions.jsonl``, format in the dev set's README).

Reports are mapped to gold docs through the article url (``articles.jsonl`` is the url -> doc
map) or, failing that, an origin ending in ``#L<n>`` (line n is ``d<n>``).

- **Pairwise F1 of grouping**: the pairs of docs that share a predicted story against the pairs
  that share a gold cluster. ``typed`` also requires the story's type family to be the cluster's.
- **Mixed stories**: a story that holds docs found only in two different gold clusters of the
  same type and day (two real events) counts as one mix.
- **Contradiction topics surfaced**: a gold topic is surfaced when a story holding at least two
  of its docs carries a contradiction of a matching kind whose claims come from two of its docs.
  The kind is read from the topic's words (``TOPIC_KINDS``); a topic whose words match no kind
  (ranks) can only be missed, and is listed as such.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

#: (pattern on the gold topic, contradiction kinds that answer it), first match wins
TOPIC_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    # who suffered it, told in the passive ("who was killed in the strike", "who were the
    # wounded"): the victims, not the doer
    (r"\bwho\s+(?:was|were|had been)\s+(killed|wounded|hurt|injured|hit|targeted|struck|shot)\b",
     frozenset({"casualties", "target"})),
    # who was held, told in the passive ("who was arrested in the raid", "who were detained"):
    # those taken, as each outlet names or counts them, not the doer
    (r"\bwho\s+(?:was|were|had been)\s+(arrested|detained|captured|abducted|kidnapped|seized|"
     r"taken)\b", frozenset({"target", "detained"})),
    # who holds a captive or a detainee ("who held the detainees after the raid", "who is
    # holding the hostages", "in whose custody"): the holders each outlet names, not the doer
    # nor an office ("who held the post")
    (r"\bcustody\b|\bwho\s+(?:is\s+|was\s+|were\s+|now\s+|still\s+)*(?:holds|held|holding|has|had|"
     r"keeps|kept)\b(?!\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:office|post|seat|job|meeting|talks|"
     r"position|rank|title|power|portfolio|ministry|responsib\w*|vote|election|session))",
     frozenset({"custody"})),
    # who held a role when acting, the role told beside the question ("who, as defence
    # minister, ordered the strike", "who as army chief announced it"): the person in office
    (r"\bwho\b,?\s+as\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,4}?(minister|president|secretary|"
     r"spokes\w*|official|commander|leader|general|chief|envoy|ambassador|governor|speaker)\b",
     frozenset({"actor", "office", "administration"})),
    # whom someone met or received ("whom the envoy met in the capital", "who the minister
    # received"): the counterparts each outlet names, by name or by office
    (r"\bwhom?\b\s+(?:[\w'’.-]+\s+){1,5}?(met|meet|meets|received|hosted|visited|held\s+talks\s+with|"
     r"talked\s+to|spoke\s+with)\b", frozenset({"target", "actor", "office"})),
    # who did it, by any verb of doing, directing or attacking ("who organised the attack",
    # "who ordered the raid", "who attacked the consulate", "who struck near the city"), or
    # its perpetrator named as such
    (r"\bwho\b.*\b(carried|behind|did|organi[sz]ed|ordered|led|planned|launched|fired|"
     r"orchestrated|responsible|attacked|struck|hit|bombed|shelled|shot|stormed|raided|"
     r"targeted|killed|claimed|arrested|detained|captured|abducted|kidnapped|seized)\b|\b(perpetrators?|culprits?)\b|"
     # "which group was behind the attack", "which faction claimed it"
     r"\bwhich\s+(group|faction|militia|unit|side|organi[sz]ation|country|state)\b.*"
     r"\b(behind|carried|claimed|responsible|fired|launched|did|attacked|struck)\b",
     frozenset({"perpetrator", "actor", "denial"})),
    (r"\b(name|rank|which body|which us administration|which .*administration)\b",
     frozenset({"actor", "target", "perpetrator", "administration"})),
    # which person in a role ("which prime minister reacted", "who was secretary of state")
    (r"\b(which|who was)\b.*\b(minister|president|secretary|spokes\w*|official|commander|"
     r"leader|general)\b", frozenset({"actor", "target", "perpetrator", "administration", "office"})),
    # who held an office or acted for a body ("who headed the government", "who spoke for the
    # ministry", "who condemned it for the government")
    (r"\bwho\b\s+(headed|chaired|ran|\w+\s+(?:[\w'’.-]+\s+){0,3}?for\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?"
     r"(government|ministry|department|administration|cabinet|council|office|embassy|presidency)\b)",
     frozenset({"actor", "target", "perpetrator", "administration", "office"})),
    # who made a statement ("who spoke for Iran", "who warned of further action", "who denied
    # involvement"): the speaker, by name or by office
    (r"\bwho\s+(?:\w+\s+)?(spoke|said|warned|denied|condemned|announced|threatened|demanded|"
     r"urged|stated|confirmed|accused|blamed)\b", frozenset({"actor", "office", "administration", "denial", "quote"})),
    # troops sent ("reinforcements sent after the attack", "how many troops were deployed")
    (r"\b(reinforcements?|deploy\w*|deployments?)\b|\btroops\b.*\b(sent|dispatched)\b",
     frozenset({"deployed"})),
    # what a party is charged with or punished for ("what X is accused of", "the charges
    # against X", "why X was sanctioned" below): the charges each outlet gives
    (r"\b(accus\w*|charges?|charged|suspected\s+of|indict\w*|allegations?)\b",
     frozenset({"charge", "motive"})),
    # why it was done: the cause each outlet gives
    # (also its purpose: "aim of the offensive", "the goal of the raids", "what the strikes were
    # meant to achieve")
    (r"\b(motives?|why|reasons?|causes?|retaliat\w*|revenge|aims?|purposes?|goals?|objectives?|"
     r"intent(?:ions?)?|meant\s+to\s+achieve)\b", frozenset({"motive", "charge"})),
    # whether a decision binds (analysis.claims, rules ``meanings``)
    (r"\bbinding\b", frozenset({"binding"})),
    # harm to people: tolls, the dead and the hurt, a side's losses
    (r"\b(toll|casualt|injur|wounded|dead|loss(es)?\b|harm|hurt\b|killed\b)",
     frozenset({"casualties"})),
    # what a deed damaged, told as a noun ("damage at the air base", "destruction in the
    # district"): the things each outlet says were hit
    (r"\b(damages?|destruction)\b", frozenset({"struck"})),
    # what a raid or a search found ("what the raid found", "what police seized")
    (r"\bwhat\b.*\b(found|find|finds|discovered|uncovered|seized|confiscated|recovered|"
     r"turned up|yielded)\b", frozenset({"found"})),
    # what the struck place was ("what the strike hit", "what the struck sites were", "what
    # the crowd damaged")
    # (answered also by the targets named and the number of sites hit)
    (r"\bwhat\b.*\b(hit|struck|attacked|bombed|shelled|destroyed|damaged)\b",
     frozenset({"struck", "target", "sites"})),
    # how it was done, or with what kind of weapon ("how the strike was carried out", "kind
    # of missile"): the weapons each outlet names
    (r"\bhow\b.*\b(carried out|conducted|executed|launched|delivered)\b|"
     r"\b(kind|type|sort|model)s?\s+of\s+(weapons?|missiles?|drones?|rockets?|munitions?|"
     r"projectiles?|aircraft)\b", frozenset({"weapons", "weapon-kind"})),
    (r"\b(missiles|drones|rockets)\b", frozenset({"weapons"})),
    # how many people were held, how many places were struck: counts, but not of weapons
    (r"\b(number|how many)\b.*\b(detain\w*|arrest\w*|captur\w*|held|taken|seized)\b",
     frozenset({"detained"})),
    # how many lawmakers voted or attended
    (r"\b(number|how many)\b.*\b(mps|lawmakers|legislators|deputies|parliamentarians|senators|"
     r"votes|voted)\b", frozenset({"votes"})),
    (r"\b(number|how many)\b.*\b(sites|targets|positions|depots|facilities|bases|locations)\b",
     frozenset({"sites", "target"})),
    (r"\bnumber\b", frozenset({"weapons"})),
    (r"\btarget", frozenset({"target"})),
    # which places were struck ("which bases were hit")
    (r"\bwhich\b.*\b(hit|struck|attacked|targeted|bombed|shelled)\b",
     frozenset({"target", "sites", "place"})),
    (r"\bwhere\b", frozenset({"place"})),
    # claims of meaning and recalled measures (analysis.claims, rules ``meanings``/``recalled``)
    (r"\b(prospects?|fate|chances?)\b", frozenset({"prospects"})),
    (r"\bhow\b.*\b(obtained|won|secured|achieved|brokered|freed|released|returned)\b",
     frozenset({"release"})),
    (r"\b(means?|meaning|implications?)\b", frozenset({"agreement"})),
    (r"\b(preceded|preceding|earlier|previous|prior)\b", frozenset({"recalled"})),
    (r"\b(length|how long|duration|timeline|deadline|until)\b", frozenset({"timeline", "date"})),
    # when it happened ("at the time of the blast" only places another question in time)
    (r"\b(date|when|timing|hour)\b|(?<!at the )\btime\b|\b(which|what) day\b|\bday of\b",
     frozenset({"date"})),
    (r"\b(said|say|post|quote)\b", frozenset({"quote"})),
)


#: why a gold topic was not surfaced, from the earliest step to the nearest miss; a missed
#: topic gets the nearest step any story reached. These counts carry no text of the set, so
#: they can be read on a set kept blind.
MISS_REASONS: tuple[str, ...] = (
    "its kind is not read from the topic's words, and no story surfaces a contradiction between "
    "two of its docs",
    "its kind is not read from the topic's words; a story surfaces a contradiction (of some kind) "
    "between two of its docs",
    "no story holds two of its docs",
    "a story holds two of its docs but surfaces no contradiction",
    "that story's contradictions are of other kinds",
    "a contradiction of its kind, with claims from fewer than two of its docs",
)


def topic_kinds(topic: str) -> frozenset[str]:
    low = topic.lower()
    for pat, kinds in TOPIC_KINDS:
        if re.search(pat, low):
            return kinds
    return frozenset()


def doc_map(articles_jsonl: str | Path) -> dict[str, str]:
    """url -> doc from a dev-set ``articles.jsonl``."""
    out = {}
    with open(articles_jsonl, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                out[row["url"]] = row["doc"]
    return out


def doc_of(article: Mapping[str, Any], urls: Mapping[str, str]) -> str | None:
    if article.get("url") in urls:
        return urls[article["url"]]
    m = re.search(r"#L(\d+)$", article.get("origin") or "")
    return f"d{int(m.group(1)):02d}" if m else None


@dataclass(slots=True, kw_only=True)
class StoryScores:
    pairs_predicted: int = 0
    pairs_gold: int = 0
    pairs_correct: int = 0
    typed_predicted: int = 0
    typed_gold: int = 0
    typed_correct: int = 0
    mixed: list[str] = field(default_factory=list)
    topics: int = 0
    topics_surfaced: list[str] = field(default_factory=list)
    topics_missed: list[str] = field(default_factory=list)
    #: why each missed topic was missed (one of ``MISS_REASONS``), in the order of topics_missed
    topics_missed_why: list[str] = field(default_factory=list)
    #: topics with a contradiction of any kind between two of their docs on a story holding
    #: them: an upper bound of topics_surfaced that does not rest on reading the topic's kind
    topics_any_kind: int = 0
    stories: int = 0
    multi_doc_stories: int = 0

    @staticmethod
    def _f1(c: int, p: int, g: int) -> tuple[float, float, float]:
        pr = c / p if p else 0.0
        rc = c / g if g else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    @property
    def pairwise(self) -> tuple[float, float, float]:
        return self._f1(self.pairs_correct, self.pairs_predicted, self.pairs_gold)

    @property
    def typed(self) -> tuple[float, float, float]:
        return self._f1(self.typed_correct, self.typed_predicted, self.typed_gold)

    @property
    def surfaced_share(self) -> float:
        return len(self.topics_surfaced) / self.topics if self.topics else 0.0

    def to_json(self) -> dict[str, Any]:
        p, r, f = self.pairwise
        tp, tr, tf = self.typed
        return {"pairwise": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                             "predicted": self.pairs_predicted, "gold": self.pairs_gold,
                             "correct": self.pairs_correct},
                "typed_pairwise": {"precision": round(tp, 4), "recall": round(tr, 4),
                                   "f1": round(tf, 4)},
                "mixed_stories": self.mixed, "stories": self.stories,
                "multi_doc_stories": self.multi_doc_stories,
                "contradiction_topics": {"total": self.topics,
                                         "surfaced": len(self.topics_surfaced),
                                         "share": round(self.surfaced_share, 4),
                                         "any_kind": self.topics_any_kind,
                                         "missed": self.topics_missed,
                                         "missed_why": self.topics_missed_why}}


def _load(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def score_stories(stories: Iterable[Mapping[str, Any]], urls: Mapping[str, str],
                  clusters: Sequence[Mapping[str, Any]],
                  contradictions: Sequence[Mapping[str, Any]],
                  family_of: Callable[[str], str] | None = None) -> StoryScores:
    fam = family_of or (lambda t: t)
    s = StoryScores()
    gold_pairs: set[tuple[str, str]] = set()
    gold_typed: set[tuple[str, str, str]] = set()
    for c in clusters:
        fams = {fam(t) for t in str(c["type"]).split("|")}
        for a, b in combinations(sorted(set(c["docs"])), 2):
            gold_pairs.add((a, b))
            for f in fams:
                gold_typed.add((a, b, f))
    pred_pairs: set[tuple[str, str]] = set()
    pred_typed: set[tuple[str, str, str]] = set()
    story_docs: list[tuple[Mapping[str, Any], set[str]]] = []
    for st in stories:
        s.stories += 1
        docs = {d for r in st.get("reports", []) if (d := doc_of(r["article"], urls))}
        story_docs.append((st, docs))
        if len(docs) < 2:
            continue
        s.multi_doc_stories += 1
        family = st.get("family") or fam(st.get("type") or "")
        for a, b in combinations(sorted(docs), 2):
            pred_pairs.add((a, b))
            pred_typed.add((a, b, family))
        # mixing: docs that only belong to different clusters of one type and day
        by_key: dict[tuple[str, str], list[set[str]]] = {}
        for c in clusters:
            if c.get("date"):
                by_key.setdefault((str(c["type"]), str(c["date"])), []).append(set(c["docs"]))
        for (typ, day), groups in by_key.items():
            if len(groups) < 2:
                continue
            for g1, g2 in combinations(groups, 2):
                only1, only2 = (g1 - g2) & docs, (g2 - g1) & docs
                if only1 and only2 and fam(typ.split("|")[0]) == family:
                    s.mixed.append(f"story {st['id']}: {sorted(only1)} vs {sorted(only2)} "
                                   f"({typ} on {day})")
    s.pairs_predicted, s.pairs_gold = len(pred_pairs), len(gold_pairs)
    s.pairs_correct = len(pred_pairs & gold_pairs)
    s.typed_predicted, s.typed_gold = len(pred_typed), len(gold_typed)
    s.typed_correct = len(pred_typed & gold_typed)
    for t in contradictions:
        s.topics += 1
        tdocs = set(t["docs"])
        kinds = topic_kinds(t["topic"])
        hit = any_kind = False
        nearest = 2  # index in MISS_REASONS of the nearest miss so far
        for st, docs in story_docs:
            if len(docs & tdocs) < 2:
                continue
            nearest = max(nearest, 3 + bool(st.get("contradictions")))
            art_doc = {r["article"]["id"]: doc_of(r["article"], urls) for r in st.get("reports", [])}
            for c in st.get("contradictions", []):
                cdocs = {art_doc.get(cl["article_id"]) for cl in c["claims"]} & tdocs
                any_kind = any_kind or len(cdocs) >= 2
                if c["topic"] not in kinds:
                    continue
                nearest = 5
                hit = hit or len(cdocs) >= 2
        s.topics_any_kind += any_kind
        if hit:
            s.topics_surfaced.append(t["topic"])
        else:
            s.topics_missed.append(t["topic"])
            s.topics_missed_why.append(MISS_REASONS[nearest if kinds else int(any_kind)])
    return s


def evaluate_stories(stories: Iterable[Mapping[str, Any]], dev_dir: str | Path,
                     family_of: Callable[[str], str] | None = None) -> StoryScores:
    """Score ``stories`` (export dicts) against the gold of a dev folder (articles.jsonl,
    gold.clusters.jsonl, gold.contradictions.jsonl)."""
    d = Path(dev_dir)
    return score_stories(stories, doc_map(d / "articles.jsonl"), _load(d / "gold.clusters.jsonl"),
                         _load(d / "gold.contradictions.jsonl"), family_of)


def format_story_report(s: StoryScores) -> str:
    p, r, f = s.pairwise
    tp, tr, tf = s.typed
    lines = [f"stories {s.stories} ({s.multi_doc_stories} with two or more gold docs)",
             f"grouping, doc pairs:       P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
             f"({s.pairs_correct} of {s.pairs_predicted} predicted, {s.pairs_gold} gold)",
             f"grouping, typed doc pairs: P {tp:.3f}  R {tr:.3f}  F1 {tf:.3f}",
             f"stories mixing two real events of one type and day: {len(s.mixed)}"]
    lines += [f"  {m}" for m in s.mixed[:10]]
    lines.append(f"contradiction topics surfaced on the right story: {len(s.topics_surfaced)}/"
                 f"{s.topics} ({100 * s.surfaced_share:.0f} %); with a contradiction of any kind "
                 f"between two of its docs (an upper bound): {s.topics_any_kind}/{s.topics}")
    if s.topics_missed:
        why = Counter(s.topics_missed_why)
        lines.append("contradiction topics missed, by reason: "
                     + "; ".join(f"{why[r]} {r}" for r in MISS_REASONS if why[r]))
        kinds = Counter("|".join(sorted(topic_kinds(t))) for t in s.topics_missed)
        kinds.pop("", None)
        if kinds:
            lines.append("contradiction topics missed, by the kinds that answer them: "
                         + "; ".join(f"{n} {k}" for k, n in sorted(kinds.items(),
                                                                    key=lambda kv: (-kv[1], kv[0]))))
    lines += [f"  missed: {t} ({w})" for t, w in zip(s.topics_missed, s.topics_missed_why, strict=True)]
    return "\n".join(lines)
