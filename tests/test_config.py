"""Settings layer as documented: defaults < brinkwatch.toml < BRINKWATCH_* < flags."""

import pytest

from brinkwatch.config import load_settings
from brinkwatch.errors import ConfigError


def test_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings(environ={})
    assert s.db == "brinkwatch.db" and s.allow_private is False and s.max_bytes == 20_000_000


def test_layering_file_env_flag(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brinkwatch.toml").write_text('db = "file.db"\ntimeout = 3\n')
    assert load_settings(environ={}).db == "file.db"
    env = {"BRINKWATCH_DB": "env.db", "BRINKWATCH_ALLOW_PRIVATE": "yes"}
    s = load_settings(environ=env)
    assert (s.db, s.timeout, s.allow_private) == ("env.db", 3.0, True)
    assert load_settings(environ=env, db="flag.db").db == "flag.db"
    assert load_settings(environ=env, db=None).db == "env.db"  # an unset flag does not override


@pytest.mark.parametrize(
    "content, env, message",
    [
        ('colour = "red"\n', {}, "unknown setting 'colour'"),
        ("timeout = [\n", {}, "not valid TOML"),
        ("", {"BRINKWATCH_MAX_BYTES": "lots"}, "must be a int"),
        ("", {"BRINKWATCH_PROGRESS": "sometimes"}, "one of: auto, always, never"),
    ],
)
def test_bad_settings_say_what_to_do(tmp_path, monkeypatch, content, env, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brinkwatch.toml").write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(environ=env)


def test_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(config_file=tmp_path / "nope.toml", environ={})


# --- one options object: every option from the table, reachable from file, env and flags ----
from dataclasses import fields  # noqa: E402

from brinkwatch.config import (  # noqa: E402
    OPTION_FIELDS,
    SETTINGS,
    ExtractOptions,
    Settings,
    SourceOptions,
    settings_in_effect,
)


def test_defaults_are_written_once():
    """Settings' defaults are the table's, and the table reads the stage options' own."""
    table = {s.name: s.default for s in SETTINGS}
    names = [f.name for f in fields(Settings) if f.name != "origins"]
    assert sorted(names) == sorted(table)
    assert {n: getattr(Settings(), n) for n in names} == table
    for name, (cls, attr) in OPTION_FIELDS.items():
        assert table[name] == getattr(cls(), attr)
    assert Settings().extract_options() == ExtractOptions()
    assert Settings().source_options() == SourceOptions()


@pytest.mark.parametrize(
    "toml, env, flags, expected",
    [
        ("min_event_confidence = 0.7\n", {}, {}, 0.7),
        ("", {"BRINKWATCH_MIN_EVENT_CONFIDENCE": "0.6"}, {}, 0.6),
        ("min_event_confidence = 0.7\n", {"BRINKWATCH_MIN_EVENT_CONFIDENCE": "0.6"},
         {"min_event_confidence": 0.9}, 0.9),
        ("", {}, {}, 0.5),  # nothing set: the extractor's default
    ],
)
def test_extractor_options_from_file_env_and_flags(tmp_path, monkeypatch, toml, env, flags,
                                                   expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brinkwatch.toml").write_text(toml)
    s = load_settings(environ=env, **flags)
    assert s.extract_options().min_event_confidence == expected


def test_every_extractor_option_is_a_setting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brinkwatch.toml").write_text(
        'resolve_offices = false\nkeep_hypothetical = false\nassembler = ""\n'
        'mention_extractor = "actors.kb.v1"\nevent_extractor = "events.rules.v1"\n')
    opts = load_settings(environ={}).extract_options()
    assert (opts.resolve_offices, opts.keep_hypothetical, opts.assemble) == (False, False, "")
    covered = {attr for cls, attr in OPTION_FIELDS.values() if cls is ExtractOptions}
    assert covered == {f.name for f in fields(ExtractOptions)}


@pytest.mark.parametrize("value, ok", [("0", True), ("1", True), ("0.55", True),
                                       ("1.5", False), ("-0.1", False)])
def test_min_event_confidence_range(tmp_path, monkeypatch, value, ok):
    monkeypatch.chdir(tmp_path)
    env = {"BRINKWATCH_MIN_EVENT_CONFIDENCE": value}
    if ok:
        assert load_settings(environ=env).min_event_confidence == float(value)
    else:
        with pytest.raises(ConfigError, match="min_event_confidence"):
            load_settings(environ=env)


def test_where_each_value_came_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brinkwatch.toml").write_text('timeout = 3\nbatch_size = 8\n')
    s = load_settings(environ={"BRINKWATCH_BATCH_SIZE": "4", "BRINKWATCH_DB": "env.db"},
                      db=None, n_process=2)
    origin = {n: o for n, _v, o in settings_in_effect(s)}
    value = {n: v for n, v, _o in settings_in_effect(s)}
    assert origin["timeout"] == f"file {(tmp_path / 'brinkwatch.toml').resolve()}" and value["timeout"] == 3.0
    assert origin["batch_size"] == "env BRINKWATCH_BATCH_SIZE" and value["batch_size"] == 4
    assert origin["db"] == "env BRINKWATCH_DB"
    assert origin["n_process"] == "flag" and value["n_process"] == 2
    assert origin["max_bytes"] == "default" and value["max_bytes"] == 20_000_000


def test_secrets_are_not_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings(environ={"BRINKWATCH_API_TOKEN": "hunter2",
                               "BRINKWATCH_DB": "postgresql://me:pw123@db.example/bw"})
    shown = {n: v for n, v, _o in settings_in_effect(s)}
    assert shown["api_token"] == "(set)" and "hunter2" not in repr(shown)
    assert shown["db"] == "postgresql://me:***@db.example/bw"
    plain = {n: v for n, v, _o in settings_in_effect(load_settings(environ={}))}
    assert plain["api_token"] == "" and plain["db"] == "brinkwatch.db"
