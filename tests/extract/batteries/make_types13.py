"""Write the types13 batteries (A: develop, B: check) as dev-format sets: articles + gold.

Short texts written for round 13 (types13) in our own words about made-up or generic situations
of the theatre, one group per confusion class of PLOVER types: an own attack announced to go on
through a verb of aspect ("said they would keep attacking X": a threat, not an attack done); a
price promised to those responsible (a threat, beside the condemnation); a campaign warned to go
on (coded before this round too: a control group); an expectation of compliance ("expects X to
honour its commitments": a demand) and duties met ("met its obligations": no meeting); an order
of military action (no deployment); a campaign vowed ("vowed more operations against X": a
threat, not an agreement); a word of a proper name ("the Popular Mobilisation": no
mobilisation); a truce agreed to (AGREE), permission or access given (CONCEDE), a hyphenated
"cease-fire"; roles told by a participle ("a contractor working with X", "a base hosting Y": no
cooperation, no visit).
Rows without gold are negative rows: any event coded there is a false positive.
Run: python tests/extract/batteries/make_types13.py  (writes types13_A/ and types13_B/ beside it).
Battery B is never developed against: only its counts are read, before and after.
"""

from __future__ import annotations

from pathlib import Path

from battery_writer import write_battery

US = ["United States", "U.S.", "US", "Washington", "American", "Pentagon"]
IRAN = ["Iran", "Tehran", "Iranian"]
IRAQ = ["Iraq", "Baghdad", "Iraqi government", "Iraqi"]
TURKEY = ["Turkey", "Ankara", "Turkish", "Türkiye"]
ISRAEL = ["Israel", "Israeli"]
SYRIA = ["Syria", "Damascus", "Syrian"]
JORDAN = ["Jordan", "Amman", "Jordanian"]
KUWAIT = ["Kuwait", "Kuwaiti"]
FRANCE = ["France", "Paris", "French"]
LEBANON = ["Lebanon", "Beirut", "Lebanese"]
PKK = ["PKK", "Kurdistan Workers' Party"]
HOUTHIS = ["Houthis", "Houthi", "Ansar Allah"]
PUB = "2025-06-02"

# (doc, text, [(types, actor, target, evidence, required)])
A = [
    # an own attack announced to go on, through a verb of aspect: a threat
    (
        "a01",
        "The Houthis said they would keep attacking Israeli ships until the siege ends.",
        [(["THREATEN"], HOUTHIS, ISRAEL, "would keep attacking", True)],
    ),
    (
        "a02",
        "The PKK said it would continue attacking Turkish outposts in the mountains.",
        [(["THREATEN"], PKK, TURKEY, "would continue attacking", True)],
    ),
    (
        "a03",
        "The PKK said it had kept attacking Turkish outposts for a decade.",
        [(["ASSAULT"], PKK, TURKEY, "kept attacking", True)],
    ),
    # a price promised to those responsible
    (
        "a04",
        "The Jordanian king condemned the bombing and promised that those responsible would "
        "pay a heavy price.",
        [
            (["THREATEN"], JORDAN, [], "promised that those responsible", True),
            (["ACCUSE"], JORDAN, [], "condemned the bombing", False),
        ],
    ),
    (
        "a05",
        "The Kuwaiti emir pledged that those responsible would face a harsh punishment.",
        [(["THREATEN"], KUWAIT, [], "pledged that those responsible", True)],
    ),
    (
        "a06",
        "The Kuwaiti emir said those responsible for the delays would be named in a report.",
        [],
    ),
    # a campaign warned to go on
    (
        "a07",
        "The Turkish army warned that the operations against the PKK would go on until the "
        "border was safe.",
        [(["THREATEN"], TURKEY, PKK, "warned that the operations", True)],
    ),
    (
        "a08",
        "The Jordanian ministry said the rescue operation would go on until every miner was found.",
        [],
    ),
    # an expectation of compliance is a demand; duties met are no meeting
    (
        "a09",
        "The spokesman said Tehran expects the Kuwaiti government to meet its obligations "
        "and stop the smugglers.",
        [(["REQUEST"], IRAN, KUWAIT, "expects the Kuwaiti government", True)],
    ),
    (
        "a10",
        "Analysts expect Iran to retaliate against Israel within days.",
        [(["ASSAULT"], IRAN, ISRAEL, "retaliate against Israel", False)],
    ),
    ("a11", "Kuwait said it had met all its obligations under the agreement.", []),
    # an order of military action is no deployment
    (
        "a12",
        "The first military action ordered by the French president struck a depot in Mali.",
        [(["ASSAULT"], FRANCE, [], "struck a depot", True)],
    ),
    (
        "a13",
        "The French president ordered two warships to the eastern Mediterranean.",
        [(["MOBILIZE"], FRANCE, [], "ordered two warships", True)],
    ),
    # a campaign vowed; a word of a proper name
    (
        "a17",
        "The PKK vowed more operations against Turkish bases in the mountains.",
        [(["THREATEN"], PKK, TURKEY, "vowed more operations", True)],
    ),
    (
        "a18",
        "A drone struck a depot of the Popular Mobilisation near Qaim, killing two guards.",
        [
            (
                ["ASSAULT"],
                [],
                ["Popular Mobilization Forces", "Popular Mobilisation", "PMF"],
                "struck a depot",
                True,
            )
        ],
    ),
    # a truce agreed to; permission given; a hyphenated cease-fire
    (
        "a19",
        "The Sudanese army and the rebels agreed to a truce in Darfur.",
        [(["AGREE"], ["Sudan", "Sudanese", "Sudanese army"], [], "agreed to a truce", True)],
    ),
    (
        "a20",
        "Kuwait gave the American navy permission to use its ports.",
        [(["CONCEDE"], KUWAIT, US, "gave the American navy permission", True)],
    ),
    (
        "a21",
        "The Lebanese government announced a cease-fire with the armed factions in the camps.",
        [(["RETREAT", "AGREE"], LEBANON, [], "announced a cease-fire", True)],
    ),
    # roles told by a participle
    (
        "a14",
        "A Jordanian engineer working with the coalition was wounded in the blast.",
        [(["ASSAULT"], [], JORDAN, "wounded in the blast", False)],
    ),
    (
        "a15",
        "Hezbollah warned civilians to keep away from any base hosting Americans.",
        [(["REQUEST", "THREATEN"], ["Hezbollah"], [], "warned civilians", False)],
    ),
    (
        "a16",
        "Jordan hosted the Iranian foreign minister on Sunday.",
        [(["CONSULT"], JORDAN, IRAN, "hosted the Iranian foreign minister", True)],
    ),
]

