"""The rule data of the cross-article stage: validated on load, overridable by a user file."""

from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.analysis.rules import load_outlets, load_rules
from brinkwatch.errors import ConfigError


def test_builtin_rules_and_outlets_load() -> None:
    rules = load_rules()
    assert rules.family_of("ACCUSE") == rules.family_of("PROTEST") == "criticism"
    assert rules.speaker_decisive("criticism") and not rules.speaker_decisive("violence")
    outlets = load_outlets()
    assert all(o.sources for o in outlets.values())  # every profile cites its sources


def test_user_outlets_replace_and_extend(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text("format: brinkwatch-outlets/1\noutlets:\n"
                 "  - {host: www.apnews.com, name: AP, type: wire, ownership: co-op, lean: null,"
                 " sources: [my notes]}\n"
                 "  - {host: localpaper.example, name: Local Paper, type: newspaper,"
                 " sources: [masthead]}\n", encoding="utf-8")
    outlets = load_outlets(str(f))
    assert outlets["apnews.com"].sources == ("my notes",)
    assert outlets["localpaper.example"].name == "Local Paper"
    assert "reuters.com" in outlets  # the rest of the starter list stays


@pytest.mark.parametrize(("body", "message"), [
    ("format: brinkwatch-outlets/1\noutlets:\n  - {host: a.example, name: A, type: tabloid,"
     " sources: [x]}\n", "type must be one of"),
    ("format: brinkwatch-outlets/1\noutlets:\n  - {host: a.example, name: A, type: wire}\n",
     "cite at least one source"),
    ("format: other/1\noutlets: []\n", "format: brinkwatch-outlets/1"),
    ("outlets: [", "not valid YAML"),
])
def test_bad_outlet_files_say_what_to_fix(tmp_path: Path, body: str, message: str) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_outlets(str(f))


def test_a_past_event_without_its_words_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "rules.yaml"
    f.write_text("format: brinkwatch-crossref/1\npast_events: [{what: x, date: '2024-01-01', "
                 "words: [breach], sources: [s]}]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="past event 1 needs"):
        load_rules(str(f))


def test_user_rules_replace_a_section(tmp_path: Path) -> None:
    f = tmp_path / "rules.yaml"
    f.write_text("format: brinkwatch-crossref/1\ngrouping: {text_strong: 0.5}\n", encoding="utf-8")
    rules = load_rules(str(f))
    assert rules.grouping.text_strong == 0.5
    assert rules.grouping.text_weak == load_rules().grouping.text_weak
    f.write_text("format: brinkwatch-crossref/1\ngrouping: {text_strenght: 0.5}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown grouping setting 'text_strenght'"):
        load_rules(str(f))


@pytest.mark.parametrize(("body", "message"), [
    ("meanings: {truce: {anchors: [truce]}}", r"meanings\.truce needs 'anchors'"),
    ("meanings: {truce: {anchors: [truce], values: {holding: []}}}",
     r"meanings\.truce\.values\.holding must be a non-empty list"),
    ("meanings: {truce: {anchors: [truce], values: {holding: [holds]}, compatible: [[holding, over]]}}",
     r"compatible: \['holding', 'over'\] must be a pair of its values \(holding\)"),
    ("meanings: {truce: {anchors: [truce], values: {holding: [holds]}, one_sided: often}}",
     r"meanings.truce.one_sided must be true or false"),
    ("meanings: [truce]", "'meanings' must map a topic"),
    ("recalled: {measures: [sanction]}", "'recalled' needs 'measures' and 'earlier'"),
])
def test_bad_claims_of_meaning_say_what_to_fix(tmp_path: Path, body: str, message: str) -> None:
    f = tmp_path / "rules.yaml"
    f.write_text("format: brinkwatch-crossref/1\n" + body + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_rules(str(f))


def test_builtin_claims_of_meaning_load() -> None:
    rules = load_rules()
    kinds = {k.topic: k for k in rules.meanings}
    assert {"agreement", "release", "prospects"} <= set(kinds)
    assert kinds["prospects"].disagree("passed", "shelved")
    assert not kinds["prospects"].disagree("likely", "pending")
    assert rules.recalled.measures and rules.recalled.earlier
