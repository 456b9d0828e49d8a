"""Attribution of events: named, anonymous, group statement, media report, author; quotes;
"he said" coreference; speech verbs versus events."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.extract.attribution import AttributionIndex, quote_spans
from brinkwatch.kb.model import KBActor, TheatreKB
from brinkwatch.nlp import build_pipeline, parse
from brinkwatch.records import Article, AttributionKind, Mention, text_id

KB = TheatreKB(actors=[
    KBActor(id="usa", name="United States", type="state", aliases=("U.S.", "US", "Washington"),
            country="USA", sector="GOV"),
    KBActor(id="irn", name="Iran", type="state", country="IRN", sector="GOV"),
    KBActor(id="kh", name="Kata'ib Hezbollah", type="armed_group",
            aliases=("Kataib Hezbollah", "Hezbollah Brigades"), country="IRQ", sector="REB"),
    KBActor(id="state_dept", name="U.S. State Department", type="state_body",
            aliases=("State Department",), parent="usa", sector="GOV"),
    KBActor(id="patel", name="Vedant Patel", type="person", parent="state_dept"),
    KBActor(id="moi", name="Iraqi Interior Ministry", type="state_body",
            aliases=("Interior Ministry",), sector="GOV"),
    KBActor(id="reuters", name="Reuters", type="media", sector="MED"),
])


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(KB)


def _mentions(text: str) -> list[Mention]:
    """Hand-made linker: every KB name found in the text (longest first, no overlaps)."""
    found: list[Mention] = []
    forms = sorted(KB.surface_forms(), key=lambda f: -len(f[0]))
    for form, kb_id in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not any(m.start < end and start < m.end for m in found):
                actor = KB.get(kb_id)
                assert actor is not None
                found.append(Mention(id=f"m{len(found)}", article_id="a", sentence_index=0,
                                     start=start, end=end, text=form, label="ORG",
                                     kb_id=kb_id, name=actor.name, method="alias",
                                     confidence=1.0, extractor="test"))
            start = text.find(form, end)
    return sorted(found, key=lambda m: m.start)


def _index(nlp, text: str) -> tuple[AttributionIndex, object]:
    parsed = parse(nlp, Article(id=text_id(text), origin="test", text=text))
    return AttributionIndex(parsed, kb=KB, mentions=_mentions(text)), parsed.doc


def _tok(doc, word: str, nth: int = 0) -> int:
    hits = [t.i for t in doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not in {doc.text!r}"
    return hits[nth]


# (text, trigger word, kind, speaker name or text or None, verb)
KIND_CASES = [
    # named person (KB-linked) and organisation spokesperson
    ("Vedant Patel, a State Department spokesman, said the militia attacked the base.",
     "attacked", AttributionKind.NAMED, "Vedant Patel", "said"),
    ("A State Department spokesman said the militia attacked the base.",
     "attacked", AttributionKind.NAMED, "U.S. State Department", "said"),
    # anonymous
    ("A senior U.S. official, speaking on condition of anonymity, said the militia fired "
     "three drones.", "fired", AttributionKind.ANONYMOUS, None, "said"),
    ("Sources said the militia fired rockets at the base.", "fired", AttributionKind.ANONYMOUS,
     None, "said"),
    ("The militia shelled the town, officials said.", "shelled", AttributionKind.ANONYMOUS,
     None, "said"),
    ("Iraqi officials who declined to be named said the strike killed two fighters.", "killed",
     AttributionKind.ANONYMOUS, None, "said"),
    ("A security source said the convoy was hit by a roadside bomb.", "hit",
     AttributionKind.ANONYMOUS, None, "said"),
    # group statement
    ("Kata'ib Hezbollah said in a statement that it had attacked the base.", "attacked",
     AttributionKind.GROUP_STATEMENT, "Kata'ib Hezbollah", "said"),
    ("The Interior Ministry said in a statement that security forces arrested five suspects.",
     "arrested", AttributionKind.GROUP_STATEMENT, "Iraqi Interior Ministry", "said"),
    ("Iran said the tanker was seized in its waters.", "seized",
     AttributionKind.GROUP_STATEMENT, "Iran", "said"),
    # media report
    ("Reuters reported that the militia attacked the base.", "attacked",
     AttributionKind.MEDIA_REPORT, "Reuters", "reported"),
    ("According to Al Jazeera, the militia shelled the town.", "shelled",
     AttributionKind.MEDIA_REPORT, "Al Jazeera", "according to"),
    ("The militia attacked the base, according to local media.", "attacked",
     AttributionKind.MEDIA_REPORT, None, "according to"),
    ("State media said the drone was shot down.", "shot", AttributionKind.MEDIA_REPORT, None,
     "said"),
    # author: no reporting verb governs the event
    ("U.S. forces struck a militia headquarters near Baghdad.", "struck",
     AttributionKind.AUTHOR, None, None),
    ("The militia, which Reuters said was backed by Iran, attacked the base.", "attacked",
     AttributionKind.AUTHOR, None, None),
    ("Militiamen who attacked the base said they had orders.", "attacked",
     AttributionKind.AUTHOR, None, None),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "speaker", "verb"), KIND_CASES,
                         ids=[f"{c[2].value}:{c[0][:35]}" for c in KIND_CASES])
def test_attribution_kinds(nlp, text, trigger, kind, speaker, verb) -> None:
    index, doc = _index(nlp, text)
    att = index.for_trigger(_tok(doc, trigger))
    assert att.kind == kind.value
    assert att.verb == verb
    if speaker is None:
        assert att.speaker is None or att.speaker.kb_id is None
    else:
        assert att.speaker is not None
        assert speaker in (att.speaker.name, att.speaker.text)
    if kind is not AttributionKind.AUTHOR:
        assert att.text  # the source phrase as written


def test_named_speaker_is_linked_to_the_kb_with_offsets(nlp) -> None:
    text = "Vedant Patel said the militia attacked the base."
    index, doc = _index(nlp, text)
    att = index.for_trigger(_tok(doc, "attacked"))
    assert att.speaker is not None and att.speaker.kb_id == "patel"
    assert "United States" in att.speaker.ancestors
    assert text[att.speaker.start:att.speaker.end] == "Vedant Patel"


def test_anonymity_cue_is_kept_as_a_hedge(nlp) -> None:
    index, doc = _index(nlp, "A senior U.S. official, speaking on condition of anonymity, "
                             "said the militia fired three drones.")
    att = index.for_trigger(_tok(doc, "fired"))
    assert att.text == "A senior U.S. official"
    assert "anonymity" in att.hedges


def test_he_said_refers_back_to_the_last_named_speaker(nlp) -> None:
    text = ("Vedant Patel said the U.S. would protect its personnel.\n"
            "Sources said the militia fired rockets.\n"
            "He added that the group had attacked two bases.")
    index, doc = _index(nlp, text)
    att = index.for_trigger(_tok(doc, "attacked"))
    assert att.kind == AttributionKind.NAMED.value
    assert att.speaker is not None and att.speaker.kb_id == "patel"
    assert att.verb == "added"


def test_he_said_without_any_named_speaker_is_not_invented(nlp) -> None:
    index, doc = _index(nlp, "He said the militia attacked the base.")
    att = index.for_trigger(_tok(doc, "attacked"))
    assert att.kind == AttributionKind.ANONYMOUS.value
    assert att.speaker is None


def test_the_group_said_refers_back_to_an_armed_group_not_a_state(nlp) -> None:
    text = ("Kata'ib Hezbollah said it fired drones at the base.\n"
            "Iran denied that it armed the militia.\n"
            "The group said that it would target U.S. forces.")
    index, doc = _index(nlp, text)
    att = index.for_trigger(_tok(doc, "target"))
    assert att.kind == AttributionKind.GROUP_STATEMENT.value
    assert att.speaker is not None and att.speaker.kb_id == "kh"


def test_direct_quote_carries_speaker_and_quote_text(nlp) -> None:
    text = ("Vedant Patel spoke to reporters on Thursday.\n"
            "“We will take every step needed to keep our staff safe,” he said.")
    index, doc = _index(nlp, text)
    att = index.for_trigger(_tok(doc, "take"))
    assert att.kind == AttributionKind.NAMED.value
    assert att.speaker is not None and att.speaker.kb_id == "patel"
    assert att.quote == "We will take every step needed to keep our staff safe,"
    assert att.verb == "said"


def test_open_quote_paragraph_inherits_the_speaker(nlp) -> None:
    text = ('"We struck the base at dawn. We will strike again," a spokesman for '
            "Kata'ib Hezbollah told Reuters.\n"
            '"The occupation forces will be expelled.')
    index, doc = _index(nlp, text)
    first = index.for_trigger(_tok(doc, "struck"))
    assert first.kind == AttributionKind.NAMED.value
    assert first.speaker is not None and first.speaker.kb_id == "kh"
    assert first.quote is not None and first.quote.startswith("We struck the base")
    later = index.for_trigger(_tok(doc, "expelled"))
    assert later.speaker is not None and later.speaker.kb_id == "kh"
    assert later.quote == "The occupation forces will be expelled."


def test_scare_quote_inside_the_authors_sentence_stays_the_authors(nlp) -> None:
    text = 'The Pentagon praised the "maximum lethality" doctrine after troops struck the base.'
    index, doc = _index(nlp, text)
    assert index.for_trigger(_tok(doc, "struck")).kind == AttributionKind.AUTHOR.value


def test_reporting_event_verbs_attribute_the_embedded_event(nlp) -> None:
    text = "Iran denied that it attacked the tanker."
    index, doc = _index(nlp, text)
    att = index.for_trigger(_tok(doc, "attacked"))
    assert (att.kind, att.verb) == (AttributionKind.GROUP_STATEMENT.value, "denied")
    assert att.speaker is not None and att.speaker.kb_id == "irn"
    # the denial itself is the author's report
    assert index.for_trigger(_tok(doc, "denied")).kind == AttributionKind.AUTHOR.value


SPEECH_CASES = [
    ("Officials said the militia attacked the base.", "said", True),
    ("The militia attacked the base, officials said.", "said", True),
    ("He told reporters that the base was hit.", "told", True),
    ("He added that two soldiers were wounded.", "added", True),
    ("The ministry announced that it had arrested five men.", "announced", True),
    ("The group claimed that it shot down a drone.", "claimed", True),
    ("Reuters reported that the militia attacked the base.", "reported", True),
    ("The militia attacked the base, according to local media.", "according", True),
    ("The group wrote on Telegram that the attack succeeded.", "wrote", True),
    # events, not speech
    ("The U.S. told Iraq to disarm the militias.", "told", False),
    ("Washington announced new sanctions on the bank.", "announced", False),
    ("The group claimed responsibility for the attack.", "claimed", False),
    ("The Pentagon added 500 troops to the mission.", "added", False),
    ("Kata'ib Hezbollah warned that it would strike U.S. bases.", "warned", False),
    ("Iran denied attacking the tanker.", "denied", False),
    ("Iraq condemned the strike.", "condemned", False),
    ("The militia attacked the base.", "attacked", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), SPEECH_CASES,
                         ids=[f"{c[1]}:{c[2]}:{c[0][:30]}" for c in SPEECH_CASES])
def test_is_speech(nlp, text: str, word: str, expected: bool) -> None:
    index, doc = _index(nlp, text)
    assert index.is_speech(_tok(doc, word)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "we will act" today.', ["we will act"]),
    ("“We will act,” he said.", ["We will act,"]),
    ('"First paragraph goes on\n"Second one ends."', ["First paragraph goes on",
                                                      "Second one ends."]),
    ("No quotes here.", []),
    ('Empty "" quotes.', []),
])
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in quote_spans(text)] == expected


@pytest.mark.parametrize("index_", [-1, 10_000])
def test_out_of_range_trigger_says_what_to_pass(nlp, index_: int) -> None:
    index, _ = _index(nlp, "The militia attacked the base.")
    with pytest.raises(IndexError, match="token.i"):
        index.for_trigger(index_)


SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not present")
def test_seed_articles_index_and_attribute_whole_sentence_quotes(nlp) -> None:
    """On real articles: every token can be asked, and quotes that open a sentence get a
    speaker (a general property, not tuned to any string of the seeds)."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parsed = parse(nlp, Article(id=text_id(text), origin=str(path), text=text))
        index = AttributionIndex(parsed, kb=KB, mentions=[])
        for tok in parsed.doc:
            att = index.for_trigger(tok.i)
            assert att.kind in {k.value for k in AttributionKind}
        for start, end in quote_spans(text):
            sent = parsed.doc.char_span(start, end, alignment_mode="expand")
            if sent is None or end - start < 40:
                continue  # short scare quotes may be the author's
            tok = parsed.doc[sent.start]
            assert index.for_trigger(tok.i).kind != AttributionKind.AUTHOR.value, text[start:end]