B = [
    (
        "b01",
        "Kataib Hezbollah said its fighters would keep attacking American bases until the "
        "last soldier leaves.",
        [
            (
                ["THREATEN"],
                ["Kata'ib Hezbollah", "Kataib Hezbollah"],
                US,
                "would keep attacking",
                True,
            )
        ],
    ),
    (
        "b02",
        "Ansar Allah said it would continue targeting Israeli vessels in the Red Sea.",
        [(["THREATEN"], HOUTHIS, ISRAEL, "would continue targeting", True)],
    ),
    (
        "b03",
        "The Lebanese president denounced the assassination and swore that those responsible "
        "would pay dearly.",
        [
            (["THREATEN"], LEBANON, [], "swore that those responsible", True),
            (["ACCUSE"], LEBANON, [], "denounced the assassination", False),
        ],
    ),
    (
        "b04",
        "The Syrian army warned that its campaign against the rebels would continue until "
        "Idlib was retaken.",
        [(["THREATEN"], SYRIA, [], "warned that its campaign", True)],
    ),
    (
        "b05",
        "Washington expects the government of Lebanon to honour its commitments on the border.",
        [(["REQUEST"], US, LEBANON, "expects the government of Lebanon", True)],
    ),
    ("b06", "Economists expect the Lebanese government to devalue the pound again.", []),
    ("b07", "Syria failed to meet the deadline set by the inspectors.", []),
    (
        "b08",
        "The military operation ordered by the Turkish president hit a PKK camp near Zakho.",
        [(["ASSAULT"], TURKEY, PKK, "hit a PKK camp", True)],
    ),
    ("b09", "A Turkish interpreter serving with the peacekeeping mission was released.", []),
    (
        "b10",
        "The officials said young men defending their village were killed by the shelling.",
        [],
    ),
    (
        "b12",
        "Ansar Allah vowed further operations against American warships.",
        [(["THREATEN"], HOUTHIS, US, "vowed further operations", True)],
    ),
    (
        "b13",
        "Israeli jets bombed a convoy of the Popular Mobilisation in Anbar on Friday.",
        [
            (
                ["ASSAULT"],
                ISRAEL,
                ["Popular Mobilization Forces", "Popular Mobilisation", "PMF"],
                "bombed a convoy",
                True,
            )
        ],
    ),
    (
        "b14",
        "Turkey and the PKK agreed to a cease-fire in the mountains.",
        [(["AGREE"], TURKEY, PKK, "agreed to a cease-fire", True)],
    ),
    (
        "b15",
        "Jordan has given the Syrian inspectors access to the border crossings.",
        [(["CONCEDE"], JORDAN, SYRIA, "given the Syrian inspectors access", True)],
    ),
    (
        "b16",
        "Jordan has given the Syrian inspectors a list of the border crossings.",
        [],
    ),
    (
        "b11",
        "Qatar hosted the Iraqi prime minister for talks on Monday.",
        [(["CONSULT"], ["Qatar", "Doha"], IRAQ, "hosted the Iraqi prime minister", True)],
    ),
]


def write(name: str, rows: list) -> None:  # type: ignore[type-arg]
    write_battery(
        rows,
        Path(__file__).parent / f"types13_{name}",
        published=PUB,
        url_prefix="https://battery.example/",
    )


if __name__ == "__main__":
    write("A", A)
    write("B", B)
