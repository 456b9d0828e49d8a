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
