"""The in-memory theatre knowledge base: actors, offices, places, and the lookups on them.

This module holds the data model and the indices; ``kb.loader`` builds a
:class:`TheatreKB` from theatre files (YAML) and validates them.

Hierarchy: every actor may have one ``parent`` (the body it is part of: a ministry's
state, an agency's ministry, an office's body, a person's current organisation).
``ancestors`` walks that chain up to a state or a top-level organisation.
Other relations (member_of, backed_by, suspected_front_for, leader_of ...) are kept in
``relations`` and never merge actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from brinkwatch.names import norm_name
from brinkwatch.records import ActorRef

ACTOR_TYPES = (
    "state",
    "state_body",  # ministry, agency, military command, embassy, parliament, PMF...
    "armed_group",
    "coalition",  # umbrella or brand (Islamic Resistance in Iraq)
    "party",
    "person",
    "igo",  # international organisation (UN, NATO)
    "generic",  # generic collective: "Iran-backed militias", "protesters", "analysts"
    "office",  # a title that different persons hold over time ("Prime Minister of Iraq")
    "media",  # news outlets and agencies (for attribution: "Reuters reported")
)

def norm_key(text: str) -> str:
    """The look-up key of a name: :func:`brinkwatch.names.norm_name`, the one normaliser shared
    by the KB, linking, queries and evaluation."""
    return norm_name(text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    type: str  # member_of, backed_by, suspected_front_for, leader_of, part_of, ideological_ties ...
    target: str  # a kb id, or a free name when the target is not in the KB
    confidence: str | None = None  # high | medium | low (for suspected_front_for)
    start: str | None = None
    end: str | None = None
    verified: bool = True
    sources: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficeTerm:
    office: str  # kb id of an actor of type "office"
    start: str | None = None  # ISO date; None = unknown start
    end: str | None = None  # ISO date; None = still in office (as of the sources)
    verified: bool = True
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class KBActor:
    id: str
    name: str  # canonical name
    type: str  # one of ACTOR_TYPES
    aliases: tuple[str, ...] = ()  # every other written form, transliterations, Arabic script
    ambiguous_aliases: tuple[str, ...] = ()  # forms that need context to link (e.g. "Hezbollah")
    context: tuple[str, ...] = ()  # words whose presence nearby supports this actor
    demonyms: tuple[str, ...] = ()  # states: "Iranian", "Iraqi"...
    country: str | None = None  # PLOVER / ISO-3166 alpha-3 code
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, PTY, MED, IGO, CVL, ...
    parent: str | None = None  # kb id of the body this actor is part of
    relations: tuple[Relation, ...] = ()
    offices: tuple[OfficeTerm, ...] = ()  # persons only
    description: str | None = None
    sources: tuple[str, ...] = ()
    verified: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceEntry:
    id: str
    name: str
    type: str  # country | province | city | town | base | crossing | site
    country: str | None = None  # ISO-3
    lat: float | None = None
    lon: float | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # province/country id
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    id: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    publisher: str | None = None


class TheatreKB:
    """Actors, places and sources of one or more theatres, indexed for lookup.

    Build it with :func:`brinkwatch.kb.load_theatre` (or directly from records in tests).
    """

    def __init__(
        self,
        *,
        actors: Iterable[KBActor],
        places: Iterable[PlaceEntry] = (),
        sources: Iterable[Source] = (),
        name: str = "custom",
        version: str = "0",
    ) -> None:
        self.name = name
        self.version = version
        self.actors: dict[str, KBActor] = {}
        for a in actors:
            self.actors[a.id] = a  # later entries override earlier ones (user overrides)
        self.places: dict[str, PlaceEntry] = {p.id: p for p in places}
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        self._by_key: dict[str, list[str]] = {}
        self._ambiguous_keys: set[str] = set()
        self._demonyms: dict[str, str] = {}
        for a in self.actors.values():
            for form in (a.name, *a.aliases):
                self._add_key(form, a.id)
            for form in a.ambiguous_aliases:
                self._add_key(form, a.id)
                self._ambiguous_keys.add(norm_key(form))
            for d in a.demonyms:
                self._demonyms[norm_key(d)] = a.id
        self._place_keys: dict[str, str] = {}
        for p in self.places.values():
            for form in (p.name, *p.aliases):
                self._place_keys.setdefault(norm_key(form), p.id)

    def _add_key(self, form: str, kb_id: str) -> None:
        ids = self._by_key.setdefault(norm_key(form), [])
        if kb_id not in ids:
            ids.append(kb_id)

    # --- actors -------------------------------------------------------------------------
    def get(self, kb_id: str) -> KBActor | None:
        return self.actors.get(kb_id)

    def lookup(self, surface: str) -> tuple[KBActor, ...]:
        """Every actor one of whose names normalises like ``surface`` (several when ambiguous)."""
        return tuple(self.actors[i] for i in self._by_key.get(norm_key(surface), ()))

    def is_ambiguous(self, surface: str) -> bool:
        key = norm_key(surface)
        return key in self._ambiguous_keys or len(self._by_key.get(key, ())) > 1

    def demonym(self, word: str) -> KBActor | None:
        """"Iranian" -> Iran, "American" -> United States."""
        kb_id = self._demonyms.get(norm_key(word))
        return self.actors.get(kb_id) if kb_id else None

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """(written form, kb id) for every name, alias and ambiguous alias: input to the matcher."""
        for a in self.actors.values():
            for form in (a.name, *a.aliases, *a.ambiguous_aliases):
                yield form, a.id

    def ancestors(self, kb_id: str) -> tuple[str, ...]:
        """Canonical names up the ``parent`` chain (nearest first), e.g. OFAC -> Treasury -> United States."""
        out: list[str] = []
        seen = {kb_id}
        cur = self.actors.get(kb_id)
        while cur is not None and cur.parent and cur.parent not in seen:
            seen.add(cur.parent)
            cur = self.actors.get(cur.parent)
            if cur is not None:
                out.append(cur.name)
        return tuple(out)

    def state_of(self, kb_id: str) -> KBActor | None:
        """The state at the top of an actor's chain, if any."""
        cur = self.actors.get(kb_id)
        seen: set[str] = set()
        while cur is not None and cur.id not in seen:
            if cur.type == "state":
                return cur
            seen.add(cur.id)
            cur = self.actors.get(cur.parent) if cur.parent else None
        return None

    def ref(self, kb_id: str | None, text: str, start: int | None = None,
            end: int | None = None) -> ActorRef:
        """The :class:`ActorRef` for an event: canonical name, ancestors, sector, country."""
        a = self.actors.get(kb_id) if kb_id else None
        if a is None:
            return ActorRef(name=None, kb_id=None, text=text, start=start, end=end)
        country = a.country
        if country is None:
            st = self.state_of(a.id)
            country = st.country if st else None
        return ActorRef(name=a.name, kb_id=a.id, text=text, ancestors=self.ancestors(a.id),
                        sector=a.sector, country=country, start=start, end=end)

    def office_holder(self, office_id: str, on: date | str) -> KBActor | None:
        """The person who held ``office_id`` on the given date, or None if unknown/ambiguous."""
        day = on if isinstance(on, str) else on.isoformat()
        # partial dates: a start "2018-10" counts from the first of the month (string order
        # already does that), an end "2023-03" to its last day (compare the day's prefix).
        terms = [
            (a, t) for a in self.actors.values() if a.type == "person"
            for t in a.offices
            if t.office == office_id and t.start is not None and t.start <= day
            and (t.end is None or day[: len(t.end)] <= t.end)
        ]
        if len(terms) > 1:  # hand-over day: the one who takes office that day holds it
            terms = [(a, t) for a, t in terms if t.start == day] or terms
        holders = {a.id: a for a, _ in terms}
        return next(iter(holders.values())) if len(holders) == 1 else None

    #: relation types that make an actor a member of another, for ``members=True`` queries
    MEMBER_RELATIONS = ("member_of", "part_of")

    def members_of(self, kb_id: str) -> tuple[str, ...]:
        """Every actor below ``kb_id``: through ``parent`` or a member_of/part_of relation,
        transitively (the KB hierarchy), sorted by id; ``kb_id`` itself is not included."""
        children: dict[str, set[str]] = {}
        for a in self.actors.values():
            ups = {a.parent} if a.parent else set()
            ups |= {r.target for r in a.relations if r.type in self.MEMBER_RELATIONS}
            for up in ups:
                children.setdefault(up, set()).add(a.id)
        found: set[str] = set()
        todo = [kb_id]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in found and child != kb_id:
                    found.add(child)
                    todo.append(child)
        return tuple(sorted(found))

    def resolve_actor_query(self, text: str, *, members: bool = False) -> tuple[str, ...]:
        """The kb ids a user means by ``text`` in a filter (``--actor``, the API's ``actor=``).

        Any written form selects the actor: its id, canonical name, an alias or
        transliteration, an acronym, an ambiguous alias (then every candidate), a demonym,
        whatever its case, apostrophes ("Kata'ib", "Kata’ib") or hyphens (one normaliser,
        :func:`norm_key`). ``members=True`` adds every actor below each match in the KB
        hierarchy (:meth:`members_of`). Empty when nothing in the KB matches.
        """
        query = text.strip()
        if not query:
            return ()
        ids: list[str] = []
        by_id = {k.lower(): k for k in self.actors}
        if query.lower() in by_id:
            ids.append(by_id[query.lower()])
        ids += [a.id for a in self.lookup(query)]
        dem = self.demonym(query)
        if dem is not None:
            ids.append(dem.id)
        if members:
            ids += [m for kb_id in list(ids) for m in self.members_of(kb_id)]
        return tuple(dict.fromkeys(ids))

    # --- places -------------------------------------------------------------------------
    def place(self, surface: str) -> PlaceEntry | None:
        kb_id = self._place_keys.get(norm_key(surface))
        return self.places.get(kb_id) if kb_id else None

    def place_forms(self) -> Iterator[tuple[str, str]]:
        for p in self.places.values():
            for form in (p.name, *p.aliases):
                yield form, p.id
