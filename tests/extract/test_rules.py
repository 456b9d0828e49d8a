"""Rule data (extract/rules.py, extract/data/rules.yaml): validated on load with one-line
errors, overridable by user files, and actually used by the extractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.errors import ConfigError
from brinkwatch.extract import lexicon
from brinkwatch.extract.rules import check_rules, load_rules, use_rules


def _file(tmp_path: Path, body: str, name: str = "rules.yaml") -> str:
    p = tmp_path / name
    p.write_text("format: brinkwatch-rules/1\n" + body, encoding="utf-8")
    return str(p)


def test_shipped_rules_load() -> None:
    rules = load_rules()
    assert rules.files == () and rules.digest
    assert {s.type for s in rules.verbs["attack"]} == {"ASSAULT"}
    assert "say" in rules.speech_verbs and "condemn" not in rules.speech_verbs
    assert "condemn" in rules.reporting_events and "say" not in rules.reporting_events
    assert "reuters" in rules.outlets
    assert rules.coref_nouns["militia"] == ("armed_group",)


def test_one_speech_verb_list() -> None:
    """Neutral speech verbs and reporting events are two disjoint lists of one file."""
    rules = load_rules()
    assert not rules.speech_verbs & rules.reporting_events - {"insist"}
    assert rules.always_speech <= rules.speech_verbs


# (file body, a phrase the one-line error must contain)
BAD = [
    pytest.param("verbs+: ['zap ASSAULT - 2.0']\n", "weight must be in 0..1", id="weight-range"),
    pytest.param("verbs+: ['zap ASSAULTS - 0.5']\n", "unknown PLOVER type", id="unknown-type"),
    pytest.param("verbs+: ['zap ASSAULT laser 0.5']\n", "has no mode 'laser'", id="unknown-mode"),
    pytest.param("verbs+: ['zap ASSAULT']\n", "expected 'lemma[@particle] TYPE", id="short-line"),
    pytest.param("verbs+: ['zap ASSAULT - 0.5 obj=@nothing']\n", "unknown object group",
                 id="unknown-group"),
    pytest.param("control+: {dare: MAYBE}\n", "expected one of", id="control-class"),
    pytest.param("coref_nouns+: {squad: [armed_group]}\n", "is not a group noun",
                 id="coref-needs-group-noun"),
    pytest.param("group_nouns+: {squad: [gang]}\n", "unknown KB type", id="group-kb-type"),
    pytest.param("speech_verbz: [say]\n", "unknown key 'speech_verbz'", id="unknown-key"),
    pytest.param("outlets: reuters\n", "must be a list", id="not-a-list"),
]


@pytest.mark.parametrize(("body", "message"), BAD)
def test_bad_files_give_one_line(tmp_path: Path, body: str, message: str) -> None:
    problems = check_rules(_file(tmp_path, body))
    assert len(problems) == 1 and message in problems[0] and "\n" not in problems[0]


GOOD = [
    pytest.param("verbs+: ['zap ASSAULT - 0.5']\n", id="append-sense"),
    pytest.param("speech_verbs-: [recall]\n", id="remove-word"),
    pytest.param("group_nouns+: {squad: [armed_group]}\ncoref_nouns+: {squad: [armed_group]}\n",
                 id="new-group-noun"),
]


@pytest.mark.parametrize("body", GOOD)
def test_good_files_pass(tmp_path: Path, body: str) -> None:
    assert check_rules(_file(tmp_path, body)) == []


def test_missing_file_and_wrong_format(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such rules file"):
        load_rules([tmp_path / "nope.yaml"])
    p = tmp_path / "x.yaml"
    p.write_text("format: brinkwatch-theatre/1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected 'format: brinkwatch-rules/1'"):
        load_rules([p])


def test_override_semantics(tmp_path: Path) -> None:
    path = _file(tmp_path, "verbs+: ['zap ASSAULT - 0.5']\nverbs-: [bomb]\n"
                           "outlets: [My Wire]\nspeech_verbs-: [recall]\n")
    rules = load_rules([path])
    assert "zap" in rules.verbs and "bomb" not in rules.verbs and "attack" in rules.verbs
    assert rules.outlets == {"my wire"}  # a plain key replaces
    assert "recall" not in rules.speech_verbs and "say" in rules.speech_verbs
    assert rules.files == (path,) and rules.digest != load_rules().digest


def test_active_rules_drive_the_lexicon(tmp_path: Path) -> None:
    rules = load_rules([_file(tmp_path, "verbs+: ['zap ASSAULT - 0.5']\n")])
    assert lexicon.verb_senses("zap") == ()
    try:
        use_rules(rules)
        assert {s.type for s in lexicon.verb_senses("zap")} == {"ASSAULT"}
    finally:
        use_rules(None)
    assert lexicon.verb_senses("zap") == ()


def test_user_rules_reach_event_coding(tmp_path: Path) -> None:
    """End to end: a verb the shipped lexicon lacks codes an event once a user file adds it,
    and the context records the rules in its provenance."""
    from brinkwatch.pipeline import build_context, process
    from brinkwatch.records import Article, text_id

    text = "Iran zapped Iraq on Monday."
    article = Article(id=text_id(text), origin="test", text=text)
    try:
        plain = build_context()
        assert not any(e.type == "ASSAULT" for e in process(article, plain).events)
        ctx = build_context(rules_paths=[_file(tmp_path, "verbs+: ['zap ASSAULT - 0.9']\n")])
        got = [(e.type, {a.name for a in e.actors}, {t.name for t in e.targets})
               for e in process(article, ctx).events]
        assert ("ASSAULT", {"Iran"}, {"Iraq"}) in got
        assert any(x.startswith("rules:") for x in ctx.extractors)
        assert not any(x.startswith("rules:") for x in plain.extractors)
    finally:
        use_rules(None)


def test_member_nouns_are_rule_data(tmp_path: Path) -> None:
    """One member-noun list (argument resolution and story assembly) read from the rules: "a
    commander of X" stands for X, and stops doing so when a user file removes the noun."""
    from brinkwatch.pipeline import build_context, process
    from brinkwatch.records import Article, text_id

    assert {"commander", "spokesman", "member"} <= load_rules().member_nouns
    assert {"drone", "missile"} <= load_rules().weapon_nouns
    assert {"headquarters", "base"} <= load_rules().owned_nouns
    text = "A senior commander of Kata'ib Hezbollah threatened the United States on Monday."
    article = Article(id=text_id(text), origin="test", text=text)

    def actors(ctx) -> set[str]:  # type: ignore[no-untyped-def]
        return {a.name or a.text for e in process(article, ctx).events if e.type == "THREATEN"
                for a in e.actors}

    try:
        assert "Kata'ib Hezbollah" in actors(build_context())
        ctx = build_context(rules_paths=[_file(tmp_path, "member_nouns-: [commander]\n")])
        assert "Kata'ib Hezbollah" not in actors(ctx)
    finally:
        use_rules(None)
