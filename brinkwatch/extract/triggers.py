"""Trigger finding for events.rules.v1: which words of a sentence fire a lexicon sense.

Verbs and nouns are looked up by lemma in :mod:`brinkwatch.extract.lexicon`; a sense whose
particle/object conditions hold wins; control verbs ("refuse to meet", "vow to strike") carry
the type of their complement; a noun trigger after a light verb ("issue a warning") takes its
arguments from the verb. Shared by event coding and the PLV pair classifier.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from brinkwatch.extract import lexicon as lx
from brinkwatch.extract.rules import active

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASS_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# Where the parser hangs an adjective predicated of a verb's object ("held X fully responsible").
SECONDARY_PREDICATE_DEPS = frozenset({"advcl", "acomp", "xcomp", "ccomp"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A token that fires a lexicon sense, with the tokens it takes its arguments from."""

    token: int  # doc index of the trigger word (the noun for light-verb constructions)
    head: int  # doc index of the token whose subject is the actor (the verb of "issue a warning")
    type: str
    mode: str | None
    weight: float
    consumed: tuple[int, ...] = ()  # nouns the sense used as its object ("impose sanctions")
    controller: int | None = None  # control verb that carries the type ("refuse to meet")
    judged: int | None = None  # the act a reported judgement is about ("the raid was illegal")
    culprit: int | None = None  # who a report says did an act ("X was behind the attack")
    joint: bool = False  # the cooperation of a joint act ("joint raids": its partners)


# --------------------------------------------------------------------------- sense matching
# Lemmas the model's lemmatizer gets wrong for words of the lexicon: "staged", "staging" and
# "stages" come out as "stag", "retook" as itself ("staged a sit-in", "retook the town" would
# fire nothing).
_VERB_LEMMA_FIXES = {"stag": "stage", "retook": "retake"}


# Hyphenated nouns the tokenizer splits ("cease-fire" -> "cease", "-", "fire"): the last part
# stands for the whole word, as the lexicon writes it.
_SPLIT_NOUNS = {("cease", "fire"): "ceasefire"}


def lemma(tok: Token) -> str:
    out = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and (
                tok.doc[tok.i - 2].lower_, out) in _SPLIT_NOUNS:
            return _SPLIT_NOUNS[tok.doc[tok.i - 2].lower_, out]  # "a cease-fire"
        return out
    if out in _VERB_LEMMA_FIXES:
        return _VERB_LEMMA_FIXES[out]
    if tok.tag_ in ("VBD", "VBN") and not lx.verb_senses(out):
        # the lemmatiser's "-ed" stripping loses or keeps a final "e" ("fined" -> "fin",
        # "lambasted" -> "lambast", "cordoned" -> "cordone"): the lexicon's verb whose past
        # form this is, when the lemma given is no verb of the lexicon
        low = tok.text.lower()
        if low == out + "d" and out.endswith("e") and lx.verb_senses(out[:-1]):
            return out[:-1]
        if low in (out + "ed", out + "d") and lx.verb_senses(out + "e"):
            return out + "e"
    return out


def _object_words(tok: Token) -> dict[str, int]:
    """Lemmas of a verb's objects (and their compounds/amods), each mapped to its token index."""
    out: dict[str, int] = {}
    for c in tok.children:
        if c.dep_ in OBJ_DEPS or c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "dative":
            _add_np_words(c, out)
        elif c.dep_ in SECONDARY_PREDICATE_DEPS and c.tag_ == "JJ" and c.i > tok.i:
            # "held X fully responsible": the adjective after the object, which the parser
            # often hangs as an adverbial clause once an adverb precedes it
            out.setdefault(lemma(c), c.i)
        elif c.dep_ in ("prep", "prt"):
            for g in c.children:
                if g.dep_ == "pobj":
                    _add_np_words(g, out)
                elif g.dep_ == "prep":  # "pulled out of the deal", "walked away from it"
                    for h in g.children:
                        if h.dep_ == "pobj":
                            _add_np_words(h, out)
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":  # "sanctions imposed on X"
        _add_np_words(tok.head, out)
    if any(c.dep_ == "prt" for c in tok.children):  # "ruled out negotiating": the gerund
        for c in tok.children:
            if c.dep_ == "xcomp" and c.tag_ == "VBG":
                out.setdefault(lemma(c), c.i)
    for c in tok.children:
        # "vows crushing retaliation": the parser hangs a gerund-like adjective as an xcomp
        # right after the verb and the noun it modifies as that xcomp's object; the noun is
        # what the verb promises (no aux: "vows to keep fighting" is a clause, not an object)
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == tok.i + 1 \
                and not any(g.dep_ == "aux" for g in c.children):
            for g in c.children:
                if g.dep_ == "dobj" and g.tag_ in ("NN", "NNS") and g.i == c.i + 1:
                    _add_np_words(g, out)
    return out


# Nouns that only count or frame what follows their "of": "a wave of drone attacks", "a series
# of airstrikes", "a state of emergency" name the attacks, the airstrikes, the emergency.
CONTAINER_NOUNS = frozenset({"wave", "series", "barrage", "spate", "string", "round", "volley",
                             "salvo", "number", "dozen", "hundred", "flurry", "burst", "state",
                             "campaign", "torrent", "hail", "slew", "succession", "swarm",
                             # goods counted by value or lot: "$4 million worth of medicine"
                             "worth", "batch", "shipment", "cargo", "quantity", "amount"})


def _containers(doc: Doc, hit: list[int]) -> set[int]:
    """The container nouns the matched objects were reached through ("a state of emergency":
    the state): part of the predicate, no target."""
    out: set[int] = set()
    for i in hit:
        tok = doc[i]
        if tok.dep_ == "pobj" and lemma(tok.head) == "of" \
                and lemma(tok.head.head) in CONTAINER_NOUNS:
            out.add(tok.head.head.i)
    return out


def _add_np_words(tok: Token, out: dict[str, int]) -> None:
    out.setdefault(lemma(tok), tok.i)
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") or c.dep_ == "conj":
            out.setdefault(lemma(c), c.i if c.dep_ != "conj" else c.i)
        elif c.dep_ == "prep" and lemma(c) == "of" and lemma(tok) in CONTAINER_NOUNS:
            for g in c.children:
                if g.dep_ == "pobj":
                    _add_np_words(g, out)


def _particles(tok: Token) -> set[str]:
    """Particles and prepositions after a verb; a preposition whose object is a date or time
    is no particle ("called him on Tuesday" is no "call on")."""
    return {lemma(c) for c in tok.children if c.i > tok.i
            and c.dep_ in ("prt", "prep", "advmod", "dobj", "oprd", "acomp", "ccomp", "xcomp")
            and not (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                              for g in c.children))} | (
        {"for"} if called_for_clause(tok) is not None else set())


_ORDERING = frozenset({"order", "direct", "instruct"})  # "ordered a carrier to the Gulf"


LEAVING_VERBS = frozenset({"withdraw", "pull", "walk"})


def _through(verb: Token, word: Token, preps: set[str]) -> bool:
    """Whether ``word`` is reached from ``verb`` through one of ``preps`` (its object or a
    modifier of that object)."""
    tok = word
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.i != verb.i and tok.dep_ in ("prep", "prt") \
        and lemma(tok) in preps


def verb_sense(tok: Token) -> tuple[lx.Sense, tuple[int, ...]] | None:
    senses = lx.verb_senses(lemma(tok))
    if not senses:
        return None
    prts = _particles(tok)
    objs = _object_words(tok) if any(s.obj for s in senses) else {}
    best: tuple[float, lx.Sense, tuple[int, ...]] | None = None
    # a preposition that one sense of the verb takes as its particle ("call@for") belongs to
    # that sense: "called for protests" asks for them, so its object is no route for the
    # verb's particle-less senses ("call PROTEST obj=protest": "called a protest")
    claimed = {s.prt for s in senses if s.prt} & prts
    for s in senses:
        rank = s.weight
        consumed: tuple[int, ...] = ()
        if s.type == "MOBILIZE" and lemma(tok) in _ORDERING and _to_clause(
                tok, ("xcomp", "ccomp")) is not None:
            continue  # "ordered troops to withdraw": the ordered act, not a deployment
        if s.prt is not None:
            if s.prt not in prts:
                continue
            rank += 1.0
        if s.noobj and s.noobj & (set(objs or _object_words(tok)) | _waged_on(tok)):
            continue  # "hosting troops" is no visit; "waged a war on graft" no attack
        if s.subj:
            voiced = _voicing(tok)  # "gathered outside the ministry, chanting slogans"
            if s.type == "MOBILIZE" and voiced:
                continue  # armed men gathered demanding X: a protest, whoever they are
            if not (s.subj & _subject_words(tok) or (s.type == "PROTEST" and voiced)):
                continue  # "armed convoys gathered" mobilise, "crowds gathered" protest
            rank += 2.0
            if voiced:  # a crowd voicing demands protests, whether or not it names at whom
                s = replace(s, weight=max(s.weight, VOICED_WEIGHT))
        if s.obj:
            hit = [objs[w] for w in s.obj if w in objs]
            if claimed and s.prt is None:
                hit = [i for i in hit if not _through(tok, tok.doc[i], claimed)]
            if s.type == "REJECT" and lemma(tok) in LEAVING_VERBS:
                # "withdrew from the deal" refuses it; "withdrew from the town under the deal"
                # keeps it: what is left is the object of "from" / "out of"
                hit = [i for i in hit if lemma(tok.doc[i].head) in ("from", "of")]
            if not hit:
                continue
            rank += 2.0
            consumed = tuple(sorted(set(hit) | _containers(tok.doc, hit)))
        if best is None or rank > best[0]:
            best = (rank, s, consumed)
    return (aid_sense(tok, best[1]) or best[1], best[2]) if best else None


# Help told by what it is for: troops sent "to the UN peacekeeping force" or "as peacekeepers"
# protect (PLOVER AID, protection), and borders opened "to refugees" shelter (AID, asylum);
# the same verbs with no such purpose mobilise and open access.
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "peacekeep", "peace-keeping",
                                "peace-keeper"})
SHELTERED_WORDS = frozenset({"refugee", "migrant", "asylum", "evacuee", "displaced",
                             "displace", "fleeing", "flee", "exile"})
_PURPOSE_PREPS = frozenset({"to", "as", "for", "in", "into", "with", "under", "within"})
_OTHER_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "acl", "conj", "parataxis"})


def _purpose_words(verb: Token) -> set[str]:
    """The lemmas of the phrases that say what a verb's act is for or whom it reaches: its
    objects, its prepositions of destination or role and its "to" clauses, with their
    appositions; not its subject nor its clauses of time ("after the peacekeepers left")."""
    parts = [c for c in verb.children
             if c.dep_ in ("dobj", "obj", "oprd")
             or (c.dep_ == "prep" and lemma(c) in _PURPOSE_PREPS)
             or (c.dep_ in ("xcomp", "advcl") and any(m.dep_ == "aux" and m.lower_ == "to"
                                                       for m in c.children))]
    out: set[str] = set()
    while parts:
        t = parts.pop()
        out.add(lemma(t))
        parts.extend(c for c in t.children if c.dep_ not in _OTHER_CLAUSES)
    return out


def aid_sense(tok: Token, sense: lx.Sense) -> lx.Sense | None:
    """The AID sense of a deployment or an opening that its purpose makes help ("sent troops to
    the peacekeeping force in Mali" protects, "opened its borders to refugees" shelters); None
    when the purpose says nothing of the kind."""
    if sense.type == "MOBILIZE" and _purpose_words(tok) & PEACEKEEPING_WORDS:
        return replace(sense, type="AID", mode="protection")
    if sense.type == "RETREAT" and sense.mode == "access" and any(
            lemma(t) in SHELTERED_WORDS for c in tok.children
            if c.dep_ == "prep" and lemma(c) == "to" for t in c.subtree):
        return replace(sense, type="AID", mode="asylum")
    return None


# What a gathering crowd does that makes it a protest ("gathered outside the embassy chanting
# slogans", "converged on the square demanding the release of X").
VOICING_VERBS = frozenset({"demand", "chant", "shout", "protest", "denounce", "condemn",
                           "call", "wave", "brandish", "burn", "decry", "reject"})


VOICED_WEIGHT = 0.75


def _voicing(tok: Token) -> bool:
    """Whether a participle of voicing hangs on the verb, or on the place it names ("gathered
    at the gates demanding ...": the parser hangs "demanding" on the gates)."""
    places = [g for p in tok.children if p.dep_ == "prep" for g in p.children
              if g.dep_ == "pobj"]
    return any(c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.tag_ == "VBG"
               and lemma(c) in VOICING_VERBS for h in (tok, *places) for c in h.children)


def _subject_words(tok: Token) -> set[str]:
    """Lemmas of who does a verb: its subject (that of the verb it is coordinated with, or the
    noun a participle describes: "convoys gathering near X"), the subject's compounds and
    adjectives ("militia convoys", "armed men") and what a count or crowd is of ("hundreds of
    fighters", "a crowd of students")."""
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJ_DEPS for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if not subjects and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        subjects = [verb.head]
    out: set[str] = set()
    for s in subjects:
        for w in (s, *(g for p in s.children if p.dep_ == "prep" and lemma(p) == "of"
                       for g in p.children if g.dep_ == "pobj")):
            out.add(lemma(w))
            out |= {lemma(c) for c in w.children if c.dep_ in ("compound", "amod", "nmod")}
    return out


def _waged_on(tok: Token) -> set[str]:
    """What a verb's object noun is waged against ("waged a battle against corruption",
    "launched a war on inflation"): the lemmas of its "against"/"on" objects."""
    return {lemma(g) for c in tok.children if c.dep_ in OBJ_DEPS
            for p in c.children if p.dep_ == "prep" and lemma(p) in ("against", "on")
            for g in p.children if g.dep_ == "pobj"}


def noun_sense(tok: Token) -> lx.Sense | None:
    senses = lx.noun_senses(lemma(tok))
    if not senses:
        return None
    mods = {lemma(c) for c in tok.children} | {lemma(tok.head)} | {
        lemma(g) for c in tok.children if c.dep_ in ("advcl", "acl")  # "calls for X to leave"
        for g in c.children if g.dep_ == "mark"} | {
        lemma(g) for c in tok.children if c.dep_ == "prep" and lemma(c) == "of"
        for g in c.children if g.dep_ == "pobj"  # "the expulsion of the ambassador"
    } | {lemma(g) for g in stopped_acts(tok)} | {
        lemma(p) for p in tok.head.children if tok.dep_ in ("dobj", "obj") and p.dep_ == "prep"
        and p.i == tok.right_edge.i + 1  # "completed its departure | from X" (hung on the verb)
    } if any(s.obj for s in senses) else set()
    ruled_out = _noun_objects(tok) if any(s.noobj for s in senses) else set()
    best: tuple[float, lx.Sense] | None = None
    for s in senses:
        rank = s.weight
        if s.noobj & ruled_out:
            continue  # "the battle against corruption", "a war on inflation"
        if s.obj:
            if not (s.obj & mods):
                continue
            rank += 2.0
        if best is None or rank > best[0]:
            best = (rank, s)
    return best[1] if best else None


_NOUN_OBJECT_PREPS = frozenset({"against", "on", "over", "with", "of", "for"})


