"""Write the args13 batteries (A: develop, B: check) as dev-format sets: articles + gold.

Round 11 (args13): short articles of our own (2-4 sentences, wire-like) where an event's actor or
target is named only outside its sentence: in the headline, the lead, the previous sentence, by
"the group", "the militia", "the strikes", "in response", a passive whose agent the story names
later, the addressee of a demand told before, the party a denial or a condemnation answers.
Negative parts: two parties in the lead where the later sentence is about the other; a sentence
whose target is unstated (gold target empty; the table test in tests/extract/test_args13_battery.py
checks that no wrong party is borrowed). Battery B was written before any code change, in other
wordings and structures, and is never tuned on. After the first measure, optional golds were
added to both for real events the first writing left out (meetings, a joint operation, a
retreat, attacks told as alleged); the before and after figures are on these golds.
Run: python tests/extract/batteries/make_args13.py  (writes args13_A/ and args13_B/ beside it).
"""
from __future__ import annotations

from make_args12 import AAH, IRAN, IRAQ, ISR, KH, KRG, MIL, PKK, TUR, UK, US, write

HEZ = ["Lebanese Hezbollah", "Hezbollah"]
IS = ["Islamic State", "ISIS", "Daesh"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah"]
KSS = ["Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada"]
NUJ = ["Harakat Hezbollah al-Nujaba", "Harakat al-Nujaba", "Nujaba"]
IRI = ["Islamic Resistance in Iraq"]
KDPI = ["Democratic Party of Iranian Kurdistan", "KDPI", "Kurdistan Democratic Party of Iran"]
PJAK = ["Free Life Party of Kurdistan", "PJAK"]
BADR = ["Badr Organization", "Badr"]
KAHF = ["Ashab al-Kahf"]

R, OPT = True, False
# (doc, text, [(types, actor, target, required, evidence)]), written by make_args12.write
# (through battery_writer); the evidence places the gold on the
# sentence that tells it; an empty side matches any party (the table test checks wrong ones)
A = [
 ("a01", "Rockets struck the Ain al-Asad air base, which hosts U.S. troops, late on Tuesday. No "
  "one was hurt, the Iraqi military said. On Wednesday Kata'ib Hezbollah claimed the attack in a "
  "statement.", [(["ASSAULT"], KH, US, R, "Rockets struck the Ain al-Asad air base")]),
 ("a02", "Asa'ib Ahl al-Haq's leader Qais al-Khazali addressed a rally in Baghdad on Sunday. The "
  "group demanded that American forces leave Iraq by the end of the year.",
  [(["REQUEST"], AAH + ["Qais al-Khazali"], US, R, "group demanded that American forces")]),
 ("a03", "Turkish drones killed two PKK commanders near Sinjar on Monday. In response, the PKK "
  "attacked a military outpost in Duhok province on Tuesday.",
  [(["ASSAULT"], TUR, PKK, R, "Turkish drones killed two PKK"),
   (["ASSAULT"], PKK, TUR, R, "In response, the PKK attacked")]),
 ("a04", "Israeli warplanes struck a convoy near Abu Kamal on Saturday, Syrian state media "
  "reported. Five fighters of Kata'ib Hezbollah were killed and three trucks were destroyed.",
  [(["ASSAULT"], ISR, KH, R, "Israeli warplanes struck a convoy")]),
 ("a05", "Iraq's foreign ministry summoned the Turkish charge d'affaires on Thursday over the "
  "shelling of Zakho. The ministry demanded an apology and the withdrawal of all troops from "
  "Iraqi territory.", [(["ACCUSE", "PROTEST"], IRAQ, TUR, R, "summoned the Turkish charge"),
                       (["REQUEST"], IRAQ, TUR, R, "The ministry demanded an apology"),
                       (["ASSAULT"], TUR, [], OPT, "summoned the Turkish charge")]),
 ("a06", "Washington accused Kata'ib Hezbollah on Monday of the drone attack on a U.S. outpost "
  "in Jordan. The group denied any role in the strike.",
  [(["ACCUSE"], US, KH, R, "Washington accused Kata'ib Hezbollah"),
   (["REJECT"], KH, US, R, "The group denied any role"),
   (["ASSAULT"], KH, US, OPT, "Washington accused Kata'ib Hezbollah")]),
 ("a07", "Iran Fires Missiles At Kurdish Opposition Bases\nThe missiles hit camps of the "
  "Kurdistan Democratic Party of Iran near Koya on Wednesday. At least two people were killed, "
  "local officials said.", [(["ASSAULT"], IRAN, KDPI, R, "The missiles hit camps")]),
 ("a08", "Kata'ib Sayyid al-Shuhada has grown in strength since 2014. On Thursday the militia "
  "launched a drone at a U.S. base in northeastern Syria, officials said.",
  [(["ASSAULT"], KSS, US, R, "the militia launched a drone")]),
 ("a09", "Islamic State gunmen killed four Iraqi soldiers in Kirkuk on Sunday. The prime "
  "minister's office condemned the attack.",
  [(["ASSAULT"], IS, IRAQ + ["Iraqi soldiers"], R, "Islamic State gunmen killed"),
   (["ACCUSE"], IRAQ, IS, R, "office condemned the attack")]),
 ("a10", "Turkish jets struck PKK hideouts in Qandil on Tuesday, while Iranian artillery shelled "
  "PJAK camps near the border. Baghdad condemned the Iranian shelling.",
  [(["ASSAULT"], TUR, PKK, R, "Turkish jets struck PKK hideouts"),
   (["ASSAULT"], IRAN, PJAK, R, "Turkish jets struck PKK hideouts"),
   (["ACCUSE"], IRAQ, IRAN, R, "Baghdad condemned the Iranian shelling")]),
 ("a11", "Israeli aircraft struck Hezbollah positions in southern Lebanon on Monday. Hours later, "
  "Hezbollah fired rockets at Kiryat Shmona. The Israeli military said the barrage caused no "
  "casualties.", [(["ASSAULT"], ISR, HEZ, R, "Israeli aircraft struck Hezbollah"),
                  (["ASSAULT"], HEZ, ISR, R, "Hezbollah fired rockets at Kiryat")]),
 ("a12", "Unidentified gunmen shot dead a lawyer in Basra on Friday, police said. The killing was "
  "the third in the city this month. Kata'ib Hezbollah, which runs several offices in Basra, "
  "declined to comment.", [(["ASSAULT"], [], [], OPT, "Unidentified gunmen shot dead")]),
 ("a13", "US Jets Bomb Militia Sites Near Syrian Border\nThe strikes on Friday hit weapons depots "
  "used by Kata'ib Hezbollah, a U.S. official said. Iraq's government condemned the strikes as a "
  "violation of its sovereignty.",
  [(["ASSAULT"], US, KH, R, "The strikes on Friday hit weapons depots"),
   (["ACCUSE"], IRAQ, US, R, "Iraq's government condemned the strikes")]),
 ("a14", "An American drone strike killed a commander of Harakat al-Nujaba in eastern Baghdad on "
  "Thursday. The movement vowed to retaliate.",
  [(["ASSAULT"], US, NUJ, R, "An American drone strike killed"),
   (["THREATEN"], NUJ, US, R, "The movement vowed to retaliate")]),
 ("a15", "Iran's foreign minister received the Iraqi ambassador in Tehran on Sunday. He demanded "
  "that Kurdish opposition groups be expelled from northern Iraq.",
  [(["REQUEST"], IRAN, IRAQ, R, "He demanded that Kurdish"),
   (["CONSULT"], IRAN, IRAQ, OPT, "foreign minister received the Iraqi")]),
 ("a16", "Israel said on Monday that Iran had supplied the drones used against its ships. Tehran "
  "rejected the claim as baseless.",
  [(["ACCUSE"], ISR, IRAN, R, "Israel said on Monday that Iran"),
   (["REJECT"], IRAN, ISR, R, "Tehran rejected the claim")]),
 ("a17", "Rockets hit the U.S. embassy compound in Baghdad on Sunday. Washington blamed Kata'ib "
  "Hezbollah. Two days later, U.S. aircraft struck the group's bases near al-Qaim in "
  "retaliation.", [(["ASSAULT"], KH, US, OPT, "Rockets hit the U.S. embassy"),
                   (["ACCUSE"], US, KH, R, "Washington blamed Kata'ib"),
                   (["ASSAULT"], US, KH, R, "U.S. aircraft struck the group's bases")]),
 ("a18", "The Turkish defence ministry issued a statement on Saturday. It said its aircraft had "
  "destroyed 15 PKK targets in the Gara region.",
  [(["ASSAULT"], TUR, PKK, R, "It said its aircraft had destroyed")]),
 ("a19", "A senior Hezbollah commander was killed in a strike on his car in Tyre on Wednesday. "
  "The Israeli military later said its aircraft had carried out the strike.",
  [(["ASSAULT"], ISR, HEZ, R, "A senior Hezbollah commander was killed")]),
 ("a20", "The U.S. ambassador met Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday. "
  "She pressed the government to rein in the factions that have attacked American troops.",
  [(["REQUEST"], US, IRAQ + ["Mohammed Shia al-Sudani"], R, "She pressed the government"),
   (["CONSULT"], US, IRAQ + ["Mohammed Shia al-Sudani"], OPT, "The U.S. ambassador met")]),
 ("a21", "Iran-backed militants fired rockets at a U.S. base in Syria on Monday. In response, "
  "American helicopters struck the launch site near Mayadin, the Pentagon said.",
  [(["ASSAULT"], MIL, US, R, "Iran-backed militants fired rockets"),
   (["ASSAULT"], US, MIL, R, "American helicopters struck the launch")]),
 ("a22", "Iraqi security forces arrested three members of Asa'ib Ahl al-Haq in Basra on Thursday "
  "over the killing of an activist. The militia denied the charge.",
  [(["ASSAULT", "COERCE"], IRAQ, AAH, R, "Iraqi security forces arrested"),
   (["REJECT"], AAH, IRAQ, R, "The militia denied the charge")]),
 ("a23", "Israeli jets struck the port of Hodeidah on Sunday, a day after the United States "
  "sanctioned Houthi leaders. The Houthis vowed to respond to the strike.",
  [(["ASSAULT"], ISR, HOUTHI, R, "Israeli jets struck the port"),
   (["SANCTION", "COERCE"], US, HOUTHI, OPT, "Israeli jets struck the port"),
   (["THREATEN"], HOUTHI, ISR, R, "The Houthis vowed to respond")]),
 ("a24", "Kata'ib Hezbollah has run a base at Jurf al-Sakhar for years. Drones bombed the base on "
  "Tuesday night, killing two guards.",
  [(["ASSAULT"], [], KH, R, "Drones bombed the base")]),
 ("a25", "Israeli Jets Strike IRGC Site Near Damascus\nFour Iranian advisers were among the dead, "
  "Syrian state media reported.", [(["ASSAULT"], ISR, IRAN, R, "Israeli Jets Strike IRGC")]),
 ("a26", "Explosions shook a weapons depot of the Popular Mobilization Forces south of Baghdad on "
  "Saturday. The cause of the blasts was not clear. Washington denied any involvement.",
  [(["REJECT"], US, [], R, "Washington denied any involvement"),
   (["ASSAULT"], [], [], OPT, "Explosions shook a weapons depot")]),
 ("a27", "Turkey accused the PKK of a bombing in Ankara that killed two police officers. The "
  "group denied responsibility on Wednesday.",
  [(["ACCUSE"], TUR, PKK, R, "Turkey accused the PKK"),
   (["REJECT"], PKK, TUR, R, "group denied responsibility"),
   (["ASSAULT"], PKK, TUR, OPT, "Turkey accused the PKK")]),
 ("a28", "Israel launched a wave of strikes on Iran early on Friday. Air defences were activated "
  "in Tehran and several military sites were hit, Iranian media said.",
  [(["ASSAULT"], ISR, IRAN, R, "Israel launched a wave")]),
 ("a29", "Badr Organization leader Hadi al-Amiri met the Iranian ambassador in Baghdad on "
  "Tuesday. Later, the group warned the United States against any strike on its members.",
  [(["THREATEN"], BADR + ["Hadi al-Amiri"], US, R, "the group warned the United States"),
   (["CONSULT"], BADR + ["Hadi al-Amiri"], IRAN, OPT, "Hadi al-Amiri met the Iranian")]),
 ("a30", "The Islamic Resistance in Iraq said on Sunday it had attacked an Israeli port with "
  "drones. Israel's military said the drones were shot down over the sea.",
  [(["ASSAULT"], IRI, ISR, R, "it had attacked an Israeli port")]),
 ("a31", "The Peshmerga and the Iraqi army launched a joint operation against Islamic State in "
  "the Makhmour mountains on Monday. The militants fled after hours of fighting.",
  [(["ASSAULT", "FIGHT"], ["Peshmerga"] + KRG + IRAQ, IS, R, "launched a joint operation"),
   (["COOPERATE"], ["Peshmerga"] + KRG + IRAQ, ["Peshmerga"] + KRG + IRAQ, OPT,
    "launched a joint operation"),
   (["YIELD", "RETREAT"], IS + ["militants"], [], OPT, "The militants fled")]),
 ("a32", "A Turkish drone struck a car in Sulaimaniya on Friday, killing three people. Iraqi "
  "officials said the victims were members of the PKK. Kurdish authorities called the strike a "
  "crime.", [(["ASSAULT"], TUR, PKK, OPT, "A Turkish drone struck a car"),
             (["ASSAULT"], TUR, [], R, "A Turkish drone struck a car"),
             (["ACCUSE"], KRG + ["Kurdish authorities"], TUR, R, "Kurdish authorities called")]),
]

B = [
 ("b01", "Three rockets landed inside the Baghdad airport complex, which houses American "
  "advisers, on Sunday night. Nobody was hurt. A little-known faction, Ashab al-Kahf, later said "
  "it was behind the barrage.", [(["ASSAULT"], KAHF, US, R, "Three rockets landed inside")]),
 ("b02", "Kata'ib Hezbollah's secretary general spoke on television on Saturday. The faction "
  "called on Iraqi lawmakers to vote for the expulsion of foreign troops.",
  [(["REQUEST"], KH, IRAQ + ["Iraqi lawmakers"], R, "The faction called on")]),
 ("b03", "The Turkish army pounded PKK positions in Zakho district on Thursday. Hours later the "
  "rebels ambushed a Turkish patrol nearby, killing a soldier.",
  [(["ASSAULT"], TUR, PKK, R, "The Turkish army pounded"),
   (["ASSAULT"], PKK, TUR, R, "the rebels ambushed")]),
 ("b04", "Iraq's foreign ministry summoned Iran's ambassador on Tuesday. It demanded that the "
  "shelling of border villages stop at once.",
  [(["ACCUSE", "PROTEST"], IRAQ, IRAN, R, "summoned Iran's ambassador"),
   (["REQUEST"], IRAQ, IRAN, R, "It demanded that the shelling")]),
 ("b05", "American Drone Kills Militia Leader In Baghdad\nThe man, a senior figure in Kata'ib "
  "Hezbollah, died when his car was hit near Palestine Street on Wednesday evening.",
  [(["ASSAULT"], US, KH, R, "American Drone Kills")]),
 ("b06", "The Pentagon on Friday accused Asa'ib Ahl al-Haq of firing rockets at the embassy. In "
  "a statement, the militia called the accusation a lie.",
  [(["ACCUSE"], US, AAH, R, "The Pentagon on Friday accused"),
   (["REJECT"], AAH, US, R, "the militia called the accusation"),
   (["ASSAULT"], AAH, US, OPT, "The Pentagon on Friday accused")]),
 ("b07", "Israeli aircraft bombed an IRGC weapons depot outside Damascus overnight, a monitoring "
  "group said. Tehran denounced the raid and promised a response.",
  [(["ASSAULT"], ISR, IRAN, R, "Israeli aircraft bombed"),
   (["ACCUSE"], IRAN, ISR, R, "Tehran denounced the raid"),
   (["THREATEN"], IRAN, ISR, OPT, "Tehran denounced the raid")]),
 ("b08", "The Islamic Resistance in Iraq claimed two drone attacks on Thursday. One targeted a "
  "gas field in northern Israel, the group said.",
  [(["ASSAULT"], IRI, ISR, R, "One targeted a gas field")]),
 ("b09", "Turkish drones hit a PKK vehicle in Sinjar on Monday, and Iranian drones struck a PJAK "
  "camp in Sidakan. Kurdish officials protested the Turkish strike.",
  [(["ASSAULT"], TUR, PKK, R, "Turkish drones hit a PKK vehicle"),
   (["ASSAULT"], IRAN, PJAK, R, "Turkish drones hit a PKK vehicle"),
   (["ACCUSE", "PROTEST"], KRG + ["Kurdish officials"], TUR, R, "Kurdish officials protested")]),
 ("b10", "The United States imposed sanctions on Wednesday on a Baghdad bank accused of financing "
  "Kata'ib Hezbollah. Iraq's central bank criticised the decision.",
  [(["SANCTION", "COERCE"], US, IRAQ, OPT, "The United States imposed sanctions"),
   (["ACCUSE", "REJECT"], IRAQ, US, R, "central bank criticised the decision")]),
 ("b11", "Rockets slammed into a camp housing Turkish troops near Bashiqa on Sunday. Ankara "
  "blamed the PKK for the attack and vowed to punish those responsible.",
  [(["ASSAULT"], PKK, TUR, R, "Rockets slammed into a camp"),
   (["ACCUSE"], TUR, PKK, R, "Ankara blamed the PKK"),
   (["THREATEN"], TUR, PKK, OPT, "Ankara blamed the PKK")]),
 ("b12", "A bomb exploded near a market in Sadr City on Friday, killing five people. Police gave "
  "no details. Asa'ib Ahl al-Haq, whose offices are nearby, called for calm.",
  [(["ASSAULT"], [], [], OPT, "A bomb exploded near a market")]),
 ("b13", "Hezbollah launched dozens of rockets at northern Israel on Tuesday. Israel responded "
  "with artillery fire on villages in southern Lebanon.",
  [(["ASSAULT"], HEZ, ISR, R, "Hezbollah launched dozens"),
   (["ASSAULT"], ISR, HEZ + ["Lebanon"], R, "Israel responded with artillery")]),
 ("b14", "Washington's envoy held talks with Kurdish leaders in Erbil on Monday. He pressed them "
  "to settle the oil dispute with Baghdad.",
  [(["REQUEST"], US, KRG + ["Kurdish leaders"], R, "He pressed them"),
   (["CONSULT"], US, KRG + ["Kurdish leaders"], OPT, "Washington's envoy held talks")]),
 ("b15", "Turkey's intelligence agency said it had killed a senior PKK figure in Sulaimaniya on "
  "Friday. The Kurdistan Regional Government condemned the operation.",
  [(["ASSAULT"], TUR, PKK, R, "it had killed a senior PKK"),
   (["ACCUSE"], KRG, TUR, R, "Government condemned the operation")]),
 ("b16", "The IRGC seized a tanker in the Gulf on Thursday. The vessel was carrying oil for a "
  "Dubai-based firm. Britain condemned the seizure.",
  [(["ASSAULT", "COERCE", "SEIZE"], IRAN, [], R, "The IRGC seized a tanker"),
   (["ACCUSE"], UK, IRAN, R, "Britain condemned the seizure")]),
 ("b17", "A U.S. convoy came under fire on the road to Baghdad airport on Tuesday. The Islamic "
  "Resistance in Iraq said its fighters had carried out the attack.",
  [(["ASSAULT"], IRI, US, R, "A U.S. convoy came under fire")]),
 ("b18", "Israeli warplanes struck targets in Yemen on Monday after the Houthis launched a "
  "missile at Tel Aviv. The rebels threatened further attacks.",
  [(["ASSAULT"], ISR, HOUTHI, R, "Israeli warplanes struck targets"),
   (["ASSAULT"], HOUTHI, ISR, R, "Israeli warplanes struck targets"),
   (["THREATEN"], HOUTHI, ISR, R, "The rebels threatened")]),
 ("b19", "The United States and Iran traded accusations at the UN on Friday. Iran's envoy said "
  "American warships had harassed its fishing boats.",
  [(["ACCUSE"], IRAN, US, R, "Iran's envoy said American"),
   (["ACCUSE"], US, IRAN, OPT, "The United States and Iran traded")]),
 ("b20", "Iraqi forces raided a Kata'ib Hezbollah compound in Baghdad on Tuesday and detained 14 "
  "men. The group called the raid a betrayal.",
  [(["ASSAULT", "COERCE"], IRAQ, KH, R, "Iraqi forces raided"),
   (["ACCUSE"], KH, IRAQ, R, "The group called the raid")]),
]


if __name__ == "__main__":
    write(A, "args13_A")
    write(B, "args13_B")
