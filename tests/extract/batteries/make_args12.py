"""Write the args12 batteries (A: develop, B: check) as dev-format sets: articles + gold.

Round 10 (args12): short texts of our own, in varied wordings, about who did what to whom in
events whose type is easy: the accused of an accusation, the addressee of a request, the author
of a rejected claim, the threatened, the party hit (not the place; not the speaker's own country),
the head of a phrase (not its possessor or a relative clause hung on it), passive agents,
appositions, coordinated pairs, subordinate clauses, quotes, nominal events. Rows with no gold
(or only optional golds) are negative rows: any event coded there is a false positive.
Run: python tests/extract/batteries/make_args12.py  (writes args12_A/ and args12_B/ beside it).
"""
from __future__ import annotations

from pathlib import Path

from battery_writer import write_battery

US = ["United States", "U.S.", "US", "Washington", "American", "Americans", "U.S. military",
      "Pentagon"]
IRAQ = ["Iraq", "Baghdad", "Iraqi government", "Iraqi"]
IRAN = ["Iran", "Tehran", "Iranian", "Islamic Revolutionary Guard Corps", "IRGC"]
TUR = ["Turkey", "Ankara", "Turkish", "Türkiye"]
ISR = ["Israel", "Israeli", "Israel Defense Forces"]
SYR = ["Syria", "Damascus", "Syrian"]
UN = ["United Nations", "UN", "U.N.", "Security Council"]
KRG = ["Kurdistan Regional Government", "KRG", "Erbil", "Kurdistan Region"]
KH = ["Kata'ib Hezbollah", "Kataib Hezbollah"]
AAH = ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"]
PKK = ["PKK", "Kurdistan Workers' Party"]
PMF = ["Popular Mobilization Forces", "PMF", "Hashd"]
HEZ = ["Lebanese Hezbollah", "Hezbollah"]
IS = ["Islamic State", "ISIS", "Daesh"]
PESH = ["Peshmerga"] + KRG
BADR = ["Badr Organization", "Badr"]
MIL = ["Iran-backed fighters", "Iran-backed militias", "Iran-backed militia", "Iran-backed groups",
       "fighters", "militiamen", "militants", "gunmen"]
