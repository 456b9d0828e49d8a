"""Write the material12 batteries (A: develop, B: check) as dev-format sets: articles + gold.

Round 10, material12: material and political acts (sanctions, withdrawals and handovers,
mobilisation, protests, arrests and seizures, support and agreements) told in our own words
about made-up or generic episodes of the theatre, one short article a row. A row with no event
is a negative: anything coded on it is a false positive. Battery B was written at the same time
as A and is only read through ``brinkwatch eval events --summary``.

Run: python tests/extract/batteries/make_material12.py  (writes material12_A/ and material12_B/).
"""
from __future__ import annotations

from pathlib import Path

from battery_writer import write_battery

US = ["United States", "U.S.", "US", "Washington", "American", "Pentagon", "U.S. military",
      "U.S. Department of the Treasury", "Treasury", "U.S. Department of State",
      "State Department"]
IRAQ = ["Iraq", "Baghdad", "Iraqi government", "Iraqi", "Iraqi army", "Iraqi security forces",
        "Iraqi Counter-Terrorism Service", "Iraqi police", "Iraqi military"]
IRAN = ["Iran", "Tehran", "Iranian", "Iranian government"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"] + IRAN
TUR = ["Turkey", "Ankara", "Turkish"]
ISR = ["Israel", "Israeli", "Israel Defense Forces"]
KH = ["Kata'ib Hezbollah", "Kataib Hezbollah"]
AAH = ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq", "Asaib"]
NUJ = ["Harakat Hezbollah al-Nujaba", "Nujaba"]
PMF = ["Popular Mobilization Forces", "PMF"]
KRG = ["Kurdistan Regional Government", "KRG", "Kurdish authorities", "Kurdistan Region",
       "Kurdish"]
PESH = ["Peshmerga"] + KRG
MIL = ["militias", "militia", "Iran-backed militias", "factions"]
PROT = ["protesters", "demonstrators", "crowd", "crowds", "supporters", "students", "workers",
        "elders", "Sadrist movement", "Sadrists"]

Gold = tuple[list[str], list[str], list[str], str, bool]  # types, actor, target, evidence, req
PUB = "2025-05-14"

# (doc, text, [golds]); a row with no gold is a negative
A: list[tuple[str, str, list[Gold]]] = [
    # ---- SANCTION
    ("a01", "The U.S. Treasury on Thursday blacklisted two Iraqi exchange houses accused of "
     "moving money for Kata'ib Hezbollah.",
     [(["SANCTION", "COERCE"], US, ["exchange houses", "Iraq", "Iraqi"] + KH, "blacklisted",
       True)]),
    ("a02", "Washington froze the assets of a Basra oil trader it says smuggles Iranian crude.",
     [(["SANCTION", "COERCE"], US, ["trader", "oil trader"], "froze the assets", True)]),
    ("a03", "The European Union extended its travel ban on seven IRGC commanders for another "
     "year.",
     [(["SANCTION", "COERCE"], ["European Union", "EU"], IRGC, "extended its travel ban",
       True)]),
    ("a04", "Canada slapped fresh penalties on Iran's drone makers.",
     [(["SANCTION"], ["Canada"], IRAN + ["drone makers"], "slapped fresh penalties", True)]),
    ("a05", "Britain Adds Asaib Leader To Terror Blacklist\n\nLONDON - The British government "
     "put Qais al-Khazali on its list of proscribed terrorists on Monday.",
     [(["SANCTION", "COERCE"], ["United Kingdom", "Britain", "British"],
       AAH + ["Qais al-Khazali"], "put Qais al-Khazali on its list", True)]),
    ("a06", "Kuwait ordered three Iranian diplomats to leave the country within 48 hours over "
     "the spy ring.",
     [(["SANCTION", "COERCE"], ["Kuwait"], IRAN, "ordered three Iranian diplomats to leave",
       True)]),
    ("a07", "The designation of the Nujaba movement as a terrorist group by the State "
     "Department took effect on Monday.",
     [(["SANCTION", "COERCE"], US, NUJ, "designation of the Nujaba movement", True)]),
    ("a08", "Jordan suspended flights to Baghdad after the militia attacks on its border post.",
     [(["SANCTION"], ["Jordan"], IRAQ, "suspended flights to Baghdad", True)]),
    ("a09", "New U.S. restrictions on dollar transfers to Iraqi banks came into force on "
     "Sunday.",
     [(["SANCTION"], US, IRAQ + ["Iraqi banks"], "restrictions on dollar transfers", True)]),
    ("a10", "Baghdad barred Turkish goods from its markets after the shelling of a resort in "
     "Zakho.",
     [(["SANCTION"], IRAQ, TUR, "barred Turkish goods", True)]),
    ("a11", "The Treasury imposed visa bans on four Iraqi lawmakers linked to the militias.",
     [(["SANCTION", "COERCE"], US, IRAQ + ["lawmakers"], "imposed visa bans", True)]),
    ("a12", "Washington is weighing sanctions on Iraqi banks, officials said.", []),
    ("a13", "Iran's economy has shrunk under years of sanctions.", []),
    ("a14", "The Netherlands expelled two Iranian diplomats accused of plotting attacks.",
     [(["SANCTION", "COERCE"], ["Netherlands", "Dutch"], IRAN, "expelled two Iranian diplomats",
       True)]),
    # ---- RETREAT / CONCEDE
    ("a15", "Kata'ib Hezbollah fighters pulled back from the border crossing at al-Qaim.",
     [(["RETREAT", "CONCEDE"], KH, [], "pulled back", True)]),
    ("a16", "The withdrawal of Turkish troops from the Bashiqa camp began on Saturday.",
     [(["RETREAT", "CONCEDE"], TUR, [], "withdrawal of Turkish troops", True)]),
    ("a17", "U.S. forces handed over the K1 air base to the Iraqi army.",
     [(["RETREAT", "CONCEDE"], US, IRAQ, "handed over the K1 air base", True)]),
    ("a18", "Asa'ib Ahl al-Haq freed the two Swedish engineers it had held since March.",
     [(["RETREAT", "CONCEDE"], AAH, ["Sweden", "Swedish", "engineers"], "freed", True)]),
    ("a19", "The Peshmerga abandoned their positions around Makhmour.",
     [(["RETREAT", "CONCEDE"], PESH, [], "abandoned their positions", True)]),
    ("a20", "The PMF lifted its siege of the Green Zone after two days.",
     [(["RETREAT", "CONCEDE"], PMF, [], "lifted its siege", True)]),
    ("a21", "Under pressure from Washington, Baghdad backed down and reopened the pipeline to "
     "Turkey.",
     [(["RETREAT", "CONCEDE"], IRAQ, [], "backed down", True)]),
    ("a22", "Syrian government forces evacuated their positions in Deir ez-Zor.",
     [(["RETREAT", "CONCEDE"], ["Syria", "Syrian"], [], "evacuated their positions", True)]),
    ("a23", "Saraya al-Salam withdrew its gunmen from the streets of Baghdad.",
     [(["RETREAT", "CONCEDE"], ["Saraya al-Salam"], [], "withdrew its gunmen", True)]),
    ("a24", "Coalition troops completed their departure from Ain al-Asad air base.",
     [(["RETREAT", "CONCEDE"], ["Global Coalition to Defeat ISIS", "coalition",
                                 "Coalition troops"], [], "completed their departure", True)]),
    ("a25", "Iraq's parliament voted to demand the withdrawal of U.S. troops.",
     [(["REQUEST"], IRAQ + ["Council of Representatives of Iraq", "parliament"], US,
       "voted to demand", True)]),
    ("a26", "The United States has no plans to pull its forces out of Syria.", []),
    ("a27", "Iran refused to release the detained tanker crew.",
     [(["REJECT"], IRAN, ["crew"], "refused to release", True)]),
    # ---- MOBILIZE
    ("a28", "Turkey rushed armoured reinforcements to its border posts near Zakho.",
     [(["MOBILIZE"], TUR, [], "rushed armoured reinforcements", True)]),
    ("a29", "Hundreds of Asa'ib fighters converged on the outskirts of Kirkuk in armed convoys.",
     [(["MOBILIZE"], AAH, [], "converged on the outskirts", True)]),
    ("a30", "IRGC ground units along the Iraqi frontier were put on full combat readiness.",
     [(["MOBILIZE"], IRGC, [], "put on full combat readiness", True)]),
    ("a31", "The Pentagon ordered a second aircraft carrier into the Gulf.",
     [(["MOBILIZE"], US, [], "ordered a second aircraft carrier", True)]),
    ("a32", "Iraqi army units took up positions around the Turkish base at Bashiqa.",
     [(["MOBILIZE"], IRAQ, [], "took up positions", True)]),
    ("a33", "The ministry deployed new software to track customs payments.", []),
    # ---- PROTEST
    ("a34", "Thousands of Sadr supporters marched on the Iranian consulate in Basra.",
     [(["PROTEST"], PROT + ["Muqtada al-Sadr"], IRAN, "marched on the Iranian consulate",
       True)]),
    ("a35", "Kurdish students staged a sit-in outside the UN office in Erbil against Turkish "
     "air strikes.",
     [(["PROTEST"], PROT + ["Kurdish"], TUR + ["United Nations", "UN"], "staged a sit-in",
       True)]),
    ("a36", "Demonstrators filled Tahrir Square on Friday to denounce Iranian meddling.",
     [(["PROTEST", "ACCUSE"], PROT, IRAN, "filled Tahrir Square", True)]),
    ("a37", "Tribal elders led a rally in Nasiriyah demanding the release of their sons.",
     [(["PROTEST"], PROT + ["tribal elders"], [], "led a rally", True)]),
    ("a38", "Protests erupted in Sulaymaniyah over unpaid salaries.",
     [(["PROTEST"], [], [], "Protests erupted", True)]),
    ("a39", "Police said a rally planned for Friday had been called off.", []),
    # ---- COERCE
    ("a40", "Iraqi counter-terrorism forces arrested a Kata'ib Hezbollah commander suspected "
     "of the rocket attacks.",
     [(["COERCE"], IRAQ, KH, "arrested", True)]),
    ("a41", "A senior Asa'ib member was detained by security forces at Baghdad airport.",
     [(["COERCE"], IRAQ + ["security forces"], AAH, "was detained by security forces", True)]),
    ("a42", "Turkish police rounded up dozens of suspected PKK sympathisers in Diyarbakir.",
     [(["COERCE"], TUR, ["Kurdistan Workers' Party", "PKK", "sympathisers"], "rounded up",
       True)]),
    ("a43", "The arrest of the Badr commander by the Iraqi army sparked clashes in Diyala.",
     [(["COERCE"], IRAQ, ["Badr Organization", "Badr"], "arrest of the Badr commander", True)]),
    ("a44", "Kurdish authorities imposed a curfew on Sulaymaniyah after the riots.",
     [(["COERCE"], KRG, [], "imposed a curfew", True)]),
    ("a45", "Iranian naval forces seized a Greek-flagged tanker in the Gulf of Oman.",
     [(["COERCE"], IRGC, ["Greece", "Greek", "tanker"], "seized", True)]),
    ("a46", "The Iraqi interior ministry shut down the Baghdad offices of a Kurdish television "
     "channel.",
     [(["COERCE"], IRAQ + ["interior ministry"], ["Kurdish", "channel", "television channel"],
       "shut down", True)]),
    ("a47", "Security forces have the power to arrest suspects without a warrant.", []),
    # ---- SUPPORT / AGREE
    ("a48", "The Arab League welcomed the agreement between Baghdad and Erbil on oil exports.",
     [(["SUPPORT"], ["Arab League"], IRAQ + KRG + ["Erbil"], "welcomed the agreement", True)]),
    ("a49", "Tehran threw its weight behind Sudani's bid for a second term.",
     [(["SUPPORT"], IRAN, ["Mohammed Shia al-Sudani", "Sudani"] + IRAQ,
       "threw its weight behind", True)]),
    ("a50", "Iraq and Turkey signed a memorandum on water sharing in Ankara.",
     [(["AGREE", "SUPPORT"], IRAQ + TUR, IRAQ + TUR, "signed a memorandum", True)]),
    ("a51", "The KDP and the PUK reached an agreement on forming the new regional cabinet.",
     [(["AGREE", "SUPPORT"], ["Kurdistan Democratic Party", "KDP", "Patriotic Union of "
                               "Kurdistan", "PUK"],
       ["Kurdistan Democratic Party", "KDP", "Patriotic Union of Kurdistan", "PUK"],
       "reached an agreement", True)]),
    ("a52", "Washington endorsed the Iraqi plan to disarm the factions.",
     [(["SUPPORT"], US, IRAQ, "endorsed the Iraqi plan", True)]),
    ("a53", "The two militias agreed to a truce brokered by Muqtada al-Sadr.",
     [(["AGREE", "RETREAT"], MIL, [], "agreed to a truce", True)]),
    ("a54", "The two sides have not yet reached a deal, a negotiator said.", []),
    # ---- ASSAULT told without a plain attack verb
    ("a55", "A drone slammed into a Kata'ib Hezbollah truck near al-Qaim, killing two fighters.",
     [(["ASSAULT"], [], KH, "slammed into a Kata'ib Hezbollah truck", True)]),
    ("a56", "Turkish jets struck again on Wednesday, hitting PKK hideouts near Makhmour.",
     [(["ASSAULT"], TUR, ["Kurdistan Workers' Party", "PKK"], "struck again", True)]),
]

B: list[tuple[str, str, list[Gold]]] = [
    # ---- SANCTION
    ("b01", "Treasury Targets Iraqi Militia Financiers\n\nWASHINGTON - The U.S. Treasury said on "
     "Tuesday it had designated three financiers of Harakat al-Nujaba.",
     [(["SANCTION", "COERCE"], US, NUJ + ["financiers"], "designated three financiers", True)]),
    ("b02", "The EU has added Iran's drone programme chief to its sanctions list.",
     [(["SANCTION", "COERCE"], ["European Union", "EU"], IRAN, "added Iran's drone programme",
       True)]),
    ("b03", "Saudi Arabia recalled its ambassador from Tehran and closed its consulate in "
     "Mashhad.",
     [(["SANCTION"], ["Saudi Arabia", "Saudi"], IRAN, "recalled its ambassador", True)]),
    ("b04", "Britain announced an asset freeze on a Baghdad bank that finances Kata'ib "
     "Hezbollah.",
     [(["SANCTION", "COERCE"], ["United Kingdom", "Britain"], ["bank", "Baghdad bank"] + KH,
       "announced an asset freeze", True)]),
    ("b05", "Ankara halted all trade with the Kurdistan Region over the independence vote.",
     [(["SANCTION"], TUR, KRG, "halted all trade", True)]),
    ("b06", "Washington cut military aid to Iraqi police units run by Badr.",
     [(["SANCTION"], US, IRAQ + ["Badr Organization", "Badr"], "cut military aid", True)]),
    ("b07", "Lawmakers urged the administration to sanction the PMF leaders.",
     [(["REQUEST"], ["lawmakers", "Congress"], US + ["administration"], "urged the "
                                                                    "administration", True)]),
    ("b08", "The tanker has been under American sanctions since 2019.",
     [(["SANCTION"], US, ["tanker"], "under American sanctions", False)]),
    # ---- RETREAT / CONCEDE
    ("b09", "Turkish soldiers left their outpost near Bashiqa on Tuesday.",
     [(["RETREAT", "CONCEDE"], TUR, [], "left their outpost", True)]),
    ("b10", "Kata'ib Hezbollah handed the kidnapped researcher over to Iraqi authorities.",
     [(["RETREAT", "CONCEDE"], KH, IRAQ + ["researcher"], "handed the kidnapped researcher",
       True)]),
    ("b11", "The release of five Iraqi fishermen by Iran was announced on Sunday.",
     [(["RETREAT", "CONCEDE"], IRAN, IRAQ + ["fishermen"], "release of five Iraqi fishermen",
       True)]),
    ("b12", "U.S. troops pulled out of the Qayyarah base, the Iraqi military said.",
     [(["RETREAT", "CONCEDE"], US, [], "pulled out of the Qayyarah base", True)]),
    ("b13", "The militias ended their blockade of the Baghdad-Erbil highway.",
     [(["RETREAT", "CONCEDE"], MIL, [], "ended their blockade", True)]),
    ("b14", "Iran relaxed its restrictions on Iraqi pilgrims crossing at Mehran.",
     [(["RETREAT", "CONCEDE"], IRAN, IRAQ + ["pilgrims"], "relaxed its restrictions", True)]),
    ("b15", "PUK fighters retreated from the oil fields as Iraqi forces advanced.",
     [(["RETREAT", "CONCEDE"], ["Patriotic Union of Kurdistan", "PUK"], [], "retreated", True)]),
    ("b16", "The Kurdish leader refused to step aside.",
     [(["REJECT"], ["Kurdish leader", "Kurdish"], [], "refused to step aside", True)]),
    ("b17", "A U.S. pullout from Iraq would embolden Iran, analysts say.", []),
    # ---- MOBILIZE
    ("b18", "Iraq deployed thousands of troops to the Kurdish border areas on Monday.",
     [(["MOBILIZE"], IRAQ, [], "deployed thousands of troops", True)]),
    ("b19", "Militia convoys gathered near the Green Zone overnight.",
     [(["MOBILIZE"], MIL, [], "convoys gathered", True)]),
    ("b20", "Israel called up 30,000 reservists.",
     [(["MOBILIZE"], ISR, [], "called up 30,000 reservists", True)]),
    ("b21", "The Houthis placed their missile forces on high alert.",
     [(["MOBILIZE"], ["Houthis", "Houthi"], [], "placed their missile forces", True)]),
    ("b22", "The embassy sent a letter to the ministry.", []),
    # ---- PROTEST
    ("b23", "Hundreds rallied outside the Turkish embassy in Baghdad to protest the air "
     "strikes.",
     [(["PROTEST"], [], TUR, "rallied outside the Turkish embassy", True)]),
    ("b24", "Angry crowds stormed the Kuwaiti consulate in Basra in protest at the border deal.",
     [(["PROTEST", "ASSAULT"], PROT, ["Kuwait", "Kuwaiti"], "stormed the Kuwaiti consulate",
       True)]),
    ("b25", "Oil workers in Basra went on strike.",
     [(["PROTEST"], PROT + ["oil workers"], [], "went on strike", True)]),
    ("b26", "The governor met a delegation of protest organisers.",
     [(["CONSULT"], ["governor"], ["organisers", "delegation"], "met a delegation", False)]),
    # ---- COERCE
    ("b27", "Kurdish security forces detained a journalist in Duhok.",
     [(["COERCE"], KRG + ["security forces"], ["journalist"], "detained a journalist", True)]),
    ("b28", "Three Kata'ib Hezbollah members were arrested in a raid in Jurf al-Sakhar.",
     [(["COERCE"], [], KH, "were arrested", True)]),
    ("b29", "Iran seized an Iraqi fishing boat in the Shatt al-Arab.",
     [(["COERCE"], IRAN, IRAQ + ["fishing boat"], "seized an Iraqi fishing boat", True)]),
    ("b30", "Iraqi police took the Asa'ib commander into custody.",
     [(["COERCE"], IRAQ, AAH, "took the Asa'ib commander into custody", True)]),
    ("b31", "Iraq's courts have the power to detain foreign nationals.", []),
    # ---- SUPPORT / AGREE
    ("b32", "The United Nations welcomed Iraq's decision to hold early elections.",
     [(["SUPPORT"], ["United Nations", "UN"], IRAQ, "welcomed Iraq's decision", True)]),
    ("b33", "Baghdad and Ankara agreed on a plan to secure the border.",
     [(["AGREE", "SUPPORT"], IRAQ + TUR, IRAQ + TUR, "agreed on a plan", True)]),
    ("b34", "Iran voiced backing for the Iraqi government's stance.",
     [(["SUPPORT"], IRAN, IRAQ, "voiced backing", True)]),
    ("b35", "Washington backed the Iraqi army's offensive against the Islamic State.",
     [(["SUPPORT"], US, IRAQ, "backed the Iraqi army's offensive", True)]),
    ("b36", "No agreement was reached at the talks.", []),
]


def write(rows: list[tuple[str, str, list[Gold]]], out: Path) -> None:
    write_battery(rows, out, published=PUB, url_prefix="https://battery.example/m12/")


if __name__ == "__main__":
    here = Path(__file__).parent
    write(A, here / "material12_A")
    write(B, here / "material12_B")
    print(f"A: {len(A)} rows, {sum(1 for r in A if not r[2])} negative; "
          f"B: {len(B)} rows, {sum(1 for r in B if not r[2])} negative")