def _noun_objects(tok: Token) -> set[str]:
    """What an act noun is waged on or about, and its modifiers ("the battle against graft",
    "a war on inflation", "the anti-corruption fight", "a verbal attack"): lemmas that a
    sense's ``noobj`` rules out."""
    out = {lemma(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    for c in tok.children:
        if c.dep_ == "prep" and lemma(c) in _NOUN_OBJECT_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    out |= {lemma(g)} | {lemma(m) for m in g.children
                                         if m.dep_ in ("compound", "amod")}
    return out


def stopped_acts(noun: Token) -> list[Token]:
    """What a stop is put to: "a halt to its attacks", "a pause in strikes", "an end of the
    offensive" (also when the parser hangs the "to"/"in" on the verb right after the noun:
    "announced a halt | to its attacks")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and lemma(c) in ("of", "to", "in")]
    if noun.dep_ in ("dobj", "obj"):
        preps += [c for c in noun.head.children if c.dep_ == "prep" and lemma(c) in ("to", "in")
                  and c.i == noun.right_edge.i + 1]
    return [g for c in preps for g in c.children if g.dep_ == "pobj"]


HEADLINE_CAPITALS = 0.6  # share of capitalised words from which a sentence is set in title case


def name_word(tok: Token) -> bool:
    """A trigger noun that is a word of a proper name in running text ("a post of the Popular
    Mobilisation", "the Islamic Resistance"): capitalised, told as a proper noun after a
    capitalised proper noun of the same name; not in a headline set in title case ("US
    Strikes Hit Militia Depot"), where every word is capitalised."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return False
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
               and c.i == tok.i - 1 for c in tok.children):
        return False
    words = [t for t in tok.sent if t.is_alpha]
    capitals = sum(1 for t in words if t.text[:1].isupper())
    return capitals < HEADLINE_CAPITALS * len(words)


def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or (
        tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "conj", "xcomp", "ccomp", "advcl"))


def is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG")


def complement(tok: Token) -> Token | None:
    """The clause a control verb governs: "refused to meet", and the gerund after "on"/"to"
    ("agreed on ending the mission", "committed to withdrawing"); through a verb of aspect,
    the act it continues ("vowed to keep attacking" -> attacking); the clause a call is for
    ("called for X to leave")."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and is_verb(c):
            return _through_aspect(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "to"):
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return _through_aspect(g)
    if lemma(tok) == "vote":  # "voted yesterday to expel X": the parse hangs it as a purpose
        voted = _to_clause(tok, ("xcomp", "advcl"))
        if voted is not None:
            return voted
    return called_for_clause(tok)


def _to_clause(tok: Token, deps: tuple[str, ...]) -> Token | None:
    """The to-infinitive clause of ``tok`` under one of ``deps``, or None."""
    return next((c for c in tok.children if c.dep_ in deps and is_verb(c)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


# Verbs of aspect: what they govern is the act ("keep attacking", "continue to target").
ASPECT_VERBS = frozenset({"keep", "continue", "resume", "start", "begin", "step"})


def _through_aspect(verb: Token) -> Token:
    if lemma(verb) not in ASPECT_VERBS:
        return verb
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and is_verb(c):
            return _through_aspect(c)
    return verb


def called_for_clause(tok: Token) -> Token | None:
    """"called for the United States to leave": the clause (marked "for", with "to") a call
    asks for, or None."""
    if lemma(tok) != "call":
        return None
    for c in tok.children:
        if c.dep_ in ("advcl", "ccomp") and is_verb(c) \
                and any(m.dep_ == "mark" and lemma(m) == "for" for m in c.children) \
                and any(m.dep_ == "aux" and lemma(m) == "to" for m in c.children):
            return c
    return None


def find_triggers(doc: Doc, start: int, end: int) -> list[Trigger]:
    """Every trigger in tokens [start, end) of ``doc`` (one sentence)."""
    verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]] = {}
    judgements: dict[int, int] = {}  # judging verb -> the judged act
    dismissals: dict[int, int] = {}  # "the claim was baseless" -> the claim
    culprits: dict[int, int] = {}  # "was behind" / "was involved in" -> who did it
    rebuttals: dict[int, int] = {}  # "..., but Y insist that C" -> the claimant Y rejects
    warnings: dict[int, int] = {}  # "will not tolerate attacks" -> the act warned against
    consumed: set[int] = set()
    plotted: set[int] = set()  # acts a report says someone plotted: not done
    for tok in doc[start:end]:
        if is_verb(tok):
            if lemma(tok) == "meet" and any(c.dep_ == "auxpass" for c in tok.children) and any(
                    c.dep_ == "prep" and lemma(c) == "with" for c in tok.children):
                continue  # "would be met with a firm response": no meeting
            warned = tolerance_warning(tok)
            if warned is not None:
                warnings[tok.i] = warned
                consumed.add(warned)
                plotted.update(r.i for r in doc[warned].children if r.dep_ == "relcl")
                continue
            kept = options_open(tok) if lemma(tok) in KEEPING_VERBS else None
            if kept is not None:  # "keeps all options on the table (against X)"
                warnings[tok.i] = kept
                consumed.add(kept)
                continue
            given = ultimatum(tok)
            if given is not None:  # "gave X 48 hours to leave", "set a deadline for X to V"
                verb_hits[tok.i] = (lx.Sense(lemma=lemma(tok), pos="V", type="THREATEN",
                                             mode="ultimatum", weight=ULTIMATUM_WEIGHT), given[2])
                consumed.update(given[2])
                if given[1] is not None:  # what X must do is demanded, not done
                    plotted.update(_chain(given[1]))
                continue
            ruled_in = unexcluded_force(tok)
            if ruled_in is not None:  # "did not rule out a military response"
                warnings[tok.i] = ruled_in
                consumed.add(ruled_in)
                continue
            ready = readied_response(tok)
            if ready is not None:  # "will not hesitate to retaliate", "reserves the right to
                warnings[tok.i] = ready  # respond": the response announced, not done
                plotted.add(ready)
                continue
            if tok.dep_ == "acl" and lemma(tok) in ("target", "aim") and noun_sense(tok.head):
                continue  # "sanctions targeting X": the noun is the event
            if described_role(tok):
                continue  # "a contractor working with the coalition": who he was, no act
            if lemma(tok) in NAMING_VERBS and any(
                    c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children):
                continue  # "what it called an Israeli centre": a label, no phone call
            culprit = culprit_of(tok)
            if culprit is not None:
                culprits[tok.i] = culprit[0]
                if doc[culprit[0]].dep_ == "nsubjpass" and lemma(tok) in USE_VERBS:
                    plotted.add(culprit[1])  # "the sites were used for attacks": the sites
                    # attacked no one; the accusation carries the act
                continue
            plot = plotted_act(tok)
            if plot is not None:  # "said the men had been planning attacks": an allegation;
                # "said it was planning attacks on X": its own announced attack, a threat
                if lemma(doc[plot[0]]) in _SELF_PLOTTERS:
                    warnings[tok.i] = plot[1]
                else:
                    culprits[tok.i] = plot[0]
                consumed.add(plot[1])
                plotted.add(plot[1])
                continue
            if tok.i in plotted:
                continue
            judged = judged_act(tok)
            if judged is not None:
                judgements[tok.i] = judged[0]
                consumed.update(judged[1])
                continue
            if own_part_denied(tok) and tok.head.i not in verb_hits:
                # "X said it was not involved in the attack": X's denial, told by the verb
                # of saying (the clause itself is negated; the saying is not)
                verb_hits[tok.head.i] = (_rejection(tok.head, None), (tok.i,))
                consumed.add(tok.i)
                continue
            found = no_evidence(tok)
            if found is not None:  # "said it found no evidence that a drone took part"
                verb_hits[tok.i] = (_rejection(tok, "request"), (found,))
                consumed.add(found)
                continue
            countered = counter_claim(tok)
            if countered is not None:  # "X claimed ..., but Y insist that ...": Y rejects X
                rebuttals[countered[1]] = countered[0]
            alleged = alleged_culprit(tok)
            if alleged is not None:  # "charged that X had shelled ...": X is accused (the act
                culprits[tok.i] = alleged[0]  # stays coded, alleged)
            claim = judged_claim(tok) if lemma(tok) not in NAMING_VERBS else named_false(tok)
            if claim is not None:  # "the Iranian account was baseless": its author is denied
                dismissals[tok.i] = claim
                continue
            if labelled(tok) and naming_sense(tok) is None:
                continue  # "called the envoy a guy": a label we cannot read, no phone call
            hit = naming_sense(tok) or verb_sense(tok) or directive_sense(tok) or said_no(tok)
            if weapon_impact(tok):
                # "a missile slammed into the base", "an airstrike hit a convoy": an attack
                # (a weapon never accuses: "slammed" here is no criticism)
                own = hit is not None and hit[0].type == "ASSAULT"
                hit = (lx.Sense(lemma=lemma(tok), pos="V", type="ASSAULT",
                                mode=hit[0].mode if own else None,  # type: ignore[index]
                                weight=max(hit[0].weight if own else 0.0,  # type: ignore[index]
                                           IMPACT_WEIGHT)),
                       hit[1] if own else ())  # type: ignore[index]
            if hit is not None and hit[1] and all(
                    kind_of_exercise(doc[j], noun_sense(doc[j]) or _NO_SENSE) for j in hit[1]):
                continue  # "launched war games": the games are the event, no war launched
            if hit is not None and _noun_carries(tok, hit[0]):
                continue  # "offered scathing criticism", "approved troop deployments"
            if hit is not None and hit[0].type == "THREATEN" and peaceful_answer(hit[1], doc):
                continue  # "promised a detailed response to the proposal": no threat
            if hit is not None and hit[0].type == "REJECT" and personal_denial(tok):
                continue  # "denied that he planned to resign": a denial about oneself
            if hit is not None and hit[0].type == "REQUEST" and insisted_fact(tok):
                continue  # "insist that no villagers were harmed": a claim, no demand
            if hit is not None:
                hit = (hit[0], _predicate_objects(hit[0], hit[1], doc))
                verb_hits[tok.i] = hit
                consumed.update(hit[1])
    out: list[Trigger] = []
    controlled: set[int] = set(plotted)
    for i in list(verb_hits):
        judge = flat_label(doc[i])
        if judge is not None:  # "calls Turkish shelling a violation": no shelling by the caller
            controlled.update(range(i + 1, judge))
    for i, (sense, used) in verb_hits.items():
        tok = doc[i]
        ctrl = lx.control(lemma(tok)) or ("REQUEST" if expected_duty(tok) else None)
        comp = complement(tok)
        if sense.type == "THREATEN" and lemma(tok) in WARNING_VERBS:
            warned_off = _to_clause(tok, ("xcomp", "ccomp", "advcl"))
            if warned_off is not None:  # "warned Baghdad not to renew the deal": no renewal
                controlled.update(_chain(warned_off))
        if ctrl == "REJECT" and comp is not None and comp.i in warnings:
            continue  # "refused to rule out strikes": the option kept open is the threat
        if ctrl == "REJECT" and sense.type == "REJECT" and comp is not None \
                and comp.i in verb_hits and verb_hits[comp.i][0].type == "REJECT":
            controlled.update(_chain(comp))  # "refused to rule out talks": nothing refused
            continue
        if ctrl == "REJECT" and comp is not None and _non_answer(comp) \
                and not answered_requests(comp):
            controlled.update(_chain(comp))  # "declined to comment": no refusal of anything
            continue
        if ctrl is not None and comp is not None and sense.type in ("REJECT", "THREATEN", "AGREE",
                                                                     "REQUEST"):
            type_ = sense.type
            mode = sense.mode
            inner = verb_hits.get(comp.i) or inner_hit(comp, verb_hits)
            if ctrl == "PROMISE" and lemma(tok) not in OFFER_VERBS:
                if resisted_attempt(comp):  # "vowed to resist any attempt to disarm it"
                    type_, mode = "THREATEN", "violence"
                elif inner is not None and inner[0].type in lx.conflict_types():
                    type_, mode = "THREATEN", threat_mode(inner[0].type)
                elif inner is None and answer_by_force(comp):  # "vowed to respond"
                    type_, mode = "THREATEN", "violence"
            elif ctrl == "THREATEN":
                mode = threat_mode(inner[0].type) if inner is not None else sense.mode
            elif ctrl == "REQUEST" and _or_else(comp):
                # "told Lebanon to rein in Hezbollah or face the consequences": an ultimatum
                type_, mode = "THREATEN", "ultimatum"
            if inner is not None or ctrl in ("REJECT", "REQUEST", "THREATEN") \
                    or type_ == "THREATEN":
                controlled.update(_chain(comp) | _permitted(comp))
                out.append(Trigger(token=i, head=i, type=type_, mode=mode, weight=sense.weight,
                                   consumed=used, controller=comp.i))
                continue
        out.append(Trigger(token=i, head=i, type=sense.type, mode=sense.mode, weight=sense.weight,
                           consumed=used))
    for tok in doc[start:end]:
        if tok.i in controlled or (tok.i in verb_hits and lx.control(lemma(tok)) is not None
                                   and not _that_clause(tok)):
            continue
        told = reported_intent(tok, verb_hits)
        if told is not None:  # "warned it would strike X", "said X should withdraw"
            type_, mode, comp = told
            out = [t for t in out if t.token != tok.i]
            controlled.update(_chain(comp))
            act = continued_attack(comp)
            if act is not None:  # "its attacks on X will go on": the threat, not an attack
                controlled.add(act.i)
            out.append(Trigger(token=tok.i, head=tok.i, type=type_, mode=mode,
                               weight=REPORTED_INTENT_WEIGHT, controller=comp.i))
    purposes: set[int] = set()
    for i, (sense, _) in verb_hits.items():
        if sense.type == "ACCUSE" and lemma(doc[i]) == "summon":
            # "summoned the envoy to protest the shelling": the summons is the protest
            # (its object stays an act of its own: "the shelling of the villages")
            purposes.update(c.i for c in doc[i].children if c.dep_ in ("advcl", "xcomp")
                            and c.i in verb_hits and verb_hits[c.i][0].type in REACTION_TYPES)
        if sense.type == "CONSULT" and lemma(doc[i]) in CALLING_VERBS and any(
                _voiced_purpose(c, verb_hits) for c in doc[i].children):
            # "called the president to express support", "phoned him to congratulate him": what
            # the call was made to say is the event
            purposes.add(i)
        if sense.type == "ACCUSE" and lemma(doc[i]) == "hold" and future_held(doc[i]):
            consumed.update(held_acts(doc[i]))  # "will hold X responsible for any attack"
    out = [t for t in out if t.token not in controlled]
    out += [Trigger(token=i, head=i, type="ACCUSE", mode="disapprove", weight=JUDGEMENT_WEIGHT,
                    judged=j) for i, j in judgements.items()]
    out += [Trigger(token=i, head=i, type="ACCUSE", mode="allege", weight=CULPRIT_WEIGHT,
                    culprit=c) for i, c in culprits.items()]
    out += [Trigger(token=i, head=i, type="REJECT", mode="request", weight=JUDGEMENT_WEIGHT,
                    judged=c) for i, c in dismissals.items()]
    out += [Trigger(token=i, head=i, type="REJECT", mode="request", weight=JUDGEMENT_WEIGHT,
                    culprit=c) for i, c in rebuttals.items()]
    out += [Trigger(token=i, head=i, type="THREATEN", mode="violence", weight=WARNING_WEIGHT,
                    consumed=(a,)) for i, a in warnings.items()]
    out += [Trigger(token=j, head=i, type="COOPERATE", mode=JOINT_MODE, weight=JOINT_WEIGHT,
                    joint=True)
            for i, (sense, used) in verb_hits.items() if sense.type in JOINT_TYPES
            and i not in controlled for j in used if joint_act(doc[j])]
    for tok in doc[start:end]:
        if tok.i in consumed or tok.i in controlled or not is_noun(tok) or name_word(tok):
            continue
        sense = noun_sense(tok) or _answering_weapon(tok)
        if sense is None:
            continue
        if kind_of_exercise(tok, sense):
            continue  # "war games", "war drills": the kind of the exercise, no attack
        if sense.type == "RETREAT" and sense.obj:  # "a halt to its attacks": stopped, not done
            consumed.update(g.i for g in stopped_acts(tok) if lemma(g) in sense.obj)
        head = tok.i
        h = tok.head
        if tok.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS and h.i in controlled:
            continue
        if tok.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS and h.i in verb_hits \
                and verb_hits[h.i][0].type == "REJECT" and sense.type in UNDONE_TYPES:
            continue  # "cancelled a planned visit", "rejected the talks": no visit, no talks
        if tok.dep_ in OBJ_DEPS | PASS_SUBJ_DEPS and lx.is_light(lemma(h)) and h.i not in verb_hits:
            head = h.i
        elif tok.dep_ == "pobj" and h.head.i != h.i and lx.is_light(lemma(h.head)) \
                and h.head.i not in verb_hits and lemma(h) in ("on", "into"):
            head = h.head.i  # "went on strike", "entered into talks"
        elif tok.dep_ == "compound" and lemma(h) in EFFORT_NOUNS and h.dep_ in OBJ_DEPS \
                and lx.is_light(lemma(h.head)) and h.head.i not in verb_hits:
            head = h.head.i  # "launched a mediation effort": the one who launched it mediates
        elif response_verb(tok) is not None:
            head = response_verb(tok).i  # type: ignore[union-attr]  # "responded with
            # airstrikes", "responded to the raid with missiles": the responder strikes
        elif tok.dep_ == "pobj" and lemma(h) == "for" and lemma(h.head) in ("responsibility",
                                                                             "credit") \
                and h.head.dep_ in OBJ_DEPS and lemma(h.head.head) in CLAIM_VERBS \
                and not _denied_claim(h.head.head):
            head = h.head.head.i  # "X claimed responsibility for the attack": X attacked
        elif tok.dep_ == "dobj" and lemma(h) == "claim" and sense.type == "ASSAULT" \
                and not _denied_claim(h):
            head = h.i  # "a group calling itself X claimed the attack": X attacked
        threatened = next((c for c in tok.children if c.dep_ == "acl" and is_verb(c)
                           and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)),
                          None) if sense.type == "THREATEN" else None
        inner = (verb_hits.get(threatened.i) or verb_sense(threatened)) \
            if threatened is not None else None
        out.append(Trigger(token=tok.i, head=head, type=sense.type,
                           mode=threat_mode(inner[0].type) if inner is not None else sense.mode,
                           weight=sense.weight * (1.0 if head != tok.i else 0.9),
                           controller=threatened.i if threatened is not None else None))
        if sense.type in JOINT_TYPES and joint_act(tok):  # "joint raids": also cooperation
            out.append(Trigger(token=tok.i, head=head, type="COOPERATE", mode=JOINT_MODE,
                               weight=JOINT_WEIGHT, joint=True))
        if sense.type == "REQUEST":  # "calls for troops to withdraw": the withdrawal is asked for
            controlled.update(c.i for c in tok.children if c.dep_ in ("advcl", "acl")
                              and any(lemma(m) in ("for", "to") for m in c.children
                                      if m.dep_ in ("mark", "aux")))
        if threatened is not None:  # "Washington's threat to seize the revenues": threatened
            controlled.update(_chain(threatened))
    out = [t for t in out if t.token not in controlled and t.token not in purposes]
    out.sort(key=lambda t: t.token)
    return out


# Shows of force named by the war they rehearse ("war games", "war drills", "joint war
# exercises"): the exercise is the event, the conflict noun only says what kind it is.
EXERCISE_TYPES = frozenset({"MOBILIZE", "COOPERATE"})


def kind_of_exercise(tok: Token, sense: lx.Sense) -> bool:
    """Whether ``tok`` is a conflict noun that only names the kind of an exercise it
    modifies ("war games")."""
    if tok.dep_ != "compound" or sense.type not in lx.conflict_types():
        return False
    head = noun_sense(tok.head)
    return head is not None and head.type in EXERCISE_TYPES


# Joint acts of force ("joint operations", "a joint raid", "joint patrols"): the parties
# cooperate militarily (PLOVER COOPERATE), besides what they do to their target.
JOINT_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
JOINT_MODE = "military"
JOINT_WEIGHT = 0.75


def joint_act(noun: Token) -> bool:
    """A noun told as done jointly ("joint operations", "a joint U.S.-Iraqi raid", also where
    the parser hangs "joint" on a compound: "joint war | exercises")."""
    mods = [*noun.children, *(g for c in noun.children if c.dep_ == "compound"
                              for g in c.children)]
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ("joint", "combined")
               for c in mods)


# A reported clause that states the speaker's own coming act of force is a threat ("Iran
# warned it would strike U.S. forces", "the group said it will target the bases until ..."),
# and one that states what another party should do is a request ("X said Washington should
# withdraw its troops", "insisted that the envoy must leave").
REPORTED_INTENT_WEIGHT = 0.8
INTENT_REPORTING_VERBS = frozenset({"warn", "caution", "threaten", "declare", "say", "announce",
                                    "state", "insist", "stress", "tell", "add", "reiterate",
                                    "affirm", "confirm", "emphasise", "emphasize", "vow",
                                    "pledge", "swear", "promise"})
# Reporting verbs that vow or warn (a campaign they say goes on is force: continued_attack).
VOWING_VERBS = frozenset({"warn", "caution", "threaten", "vow", "pledge", "swear", "promise"})
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
OBLIGATION_MODALS = frozenset({"should", "must", "ought"})
_SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
def _that_clause(verb: Token) -> bool:
    """Whether a control verb reports a finite clause ("vowed that X would pay") rather than
    governing an infinitive ("vowed to retaliate")."""
    return _to_clause(verb, ("xcomp", "advcl", "ccomp")) is None and any(
        c.dep_ == "ccomp" and is_verb(c) and any(a.dep_ == "aux" and a.lower_ in FUTURE_MODALS
                                                 for a in c.children)
        for c in verb.children)


def _refers(pron: Token, noun: Token) -> bool:
    """Whether a pronoun may stand for a noun: "it"/"they" for a state or a group, "he"/"she"
    for a person."""
    person = noun.ent_type_ == "PERSON"
    return lemma(pron) in ("he", "she") if person else lemma(pron) in ("it", "they")


_HEARERS = frozenset({"reporter", "journalist", "press", "conference", "briefing", "audience",
                      "crowd", "supporter", "follower", "viewer", "medium", "media"})


def reported_intent(verb: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
                    ) -> tuple[str, str, Token] | None:
    """(type, mode, reported clause) when a reporting verb's clausal complement states the
    speaker's own future act of force (THREATEN) or what another party should or must do
    (REQUEST); None otherwise (a past act, a negated one, a forecast about someone else)."""
    if not is_verb(verb) or lemma(verb) not in INTENT_REPORTING_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    first = next((c for c in verb.children if c.dep_ == "ccomp" and is_verb(c)), None)
    if first is None:
        return None
    if lemma(verb) in WARNING_REPORTERS:
        for clause in sorted(_chain(first)):  # "said that ... and that X will be treated as ..."
            if threatened_party(verb.doc[clause]) is not None:
                return "THREATEN", "violence", verb.doc[clause]
    # "said that ... and that the Americans must withdraw": each reported clause in turn
    for clause in sorted(_chain(first)):
        got = _clause_intent(verb, verb.doc[clause], verb_hits)
        if got is not None:
            return got
    return None


def _clause_intent(verb: Token, comp: Token,
                   verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
                   ) -> tuple[str, str, Token] | None:
    """What one reported clause ``comp`` of ``verb`` states: see :func:`reported_intent`."""
    aux = {c.lower_ for c in comp.children if c.dep_ == "aux"}
    if {c.lower_ for c in comp.children if c.dep_ == "aux"} & FUTURE_MODALS \
            and lemma(comp) in CONTINUE_VERBS \
            and continued_attack(comp, warned=lemma(verb) in VOWING_VERBS) is not None \
            and (lemma(comp) in STOP_VERBS) == any(c.dep_ == "neg" for c in comp.children):
        # "its attacks on X will continue", "would press on with its attacks", "would not stop
        # their attacks on X": one's own attacks announced to go on are a threat
        return "THREATEN", "violence", comp
    if lemma(verb) in WARNING_REPORTERS and lemma(comp) not in KEEPING_VERBS \
            and options_open(comp) is not None:
        # "said all options were on the table", "nothing is ruled out, X said": force kept open
        return "THREATEN", "violence", comp
    if lemma(verb) in WARNING_REPORTERS and (promised_consequence(comp) or impunity_denied(comp)):
        # "warned that there would be a crushing response", "said the attackers will not get
        # away with it": a threat (to whom the clause names, see events)
        return "THREATEN", "violence", comp
    subj = next((c for c in comp.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS), None)
    if subj is None or any(c.dep_ == "neg" for c in comp.children):
        return None
    speaker = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    if aux & OBLIGATION_MODALS and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS
                                       and c.i < subj.i for c in comp.children):
        return None  # "should it continue ...": a condition, no obligation
    if aux & OBLIGATION_MODALS and subj.dep_ in PASS_SUBJ_DEPS:
        # "Israel must be punished, X said", "the occupiers should be expelled": the speaker
        # calls for force against the one named (a threat), or for blame ("must be held
        # accountable"); any other passive obligation asks someone unnamed
        inner = verb_hits.get(comp.i)
        if inner is None or subj.pos_ == "PRON" and lemma(subj) in ("it", "we", "i"):
            return None
        if inner[0].type in FORCE_TYPES:
            return "THREATEN", threat_mode(inner[0].type), comp
        return ("ACCUSE", "allege", comp) if inner[0].type == "ACCUSE" else None
    if aux & OBLIGATION_MODALS and _or_else(comp) and not (
            subj.pos_ == "PRON" and lemma(subj) in ("it", "we", "i")):
        # "Israel must release the prisoners or face the consequences": an ultimatum
        return "THREATEN", "ultimatum", comp
    if aux & OBLIGATION_MODALS:
        if subj.pos_ == "PRON" and lemma(verb) in ("tell", "warn", "remind", "inform") and any(
                c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")
                and lemma(c) not in _HEARERS and _refers(subj, c) for c in verb.children):
            return "REQUEST", "demand", comp  # "told Turkey that it must withdraw": Turkey
        if subj.pos_ == "PRON" or (speaker is not None and lemma(speaker) == lemma(subj)):
            return None  # "Iran said it must defend itself": no one else is asked
        return "REQUEST", "demand", comp
    ready = readied_force(comp, verb_hits)
    if ready is not None and (lemma(subj) in _SELF_PRONOUNS or own_forces(subj)
                              or own_body(subj, speaker)):
        # "said its forces were ready to crush any aggressor", "said it is prepared to strike"
        return "THREATEN", "violence", ready
    if not aux & FUTURE_MODALS:
        return None
    if lemma(verb) in WARNING_REPORTERS and anyone_who(subj) and consequence(comp):
        # "warned that whoever fires at our bases will pay a heavy price", "anyone who attacks
        # its ships would face a crushing response": a threat to whoever would do it
        return "THREATEN", "violence", comp
    own = lemma(subj) in _SELF_PRONOUNS or (speaker is not None and lemma(speaker) == lemma(subj)) \
        or own_body(subj, speaker)
    act = _through_aspect(comp)
    if not own:
        answer = next((a for a in (act, *_conj_verbs(act)) if answer_by_force(a)), None)
        if speaker is None and verb.dep_ == "conj":  # "X condemned it and said Y would ..."
            speaker = next((c for c in verb.head.children if c.dep_ in SUBJ_DEPS), None)
        if answer is not None and named_side(subj, speaker):
            # "the Pentagon said the United States would respond", "Tehran's foreign minister
            # warned that Iran will hit back": a KB-known voice announces a named side's answer
            return "THREATEN", "violence", comp if answer is act else answer
        return None
    inner = verb_hits.get(act.i) or inner_hit(act, verb_hits)
    if (inner is None or inner[0].type not in FORCE_TYPES) and (
            any(answer_by_force(a) for a in (act, *_conj_verbs(act)))
            or resisted_attempt(act) or conditioned_action(act)):
        # "said it would respond to any attack", "the group would confront any attempt to
        # disarm it by force"
        return "THREATEN", "violence", comp
    if inner is None:
        return None
    if inner[0].type in FORCE_TYPES:
        # "said they would keep attacking X": the act a verb of aspect goes on with, whose
        # object the threat is aimed at
        return "THREATEN", threat_mode(inner[0].type), act
    if inner[0].type in BREAKING_TYPES and (lemma(verb) in WARNING_VERBS
                                            or hostile_condition(comp)):
        # "warned it would withdraw from the treaty", "said it would pull its ambassador if
        # the strikes went on": a break threatened ("would withdraw its troops if Baghdad
        # asked" is a promise)
        return "THREATEN", "relations", comp
    return None


READY_WORDS = frozenset({"ready", "prepared"})


def _conj_verbs(act: Token) -> list[Token]:
    """Verbs coordinated with ``act`` that share its subject ("would protect its forces and
    respond where needed")."""
    return [c for c in act.children if c.dep_ == "conj" and is_verb(c)
            and not any(g.dep_ in SUBJ_DEPS for g in c.children)]


_SIDE_LABELS = frozenset({"GPE", "ORG", "NORP"})


def named_side(subj: Token, speaker: Token | None) -> bool:
    """Whether a reported clause's subject is a named side ("the United States", "Tehran")
    and its speaker a voice the theatre KB knows (an official, an office, a body: an entity
    with a KB id), not a generic voice ("analysts said Iran would respond", "US officials
    said ...": a forecast)."""
    if speaker is None or subj.ent_type_ not in _SIDE_LABELS or not subj.ent_id_ \
            or subj.pos_ != "PROPN":
        return False
    return any(t.ent_id_ and not t.ent_id_.startswith(("?", "gen_"))
               for t in (speaker, *speaker.children))


def readied_force(comp: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
                  ) -> Token | None:
    """The act of force a clause says its subject is ready or prepared to do ("its forces are
    ready to strike", "we are prepared to respond to any attack"), or None (also negated)."""
    if lemma(comp) != "be" or any(c.dep_ == "neg" for c in comp.children):
        return None
    for a in comp.children:
        if a.dep_ != "acomp" or lemma(a) not in READY_WORDS or any(c.dep_ == "neg"
                                                                  for c in a.children):
            continue
        act = _to_clause(a, ("xcomp", "advcl", "ccomp"))
        if act is None:
            continue
        hit = verb_hits.get(act.i) or verb_sense(act)
        if (hit is not None and hit[0].type in FORCE_TYPES) or answer_by_force(act) \
                or resisted_attempt(act):
            return act
    return None


def own_forces(subj: Token) -> bool:
    """"its forces", "our army", "his fighters": a party's own armed men, by a possessive
    pronoun."""
    return lemma(subj) in active().object_groups.get("troops", frozenset()) | {"fighter", "man"} \
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
                for c in subj.children)


def conditioned_action(act: Token) -> bool:
    """"would act if the groups are not disarmed", "will act against whoever attacks": an
    unnamed action announced on a hostile condition or against someone (not "would act quickly
    to restore power")."""
    if lemma(act) not in ("act", "move") or any(c.dep_ == "neg" for c in act.children):
        return False
    return hostile_condition(act) or any(c.dep_ == "prep" and lemma(c) == "against"
                                         for c in act.children)


def own_body(subj: Token, speaker: Token | None) -> bool:
    """Whether a reported clause's subject is the speaker's own body told by a group noun: "the
    group", "the movement" said by a member of a named one ("Hezbollah's deputy leader said
    the group would ...", "a spokesman for X said the militia will ...")."""
    if speaker is None or subj.pos_ != "NOUN" or lemma(subj) not in active().group_nouns \
            or not any(c.dep_ == "det" and lemma(c) == "the" for c in subj.children) \
            or any(c.dep_ in ("amod", "compound", "poss") for c in subj.children):
        return False
    if lemma(speaker) not in active().member_nouns:
        return False
    return any(c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
               for c in speaker.children) or any(
        p.dep_ == "prep" and lemma(p) in ("for", "of") and any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ == "ORG") for g in p.children)
        for p in speaker.children)


