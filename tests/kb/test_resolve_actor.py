"""TheatreKB.resolve_actor_query: what a user types in a filter selects the actor."""

from __future__ import annotations

import pytest

from brinkwatch.kb.loader import load_theatre
from brinkwatch.kb.model import KBActor, Relation, TheatreKB


@pytest.fixture(scope="module")
def kb() -> TheatreKB:
    return TheatreKB(actors=[
        KBActor(id="org_front", name="Front of the East", type="coalition",
                aliases=("FOE", "Jabhat al-Sharq"), ambiguous_aliases=("the Front",)),
        KBActor(id="org_brigade", name="Kata'ib al-Nur", type="armed_group",
                aliases=("Nur Brigades", "KN"),
                relations=(Relation(type="member_of", target="org_front"),)),
        KBActor(id="p_leader", name="Abu Example", type="person", parent="org_brigade"),
        KBActor(id="org_other", name="Other Front", type="armed_group",
                ambiguous_aliases=("the Front",)),
        KBActor(id="state_x", name="Xland", type="state", demonyms=("Xlandish",)),
    ])


@pytest.mark.parametrize(("query", "ids"), [
    ("Kata'ib al-Nur", ("org_brigade",)),
    ("Kata’ib al-Nur", ("org_brigade",)),  # curly apostrophe
    ("kataib al nur", ("org_brigade",)),  # no apostrophe, no hyphen, lower case
    ("Nur Brigades", ("org_brigade",)),  # alias
    ("KN", ("org_brigade",)), ("kn", ("org_brigade",)),  # acronym in any case
    ("org_brigade", ("org_brigade",)), ("ORG_BRIGADE", ("org_brigade",)),  # kb id
    ("Jabhat al-Sharq", ("org_front",)),  # transliteration
    ("the Front", ("org_front", "org_other")),  # ambiguous: every candidate
    ("Xlandish", ("state_x",)),  # demonym
    ("Nobody", ()), ("", ()), ("   ", ()),
])
def test_any_written_form_selects_the_actor(kb, query, ids):
    assert kb.resolve_actor_query(query) == ids


def test_members_follow_parent_and_member_of_transitively(kb):
    assert kb.resolve_actor_query("FOE", members=True) == ("org_front", "org_brigade",
                                                           "p_leader")
    assert kb.resolve_actor_query("KN", members=True) == ("org_brigade", "p_leader")
    assert kb.members_of("p_leader") == ()


def test_the_builtin_theatre_resolves_the_issue_examples():
    kb = load_theatre()
    ids = {kb.resolve_actor_query(q) for q in ("Hezbollah Brigades", "KH", "Kata’ib Hezbollah",
                                               "Kata'ib Hezbollah")}
    assert len(ids) == 1 and len(next(iter(ids))) == 1
