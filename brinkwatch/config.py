"""Settings: declared once, layered.

Shipped defaults < user file (``brinkwatch.toml`` in the working directory, or ``--config``)
< environment (``BRINKWATCH_<NAME>``) < command-line flags. The CLI turns all of that into
one :class:`Settings` object at the edge; nothing below the CLI sees CLI objects. The typed
options of each stage are built from it (:meth:`Settings.source_options`,
:meth:`Settings.extract_options`), and :attr:`Settings.origins` says where each value came from
(``brinkwatch settings``).

Every default is written once: in :data:`SETTINGS` for the settings of the run, and in the
options dataclass of a stage (:class:`SourceOptions`, :class:`ExtractOptions`, defined here and
re-exported by the stages) for the stage options, which the table reads.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brinkwatch.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Mapping


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceOptions:
    """Options of the source readers (re-exported by :mod:`brinkwatch.sources`)."""

    max_bytes: int = 20_000_000  # larger file/response -> status too-large (never read whole)
    timeout: float = 10.0  # seconds per URL, all hops and the body together
    max_redirects: int = 5
    allow_private: bool = False  # loopback/private/link-local/reserved addresses refused unless True
    check_language: bool = True  # non-English text -> status not-english


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """Options of the extractors (re-exported by :mod:`brinkwatch.extract`)."""

    mentions: str = "actors.kb.v1"  # name of the mention extractor
    events: str = "events.rules.v1"  # name of the event extractor
    resolve_offices: bool = True  # "the Iraqi prime minister" -> the holder on the article date
    keep_hypothetical: bool = True  # hypothetical events are kept (marked), never counted as happened
    min_event_confidence: float = 0.5  # events.rules.v1 drops events its rules trust less
    assemble: str = "assemble.story.v1"  # story-level stage after events ("" = none)


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


def _owned(cls: type, name: str) -> Any:
    """The default of ``cls.name``: stage options own their defaults, the table reads them."""
    for f in fields(cls):
        if f.name == name and f.default is not MISSING:
            return f.default
    raise AssertionError(f"{cls.__name__}.{name} has no default")


#: Settings that map to a field of a stage's options: setting name -> (options class, field).
OPTION_FIELDS: dict[str, tuple[type, str]] = {
    "max_bytes": (SourceOptions, "max_bytes"),
    "timeout": (SourceOptions, "timeout"),
    "max_redirects": (SourceOptions, "max_redirects"),
    "allow_private": (SourceOptions, "allow_private"),
    "mention_extractor": (ExtractOptions, "mentions"),
    "event_extractor": (ExtractOptions, "events"),
    "assembler": (ExtractOptions, "assemble"),
    "resolve_offices": (ExtractOptions, "resolve_offices"),
    "keep_hypothetical": (ExtractOptions, "keep_hypothetical"),
    "min_event_confidence": (ExtractOptions, "min_event_confidence"),
}


def _option(name: str, help: str) -> Setting:
    cls, attr = OPTION_FIELDS[name]
    return Setting(name, _owned(cls, attr), help)


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "brinkwatch.db", "database: a file path (SQLite) or an SQLAlchemy URL"),
    Setting("theatre", "", "extra theatre files (override/extend the built-in Iraq theatre), "
            "separated by the OS path separator"),
    Setting("rules", "", "extra rule-data files (override/extend the shipped lexicon, speech verbs, "
            "group nouns, outlets; docs/rules.md), separated by the OS path separator"),
    _option("max_bytes", "largest document read, in bytes (larger: status too-large)"),
    _option("timeout", "seconds allowed per URL"),
    _option("max_redirects", "redirects followed per URL"),
    _option("allow_private", "allow URLs that resolve to private or loopback addresses"),
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
    _option("mention_extractor", "versioned name of the mention extractor (actor recognition "
            "and linking)"),
    _option("event_extractor", "versioned name of the event extractor"),
    _option("assembler", "versioned name of the story-level assembly step (empty: none)"),
    _option("resolve_offices", "link a title without a name ('the prime minister') to the "
            "office-holder on the article's date"),
    _option("keep_hypothetical", "keep hypothetical events (marked, never counted as happened)"),
    _option("min_event_confidence", "events the event extractor trusts less than this are "
            "dropped (0..1)"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _default(name: str) -> Any:
    return _BY_NAME[name].default


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The values in effect (defaults from :data:`SETTINGS`, nowhere else)."""

    db: str = _default("db")
    theatre: str = _default("theatre")
    max_bytes: int = _default("max_bytes")
    timeout: float = _default("timeout")
    max_redirects: int = _default("max_redirects")
    allow_private: bool = _default("allow_private")
    batch_size: int = _default("batch_size")
    n_process: int = _default("n_process")
    progress: str = _default("progress")
    rules: str = _default("rules")
    outlets: str = _default("outlets")
    crossref_rules: str = _default("crossref_rules")
    api_token: str = _default("api_token")
    mention_extractor: str = _default("mention_extractor")
    event_extractor: str = _default("event_extractor")
    assembler: str = _default("assembler")
    resolve_offices: bool = _default("resolve_offices")
    keep_hypothetical: bool = _default("keep_hypothetical")
    min_event_confidence: float = _default("min_event_confidence")
    #: where each value came from: "default", "file PATH", "env BRINKWATCH_X" or "flag"
    origins: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def theatre_paths(self) -> tuple[str, ...]:
        return tuple(p for p in self.theatre.split(os.pathsep) if p)

    @property
    def rules_paths(self) -> tuple[str, ...]:
        return tuple(p for p in self.rules.split(os.pathsep) if p)

    def _options(self, cls: type) -> dict[str, Any]:
        return {attr: getattr(self, name) for name, (owner, attr) in OPTION_FIELDS.items()
                if owner is cls}

    def source_options(self, **overrides: Any) -> SourceOptions:
        """The source readers' options in effect (``overrides``: fields the caller fixes)."""
        return SourceOptions(**{**self._options(SourceOptions), **overrides})

    def extract_options(self) -> ExtractOptions:
        """The extractors' options in effect."""
        return ExtractOptions(**self._options(ExtractOptions))

    def origin(self, name: str) -> str:
        return self.origins.get(name, "default")


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
    origins: dict[str, str] = {}
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
            origins[key] = f"file {path.resolve()}"
    for s in SETTINGS:
        var = f"BRINKWATCH_{s.name.upper()}"
        raw = env.get(var)
        if raw is not None:
            values[s.name] = _coerce(s.name, raw)
            origins[s.name] = f"env {var}"
    for key, value in flags.items():
        if key not in _BY_NAME:
            raise ConfigError(f"unknown setting '{key}'; valid settings: {', '.join(_BY_NAME)}")
        if value is not None:
            values[key] = _coerce(key, value)
            origins[key] = "flag"
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
    return replace(Settings(), **values, origins=origins)


#: The smallest value each numeric setting accepts (a negative size, a zero timeout or no
#: process at all is refused at the edge with one line, wherever the value came from).
MINIMUM: dict[str, float] = {"max_bytes": 1, "timeout": 0.001, "max_redirects": 0,
                             "batch_size": 1, "n_process": 1, "min_event_confidence": 0}
#: The largest value, where one exists (a day for a URL's time budget).
MAXIMUM: dict[str, float] = {"timeout": 86_400, "min_event_confidence": 1}


def settings_table() -> list[tuple[str, Any, str]]:
    """(name, default, help) rows for documentation and ``brinkwatch settings``."""
    return [(s.name, s.default, s.help) for s in SETTINGS]


def settings_in_effect(settings: Settings) -> list[tuple[str, Any, str]]:
    """(name, value in effect, where it came from) for ``brinkwatch settings``. Secrets are
    not shown: a set ``api_token`` reads ``(set)``, a password in a database URL ``***``."""
    out = []
    for s in SETTINGS:
        value = getattr(settings, s.name)
        if s.name == "api_token" and value:
            value = "(set)"
        elif s.name == "db":
            value = re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", value)
        out.append((s.name, value, settings.origin(s.name)))
    return out
