"""Modality and hedges of an event trigger, read from the dependency parse.

:func:`modality_of` looks at the trigger and climbs the chain of clauses that govern it
(``xcomp``/``ccomp``/``pcomp``/``acl``, prepositions and nouns: "plans to launch",
"accused of attacking", "reports that ... attacked", "risk of escalation"), never at the
whole sentence blindly: in "The group, which did not comment, attacked the base" the
negation sits in a relative clause and the attack stays asserted.

Every cue found on the way (a modal, a governing verb or noun, an adverb, a negation)
votes for one modality; the strongest vote wins, in this order (see ``docs/ontology.md``):

    hypothetical > denied > negated > future > alleged > asserted

Rules that are easy to get wrong, and the choice made:

* "will not hesitate to act", "will not be tolerated / allowed / accepted": a negated
  *tolerance* verb with a future auxiliary is a warning that a response will come: FUTURE,
  not negated. Without the future auxiliary ("did not hesitate to strike") the two
  negatives cancel and the embedded event is asserted.
* "would": hypothetical in a conditional ("would retaliate if ..."), and when it stands
  alone ("that would be a disaster"); future when it is reported under a speech or threat
  verb without a condition ("said it would retaliate" = a reported "will").
* "will ... if ...": a conditional threat stays FUTURE; the event inside the ``if``
  clause itself is HYPOTHETICAL.
* Questions ("Will Iran attack?") are hypothetical; so are recommendations ("should",
  "must", "urged ... to consider") and nouns of possibility ("risk of", "potential for").
* Purposes are hypothetical: what an act is for is not an act done ("stayed to support X",
  "in order to arrest", "sanctions intended to curb X", "will aim at degrading X"); the
  act told as the means keeps its own modality ("intends to" in the active voice stays a
  plan: future).
* "according to" is a hedge; it makes the event ALLEGED only when what is cited is a report
  or a claim ("according to opposition reports"), not a named source.

The functions are pure and work on any spaCy ``Doc`` with a dependency parse.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brinkwatch.extract.rules import active
from brinkwatch.extract.syntax import DETERRING_VERBS, sent_of
from brinkwatch.records import Modality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ModalityReading", "modality_of", "read_modality"]

# Strongest first: the winner of all votes.
PRIORITY: tuple[Modality, ...] = (
    Modality.HYPOTHETICAL,
    Modality.DENIED,
    Modality.NEGATED,
    Modality.FUTURE,
    Modality.ALLEGED,
    Modality.ASSERTED,
)

FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll", "wo", "ll"})
HYPO_MODALS = frozenset({"should", "could", "might", "may", "must", "can", "ca", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})

# Adverbs on the trigger's clause.
ALLEGED_ADVERBS = frozenset({
    "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly",
    "seemingly", "likely", "probably", "presumably",
})
HYPO_ADVERBS = frozenset({"possibly", "perhaps", "maybe", "potentially", "conceivably"})
# Verbs of a picture or recording showing people in an act ("footage shows men firing").
DEPICTING_VERBS = frozenset({"show", "depict", "capture", "feature", "record"})

# Purposes: what an act is for is not an act done ("sanctions intended to curb X", "will aim
# at degrading X", "designed to punish"): HYPOTHETICAL; "intend" stays a plan (FUTURE) in the
# active voice ("Iran intends to retaliate"), a purpose as a participle or passive.
PURPOSE_VERBS = frozenset({"aim"})
PURPOSE_PARTICIPLES = frozenset({"intend", "design", "mean", "aim", "calculate"})
PURPOSE_NOUNS = frozenset({"aim", "goal", "purpose", "objective", "order"})  # "in order to"
# ... except after an act of sending or using something: "sent planes to attack X", "used
# drones to strike X" tell the attack done with it
INSTRUMENT_VERBS = frozenset({"send", "use", "deploy", "dispatch", "employ", "fire", "launch"})

# Verbs that govern the trigger (by xcomp/ccomp/pcomp): what they make of it.
FUTURE_VERBS = frozenset({
    "plan", "prepare", "threaten", "vow", "pledge", "promise", "intend", "swear",
    "poise", "set", "schedule", "expect", "go", "resolve", "warn", "commit", "gear",
    "mull", "vowed", "poised", "agree", "decide", "announce",
})
# Verbs whose object act is planned, not done ("planned attacks", "was preparing strikes").
PLOT_OBJECT_VERBS = frozenset({"plan", "plot", "prepare"})
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
HYPO_VERBS = frozenset({
    "urge", "encourage", "recommend", "advise", "propose", "suggest", "call", "ask",
    "demand", "request", "want", "need", "consider", "seek", "hope", "wish", "press", "push",
    "wonder", "fear", "try", "attempt", "weigh", "contemplate", "debate", "risk", "appeal",
    "insist", "require", "order", "tell", "invite",
})
# Haste: the infinitive after these is what was done ("rushed to deny", "hastened to condemn",
# "was quick to blame"), not a purpose; and objects of "no" that say an act was done readily
# ("wasted no time in branding", "made no secret of", "spared no effort to").
HASTE_VERBS = frozenset({"rush", "hasten", "hurry", "race", "scramble", "quick", "swift",
                         "fast", "rapid", "prompt", "move"})
EAGER_OBJECTS = frozenset({"time", "secret", "effort", "punch", "expense"})
# Request verbs that also report a finite clause ("told reporters that the raid was illegal").
TELLING_VERBS = frozenset({"tell", "insist"})
ALLEGED_VERBS = frozenset({"claim", "allege", "accuse", "suspect", "blame", "rumor", "rumour"})
# Said/believed/thought/reported/rumoured *in the passive* with an infinitive: "is said to have".
ALLEGED_PASSIVE_VERBS = frozenset({"say", "believe", "think", "report", "understand", "know",
                                   "rumor", "rumour", "allege", "suspect", "accuse"})
DENY_VERBS = frozenset({"deny", "refute", "disavow", "disown"})
# "rejected / dismissed reports that ..." deny only what is reported or claimed.
REJECT_VERBS = frozenset({"reject", "dismiss", "dispute", "contest", "rebuff", "debunk"})
# Negative implicatives: the embedded event does not happen ("refused to withdraw").
NEG_IMPLICATIVE_VERBS = frozenset({"fail", "refrain", "refuse", "decline", "avoid", "stop",
                                   "cease", "halt", "abandon", "forgo", "prevent"})
# Negated with a future auxiliary, these are warnings: "will not hesitate / tolerate".
TOLERANCE_VERBS = frozenset({"hesitate", "tolerate", "allow", "accept", "permit", "let",
                             "stand", "condone", "countenance", "ignore"})

# Nouns that govern the trigger ("plans to strike", "risk of escalation", "reports that").
FUTURE_NOUNS = frozenset({"plan", "threat", "vow", "pledge", "promise", "intention", "intent",
                          "preparation", "readiness", "ultimatum", "warning", "decision"})
HYPO_NOUNS = frozenset({"risk", "potential", "possibility", "prospect", "danger", "fear",
                        "likelihood", "chance", "call", "proposal", "recommendation", "scenario",
                        "option", "demand", "request", "hope", "question", "spectre",
                        "specter", "threat_of",
                        # a warrant for an act is no act: "every reason to expel X"
                        "reason", "excuse", "pretext", "ground", "justification",
                        "opportunity", "right", "mandate"})
ALLEGED_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "rumor", "rumour",
                           "suspicion", "assertion"})
DENY_NOUNS = frozenset({"denial"})
# Adjectives on a nominal trigger ("a potential strike", "the alleged attack").
HYPO_ADJ = frozenset({"potential", "possible", "hypothetical", "conceivable", "proposed",
                      "prospective"})
FUTURE_ADJ = frozenset({"planned", "imminent", "looming", "upcoming", "future", "expected",
                        "impending", "threatened", "forthcoming", "scheduled"})
ALLEGED_ADJ = frozenset({"alleged", "suspected", "purported", "reported", "apparent",
                         "claimed", "supposed", "unconfirmed"})

# Edges the climb follows from a node up to its head.
_CLIMB = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj", "attr", "conj",
                    "oprd", "acomp", "agent", "dative", "npadvmod"})
_NOMINAL_SUBJ = frozenset({"nsubj", "nsubjpass"})
_MAX_DEPTH = 8


@dataclass(slots=True)
class ModalityReading:
    """What the climb found: votes for each modality and the cue words (hedges)."""

    votes: set[Modality] = field(default_factory=set)
    hedges: list[str] = field(default_factory=list)

    def add(self, modality: Modality, *words: str) -> None:
        self.votes.add(modality)
        for w in words:
            w = w.lower()
            if w and w not in self.hedges:
                self.hedges.append(w)

    @property
    def modality(self) -> Modality:
        for m in PRIORITY:
            if m in self.votes:
                return m
        return Modality.ASSERTED

    def pair(self) -> tuple[str, tuple[str, ...]]:
        return self.modality.value, tuple(self.hedges)


def modality_of(doc: Doc, trigger: int) -> tuple[str, tuple[str, ...]]:
    """(modality, hedges) for the event whose trigger is doc token index ``trigger``.

    ``modality`` is a :class:`~brinkwatch.records.Modality` value; ``hedges`` are the cue
    words found, in the order met ("reportedly", "could", "according to", "threatened").
    """
    if not 0 <= trigger < len(doc):
        raise IndexError(
            f"trigger token {trigger} is outside the document (0..{len(doc) - 1}); "
            "pass a doc token index (token.i), not a character offset"
        )
    return read_modality(doc[trigger]).pair()


def _low(tok: Token) -> str:
    return tok.text.lower()


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _neg_word(tok: Token) -> str:
    return "not" if _low(tok) in ("n't", "n’t", "nt") else _low(tok)


def _children(tok: Token, *deps: str) -> Iterable[Token]:
    return (c for c in tok.children if c.dep_ in deps)


def _has_future_aux(tok: Token, *, or_can: bool = False) -> bool:
    """"will"/"shall" among the auxiliaries (and "can": "cannot tolerate", when asked)."""
    for c in _children(tok, "aux"):
        if _lemma(c) in FUTURE_MODALS or _low(c) in FUTURE_MODALS:
            return True
        if or_can and _low(c) in ("can", "ca"):
            return True
    return False


def _infinitive(tok: Token) -> bool:
    """A bare infinitive clause ("to investigate"): no tense of its own."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and _low(c) == "to" for c in tok.children)


