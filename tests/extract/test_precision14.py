"""Table tests of the argument classes of round 14 (prec14): wrong or missing actors and
targets that made false positives. A plural demonym with the definite article ("the
Americans") is its state; the party a noun of demand is "for" ("its call for Baghdad to curb
the militias") is who is asked; a withdrawal that names no party yields to the one camp the
story sets against the withdrawing side; the counted subject of a participle joined to a
passive ("two soldiers had been killed and five people wounded") is a victim, never the
attacker; "it" never continues a demonym that only describes a thing ("Iranian gas"); "pro-Iran"
and "anti-American" are stances, not the state; a statement whose speaker the KB does not know
("A senior adviser urged ...") is no fragment of a named party's statement. Each row
pairs a sentence that must give an event with a close sentence that must not give that
reading, so an extractor that returns nothing fails every row. Sentences written for these
tests (not from any set).
"""

from __future__ import annotations

import pytest

from tests.extract.coding import near_miss

# (positive text, (type, actors, targets) it must give,
#  near-miss text, (type, actors, targets) it must NOT give)
CLASSES = [
    # a plural demonym with "the" is the state; people counted or described stay people
    pytest.param("Hadi al-Amiri told reporters that the Americans must leave Iraq.",
                 ("REQUEST", {"Hadi al-Amiri"}, {"United States"}),
                 "Hadi al-Amiri told reporters that two Americans must leave Iraq.",
                 ("REQUEST", set(), {"United States"}), id="the-americans-must-leave"),
    pytest.param("The Iranians fired missiles at the base in Erbil on Sunday.",
                 ("ASSAULT", {"Iran"}, set()),
                 "Thousands of Iranians protested in Tehran against the government.",
                 ("PROTEST", {"Iran"}, set()), id="the-iranians-fired"),
    pytest.param("Hezbollah accused the Israelis of shelling villages in the south.",
                 ("ACCUSE", {"Hezbollah"}, {"Israel"}),
                 "Hezbollah accused many Israelis of hiding in the south.",
                 ("ACCUSE", set(), {"Israel"}), id="accused-the-israelis"),
    # a noun of demand "for X to V": X is asked; "for calm", "for an apology" ask no one
    pytest.param("The embassy repeated its call for Baghdad to curb the militias.",
                 ("REQUEST", set(), {"Iraq"}),
                 "The embassy repeated its call for calm in Baghdad.",
                 ("REQUEST", set(), {"Iraq"}), id="call-for-x-to-v"),
    pytest.param("The ministry renewed its demand for Turkey to withdraw its troops.",
                 ("REQUEST", set(), {"Turkey"}),
                 "The ministry renewed its demand for an apology from the embassy.",
                 ("REQUEST", set(), {"Turkey"}), id="demand-for-x-to-v"),
    # a withdrawal yields to the one camp set against the withdrawing side
    pytest.param("Turkish jets bombed PKK positions near Zakho on Monday. The PKK announced on "
                 "Wednesday that its fighters had withdrawn from the border villages.",
                 ("RETREAT", {"PKK"}, {"Turkey"}),
                 "The PKK announced on Wednesday that its fighters had withdrawn from the "
                 "border villages.", ("RETREAT", {"PKK"}, {"Turkey"}),
                 id="withdrawal-yields-to-the-attacker"),
    pytest.param("Iraqi security forces arrested twelve members of Asa'ib Ahl al-Haq on Monday. "
                 "Asa'ib Ahl al-Haq withdrew its gunmen from the streets of Basra after talks.",
                 ("RETREAT", {"Asa'ib Ahl al-Haq"}, {"Iraqi security forces"}),
                 "Iraqi security forces arrested twelve members of Asa'ib Ahl al-Haq on Monday. "
                 "Turkish jets bombed PKK positions near Zakho. Asa'ib Ahl al-Haq withdrew its "
                 "gunmen from the streets of Basra after talks.",
                 ("RETREAT", {"Asa'ib Ahl al-Haq"}, {"Turkey"}), id="withdrawal-after-arrests"),
    pytest.param("Iraqi troops clashed with the Mahdi Army in Basra on Sunday. Muqtada al-Sadr "
                 "told his fighters to stand down on Monday.",
                 ("RETREAT", {"Muqtada al-Sadr"}, {"Iraqi security forces"}),
                 "Iraqi troops clashed with the Mahdi Army in Basra, and U.S. jets bombed "
                 "militia positions. Muqtada al-Sadr told his fighters to stand down on Monday.",
                 ("RETREAT", {"Muqtada al-Sadr"}, {"United States"}),
                 id="stand-down-yields-to-one-camp"),
    # the counted subject of a passive with its auxiliaries left out is a victim
    pytest.param("The ministry said two soldiers had been killed and five people wounded.",
                 ("ASSAULT", set(), {"two soldiers"}),
                 "The ministry said two soldiers had been killed and five people wounded.",
                 ("ASSAULT", {"five people"}, set()), id="elided-passive-victims"),
    pytest.param("Two guards were killed and the militia claimed the attack hours later.",
                 ("ASSAULT", {"the militia"}, {"Two guards"}),
                 "The ministry said two soldiers had been killed and five people wounded.",
                 ("ASSAULT", {"five people"}, {"two soldiers"}), id="a-real-second-clause"),
    # "it" continues the subject, not a demonym describing a thing
    pytest.param("Kata'ib Hezbollah said American drones struck its depot near Qaim. It vowed "
                 "to retaliate against the United States.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, {"United States"}),
                 "The electricity ministry said Iranian gas was still flowing. It called on "
                 "Washington to extend the waiver.", ("REQUEST", {"Iran"}, set()),
                 id="it-is-no-demonym-adjective"),
    pytest.param("The Iraqi foreign ministry said Turkish shelling had killed two shepherds. It "
                 "summoned the Turkish ambassador.",
                 ("ACCUSE", {"Iraqi Ministry of Foreign Affairs"}, {"Turkey"}),
                 "The council said American aid had reached Mosul. It accused the militias of "
                 "stealing supplies.", ("ACCUSE", {"United States"}, set()),
                 id="it-after-american-aid"),
    # "pro-Iran", "anti-American": a stance, never the state
    pytest.param("Iran condemned the U.S. strikes on Monday.",
                 ("ACCUSE", {"Iran"}, {"United States"}),
                 "The Fatah alliance and other pro-Iran blocs condemned the U.S. strikes.",
                 ("ACCUSE", {"Iran"}, set()), id="pro-iran-blocs-are-not-iran"),
    pytest.param("American lawmakers urged new sanctions on Iran.",
                 ("REQUEST", {"U.S. lawmakers"}, {"Iran"}),
                 "Pro-American lawmakers urged new sanctions on Iran.",
                 ("REQUEST", {"U.S. lawmakers"}, set()), id="pro-american-lawmakers"),
    pytest.param("Iranian protesters burned the consulate in Basra.",
                 ("ASSAULT", set(), set()),
                 "Anti-Iran demonstrators in Basra burned the consulate.",
                 ("ASSAULT", {"Iran"}, set()), id="anti-iran-demonstrators"),
    # an unnamed speaker's statement is no fragment of a named party's
    pytest.param("A senior adviser urged the militias to hand over their heavy weapons. The "
                 "Sadrist bloc has long called for foreign troops to go home.",
                 ("REQUEST", {"Sadrist movement"}, {"foreign troops"}),
                 "A senior adviser urged the militias to hand over their heavy weapons. The "
                 "Sadrist bloc has long called for foreign troops to go home.",
                 ("REQUEST", {"Sadrist movement"}, {"Iran-backed militias"}),
                 id="an-unnamed-speaker-is-another-statement"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), CLASSES)
def test_precision_classes(ctx, pos, want, neg, unwanted):
    near_miss(ctx, pos, want, neg, unwanted)