# Resisting by force what another side attempts: "would confront any attempt to disarm it",
# "will resist any incursion", "would repel any aggression" (the object an act of force or an
# attempt; "resist pressure" is defiance, no threat).
RESISTING_VERBS = frozenset({"confront", "resist", "repel", "thwart", "foil", "crush"})
ATTEMPT_NOUNS = frozenset({"attempt", "effort", "bid", "move", "plan", "plot", "scheme",
                           "aggression", "adventure", "incursion", "invasion", "assault",
                           "attack", "advance", "violation", "encroachment", "aggressor",
                           "invader", "attacker", "intruder", "enemy"})


def resisted_attempt(act: Token) -> bool:
    """Whether ``act`` resists an attempt or an act of force (see RESISTING_VERBS), not
    negated."""
    if lemma(act) not in RESISTING_VERBS or any(c.dep_ == "neg" for c in act.children):
        return False
    for o in (c for c in act.children if c.dep_ in ("dobj", "obj")):
        sense = noun_sense(o) if o.pos_ == "NOUN" else None
        if lemma(o) in ATTEMPT_NOUNS or (sense is not None and sense.type in FORCE_TYPES):
            return True
    return False


# Acts a side's warning announces as a break (CAMEO 131, threaten to reduce or break relations).
BREAKING_TYPES = frozenset({"RETREAT", "REJECT"})
WARNING_VERBS = frozenset({"warn", "threaten", "caution"})