def _is_warning(tok: Token) -> bool:
    """"will not hesitate", "will not be tolerated", "cannot tolerate": a warning."""
    return (_lemma(tok) in TOLERANCE_VERBS and _is_negated(tok) is not None
            and _has_future_aux(tok, or_can=True))


def is_negated(tok: Token) -> bool:
    """A "not"/"n't" or "never" hangs on ``tok`` (one test for the coder and the modality)."""
    return _is_negated(tok) is not None


def _is_negated(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and _low(c) == "never"):
            return c
    return None


def _is_question(tok: Token) -> bool:
    sent = sent_of(tok)
    for t in reversed(sent):
        if t.is_space or t.is_quote or (t.is_punct and t.text in ")]"):
            continue
        return t.text == "?"
    return False


def _conditional(tok: Token) -> bool:
    """``tok`` heads a clause that carries an ``if``/``unless`` adverbial clause."""
    for c in _children(tok, "advcl"):
        if any(_low(m) in CONDITIONAL_MARKS for m in _children(c, "mark")):
            return True
    return False



def _reports(lemma: str) -> bool:
    """A speech verb or a reporting event (rule data): the climb stops there, what they
    report is the speaker's claim."""
    rules = active()
    return lemma in rules.speech_verbs or lemma in rules.reporting_events


