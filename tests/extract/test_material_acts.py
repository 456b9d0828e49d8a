"""Material acts told in wordings the coder used to miss (round 7, cover5): killings told as
martyrdom or elimination, nominal attacks with their agent in an adjective or an "ordered by"
phrase, relative clauses the parser hung on the wrong word, envoys pulled out, crowds and
the parts of the premises they break into. Each class has a positive sentence (the event, with
its actor and target, must come out) and a near miss (it must not). Our own sentences."""

from __future__ import annotations

import pytest

from tests.extract.coding import Coded, coded, has

pytest.importorskip("spacy")


def _coded(ctx, text: str) -> list[Coded]:  # type: ignore[no-untyped-def]
    return coded(ctx, text, published="2025-03-10")


# (positive sentence, (type, actors, targets) it must give,
#  near miss, (type, actors, targets) it must NOT give)
MATERIAL_ACTS = [
    pytest.param("Two PMF fighters were martyred in a Turkish drone strike near Sinjar.",
                 ("ASSAULT", {"Turkey"}, {"Popular Mobilization Forces"}),
                 "Thousands marked the anniversary of the martyred imam in Karbala.",
                 ("ASSAULT", set(), set()), id="martyred-in-a-strike-is-a-killing"),
    pytest.param("The Hezbollah commander was taken out by an Israeli strike in Beirut.",
                 ("ASSAULT", {"Israel"}, set()),
                 "The Iraqi ministry took out a loan from the World Bank.",
                 ("ASSAULT", set(), set()), id="taken-out-by-a-strike-vs-a-loan"),
    pytest.param("Abu Mahdi al-Muhandis, who was killed by a drone strike ordered by Donald "
                 "Trump, led the PMF.",
                 ("ASSAULT", {"Donald Trump"}, {"Abu Mahdi al-Muhandis"}),
                 "Abu Mahdi al-Muhandis was killed in a drone strike described in a report "
                 "ordered by the Iraqi parliament.",
                 ("ASSAULT", {"Council of Representatives of Iraq"}, set()),
                 id="a-strike-ordered-by-x-is-x-s"),
    pytest.param("Three Iraqi soldiers were martyred in the Turkish aggression on Sinjar.",
                 ("ASSAULT", {"Turkey"}, set()),
                 "Iraq will respond firmly to any aggression, the minister said.",
                 ("ASSAULT", set(), set()), id="an-aggression-with-its-author"),
    pytest.param("Kuwait pulled its envoy out of Tehran after the raid.",
                 ("SANCTION", {"Kuwait"}, {"Iran"}),
                 "Iraq pulled its troops out of Sinjar.",
                 ("SANCTION", set(), set()), id="envoy-pulled-out-vs-troops"),
    pytest.param("The protest was fuelled by Israeli raids on Tuesday that destroyed two "
                 "Hezbollah depots.",
                 ("ASSAULT", {"Israel"}, {"Hezbollah"}),
                 "The protest was fuelled by a report on Tuesday that described two Hezbollah "
                 "depots.",
                 ("ASSAULT", set(), set()), id="relative-clause-hung-on-the-verb"),
    pytest.param("Hundreds of mourners stormed the Turkish embassy in Baghdad.",
                 ("ASSAULT", {"mourners"}, {"Turkey"}),
                 "Hundreds of mourners attended the funeral in Najaf.",
                 ("ASSAULT", set(), set()), id="a-crowd-of-mourners-is-an-actor"),
    pytest.param("Protesters broke into the grounds of the Turkish embassy.",
                 ("ASSAULT", set(), {"Turkey"}),
                 "Protesters gathered on the grounds of the Turkish embassy.",
                 ("ASSAULT", set(), set()), id="the-grounds-of-an-embassy-are-its-owner-s"),
    pytest.param("Iraqi police raided a building used by the Nujaba movement in Basra.",
                 ("ASSAULT", set(), {"Harakat Hezbollah al-Nujaba"}),
                 "Iraqi police raided a building near the Nujaba movement's office in Basra.",
                 ("ASSAULT", set(), {"Harakat Hezbollah al-Nujaba"}),
                 id="a-building-used-by-x-is-x-s"),
    pytest.param("London stands with the people of Iraq.",
                 ("SUPPORT", {"London"}, {"Iraq"}),
                 "London stands with the people.",
                 ("SUPPORT", set(), {"Iraq"}), id="the-people-of-a-state-stand-for-it"),
    pytest.param("Mourners buried the martyrs of Asaib Ahl al-Haq, killed when Turkish "
                 "warplanes struck a farm near Sinjar.",
                 ("ASSAULT", {"Turkey"}, {"Asa'ib Ahl al-Haq"}),
                 "Mourners buried the martyrs of Asaib Ahl al-Haq, killed when their truck hit a "
                 "mine near Sinjar.",
                 ("ASSAULT", {"mourners"}, set()),
                 id="a-participle-after-a-comma-tells-what-was-done-to-the-noun-before"),
    pytest.param("Gunmen stormed a checkpoint near Kirkuk, killed two Peshmerga guards and fled.",
                 ("ASSAULT", {"militants"}, {"Peshmerga"}),
                 "Peshmerga guards held a checkpoint near Kirkuk, wounded in the attack by gunmen.",
                 ("ASSAULT", {"Peshmerga"}, set()),
                 id="a-past-tense-with-an-object-keeps-the-main-subject"),
    pytest.param("The Turkish president, Recep Tayyip Erdogan, said that no soldiers had been "
                 "hurt and announced new sanctions on the PKK.",
                 ("SANCTION", {"Recep Tayyip Erdoğan"}, {"PKK"}),  # the KB knows him (round 8)
                 "The Turkish president, Recep Tayyip Erdogan, said that the PKK attacked a "
                 "border post and killed two soldiers.",
                 ("ASSAULT", {"Turkey"}, set()),
                 id="a-past-tense-joined-to-a-reported-passive-is-the-reporter-s"),
    pytest.param("Two Kataib Hezbollah members were detained and questioned by Iraqi security "
                 "forces.",
                 ("COERCE", {"Iraqi security forces"}, {"Kata'ib Hezbollah"}),
                 "Two Kataib Hezbollah members were detained, and the Iraqi security forces were "
                 "praised by Washington.",
                 ("COERCE", {"United States"}, set()),
                 id="joined-passives-share-their-agent"),
    pytest.param("Hostages were seized by the Iranian-backed militia Kataib Hezbollah in Baghdad.",
                 ("COERCE", {"Kata'ib Hezbollah"}, set()),
                 "Hostages were seized by the militia near the Kataib Hezbollah headquarters in "
                 "Baghdad.",
                 ("COERCE", {"Kata'ib Hezbollah"}, set()),
                 id="a-class-noun-takes-the-name-in-apposition"),
    pytest.param("Tehran launched a dozen missiles at two bases in Syria that house American "
                 "troops early on Monday.",
                 ("ASSAULT", {"Iran"}, {"U.S. military"}),
                 "Tehran launched a dozen missiles at two bases in Syria that it called empty "
                 "early on Monday.",
                 ("ASSAULT", set(), {"U.S. military"}),
                 id="bases-that-house-x-troops-hit-x"),
    pytest.param("Sadrist supporters pulled back from the Turkish embassy after a day-long sit-in.",
                 ("RETREAT", set(), {"Turkey"}),
                 "Iraqi police forced the Sadrist supporters out of the Turkish embassy.",
                 ("COERCE", set(), {"Turkey"}),
                 id="back-from-and-out-of-name-what-is-left-only-for-withdrawals"),
    pytest.param("Two Kataib Hezbollah fighters died in Friday's Turkish drone strike near Sinjar.",
                 ("ASSAULT", {"Turkey"}, {"Kata'ib Hezbollah"}),
                 "Two Kataib Hezbollah veterans died of a heart attack in Basra.",
                 ("ASSAULT", set(), {"Kata'ib Hezbollah"}),
                 id="the-dead-of-an-attack-with-its-author"),
    pytest.param("Two Kurdish fighters died in an Iranian drone strike on their camp.",
                 ("ASSAULT", {"Iran"}, set()),
                 "Three Iraqi workers died in a blast at a fuel depot in Basra.",
                 ("ASSAULT", set(), set()),
                 id="a-death-without-an-author-is-no-attack"),
    pytest.param("Protesters hurled petrol bombs at the Iranian consulate in Najaf.",
                 ("ASSAULT", set(), {"Iran"}),
                 "The minister threw his support behind the Iranian consulate's request.",
                 ("ASSAULT", set(), {"Iran"}),
                 id="missiles-thrown-at-premises-vs-support-thrown-behind"),
    pytest.param("Baghdad protested after Turkish forces carried out a drone strike near Sinjar on "
                 "Thursday that killed a senior PKK commander.",
                 ("ASSAULT", {"Turkey"}, {"PKK"}),
                 "Baghdad protested after a drone strike near Sinjar on Thursday that Turkish "
                 "officials discussed.",
                 ("ASSAULT", {"Turkey"}, set()),
                 id="what-a-strike-did-is-done-by-who-carried-it-out"),
    pytest.param("The militia fired rockets which struck the Turkish base near Mosul.",
                 ("ASSAULT", {"The militia"}, {"Turkey"}),
                 "The rockets which struck the Turkish base near Mosul were made in Iran.",
                 ("ASSAULT", {"Iran"}, set()),
                 id="what-the-weapons-hit-is-hit-by-who-fired-them"),
    pytest.param("On Friday the protesters, many wearing black scarves, set fire to a guard post at "
                 "the Turkish consulate.",
                 ("ASSAULT", {"protesters"}, {"Turkey"}),
                 "On Friday many of the guards at the Turkish consulate set fire to old papers.",
                 ("ASSAULT", set(), {"Turkey"}),
                 id="a-quantifier-after-a-comma-picks-from-the-group-before-it"),
    pytest.param("Baghdad announced the expulsion of the Turkish ambassador.",
                 ("SANCTION", {"Iraq"}, {"Turkey"}),
                 "Baghdad announced the expulsion of 300 Turkish workers.",
                 ("SANCTION", set(), set()), id="expelling-an-envoy-is-a-sanction-workers-not"),
    pytest.param("Kuwait announced the recall of its ambassador from Tehran.",
                 ("SANCTION", {"Kuwait"}, {"Iran"}),
                 "Kuwait announced the recall of the faulty rifles from Tehran.",
                 ("SANCTION", set(), set()), id="the-recall-of-its-envoy-from-a-capital"),
    pytest.param("Turkey carried out a series of airstrikes on Sinjar.",
                 ("ASSAULT", {"Turkey"}, set()),
                 "The Turkish minister answered a series of questions on Sinjar.",
                 ("ASSAULT", set(), set()), id="a-series-of-strikes-is-the-strikes"),
    pytest.param("Turkey expelled a number of Iranian diplomats.",
                 ("SANCTION", {"Turkey"}, {"Iran"}),
                 "Turkey declared a state of emergency in the south-east.",
                 ("SANCTION", set(), {"a state of emergency in the south-east"}),
                 id="a-container-noun-is-never-the-patient"),
    pytest.param("The court issued a warrant against Qais al-Khazali.",
                 ("COERCE", set(), {"Qais al-Khazali"}),
                 "The court said the charges against Qais al-Khazali were not warranted.",
                 ("COERCE", set(), {"Qais al-Khazali"}), id="a-warrant-against-x"),
    pytest.param("An Iraqi court issued a warrant for the arrest of Donald Trump.",
                 ("COERCE", {"Iraq"}, {"Donald Trump"}),
                 "An Iraqi court issued a ruling for the release of Donald Trump's papers.",
                 ("COERCE", set(), {"Donald Trump"}), id="a-warrant-for-the-arrest-of-x"),
    # ---- round 8 (cover7): munitions sent at a target, owners named by a modifier or by a
    # clause the parser hung after a place, agents named by their hostile act, the author of
    # the weapon or attack that is the subject, light verbs of starting an offensive, the
    # subject of a clause misread as the object of "after"
    pytest.param("Kata'ib Hezbollah lobbed two rockets at the U.S. embassy in Baghdad on Sunday.",
                 ("ASSAULT", {"Kata'ib Hezbollah"}, set()),
                 "Lawmakers hurled insults at the prime minister in Baghdad on Sunday.",
                 ("ASSAULT", set(), set()), id="lobbing-rockets-is-an-attack-insults-not"),
    pytest.param("Iran rained ballistic missiles on Israeli cities overnight.",
                 ("ASSAULT", {"Iran"}, {"Israel"}),
                 "The crowd rained flowers on the Iraqi soldiers returning from Mosul.",
                 ("ASSAULT", set(), set()), id="raining-missiles-on-x-flowers-not"),
    pytest.param("Kata'ib Hezbollah unleashed a barrage of rockets at the U.S. embassy.",
                 ("ASSAULT", {"Kata'ib Hezbollah"}, {"United States"}),
                 "The minister unleashed a barrage of criticism at the U.S. embassy.",
                 ("ASSAULT", set(), set()), id="a-barrage-of-rockets-at-x-of-criticism-not"),
    pytest.param("Militia fighters lobbed a short-range missile at American troops on Tuesday.",
                 ("ASSAULT", {"militants"}, {"U.S. military"}),
                 "Militia fighters lobbed questions at American reporters on Tuesday.",
                 ("ASSAULT", set(), set()), id="a-missile-lobbed-at-troops-questions-not"),
    pytest.param("Israeli warplanes destroyed two militia warehouses near Albu Kamal.",
                 ("ASSAULT", {"Israel"}, {"two militia warehouses"}),
                 "Israeli jets destroyed three weapons depots near Damascus.",
                 ("ASSAULT", set(), {"three weapons depots"}),
                 id="militia-bases-are-the-militia-s-weapons-depots-name-no-one"),
    pytest.param("Turkish artillery shelled rebel positions near the border.",
                 ("ASSAULT", {"Turkey"}, {"rebel positions"}),
                 "Turkish artillery shelled mountain depots near the border.",
                 ("ASSAULT", set(), {"mountain depots"}), id="rebel-positions-are-the-rebels"),
    pytest.param("The U.S. hit a hangar near Qaim tied to the IRGC on Sunday.",
                 ("ASSAULT", {"United States"}, {"Islamic Revolutionary Guard Corps"}),
                 "The U.S. bombed three depots in a province controlled by the Kurdistan "
                 "Regional Government.",
                 ("ASSAULT", set(), {"Kurdistan Regional Government"}),
                 id="an-owner-clause-after-a-named-place-is-the-facility-s"),
    pytest.param("Saboteurs set fire to the Iranian consulate in Karbala.",
                 ("ASSAULT", {"Saboteurs"}, {"Iran"}),
                 "The saboteurs were sentenced in Basra on Monday.",
                 ("ASSAULT", set(), set()), id="saboteurs-are-actors"),
    pytest.param("Unknown assailants opened fire on a Turkish convoy near Duhok.",
                 ("ASSAULT", {"militants"}, {"Turkey"}),  # the KB's typed unknown (kb3)
                 "Unknown assailants were blamed in a report on Turkish trade near Duhok.",
                 ("ASSAULT", set(), set()), id="assailants-are-actors"),
    pytest.param("A suicide bombing by Islamic State militants killed nine soldiers in Tikrit.",
                 ("ASSAULT", {"Islamic State"}, set()),
                 "A report by the Islamic State claimed that 20 people had died in Kirkuk.",
                 ("ASSAULT", {"Islamic State"}, set()), id="a-bombing-by-x-killed-is-x-s"),
    pytest.param("A drone flown by the Turkish army struck a Kurdish convoy near Sinjar.",
                 ("ASSAULT", {"Turkey"}, set()),
                 "A drone made by Iran struck a Kurdish convoy near Sinjar.",
                 ("ASSAULT", {"Iran"}, set()), id="a-drone-flown-by-x-not-one-made-by-x"),
    pytest.param("The rockets launched by Kata'ib Hezbollah hit a warehouse of the Iraqi army "
                 "after midnight.",
                 ("ASSAULT", {"Kata'ib Hezbollah"}, {"Iraqi security forces"}),
                 "The rockets sold by Russia hit a warehouse of the Iraqi army after midnight.",
                 ("ASSAULT", {"Russia"}, set()), id="rockets-launched-by-x-not-sold-by-x"),
    pytest.param("Turkey commenced air and ground assaults on Kurdish fighters in Duhok.",
                 ("ASSAULT", {"Turkey"}, set()),
                 "Turkey commenced talks with Kurdish fighters in Duhok.",
                 ("ASSAULT", set(), set()), id="commencing-assaults-is-assaulting-talks-not"),
    pytest.param("The raid came only days after the Turkish army, on Friday, shelled three "
                 "villages near Duhok.",
                 ("ASSAULT", {"Turkey"}, set()),
                 "The raid came only days after the visit of the Turkish army chief to Duhok.",
                 ("ASSAULT", {"Turkey"}, set()),
                 id="the-subject-after-after-is-the-subject"),
    pytest.param("Hezbollah said the strike came two days after the Islamic Republic, on Sunday "
                 "night, launched missiles at the Zionist entity.",
                 ("ASSAULT", {"Iran"}, {"Israel"}),
                 "Hezbollah said the strike came two days after the Islamic Republic's warning to "
                 "the Zionist entity.",
                 ("ASSAULT", {"Iran"}, set()), id="the-zionist-entity-is-israel"),
    # victims told through hearsay ("reported killed", "feared dead") are never the agent
    pytest.param("Gunmen stormed a checkpoint near Kirkuk, with three soldiers reported killed.",
                 ("ASSAULT", {"militants"}, set()),
                 "Gunmen stormed a checkpoint near Kirkuk, with three soldiers reported killed.",
                 ("ASSAULT", {"three soldiers"}, set()), id="reported-killed-is-a-victim"),
    pytest.param("Two Turkish soldiers were reported killed by PKK fighters in Duhok.",
                 ("ASSAULT", {"PKK"}, {"Turkey"}),  # the PKK is in the KB since round 8
                 "Two Turkish soldiers were reported killed by PKK fighters in Duhok.",
                 ("ASSAULT", {"Turkey"}, set()), id="reported-killed-by-x-is-x-s"),
    # one unnamed attacker is a source; an indefinite group of no one is not
    pytest.param("A lone gunman opened fire on worshippers at a mosque in Kirkuk.",
                 ("ASSAULT", {"A lone gunman"}, set()),
                 "Some groups opened fire on worshippers at a mosque in Kirkuk.",
                 ("ASSAULT", {"Some groups"}, set()), id="a-gunman-is-someone-some-groups-not"),
    # a strike told with no object hits the place it struck, when that lies abroad
    pytest.param("Israeli missiles struck close to Tabriz in Iran before dawn.",
                 ("ASSAULT", {"Israel"}, {"Iran"}),
                 "Iraqi jets struck near Mosul on Monday.",
                 ("ASSAULT", set(), {"Mosul"}), id="a-strike-abroad-hits-the-place-at-home-not"),
    pytest.param("Turkish jets struck in northern Iraq overnight.",
                 ("ASSAULT", {"Turkey"}, {"Iraq"}),
                 "Turkish jets struck a convoy in northern Iraq overnight.",
                 ("ASSAULT", set(), {"Iraq"}), id="a-strike-in-a-country-not-when-it-names-what"),
    # a facility hosting troops: the troops' side is the target, not the facility's country
    pytest.param("Militants fired rockets at Iraqi bases hosting coalition advisers on Monday.",
                 ("ASSAULT", {"militants"}, {"Global Coalition to Defeat ISIS"}),
                 "Militants fired rockets at an Iraqi base near Erbil on Monday.",
                 ("ASSAULT", set(), {"Global Coalition to Defeat ISIS"}),
                 id="a-base-hosting-x-is-x-s"),
    pytest.param("Drones struck the Iraqi base that houses U.S. troops near Erbil.",
                 ("ASSAULT", set(), {"U.S. military"}),
                 "Drones struck the Iraqi base near Erbil that U.S. troops left in 2021.",
                 ("ASSAULT", set(), {"U.S. military"}), id="a-base-that-houses-x-is-x-s"),
    # a bare plural act noun judged in a copula is a kind of act, not one told
    pytest.param("Rocket attacks on the embassy killed two guards on Sunday.",
                 ("ASSAULT", set(), set()),
                 "Attacks on embassies are unacceptable, the minister said on Sunday.",
                 ("ASSAULT", set(), set()), id="attacks-on-x-are-unacceptable-is-no-act"),
    # the attacked told as the subject; "under fire" as criticism is no attack
    pytest.param("A U.S. base in eastern Syria came under fire on Sunday.",
                 ("ASSAULT", set(), {"United States"}),
                 "The minister came under fire from lawmakers over the budget.",
                 ("ASSAULT", set(), set()), id="came-under-fire-vs-criticism"),
    pytest.param("The Turkish consulate came under rocket attack late on Monday.",
                 ("ASSAULT", set(), {"Turkey"}),
                 "The government came under fire for its handling of the floods.",
                 ("ASSAULT", set(), set()), id="came-under-attack-vs-handling"),
    # standing down a mission, taking one's own people out: a pull-out
    pytest.param("The coalition suspended its training missions in Iraq.",
                 ("RETREAT", {"Global Coalition to Defeat ISIS"}, {"Iraq"}),
                 "The coalition suspended its press briefings in Iraq.",
                 ("RETREAT", set(), set()), id="suspending-training-is-a-pull-back"),
    pytest.param("Germany evacuated its diplomats from Tehran on Sunday.",
                 ("RETREAT", {"Germany"}, {"Iran"}),
                 "Iraqi troops evacuated civilians from the flooded villages.",
                 ("RETREAT", set(), set()), id="evacuating-own-diplomats-vs-civilians"),
    # forces ordered or moved somewhere; an order to act is that act's
    pytest.param("The Pentagon ordered a second aircraft carrier to the eastern Mediterranean.",
                 ("MOBILIZE", {"U.S. Department of Defense"}, set()),
                 "The commander ordered troops to arrest the smugglers.",
                 ("MOBILIZE", set(), set()), id="ordering-a-carrier-somewhere-vs-an-order-to-act"),
    pytest.param("Britain is moving fighter jets to Cyprus.",
                 ("MOBILIZE", {"United Kingdom"}, set()),
                 "The company moved its staff to Dubai.",
                 ("MOBILIZE", set(), set()), id="moving-jets-is-a-deployment-staff-not"),
    # weapons moved to a side are military aid; goods are not
    pytest.param("Tehran shipped rockets and launchers to Kata'ib Hezbollah.",
                 ("AID", {"Iran"}, {"Kata'ib Hezbollah"}),
                 "The port shipped grain to Lebanon.",
                 ("AID", set(), set()), id="shipping-rockets-to-x-is-aid-grain-not"),
    # a military site hit is a target as written ("the attack on the Tanf garrison")
    pytest.param("The group said it carried out the attack on the Tanf garrison.",
                 ("ASSAULT", set(), {"the Tanf garrison"}),
                 "The group said it carried out the attack near the Tanf garrison.",
                 ("ASSAULT", set(), {"the Tanf garrison"}), id="the-attack-on-a-garrison"),
    # non-conflict senses of attack words
    pytest.param("Iraq launched a campaign against the Islamic State in Anbar.",
                 ("ASSAULT", {"Iraq"}, {"Islamic State"}),
                 "Iraq launched a campaign against corruption in Anbar.",
                 ("ASSAULT", set(), set()), id="a-campaign-against-a-party-vs-an-ill"),
    pytest.param("Turkey shelled Kurdish villages near Duhok.",
                 ("ASSAULT", {"Turkey"}, set()),
                 "Turkey shelled out millions for the new jets.",
                 ("ASSAULT", set(), set()), id="shelling-villages-vs-shelling-out-money"),
]


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), MATERIAL_ACTS)
def test_material_acts(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    got = _coded(ctx, pos)
    assert has(got, *want), got
    bad = _coded(ctx, neg)
    assert not has(bad, *unwanted), bad
