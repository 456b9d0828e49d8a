"""Write the asm12 batteries (A: develop, B: check) as dev-format sets: articles + gold.

Short whole articles written for round 10 (asm12) in our own words, about made-up episodes of
the theatre. Classes: an actor or target the story gives outside the event's clause (the
headline, the lead, a pronoun, "the ministry", "the group", "the movement", a speaker named
before a quote, "Washington's envoy"); events analysts code with no target (denials,
condemnations of an act nobody claimed, appeals to all sides); earlier acts of the same week told
with their day and doer (news) against "since 2003", "years ago" (background); attacks told
without their doer: no one named, a claim of responsibility, plain blame (in) and hedged blame
(out). Each article lists, after its golds, the sentences that must give no event (negatives).
Run: python tests/assemble/batteries/make_asm12.py  (writes asm12_A/ and asm12_B/ beside it).
"""
from __future__ import annotations

import make_asm10 as asm10  # the writer of the dev format, beside this file

US = ["United States", "U.S.", "US", "Washington", "U.S. military", "Pentagon", "American"]
IRAQ = ["Iraq", "Baghdad", "Iraqi government", "Iraqi"]
IRAN = ["Iran", "Tehran", "Iranian"]
TUR = ["Turkey", "Ankara", "Turkish", "Turkish Armed Forces", "Turkish Ministry of National Defence"]
ISR = ["Israel", "Israeli", "Israel Defense Forces", "Israeli military"]
KH = ["Kata'ib Hezbollah", "Kataib Hezbollah"]
IRI = ["Islamic Resistance in Iraq"]
KRG = ["Kurdistan Regional Government", "KRG", "Kurdistan Region"]
PKK = ["PKK", "Kurdistan Workers' Party"]
UN = ["United Nations", "UN", "U.N.", "UNAMI", "United Nations Assistance Mission for Iraq"]
MIL = ["Iran-backed militias", "militias", "Iran-backed groups"]