UNNAMED_REPORTERS = ALLEGED_NOUNS | frozenset({"source", "witness", "rumor", "rumour"})


def _unnamed_reporter(verb: Token) -> str:
    """The subject of a speech verb when it is an unnamed report or source ("reports say",
    "sources said", "claims circulated"); "" otherwise (a named speaker asserts)."""
    for c in verb.children:
        if c.dep_ in _NOMINAL_SUBJ and _lemma(c) in UNNAMED_REPORTERS and not any(
                g.pos_ == "PROPN" or g.dep_ == "poss" for g in c.children):
            return c.text.lower()
    return ""


def _under_report(tok: Token) -> bool:
    """``tok`` is the complement of a speech, threat or plan verb ("said it would")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head is cur:
            return False
        cur = cur.head
        if _reports(_lemma(cur)) or _lemma(cur) in FUTURE_VERBS:
            return True
    return False


def _clause_cues(node: Token, reading: ModalityReading, *, from_conj: bool,
                 via: Token | None = None) -> None:
    """Auxiliaries, marks, adverbs and subject determiners of one clause head (``via``: the
    child the climb came through)."""
    for c in node.children:
        dep = c.dep_
        low, lem = _low(c), _lemma(c)
        if dep == "dobj" and via is not None and via.dep_ in _NOMINAL_SUBJ \
                and via.pos_ in ("NOUN", "PROPN"):
            continue  # "the attack caused no casualties": no harm done, the attack was
        if dep == "aux" and (lem in FUTURE_MODALS or low in FUTURE_MODALS):
            reading.add(Modality.FUTURE, "will" if low in ("wo", "'ll", "’ll", "ll") else low)
        elif dep == "aux" and low == "would":
            if _conditional(node) or any(_lemma(a) == "have" for a in _children(node, "aux")):
                reading.add(Modality.HYPOTHETICAL, low)
            elif _under_report(node):
                reading.add(Modality.FUTURE, low)
            else:
                reading.add(Modality.HYPOTHETICAL, low)
        elif dep == "aux" and (low in HYPO_MODALS or lem in HYPO_MODALS):
            if low in ("can", "ca") and _is_warning(node):
                continue  # "cannot tolerate": a warning, not a possibility
            reading.add(Modality.HYPOTHETICAL, "can" if low == "ca" else low)
        elif dep == "mark" and low in CONDITIONAL_MARKS and not from_conj:
            reading.add(Modality.HYPOTHETICAL, low)
        elif dep == "advmod" and low in ALLEGED_ADVERBS:
            reading.add(Modality.ALLEGED, low)
        elif dep == "advmod" and low in HYPO_ADVERBS:
            reading.add(Modality.HYPOTHETICAL, low)
        elif dep == "prep" and low == "according":
            _according(c, reading)
        elif dep in _NOMINAL_SUBJ or dep == "dobj":
            # "No rockets were fired", "fired no rockets" (not "wasted no time in", "made no
            # secret of", "spared no effort to": the act was done, and readily)
            if dep == "dobj" and lem in EAGER_OBJECTS:
                continue
            if any(_low(d) == "no" and d.dep_ == "det" for d in c.children) or low in (
                "nobody", "nothing", "none", "no one"
            ):
                reading.add(Modality.NEGATED, "no")


def _according(prep: Token, reading: ModalityReading) -> None:
    """"according to X": a hedge; alleged when X is a report or a claim."""
    reading.add(Modality.ASSERTED, "according to")
    for to in _children(prep, "prep"):
        for obj in _children(to, "pobj"):
            mods = {_low(m) for m in obj.children}
            if _lemma(obj) in ALLEGED_NOUNS or mods & {"unconfirmed", "opposition", "unverified"}:
                reading.add(Modality.ALLEGED)


def _nominal_cues(node: Token, reading: ModalityReading) -> None:
    """A nominal trigger or noun on the way: "no attack", "a potential strike"."""
    for c in node.children:
        low = _low(c)
        if c.dep_ == "det" and low == "no":
            reading.add(Modality.NEGATED, "no")
        elif c.dep_ in ("amod", "compound", "advmod"):
            if low in HYPO_ADJ:
                reading.add(Modality.HYPOTHETICAL, low)
            elif low in FUTURE_ADJ:
                reading.add(Modality.FUTURE, low)
            elif low in ALLEGED_ADJ:
                reading.add(Modality.ALLEGED, low)


def _negation(node: Token, reading: ModalityReading, *, neg_through: bool) -> None:
    neg = _is_negated(node)
    if neg is None:
        return
    lem = _lemma(node)
    if _is_warning(node):
        # "will not hesitate to act", "will not be tolerated": a warning, not a negation
        reading.add(Modality.FUTURE, _neg_word(neg), node.text)
    elif lem in TOLERANCE_VERBS or lem in NEG_IMPLICATIVE_VERBS:
        return  # "did not hesitate to strike": the negatives cancel (handled by the caller)
    elif neg_through:
        reading.add(Modality.NEGATED, _neg_word(neg))


def _governor(gov: Token, child: Token, path_nouns: set[str],
              reading: ModalityReading) -> bool:
    """Apply what governor ``gov`` makes of the clause below it; True: stop climbing."""
    lem, low = _lemma(gov), _low(gov)
    edge = child.dep_
    if gov.pos_ in ("VERB", "AUX") or gov.tag_.startswith("VB"):
        passive = any(c.dep_ == "auxpass" for c in gov.children)
        if lem in ("have", "be") and edge == "xcomp" and any(
                _low(c) == "yet" for c in _children(gov, "advmod")) and _is_negated(gov) is None:
            reading.add(Modality.NEGATED, "yet to")  # "has yet to withdraw": not done
            return True
        if lem == "rule" and any(_low(c) == "out" for c in _children(gov, "prt")):
            # "ruled out strikes" (negated); "did not rule out strikes" (a possibility)
            if _is_negated(gov) is not None:
                reading.add(Modality.HYPOTHETICAL, "not rule out")
            else:
                reading.add(Modality.NEGATED, "ruled out")
            return True
        if edge in ("xcomp", "prep", "pcomp") and (lem in PURPOSE_VERBS or (
                lem in PURPOSE_PARTICIPLES and gov.tag_ == "VBN")):
            reading.add(Modality.HYPOTHETICAL, low)  # a purpose, not an act done
            return False
        if lem in DENY_VERBS:
            if _is_negated(gov):  # "did not deny attacking": unconfirmed, not denied
                reading.add(Modality.ALLEGED, "did not deny")
            else:
                reading.add(Modality.DENIED, low)
            return True
        if lem in REJECT_VERBS and (edge == "ccomp" or path_nouns & ALLEGED_NOUNS):
            reading.add(Modality.DENIED, low)
            return True
        if lem in ALLEGED_PASSIVE_VERBS and passive and edge == "xcomp":
            reading.add(Modality.ALLEGED, f"{low} to")
            return True
        reporter = _unnamed_reporter(gov)
        if reporter and _reports(lem) and edge in ("ccomp", "parataxis"):
            reading.add(Modality.ALLEGED, f"{reporter} {low}")  # "reports say the group..."
            return True
        if lem in ALLEGED_VERBS and edge in ("ccomp", "xcomp", "pcomp", "prep", "conj"):
            if lem == "claim" and path_nouns & {"responsibility", "credit"}:
                return True  # "claimed responsibility for the attack": the attack happened
            reading.add(Modality.ALLEGED, low)
            return True
        if lem in NEG_IMPLICATIVE_VERBS and edge in ("xcomp", "prep", "pcomp"):
            if _is_negated(gov) is None:
                reading.add(Modality.NEGATED, low)
            return False
        if lem in TOLERANCE_VERBS and edge in ("xcomp", "prep", "pcomp", "dobj", "ccomp"):
            neg = _is_negated(gov)
            if neg is not None and _is_warning(gov):
                reading.add(Modality.FUTURE, _neg_word(neg), low)
            return False
        if lem in ("poise", "set") or low in ("poised", "set"):
            if edge == "xcomp":
                reading.add(Modality.FUTURE, low)
            return False
        if lem == "go" and edge == "xcomp" and gov.tag_ == "VBG":
            reading.add(Modality.FUTURE, "going to")
            return False
        if lem in PLOT_OBJECT_VERBS and edge in ("dobj", "obj") and not any(
                c.dep_ == "det" and _low(c) in _DEFINITE_DETS for c in child.children):
            # "had planned attacks on U.S. forces", "was preparing new strikes": acts planned,
            # not done ("planned the attack that killed three" keeps its definite act)
            reading.add(Modality.FUTURE, low)
            return False
        if lem in FUTURE_VERBS and edge in ("xcomp", "ccomp", "prep", "pcomp") and lem not in (
            "set", "go", "announce", "warn"
        ):
            reading.add(Modality.FUTURE, low)
            return False
        if lem in DETERRING_VERBS and edge == "prep" and _low(child) in ("against", "from") \
                and any(c.dep_ in ("dobj", "obj") for c in gov.children):
            # "warned Iran against attacking X", "kept the militias from striking X": an act
            # warned of or kept from happening, not one done
            reading.add(Modality.HYPOTHETICAL, low)
            return False
        if lem in ("announce", "warn") and edge == "xcomp":
            reading.add(Modality.FUTURE, low)
            return False
        if lem in ("suggest", "indicate", "show") and edge == "ccomp":
            reading.add(Modality.ALLEGED, low)  # "reports suggest the groups received..."
            return False
        if lem in TELLING_VERBS and edge == "ccomp" and child.tag_ in _FINITE_TAGS \
                and not any(c.dep_ == "aux" and (_low(c) in _MODAL_AUX or _lemma(c) in _MODAL_AUX)
                            for c in child.children):
            # "told reporters that the raid was illegal", "X has sent jets, officials told
            # reporters": a report, no request
            return False
        if lem in ORDERING_VERBS and edge in ("dobj", "obj") \
                and _lemma(child) in active().object_groups.get("force", ()):
            return False  # "ordered air strikes on X", "ordered the arrest of X": told as done
        if lem in HYPO_VERBS and edge in ("xcomp", "ccomp", "prep", "pcomp", "dobj"):
            reading.add(Modality.HYPOTHETICAL, low)
            return False
        return _reports(lem) and edge in ("ccomp", "dobj", "parataxis", "conj")
    # nouns: a participle that merely describes the noun ("the warning delivered by phone")
    # is not its content; "plans to strike", "reports that ... attacked" are
    if edge == "acl" and not any(c.dep_ in ("aux", "mark") and _low(c) in ("to", "that")
                                 for c in child.children):
        return False
    if lem in DENY_NOUNS:
        reading.add(Modality.DENIED, low)
        return True
    if lem in ALLEGED_NOUNS and edge in ("acl", "ccomp", "relcl", "prep", "pcomp"):
        reading.add(Modality.ALLEGED, low)
    elif lem in PURPOSE_NOUNS and edge in ("acl", "prep", "pcomp"):
        reading.add(Modality.HYPOTHETICAL, low)  # "with the aim of", "in order to"
    elif lem in FUTURE_NOUNS and edge in ("acl", "xcomp", "prep", "ccomp"):
        reading.add(Modality.FUTURE, low)
    elif lem in HYPO_NOUNS and edge in ("acl", "xcomp", "prep", "ccomp", "pcomp"):
        reading.add(Modality.HYPOTHETICAL, low)
    return False


# Finite verb tags, and auxiliaries that make a clause no plain report.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG"})
_MODAL_AUX = FUTURE_MODALS | HYPO_MODALS | frozenset({"would", "to"})
# Prepositions of circumstance: the act they name is told as a fact ("following the raid",
# "after the strike", "amid the shelling"), unless their clause is itself a plan or a
# possibility ("will respond after any attack").
CIRCUMSTANCE_PREPS = frozenset({"after", "following", "amid", "amidst", "since", "during",
                                "despite"})


# Orders whose object is an act of force (object group ``force``): the act ordered is the
# act told ("ordered air strikes on X"), not a request.
ORDERING_VERBS = frozenset({"order", "authorize", "authorise"})
# Verbs whose gerund complement the parser may hang as an adverbial clause.
GERUND_GOVERNORS = frozenset({"rule", *DENY_VERBS})


def _modal_clause(verb: Token) -> bool:
    return any(c.dep_ == "aux" and (_low(c) in _MODAL_AUX or _lemma(c) in _MODAL_AUX)
               for c in verb.children)


def read_modality(trigger: Token) -> ModalityReading:
    """Climb from ``trigger`` through the clauses and nouns that govern it, collecting cues."""
    reading = ModalityReading()
    if _is_question(trigger):
        reading.add(Modality.HYPOTHETICAL, "?")
    node = trigger
    path_nouns: set[str] = set()
    from_conj = False
    neg_through = True
    via: Token | None = None
    for _depth in range(_MAX_DEPTH):
        is_verbal = node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")
        if is_verbal or node.dep_ == "ROOT":
            _clause_cues(node, reading, from_conj=from_conj, via=via)
            _negation(node, reading, neg_through=neg_through)
        else:
            _nominal_cues(node, reading)
            if node.pos_ in ("NOUN", "PROPN"):
                path_nouns.add(_lemma(node))
        head = node.head
        if head.i == node.i:
            if _infinitive(node):  # a main clause without tense
                asker = next((c for c in node.children if c.dep_ in ("parataxis", "ccomp")
                              and _lemma(c) in HYPO_VERBS), None)
                if asker is not None:  # "We call on X to investigate", parsed upside down
                    reading.add(Modality.HYPOTHETICAL, _low(asker))
                else:  # a headline's "Iraq to expel U.S. troops": announced, not done
                    reading.add(Modality.FUTURE, "to")
            break
        edge = node.dep_
        # a nominal trigger hands over to the verb it is subject of ("No attack took place")
        if edge in _NOMINAL_SUBJ and node is trigger and not is_verbal:
            via, node, from_conj = node, head, False
            continue
        if edge == "advcl" and _infinitive(node) and not any(
                c.dep_ in _NOMINAL_SUBJ for c in node.children):
            # "stayed in Iraq to support its forces": a purpose infinitive is what the act is
            # for, not an act told as done; "sent planes to attack X" tells the attack done
            # with what was sent
            if _lemma(head) in HASTE_VERBS:
                # "rushed to deny it": denied, and quickly
                via, node, from_conj = node, head, False
                continue
            if not (_lemma(head) in INSTRUMENT_VERBS and head.tag_ in ("VBD", "VBN")):
                reading.add(Modality.HYPOTHETICAL, "to")
            break
        if edge == "relcl" and _infinitive(node) and _lemma(head) in HYPO_NOUNS:
            reading.add(Modality.HYPOTHETICAL, _low(head))  # "every reason to expel X"
            break
        if edge == "advcl" and node.tag_ == "VBG" and _lemma(head) in GERUND_GOVERNORS \
                and not any(c.dep_ in (*_NOMINAL_SUBJ, "mark") for c in node.children):
            # "ruled out sending troops", "denied kidnapping him": the gerund the parser hung
            # as an adverbial is the verb's complement
            _governor(head, node, path_nouns, reading)
            break
        if edge == "pobj" and _low(head) in CIRCUMSTANCE_PREPS and not _modal_clause(head.head):
            break  # "following the raid by X, ...", "after the strike, ...": told as done
        if edge not in _CLIMB:
            break  # relcl, advcl, parataxis, appos...: a clause of its own
        if edge == "acl" and node.tag_ == "VBG" and head.dep_ in ("dobj", "obj") \
                and _lemma(head.head) in DEPICTING_VERBS:
            # "the video allegedly shows fighters launching a drone": what a picture shows
            # is told as far as the showing is ("allegedly shows": alleged)
            via, node, from_conj = node, head.head, False
            continue
        if edge == "acl" and not any(c.dep_ in ("aux", "mark") and _low(c) in ("to", "that")
                                     for c in node.children):
            break  # a participle describing a noun ("the attack launched by ..."): asserted
        if edge == "conj":
            if _lemma(head) in HYPO_VERBS and _infinitive(node):
                # "call on X, Y and Z to investigate": parsed as a coordinated clause, it is
                # still the requested act, not an asserted one
                reading.add(Modality.HYPOTHETICAL, _low(head))
                break
            if any(c.dep_ in _NOMINAL_SUBJ for c in node.children):
                break  # a coordinated clause with its own subject stands alone
            # "did not attack or threaten" shares the negation; "attacked but did not" does not
            neg_through = any(_low(c) in ("or", "nor") for c in _children(head, "cc"))
            from_conj = True
            via, node = node, head
            continue
        if _governor(head, node, path_nouns, reading):
            break
        # a negative implicative ("refused to", "did not hesitate to"): its own negation
        # is consumed by the rule, not passed to the event
        neg_through = _lemma(head) not in NEG_IMPLICATIVE_VERBS | TOLERANCE_VERBS
        from_conj = False
        via, node = node, head
    return reading
