"""Material and political acts (round 10, material12): each class fixed this round as a
positive sentence (the event, with its actor and target, must come out) and a near miss (it
must not), and the development battery ``batteries/material12_A`` scored with the events
scorer. Our own sentences, about made-up episodes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.coding import Coded, coded, pos_and_near_miss

pytest.importorskip("spacy")


def _coded(ctx, text: str) -> list[Coded]:  # type: ignore[no-untyped-def]
    return coded(ctx, text, published="2025-06-02", keep=lambda e: e.reportable
                 and e.modality in ("asserted", "alleged"))


# (positive sentence, (type, actors, targets) it must give,
#  near miss, (type, actors, targets) it must NOT give)
CLASSES = [
    pytest.param("The teachers' union staged a sit-in outside the Turkish consulate.",
                 ("PROTEST", set(), {"Turkey"}),
                 "Officials said the video of the sit-in had been staged.",
                 ("PROTEST", set(), set()), id="staged-is-stage-not-stag"),
    pytest.param("Kata'ib Hezbollah fighters massed near the Syrian border on Sunday.",
                 ("MOBILIZE", {"Kata'ib Hezbollah"}, set()),
                 "Mourners gathered in Najaf for the funeral of the commander.",
                 ("MOBILIZE", set(), set()), id="armed-men-gathering-mobilise"),
    pytest.param("Thousands of Sadrist supporters gathered outside the Iranian embassy.",
                 ("PROTEST", set(), {"Iran"}),
                 "Reporters gathered outside the Iranian embassy.",
                 ("PROTEST", set(), set()), id="crowds-gathering-at-someone-protest"),
    pytest.param("Dozens of armed Asa'ib Ahl al-Haq members gathered at the ministry gates "
                 "demanding the release of their commander.",
                 ("PROTEST", {"Asa'ib Ahl al-Haq"}, set()),
                 "Dozens of armed Asa'ib Ahl al-Haq members gathered at the ministry gates "
                 "demanding the release of their commander.",
                 ("MOBILIZE", set(), set()), id="armed-men-gathering-and-demanding-protest"),
    pytest.param("Islamic State fighters abandoned their positions near Tikrit.",
                 ("RETREAT", {"Islamic State"}, set()),
                 "The Kurdistan Democratic Party abandoned the talks on Monday.",
                 ("RETREAT", set(), set()), id="positions-given-up-are-a-pull-back"),
    pytest.param("Iran rushed troops to its western border.",
                 ("MOBILIZE", {"Iran"}, set()),
                 "Kuwait rushed medicine to the flooded villages of Basra.",
                 ("MOBILIZE", set(), set()), id="forces-rushed-vs-goods-rushed"),
    pytest.param("The Iraqi army put its border units on a war footing.",
                 ("MOBILIZE", {"Iraqi security forces"}, set()),
                 "The Iraqi cabinet put the budget vote on hold.",
                 ("MOBILIZE", set(), set()), id="put-on-a-war-footing"),
    pytest.param("Kuwait barred Iranian flights from its airspace.",
                 ("SANCTION", {"Kuwait"}, {"Iran"}),
                 "Kuwait barred demonstrations outside the Iranian embassy.",
                 ("SANCTION", set(), set()), id="goods-or-traffic-barred-is-a-penalty"),
    pytest.param("Washington imposed travel bans on two PMF commanders.",
                 ("SANCTION", {"United States"}, {"Popular Mobilization Forces"}),
                 "Baghdad imposed a ban on gatherings in Tahrir Square.",
                 ("SANCTION", set(), set()), id="visa-and-travel-bans-are-sanctions"),
    pytest.param("Canada placed the Badr Organization on its terrorism blacklist.",
                 ("SANCTION", {"Canada"}, {"Badr Organization"}),
                 "The speaker placed the Badr Organization's bill on the agenda.",
                 ("SANCTION", set(), set()), id="placed-on-a-blacklist"),
    pytest.param("Fresh EU restrictions on arms sales to Iran were announced on Monday.",
                 ("SANCTION", {"European Union"}, {"Iran"}),
                 "Restrictions on movement remain in place across Mosul.",
                 ("SANCTION", set(), set()), id="restrictions-on-trade-with-a-side"),
    pytest.param("Bahrain ordered two Iranian diplomats to leave the kingdom.",
                 ("SANCTION", {"Bahrain"}, {"Iran"}),
                 "The Iraqi army ordered its troops to leave the town.",
                 ("SANCTION", set(), set()), id="envoys-ordered-to-leave-are-expelled"),
    pytest.param("The withdrawal of American forces from the Harir base began in September.",
                 ("RETREAT", {"U.S. military"}, set()),
                 "The withdrawal of American forces from Iraq is the factions' main demand.",
                 ("RETREAT", set(), set()), id="a-withdrawal-told-under-way"),
    pytest.param("The arrest of the Nujaba spokesman by Iraqi police sparked anger.",
                 ("COERCE", {"Iraqi Ministry of Interior"}, {"Harakat Hezbollah al-Nujaba"}),
                 "The arrest of the Nujaba spokesman was first reported by Iraqi media.",
                 ("COERCE", {"Iraqi media"}, set()), id="an-arrest-of-x-by-y"),
    pytest.param("Hundreds of Turkish commandos were flown into northern Iraq on Friday.",
                 ("MOBILIZE", {"Turkey"}, set()),
                 "About 2,500 American troops are stationed in Iraq.",
                 ("MOBILIZE", set(), set()), id="forces-moved-told-in-the-passive"),
    pytest.param("The European Union welcomed the truce between Israel and Hezbollah.",
                 ("SUPPORT", {"European Union"}, {"Israel"}),
                 "The Iraqi foreign minister reaffirmed his government's commitment to the "
                 "talks.",
                 ("SUPPORT", set(), {"Iraq"}), id="welcomed-a-deal-between-parties"),
    pytest.param("Riyadh threw its weight behind Mohammed Shia al-Sudani.",
                 ("SUPPORT", {"Saudi Arabia"}, {"Mohammed Shia al-Sudani"}),
                 "Iran threw its weight around in the region.",
                 ("SUPPORT", set(), set()), id="threw-its-weight-behind"),
    pytest.param("Students marched in Sulaymaniyah to protest the Turkish air strikes.",
                 ("PROTEST", set(), {"Turkey"}),
                 "Students marched in Sulaymaniyah to mark the anniversary of the Turkish "
                 "air strikes.",
                 ("PROTEST", set(), {"Turkey"}), id="a-protest-against-what-its-purpose-decries"),
    pytest.param("Italian troops completed their departure from the Kuwaiti camp.",
                 ("RETREAT", {"Italy"}, set()),
                 "The Italian minister announced his departure for Rome.",
                 ("RETREAT", set(), set()), id="a-departure-from-a-place"),
    pytest.param("The Pentagon raised the alert level at its bases in Iraq.",
                 ("MOBILIZE", {"U.S. Department of Defense"}, set()),
                 "The Pentagon raised the issue with its Iraqi counterparts.",
                 ("MOBILIZE", set(), set()), id="a-deployment-needs-no-recipient"),
    pytest.param("Islamic State militants fled Hawija as the army advanced.",
                 ("RETREAT", {"Islamic State"}, set()),
                 "Thousands of families fled Hawija as the army advanced.",
                 ("RETREAT", set(), set()), id="armed-men-fleeing-give-ground"),
    pytest.param("Washington pulled out of the nuclear deal with Iran.",
                 ("REJECT", {"United States"}, {"Iran"}),
                 "Washington pulled out of the nuclear deal.",
                 ("RETREAT", set(), set()), id="pulling-out-of-a-deal-is-a-refusal"),
    pytest.param("Iran withdrew from the deal with Iraq.",
                 ("REJECT", {"Iran"}, {"Iraq"}),
                 "Kurdish forces withdrew from Sinjar under the deal with Baghdad.",
                 ("REJECT", set(), set()), id="what-is-left-is-what-from-names"),
    pytest.param("Qatar called back its ambassador from Tehran.",
                 ("SANCTION", {"Qatar"}, {"Iran"}),
                 "Qatar called back the reporter for a second interview.",
                 ("SANCTION", set(), set()), id="an-envoy-called-back"),
    pytest.param("The Iraqi army retook the village of Mutaibijah.",
                 ("ASSAULT", {"Iraqi security forces"}, set()),
                 "The Iraqi striker retook the lead for his club.",
                 ("ASSAULT", set(), set()), id="retook-is-retake"),
    pytest.param("The Houthis staged missile drills along the Saudi border.",
                 ("MOBILIZE", {"Houthis"}, set()),
                 "Iraq and Jordan held joint military exercises near Ruwaished.",
                 ("MOBILIZE", set(), set()), id="drills-alone-show-force-joint-ones-cooperate"),
    pytest.param("Protesters blocked the road to the Kuwaiti border.",
                 ("PROTEST", {"protesters"}, set()),
                 "Iraqi troops blocked the road to the Kuwaiti border.",
                 ("PROTEST", set(), set()), id="crowds-blocking-a-road-protest"),
    pytest.param("Tribal elders organised a rally in Kut against the governor.",
                 ("PROTEST", {"Tribal elders"}, set()),
                 "Oil prices staged a rally on Monday.",
                 ("PROTEST", set(), set()), id="a-rally-led-by-elders-vs-a-market-rally"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "not_want"), CLASSES)
def test_material12_classes(ctx, pos, want, neg, not_want) -> None:  # type: ignore[no-untyped-def]
    pos_and_near_miss(lambda text: _coded(ctx, text), pos, want, neg, not_want)


def test_battery_a_floor(ctx) -> None:  # type: ignore[no-untyped-def]
    """The development battery A of this round keeps its figures (floors only go up)."""
    from brinkwatch.eval.events import evaluate_events

    d = Path(__file__).with_name("batteries") / "material12_A"
    scores = evaluate_events(d / "gold.events.jsonl", d / "articles.jsonl", ctx)
    assert scores.recall >= 0.91 and scores.precision >= 0.93, (scores.recall,
                                                                 scores.precision)