def hostile_condition(verb: Token) -> bool:
    """Whether ``verb`` is told on a hostile condition: an "if"/"unless" clause that names a
    conflict act or a negated one ("if the strikes continue", "unless the troops leave", "if
    they do not leave")."""
    for c in verb.children:
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and lemma(m) in ("if", "unless")
                                        for m in c.children):
            continue
        if lemma(next(m for m in c.children if m.dep_ == "mark")) == "unless" \
                or any(g.dep_ == "neg" for g in c.children):
            return True
        for t in c.subtree:
            senses = lx.verb_senses(lemma(t)) if is_verb(t) else ()
            noun = noun_sense(t) if t.pos_ == "NOUN" else None
            if any(x.type in lx.conflict_types() for x in senses) or (
                    noun is not None and noun.type in lx.conflict_types()):
                return True
    return False


def _or_else(comp: Token) -> bool:
    """Whether an obligation is coordinated with a cost ("must leave or face the
    consequences", "should withdraw or bear the price")."""
    return any(c.dep_ == "conj" and consequence(c) and any(
        d.dep_ == "cc" and lemma(d) == "or" for d in comp.children) for c in comp.children)


def promised_consequence(comp: Token) -> bool:
    """"there will be a (harsh) response / consequences": a future existential clause whose
    subject is a consequence; not negated ("there will be no response")."""
    if lemma(comp) != "be" or not any(c.dep_ == "expl" for c in comp.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in comp.children) \
            or any(c.dep_ == "neg" for c in comp.children):
        return False
    return any(c.dep_ in ("attr", "nsubj") and lemma(c) in CONSEQUENCE_NOUNS
               and not any(d.dep_ == "det" and lemma(d) == "no" for d in c.children)
               for c in comp.children)


_UNANSWERED = frozenset({"unpunished", "unanswered", "unavenged", "unanswer", "unpunish",
                         "unavenge"})


def impunity_denied(comp: Token) -> bool:
    """"will not get away with it", "cannot hope to get away with this", "will not go
    unpunished" / "unanswered": a promise of punishment, from a clause (or the one it governs)
    negated."""
    for v in (comp, *(c for c in comp.children if c.dep_ == "xcomp")):
        escaped = (lemma(v) == "get" and any(c.dep_ in ("prt", "advmod") and lemma(c) == "away"
                                             for c in v.children)) or (
            lemma(v) == "go" and any(lemma(c) in _UNANSWERED for c in v.children))
        if escaped and (any(c.dep_ == "neg" for c in v.children)
                        or any(c.dep_ == "neg" for c in comp.children)):
            return True
    return False


# Verbs that announce one's attacks go on (or, negated, that they will not stop).
CONTINUE_VERBS = frozenset({"continue", "go", "persist", "resume", "escalate", "intensify",
                            "expand", "increase", "press", "carry", "keep", "stop", "cease",
                            "halt", "end"})
STOP_VERBS = frozenset({"stop", "cease", "halt", "end"})
_OWN_POSSESSIVES = frozenset({"its", "their", "our", "my"})
_CONDITION_MARKS = frozenset({"until", "unless", "if", "while", "as"})


# Campaign nouns that name force when a vow or warning says they go on ("vowed that the
# operations would continue until ...", "would keep up their operations against X"); told by a
# neutral verb they may be anything ("said the rescue operation would go on").
CAMPAIGN_NOUNS = frozenset({"operation", "campaign"})


def vowed_attack(noun: Token) -> bool:
    """Whether ``noun`` names attacks a party may vow or warn of (rule data ``assaults``, or a
    campaign noun: "vowed more operations"), not peaceful ones ("the rescue operations", rule
    data ``peaceful``) nor one for a purpose ("operations to clear the rubble")."""
    groups = active().object_groups
    if lemma(noun) not in groups.get("assaults", frozenset()) | CAMPAIGN_NOUNS:
        return False
    calm = groups.get("peaceful", frozenset())
    return not any(c.dep_ in ("compound", "amod") and lemma(c) in calm
                   or c.dep_ == "acl" for c in noun.children)


def continued_attack(comp: Token, *, warned: bool = False) -> Token | None:
    """The attack noun a clause says goes on: its subject ("its attacks on X will continue"),
    object ("would expand its operations against X") or "with" object ("press on with its
    attacks"); it must be the speaker's own ("its", "their") or, unpossessed, told with a
    condition ("attacks on X will continue until they leave"), against someone ("the
    operation would go on against the outlaws") or vowed ("vowed that the attacks on X would
    continue"). In a vow or a warning (``warned``, or the clause reported by a verb of
    :data:`VOWING_VERBS`) an armed campaign counts too ("vowed that the operations would
    continue until ...")."""
    cands = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    cands += [g for p in comp.children if p.dep_ == "prep" and lemma(p) == "with"
              for g in p.children if g.dep_ == "pobj"]
    vowed = warned or (comp.dep_ == "ccomp" and lemma(comp.head) in VOWING_VERBS)
    conditioned = vowed or any(m.dep_ == "mark" and lemma(m) in _CONDITION_MARKS
                               for c in comp.children if c.dep_ == "advcl"
                               for m in c.children) or any(
        p.dep_ == "prep" and lemma(p) == "against" for p in comp.children)
    for c in cands:
        if c.pos_ != "NOUN":
            continue
        sense = noun_sense(c)
        if (sense is None or sense.type != "ASSAULT") and not (vowed and vowed_attack(c)):
            continue
        if lemma(c) == "strike" and c.tag_ == "NN" and not any(
                m.dep_ in ("compound", "amod") for m in c.children):
            continue  # "will not end the strike until ...": a walkout, not an air strike
        poss = next((p for p in c.children if p.dep_ == "poss"), None)
        if (poss is not None and lemma(poss) in _OWN_POSSESSIVES) or (poss is None
                                                                     and conditioned):
            return c
    return None


# Warnings of what befalls whoever acts ("whoever attacks us will pay a heavy price").
WARNING_REPORTERS = frozenset({"warn", "caution", "threaten", "vow", "declare", "say", "state",
                               "stress", "add", "insist", "tell", "announce", "promise", "pledge",
                               "swear"})
FREE_RELATIVES = frozenset({"whoever", "whomever", "anyone", "anybody", "those", "everyone",
                            "whichever"})
CONSEQUENCE_VERBS = frozenset({"pay", "face", "suffer", "regret", "receive", "meet", "bear",
                               "incur", "feel"})
CONSEQUENCE_NOUNS = frozenset({"price", "consequence", "fate", "punishment", "wrath", "response",
                               "retaliation", "retribution", "reprisal", "revenge", "cost",
                               "answer", "reaction", "blow"})


def anyone_who(subj: Token) -> bool:
    """Whether a subject names whoever would act: a clausal subject with "whoever" ("whoever
    fires at us"), or "anyone / those / any party" with a relative clause."""
    if subj.dep_ == "csubj":
        return any(lemma(c) in ("whoever", "whomever", "whichever") for c in subj.children)
    if lemma(subj) in FREE_RELATIVES and any(lemma(c) in BLAME_PREDICATES
                                             for c in subj.children if c.dep_ == "amod"):
        return True  # "those responsible will pay a heavy price"
    if not any(c.dep_ == "relcl" for c in subj.children):
        return False
    return lemma(subj) in FREE_RELATIVES or any(c.dep_ == "det" and lemma(c) == "any"
                                                 for c in subj.children)


def consequence(comp: Token, *, named: bool = False) -> bool:
    """Whether a clause promises a cost: "will pay a heavy price", "would face a crushing
    response", "will regret it". Said of a party by name (``named``), a price or cost must be
    a punishment: heavy, or for an act ("would pay the price for the crime"), not the price of
    goods ("consumers would pay a higher price for fuel")."""
    if lemma(comp) == "regret":
        return True
    if lemma(comp) not in CONSEQUENCE_VERBS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in DEAR_MANNERS for c in comp.children):
        return True  # "would pay dearly", "will suffer heavily for it"
    for c in comp.children:
        if c.dep_ in ("dobj", "obj") and lemma(comp) in ("face", "suffer", "risk") \
                and c.pos_ == "NOUN" and lemma(c) not in _CONTESTS \
                and (noun_sense(c) or _NO_SENSE).type in PENAL_TYPES:
            return True  # "must leave or face expulsion", "would face sanctions"
        if c.dep_ not in ("dobj", "obj") or lemma(c) not in CONSEQUENCE_NOUNS:
            continue
        if not named or lemma(c) not in ("price", "cost"):
            return True
        mods = {lemma(m) for m in c.children if m.dep_ == "amod"}
        fors = [g for p in (*c.children, *comp.children) if p.dep_ == "prep"
                and lemma(p) == "for" for g in p.children if g.dep_ == "pobj"]
        if mods & PUNISHING_WORDS or any(lemma(g) in NEGATIVE_WORDS or lemma(g) in CRIME_NOUNS
                                         or (g.pos_ == "NOUN" and noun_sense(g) is not None)
                                         for g in fors):
            return True
    return False


# Measures a party is told it will face ("or face expulsion", "would face sanctions", "risk
# arrest"): a cost promised, like a price.
PENAL_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT"})
_CONTESTS = frozenset({"battle", "fight", "fighting", "war", "challenge", "contest"})
_NO_SENSE = lx.Sense(lemma="", pos="N", type="", mode=None, weight=0.0)
# A cost told by its manner rather than a price ("would pay dearly", "will suffer heavily").
DEAR_MANNERS = frozenset({"dearly", "heavily", "bitterly", "severely"})
PUNISHING_WORDS = frozenset({"heavy", "high", "just", "dear", "steep", "painful", "severe",
                             "hefty", "full", "ultimate"})
CRIME_NOUNS = frozenset({"crime", "aggression", "assassination", "killing", "murder", "martyrdom",
                         "blood", "attack", "strike", "raid"})
# Labels that make a party a target: "will be treated as occupiers", "will be
# considered a legitimate target", "would be regarded as enemies".
HOSTILE_LABELS = frozenset({"occupier", "occupy", "occupying", "occupation", "invader",
                            "invade", "invading", "enemy", "hostile", "target", "aggressor"})
TREATING_VERBS = frozenset({"treat", "consider", "regard", "deem", "view"})


def hostile_treatment(comp: Token) -> bool:
    """Whether a future passive clause labels its subject a foe ("the foreign troops would be
    regarded as occupiers", "any convoy would be considered a legitimate target")."""
    if lemma(comp) not in TREATING_VERBS or not any(c.dep_ == "auxpass" for c in comp.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in comp.children):
        return False
    preds = [g for p in comp.children if p.dep_ == "prep" and lemma(p) == "as"
             for g in p.children if g.dep_ == "pobj"]
    preds += [c for c in comp.children if c.dep_ in ("oprd", "attr", "xcomp")]
    return any(set(judgement_words(p).values()) & HOSTILE_LABELS for p in preds)


_PARTY_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def answered_by_force(clause: Token) -> bool:
    """Whether a future passive clause promises its subject a forceful answer ("the aggression
    will be met with a response", "any attack would be answered with force")."""
    if lemma(clause) not in ("meet", "answer", "greet", "confront") \
            or not any(c.dep_ == "auxpass" for c in clause.children) \
            or not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children):
        return False
    return any(lemma(g) in CONSEQUENCE_NOUNS | {"force"} for p in clause.children
               if p.dep_ == "prep" and lemma(p) == "with" for g in p.children
               if g.dep_ == "pobj")


def threatened_party(clause: Token) -> Token | None:
    """The party a reported clause promises a foe's treatment or a punishment ("the American
    forces will be treated as occupiers", "the Israeli army would pay the price for the
    crime"): its subject, when it names a party and the clause is not negated; else None."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (named_party(subj) or _hostile_act(subj) is not None
                            or lemma(subj) in NEGATIVE_WORDS):
        return None
    if hostile_treatment(clause):
        return subj
    if answered_by_force(clause):  # "the American aggression will be met with a response"
        return subj
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children) \
            and consequence(clause, named=True):
        return subj
    return None


def named_party(subj: Token) -> bool:
    """Whether a subject names a party: a name, or a noun with a national or group modifier
    ("the American forces", "Israeli troops"); not the speaker itself nor people at large."""
    if subj.pos_ == "PRON":
        return False
    if subj.pos_ == "PROPN" or subj.ent_type_ in _PARTY_ENTS:
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in _PARTY_ENTS
                                                           or c.pos_ == "PROPN")
               for c in subj.children)


# Acts whose announcement by their own author is a threat.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})


# Reactions a summons is made for ("summoned the ambassador to protest ...").
REACTION_TYPES = frozenset({"PROTEST", "ACCUSE"})


def future_held(verb: Token) -> bool:
    """"will hold X responsible", "X will be held accountable": blame announced for acts to
    come, a warning to X rather than an accusation."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def held_acts(verb: Token) -> list[int]:
    """The act nouns blame is laid for ("responsible for any attack on ...")."""
    return [g.i for p in verb.subtree if p.dep_ == "prep" and lemma(p) == "for"
            and lemma(p.head) in BLAME_PREDICATES for g in p.children if g.dep_ == "pobj"]