# (doc, published, text, [(type(s), actor, target, date, evidence, required)], [negatives])
A = [
 ("a01", "2024-05-14",
  "Turkish Drone Hits Clinic In Sinjar\n\n"
  "SINJAR – A Turkish drone struck a clinic in Sinjar on Monday, killing three people, local "
  "officials said.\n\n"
  "Iraq's Foreign Ministry summoned the Turkish charge d'affaires on Tuesday. The ministry also "
  "demanded that Ankara halt its cross-border operations.\n\n"
  "The Turkish defence ministry said its aircraft had hit PKK positions. It denied that any "
  "civilians were harmed.",
  [(["ASSAULT"], TUR, ["Sinjar", "clinic", "Iraq"], "2024-05-13", "A Turkish drone struck",
    True),
   (["ACCUSE", "PROTEST"], IRAQ + ["Iraqi Ministry of Foreign Affairs"], TUR, "2024-05-14",
    "summoned the Turkish", True),
   (["REQUEST"], IRAQ + ["Iraqi Ministry of Foreign Affairs"], TUR, "2024-05-14",
    "demanded that Ankara halt", True),
   (["REJECT"], TUR, [], None, "It denied that any", True),
   (["ASSAULT"], TUR, PKK, None, "its aircraft had hit PKK positions", False)],
  []),
 ("a02", "2023-11-21",
  "Rockets Target Ain al-Asad Air Base\n\n"
  "ANBAR – Several rockets landed inside Ain al-Asad air base, which hosts U.S. troops, on "
  "Monday night, the Iraqi security media cell said. No casualties were reported.\n\n"
  "A group calling itself the Islamic Resistance in Iraq claimed the attack in a statement "
  "posted online.\n\n"
  "The Pentagon condemned the strike and said it reserved the right to respond.",
  [(["ASSAULT"], IRI, US + ["Ain al-Asad", "Ain al-Asad air base"], "2023-11-20",
    "Several rockets landed inside", True),
   (["ACCUSE"], US, IRI, None, "condemned the strike", True),
   (["THREATEN"], US, [], None, "reserved the right to respond", True)],
  ["No casualties were reported."]),
 ("a03", "2024-02-09",
  "Drone Strikes Convoy Near Erbil\n\n"
  "ERBIL – A drone struck a convoy of trucks on a highway west of Erbil on Thursday, wounding "
  "two drivers, Kurdish security officials said.\n\n"
  "No group has claimed the attack. Some Kurdish officials suggested that militias aligned with "
  "Iran may have been behind it.\n\n"
  "The Kurdistan Regional Government condemned the attack and urged Baghdad to find the "
  "perpetrators.",
  [(["ASSAULT"], [], ["convoy", "trucks", "drivers"], "2024-02-08", "A drone struck a convoy",
    True),
   (["ACCUSE"], KRG, [], None, "condemned the attack", True),
   (["REQUEST"], KRG, IRAQ, None, "urged Baghdad to find", True),
   (["ACCUSE"], ["Kurdish officials"], MIL, None, "may have been behind it", False)],
  ["No group has claimed the attack."]),
 ("a04", "2024-08-07",
  "Iran Rejects US Charges Over Tanker\n\n"
  "TEHRAN – Iran's foreign ministry spokesman Nasser Kanaani spoke to reporters in Tehran on "
  "Wednesday.\n\n"
  "\"These accusations are baseless and part of a campaign of lies,\" he said, referring to "
  "U.S. claims that Iranian forces had seized a tanker in the Gulf.\n\n"
  "\"Washington must stop interfering in the region,\" the spokesman added.",
  [(["REJECT"], IRAN + ["Nasser Kanaani", "Iranian Ministry of Foreign Affairs"], US, None,
    "These accusations are baseless", True),
   (["REQUEST"], IRAN + ["Nasser Kanaani", "Iranian Ministry of Foreign Affairs"], US, None,
    "Washington must stop interfering", True),
   (["ASSAULT", "COERCE"], IRAN, ["tanker"], None, "seized a tanker", False),
   (["ACCUSE"], US, IRAN, None, "U.S. claims that Iranian", False)],
  ["spoke to reporters in Tehran"]),
 ("a05", "2024-01-30",
  "Kataib Hezbollah Suspends Attacks On US Forces\n\n"
  "BAGHDAD – Kataib Hezbollah announced on Tuesday that it was suspending its military "
  "operations against U.S. forces in Iraq.\n\n"
  "The group said the decision was meant to avoid embarrassing the Iraqi government. It has "
  "fought U.S. troops on and off since 2003.\n\n"
  "On Sunday, a drone attack on a U.S. outpost in Jordan killed three American soldiers. "
  "Washington blamed Iran-backed militias for the strike.\n\n"
  "U.S. officials said they would respond at a time of their choosing.",
  [(["RETREAT", "CONCEDE"], KH, US, "2024-01-30", "suspending its military", True),
   (["ASSAULT"], MIL + KH, US, "2024-01-28", "a drone attack on a U.S. outpost", True),
   (["ACCUSE"], US, MIL, None, "blamed Iran-backed militias", True),
   (["THREATEN"], US + ["U.S. officials"], [], None, "would respond at a time", True),
   (["ASSAULT"], KH, US, None, "has fought U.S. troops", False)],
  []),
 ("a06", "2023-10-26",
  "Sadrists Call Rally Against Israel\n\n"
  "NAJAF – The Sadrist movement called on its followers to rally in Baghdad on Friday in "
  "support of Palestinians. The movement also condemned Israel's bombardment of Gaza.\n\n"
  "Shiite cleric Moqtada al-Sadr, who leads it, urged Arab states to cut ties with Israel.",
  [(["REQUEST"], ["Sadrist movement", "Sadrists", "Moqtada al-Sadr"], [], None,
    "called on its followers", True),
   (["ACCUSE"], ["Sadrist movement", "Sadrists", "Moqtada al-Sadr"], ISR, None,
    "condemned Israel's bombardment", True),
   (["REQUEST"], ["Moqtada al-Sadr", "Sadr", "Sadrist movement"], ["Arab states"], None,
    "urged Arab states", True),
   (["ASSAULT"], ISR, ["Gaza", "Palestinians"], None, "Israel's bombardment of Gaza", False)],
  []),
 ("a07", "2025-03-18",
  "US Presses Iraq On Armed Factions\n\n"
  "BAGHDAD – Washington's envoy to Iraq met Prime Minister Mohammed Shia al-Sudani on Monday "
  "and urged him to rein in armed factions. The envoy also warned that Iraqi banks dealing with "
  "Iranian entities could face sanctions.\n\n"
  "A government spokesman rejected what he called foreign dictates. \"Iraq's decisions are made "
  "in Baghdad,\" he said.",
  [(["CONSULT"], US + IRAQ + ["Mohammed Shia al-Sudani"], US + IRAQ + ["Mohammed Shia al-Sudani"],
    "2025-03-17", "met Prime Minister", True),
   (["REQUEST"], US, IRAQ + ["Mohammed Shia al-Sudani"], "2025-03-17", "urged him to rein in",
    True),
   (["THREATEN"], US, IRAQ + ["Iraqi banks", "banks"], None, "warned that Iraqi banks", True),
   (["REJECT"], IRAQ + ["government spokesman"], [], None, "rejected what he called", True)],
  []),
 ("a08", "2024-04-15",
  "Israel Strikes Militia Depot In Syria\n\n"
  "DAMASCUS – Israeli jets struck a weapons depot belonging to Kataib Hezbollah near Albu "
  "Kamal on Sunday, a war monitor said.\n\n"
  "The strike came days after an Israeli raid on Wednesday killed two Iranian advisers in "
  "Damascus. Iran vowed to avenge their deaths.\n\n"
  "Israel carried out hundreds of raids in Syria years ago during the civil war.",
  [(["ASSAULT"], ISR, KH, "2024-04-14", "Israeli jets struck a weapons depot", True),
   (["ASSAULT"], ISR, IRAN + ["Iranian advisers"], "2024-04-10", "an Israeli raid on Wednesday",
    True),
   (["THREATEN"], IRAN, ISR, None, "vowed to avenge", True),
   (["ASSAULT"], ISR, ["Syria"], None, "carried out hundreds of raids", False)],
  []),
 ("a09", "2024-03-11",
  "Bomb Wrecks Liquor Shop In Baghdad\n\n"
  "BAGHDAD – A bomb exploded outside a liquor shop in central Baghdad on Saturday, wounding "
  "its owner, police said.\n\n"
  "Iraqi police said Asaib Ahl al-Haq was responsible for the bombing. The group denied any "
  "role.",
  [(["ASSAULT"], ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"], ["shop", "liquor shop", "owner"],
    "2024-03-09", "A bomb exploded outside", True),
   (["ACCUSE"], IRAQ + ["Iraqi police", "police", "Iraqi Ministry of Interior"],
    ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"], None, "was responsible for the bombing", True),
   (["REJECT"], ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"], [], None, "The group denied any",
    True)],
  []),
 ("a10", "2022-09-29",
  "Iran Pounds Kurdish Opposition Camps\n\n"
  "ERBIL – Iran's Revolutionary Guards fired missiles and drones at the bases of Iranian "
  "Kurdish opposition groups near Koya on Wednesday, killing at least nine people.\n\n"
  "The United Nations mission in Iraq condemned the strikes. It said such attacks must stop.\n\n"
  "The Guards said they would press on until the groups were disarmed.",
  [(["ASSAULT"], IRAN + ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"],
    ["Iranian Kurdish opposition groups", "Kurdish opposition groups", "Koya"], "2022-09-28",
    "fired missiles and drones", True),
   (["ACCUSE"], UN, IRAN + ["Islamic Revolutionary Guard Corps", "IRGC"], None,
    "condemned the strikes", True),
   (["REQUEST"], UN, [], None, "such attacks must stop", True),
   (["THREATEN"], IRAN + ["Islamic Revolutionary Guard Corps", "IRGC", "Guards"],
    ["Iranian Kurdish opposition groups", "Kurdish opposition groups", "groups"], None,
    "would press on", True)],
  []),
 ("a11", "2024-10-02",
  "EU Urges Restraint After Iranian Missile Barrage\n\n"
  "BRUSSELS – The European Union's foreign policy chief Josep Borrell addressed the bloc's "
  "ministers on Wednesday. \"We condemn in the strongest terms Iran's attack on Israel,\" "
  "Borrell said. \"All sides must step back from the brink.\"\n\n"
  "Iran fired about 180 ballistic missiles at Israel on Tuesday evening.",
  [(["ACCUSE"], ["European Union", "EU", "Josep Borrell", "Borrell"], IRAN, None,
    "We condemn in the strongest terms", True),
   (["REQUEST"], ["European Union", "EU", "Josep Borrell", "Borrell"], [], None,
    "All sides must step back", True),
   (["ASSAULT"], IRAN, ISR, "2024-10-01", "Iran fired about 180", True)],
  ["addressed the bloc's ministers"]),
 ("a12", "2025-07-15",
  "Syria Accuses Israel Of Breaching Disengagement Deal\n\n"
  "DAMASCUS – Israeli troops pushed into a village in southern Syria on Monday and detained "
  "four men, residents said.\n\n"
  "Syria's foreign ministry condemned the incursion as a breach of the 1974 disengagement "
  "agreement. The ministry called on the Security Council to act.\n\n"
  "Israel's army said the men were suspected of smuggling weapons.",
  [(["ASSAULT", "COERCE"], ISR, ["Syria", "village", "men"], "2025-07-14", "detained four men",
    True),
   (["ACCUSE"], ["Syria", "Syrian", "Syrian foreign ministry"], ISR, None,
    "condemned the incursion", True),
   (["REQUEST"], ["Syria", "Syrian", "Syrian foreign ministry"], UN + ["Security Council"], None,
    "called on the Security Council", True),
   (["ACCUSE"], ISR, ["men"], None, "suspected of smuggling", False)],
  ["the 1974 disengagement agreement"]),
 ("a13", "2024-12-03",
  "Iraqi Faction Denies Firing At Kuwaiti Border Post\n\n"
  "KUWAIT CITY – Kuwait accused an Iraqi armed faction on Monday of firing at one of its border "
  "posts.\n\n"
  "Kataib Sayyid al-Shuhada rejected the accusation on Tuesday, calling it an attempt to sow "
  "discord between the two countries.",
  [(["ACCUSE"], ["Kuwait", "Kuwaiti"], ["Iraqi armed faction", "faction", "Iraq",
                                       "Kata'ib Sayyid al-Shuhada"], "2024-12-02",
    "Kuwait accused an Iraqi", True),
   (["REJECT"], ["Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada"], ["Kuwait", "Kuwaiti"],
    "2024-12-03", "rejected the accusation", True),
   (["ASSAULT"], ["Iraqi armed faction", "faction"], ["Kuwait", "border posts"], None,
    "firing at one of its border", False)],
  []),
 ("a14", "2024-07-09",
  "Turkey Says It Killed PKK Commanders In Northern Iraq\n\n"
  "ANKARA – Turkey's intelligence agency said on Tuesday it had killed two senior PKK "
  "commanders in a drone strike in the Qandil mountains.\n\n"
  "The PKK did not comment. Its fighters have clashed with Turkish troops in northern Iraq for "
  "decades.",
  [(["ASSAULT"], TUR + ["National Intelligence Organization (Turkey)", "MIT"], PKK, None,
    "it had killed two senior PKK", True),
   (["ASSAULT"], PKK, TUR, None, "have clashed with Turkish troops", False)],
  ["The PKK did not comment."]),
]

B = [
 ("b01", "2024-03-05",
  "Mortar Rounds Fall Near Turkish Base In Bashiqa\n\n"
  "MOSUL – Four mortar rounds fell near a Turkish military base in Bashiqa late on Monday, a "
  "security source said. Nobody was hurt.\n\n"
  "Turkey's defence ministry blamed the PKK for the shelling and said its troops had retaliated "
  "against the militants' positions.",
  [(["ASSAULT"], PKK, TUR + ["Bashiqa"], "2024-03-04", "Four mortar rounds fell", True),
   (["ACCUSE"], TUR, PKK, None, "blamed the PKK for the shelling", True),
   (["ASSAULT"], TUR, PKK, None, "had retaliated against", True)],
  ["Nobody was hurt."]),
 ("b02", "2023-12-27",
  "Iraqi Militia Says It Launched Drones At Eilat\n\n"
  "BAGHDAD – Drones were launched toward the Israeli port of Eilat early on Tuesday. The "
  "Islamic Resistance in Iraq said in a statement that its fighters were behind the operation."
  "\n\nIsrael's military said it intercepted a drone over the Red Sea.",
  [(["ASSAULT"], IRI, ISR + ["Eilat"], "2023-12-26", "Drones were launched toward", True),
   (["DEFEND", "ASSAULT"], ISR, IRI, None, "it intercepted a drone", False)],
  []),
 ("b03", "2025-02-18",
  "Iraqi Minister Rebuffs Tehran Over Water\n\n"
  "BAGHDAD – Iraq's water resources minister held a news conference on Monday about falling "
  "river levels. \"We demand that Iran honour its obligations on the Sirwan river,\" the minister "
  "said.\n\nHe rejected Iranian claims that the dams served only local farms.",
  [(["REQUEST"], IRAQ + ["water resources minister"], IRAN, "2025-02-17", "We demand that Iran",
    True),
   (["REJECT"], IRAQ + ["water resources minister"], IRAN, None, "rejected Iranian claims",
    True)],
  ["held a news conference"]),
 ("b04", "2024-11-12",
  "US Jets Hit Militia Sites In Eastern Syria\n\n"
  "WASHINGTON – U.S. warplanes bombed nine targets linked to Iran-backed groups in eastern "
  "Syria on Monday, the U.S. military said. The raids answered a rocket attack on Thursday on a "
  "U.S. base near Deir ez-Zor that wounded one service member.\n\n"
  "American forces have been stationed in the area since 2015.",
  [(["ASSAULT"], US, MIL, "2024-11-11", "bombed nine targets", True),
   (["ASSAULT"], [], US, "2024-11-07", "a rocket attack on Thursday", True)],
  ["have been stationed in the area since 2015"]),
 ("b05", "2024-05-21",
  "Hezbollah Denies Sending Trainers To Iraq\n\n"
  "BEIRUT – Lebanon's Hezbollah on Tuesday dismissed a newspaper report that it had sent "
  "commanders to train Iraqi militias. The group called the report a fabrication.\n\n"
  "Its leader, Hassan Nasrallah, also warned Israel against widening the war.",
  [(["REJECT"], ["Lebanese Hezbollah", "Hezbollah"], [], "2024-05-21", "dismissed a newspaper",
    True),
   (["THREATEN"], ["Lebanese Hezbollah", "Hezbollah", "Hassan Nasrallah"], ISR, None,
    "warned Israel against", True)],
  []),
 ("b06", "2022-01-04",
  "Drones Downed Over Baghdad Airport\n\n"
  "BAGHDAD – Two armed drones were shot down as they approached a compound used by U.S. "
  "advisers at Baghdad airport on Monday, the coalition said.\n\n"
  "Iraqi security officials blamed Kataib Hezbollah for the attempted attack.",
  [(["ASSAULT"], KH, US + ["U.S. advisers"], "2022-01-03", "approached a compound", True),
   (["ACCUSE"], IRAQ + ["Iraqi officials"], KH, None, "blamed Kataib Hezbollah", True),
   (["DEFEND", "ASSAULT"], ["Global Coalition to Defeat ISIS", "coalition"], [], "2022-01-03",
    "were shot down", False)],
  []),
 ("b07", "2025-06-10",
  "KDP Rejects PUK Call For Early Vote\n\n"
  "ERBIL – The Patriotic Union of Kurdistan urged the regional parliament on Sunday to set a "
  "date for early elections. The Kurdistan Democratic Party turned down the proposal a day "
  "later, saying the timing was wrong. The party also accused its rival of stalling talks on a "
  "new cabinet.",
  [(["REQUEST"], ["Patriotic Union of Kurdistan", "PUK"], ["regional parliament",
                                                          "Kurdistan parliament"],
    "2025-06-08", "urged the regional parliament", True),
   (["REJECT"], ["Kurdistan Democratic Party", "KDP"], ["Patriotic Union of Kurdistan", "PUK"],
    None, "turned down the proposal", True),
   (["ACCUSE"], ["Kurdistan Democratic Party", "KDP"], ["Patriotic Union of Kurdistan", "PUK"],
    None, "accused its rival", True)],
  []),
 ("b08", "2024-08-20",
  "Iran's Envoy Warns Against Strikes On Iraqi Factions\n\n"
  "BAGHDAD – Tehran's ambassador in Baghdad gave a speech at a university on Monday. \"Any "
  "aggression against the resistance will receive a firm answer,\" he said. The diplomat also "
  "urged the Iraqi government to expel foreign forces.",
  [(["THREATEN"], IRAN + ["Iranian Ambassador to Iraq"], [], "2024-08-19",
    "will receive a firm answer", True),
   (["REQUEST"], IRAN + ["Iranian Ambassador to Iraq"], IRAQ, None,
    "urged the Iraqi government", True)],
  ["gave a speech at a university"]),
 ("b09", "2024-02-27",
  "Peshmerga Clash With PKK Fighters In Duhok\n\n"
  "DUHOK – Peshmerga forces fought PKK militants near Amadiya on Saturday, killing two of them, "
  "a Kurdish security official said.\n\n"
  "The PKK said its fighters had been ambushed and accused the Kurdistan Democratic Party of "
  "doing Ankara's bidding. The two sides last fought a major battle years ago.",
  [(["ASSAULT"], KRG + ["Peshmerga"], PKK, "2024-02-24", "Peshmerga forces fought", True),
   (["ACCUSE"], PKK, ["Kurdistan Democratic Party", "KDP"], None, "accused the Kurdistan",
    True),
   (["ASSAULT"], KRG + ["Peshmerga"], PKK, None, "last fought a major battle", False)],
  []),
 ("b10", "2023-08-16",
  "Gunmen Kill Tribal Elder In Maysan\n\n"
  "AMARAH – Gunmen on motorcycles shot dead a tribal elder in Maysan province on Tuesday "
  "evening, police said. His tribe demanded that the authorities arrest the killers within "
  "three days. The provincial governor condemned the killing and ordered an inquiry.",
  [(["ASSAULT"], [], ["tribal elder", "elder"], "2023-08-15", "shot dead a tribal elder", True),
   (["REQUEST"], ["tribe"], IRAQ + ["authorities"], None, "demanded that the authorities", True),
   (["ACCUSE"], ["provincial governor", "governor", "Maysan"], [], None,
    "condemned the killing", True)],
  []),
 ("b11", "2024-01-09",
  "UN Envoy Calls For Calm After Strikes\n\n"
  "BAGHDAD – The head of the United Nations mission in Iraq urged all parties on Monday to "
  "exercise restraint after a week of tit-for-tat strikes. She said attacks on Iraqi soil by "
  "any side violated the country's sovereignty.",
  [(["REQUEST"], UN, [], "2024-01-08", "urged all parties", True),
   (["ACCUSE"], UN, [], None, "violated the country's sovereignty", True)],
  []),
]


def write(name: str, rows: list) -> None:
    """Check each negative is in its text, then write the set as asm10's writer does."""
    for doc, _pub, text, _golds, negatives in rows:
        for neg in negatives:
            assert neg in text, (doc, neg)
    asm10.write(name, [row[:4] for row in rows])


if __name__ == "__main__":
    write("asm12_A", A)
    write("asm12_B", B)