# A reporting clause set off in the sentence ("..., the ministry said, two days after ...",
# "..., according to Z") reports the whole sentence wherever the parser hangs it; a speech verb
# inside an adverbial clause ("after X said") or coordinated ("and officials said nothing") does not.
# (text, trigger word, kind, speaker name or None, verb)
SENTENCE_REPORT_CASES = [
    ("U.S. forces struck sites belonging to Kataib Hezbollah on Sunday, the State Department "
     "said, two days after a rocket attack killed a contractor.", "struck",
     AttributionKind.GROUP_STATEMENT, "U.S. State Department", "said"),
    ("U.S. forces struck sites belonging to Kataib Hezbollah on Sunday, the State Department "
     "said, two days after a rocket attack killed a contractor.", "killed",
     AttributionKind.GROUP_STATEMENT, "U.S. State Department", "said"),
    ("The militia shelled the town on Monday, officials said, after a drone strike killed a "
     "commander.", "shelled", AttributionKind.ANONYMOUS, None, "said"),
    ("The militia fired rockets at the base, Vedant Patel said.", "fired",
     AttributionKind.NAMED, "Vedant Patel", "said"),
    ("Kataib Hezbollah attacked the base on Monday, killing two soldiers, according to Reuters.",
     "attacked", AttributionKind.MEDIA_REPORT, "Reuters", "according to"),
    ("Kataib Hezbollah attacked the base on Monday, killing two soldiers, according to Reuters.",
     "killing", AttributionKind.MEDIA_REPORT, "Reuters", "according to"),
    ("Iran seized the tanker, as the State Department said it would.", "seized",
     AttributionKind.GROUP_STATEMENT, "U.S. State Department", "said"),
    # negatives: the author's own voice
    ("Iran attacked the base on Monday, two days after Washington said it would leave.",
     "attacked", AttributionKind.AUTHOR, None, None),
    ("The militia attacked the base, and officials said nothing.", "attacked",
     AttributionKind.AUTHOR, None, None),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "speaker", "verb"), SENTENCE_REPORT_CASES,
                         ids=[f"{c[2].value}:{c[1]}:{c[0][:30]}" for c in SENTENCE_REPORT_CASES])
def test_sentence_level_reporting_clause(nlp, text, trigger, kind, speaker, verb) -> None:
    index, doc = _index(nlp, text)
    att = index.for_trigger(_tok(doc, trigger))
    assert (att.kind, att.verb) == (kind.value, verb)
    if speaker is None:
        assert att.speaker is None or att.speaker.kb_id is None
    else:
        assert att.speaker is not None and speaker in (att.speaker.name, att.speaker.text)
