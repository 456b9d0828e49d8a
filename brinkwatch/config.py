"""Settings: declared once, layered.

Shipped defaults < user file (``brinkwatch.toml`` in the working directory, or ``--config``)
< environment (``BRINKWATCH_<NAME>``) < command-line flags. The CLI turns all of that into
one :class:`Settings` object at the edge; nothing below the CLI sees CLI objects.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from brinkwatch.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "brinkwatch.db", "database: a file path (SQLite) or an SQLAlchemy URL"),
    Setting("theatre", "", "extra theatre files (override/extend the built-in Iraq theatre), "
            "separated by the OS path separator"),
    Setting("rules", "", "extra rule-data files (override/extend the shipped lexicon, speech verbs, "
            "group nouns, outlets; docs/rules.md), separated by the OS path separator"),
    Setting("max_bytes", 20_000_000, "largest document read, in bytes (larger: status too-large)"),
    Setting("timeout", 10.0, "seconds allowed per URL"),
    Setting("max_redirects", 5, "redirects followed per URL"),
    Setting("allow_private", False, "allow URLs that resolve to private or loopback addresses"),
    Setting("batch_size", 16, "articles per language-pipeline batch"),
    Setting("n_process", 1, "worker processes running the whole pipeline (parse + extract); "
            "one per core (see docs/benchmarks.md)"),
    Setting("progress", "auto", "progress bar: auto (on a terminal), always, never"),
    Setting("outlets", "", "your outlet profiles file (YAML, brinkwatch-outlets/1): its hosts "
            "replace the built-in starter list's"),
    Setting("crossref_rules", "", "your cross-article rules file (YAML, brinkwatch-crossref/1): "
            "its sections replace the built-in ones"),
    Setting("api_token", "", "token that enables POST /api/ingest on `brinkwatch serve` "
            "(sent as 'Authorization: Bearer TOKEN'); empty: the API is read-only"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: str = "brinkwatch.db"
    theatre: str = ""
    max_bytes: int = 20_000_000
    timeout: float = 10.0
    max_redirects: int = 5
    allow_private: bool = False
    batch_size: int = 16
    n_process: int = 1
    progress: str = "auto"
    rules: str = ""
    outlets: str = ""
    crossref_rules: str = ""
    api_token: str = ""

    @property
    def theatre_paths(self) -> tuple[str, ...]:
        return tuple(p for p in self.theatre.split(os.pathsep) if p)

    @property
    def rules_paths(self) -> tuple[str, ...]:
        return tuple(p for p in self.rules.split(os.pathsep) if p)


def _coerce(name: str, value: Any) -> Any:
    default = _BY_NAME[name].default
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(value)
        return type(default)(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"setting '{name}' must be a {type(default).__name__}, got {value!r}"
        ) from None


def load_settings(*, config_file: str | Path | None = None,
                  environ: dict[str, str] | None = None, **flags: Any) -> Settings:
    """Layer defaults, a TOML file, ``BRINKWATCH_*`` variables and explicit flags (None = unset)."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    path = Path(config_file) if config_file else Path("brinkwatch.toml")
    if config_file and not path.is_file():
        raise ConfigError(f"config file {path} not found; give an existing TOML file or drop --config")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML ({exc}); fix or remove it") from None
        section = data.get("brinkwatch", data)
        for key, value in section.items():
            if key not in _BY_NAME:
                raise ConfigError(
                    f"unknown setting '{key}' in {path}; valid settings: {', '.join(_BY_NAME)}"
                )
            values[key] = _coerce(key, value)
    for s in SETTINGS:
        raw = env.get(f"BRINKWATCH_{s.name.upper()}")
        if raw is not None:
            values[s.name] = _coerce(s.name, raw)
    for key, value in flags.items():
        if key not in _BY_NAME:
            raise ConfigError(f"unknown setting '{key}'; valid settings: {', '.join(_BY_NAME)}")
        if value is not None:
            values[key] = _coerce(key, value)
    if values.get("progress", "auto") not in ("auto", "always", "never"):
        raise ConfigError("setting 'progress' must be one of: auto, always, never")
    for name, value in values.items():
        low = MINIMUM.get(name)
        if low is not None and not value >= low:  # `not >=` also catches NaN
            raise ConfigError(f"setting '{name}' must be at least {low:g}, got {value!r}; "
                              f"the default is {_BY_NAME[name].default!r}")
        high = MAXIMUM.get(name)
        if high is not None and value > high:
            raise ConfigError(f"setting '{name}' must be at most {high:g}, got {value!r}; "
                              f"the default is {_BY_NAME[name].default!r}")
    return replace(Settings(), **values)


#: The smallest value each numeric setting accepts (a negative size, a zero timeout or no
#: process at all is refused at the edge with one line, wherever the value came from).
MINIMUM: dict[str, float] = {"max_bytes": 1, "timeout": 0.001, "max_redirects": 0,
                             "batch_size": 1, "n_process": 1}
#: The largest value, where one exists (a day for a URL's time budget).
MAXIMUM: dict[str, float] = {"timeout": 86_400}


def settings_table() -> list[tuple[str, Any, str]]:
    """(name, default, help) rows for documentation and ``brinkwatch settings``."""
    names = {f.name for f in fields(Settings)}
    return [(s.name, s.default, s.help) for s in SETTINGS if s.name in names]
