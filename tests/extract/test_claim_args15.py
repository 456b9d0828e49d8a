"""Table tests of round 12 (claimargs15): who does an act told inside a claim or a report that
another party disputes. In "X rejected Y's claim that it had hit Z" the pronoun is Y, the
claim's owner, not X who rejects it (an accusation or an allegation is about the one who rejects
it); in "X denied Iraqi reports that it had ..." the pronoun is X, never the report's source,
and the source is no target of the act. Acts in relative clauses keep their own subject or the
relative's antecedent: "condemned the attack that killed Y" is no attack by the one who condemns
it, and "condemned the strikes which X launched" accuses X. Each row pairs a sentence that must give an event with a close sentence
(or the same one) that must not give a wrong reading, so an extractor that returns nothing
fails every row. "Them" after a plural group named in its
sentence or the one before is that group, not a state named between. Sentences written for these tests (not from any set).
"""

from __future__ import annotations

import pytest

from tests.extract.coding import near_miss

KH = "Kata'ib Hezbollah"

# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = [
    # a claim of one's own deed, rejected by another party: the claim's owner acted
    pytest.param("Iran rejected Israel's claim that it had struck a weapons depot near Damascus.",
                 ("ASSAULT", {"Israel"}, set()),
                 "Iran rejected Israel's accusation that it had struck a weapons depot near "
                 "Damascus.", ("ASSAULT", {"Israel"}, set()), id="claim-owner-not-accusation"),
    pytest.param("Baghdad rejected Washington's assertion that it had armed the militias.",
                 ("AID", {"United States"}, set()),
                 "Baghdad rejected Washington's allegation that it had armed the militias.",
                 ("AID", {"United States"}, set()), id="assertion-owner-not-allegation"),
    pytest.param("The Pentagon dismissed the militia's claim that it had downed an American "
                 "drone.", ("ASSAULT", {"the militia"}, {"United States"}),
                 "The Pentagon dismissed the militia's claim that it had downed an American "
                 "drone.", ("ASSAULT", {"U.S. Department of Defense"}, set()),
                 id="claim-owner-not-the-dismisser"),
    pytest.param("Sudani rejected Amiri's claim that he had ordered the attack on the embassy.",
                 ("ASSAULT", {"Hadi al-Amiri"}, set()),
                 "Sudani rejected Amiri's accusation that he had ordered the attack on the "
                 "embassy.", ("ASSAULT", {"Hadi al-Amiri"}, set()), id="a-persons-claim-he"),
    # a claim of what the pronoun is ("was behind") tells no act of the owner
    pytest.param("Iran rejected Israel's claim that it had struck a weapons depot near Damascus.",
                 ("ASSAULT", {"Israel"}, set()),
                 "Iran rejected Israel's claim that it was behind the strike on the depot.",
                 ("ASSAULT", {"Israel"}, set()), id="claim-of-being-behind"),
    # a report denied: the pronoun is who denies it, the report's source no party of the act
    pytest.param("The militia denied Iraqi reports that it had kidnapped the researcher.",
                 ("ASSAULT", {"The militia"}, {"the researcher"}),
                 "The militia denied Iraqi reports that it had kidnapped the researcher.",
                 ("ASSAULT", {"Iraq"}, set()), id="denied-report-not-its-source"),
    pytest.param("Kataib Hezbollah denied Iraqi reports that its fighters had attacked the U.S. "
                 "base.", ("ASSAULT", {KH}, {"United States"}),
                 "Kataib Hezbollah denied Iraqi reports that its fighters had attacked the U.S. "
                 "base.", ("ASSAULT", set(), {"Iraq"}), id="denied-report-source-no-target"),
    pytest.param("Iran denied Western reports that it had supplied drones to Russia.",
                 ("AID", {"Iran"}, {"Russia"}),
                 "Iran denied Western reports that it had supplied drones to Russia.",
                 ("AID", set(), {"Western"}), id="denied-report-aid"),
    pytest.param("The ministry denied Kurdish reports that it had arrested the journalists.",
                 ("COERCE", {"The ministry"}, {"the journalists"}),
                 "The ministry denied Kurdish reports that it had arrested the journalists.",
                 ("COERCE", set(), {"Kurdish"}), id="denied-report-arrest"),
    # an act in a relative clause: the antecedent does it, not the main clause's subject
    pytest.param("The U.S. sanctioned the bank that funded Kataib Hezbollah.",
                 ("AID", {"the bank"}, {KH}),
                 "The U.S. sanctioned the bank that funded Kataib Hezbollah.",
                 ("AID", {"United States"}, set()), id="relative-antecedent-acts"),
    pytest.param("Washington sanctioned the judges who freed the militia leaders.",
                 ("CONCEDE", {"the judges"}, set()),
                 "Washington sanctioned the judges who freed the militia leaders.",
                 ("CONCEDE", {"United States"}, set()), id="relative-judges-free"),
    # "them" after a plural group takes the plural, not a state named between
    pytest.param("Iran backs the militias in Iraq and supplies them with drones.",
                 ("AID", {"Iran"}, {"Iran-backed militias"}),
                 "Iran backs the militias in Iraq and supplies them with drones.",
                 ("AID", set(), {"Iraq"}), id="them-a-plural-not-a-state"),
    pytest.param("A senator said American aid to Iraq should depend on action against the "
                 "militias, and urged the administration to punish the judges who freed them.",
                 ("CONCEDE", {"the judges"}, {"Iran-backed militias"}),
                 "A senator said American aid to Iraq should depend on action against the "
                 "militias, and urged the administration to punish the judges who freed them.",
                 ("CONCEDE", set(), {"Iraq"}), id="relative-them-the-plural"),
    # an attack condemned, mourned or denied: the one who reacts did not do it
    pytest.param("The militia fired rockets that hit the base.",
                 ("ASSAULT", {"The militia"}, {"the base"}),
                 "Iraq condemned the attack that killed two soldiers.",
                 ("ASSAULT", {"Iraq"}, set()), id="condemned-attack-not-the-condemner"),
    pytest.param("Israel carried out a strike that killed two commanders.",
                 ("ASSAULT", {"Israel"}, {"two commanders"}),
                 "Iraq mourned the attack that killed two soldiers.",
                 ("ASSAULT", {"Iraq"}, set()), id="mourned-attack-not-the-mourner"),
    pytest.param("Israel carried out a strike that killed two commanders.",
                 ("ASSAULT", {"Israel"}, {"two commanders"}),
                 "Iran denied the drone strike that killed the commander.",
                 ("ASSAULT", {"Iran"}, set()), id="denied-attack-not-the-denier"),
    # the act a relative clause tells its subject did: the condemnation accuses that subject
    pytest.param("Iraq condemned the strikes which Israel launched on the camp.",
                 ("ACCUSE", {"Iraq"}, {"Israel"}),
                 "Iraq condemned the strikes on the camp.",
                 ("ACCUSE", {"Iraq"}, {"Israel"}), id="condemned-relative-author"),
    pytest.param("Baghdad condemned the Turkish shelling that hit a village in Duhok.",
                 ("ASSAULT", {"Turkey"}, set()),
                 "Baghdad condemned the Turkish shelling that hit a village in Duhok.",
                 ("ASSAULT", {"Iraq"}, set()), id="condemned-act-relative"),
]


@pytest.mark.parametrize("pos,want,neg,unwanted", CLASSES)
def test_claim_args15(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    near_miss(ctx, pos, want, neg, unwanted)