# Verbs whose refusal, stated for the future, of a hostile act is a warning ("will not tolerate
# attacks on our forces", "cannot accept any aggression", "will not stand for strikes").
TOLERANCE_WARNING_VERBS = frozenset({"tolerate", "accept", "allow", "permit", "countenance",
                                     "condone", "stand"})
WARNING_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts one warns against
WARNING_WEIGHT = 0.8


def tolerance_warning(verb: Token) -> int | None:
    """The hostile act a refusal to tolerate warns against ("will not tolerate | attacks",
    "will not stand for | strikes"), as a token index, or None: the verb must be negated with a
    future or "can" auxiliary, and its object (or "for" object of "stand") an act of force."""
    if lemma(verb) not in TOLERANCE_WARNING_VERBS:
        return None
    if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "wo", "'ll", "can",
                                                 "ca", "could") for c in verb.children):
        return None
    if lemma(verb) == "stand":
        objs = [g for c in verb.children if c.dep_ == "prep" and lemma(c) == "for"
                for g in c.children if g.dep_ == "pobj"]
    else:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for o in objs:
        sense = noun_sense(o)
        if sense is not None and sense.type in WARNING_TYPES:
            return o.i
        if lemma(o) in FREE_RELATIVES and any(
                r.dep_ == "relcl" and any(s.type in lx.conflict_types()
                                          for s in lx.verb_senses(lemma(r)))
                for r in o.children):
            return o.i  # "would not tolerate anyone who targets our troops": whoever does
    return None


# Ultimatums: "gave X 48 hours to leave", "gave X until Friday to release them", "set a deadline
# for X to withdraw", "gave X an ultimatum": a threat to X (what X must do is demanded, not done).
ULTIMATUM_VERBS = frozenset({"give", "set", "issue", "grant", "hand", "deliver", "impose"})
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month"})
ULTIMATUM_WEIGHT = 0.8
# Acts a party may be given hours or days to do (besides any act of the lexicon).
COMPLIANCE_VERBS = frozenset({"leave", "comply", "vacate", "stop", "halt", "end", "disarm",
                              "hand", "evacuate", "depart", "quit", "answer", "respond"})


def ultimatum(verb: Token) -> tuple[Token | None, Token | None, tuple[int, ...]] | None:
    """(addressee, demanded clause, the time words) when ``verb`` gives someone a deadline:
    a deadline or ultimatum object, or ("give" only) a span of time ("48 hours", "a week") or
    "until <time>" with the act demanded ("to leave"); None otherwise (also negated: "did
    not set a deadline")."""
    low = lemma(verb)
    if low not in ULTIMATUM_VERBS or not is_verb(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    frames = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod", "dative")
              and lemma(c) in DEADLINE_NOUNS]
    spans: list[Token] = []
    if low == "give":
        spans = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod")
                 and lemma(c) in TIME_UNITS]
        spans += [g for c in verb.children if c.dep_ == "prep" and lemma(c) in ("until", "till")
                  for g in c.children if g.dep_ == "pobj"]
    if not frames and not spans:
        return None
    time_words = {t.i for t in (*frames, *spans)}
    clause = next((c for w in (verb, *frames, *spans) for c in w.subtree
                   if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and is_verb(c)
                   and c.head.i in {verb.i} | {t.i for t in w.subtree}
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if not frames and (clause is None or not (lx.verb_senses(lemma(clause))
                                              or lemma(clause) in COMPLIANCE_VERBS)):
        return None  # "gave the talks a week", "gave the panel a month to write its report"
    whom = next((c for c in verb.children if c.dep_ in ("dative", "dobj", "obj")
                 and c.i not in time_words and c.pos_ in ("NOUN", "PROPN")), None)
    if whom is None and clause is not None and any(m.dep_ == "mark" and lemma(m) == "for"
                                                   for m in clause.children):
        whom = next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
    if whom is None:  # "an ultimatum to X", "a deadline for X"
        whom = next((g for f in frames for p in f.children if p.dep_ == "prep"
                     and lemma(p) in ("to", "for") for g in p.children
                     if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                     and g.ent_type_ not in ("DATE", "TIME")), None)
    return whom, clause, tuple(sorted(time_words))


# Force not ruled out: "did not rule out a military response", "would not exclude strikes on
# X", "refused to rule out the use of force": the option kept open is a threat (CAMEO 13).
EXCLUDING_VERBS = frozenset({"rule", "exclude"})
OPTION_NOUNS = frozenset({"option", "use", "response", "action", "retaliation", "force"})


def unexcluded_force(verb: Token) -> int | None:
    """The act of force a negated "rule out"/"exclude" keeps open, as a token index, or None:
    the verb negated (or governed by a negated or refusing verb) and its object an act of
    force or a military option ("did not rule out new talks" is none)."""
    low = lemma(verb)
    if low not in EXCLUDING_VERBS or (low == "rule" and not any(
            c.dep_ == "prt" and lemma(c) == "out" for c in verb.children)):
        return None
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                  for c in verb.children) or (
        verb.dep_ == "xcomp" and lemma(verb.head) in ("refuse", "decline")) or (
        verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children))
    if not negated:
        return None
    for o in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        sense = noun_sense(o)
        if sense is not None and sense.type in FORCE_TYPES:
            return o.i
        if lemma(o) in OPTION_NOUNS and (lemma(o) != "use" or any(
                lemma(g) == "force" for g in o.subtree)) and (lemma(o) in (
                "response", "retaliation", "force", "use") or any(
                lemma(m) in ("military", "armed", "force") for m in o.subtree)):
            return o.i
    return None


# Options kept open: "all options are on the table", "the military option remains open",
# "nothing is off the table", "nothing is ruled out", "keeps every option on the table": force
# not excluded, a threat (CAMEO 13) whoever says it; options of peace ("all diplomatic options
# are on the table to settle the dispute") are none, nor are options denied ("is not on the
# table").
OPEN_OPTION_NOUNS = frozenset({"option", "choice", "possibility", "scenario"})
NOTHING_WORDS = frozenset({"nothing", "none"})
OPEN_WORDS = frozenset({"open", "available"})
KEEPING_VERBS = frozenset({"keep", "leave"})
OPTION_STATE_VERBS = frozenset({"be", "remain", "stay"})
FORCE_OPTION_WORDS = frozenset({"military", "armed", "force", "forceful", "kinetic"})
PEACEFUL_OPTION_WORDS = frozenset({"diplomatic", "peaceful", "political", "legal", "negotiated",
                                   "diplomacy", "dialogue", "legislative", "judicial"})
PEACE_NOUNS = frozenset({"deal", "agreement", "settlement", "talk", "negotiation", "solution",
                         "compromise", "peace", "truce", "ceasefire", "accord", "understanding"})
PEACEFUL_AIMS = frozenset({"settle", "resolve", "solve", "defuse", "ease", "end", "help",
                           "improve", "restore", "mend", "repair", "reach", "secure", "negotiate",
                           "calm", "reduce", "fix", "address"})


def _table(words: list[Token], prep: str) -> bool:
    """Whether one of ``words`` has "<prep> the table" ("on the table", "off the table")."""
    return any(p.dep_ == "prep" and lemma(p) == prep and any(
        g.dep_ == "pobj" and lemma(g) == "table" for g in p.children)
        for w in words for p in w.children)


def _forceful_options(noun: Token) -> bool:
    """"all options", "every option", "the military option": not peaceful ones."""
    if lemma(noun) not in OPEN_OPTION_NOUNS:
        return False
    mods = {lemma(c) for c in noun.subtree if c.i != noun.i}
    if mods & PEACEFUL_OPTION_WORDS:
        return False
    return bool(mods & FORCE_OPTION_WORDS) or any(
        c.dep_ in ("det", "predet", "amod") and lemma(c) in ("all", "every", "any")
        for c in noun.children)


def options_open(clause: Token) -> int | None:
    """The option word a clause keeps open, as a token index, or None: "all options are (remain)
    on the table / open", "nothing is off the table", "nothing is excluded / ruled out", "keeps
    all options open / on the table"; not negated, nor aimed at settling something ("to resolve
    the dispute")."""
    if not is_verb(clause) or any(c.dep_ == "neg" for c in clause.children):
        return None
    if any(c.dep_ in ("advcl", "xcomp", "acl") and lemma(c) in PEACEFUL_AIMS
           for w in (clause, *clause.children) for c in w.children) or any(
            lemma(w) in PEACEFUL_OPTION_WORDS or (w.pos_ == "NOUN" and lemma(w) in PEACE_NOUNS)
            for w in clause.subtree):
        return None  # "... to settle the dispute", "all options open for a deal with X"
    low = lemma(clause)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if low in OPTION_STATE_VERBS and subj is not None:
        if _forceful_options(subj) and (_table([clause, subj], "on") or any(
                c.dep_ in ("acomp", "attr") and lemma(c) in OPEN_WORDS
                for c in clause.children)):
            return subj.i
        if lemma(subj) in NOTHING_WORDS and _table([clause, subj], "off"):
            return subj.i
    if low in EXCLUDING_VERBS and subj is not None and subj.dep_ == "nsubjpass" \
            and lemma(subj) in NOTHING_WORDS and (low == "exclude" or any(
                c.dep_ == "prt" and lemma(c) == "out" for c in clause.children)):
        return subj.i
    if low in KEEPING_VERBS:
        for o in (c for c in clause.children if c.dep_ in ("dobj", "obj")):
            if _forceful_options(o) and (_table([clause, o], "on") or any(
                    c.dep_ in ("amod", "oprd", "acomp", "ccomp", "xcomp")
                    and lemma(c) in OPEN_WORDS for w in (clause, o) for c in w.children)):
                return o.i
    return None


def options_targets(clause: Token) -> list[Token]:
    """Whom options kept open are aimed at: "(all options are on the table) against / toward /
    regarding X", "to deal with X", "said of strikes on X"; the tokens, actor-like or not."""
    out: list[Token] = []
    for w in clause.subtree:
        if w.dep_ == "prep" and lemma(w) in ("against", "toward", "towards", "regarding",
                                             "concerning", "with") \
                or (w.dep_ == "prep" and lemma(w) == "on" and lemma(w.head) != "table"
                    and w.head.pos_ == "NOUN"):
            out += [g for g in w.children if g.dep_ == "pobj" and lemma(g) != "table"]
    if clause.dep_ == "ccomp":  # '"Nothing is excluded," X said of strikes on Y'
        for p in clause.head.children:
            if p.dep_ == "prep" and lemma(p) in ("of", "about", "regarding", "on"):
                for g in p.children:
                    if g.dep_ != "pobj":
                        continue
                    out.append(g)
                    out += [h for q in g.children if q.dep_ == "prep"
                            and lemma(q) in ("on", "against") for h in q.children
                            if h.dep_ == "pobj"]
    return out


# Readiness to answer by force: "will not hesitate to retaliate", "reserves the (legal) right to
# respond to the attacks", "would not hesitate to use its right to confront any aggression".
FORCE_RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "confront", "avenge",
                                  "answer", "strike", "hit", "attack", "target", "punish",
                                  "deter", "repel", "defend", "act"})
READINESS_VERBS = frozenset({"hesitate", "reserve", "retain"})
_USE_VERBS = frozenset({"use", "exercise", "invoke"})


def readied_response(verb: Token) -> int | None:
    """The response verb a readiness to answer by force announces ("will not hesitate | to
    respond", "reserves the right | to retaliate"), as a token index, or None: "hesitate" must
    be negated ("did not hesitate to sign" is no threat: its verb is no response)."""
    low = lemma(verb)
    if low not in READINESS_VERBS or not is_verb(verb):
        return None
    if low == "hesitate":
        if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                   for c in verb.children):
            return None
        act = _to_clause(verb, ("xcomp", "advcl"))
    else:
        act = _right_to(verb)
    if act is not None and lemma(act) in _USE_VERBS:  # "use its right to confront"
        act = _right_to(act) or act
    if act is None:
        return None
    if lemma(act) == "act":  # "will not hesitate to act", not "did not hesitate to act"
        return act.i if low != "hesitate" or _announced(verb) else None
    if lemma(act) in FORCE_RESPONSE_VERBS or (low == "hesitate" and _announced(verb)
                                              and generic_measure(act)):
        return act.i
    return None


# A party's own answer by force, announced: "vowed to respond", "pledged to hit back", "said it
# would react firmly to any aggression". The verbs of answering say nothing hostile alone
# ("respond to the questions", "react positively to the proposal"), so the answer must be
# aimed at an act of force or at no one named, and not be a kind or positive one.
ANSWER_BY_FORCE = frozenset({"respond", "react", "retaliate", "avenge"})
STRIKE_BACK_VERBS = frozenset({"hit", "strike", "fight"})  # with "back"
_KIND_MANNERS = frozenset({"positively", "favourably", "favorably", "constructively",
                           "kindly", "soon", "shortly", "later", "quickly", "promptly",
                           "formally", "officially", "publicly", "diplomatically",
                           "politically", "legally", "calmly", "wisely", "appropriately"})


def answer_by_force(act: Token) -> bool:
    """Whether ``act`` is an answer by force: a verb of answering aimed at no one named or at an
    act of force ("respond to the strike", "react to any aggression"), or struck back; not a
    reply to a request ("respond to the questions") nor a kind one ("react positively")."""
    low = lemma(act)
    if low in STRIKE_BACK_VERBS:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in act.children)
    if low not in ANSWER_BY_FORCE or any(c.dep_ == "neg" for c in act.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _KIND_MANNERS for c in act.children):
        return False
    if answered_requests(act):
        return False
    for c in act.children:
        if c.dep_ == "prep" and lemma(c) == "to":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            return bool(objs) and all(noun_sense(g) is not None and lemma(g) not in REQUEST_NOUNS
                                      and g.pos_ == "NOUN" for g in objs)
        if c.dep_ in ("dobj", "obj") and low in ("respond", "react"):
            return False
    return True


# Unnamed measures a party readies itself to take: "will not hesitate to take (all necessary)
# action / measures / steps", "to do whatever it takes", "to adopt firm measures".
MEASURE_VERBS = frozenset({"take", "adopt", "do"})
MEASURE_NOUNS = frozenset({"action", "measure", "step", "whatever", "everything", "what"})


def _announced(verb: Token) -> bool:
    """Whether a verb is stated for the future ("will not hesitate"), not told as done."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def generic_measure(act: Token) -> bool:
    """Whether ``act`` takes an unnamed measure ("take further action", "do whatever is
    necessary"), not one done for someone ("take steps to help the refugees")."""
    if lemma(act) not in MEASURE_VERBS:
        return False
    for c in act.children:
        if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass")
                                     and lemma(g) in MEASURE_NOUNS for g in c.children):
            return True  # "do whatever is necessary (to defend itself)"
        if c.dep_ in ("dobj", "obj") and lemma(c) in MEASURE_NOUNS:
            helps = [v for v in (*c.children, *act.children)
                     if v.dep_ in ("acl", "advcl", "relcl") and is_verb(v)]
            if any(s.type not in lx.conflict_types() for v in helps
                   for s in lx.verb_senses(lemma(v))):
                return False  # "take steps to help X": a measure for someone
            return True
    return False


