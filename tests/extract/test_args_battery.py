"""Actors and targets of events of the right type (round 9, args11): battery A, sentences of
our own about episodes of the theatre, in varied wordings: targets as objects of prepositions and
nominals, owners of struck sites and vehicles ("a vehicle of X", "Harir, an air base used by X"),
appositions and coordinations ("two factions, X and Y"), passive agents, members ("fighters of
X", "militants from X"), a party's craft ("its jets"), the other side of a clash, the party a
purpose clause names ("to punish X"), the claimant and the author a relative clause names. Each
positive row must come out (type, actor and target matched as the event scorer matches them);
each negative row must not. Rows the coder still misses are left out (the report lists them)."""

from __future__ import annotations

import pytest

from brinkwatch.records import Article, text_id

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def ctx():  # type: ignore[no-untyped-def]
    from brinkwatch.pipeline import build_context

    return build_context()


def _matching(ctx, text: str, types: list[str], actors: list[str], targets: list[str]) -> list:  # type: ignore[no-untyped-def, type-arg]
    from brinkwatch.eval.events import result_exports, side_matches, type_matches
    from brinkwatch.pipeline import process

    article = Article(id=text_id(text), origin="test", text=text, published="2025-03-10")
    return [p for p in result_exports(process(article, ctx))
            if p.get("modality") != "hypothetical" and type_matches(p["type"], types)
            and side_matches(p["actor"], actors) and side_matches(p["target"], targets)]


