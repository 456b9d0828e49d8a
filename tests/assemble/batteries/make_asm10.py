"""Write the asm10 batteries (A: develop, B: check) as dev-format sets: articles + gold.

Short whole articles written for round 9 (asm10); episodes of the theatre told in our own words.
Run: python tests/assemble/batteries/make_asm10.py  (writes asm10_A/ and asm10_B/ beside it).
"""
from __future__ import annotations

import json
from pathlib import Path

US = ["United States", "U.S.", "US", "Washington", "U.S. military", "Pentagon", "American"]
KH = ["Kata'ib Hezbollah", "Kataib Hezbollah"]
IRAN = ["Iran", "Tehran", "Iranian"]
IRAQ = ["Iraq", "Baghdad", "Iraqi government", "Iraqi"]
PROT = ["protesters", "demonstrators", "crowd", "supporters", "militia supporters"]

# (doc, published, text, [(type(s), actor, target, date, evidence, required)])
A = [
 ("a01", "2019-12-31",
  "Protesters Storm Outer Wall Of US Embassy In Baghdad\n\n"
  "BAGHDAD – Hundreds of supporters of Kataib Hezbollah stormed the outer wall of the U.S. "
  "embassy compound in Baghdad on Tuesday, setting fire to a reception area. U.S. Marines fired "
  "tear gas at the crowd as the protesters smashed the main gate.\n\n"
  "No American staff were hurt, officials said. The State Department condemned the attack and "
  "called on Iraq to protect the mission.\n\n"
  "\"We will hold Iran fully responsible,\" President Donald Trump said on Twitter.\n\n"
  "The protest followed U.S. air strikes on Sunday that killed 25 Kataib Hezbollah fighters in "
  "western Iraq.",
  [(["ASSAULT", "PROTEST"], KH + PROT, US + ["U.S. embassy", "embassy"], "2019-12-31",
    "stormed the outer wall", True),
   (["ASSAULT", "COERCE"], ["U.S. Marine Corps", "U.S. Marines"] + US, PROT + KH, "2019-12-31",
    "Marines fired tear gas", True),
   (["ACCUSE", "PROTEST"], US + ["State Department"], KH + PROT, "2019-12-31",
    "condemned the attack", True),
   (["REQUEST"], US + ["State Department"], IRAQ, "2019-12-31", "called on Iraq", True),
   (["ACCUSE", "THREATEN"], US + ["Donald Trump"], IRAN, "2019-12-31", "hold Iran fully", True),
   (["ASSAULT"], US, KH, "2019-12-29", "U.S. air strikes on Sunday", True)]),
 ("a02", "2020-03-13",
  "US Strikes Militia Sites In Western Iraq\n\n"
  "WASHINGTON – The United States carried out air strikes on Thursday against five weapons "
  "storage facilities of Kataib Hezbollah in Iraq, the Pentagon said.\n\n"
  "The strikes answered a rocket attack on Wednesday on Camp Taji that killed two American "
  "soldiers and a British medic.\n\n"
  "Defense Secretary Mark Esper warned that Washington would \"take any action necessary\" to "
  "protect its forces. Iraq's military condemned the U.S. strikes as a violation of sovereignty."
  "\n\nKataib Hezbollah has denied carrying out the Taji attack.",
  [(["ASSAULT"], US, KH, "2020-03-12", "carried out air strikes on Thursday", True),
   (["ASSAULT"], [], US + ["Camp Taji", "British", "United Kingdom"], "2020-03-11",
    "rocket attack on Wednesday on Camp Taji", True),
   (["THREATEN"], US + ["Mark Esper"], [], None, "would \"take any action", True),
   (["ACCUSE", "PROTEST"], IRAQ + ["Iraqi military"], US, None, "condemned the U.S. strikes",
    True),
   (["REJECT"], KH, [], None, "has denied carrying out", True)]),
 ("a03", "2020-07-06",
  "Rockets hit near US base at Baghdad airport\n\n"
  "BAGHDAD – Three rockets struck near a base housing U.S. troops at Baghdad International "
  "Airport late on Sunday, causing no casualties, the Iraqi military said.\n\n"
  "A little-known group calling itself Usbat al-Tha'ireen claimed responsibility for the attack "
  "in a statement on Telegram.\n\n"
  "Prime Minister Mustafa al-Kadhimi condemned the bombing and ordered an investigation.\n\n"
  "The group had also claimed a rocket attack on the U.S. embassy two weeks earlier.",
  [(["ASSAULT"], ["Usbat al-Tha'ireen"], US + ["Baghdad International Airport"],
    "2020-07-05", "Three rockets struck near a base", True),
   (["ACCUSE", "PROTEST"], IRAQ + ["Mustafa al-Kadhimi"], ["Usbat al-Tha'ireen"], None,
    "condemned the bombing", True),
   (["ASSAULT"], ["Usbat al-Tha'ireen"], US + ["U.S. embassy"], None,
    "rocket attack on the U.S. embassy", True)]),
 ("a04", "2019-12-07",
  "Iran condemns US sanctions on Iraqi militia leaders\n\n"
  "TEHRAN – Iran on Saturday condemned new U.S. sanctions on leaders of Iraqi armed groups, "
  "calling them illegal.\n\n"
  "Foreign Ministry spokesman Abbas Mousavi said the measures showed Washington's \"economic "
  "terrorism\" against the region.\n\n"
  "The U.S. Treasury imposed the sanctions on Friday on Qais al-Khazali, the leader of Asaib Ahl "
  "al-Haq, and his brother Laith.",
  [(["ACCUSE", "PROTEST"], IRAN + ["Abbas Mousavi"], US, "2019-12-07", "Iran on Saturday condemned",
    True),
   (["SANCTION"], US + ["U.S. Treasury", "Treasury"], ["Qais al-Khazali", "Asaib Ahl al-Haq"],
    "2019-12-06", "imposed the sanctions on Friday", True)]),
 ("a05", "2023-05-10",
  "Iraqi premier vows to battle corruption and militia influence\n\n"
  "BAGHDAD – Iraq's Prime Minister Mohammed Shia al-Sudani said on Wednesday his government "
  "would battle corruption and fight the influence of armed factions in state institutions.\n\n"
  "Sudani, who took office last year, has struggled to combat graft while relying on the "
  "support of the Coordination Framework.\n\n"
  "Separately, Iraqi counter-terrorism forces clashed with Islamic State militants in Kirkuk "
  "province on Tuesday, killing three of them, the military said.",
  [(["ASSAULT"], IRAQ + ["Iraqi Counter-Terrorism Service", "counter-terrorism forces"],
    ["Islamic State", "ISIS"], "2023-05-09", "clashed with Islamic State militants", True)]),
 ("a06", "2024-02-03",
  "US Jets Strike Targets In Iraq And Syria\n\n"
  "WASHINGTON – U.S. bombers struck more than 85 targets in Iraq and Syria on Friday, hitting "
  "sites used by Iran's Revolutionary Guards and allied militias, the U.S. military said.\n\n"
  "The strikes were retaliation for the drone attack on Sunday that killed three U.S. soldiers "
  "at a base in Jordan.\n\n"
  "Iraq's government spokesman said 16 people were killed, including civilians, and condemned "
  "the strikes. Iran's foreign ministry denied any role in the Jordan attack.\n\n"
  "The Islamic Resistance in Iraq, which claimed the Jordan attack, vowed to keep up its "
  "operations.",
  [(["ASSAULT"], US, IRAN + ["Islamic Revolutionary Guard Corps", "militias", "Iraq", "Syria"],
    "2024-02-02", "U.S. bombers struck more than 85", True),
   (["ASSAULT"], ["Islamic Resistance in Iraq"], US + ["Jordan"], "2024-01-28",
    "the drone attack on Sunday", True),
   (["ACCUSE", "PROTEST"], IRAQ, US, None, "condemned the strikes", True),
   (["REJECT"], IRAN, [], None, "denied any role", True),
   (["THREATEN"], ["Islamic Resistance in Iraq"], [], None, "vowed to keep up", True)]),
 ("a07", "2019-11-28",
  "Protesters Torch Iranian Consulate In Najaf\n\n"
  "NAJAF, Iraq – Anti-government protesters stormed and set fire to the Iranian consulate in "
  "the holy city of Najaf on Wednesday night, chanting against Tehran's influence. Iraqi police "
  "fired live ammunition at the crowd, and security sources said one protester was killed.\n\n"
  "Iran's foreign ministry condemned the attack and demanded that Baghdad punish those "
  "responsible.\n\n"
  "On Thursday, security forces shot dead at least 18 protesters in Nasiriyah, medics said.",
  [(["ASSAULT", "PROTEST"], PROT, IRAN + ["Iranian consulate"], "2019-11-27",
    "stormed and set fire to the Iranian consulate", True),
   (["ASSAULT", "COERCE"], IRAQ + ["Iraqi police", "police"], PROT, "2019-11-27",
    "police fired live ammunition", True),
   (["ACCUSE", "PROTEST"], IRAN, PROT, None, "condemned the attack", True),
   (["REQUEST"], IRAN, IRAQ, None, "demanded that Baghdad punish", True),
   (["ASSAULT", "COERCE"], IRAQ + ["security forces"], PROT, "2019-11-28",
    "security forces shot dead", True)]),
 ("a08", "2021-07-07",
  "Drone hits Erbil airport base\n\n"
  "ERBIL, Iraq – An explosive-laden drone struck the perimeter fence of the coalition base at "
  "Erbil airport on Tuesday night, the Kurdistan Region's counter-terrorism service said, "
  "causing a fire but no casualties.\n\n"
  "No group claimed the attack. The U.S.-led coalition said it was investigating.\n\n"
  "A similar drone attack in April damaged a hangar at the same base.",
  [(["ASSAULT"], [], US + ["coalition", "U.S.-led coalition", "Erbil", "Erbil airport"],
    "2021-07-06", "drone struck the perimeter fence", True),
   (["ASSAULT"], [], US + ["coalition", "Erbil"], None, "similar drone attack in April", False)]),
 ("a09", "2019-05-13",
  "Iran's Guards warn US over Gulf buildup\n\n"
  "TEHRAN – The commander of Iran's Revolutionary Guards, Hossein Salami, warned the United "
  "States on Sunday that any attack on Iranian soil would be met with a crushing response.\n\n"
  "\"We will strike back at any base used against us,\" Salami told a rally in Tehran. He said "
  "U.S. bases in Iraq were within range of Iranian missiles.\n\n"
  "The United States has sent an aircraft carrier to the region in recent weeks.",
  [(["THREATEN"], IRAN + ["Hossein Salami", "Islamic Revolutionary Guard Corps"], US,
    "2019-05-12", "warned the United States on Sunday", True),
   (["MOBILIZE"], US, [], None, "has sent an aircraft carrier", False)]),
 ("a10", "2021-03-02",
  "Washington to fight Iranian influence in Baghdad, envoy says\n\n"
  "BAGHDAD – The U.S. envoy said on Monday that Washington would battle Iran's influence in "
  "Iraq through investment, not troops. \"We are fighting a war of ideas,\" she told reporters."
  "\n\nHer remarks came a day after Kataib Hezbollah fighters attacked a convoy carrying "
  "supplies for the coalition near Diwaniyah, burning two trucks.",
  [(["ASSAULT"], KH, US + ["coalition", "convoy"], "2021-02-28", "fighters attacked a convoy",
    True)]),
 ("a11", "2020-06-23",
  "Iraq arrests suspects in rocket attack\n\n"
  "BAGHDAD – Iraqi security forces arrested four men on Monday over the rocket attack on Friday "
  "that killed a contractor at the Balad air base, the Joint Operations Command said.\n\n"
  "The suspects belong to an armed faction, it said, without naming it.\n\n"
  "Kataib Hezbollah denounced the arrests as a \"kidnapping\" and threatened to retaliate "
  "against the government.",
  [(["COERCE"], IRAQ + ["security forces"], ["suspects", "men"], "2020-06-22",
    "arrested four men on Monday", True),
   (["ASSAULT"], [], ["Balad", "Balad air base", "contractor"] + US + IRAQ, "2020-06-19",
    "the rocket attack on Friday", True),
   (["ACCUSE", "PROTEST"], KH, IRAQ, None, "denounced the arrests", True),
   (["THREATEN"], KH, IRAQ + ["government"], None, "threatened to retaliate", True)]),
 ("a12", "2020-01-27",
  "Iran Denies Role In Attack On US Embassy\n\n"
  "TEHRAN – Iran on Monday rejected U.S. accusations that it was behind a rocket attack on the "
  "American embassy in Baghdad. Foreign Ministry spokesman Abbas Mousavi called the claims "
  "\"baseless\".\n\n"
  "Secretary of State Mike Pompeo had blamed Iran-backed militias for the attack on Sunday, "
  "which struck the outer wall of the embassy compound without causing casualties.",
  [(["REJECT"], IRAN + ["Abbas Mousavi"], US, "2020-01-27", "rejected U.S. accusations", True),
   (["ASSAULT"], [], US + ["U.S. embassy", "embassy"], "2020-01-26", "the attack on Sunday",
    True),
   (["ACCUSE"], US + ["Mike Pompeo"], ["militias", "Iran-backed militias"] + IRAN, None,
    "had blamed Iran-backed militias", True)]),
 ("a13", "2021-06-28",
  "Two Iraqi Militiamen Killed In US Air Strikes On Syria Border\n\n"
  "BAGHDAD – U.S. aircraft bombed facilities used by Iran-backed militias on both sides of the "
  "Iraq-Syria border on Sunday night, killing four fighters of Kataib Sayyid al-Shuhada, the "
  "group said.\n\n"
  "The Pentagon said the strikes targeted operational and weapons storage sites used to launch "
  "drone attacks on U.S. personnel in Iraq.\n\n"
  "Iraq's prime minister called the strikes a blatant violation of Iraqi sovereignty.",
  [(["ASSAULT"], US, ["Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada", "militias",
    "Iran-backed militias", "Iraq", "Syria"], "2021-06-27", "aircraft bombed facilities", True),
   (["ACCUSE", "PROTEST"], IRAQ + ["Mustafa al-Kadhimi"], US, None,
    "called the strikes a blatant", True)]),
 ("a14", "2022-03-13",
  "Iran Fires Ballistic Missiles At Erbil, Claims Israeli Target\n\n"
  "ERBIL, Iraq – Iran's Revolutionary Guards fired a dozen ballistic missiles at Erbil early on "
  "Sunday, damaging a television station and homes near the new U.S. consulate building, "
  "Kurdish officials said. No one was killed.\n\n"
  "The Guards said they had targeted an Israeli \"strategic centre\" in the city. Iraq's "
  "foreign ministry summoned Iran's ambassador in protest.",
  [(["ASSAULT"], IRAN + ["Islamic Revolutionary Guard Corps"], ["Erbil", "Kurdistan Region",
    "Israel", "Iraq"] + US, "2022-03-13", "fired a dozen ballistic missiles", True),
   (["ACCUSE", "PROTEST"], IRAQ, IRAN, None, "summoned Iran's ambassador", True)]),
 ("a15", "2023-11-22",
  "Militia Drone Attack Wounds US Troops At Ain Al-Asad\n\n"
  "WASHINGTON – A one-way attack drone struck Ain al-Asad air base in western Iraq on Tuesday, "
  "causing minor injuries to several U.S. service members, the Pentagon said.\n\n"
  "The Islamic Resistance in Iraq said it carried out the attack. Defense Secretary Lloyd Austin "
  "warned that the United States would respond at a time and place of its choosing.",
  [(["ASSAULT"], ["Islamic Resistance in Iraq"], US + ["Ain al-Asad"], "2023-11-21",
    "drone struck Ain al-Asad", True),
   (["THREATEN"], US + ["Lloyd Austin"], ["Islamic Resistance in Iraq"], None,
    "warned that the United States would respond", True)]),
]