def _right_to(verb: Token) -> Token | None:
    """The act a verb's object "right" is to ("reserve the right | to respond"), or None."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and lemma(c) == "right":
            return _to_clause(c, ("acl", "relcl", "xcomp"))
    return None


# Contact verbs whose purpose clause names what the contact conveyed: "phoned X to congratulate
# him", "visited X to offer condolences", "called X to protest the arrests".
# Contacts made only to say something: the call carries what it was made to say.
CALLING_VERBS = frozenset({"call", "phone", "telephone", "ring"})
VOICED_PURPOSES = frozenset({"SUPPORT"})


def _voiced_purpose(clause: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
                    ) -> bool:
    """Whether ``clause`` is a "to" clause of purpose that voices support ("to express his
    support", "to congratulate him", "to offer his condolences")."""
    if clause.dep_ not in ("advcl", "xcomp") or not any(
            m.dep_ == "aux" and m.lower_ == "to" for m in clause.children):
        return False
    if clause.i in verb_hits:
        return verb_hits[clause.i][0].type in VOICED_PURPOSES
    return lx.is_light(lemma(clause)) and any(
        o.dep_ in OBJ_DEPS and (noun_sense(o) or _NO_SENSE).type in VOICED_PURPOSES
        for o in clause.children)


CONTACT_VERBS = frozenset({"call", "phone", "telephone", "meet", "visit", "write", "receive"})


def contact_of(verb: Token) -> Token | None:
    """The contact verb whose purpose clause ``verb`` is ("called X | to congratulate him"),
    or None."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    return head if head.i != verb.i and lemma(head) in CONTACT_VERBS and is_verb(head) else None


# Predicates of blame: "holds X responsible for", "held X accountable", "found X guilty of".
BLAME_PREDICATES = frozenset({"responsible", "accountable", "liable", "culpable", "guilty"})
# Promises made to another party, which are never threats: "offered to send troops to help
# X" is an offer of help (AGREE), where "vowed to send troops" announces force.
OFFER_VERBS = frozenset({"offer", "volunteer"})
# Cooperative acts a refusal undoes ("cancelled the visit"): the refusal is the only event.
UNDONE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT"})
# Nouns of an undertaking that an event noun names ("a mediation effort", "a relief
# operation"): the undertaking's light verb gives the event its actor.
EFFORT_NOUNS = frozenset({"effort", "operation", "mission", "initiative", "campaign", "bid",
                          "drive"})
# "responded with airstrikes", "retaliated with a drone attack": the act is the noun.
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit"})


def _answering_weapon(tok: Token) -> lx.Sense | None:
    """"responded with a barrage of rockets", "retaliated with missiles": the weapons a party
    answers with are its attack (an ASSAULT sense for the noun), as its act nouns are
    ("responded with airstrikes"); None for anything else ("responded with a statement")."""
    if response_verb(tok) is None or weapon_head(tok) is None:
        return None
    return lx.Sense(lemma=lemma(tok), pos="N", type="ASSAULT", mode=None, weight=IMPACT_WEIGHT)


def response_verb(tok: Token) -> Token | None:
    """The verb of answering whose "with" object ``tok`` is ("responded with rockets"), also
    where the parser hung the "with" on the act answered ("responded to the raid | with
    missiles"); else None."""
    h = tok.head
    if tok.dep_ != "pobj" or lemma(h) != "with":
        return None
    verb = h.head
    if is_noun(verb) and verb.dep_ == "pobj" and lemma(verb.head) in ("to", "for"):
        verb = verb.head.head
    return verb if is_verb(verb) and lemma(verb) in RESPONSE_VERBS else None
# "claimed / took / assumed responsibility for the attack".
CLAIM_VERBS = frozenset({"claim", "take", "assume", "accept", "bear", "admit"})
# "called the raid an act of aggression", "described the move as reckless": the speaker judges.
NAMING_VERBS = frozenset({"call", "label", "brand", "describe", "term", "dub", "characterize",
                          "characterise", "name"})
# Judgements that accuse ("called the raid an act of aggression", "branded the move reckless").
NEGATIVE_WORDS = frozenset({
    "aggression", "violation", "crime", "terror", "terrorism", "terrorist", "reckless",
    "dangerous", "provocative", "provocation", "unacceptable", "illegal", "unlawful", "breach",
    "escalation", "interference", "meddling", "hostile", "irresponsible", "cowardly", "criminal",
    "heinous", "blatant", "flagrant", "outrageous", "barbaric", "occupation", "invasion",
    "mistake", "failure", "disgrace", "shameful", "destabilizing", "destabilising",
    "infringement", "encroachment", "transgression", "attack", "assault", "massacre",
    "aggressive", "illegitimate", "unjustified", "baseless", "false", "lie", "propaganda",
    "threat", "violence", "violent", "sabotage", "piracy", "hypocrisy", "hypocritical",
    "captor", "kidnapper", "abductor", "perpetrator", "culprit", "attacker", "mastermind",
    "responsible", "sponsor", "stupid", "foolish", "idiot", "fool", "incompetent", "liar",
    "corrupt", "disgraceful", "pathetic", "ridiculous", "absurd", "unconstitutional",
    "irrational", "hostage", "puppet", "traitor", "thug", "enemy", "coward",
    "betrayal", "treason", "treachery", "conspiracy", "insult", "outrage", "atrocity", "blunder",
    "farce", "scandal", "sellout", "cowardice", "unprovoked", "unwarranted", "brutal", "savage",
    "inhumane", "intolerable", "deplorable", "despicable", "abhorrent",
})
# Judgements that praise rather than accuse ("called the talks constructive").
POSITIVE_WORDS = frozenset({"success", "successful", "positive", "constructive", "productive",
                            "fruitful", "important", "historic", "good", "great", "excellent",
                            "welcome", "achievement", "milestone", "breakthrough", "friend",
                            "partner", "ally", "victory", "step", "model", "essential"})
# "declined to comment", "refused to elaborate": no refusal of anything.
_NON_ANSWERS = frozenset({"comment", "elaborate", "discuss", "speak", "answer", "respond",
                          "specify", "identify", "name", "disclose", "confirm", "deny",
                          "reveal", "detail", "talk"})


# Verbs of impact whose subject is a weapon or an attack ("a drone hit the convoy", "rockets
# slammed into the base", "shells rained down on the village", "the blast rocked the
# compound"): an attack on what is hit, whoever fired (the story may say).
IMPACT_VERBS = frozenset({"hit", "strike", "slam", "crash", "smash", "land", "rain", "fall",
                          "pound", "target", "rock", "plough", "plow", "tear", "struck"})
IMPACT_PREPS = frozenset({"into", "on", "onto", "upon", "in", "at", "inside"})
IMPACT_WEIGHT = 0.8


def noun_lemma(tok: Token, vocabulary: frozenset[str]) -> str:
    """The common-noun lemma of ``tok`` even where the parser read a capitalised common noun as
    a name ("Rockets slammed into…", "Dozens of drones…" at a sentence's start, title-case
    headlines): the lower-cased form, singular when that is the word ``vocabulary`` knows."""
    base = lemma(tok)
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or base in vocabulary:
        return base
    low = tok.text.lower()
    for cand in (low, low[:-1] if low.endswith("s") else low,
                 low[:-2] if low.endswith("es") else low):
        if cand in vocabulary:
            return cand
    return base


_COUNTING = CONTAINER_NOUNS | {"score", "thousand"}  # "scores of", "thousands of"


def weapon_head(tok: Token) -> Token | None:
    """The weapon ``tok`` names, directly ("rockets") or through a noun that only counts or
    frames it ("a barrage of rockets", "a swarm of drones", "dozens of missiles"); else None."""
    weapons = active().weapon_nouns
    if noun_lemma(tok, weapons) in weapons:
        return tok
    if noun_lemma(tok, _COUNTING) in _COUNTING or tok.like_num:
        for c in tok.children:
            if c.dep_ == "prep" and lemma(c) == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and noun_lemma(g, weapons) in weapons:
                        return g
    return None


def weapon_impact(verb: Token) -> bool:
    """Whether ``verb`` tells a weapon or an attack hitting something: a verb of impact whose
    subject is a weapon noun (rule data), directly or through a counting noun ("a barrage of
    rockets"), with an object or a place it went into; not negated."""
    if lemma(verb) not in IMPACT_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or weapon_head(subj) is None:
        return False
    objs = set(_object_words(verb))
    parts = _particles(verb)
    if any(s.noobj & objs for s in lx.verb_senses(lemma(verb)) if s.prt is None or s.prt in parts):
        return False  # "the strike hit the economy": no target of force (a phrasal sense's
        # exclusions only where its particle is there: "hit back")
    return any(c.dep_ in ("dobj", "obj") for c in verb.children) or any(
        c.dep_ == "prep" and lemma(c) in IMPACT_PREPS or c.dep_ == "prt"
        for c in verb.children)


# Material acts whose required object is what they damage ("burned the portraits of X",
# "swarmed the consulate", "smashed through the gate"), not a word of the predicate: such an
# object stays the target unless it names an act itself ("set fire to", "forced their way").
PATIENT_OBJECT_VERBS = frozenset({"burn", "torch", "set", "smash", "swarm", "breach", "force",
                                  "trample", "stamp", "step", "tear", "deface", "desecrate"})
PREDICATE_OBJECTS = frozenset({"fire", "blaze", "flame", "ablaze", "alight", "way"})


def _predicate_objects(sense: lx.Sense, used: tuple[int, ...], doc: Doc) -> tuple[int, ...]:
    """The objects a sense consumes as part of its predicate: all of them, except the damaged
    thing of a material act (see PATIENT_OBJECT_VERBS), which is its patient."""
    if sense.type not in ("ASSAULT", "PROTEST") or sense.lemma not in PATIENT_OBJECT_VERBS:
        return used
    return tuple(i for i in used if lemma(doc[i]) in PREDICATE_OBJECTS
                 or noun_sense(doc[i]) is not None)


def _noun_carries(verb: Token, sense: lx.Sense) -> bool:
    """Whether a light verb whose own sense is only a generic agreement ("offer", "approve")
    hands the event to its object noun of another type ("offered criticism of X")."""
    if sense.type != "AGREE" or sense.obj or not lx.is_light(lemma(verb)):
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and is_noun(c):
            s = noun_sense(c)
            if s is not None and s.type != "AGREE":
                return True
    return False


def insisted_fact(verb: Token) -> bool:
    """Whether "insist" states a fact rather than a demand: its clause is indicative, past or
    with a tense auxiliary ("insist that only civilians lived there", "insisted that the base
    had been empty"), not a subjunctive ("insisted that the troops leave")."""
    if lemma(verb) != "insist":
        return False
    for c in verb.children:
        if c.dep_ == "ccomp" and is_verb(c):
            aux = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
            return c.tag_ in ("VBD", "VBZ") or bool(aux & {"had", "has", "have", "was", "were",
                                                          "is", "are", "did", "does"}) or (
                c.tag_ == "VBN" and bool(aux))
    return False


def peaceful_answer(used: tuple[int, ...], doc: Doc) -> bool:
    """Whether the response a vow or promise names answers something that is no hostile act
    ("a response to the proposal / the letter / their questions"); a response to an act of
    conflict, or to nothing named, may be a threat."""
    for i in used:
        if lemma(doc[i]) not in ("response", "answer", "reply"):
            continue
        for p in doc[i].children:
            if p.dep_ == "prep" and lemma(p) in ("to", "for"):
                for g in p.children:
                    if g.dep_ != "pobj":
                        continue
                    sense = noun_sense(g) if g.pos_ == "NOUN" else None
                    if sense is None or sense.type not in lx.conflict_types():
                        return True
    return False


# What a person may deny of himself that is no refusal of anyone: a plan to resign, an illness.
_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
_DENIED_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "ACCUSE",
                               "PROTEST", "REJECT", "CONSULT", "COOPERATE", "AGREE", "AID",
                               "SUPPORT", "REQUEST"})


def personal_denial(verb: Token) -> bool:
    """Whether a denial ("denied that he planned to resign", "denies she is ill") is about
    the speaker alone: no object, a reported clause whose subject is "he"/"she"/"I", and no act
    between parties in it ("denied that he ordered the strike" is a denial of a charge)."""
    if lemma(verb) not in ("deny",) or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and is_verb(c)), None)
    if comp is None or not any(c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS
                               and lemma(c) in _PERSON_PRONOUNS for c in comp.children):
        return False
    for t in comp.subtree:
        senses = lx.verb_senses(lemma(t)) if is_verb(t) else ()
        if any(s.type in _DENIED_ACT_TYPES for s in senses):
            return False
        if t.pos_ == "NOUN":
            sense = noun_sense(t)
            if sense is not None and sense.type in _DENIED_ACT_TYPES:
                return False
    return True