# (text, types, actor names, target names): [] matches any, as in the gold format
CODED = [
    ("US aircraft carried out strikes on Kata'ib Hezbollah positions near al-Qaim on Friday.", ["ASSAULT"], ["United States"], ["Kata'ib Hezbollah"]),
    ("Turkish jets hit positions of the PKK in the Qandil mountains on Sunday.", ["ASSAULT"], ["Turkey"], ["PKK"]),
    ("A drone struck the headquarters of Asa'ib Ahl al-Haq in Baghdad overnight.", ["ASSAULT"], [], ["Asa'ib Ahl al-Haq"]),
    ("Israeli warplanes launched a raid on Hezbollah's headquarters in southern Beirut on Monday.", ["ASSAULT"], ["Israel"], ["Lebanese Hezbollah"]),
    ("Militants fired rockets at a base hosting US forces in western Iraq on Tuesday.", ["ASSAULT"], [], ["United States"]),
    ("The Islamic Resistance in Iraq said it carried out a drone attack on a US base in Syria.", ["ASSAULT"], ["Islamic Resistance in Iraq"], ["United States"]),
    ("The attack on the US embassy was claimed by Kata'ib Sayyid al-Shuhada.", ["ASSAULT"], ["Kata'ib Sayyid al-Shuhada"], ["United States"]),
    ("Washington imposed sanctions on Kata'ib Hezbollah's leader on Tuesday.", ["SANCTION"], ["United States"], ["Kata'ib Hezbollah"]),
    ("The Treasury announced sanctions against Badr Organization officials on Wednesday.", ["SANCTION"], ["United States"], ["Badr Organization"]),
    ("Iraqi troops raided a compound of Saraya al-Salam in Basra on Thursday.", ["ASSAULT"], ["Iraq"], ["Saraya al-Salam"]),
    ("The Pentagon said its forces struck three facilities used by the IRGC in eastern Syria.", ["ASSAULT"], ["United States"], ["Islamic Revolutionary Guard Corps"]),
    ("Iran's foreign minister issued a warning to Israel on Monday.", ["THREATEN"], ["Iran"], ["Israel"]),
    ("US forces killed a senior commander of Harakat al-Nujaba in an airstrike in Baghdad on Thursday.", ["ASSAULT"], ["United States"], ["Harakat Hezbollah al-Nujaba"]),
    ("Two groups, Kata'ib Hezbollah and Harakat al-Nujaba, were hit by US raids on Friday.", ["ASSAULT"], ["United States"], ["Harakat Hezbollah al-Nujaba"]),
    ("An Israeli strike aimed at IRGC advisers killed four people in Damascus on Monday.", ["ASSAULT"], ["Israel"], ["Islamic Revolutionary Guard Corps"]),
    ("The United States launched airstrikes on Friday to punish Kata'ib Hezbollah for the attack.", ["ASSAULT"], ["United States"], ["Kata'ib Hezbollah"]),
    ("Rockets hit positions of the Peshmerga in Makhmour on Wednesday.", ["ASSAULT"], [], ["Peshmerga"]),
    ("Fighters of Kata'ib Hezbollah attacked a convoy of the Iraqi army on Tuesday.", ["ASSAULT"], ["Kata'ib Hezbollah"], ["Iraq"]),
    ("Israeli forces hit Hezbollah positions in southern Lebanon on Wednesday.", ["ASSAULT"], ["Israel"], ["Lebanese Hezbollah"]),
    ("Kata'ib Hezbollah issued a statement on Monday. The group said it had targeted the American base at Ain al-Asad with two drones.", ["ASSAULT"], ["Kata'ib Hezbollah"], ["United States"]),
    ("Iraq's foreign ministry summoned the Turkish ambassador on Sunday to protest the shelling of Zakho.", ["ACCUSE", "PROTEST"], ["Iraq"], ["Turkey"]),
    ("US Central Command said American aircraft struck an IRGC weapons depot in Abu Kamal on Friday.", ["ASSAULT"], ["United States"], ["Islamic Revolutionary Guard Corps"]),
    ("The Iraqi government condemned the US strike that killed a PMF commander.", ["ACCUSE"], ["Iraq"], ["United States"]),
    ("Unknown gunmen attacked the offices of the Kurdistan Democratic Party in Baghdad on Saturday.", ["ASSAULT"], [], ["Kurdistan Democratic Party"]),
    ("Israel struck targets belonging to the Houthis in Hodeidah port on Sunday.", ["ASSAULT"], ["Israel"], ["Houthis"]),
    ("The United States and Britain carried out strikes on Houthi targets in Yemen on Thursday.", ["ASSAULT"], ["United Kingdom"], ["Houthis"]),
    ("Tehran slapped sanctions on US officials on Tuesday.", ["SANCTION"], ["Iran"], ["United States"]),
    ("The convoy was ambushed by fighters of Asa'ib Ahl al-Haq on Monday.", ["ASSAULT"], ["Asa'ib Ahl al-Haq"], []),
    ("Washington blamed Kata'ib Hezbollah for the drone attack in Jordan.", ["ACCUSE"], ["United States"], ["Kata'ib Hezbollah"]),
    ("Iran threatened Israel with a crushing response on Saturday.", ["THREATEN"], ["Iran"], ["Israel"]),
    ("Iranian missiles struck Israel's Nevatim air base on Tuesday.", ["ASSAULT"], ["Iran"], ["Israel"]),
    ("The State Department denounced Iran's seizure of the tanker.", ["ACCUSE"], ["United States"], ["Iran"]),
    ("Turkey's defence ministry said its aircraft destroyed 12 PKK targets in northern Iraq on Friday.", ["ASSAULT"], ["Turkey"], ["PKK"]),
    ("Iraqi forces shelled Islamic State hideouts in the Hamrin mountains on Monday.", ["ASSAULT"], ["Iraq"], ["Islamic State"]),
    ("Attacks on US forces in Iraq and Syria resumed on Monday, the Pentagon said.", ["ASSAULT"], [], ["United States"]),
    ("The Houthis claimed a missile attack on a US destroyer on Wednesday.", ["ASSAULT"], ["Houthis"], ["United States"]),
    ("Kata'ib Hezbollah's commander was killed by a US drone on Wednesday.", ["ASSAULT"], ["United States"], ["Kata'ib Hezbollah"]),
    ("A US drone strike on Wednesday killed a Kata'ib Hezbollah commander in Baghdad.", ["ASSAULT"], ["United States"], ["Kata'ib Hezbollah"]),
    ("Iraqi police detained members of Asa'ib Ahl al-Haq in Basra on Thursday.", ["ASSAULT", "COERCE"], ["Iraq"], ["Asa'ib Ahl al-Haq"]),
    ("Drones attacked the Conoco gas field, which hosts US troops, in Deir ez-Zor on Monday.", ["ASSAULT"], [], ["United States"]),
    ("Turkish artillery shelled PKK-held villages near Amadiya on Tuesday.", ["ASSAULT"], ["Turkey"], ["PKK"]),
    ("Washington announced new sanctions targeting Iran's oil exports on Thursday.", ["SANCTION"], ["United States"], ["Iran"]),
    ("The IRGC launched a missile strike on Saturday against what it called Israeli headquarters in Erbil.", ["ASSAULT"], ["Islamic Revolutionary Guard Corps"], ["Israel"]),
    ("Kata'ib Hezbollah's fighters fired rockets at the Ain al-Asad base on Monday, wounding two US soldiers.", ["ASSAULT"], ["Kata'ib Hezbollah"], []),
    ("Asa'ib Ahl al-Haq denied on Monday that its members had attacked the protesters. The group said the accusation was a lie.", ["REJECT"], ["Asa'ib Ahl al-Haq"], []),
    ("The US embassy in Baghdad was attacked by rockets on Sunday, according to the Iraqi military.", ["ASSAULT"], [], ["United States"]),
    ("Iranian forces seized a Marshall Islands-flagged tanker in the Gulf of Oman on Thursday.", ["ASSAULT", "COERCE"], ["Iran"], []),
    ("The Iraqi interior ministry said police arrested three men who fired rockets at the US embassy on Sunday.", ["ASSAULT"], [], ["United States"]),
    ("Iran's Revolutionary Guards said on Tuesday they had struck the headquarters of Kurdish separatist groups in northern Iraq.", ["ASSAULT"], ["Islamic Revolutionary Guard Corps"], []),
    ("US sanctions on Kata'ib Hezbollah leaders took effect on Monday.", ["SANCTION"], ["United States"], ["Kata'ib Hezbollah"]),
    ("The Treasury Department on Thursday sanctioned six Iraqi bankers accused of helping the IRGC.", ["SANCTION"], ["United States"], ["Iraq"]),
    ("A senior Asa'ib Ahl al-Haq commander was assassinated by unknown gunmen in Baghdad on Friday.", ["ASSAULT"], [], ["Asa'ib Ahl al-Haq"]),
    ("Washington sent a warning to Baghdad on Wednesday over the militia attacks.", ["THREATEN"], ["United States"], ["Iraq"]),
    ("Iran fired ballistic missiles at Ain al-Asad, a base hosting American troops, on Wednesday.", ["ASSAULT"], ["Iran"], ["United States"]),
    ("Israeli jets struck positions of Iran-backed militias near Abu Kamal on Sunday.", ["ASSAULT"], ["Israel"], []),
    ("Turkish forces launched an offensive against PKK fighters in Duhok province on Monday.", ["ASSAULT"], ["Turkey"], ["PKK"]),
    ("The Iraqi army clashed with Islamic State militants in Kirkuk on Sunday.", ["ASSAULT", "FIGHT"], ["Iraq"], ["Islamic State"]),
    ("Gunmen on motorcycles shot dead a Kata'ib Hezbollah official in Basra on Saturday.", ["ASSAULT"], [], ["Kata'ib Hezbollah"]),
    ("The Pentagon blamed Iran-backed militias for the rocket attack on the embassy.", ["ACCUSE"], ["United States"], []),
    ("A US drone on Tuesday targeted a car carrying Kata'ib Hezbollah members near Baghdad airport.", ["ASSAULT"], ["United States"], ["Kata'ib Hezbollah"]),
    ("US strikes Kata'ib Hezbollah sites in western Iraq\nThe strikes on Friday destroyed weapons depots and a command post, officials said.", ["ASSAULT"], ["United States"], ["Kata'ib Hezbollah"]),
    ("The Turkish defence ministry said on Monday that its warplanes had hit PKK shelters in the Qandil region.", ["ASSAULT"], ["Turkey"], ["PKK"]),
    ("Militants from Kata'ib Hezbollah attacked a US convoy near Baghdad on Tuesday.", ["ASSAULT"], ["Kata'ib Hezbollah"], ["United States"]),
    ("Israeli troops fought with Hezbollah fighters in the village of Aita al-Shaab on Monday.", ["ASSAULT", "FIGHT"], ["Israel"], []),
    ("The United States imposed sanctions on Tuesday to pressure Iran over its nuclear programme.", ["SANCTION"], ["United States"], ["Iran"]),
    ("Drones hit Harir, an air base used by coalition forces, on Monday.", ["ASSAULT"], [], ["Global Coalition to Defeat ISIS", "United States"]),
    ("Two factions, Asa'ib Ahl al-Haq and Kata'ib Sayyid al-Shuhada, were targeted by Israeli drones on Sunday.", ["ASSAULT"], ["Israel"], ["Kata'ib Sayyid al-Shuhada"]),
    ("Its jets struck the Houthis' missile sites near Sanaa on Monday, the US military said.", ["ASSAULT"], [], ["Houthis"]),
]

