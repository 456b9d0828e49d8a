"""Write the speech12 batteries (A: develop, B: check) as dev-format sets: articles + gold.

Short texts written for round 10 (speech12) in our own words about made-up or generic situations
of the theatre: threats (warnings of consequences, vows, ultimatums, reserved rights, options on
the table, prices to pay, threats to expel / quit / close / cut off, conditional threats, threats
reported by their target, nominal threats, headlines), rejections (denials, refusals,
dismissals, "ruled out", "turned down", "said no to"), accusations, requests, and statements
that mix a friendly act with a warning or a refusal. Rows without gold are negative rows: any
event coded there is a false positive.
Run: python tests/extract/batteries/make_speech12.py  (writes speech12_A/ and speech12_B/ beside it).
Battery B is never developed against: only its counts are read, before and after.
"""
from __future__ import annotations

from pathlib import Path

from battery_writer import write_battery

US = ["United States", "U.S.", "US", "Washington", "American", "Pentagon", "U.S. military"]
IRAN = ["Iran", "Tehran", "Iranian"]
IRAQ = ["Iraq", "Baghdad", "Iraqi government", "Iraqi"]
TURKEY = ["Turkey", "Ankara", "Turkish", "Türkiye"]
ISRAEL = ["Israel", "Israeli"]
SYRIA = ["Syria", "Damascus", "Syrian"]
KH = ["Kata'ib Hezbollah", "Kataib Hezbollah"]
HEZ = ["Hezbollah", "Lebanese Hezbollah"]
KRG = ["Kurdistan Regional Government", "KRG", "Kurdish regional government", "Erbil"]
HOUTHIS = ["Houthis", "Houthi", "Ansar Allah"]
UN = ["United Nations", "UN", "U.N."]
PUB = "2025-06-02"