def _denied_claim(verb: Token) -> bool:
    """"No group has claimed responsibility", "did not claim": nobody claimed the act."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ in SUBJ_DEPS and any(d.dep_ == "det" and lemma(d) == "no"
                                           for d in c.children) or lemma(c) in ("nobody", "none")
               for c in verb.children)


# "refused to answer a request sent by X", "declined to answer X's questions": a refusal of
# what X asked, not a "no comment".
ANSWER_VERBS = frozenset({"respond", "answer", "reply", "comply", "heed", "honour", "honor",
                          "meet", "grant"})
REQUEST_NOUNS = frozenset({"request", "demand", "question", "appeal", "plea", "call",
                           "summons", "query", "subpoena", "ultimatum", "order", "petition"})


def answered_requests(comp: Token) -> list[Token]:
    """The request nouns a verb of answering takes ("respond to | a request", "answer |
    questions"), or []."""
    if lemma(comp) not in ANSWER_VERBS:
        return []
    objs = [c for c in comp.children if c.dep_ in ("dobj", "obj")]
    objs += [g for c in comp.children if c.dep_ == "prep" and lemma(c) in ("to", "with")
             for g in c.children if g.dep_ == "pobj"]
    return [o for o in objs if lemma(o) in REQUEST_NOUNS]


def _non_answer(comp: Token) -> bool:
    """"declined to comment", "refused to say", "declined to give details": no refusal."""
    low = lemma(comp)
    return low in _NON_ANSWERS or low in active().speech_verbs or (
        low in _GIVING_VERBS and any(c.dep_ in ("dobj", "obj") and lemma(c) in _WITHHELD
                                     for c in comp.children))


# "declined to give details", "refused to provide further information": no answer given.
_GIVING_VERBS = frozenset({"give", "provide", "offer", "share", "release", "disclose"})
_WITHHELD = frozenset({"detail", "comment", "information", "specific", "specifics", "figure",
                       "name", "timeline", "elaboration"})


def _label(tok: Token) -> Token | None:
    """The predicate a naming verb gives its object ("called the raid | an act of aggression",
    "described the move | as reckless"), or None."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and any(c.dep_ == "prep" and lemma(c) in ("as", "among")
                           for c in tok.children):  # "named Qais al-Khazali as ...", parsed
        obj = next((c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    if obj is None or obj.tag_ in ("WP", "WDT") or lemma(obj) in ("what", "which", "that"):
        return None  # "what he described as ...": the judgement is quoted, its object unknown
    pred = next((c for c in tok.children if c.i > obj.i and c.dep_ != obj.dep_ and (
        c.dep_ in ("oprd", "attr", "acomp") or (c.dep_ in ("ccomp", "xcomp")
                                               and c.pos_ in ("NOUN", "ADJ")))), None)
    if pred is None:  # "branded the strikes a violation": the label parsed as a second object
        pred = next((c for c in tok.children if c.i > obj.i and c.dep_ == "dobj"
                     and c.pos_ == "NOUN" and any(d.dep_ == "det" and lemma(d) in _INDEFINITE
                                                  for d in c.children)), None)
    if pred is None:  # "as" on the verb, or on its object ("named the militia as captors");
        # "among" ("named X among the men who led the assault")
        as_ = next((c for c in (*tok.children, *obj.children)
                    if c.dep_ == "prep" and lemma(c) in ("as", "among")), None)
        pred = next((g for g in as_.children if g.dep_ in ("pobj", "pcomp", "amod", "acomp")),
                    None) if as_ is not None else None
    if pred is None or (pred.pos_ not in ("NOUN", "ADJ", "PROPN")
                        and lemma(pred) not in ("one", "those")  # "as one of the organisers"
                        and not (pred.dep_ == "oprd" and pred.pos_ == "VERB")):  # "fabricated"
        return None
    return pred


def named_false(tok: Token) -> int | None:
    """The claim a naming verb labels false ("called the American report fabricated",
    "described the accusations as lies"), as a token index, or None: a dismissal of whoever
    made it, not an accusation."""
    if lemma(tok) not in NAMING_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or lemma(obj) not in CLAIM_NOUNS:
        return None
    pred = _label(tok)
    if pred is None:
        return None
    words = set(judgement_words(pred).values()) | {lemma(pred), pred.lower_} | {
        w for c in pred.children if c.dep_ == "conj" for w in (lemma(c), c.lower_)}
    return obj.i if words & FALSE_WORDS else None


# Verbs that lay a hostile act on a party in a reported clause ("alleged that X had shelled the
# villages", "charged that X's forces struck the camp"): an accusation of X.
ALLEGING_VERBS = frozenset({"allege", "charge"})


def alleged_culprit(tok: Token) -> tuple[int, int] | None:
    """(culprit, act) when ``tok`` is a reported clause, under an alleging verb, whose named
    subject did a hostile act ("alleged that government forces had used gas" aside: no act of
    the lexicon); None otherwise (also when either verb is negated)."""
    if tok.dep_ != "ccomp" or lemma(tok.head) not in ALLEGING_VERBS or not is_verb(tok) \
            or any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not named_party(subj):
        return None
    hit = verb_sense(tok)
    if hit is None or hit[0].type not in CULPRIT_ACTS:
        return None
    return subj.i, tok.i


# A directive told to an addressee ("told the police to keep away from X") and a decision a body
# votes ("voted to expel the foreign forces", "voted to kick X out") ask for the act: neither verb
# is an event on its own ("told reporters", "voted on Monday").
DIRECTIVE_WEIGHT = 0.75


# Duties a party is said to expect of another ("expects Baghdad to honour its commitments"): an
# expectation of compliance is a demand; one of anything else is a forecast ("analysts expect
# Iran to retaliate", "expects the talks to end soon").
EXPECTED_DUTIES = frozenset({"meet", "honour", "honor", "fulfil", "fulfill", "respect", "abide",
                             "comply", "uphold", "implement", "protect", "prevent", "bar", "stop",
                             "hand", "extradite", "arrest", "prosecute", "punish", "rein", "curb",
                             "cooperate", "live", "guarantee", "ensure", "shoulder"})


def expected_duty(tok: Token) -> bool:
    """"X expects Y to V" with V a duty (:data:`EXPECTED_DUTIES`) and X and Y parties."""
    if lemma(tok) != "expect" or any(c.dep_ in ("auxpass", "neg") for c in tok.children):
        return False
    duty = _to_clause(tok, ("xcomp", "ccomp"))
    subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
    whom = next((c for c in (duty.children if duty is not None else ())
                 if c.dep_ in SUBJ_DEPS), None) or next(
        (c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    return duty is not None and lemma(duty) in EXPECTED_DUTIES and subj is not None \
        and whom is not None and named_party(subj) and _party_or_of_party(whom)


def _party_or_of_party(tok: Token) -> bool:
    """A named party, or a body of one ("the government of Iraq", "the officials of X")."""
    return named_party(tok) or any(named_party(g) for p in tok.children
                                   if p.dep_ == "prep" and lemma(p) == "of"
                                   for g in p.children if g.dep_ == "pobj")


# Participles that tell what someone or something is, as a modifier of its noun ("a contractor
# working with the coalition", "any base hosting Americans", "young men defending their
# streets", "soldiers serving with the mission"): a role, no act of cooperation, visit or
# support.
DESCRIBING_PARTICIPLES = frozenset({"work", "host", "defend", "serve", "house", "employ"})


def described_role(tok: Token) -> bool:
    """A participle of :data:`DESCRIBING_PARTICIPLES` modifying a noun ("a contractor working
    with X"), not a clause of its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma(tok) in DESCRIBING_PARTICIPLES \
        and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def directive_sense(tok: Token) -> tuple[lx.Sense, tuple[int, ...]] | None:
    """A REQUEST sense for "tell X to V" (X not the press), "vote to V" and "X expects Y to V"
    (a duty: :func:`expected_duty`), or None."""
    low = lemma(tok)
    if low == "expect" and is_verb(tok) and expected_duty(tok):
        return lx.Sense(lemma=low, pos="V", type="REQUEST", mode="demand",
                        weight=DIRECTIVE_WEIGHT), ()
    if low not in ("tell", "vote") or not is_verb(tok):
        return None
    if _to_clause(tok, ("xcomp", "advcl") if low == "vote" else ("xcomp",)) is None:
        return None
    if low == "tell" and not any(c.dep_ in ("dobj", "dative") and lemma(c) not in _HEARERS
                                 and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return None
    return lx.Sense(lemma=low, pos="V", type="REQUEST", mode="demand",
                    weight=DIRECTIVE_WEIGHT), ()


# "said no to the proposal", "says no to new talks": a refusal of what "to" names (REJECT).
SAID_NO_WEIGHT = 0.8


def said_no(tok: Token) -> tuple[lx.Sense, tuple[int, ...]] | None:
    """A REJECT sense for "say no (to X)": the word "no" right after the verb, as its object
    or interjection (not "said no one was hurt", where "no" is a determiner)."""
    if lemma(tok) != "say" or not is_verb(tok) or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ != "no" or nxt.head.i != tok.i or nxt.dep_ not in ("intj", "dobj", "obj",
                                                                      "npadvmod", "advmod"):
        return None
    return lx.Sense(lemma="say", pos="V", type="REJECT", mode="proposal",
                    weight=SAID_NO_WEIGHT), ()


FLAT_LABEL_WINDOW = 6
_INDEFINITE = frozenset({"a", "an"})


def flat_label(tok: Token) -> int | None:
    """The judgement word of "X calls <act> a crime" when the parse does not see the label
    (headlines drop articles: "Barzani calls Iranian strike a crime"): within a few words after
    a present-tense "call", an indefinite noun (or a final adjective) that condemns; None for
    a call on / for someone, a call to do something, or a judgement farther away."""
    if lemma(tok) != "call" or tok.tag_ != "VBZ" or _label(tok) is not None:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or lemma(nxt) in ("on", "upon", "for", "off", "in", "back", "to"):
        return None
    end = min(tok.sent.end, tok.i + 2 + FLAT_LABEL_WINDOW)
    for j in range(tok.i + 2, end):
        w = tok.doc[j]
        if w.is_punct or lemma(w) in ("to", "and", "after", "for", "on"):
            return None
        last = j + 1 == tok.sent.end or tok.doc[j + 1].is_punct
        if lemma(w) in NEGATIVE_WORDS and lemma(w) not in ("attack", "assault", "threat") and (
                lemma(tok.doc[j - 1]) in _INDEFINITE or (w.pos_ == "ADJ" and last)):
            return j
    return None


VICTIM_PREPS = frozenset({"against", "on", "upon", "to", "toward", "towards"})


def label_victims(tok: Token) -> list[tuple[int, int]]:
    """Character spans of whom a judgement says an act was done to ("called the attack a crime
    | against the Kurdish people", "described the raid as an assault | on Iraqi sovereignty"):
    the victims of the act judged, never the accused."""
    if lemma(tok) not in NAMING_VERBS:
        return []
    pred = _label(tok)
    if pred is None:
        return []
    return [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))
            for p in pred.subtree if p.dep_ == "prep" and lemma(p) in VICTIM_PREPS
            for g in p.children if g.dep_ == "pobj"]


def labelled(tok: Token) -> bool:
    """Whether a naming verb gives its object a label ("called the envoy a stupid guy")."""
    return lemma(tok) in NAMING_VERBS and _label(tok) is not None


def naming_sense(tok: Token) -> tuple[lx.Sense, tuple[int, ...]] | None:
    """"called the raid an act of aggression", "branded the decision reckless", "described
    the strike as a violation": an object and a judgement of it make an accusation (or praise
    for a positive judgement), not a phone call."""
    if lemma(tok) not in NAMING_VERBS:
        return None
    pred = _label(tok)
    if pred is None:
        if flat_label(tok) is not None:
            return lx.Sense(lemma=lemma(tok), pos="V", type="ACCUSE", mode="disapprove",
                            weight=0.8), ()
        return None
    words = set(judgement_words(pred).values())
    if words & NEGATIVE_WORDS:  # (an aim of harm reads as "sabotage")
        return lx.Sense(lemma=lemma(tok), pos="V", type="ACCUSE", mode="disapprove", weight=0.85), ()
    if words & POSITIVE_WORDS:
        return lx.Sense(lemma=lemma(tok), pos="V", type="SUPPORT", mode="praise", weight=0.7), ()
    if perpetrators(pred):  # "named X among the men who led the assault on the embassy"
        return lx.Sense(lemma=lemma(tok), pos="V", type="ACCUSE", mode="allege", weight=0.8), ()
    return None  # a neutral description ("described the operation as an effort")


# Nouns for the authors of an act ("the organisers of the attack").
AGENT_NOUNS = frozenset({"organiser", "organizer", "planner", "perpetrator", "leader",
                         "mastermind", "architect", "instigator", "ringleader", "plotter",
                         "commander", "author", "orchestrator", "financier", "executor"})


def perpetrators(pred: Token) -> bool:
    """Whether a label names the authors of a hostile act: people whose relative clause does
    the act ("the men who led the assault", "those who ordered the strikes") or agent nouns of
    it ("one of the organisers of the attack"); not a body that only deals with it ("head of
    the committee investigating the attack")."""
    heads = [pred] + [g for p in pred.children if p.dep_ == "prep" and lemma(p) == "of"
                      and lemma(pred) in ("one", "some", "all", "several", "two", "three")
                      for g in p.children if g.dep_ == "pobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "relcl" and any(s.lower_ in ("who", "that") and s.dep_ == "nsubj"
                                         for s in c.children):
                hit = verb_sense(c)
                if hit is not None and hit[0].type in CULPRIT_ACTS:
                    return True
                if any(o.dep_ == "dobj" and _hostile_act(o) is not None for o in c.children):
                    return True
            if c.dep_ == "prep" and lemma(c) == "of" and lemma(h) in AGENT_NOUNS:
                if any(g.dep_ == "pobj" and _hostile_act(g) is not None for g in c.children):
                    return True
    return False


# "the strike amounted to aggression", "the raid was a violation of our sovereignty", "this
# constitutes interference": a reported judgement of an act accuses whoever did it.
JUDGING_VERBS = frozenset({"be", "amount", "constitute", "represent"})
# Subjects that name an act (besides the event nouns of the lexicon).
JUDGED_NOUNS = frozenset({"incident", "move", "decision", "act", "action", "step", "law", "bill",
                          "policy", "behaviour", "behavior", "conduct", "this", "that", "it",
                          "measure", "operation", "interference", "statement", "remark"})
JUDGEMENT_WEIGHT = 0.8


# "X was behind the attack", "X was responsible for the strike", "X was involved in planning
# attacks": a report naming who did a hostile act accuses them.
CULPRIT_WORDS = frozenset({"responsible", "involved", "complicit", "culpable", "implicated"})
CULPRIT_ACTS = frozenset({"ASSAULT", "COERCE"})
CULPRIT_WEIGHT = 0.8


def culprit_of(tok: Token) -> tuple[int, int] | None:
    """(culprit, act) when ``tok`` says that its subject did a hostile act: a copula with
    "behind the attack" or "responsible for / involved in the attack", or the passive "was
    involved / implicated in"; None otherwise (also when negated)."""
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    subj: Token | None = None
    places: list[Token] = []
    if lemma(tok) in ("be", "remain"):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        places = [c for c in tok.children if c.dep_ == "prep" and lemma(c) == "behind"]
        places += [p for c in tok.children if c.dep_ == "acomp" and lemma(c) in CULPRIT_WORDS
                   and not any(g.dep_ == "neg" for g in c.children)
                   for p in c.children if p.dep_ == "prep" and lemma(p) in ("for", "in")]
        # "X was to blame for the attack": the infinitive of blame predicated of X
        places += [p for c in tok.children if c.dep_ == "xcomp" and lemma(c) == "blame"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and not any(a.dep_ == "neg" for a in c.children)
                   for p in c.children if p.dep_ == "prep" and lemma(p) == "for"]
    elif lemma(tok) in ("involve", "implicate") and any(c.dep_ == "auxpass" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        places = [c for c in tok.children if c.dep_ == "prep" and lemma(c) == "in"]
    elif lemma(tok) in USE_VERBS:
        return used_for_act(tok)
    elif hostile_conduct(tok):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and named_party(subj):
            return subj.i, tok.i
        return None
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    act = _act_named_by(places)
    return (subj.i, act) if act is not None else None


def _act_named_by(places: list[Token]) -> int | None:
    """The first hostile act the objects of these prepositions name ("behind the attack",
    "involved in the shelling"), as a token index, or None."""
    for p in places:
        for a in p.children:
            act = _hostile_act(a) if a.dep_ in ("pobj", "pcomp") else None
            if act is not None:
                return act
    return None


# Conduct that a report lays on a party ("said Iran was meddling in Iraq's affairs", "warned
# that foreign powers were stirring up chaos", "accused of fomenting unrest" aside): told in a
# reported clause of a named party, the speaker accuses that party.
CONDUCT_VERBS = frozenset({"meddle", "interfere", "foment", "incite", "destabilize",
                           "destabilise", "stir", "sow", "subvert"})
SOWN_NOUNS = frozenset({"discord", "chaos", "division", "sedition", "strife", "unrest", "fear",
                        "instability", "trouble", "violence", "hatred", "panic"})


def hostile_conduct(tok: Token) -> bool:
    """Whether ``tok`` is a verb of hostile conduct in a reported clause ("said X was meddling
    in", "warned that X were stirring up chaos"), not negated."""
    low = lemma(tok)
    if low not in CONDUCT_VERBS or not is_verb(tok) or tok.dep_ not in ("ccomp", "conj") \
            or any(c.dep_ == "neg" for c in tok.children):
        return False
    if low == "stir" and not any(c.dep_ == "prt" and lemma(c) == "up" for c in tok.children):
        return False  # "stirred the pot"
    if low in ("sow", "stir"):
        return any(c.dep_ in ("dobj", "obj") and lemma(c) in SOWN_NOUNS for c in tok.children)
    return True


# "the men had been planning attacks on the airport", "the cell was plotting to bomb the
# embassy": a report that someone prepared an attack accuses them of it; the attack is not done.
PLOT_VERBS = frozenset({"plan", "plot", "prepare", "organise", "organize", "orchestrate",
                        "mastermind", "scheme", "conspire", "intend"})


_SELF_PLOTTERS = frozenset({"it", "we", "i"})


def plotted_act(tok: Token) -> tuple[int, int] | None:
    """(plotter, plotted act) when ``tok`` is a verb of plotting in a reported clause whose
    object is a hostile act ("planning attacks", "plotting to bomb X"), not negated; None
    otherwise. Told of the speaker itself ("it was planning attacks") it announces the act."""
    if lemma(tok) not in PLOT_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") \
            or tok.dep_ not in ("ccomp", "conj"):
        return None  # a plot is reported: a clause of what someone said
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            act = _hostile_act(c)
            if act is not None:
                return subj.i, act
        if c.dep_ == "xcomp" and is_verb(c):
            hit = verb_sense(c)
            if hit is not None and hit[0].type in CULPRIT_ACTS:
                return subj.i, c.i
    return None


# "X claimed it had hit a spy base, but Kurdish officials insist that only farmers lived there":
# a claim answered, in the same sentence, by another party's contrary statement is rejected.
CLAIMING_VERBS = frozenset({"claim", "say", "allege", "assert", "announce", "report", "insist",
                            "maintain"})
COUNTERING_VERBS = frozenset({"insist", "maintain", "counter", "argue", "retort", "contend"})
CONTRAST_WORDS = frozenset({"but", "yet", "however"})


def counter_claim(tok: Token) -> tuple[int, int] | None:
    """(claimant, countering clause) when ``tok`` is a verb of saying joined by "but" to
    another party's claim and says something of its own ("X claimed ..., but Y insist that
    ..."); None otherwise (also when either is negated or the two speakers are one)."""
    claim = tok.head
    if lemma(tok) not in COUNTERING_VERBS or tok.dep_ != "conj" or claim.i == tok.i             or lemma(claim) not in CLAIMING_VERBS or not any(
                c.dep_ in ("cc", "advmod") and lemma(c) in CONTRAST_WORDS
                for c in (*claim.children, *tok.children) if c.i < tok.i):
        return None
    if any(c.dep_ == "neg" for c in (*claim.children, *tok.children)):
        return None
    claimant = next((c for c in claim.children if c.dep_ == "nsubj"), None)
    own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if claimant is None or own is None or comp is None \
            or not any(c.dep_ == "ccomp" for c in claim.children) \
            or claimant.pos_ not in ("PROPN", "NOUN") or lemma(claimant) == lemma(own):
        return None
    return claimant.i, comp.i


def _rejection(verb: Token, mode: str | None) -> lx.Sense:
    """The REJECT sense a denial told without a verb of denying gets ("found no evidence",
    "said it was not involved")."""
    return lx.Sense(lemma=lemma(verb), pos="V", type="REJECT", mode=mode,
                    weight=NO_EVIDENCE_WEIGHT)


# What a party can say it had no share in: "had no role / hand / part in the attack".
SHARE_NOUNS = frozenset({"role", "hand", "part", "involvement", "link", "connection"})


def own_part_denied(tok: Token) -> bool:
    """Whether ``tok`` tells a party's denial of its own part in a hostile act, as a reported
    clause: "X said it was not involved in / was not behind / had no role in the attack" (the
    clause's subject a pronoun: the speaker itself, resolved like any pronoun)."""
    if tok.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
                                      for c in tok.children):
        return False
    places: list[Token] = []
    if lemma(tok) in ("be", "involve") and any(c.dep_ == "neg" for c in tok.children):
        places = [c for c in tok.children if c.dep_ == "prep" and lemma(c) in ("behind", "in")]
        places += [p for c in tok.children if c.dep_ == "acomp" and lemma(c) in CULPRIT_WORDS
                   for p in c.children if p.dep_ == "prep" and lemma(p) in ("for", "in")]
    elif lemma(tok) == "have":
        places = [p for c in tok.children if c.dep_ == "dobj" and lemma(c) in SHARE_NOUNS
                  and any(d.dep_ == "det" and lemma(d) == "no" for d in c.children)
                  for p in c.children if p.dep_ == "prep" and lemma(p) in ("in", "behind")]
    return _act_named_by(places) is not None


def _hostile_act(tok: Token) -> int | None:
    """The token naming a hostile act: the noun itself ("the attack") or a gerund's object
    ("planning attacks"), or the gerund ("carrying out the strikes", "killing")."""
    if tok.pos_ == "NOUN" and not tok.tag_.startswith("VB"):
        s = noun_sense(tok)
        return tok.i if s is not None and s.type in CULPRIT_ACTS else None
    if tok.tag_ == "VBG":
        hit = verb_sense(tok)
        if hit is not None and hit[0].type in CULPRIT_ACTS:
            return tok.i
        for c in tok.children:
            # "planning and carrying out attacks": the object of a conjoined gerund
            if c.dep_ == "dobj" or (c.dep_ == "conj" and c.tag_ == "VBG"):
                got = _hostile_act(c)
                if got is not None:
                    return got
    return None


# Acts named by what they are ("terrorist acts against Iran", "hostile activities"): hostile
# only as the object of a purpose ("used to plan terrorist acts").
HOSTILE_KINDS = frozenset({"terrorist", "terror", "hostile", "subversive", "sabotage"})
KIND_NOUNS = frozenset({"act", "activity", "operation", "action", "attack", "plot"})


def _purposed_act(verb: Token) -> int | None:
    """The hostile act a purpose clause names ("to launch drone attacks", "to strike X", "to
    plan espionage operations and terrorist acts"), as a token index, or None."""
    hit = verb_sense(verb)
    if hit is not None and hit[0].type in CULPRIT_ACTS:
        return verb.i
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [g for o in objs for g in o.conjuncts]
    for o in objs:
        got = _hostile_act(o)
        if got is not None:
            return got
        if lemma(o) in KIND_NOUNS and any(lemma(m) in HOSTILE_KINDS for m in o.children
                                          if m.dep_ in ("amod", "compound")):
            return o.i
    return None


# "said the groups had used the sites to launch attacks", "claimed the targets were used for
# drone attacks": a report of what was used for a hostile act accuses its user (told in the
# passive, the thing used stands for its owner).
USE_VERBS = frozenset({"use", "utilize", "utilise", "exploit"})
# Verbs that report a use (besides the speech verbs of the rules).
_FINDING_USE = frozenset({"allege", "charge", "believe", "suspect", "reveal", "show", "find",
                          "accuse", "warn"})


def used_for_act(tok: Token) -> tuple[int, int] | None:
    """(user, act) when ``tok`` is a verb of using in a reported clause ("said that ...",
    "according to ...") whose purpose is a hostile act: "to launch attacks", "for attacks";
    None otherwise (also when negated)."""
    if lemma(tok) not in USE_VERBS or not is_verb(tok) or any(c.dep_ == "neg"
                                                              for c in tok.children):
        return None
    reporting = active().speech_verbs | _FINDING_USE
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if not (clause.dep_ == "ccomp" and lemma(clause.head) in reporting) and not any(
            c.dep_ == "prep" and lemma(c) == "accord" for c in clause.children):
        return None  # "lets its territory be used for an attack": no report of a use
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VB", "MD", "TO") for c in tok.children):
        return None  # "would be used", "lets it be used": a use feared, not one reported
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    subj = next((c for c in tok.children
                 if c.dep_ == ("nsubjpass" if passive else "nsubj")), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or any(
            d.dep_ == "det" and lemma(d) in ("any", "every", "no") for d in subj.children):
        return None  # "any country whose soil is used": a condition, no one accused
    act = _act_named_by([c for c in tok.children if c.dep_ == "prep" and lemma(c) == "for"])
    for c in tok.children:
        if act is None and c.dep_ in ("xcomp", "advcl") and is_verb(c) and any(
                m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            act = _purposed_act(c)
    return (subj.i, act) if act is not None else None


def judgement_words(pred: Token) -> dict[int, str]:
    """The words of a judgement, token index -> lemma: its head, its modifiers and what it is
    "of" ("a flagrant violation", "an act of aggression")."""
    words = {pred.i: lemma(pred)} | {c.i: lemma(c) for c in pred.children
                                      if c.dep_ in ("amod", "compound")}
    words |= {g.i: lemma(g) for p in pred.children if p.dep_ == "prep" and lemma(p) == "of"
              for g in p.children if g.dep_ == "pobj"}
    if lemma(pred) in AIM_NOUNS:  # "an attempt to undermine the talks": the aim condemns
        # (the parse may hang the infinitive on the naming verb: "termed X a plot | to wreck")
        near = [*pred.children, *(v for v in pred.head.children if v.i > pred.i
                                  and v.dep_ == "xcomp" and pred.dep_ in ("oprd", "attr"))]
        words |= {v.i: "sabotage" for v in near if v.dep_ in ("acl", "relcl", "xcomp")
                  and lemma(v) in HARM_AIMS
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)}
    return words


# Labels that name a harmful aim ("termed the blast a plot to wreck the ceasefire", "a bid
# to destabilise the region", "a plot to sow discord"): judgements that accuse.
AIM_NOUNS = frozenset({"attempt", "bid", "plot", "effort", "scheme", "ploy", "conspiracy",
                       "design", "plan"})
HARM_AIMS = frozenset({"undermine", "damage", "harm", "destabilize", "destabilise", "derail",
                       "sabotage", "sow", "subvert", "provoke", "weaken", "disrupt", "sour",
                       "poison", "spoil", "wreck", "drag", "divide", "incite", "tarnish"})


def judged_act(tok: Token) -> tuple[int, tuple[int, ...]] | None:
    """(the judged act, the judgement's words) when ``tok`` is a copula or "amount to" /
    "constitute" whose subject is an act and whose predicate condemns it; None otherwise.
    The accuser is the speaker of the report (see events), so outside reported speech the
    judgement gives no event."""
    if lemma(tok) not in JUDGING_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":  # "was of concern and amounted to aggression"
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or not (lemma(subj) in JUDGED_NOUNS or (subj.pos_ == "NOUN"
                                                             and noun_sense(subj) is not None)):
        return None
    preds = [c for c in tok.children if c.dep_ in ("attr", "acomp", "dobj")]
    preds += [g for c in tok.children if c.dep_ == "prep" and lemma(c) == "to"
              for g in c.children if g.dep_ == "pobj"]
    for pred in preds:
        words = judgement_words(pred)
        if set(words.values()) & NEGATIVE_WORDS:
            # "attacks on X are unacceptable": acts of a kind, not one told as done
            kind = (subj.i,) if subj.tag_ == "NNS" and not any(
                c.dep_ in ("det", "poss", "nummod") or (c.dep_ in ("amod", "compound")
                                                        and c.ent_type_)
                for c in subj.children) else ()
            return subj.i, tuple(sorted({pred.i, *words, *kind}))
    return None


# "the Iranian account was baseless", "Tehran's claims are false": a report judging someone's
# claim untrue denies it (REJECT), aimed at the claim's author.
CLAIM_NOUNS = frozenset({"claim", "account", "allegation", "accusation", "assertion", "narrative",
                         "version", "story", "charge", "statement", "report"})
FALSE_WORDS = frozenset({"baseless", "false", "untrue", "unfounded", "groundless", "fabricated",
                         "fabrication", "lie", "nonsense", "incorrect", "inaccurate", "misleading",
                         "fiction", "fake"})


# A finding of no evidence denies the claim it answers: "found no evidence that a warplane took
# part", "saw no sign of a drone", "uncovered no proof of foreign involvement".
FINDING_VERBS = frozenset({"find", "see", "uncover", "discover", "detect", "observe", "have"})
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "trace"})
NO_EVIDENCE_WEIGHT = 0.75
# What a claim is said to lack: "there is no truth to the reports", "no basis for the claims".
TRUTH_NOUNS = frozenset({"truth", "basis", "foundation", "substance", "credibility"})
RUMOUR_NOUNS = frozenset({"rumour", "rumor", "suggestion", "speculation", "allegation",
                          "accusation"})