# (text, types, actor names, target names) that must NOT be coded
NOT_CODED = [
    ("The Pentagon said militants attacked a US base in Syria on Monday.", ["ASSAULT"], ["United States"], []),
    ("Iraqi officials said Turkish drones killed three people in Sinjar on Sunday.", ["ASSAULT"], ["Iraq"], []),
    ("Victims of the US strike included two Kata'ib Hezbollah fighters.", ["ASSAULT"], ["Kata'ib Hezbollah"], []),
    ("The Houthis warned the United States on Monday.", ["THREATEN"], ["United States"], ["Houthis"]),
    ("Protesters in Baghdad chanted slogans against Israel on Friday.", ["ASSAULT"], [], ["Israel"]),
    ("A US drone strike killed two people in Baghdad on Thursday.", ["ASSAULT"], [], ["Iraq"]),
    ("Kata'ib Hezbollah fighters attended the funeral of a commander killed by the US.", ["ASSAULT"], ["Kata'ib Hezbollah"], []),
    ("Iraqi forces, backed by US aircraft, recaptured the town from Islamic State on Sunday.", ["ASSAULT"], [], ["United States"]),
    ("US aircraft carried aid to Erbil on Tuesday.", ["ASSAULT"], [], []),
    ("A spokesman for the Iraqi army said the attack on the base was launched from Iran.", ["ASSAULT"], ["Iraq"], []),
    ("The Iranian ambassador told reporters in Baghdad that Israel had attacked Iran.", ["ASSAULT"], ["Iraq"], []),
    ("Rockets were fired at Erbil airport on Monday, the Kurdistan Region's interior ministry said.", ["ASSAULT"], ["Kurdistan Regional Government"], []),
    ("The US envoy met Iraqi leaders in Baghdad on Monday.", ["ASSAULT", "THREATEN", "ACCUSE"], [], []),
    ("Civilians fled the area after the Turkish shelling of Zakho on Tuesday.", ["ASSAULT"], [], ["civilians"]),
    ("The Iraqi prime minister said the strikes on the PMF were a violation of sovereignty.", ["ASSAULT"], ["Iraq"], []),
    ("Sanctions on Iran have hurt ordinary Iraqis, the report said.", ["SANCTION"], [], ["Iraq"]),
    ("Kata'ib Hezbollah condemned the US strike on its headquarters.", ["ACCUSE"], [], ["Kata'ib Hezbollah"]),
    ("Israel's military said Hezbollah fired rockets at Haifa on Friday.", ["ASSAULT"], ["Israel"], []),
    ("The attack was claimed by no group, the Iraqi interior ministry said.", ["ASSAULT"], ["Iraq"], []),
    ("US forces stationed in Erbil were put on high alert on Monday.", ["ASSAULT"], [], []),
    ("Two US soldiers were wounded in a rocket attack, the Iraqi military said on Monday.", ["ASSAULT"], ["Iraq"], []),
    ("Kata'ib Hezbollah buried its dead in Karbala on Tuesday.", ["ASSAULT"], ["Kata'ib Hezbollah"], []),
    ("Iraqi lawmakers debated the sanctions on Iran on Wednesday.", ["SANCTION"], ["Iraq"], []),
    ("The people of Basra protested against power cuts on Sunday.", ["ASSAULT", "PROTEST"], [], ["people"]),
    ("Iranian officials told Iraqi visitors in Tehran that the US had attacked Iran.", ["ASSAULT"], ["Iraq"], []),
    ("Fighters from Syria crossed into Iraq near al-Qaim on Monday.", ["ASSAULT"], ["Syria"], []),
    ("The United States sent troops to Iraq on Monday to protect the Kurds.", ["ASSAULT"], ["United States"], []),
    ("Iraqi soldiers clashed with protesters in Nasiriyah on Friday.", ["ASSAULT"], [], ["Iraq"]),
    ("Its aircraft delivered aid to Sinjar on Monday, the Turkish ministry said.", ["ASSAULT"], ["Turkey"], []),
    ("Two officials, one from Iraq and one from Iran, met in Baghdad on Sunday.", ["ASSAULT"], [], []),
]


@pytest.mark.parametrize(("text", "types", "actors", "targets"), CODED)
def test_coded(ctx, text: str, types: list[str], actors: list[str], targets: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _matching(ctx, text, types, actors, targets)


@pytest.mark.parametrize(("text", "types", "actors", "targets"), NOT_CODED)
def test_not_coded(ctx, text: str, types: list[str], actors: list[str], targets: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert not _matching(ctx, text, types, actors, targets)