# (doc, text, [(types, actor, target, evidence, required)])
A = [
 ("a01", "Iran's foreign minister warned Washington on Sunday that any attack on Iranian soil "
  "would be met with a devastating response.",
  [(["THREATEN"], IRAN, US, "warned Washington", True)]),
 ("a02", "Kataib Hezbollah vowed to drive American troops out of Iraq by force.",
  [(["THREATEN"], KH, US, "vowed to drive American troops", True)]),
 ("a03", "The Turkish defence ministry said Ankara reserves the right to strike PKK positions "
  "in northern Iraq.",
  [(["THREATEN"], TURKEY, ["PKK", "Kurdistan Workers' Party"], "reserves the right", True)]),
 ("a04", "Washington said all options were on the table to deal with the militias that keep "
  "attacking its bases.",
  [(["THREATEN"], US, ["militias", "Iran-backed militias"], "all options were on the table",
    True),
   (["ASSAULT"], ["militias", "Iran-backed militias"], US, "keep attacking its bases", False)]),
 ("a05", "The Houthis said Israel would pay dearly for the bombing of Hodeidah port.",
  [(["THREATEN"], HOUTHIS, ISRAEL, "would pay dearly", True),
   (["ASSAULT"], ISRAEL, ["Hodeidah"], "the bombing of Hodeidah port", False)]),
 ("a06", "Baghdad threatened to expel the Turkish ambassador if the shelling of villages in "
  "Duhok did not stop.",
  [(["THREATEN"], IRAQ, TURKEY, "threatened to expel", True),
   (["ASSAULT"], TURKEY, ["Duhok"], "the shelling of villages", False)]),
 ("a07", "Asa'ib Ahl al-Haq threatened to quit the governing coalition over the budget dispute.",
  [(["THREATEN"], ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"], [], "threatened to quit", True)]),
 ("a08", "Iran threatened to close the Strait of Hormuz to tanker traffic if new sanctions were "
  "imposed.",
  [(["THREATEN"], IRAN, [], "threatened to close", True)]),
 ("a09", "Ankara warned it would cut off water flows to northeastern Syria unless Kurdish "
  "fighters pulled back from the border.",
  [(["THREATEN"], TURKEY, SYRIA + ["Kurdish fighters", "Kurdish"], "warned it would cut off",
    True)]),
 ("a10", "If American forces do not leave by the end of the year, we will treat them as "
  "legitimate targets, a spokesman for Harakat al-Nujaba said.",
  [(["THREATEN"], ["Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba", "Nujaba"], US,
    "we will treat them as legitimate targets", True)]),
 ("a11", "Iraqi officials said they had been threatened by Kataib Hezbollah after the arrests "
  "in Baghdad.",
  [(["THREATEN"], KH, IRAQ + ["Iraqi officials"], "had been threatened by", True)]),
 ("a12", "Tehran's warning to Riyadh came a day after the Saudi foreign minister visited "
  "Washington.",
  [(["THREATEN"], IRAN, ["Saudi Arabia", "Riyadh", "Saudi"], "Tehran's warning to Riyadh", True),
   (["CONSULT"], ["Saudi Arabia", "Riyadh", "Saudi"], US, "visited", False)]),
 ("a13", "Israel Warns Hezbollah Of Harsh Response Over Border Attacks",
  [(["THREATEN"], ISRAEL, HEZ, "Israel Warns Hezbollah", True),
   (["ASSAULT"], HEZ, ISRAEL, "Border Attacks", False)]),
 ("a14", "The Pentagon chief said Washington would not hesitate to act against those who target "
  "American personnel.",
  [(["THREATEN"], US, [], "would not hesitate to act", True)]),
 ("a15", "Syria's army gave the Kurdish-led forces a week to hand over the dam.",
  [(["THREATEN"], SYRIA, ["Kurdish-led forces", "Kurdish", "SDF"], "gave the Kurdish-led forces",
    True)]),
 ("a16", "Muqtada al-Sadr warned the government against passing the law, saying his followers "
  "would take to the streets.",
  [(["THREATEN"], ["Muqtada al-Sadr", "Sadr"], IRAQ + ["government"], "warned the government",
    True)]),
 ("a17", "Kataib Sayyid al-Shuhada promised a harsh answer to any American aggression against "
  "its headquarters.",
  [(["THREATEN"], ["Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada"], US,
    "promised a harsh answer", True)]),
 ("a18", "Israel's prime minister said Iran would face severe consequences for arming the "
  "militias.",
  [(["THREATEN"], ISRAEL, IRAN, "would face severe consequences", True),
   (["ACCUSE", "AID"], ISRAEL + IRAN, ["militias"] + IRAN, "arming the militias", False)]),
 ("a19", "Should Baghdad fail to disarm the factions, Washington will cut off its access to dollar "
  "reserves, a Treasury official said.",
  [(["THREATEN"], US + ["Treasury"], IRAQ, "Washington will cut off", True)]),
 ("a20", "Hezbollah's leader cautioned Israel that any ground incursion into Lebanon would be "
  "costly.",
  [(["THREATEN"], HEZ, ISRAEL, "cautioned Israel", True)]),
 # negatives: warnings of natural or economic ills, threats by things, options for peace
 ("a21", "The electricity minister warned that rising temperatures would strain Iraq's power grid "
  "this summer.", []),
 ("a22", "Officials said the drought threatened crops across southern Iraq.", []),
 ("a23", "Iraq's foreign minister said all diplomatic options were on the table to settle the "
  "water dispute with Turkey.", []),
 ("a24", "The United Nations envoy warned of a humanitarian crisis in the displacement camps.",
  []),
 # rejections
 ("a25", "The Iraqi foreign ministry rejected Turkey's claim that PKK fighters operate from "
  "Sinjar.",
  [(["REJECT"], IRAQ + ["Iraqi foreign ministry"], TURKEY, "rejected Turkey's claim", True)]),
 ("a26", "Kataib Hezbollah denied any role in the drone attack on the Erbil airport.",
  [(["REJECT"], KH, [], "denied any role", True),
   (["ASSAULT"], [], ["Erbil airport", "Erbil"], "the drone attack", False)]),
 ("a27", "Iran ruled out direct talks with the United States while sanctions remain in place.",
  [(["REJECT"], IRAN, US, "ruled out direct talks", True)]),
 ("a28", "Prime Minister Mohammed Shia al-Sudani turned down a request from Washington to "
  "extradite the suspects.",
  [(["REJECT"], IRAQ + ["Mohammed Shia al-Sudani", "al-Sudani"], US, "turned down a request",
    True)]),
 ("a29", "Baghdad said no to a Turkish proposal for a joint operation against the PKK.",
  [(["REJECT"], IRAQ, TURKEY, "said no to a Turkish proposal", True)]),
 ("a30", "The Pentagon dismissed reports that U.S. troops were preparing to leave Syria.",
  [(["REJECT"], US, [], "dismissed reports", True)]),
 ("a31", "Tehran brushed aside the European criticism as interference in its internal affairs.",
  [(["REJECT"], IRAN, ["European Union", "EU", "European", "Europe"], "brushed aside", True),
   (["ACCUSE"], IRAN, ["European Union", "EU", "European", "Europe"], "interference", False)]),
 ("a32", "Damascus refused to let UN inspectors visit the site.",
  [(["REJECT"], SYRIA, UN + ["UN inspectors", "inspectors"], "refused to let UN inspectors",
    True)]),
 ("a33", "The Sunni tribal council will not accept any deal that returns the militias to Anbar, "
  "its leader said.",
  [(["REJECT"], ["Sunni tribal council", "tribal council", "council"], [],
    "will not accept any deal", True)]),
 ("a34", "Israel flatly denied that its aircraft had entered Iraqi airspace.",
  [(["REJECT"], ISRAEL, [], "flatly denied", True)]),
 ("a35", "The Popular Mobilization Forces refused orders to withdraw from the town of Sinjar.",
  [(["REJECT"], ["Popular Mobilization Forces", "PMF"], [], "refused orders", True)]),
 ("a36", "Iraqi President Abdul Latif Rashid vetoed the amendment passed by parliament.",
  [(["REJECT"], IRAQ + ["Abdul Latif Rashid"], ["parliament", "Council of Representatives of Iraq",
                                                 "Council of Representatives"],
    "vetoed the amendment", True)]),
 # negatives
 ("a37", "The defence ministry spokesman declined to comment on the report.", []),
 ("a38", "Analysts ruled out a quick end to the fuel shortage in Basra.", []),
 # accusations
 ("a39", "The Kurdish regional government accused Iran of shelling villages near the border.",
  [(["ACCUSE"], KRG, IRAN, "accused Iran", True),
   (["ASSAULT"], IRAN, ["villages"], "shelling villages", False)]),
 ("a40", "Iraq's national security adviser said Israel was responsible for the blast at the "
  "weapons depot.",
  [(["ACCUSE"], IRAQ, ISRAEL, "Israel was responsible", True),
   (["ASSAULT"], ISRAEL, ["weapons depot", "depot"], "the blast", False)]),
 ("a41", "Washington pinned the rocket attack on Iran-backed militias.",
  [(["ACCUSE"], US, ["Iran-backed militias", "militias"], "pinned the rocket attack", True),
   (["ASSAULT"], ["Iran-backed militias", "militias"], [], "the rocket attack", False)]),
 ("a42", "Syria condemned what it described as Turkish aggression on its northern border.",
  [(["ACCUSE"], SYRIA, TURKEY, "condemned", True)]),
 # requests
 ("a43", "The UN Secretary-General urged Tehran to show maximum restraint.",
  [(["REQUEST"], UN + ["Secretary-General"], IRAN, "urged Tehran", True)]),
 ("a44", "Baghdad demanded that Ankara withdraw its troops from the Bashiqa camp.",
  [(["REQUEST"], IRAQ, TURKEY, "demanded that Ankara withdraw", True)]),
 ("a45", "The tribal sheikhs asked the government to send more troops to protect their villages.",
  [(["REQUEST"], ["tribal sheikhs", "sheikhs"], IRAQ + ["government"], "asked the government",
    True)]),
 # a friendly act and a warning or refusal in one statement
 ("a46", "While welcoming the envoy's visit, the Iraqi foreign minister warned Ankara that "
  "further strikes on Sinjar would force Baghdad to review trade ties.",
  [(["THREATEN"], IRAQ, TURKEY, "warned Ankara", True),
   (["SUPPORT", "CONSULT"], IRAQ, TURKEY + ["envoy"], "welcoming the envoy's visit", False)]),
 ("a47", "Iran offered to mediate between Baghdad and Riyadh but rejected any role for "
  "Washington.",
  [(["REJECT"], IRAN, US, "rejected any role", True),
   (["AGREE", "CONSULT"], IRAN, IRAQ + ["Saudi Arabia", "Riyadh"], "offered to mediate", False)]),
 ("a48", "The Iraqi premier held talks with the U.S. envoy, telling him that Iraq would not accept "
  "being used as a launchpad for attacks on its neighbours.",
  [(["CONSULT"], IRAQ, US, "held talks", True),
   (["REJECT"], IRAQ, [], "would not accept", False)]),
 ("a49", "Hezbollah's deputy leader said the group would confront any attempt to disarm it by "
  "force and rejected the American proposal outright.",
  [(["REJECT"], HEZ, US, "rejected the American proposal", True),
   (["THREATEN"], HEZ, [], "would confront any attempt", True)]),
 ("a50", "Iraq's foreign ministry demanded that Turkey halt its air raids, warning that it would "
  "take the matter to the UN Security Council.",
  [(["REQUEST"], IRAQ, TURKEY, "demanded that Turkey halt", True),
   (["THREATEN"], IRAQ, TURKEY, "warning that it would take", False)]),
]

B = [
 ("b01", "Tehran told Washington it would retaliate against American bases in the region if its "
  "nuclear sites were struck.",
  [(["THREATEN"], IRAN, US, "it would retaliate", True)]),
 ("b02", "The head of Kataib Hezbollah swore that the killers of its commanders would not escape "
  "punishment.",
  [(["THREATEN"], KH, [], "would not escape punishment", True)]),
 ("b03", "Turkey's president said his country would launch a new ground offensive into northern "
  "Syria unless the YPG left the border strip.",
  [(["THREATEN"], TURKEY, ["YPG", "People's Protection Units"] + SYRIA,
    "would launch a new ground offensive", True)]),
 ("b04", "\"We will respond at a time and place of our choosing,\" the IRGC commander declared "
  "after the strike on Damascus.",
  [(["THREATEN"], ["Islamic Revolutionary Guard Corps", "IRGC"] + IRAN, [], "We will respond",
    True),
   (["ASSAULT"], [], SYRIA, "the strike on Damascus", False)]),
 ("b05", "Washington issued a stern warning to the Houthis over their attacks on shipping.",
  [(["THREATEN"], US, HOUTHIS, "issued a stern warning", True),
   (["ASSAULT"], HOUTHIS, [], "attacks on shipping", False)]),
 ("b06", "The Iraqi government said Asa'ib Ahl al-Haq had threatened its ministers over the "
  "budget vote.",
  [(["THREATEN"], ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"], IRAQ + ["ministers"],
    "had threatened its ministers", True)]),
 ("b07", "Iraq Threatens To Take Turkey To International Court Over Water",
  [(["THREATEN"], IRAQ, TURKEY, "Iraq Threatens", True)]),
 ("b08", "Israel's defence minister said the Houthi leaders would meet the same fate as "
  "Hezbollah's commanders.",
  [(["THREATEN"], ISRAEL, HOUTHIS, "would meet the same fate", True)]),
 ("b09", "Hezbollah's threat against Cyprus drew criticism from the European Union.",
  [(["THREATEN"], HEZ, ["Cyprus"], "Hezbollah's threat against Cyprus", True),
   (["ACCUSE"], ["European Union", "EU"], HEZ, "drew criticism", True)]),
 ("b10", "The speaker of the Iraqi parliament warned the Kurdish region that salaries would be "
  "frozen if it kept exporting oil without Baghdad's approval.",
  [(["THREATEN"], IRAQ + ["Iraqi parliament", "parliament"], KRG + ["Kurdish region"],
    "warned the Kurdish region", True)]),
 ("b11", "Nothing is excluded, the U.S. defense secretary said of possible strikes on Iran.",
  [(["THREATEN"], US, IRAN, "Nothing is excluded", True)]),
 ("b12", "Saraya Awliya al-Dam said American forces had 72 hours to quit the Ain al-Asad base or "
  "face its fighters.",
  [(["THREATEN"], ["Saraya Awliya al-Dam"], US, "had 72 hours to quit", True)]),
 # negatives
 ("b13", "The World Bank warned that Iraq's budget deficit would widen next year.", []),
 ("b14", "Heavy rain threatens to flood parts of Basra, the weather service said.", []),
 ("b15", "The prime minister vowed to build a thousand new schools before the end of his term.",
  []),
 # rejections
 ("b16", "Baghdad dismissed as baseless the Turkish allegation that Iraqi territory was used to "
  "plan the Ankara bombing.",
  [(["REJECT"], IRAQ, TURKEY, "dismissed as baseless", True)]),
 ("b17", "The Badr Organization denied that its fighters took part in the clashes in Tuz "
  "Khurmatu.",
  [(["REJECT"], ["Badr Organization", "Badr"], [], "denied", True)]),
 ("b18", "Iran's parliament speaker said Tehran would never negotiate with Washington under "
  "pressure.",
  [(["REJECT"], IRAN, US, "would never negotiate", True)]),
 ("b19", "The Kurdistan Democratic Party refused to join the new cabinet.",
  [(["REJECT"], ["Kurdistan Democratic Party", "KDP"], [], "refused to join", True)]),
 ("b20", "Washington turned down Baghdad's request for a timetable for the troop withdrawal.",
  [(["REJECT"], US, IRAQ, "turned down Baghdad's request", True)]),
 ("b21", "Syrian officials rejected the UN report on chemical attacks as fabricated.",
  [(["REJECT"], SYRIA, UN, "rejected the UN report", True)]),
 ("b22", "Muqtada al-Sadr said he opposed any extension of the American military presence.",
  [(["REJECT"], ["Muqtada al-Sadr", "Sadr"], US, "opposed any extension", True)]),
 ("b23", "The EU foreign policy chief said the bloc would not recognise the results of the "
  "referendum.",
  [(["REJECT"], ["European Union", "EU"], [], "would not recognise", True)]),
 # negatives
 ("b24", "Asked about the drone attack, the ministry spokesman declined to give details.", []),
 ("b25", "The striker's second goal was ruled out for offside as Iraq beat Jordan.", []),
 # accusations
 ("b26", "Iraq blamed the Islamic State for the bombing of a market in Sadr City.",
  [(["ACCUSE"], IRAQ, ["Islamic State", "ISIS", "IS"], "blamed the Islamic State", True),
   (["ASSAULT"], ["Islamic State", "ISIS", "IS"], ["market", "Sadr City"], "the bombing", False)]),
 ("b27", "Tehran said the United States stood behind the unrest in its western provinces.",
  [(["ACCUSE"], IRAN, US, "stood behind the unrest", True)]),
 ("b28", "The Kurdish regional government condemned the Iranian missile barrage on Erbil as a "
  "violation of Iraqi sovereignty.",
  [(["ACCUSE"], KRG, IRAN, "condemned the Iranian missile barrage", True),
   (["ASSAULT"], IRAN, ["Erbil"] + KRG + IRAQ, "missile barrage on Erbil", False)]),
 # requests
 ("b29", "The Arab League called on Turkey to pull its forces out of Iraqi territory.",
  [(["REQUEST"], ["Arab League"], TURKEY, "called on Turkey", True)]),
 ("b30", "Iraqi lawmakers pressed the government to expel the U.S.-led coalition.",
  [(["REQUEST"], IRAQ + ["lawmakers"], IRAQ + ["government"], "pressed the government", True)]),
 ("b31", "The U.S. Treasury asked Iraqi banks to stop dollar transfers to Iranian firms.",
  [(["REQUEST"], US + ["Treasury"], ["Iraqi banks", "banks"] + IRAQ, "asked Iraqi banks", True)]),
 # a friendly act and a warning or refusal in one statement
 ("b32", "After talks with his Turkish counterpart, Fuad Hussein warned that any Turkish "
  "incursion would be resisted by force.",
  [(["THREATEN"], IRAQ + ["Fuad Hussein"], TURKEY, "would be resisted by force", True),
   (["CONSULT"], IRAQ + ["Fuad Hussein"], TURKEY, "After talks", False)]),
 ("b33", "Iran thanked Iraq for its hospitality but rejected Baghdad's offer to host talks with "
  "Riyadh.",
  [(["SUPPORT"], IRAN, IRAQ, "thanked Iraq", True),
   (["REJECT"], IRAN, IRAQ, "rejected Baghdad's offer", True)]),
 ("b34", "Kataib Hezbollah agreed to a truce on Monday, while warning that its fighters would "
  "resume attacks if American drones kept flying over their positions.",
  [(["AGREE", "RETREAT"], KH, US, "agreed to a truce", True),
   (["THREATEN"], KH, US, "would resume attacks", True)]),
 ("b35", "The United States offered to help Iraq rebuild its power grid, but told Baghdad it would "
  "lose its sanctions waiver if it kept buying Iranian gas.",
  [(["THREATEN"], US, IRAQ, "would lose its sanctions waiver", True),
   (["AGREE", "AID"], US, IRAQ, "offered to help Iraq", False)]),
]


def write(name: str, rows: list) -> None:  # type: ignore[type-arg]
    write_battery(rows, Path(__file__).parent / f"speech12_{name}", published=PUB,
                  url_prefix="https://battery.example/")


if __name__ == "__main__":
    write("A", A)
    write("B", B)