EU = ["European Union", "EU"]
UK = ["United Kingdom", "Britain", "British"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah"]

R, OPT = True, False
# (doc, text, [(types, actor, target, required[, evidence])]); a row with no event is a negative
# row; the evidence (default: the text's first 40 characters) places the gold on its sentence
A = [
 # a claim or step rejected in a relative clause: its author is the target
 ("a01", "Ankara said its drones had struck only PKK fighters near Sinjar, a claim that the "
  "Kurdistan Regional Government rejected as false.",
  [(["REJECT"], KRG, TUR, R), (["ASSAULT"], TUR, PKK, OPT)]),
 ("a02", "Washington announced new sanctions on Iranian oil exports on Monday, a move that Tehran "
  "dismissed as economic terrorism.",
  [(["REJECT", "ACCUSE"], IRAN, US, R), (["SANCTION", "COERCE"], US, IRAN, OPT)]),
 # titles and appositions give the actor, never the title alone
 ("a03", "Prime Minister of Iraq Mohammed Shia al-Sudani condemned the Turkish bombardment of "
  "villages in Duhok.", [(["ACCUSE"], IRAQ + ["Mohammed Shia al-Sudani"], TUR, R),
                         (["ASSAULT"], TUR, [], OPT)]),
 ("a04", "The speaker of the Iranian parliament, Mohammad Bagher Ghalibaf, accused Washington of "
  "piracy in the Gulf.", [(["ACCUSE"], IRAN + ["Ghalibaf"], US, R)]),
 ("a05", "Kata'ib Hezbollah, the most powerful of the Iran-aligned factions, rejected the American "
  "demand to disarm.", [(["REJECT"], KH, US, R)]),
 # a relative clause on the actor names no target
 ("a06", "The Iraqi government, which depends on a bloc of Iran-aligned parties, condemned the "
  "American strikes near al-Qaim.", [(["ACCUSE"], IRAQ, US, R), (["ASSAULT"], US, [], OPT)]),
 ("a07", "Hezbollah, which Israel has fought for decades, threatened on Friday to strike the port "
  "of Haifa.", [(["THREATEN"], HEZ, ISR, R)]),
 # a vow to avenge the dead aims at their killer, never at the dead
 ("a08", "An American drone killed a senior Kata'ib Hezbollah commander in Baghdad on Thursday. "
  "The group vowed to avenge him.",
  [(["ASSAULT"], US, KH, R), (["THREATEN"], KH, US, R, "The group vowed to avenge him")]),
 ("a09", "Israeli jets killed two Iranian advisers in Damascus on Monday. Tehran promised to "
  "avenge the advisers.", [(["ASSAULT"], ISR, IRAN, R), (["THREATEN"], IRAN, ISR, R, "Tehran promised to")]),
 # X-backed N: N acted; X-led N: X led it
 ("a10", "Iran-backed fighters fired three rockets at a base housing U.S. troops in Syria on "
  "Sunday.", [(["ASSAULT"], MIL, US, R)]),
 ("a11", "A Turkish-led offensive on Kurdish-held villages in northern Syria killed eleven "
  "civilians on Tuesday.", [(["ASSAULT"], TUR, [], R)]),
 # the party hit, not the place; the owner of the facility
 ("a12", "Israeli aircraft struck Hezbollah positions in southern Lebanon overnight.",
  [(["ASSAULT"], ISR, HEZ, R)]),
 ("a13", "Drones hit the headquarters of the Badr Organization in Diyala province on Wednesday.",
  [(["ASSAULT"], [], BADR, R)]),
 ("a14", "Turkish artillery shelled PKK hideouts in the Qandil mountains on Saturday.",
  [(["ASSAULT"], TUR, PKK, R)]),
 # the speaker's own country is not the addressee
 ("a15", "Iraqi officials called on Turkey to withdraw its troops from Iraqi territory.",
  [(["REQUEST"], IRAQ, TUR, R)]),
 ("a16", "Iran's foreign ministry urged Baghdad to rein in the armed groups operating on Iraqi "
  "soil.", [(["REQUEST"], IRAN, IRAQ, R)]),
 # prepositions of concern, protest and blame
 ("a17", "The UN envoy expressed deep concern over Turkish strikes in Sinjar.",
  [(["ACCUSE"], UN, TUR, R), (["ASSAULT"], TUR, [], OPT)]),
 ("a18", "Iran protested against the seizure of its tanker by British marines.",
  [(["ACCUSE", "PROTEST"], IRAN, UK, R), (["SEIZE", "COERCE", "ASSAULT"], UK, IRAN, OPT)]),
 # passive agents
 ("a19", "Three Peshmerga soldiers were killed by PKK gunmen near Amedi on Friday.",
  [(["ASSAULT"], PKK, PESH, R)]),
 ("a20", "Iraq was urged by the United Nations to protect peaceful protesters.",
  [(["REQUEST"], UN, IRAQ, R)]),
 ("a21", "Israel was blamed by Tehran for the sabotage at the Natanz plant.",
  [(["ACCUSE"], IRAN, ISR, R)]),
 # coordinated pairs
 ("a22", "Iran and Turkey condemned the Israeli strike on the consulate.",
  [(["ACCUSE"], IRAN + TUR, ISR, R), (["ASSAULT"], ISR, [], OPT)]),
 ("a23", "The UN called on Baghdad and Erbil to settle their dispute over oil exports.",
  [(["REQUEST"], UN, IRAQ + KRG, R)]),
 # subordinate clauses keep their own actors
 ("a24", "After Turkish howitzers shelled a camp near Makhmour, Iraq summoned the Turkish "
  "ambassador.", [(["ACCUSE", "PROTEST"], IRAQ, TUR, R), (["ASSAULT"], TUR, [], OPT)]),
 ("a25", "Although Washington denied any role, Iran blamed the United States for the blast.",
  [(["ACCUSE"], IRAN, US, R), (["REJECT"], US, [], R)]),
 # quotes: the speaker is the actor
 ("a26", "\"The Americans must leave our country,\" said Qais al-Khazali, the leader of Asa'ib "
  "Ahl al-Haq.", [(["REQUEST"], AAH + ["Qais al-Khazali"], US, R)]),
 ("a27", "\"Israel will pay a heavy price for this crime,\" Iran's supreme leader said on "
  "Sunday.", [(["THREATEN"], IRAN + ["Ali Khamenei"], ISR, R)]),
 # nominal events
 ("a28", "Turkey's shelling of the villages drew an angry protest from Baghdad.",
  [(["ASSAULT"], TUR, [], R), (["ACCUSE", "PROTEST"], IRAQ, TUR, R)]),
 ("a29", "The U.S. killing of a militia commander in Baghdad enraged Iraqi politicians.",
  [(["ASSAULT"], US, [], R)]),
 # the addressee of a request
 ("a30", "Sadr pressed for the U.S.-led coalition to leave Iraq.",
  [(["REQUEST"], ["Muqtada al-Sadr", "Sadr"] + IRAQ, US + ["coalition"], R)]),
 ("a31", "The Arab League appealed to the Security Council to halt the Israeli offensive.",
  [(["REQUEST"], ["Arab League"], UN, R)]),
 ("a32", "Damascus demanded that Turkey pull its forces out of Syrian territory.",
  [(["REQUEST"], SYR, TUR, R)]),
 # the threatened
 ("a33", "Iran warned Israel against any attack on its nuclear sites.",
  [(["THREATEN"], IRAN, ISR, R)]),
 ("a34", "Kata'ib Hezbollah threatened to target American bases across Iraq.",
  [(["THREATEN"], KH, US, R)]),
 # retreat: whom/where they withdraw from
 ("a35", "Turkey pulled its soldiers out of the Bashiqa camp near Mosul on Thursday.",
  [(["RETREAT"], TUR, ["Bashiqa", "Mosul", "Iraq"], R)]),
 # the accused
 ("a36", "Iraq accused Turkey of violating its airspace with drones.",
  [(["ACCUSE"], IRAQ, TUR, R)]),
 ("a37", "Iran held Israel responsible for the assassination of a nuclear scientist.",
  [(["ACCUSE"], IRAN, ISR, R), (["ASSAULT"], ISR, [], OPT)]),
 # demonstratives: "the group" is the group named before
 ("a38", "Washington sanctioned Asa'ib Ahl al-Haq last year. The U.S. says the group fired "
  "rockets at the embassy on Saturday.", [(["ASSAULT"], AAH, US, R, "the group fired rockets"),
                                         (["SANCTION", "COERCE"], US, AAH, OPT)]),
 # apposition on a target
 ("a39", "U.S. jets bombed a depot of Kata'ib Hezbollah, Iran's closest ally in Iraq, on "
  "Friday.", [(["ASSAULT"], US, KH, R)]),
 # a person avenged by name, no killer named: no target
 ("a40", "Tehran vowed again to avenge Qassem Soleimani.",
  [(["THREATEN"], IRAN, [], R)]),
 # negative rows: no event, or no event of the tempting arguments
 ("a41", "The minister came under fire from lawmakers over the budget.", []),
 ("a42", "Analysts said the Houthis could target ships in the Red Sea.", []),
 ("a43", "Iraqi lawmakers debated the presence of foreign troops on Tuesday.", []),
 ("a44", "Kurdish families marked the anniversary of the chemical attack on Halabja.", []),
 ("a45", "Iran-backed parties won most of the seats in the provincial vote.", []),
 ("a46", "A book on the Iranian revolution was launched at the Baghdad fair.", []),
]

B = [
 ("b01", "Damascus said its artillery had only hit Islamic State cells, an account that Kurdish "
  "officials rejected.", [(["REJECT"], ["Kurdish officials", "Kurdish"] + KRG, SYR, R),
                          (["ASSAULT"], SYR, IS, OPT)]),
 ("b02", "Israel unveiled a naval blockade of the Lebanese coast, a measure that Hezbollah "
  "denounced as an act of war.", [(["ACCUSE", "REJECT"], HEZ, ISR, R),
                                  (["COERCE", "SANCTION"], ISR, [], OPT)]),
 ("b03", "Iraqi President Abdul Latif Rashid denounced the Iranian missile strikes on Erbil.",
  [(["ACCUSE"], IRAQ + ["Abdul Latif Rashid"], IRAN, R), (["ASSAULT"], IRAN, [], OPT)]),
 ("b04", "The head of the Badr Organization, Hadi al-Amiri, called on the government to expel "
  "foreign forces.", [(["REQUEST"], BADR + ["Hadi al-Amiri"], IRAQ, R)]),
 ("b05", "Turkey, which has long hunted PKK militants in the region, condemned the bombing in "
  "Istanbul.", [(["ACCUSE"], TUR, [], R)]),
 ("b06", "A U.S. strike killed three Nujaba fighters near Jurf al-Sakhar. The movement pledged "
  "to avenge the fighters.", [(["ASSAULT"], US, ["Harakat Hezbollah al-Nujaba", "Nujaba"], R),
                              (["THREATEN"], ["Harakat Hezbollah al-Nujaba", "Nujaba"], US, R,
                               "The movement pledged")]),
 ("b07", "Syria-based militiamen launched a drone at an American outpost near Tanf on Monday.",
  [(["ASSAULT"], MIL, US, R)]),
 ("b08", "Turkish warplanes pounded PKK caves in the Gara region on Thursday.",
  [(["ASSAULT"], TUR, PKK, R)]),
 ("b09", "Missiles slammed into the offices of Kurdistan's ruling party in Erbil.",
  [(["ASSAULT"], [], ["Kurdistan Democratic Party", "KDP", "Kurdistan"] + KRG, R)]),
 ("b10", "Tehran's envoy asked the Iraqi authorities to disarm Kurdish opposition groups.",
  [(["REQUEST"], IRAN, IRAQ, R)]),
 ("b11", "The European Union voiced alarm about Iranian drone deliveries to Russia.",
  [(["ACCUSE"], EU, IRAN, R)]),
 ("b12", "Two Iraqi soldiers were wounded by Islamic State militants in Kirkuk on Sunday.",
  [(["ASSAULT"], IS, IRAQ + ["Iraqi soldiers"], R)]),
 ("b13", "Turkey was asked by the Iraqi parliament to compensate the families of the victims.",
  [(["REQUEST"], IRAQ + ["Iraqi parliament"], TUR, R)]),
 ("b14", "Syria and Iraq denounced the Israeli raid on the airport.",
  [(["ACCUSE"], SYR + IRAQ, ISR, R), (["ASSAULT"], ISR, [], OPT)]),
 ("b15", "Once Israeli jets had bombed the convoy, Iran lodged a formal complaint with the UN.",
  [(["ACCUSE", "PROTEST"], IRAN, ISR + UN, R), (["ASSAULT"], ISR, [], OPT)]),
 ("b16", "\"We will strike every American base in the region,\" an IRGC commander said.",
  [(["THREATEN"], IRAN, US, R)]),
 ("b17", "Israel's bombing of the Iranian embassy annex drew condemnation from Moscow.",
  [(["ASSAULT"], ISR, IRAN, R), (["ACCUSE"], ["Russia", "Moscow"], ISR, R)]),
 ("b18", "The Kurdistan Regional Government implored Washington to stop the drone attacks.",
  [(["REQUEST"], KRG, US, R)]),
 ("b19", "Baghdad insisted that U.S. troops leave the country by the end of the year.",
  [(["REQUEST"], IRAQ, US, R)]),
 ("b20", "The Houthis warned Washington that its warships would be targeted.",
  [(["THREATEN"], HOUTHI, US, R)]),
 ("b21", "Turkey charged the PKK with planting the bomb in Ankara.",
  [(["ACCUSE"], TUR, PKK, R)]),
 ("b22", "Washington blacklisted Kata'ib Hezbollah in 2009. On Tuesday the Pentagon said the "
  "militia had attacked a patrol in Syria.", [(["ASSAULT"], KH, US, R, "the militia had attacked"),
                                             (["SANCTION", "COERCE"], US, KH, OPT)]),
 ("b23", "American warships struck Houthi radar sites, the rebels' main eyes on the sea, on "
  "Wednesday.", [(["ASSAULT"], US, HOUTHI, R)]),
 ("b24", "Hezbollah swore to avenge Hassan Nasrallah.", [(["THREATEN"], HEZ, [], R)]),
 ("b25", "The U.S. withdrew its advisers from the Kirkuk air base in March.",
  [(["RETREAT"], US, ["Kirkuk", "Iraq"], R)]),
 ("b26", "Iraq's foreign minister urged Iran to stop its shelling of the Kurdish mountains.",
  [(["REQUEST"], IRAQ, IRAN, R)]),
 ("b27", "The governor came under fire for his handling of the floods.", []),
 ("b28", "Experts believe Iran might resume enrichment at Fordow.", []),
 ("b29", "Syrian refugees commemorated the siege of Aleppo in a Berlin exhibition.", []),
 ("b30", "Iran-aligned lists took a third of the votes in Basra.", []),
 ("b31", "The Pentagon's budget for the year was approved by Congress.", []),
]


def write(rows, name):
    # a gold here is (types, actor, target, required[, evidence]); evidence defaults to the
    # text's first 40 characters
    rows = [(doc, text, [(t, a, g, ev[0] if ev else text[:40], req) for t, a, g, req, *ev in golds])
            for doc, text, golds in rows]
    write_battery(rows, Path(__file__).resolve().parent / name, published="2025-03-10",
                  url_prefix="https://battery.example/")


if __name__ == "__main__":
    write(A, "args12_A")
    write(B, "args12_B")
