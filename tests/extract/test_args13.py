"""Right event type, wrong arguments (round 13, args13): the classes of actor/target errors
fixed this round, each row a sentence of our own with a positive case and its near miss.

- a reaction to "the raids" is aimed at the story's main act (told at least twice as often as
  any other, or the lead's act when the other acts' agents are only alleged), and "condemned
  what it called an act of aggression" names the story's act;
- "its fighters" after "X, Tehran's closest ally, ..." is X's, not the apposition's possessor;
- an agentless attack told by a weapon that points back ("one of the drones") is the agent's
  whose earlier attack named that weapon;
- "On Friday gunmen opened fire" (the day parsed as the subject's modifier): the gunmen act;
- an attacker named only by a class ("a suicide bomber") takes the one a claim names;
- the medium a statement is made on ("warned on Twitter") is no recipient;
- a definite short form ("the Guards") continues the organisation whose name it ends;
- "the government" is that of the state the story is about, told by its towns as well;
- "the groups" continues a class of groups the story named ("Iran-backed militias");
- "Iran-friendly", "Iranian-trained" are modifiers, like "Iran-backed": no party;
- "the Kurdish groups" (a community the KB does not link) is named by the phrase, not "Kurdish".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.coding import near_miss, scored

pytest.importorskip("spacy")

Row = tuple[str, tuple[str, set[str], set[str]], str, tuple[str, set[str], set[str]]]

ROWS: dict[str, Row] = {
    "reaction to the story's main act": (
        "Turkish jets pounded two camps of the PKK near Amadiya on Sunday. Turkish warplanes "
        "struck the camps again at dawn and destroyed a depot, villagers said. Ankara says the "
        "group ambushed a convoy last week. On Monday Iraq's foreign ministry called the "
        "raids a flagrant breach of its sovereignty.",
        ("ACCUSE", set(), {"Turkey"}),
        # two acts by two named agents, each told once: "the attack" may be either
        "Turkish jets pounded a camp of the PKK near Amadiya on Sunday. PKK fighters fired "
        "rockets at a Turkish base near Bamarni on Monday. Baghdad condemned the attack.",
        ("ACCUSE", set(), {"Turkey"}),
    ),
    "the speaker's own name for the act": (
        "Israeli drones hit a convoy of Kata'ib Hezbollah near Abu Kamal on Thursday. "
        "Damascus denounced what it called a treacherous act of aggression.",
        ("ACCUSE", {"Syria"}, {"Israel"}),
        "Israeli drones hit a convoy of Kata'ib Hezbollah near Abu Kamal on Thursday. "
        "Damascus denounced what it called a treacherous plot.",
        ("ACCUSE", {"Syria"}, {"Israel"}),
    ),
    "possessor inside an apposition": (
        "On Sunday police in Hilla arrested four members of Kata'ib Sayyid al-Shuhada, "
        "Tehran's loyal ally in Babil, after its fighters fired on a police station.",
        ("ASSAULT", {"Kata'ib Sayyid al-Shuhada"}, set()),
        "On Sunday police in Hilla arrested four members of Kata'ib Sayyid al-Shuhada, "
        "after Iran's fighters fired on a police station.",
        ("ASSAULT", {"Kata'ib Sayyid al-Shuhada"}, set()),
    ),
    "a place inside an apposition": (
        "On Friday soldiers in Tikrit detained three members of Asaib Ahl al-Haq, the largest "
        "militia in Salahuddin, after its gunmen fired on a checkpoint.",
        ("ASSAULT", {"Asa'ib Ahl al-Haq"}, set()),
        "On Friday soldiers in Tikrit detained three members of Asaib Ahl al-Haq, the largest "
        "militia in Salahuddin, after its gunmen fired on a checkpoint.",
        ("ASSAULT", {"Salahuddin"}, set()),
    ),
    "a weapon pointing back at its launcher": (
        "Iranian forces fired missiles and drones at camps of the PDKI near Koya on Tuesday. "
        "Hours later one of the drones crashed into a base hosting American troops near Erbil.",
        ("ASSAULT", {"Iranian armed forces"}, {"U.S. military"}),
        "Iranian forces fired missiles at camps of the PDKI near Koya on Tuesday. "
        "Hours later a drone crashed into a base hosting American troops near Erbil.",
        ("ASSAULT", {"Iranian armed forces"}, {"U.S. military"}),
    ),
    "a day before the subject": (
        # parsed "On [Friday gunmen]": the gunmen act, they are not what was fired on
        "On Friday gunmen opened fire on a police patrol in Tikrit.",
        ("ASSAULT", {"militants"}, set()),
        "On Friday gunmen opened fire on a police patrol in Tikrit.",
        ("ASSAULT", set(), {"militants"}),
    ),
    "a class of attacker named by a claim": (
        "On Monday a suicide bomber blew himself up at a checkpoint of Iraqi soldiers near "
        "Baiji. Islamic State said it was behind the bombing.",
        ("ASSAULT", {"Islamic State"}, set()),
        "On Monday a suicide bomber blew himself up at a checkpoint of Iraqi soldiers near "
        "Baiji. Islamic State denied it was behind the bombing.",
        ("ASSAULT", {"Islamic State"}, set()),
    ),
    "the medium is no recipient": (
        "Kata'ib Hezbollah threatened Sudani on Telegram.",
        ("THREATEN", {"Kata'ib Hezbollah"}, {"Mohammed Shia al-Sudani"}),
        "On Friday Qais al-Khazali warned on Twitter that the occupiers would pay.",
        ("THREATEN", set(), {"Twitter"}),
    ),
    "a definite short form of a name": (
        "Iran's Revolutionary Guards shelled villages near Sidakan on Monday. On Tuesday the "
        "Guards fired rockets at a base of the PKK near Sinjar.",
        ("ASSAULT", {"Islamic Revolutionary Guard Corps"}, {"PKK"}),
        # a common noun is no short form: "two guards" are not the Revolutionary Guards
        "Iran's Revolutionary Guards shelled villages near Sidakan on Monday. On Tuesday two "
        "guards fired rockets at a base of the PKK near Sinjar.",
        ("ASSAULT", {"Islamic Revolutionary Guard Corps"}, {"PKK"}),
    ),
    "the story's state told by its towns": (
        "Iran's envoy toured a market in Karbala on Sunday. Later traders in Karbala, Najaf "
        "and Diwaniyah demanded that the government cut import duties.",
        ("REQUEST", set(), {"Iraqi government"}),
        "Iran's envoy toured a market in Karbala on Sunday. Later traders in Karbala, Najaf "
        "and Diwaniyah demanded that the government cut import duties.",
        ("REQUEST", set(), {"Iranian government"}),
    ),
    "the groups after a class of groups": (
        "Dutch aircraft bombed hideouts used by Iran-backed militias near Anah on Friday. The "
        "Dutch defence ministry said the groups had shelled a base hosting Dutch troops.",
        ("ASSAULT", {"Iran-backed militias"}, set()),
        # a named group nearer: "the groups" are more than it, left unknown
        "Dutch aircraft bombed hideouts used by Harakat al-Nujaba near Anah on Friday. The "
        "Dutch defence ministry said the groups had shelled a base hosting Dutch troops.",
        ("ASSAULT", {"Harakat Hezbollah al-Nujaba"}, set()),
    ),
    "a state in a modifier is no party": (
        "On Monday Iranian-trained gunmen attacked a convoy of Turkish troops near Bashiqa.",
        ("ASSAULT", set(), {"Turkey"}),
        "On Monday Iranian-trained gunmen attacked a convoy of Turkish troops near Bashiqa.",
        ("ASSAULT", {"Iran"}, set()),
    ),
    "a community's groups named by the phrase": (
        "Damascus accuses the Druze factions of sheltering fighters of Islamic State.",
        ("ACCUSE", {"Syria"}, {"the Druze factions"}),
        "Damascus accuses the Druze factions of sheltering fighters of Islamic State.",
        ("ACCUSE", {"Syria"}, {"Druze"}),
    ),
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_argument_class(ctx: Any, name: str) -> None:
    pos, want, neg, unwanted = ROWS[name]
    near_miss(ctx, pos, want, neg, unwanted)


def test_nothing_coded_fails_a_row(ctx: Any) -> None:
    """A coder that returns nothing must fail the positive rows: each expects an event."""
    assert all(want[0] for _, want, _, _ in ROWS.values())
    assert scored(ctx, "The weather in Basra was hot on Monday.") == []