def no_evidence(tok: Token) -> int | None:
    """The evidence noun of a finding of none ("found no evidence that ...", "there is no
    truth to the reports"), or None: the noun needs "no" and what it is evidence of (a clause,
    or "of"/"for"/"to"/"in" an act or a claim)."""
    existential = lemma(tok) == "be" and any(c.dep_ == "expl" for c in tok.children)
    if not existential and (lemma(tok) not in FINDING_VERBS or not is_verb(tok)):
        return None
    for c in tok.children:
        if c.dep_ not in (("attr", "nsubj") if existential else ("dobj", "obj")) \
                or lemma(c) not in (TRUTH_NOUNS if existential else EVIDENCE_NOUNS):
            # ("there were no signs of casualties" is a finding, no denial)
            continue
        if lemma(c) in TRUTH_NOUNS:
            if any(g.dep_ == "prep" and lemma(g) in ("to", "in", "for", "behind") and any(
                    o.dep_ == "pobj" and lemma(o) in CLAIM_NOUNS | RUMOUR_NOUNS
                    for o in g.children) for g in c.children) \
                    and any(d.dep_ == "det" and lemma(d) == "no" for d in c.children):
                return c.i
            continue  # "there is no truth in the saying", "no basis": no claim denied
        if not any(d.dep_ == "det" and lemma(d) == "no" for d in c.children):
            continue
        if any(g.dep_ in ("acl", "ccomp", "relcl") and is_verb(g) or (
                g.dep_ == "prep" and lemma(g) in ("of", "for", "that")) for g in c.children):
            return c.i
    return None


def judged_claim(tok: Token) -> int | None:
    """The claim noun a copula judges false ("the account was baseless", "these claims are
    lies"), as a token index, or None (also when negated: "the report is not false")."""
    if lemma(tok) not in ("be", "remain", "prove") or any(c.dep_ == "neg" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or lemma(subj) not in CLAIM_NOUNS:
        return None
    preds = [c for c in tok.children if c.dep_ in ("attr", "acomp")]
    if any(set(judgement_words(p).values()) & FALSE_WORDS for p in preds):
        return subj.i
    return None


def inner_hit(tok: Token, verb_hits: dict[int, tuple[lx.Sense, tuple[int, ...]]]
               ) -> tuple[lx.Sense, tuple[int, ...]] | None:
    for c in tok.subtree:
        if c.i in verb_hits:
            return verb_hits[c.i]
        if c.pos_ == "NOUN" and c.dep_ in OBJ_DEPS:
            s = noun_sense(c)
            if s is not None:
                return (s, ())
    return None


def _chain(tok: Token) -> set[int]:
    """The complement verb and the verbs coordinated with it."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ == "conj" and is_verb(c):
            out |= _chain(c)
    return out


# Verbs that let someone do something: "refused to let the inspectors visit", "agreed to allow
# the monitors to enter": the act let (or not) is part of the refusal or promise, not done.
LETTING_VERBS = frozenset({"let", "allow", "permit", "enable", "authorize", "authorise"})


def _permitted(comp: Token) -> set[int]:
    """The acts a controlled letting verb lets happen ("let | the inspectors visit")."""
    if lemma(comp) not in LETTING_VERBS:
        return set()
    return {i for c in comp.children if c.dep_ in ("ccomp", "xcomp") and is_verb(c)
            for i in _chain(c)}


def threat_mode(type_: str) -> str:
    return {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "arrest",
            "SANCTION": "sanction", "REJECT": "relations"}.get(type_, "violence")


def verb_hits(doc: Doc) -> dict[int, tuple[lx.Sense, tuple[int, ...]]]:
    """Every verb of ``doc`` that fires a sense: token index -> (sense, consumed objects)."""
    out: dict[int, tuple[lx.Sense, tuple[int, ...]]] = {}
    for tok in doc:
        if is_verb(tok):
            hit = verb_sense(tok)
            if hit is not None and not _noun_carries(tok, hit[0]):
                out[tok.i] = hit
    return out