B = [
 ("b01", "2022-09-29",
  "Iran Fires Missiles At Kurdish Groups In Northern Iraq\n\n"
  "ERBIL – Iran's Revolutionary Guards launched missiles and drones at Iranian Kurdish "
  "opposition bases in northern Iraq on Wednesday, killing at least nine people, Kurdish "
  "officials said.\n\n"
  "A U.S. fighter jet shot down an Iranian drone that was heading toward Erbil, the U.S. "
  "military said. Washington condemned the attack as an assault on Iraq's sovereignty.\n\n"
  "Iraq's foreign ministry summoned the Iranian ambassador.\n\n"
  "The Guards had shelled the same area on Saturday.",
  [(["ASSAULT"], IRAN + ["Islamic Revolutionary Guard Corps"],
    ["Kurdish", "opposition", "Iraq", "Kurdistan Region"], "2022-09-28",
    "launched missiles and drones", True),
   (["ASSAULT"], US, IRAN, "2022-09-28", "shot down an Iranian drone", False),
   (["ACCUSE", "PROTEST"], US, IRAN, None, "Washington condemned the attack", True),
   (["ACCUSE", "PROTEST"], IRAQ, IRAN, None, "summoned the Iranian ambassador", True),
   (["ASSAULT"], IRAN + ["Islamic Revolutionary Guard Corps"], [], "2022-09-24",
    "shelled the same area on Saturday", True)]),
 ("b02", "2020-01-01",
  "U.S. Marines Push Back Crowd At Baghdad Embassy\n\n"
  "BAGHDAD – American Marines used tear gas and stun grenades on Wednesday to push back militia "
  "supporters who threw stones at the embassy's reception building for a second day.\n\n"
  "The protesters, many waving flags of the Popular Mobilization Forces, pitched tents outside "
  "the compound's main gate before withdrawing in the afternoon.\n\n"
  "The Pentagon said some 750 more troops would be sent to the region. Iran's Supreme Leader "
  "Ali Khamenei denied that Tehran had organised the protests.",
  [(["ASSAULT", "COERCE"], ["U.S. Marine Corps", "American Marines"] + US, PROT + ["Popular Mobilization Forces"],
    "2020-01-01", "Marines used tear gas", True),
   (["ASSAULT", "PROTEST"], PROT + ["Popular Mobilization Forces"], US + ["embassy"],
    "2020-01-01", "threw stones at the embassy", True),
   (["MOBILIZE"], US, [], None, "750 more troops would be sent", True),
   (["REJECT"], IRAN + ["Ali Khamenei"], [], None, "denied that Tehran", True)]),
 ("b03", "2020-04-10",
  "Rockets Target US Forces At Ain Al-Asad\n\n"
  "ANBAR, Iraq – Two Katyusha rockets landed inside the Ain al-Asad air base, which hosts U.S. "
  "troops, on Thursday, the coalition said, without giving details of damage.\n\n"
  "Usbat al-Thaireen, a group that surfaced after Soleimani's killing, said in a statement that "
  "its fighters launched the rockets.\n\n"
  "Iraq's defence ministry denounced the strike and said those behind it would be pursued.\n\n"
  "The base was also hit in January by Iranian ballistic missiles.",
  [(["ASSAULT"], ["Usbat al-Tha'ireen"], US + ["Ain al-Asad", "coalition"], "2020-04-09",
    "rockets landed inside the Ain al-Asad", True),
   (["ACCUSE", "PROTEST"], IRAQ + ["defence ministry"], ["Usbat al-Tha'ireen"], None,
    "denounced the strike", True),
   (["THREATEN"], IRAQ, [], None, "would be pursued", False),
   (["ASSAULT"], IRAN, US + ["Ain al-Asad"], None, "hit in January", False)]),
 ("b04", "2020-01-03",
  "Tehran slams US strike near Baghdad airport\n\n"
  "TEHRAN – Iran's foreign ministry spokesman Abbas Mousavi on Friday condemned the U.S. killing "
  "of General Qassem Soleimani as an act of international terrorism.\n\n"
  "\"The United States bears responsibility for all consequences of this rogue adventurism,\" "
  "Mousavi said in a statement.\n\n"
  "The Pentagon said President Donald Trump had ordered the strike, which hit a convoy near "
  "Baghdad airport early on Friday and also killed Abu Mahdi al-Muhandis.",
  [(["ACCUSE", "PROTEST"], IRAN + ["Abbas Mousavi"], US, "2020-01-03", "condemned the U.S. killing",
    True),
   (["ASSAULT"], US + ["Donald Trump"], IRAN + ["Qassem Soleimani", "Abu Mahdi al-Muhandis",
    "Islamic Revolutionary Guard Corps", "Quds Force", "Popular Mobilization Forces", "convoy"],
    "2020-01-03", "killing of General Qassem Soleimani", True)]),
 ("b05", "2023-06-12",
  "Kurdish premier vows to fight corruption as budget row drags on\n\n"
  "ERBIL – Kurdistan Region Prime Minister Masrour Barzani said on Sunday his cabinet was "
  "waging a battle against corruption and would combat smuggling at border crossings.\n\n"
  "Baghdad and Erbil have clashed for months over oil revenues.\n\n"
  "On Saturday, Turkish drones struck a vehicle near Sulaimaniyah, killing two PKK members, "
  "local officials said.",
  [(["ASSAULT"], ["Turkey", "Turkish"], ["PKK", "Kurdistan Workers' Party"], "2023-06-10",
    "Turkish drones struck a vehicle", True)]),
 ("b06", "2021-02-26",
  "U.S. Strikes Iran-Backed Militia Facilities In Syria\n\n"
  "WASHINGTON – U.S. warplanes struck facilities used by Kataib Hezbollah and Kataib Sayyid "
  "al-Shuhada in eastern Syria on Thursday, the Pentagon said, in the first military action of "
  "President Joe Biden's administration.\n\n"
  "The strikes followed the rocket attack on Erbil on Feb. 15 that killed a civilian contractor "
  "and wounded a U.S. service member.\n\n"
  "Kataib Hezbollah denied involvement in the Erbil attack. Syria's foreign ministry condemned "
  "the strikes as \"cowardly\" aggression.",
  [(["ASSAULT"], US, KH + ["Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada", "Syria"],
    "2021-02-25", "warplanes struck facilities", True),
   (["ASSAULT"], [], US + ["Erbil", "contractor"], "2021-02-15", "rocket attack on Erbil",
    True),
   (["REJECT"], KH, [], None, "denied involvement", True),
   (["ACCUSE", "PROTEST"], ["Syria"], US, None, "condemned the strikes", True)]),
 ("b07", "2022-08-17",
  "Iraq Summons US Envoy Over Deadly Raid\n\n"
  "BAGHDAD – Iraq's foreign ministry summoned the U.S. charge d'affaires on Tuesday to protest a "
  "raid that killed two members of the Popular Mobilization Forces near Qaim.\n\n"
  "The ministry said the raid, carried out by American helicopters last week, violated Iraqi "
  "sovereignty.\n\n"
  "Falih al-Fayyadh, the PMF chairman, warned that his forces would not stay silent.",
  [(["ACCUSE", "PROTEST"], IRAQ, US, "2022-08-16", "summoned the U.S. charge", True),
   (["ASSAULT"], US, ["Popular Mobilization Forces", "PMF"], None, "raid that killed", True),
   (["THREATEN"], ["Falih al-Fayyadh", "Popular Mobilization Forces", "PMF"], [], None,
    "would not stay silent", True)]),
 ("b08", "2021-04-05",
  "Rocket hits gate of US embassy in Baghdad\n\n"
  "BAGHDAD – A rocket hit the main gate of the U.S. embassy in Baghdad's Green Zone late on "
  "Saturday, damaging a guard post, the Iraqi military said. The embassy's air defences "
  "intercepted two other rockets.\n\n"
  "An Iraqi child was wounded in a nearby house.\n\n"
  "U.S. Secretary of State Antony Blinken spoke to Iraqi Prime Minister Mustafa al-Kadhimi by "
  "phone on Sunday and urged Baghdad to hold the attackers accountable.",
  [(["ASSAULT"], [], US + ["U.S. embassy", "embassy"], "2021-04-03", "rocket hit the main gate",
    True),
   (["CONSULT"], US + ["Antony Blinken"], IRAQ + ["Mustafa al-Kadhimi"], "2021-04-04",
    "spoke to Iraqi Prime Minister", True),
   (["REQUEST"], US + ["Antony Blinken"], IRAQ + ["Mustafa al-Kadhimi"], "2021-04-04",
    "urged Baghdad to hold", True)]),
 ("b09", "2022-12-19",
  "Islamic State Ambush Kills Nine Iraqi Soldiers Near Kirkuk\n\n"
  "KIRKUK, Iraq – Islamic State militants ambushed an Iraqi army patrol south of Kirkuk on "
  "Sunday, killing nine soldiers, a military statement said.\n\n"
  "Iraqi aircraft later bombed the militants' hideouts in the Wadi al-Shay valley.\n\n"
  "Prime Minister Mohammed Shia al-Sudani vowed to hunt down the attackers.",
  [(["ASSAULT"], ["Islamic State", "ISIS"], IRAQ + ["Iraqi army"], "2022-12-18",
    "ambushed an Iraqi army patrol", True),
   (["ASSAULT"], IRAQ, ["Islamic State", "ISIS", "militants"], None, "aircraft later bombed",
    True),
   (["THREATEN"], IRAQ + ["Mohammed Shia al-Sudani"], ["Islamic State", "ISIS", "attackers"],
    None, "vowed to hunt down", True)]),
 ("b10", "2020-01-24",
  "Iraqi Cleric Sadr Calls For Peaceful Protests\n\n"
  "NAJAF – Shiite cleric Moqtada al-Sadr urged his followers on Friday to battle foreign "
  "interference with peaceful marches rather than weapons. \"We fight occupation with words,\" "
  "he said in a statement.\n\n"
  "Sadr's supporters rallied in Baghdad's Tahrir Square in huge numbers, demanding the "
  "withdrawal of U.S. troops.\n\n"
  "Unknown gunmen attacked a tent camp of anti-government protesters in Karbala overnight, "
  "wounding five.",
  [(["REQUEST"], ["Moqtada al-Sadr", "Sadr"], [], "2020-01-24", "urged his followers", False),
   (["PROTEST"], ["Moqtada al-Sadr", "Sadr", "supporters", "Sadrist"], US, "2020-01-24",
    "supporters rallied", True),
   (["ASSAULT"], [], PROT, None, "gunmen attacked a tent camp", True)]),
]


def write(name: str, rows: list) -> None:
    out = Path(__file__).parent / name
    out.mkdir(exist_ok=True)
    with open(out / "articles.jsonl", "w") as fa, open(out / "gold.events.jsonl", "w") as fg:
        for doc, pub, text, golds in rows:
            fa.write(json.dumps({"doc": doc, "url": f"https://battery.example/{doc}",
                                 "outlet": "battery.example", "published": pub,
                                 "text": text}) + "\n")
            for i, (types, actor, target, day, evid, req) in enumerate(golds, 1):
                assert evid in text, (doc, evid)
                fg.write(json.dumps({"doc": doc, "id": f"{doc}-e{i}", "required": req,
                                     "type": types, "actor": actor, "target": target,
                                     "date": day, "evidence": evid}) + "\n")


if __name__ == "__main__":
    write("asm10_A", A)
    write("asm10_B", B)
