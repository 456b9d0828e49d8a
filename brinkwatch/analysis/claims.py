"""Countable claims read from an article's sentences, for contradictions across outlets:
casualty counts (killed / wounded), weapon counts (drones, missiles, rockets), denials, and
the quotes its events carry; claims of meaning (what an agreement means, how a captive came
to be freed, a bill's prospects, whether a decision binds: cue lexicons in the rules, ``meanings``), the
earlier measures an article recalls (``recalled``), who holds an office (a title and a name, resolved
to the office of the knowledge base), how many lawmakers voted and what a party is charged with
or punished for (``charges``). Each claim keeps the words that
gave it."""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Iterable, Mapping
from typing import Any

from brinkwatch.analysis.rules import CrossrefRules, MeaningKind, Recalled, load_rules
from brinkwatch.kb.model import KBActor, TheatreKB, norm_key

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
# "twenty-four", "thirty five": tens and units in words
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_COMPOUND = (r"(?:" + "|".join(_TENS) + r")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?")
_NUM = r"(?P<n>\d{1,4}|" + _COMPOUND + "|" + "|".join(_NUMBER_WORDS) + r"|a dozen|dozens of|scores of|hundreds of|several|a|an)"
# a number alone (no word for many, no "a")
_NUM_WORD = r"(?:\d{1,4}|" + _COMPOUND + "|" + "|".join(_NUMBER_WORDS) + r")"
_PEOPLE = (r"(?:people|persons|members|fighters|soldiers|civilians|militants|officers|guards|"
           r"personnel|individuals|troops|commanders|others|bodyguards|staff|employees|men|"
           r"children|women|americans|iraqis|iranians|companions|aides|associates|passengers|"
           r"bystanders|passers-by|protesters|demonstrators|mourners|worshippers|contractors|"
           r"servicemen|service members|operatives|suspects|pilgrims|workers|residents|policemen|"
           r"sailors|seamen|crewmen|crew members|hostages|prisoners|captives|activists|journalists|"
           # comrades, and one of them: "one fighter was martyred", "one member was killed"
           r"comrades|farmers|shepherds|villagers|students|fighter|soldier|civilian|militant|officer|guard|member|person|contractor|"
           r"worker|policeman|commander|protester|demonstrator|resident|child|woman|man|comrade)")
# "three of her bodyguards were also killed", "20 protesters were treated for burns": a count of
# people, then what befell them (treated or taken to hospital: wounded)
# "four people, including a shopkeeper and his son, were killed": a clause between the count and
# what befell them
_APPOSITIVE = r"(?:,\s+(?:including|among them|most of them|mostly|many of them|all of them)\b[^,;.]{1,80},)?"
_KILL = re.compile(
    r"\b" + _NUM + r"\s+(?:(?!\d)[\w'’-]+\s+){0,3}?" + _PEOPLE + _APPOSITIVE + r"\s*(?:were|was|have been|had been|"
    r"are|being)?\s*(?:(?:also|reportedly|later|all|both)\s+)?(?P<what>killed|dead|died|wounded|"
    r"injured|hurt|hospitali[sz]ed|treated(?=\s+(?:for|in|at)\b)|martyred|slain|perished|"
    r"lost (?:their|his|her) lives?)\b", re.I)
# one person, said with "a": "a soldier was killed", "lightly injuring a civilian contractor" (not
# "a number of", "a dozen", "a day")
_ONE_PERSON = re.compile(r"an?\s+(?:(?!number\b|dozen\b|few\b|handful\b)[\w'’-]+\s+){0,2}?"
                         r"(?:soldier|civilian|militant|officer|guard|bodyguard|member|person|contractor|"
                         r"worker|policeman|commander|protester|demonstrator|resident|child|woman|man|"
                         r"fighter|journalist|student|passer-by|bystander|driver|farmer|shepherd|pilgrim|"
                         r"employee|teenager|boy|girl|servicemember|service member|sailor|pilot|"
                         r"official|leader)\b", re.I)
# more people after the one: "killed a commander and two of his guards" (a list, not a toll of one)
_AND_MORE = re.compile(r"(?:\s+(?:of|in|from)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,?\s+and\s+(?:a|an|his|her|"
                       r"their|its|the|\d+|" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
# "the blast claimed the lives of four policemen", "took the lives of two guards"
_LIVES = re.compile(r"\b(?:claimed|took|cost)\s+(?P<what>the lives)\s+of\s+(?:at least\s+|up to\s+)?"
                    + _NUM + r"\s+(?:[\w'’-]+\s+){0,2}?" + _PEOPLE + r"\b", re.I)
# "one casualty and four injuries", "six wounded individuals": counted nouns
_TOLL_NOUN = re.compile(r"\b" + _NUM + r"\s+(?:(?!(?:and|or|were|was|are|is|had|have|been)\b)[\w-]+\s+)?"
                        r"(?P<what>casualt(?:y|ies)|deaths?|"
                        r"fatalit(?:y|ies)|injur(?:y|ies)|wounded|dead)\b", re.I)
# "four ... killed and six wounded": a bare number right before the word
_AND_N = re.compile(r"\b(?:and|while|with)\s+" + _NUM + r"\s+(?P<what>killed|dead|wounded|injured|hurt)\b",
                    re.I)
# "killing between five and seven fighters": a range, read whole (count_bounds)
_KILLING = re.compile(r"\b(?P<what>killing|killed|wounding|wounded|injuring|injured)\s+"
                      r"(?:at least\s+|up to\s+|between\s+)?" + _NUM
                      + r"(?:\s+(?:and|to|or)\s+" + _NUM_WORD + r")?(?:\s+(?!of\b)[\w-]+|(?=\s*[,;.]|\s*$))",
                      re.I)
# a toll told as a whole: "the death toll rose to 12", "officials put the toll at 22", "the
# number of dead reached 30", "the attack claimed four lives"; and a count that opens a clause
# with what befell them: "Four were killed", "Eight killed in drone strike"
_TOLL_AT = re.compile(
    r"\b(?P<what>(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities))\s+(?:(?:has|had)\s+)?"
    r"(?:rose|risen|climbed|reached|stood|stands|jumped|increased|was|is)\s+(?:to\s+|at\s+)?"
    r"(?:(?:at least|nearly|about|around|some)\s+)?" + _NUM + r"\b"
    r"|\bput\s+the\s+(?P<what2>(?:death\s+)?toll)\s+at\s+(?:(?:at least|nearly|about|around|some)\s+)?"
    + _NUM.replace("?P<n>", "?P<n2>") + r"\b"
    r"|\b(?:claimed|took|cost)\s+(?:at least\s+)?" + _NUM.replace("?P<n>", "?P<n3>")
    + r"\s+(?P<what3>lives)\b", re.I)
_CLAUSE_TOLL = re.compile(
    r"(?:^|(?<=[,;:\-–—]\s))" + _NUM_WORD.replace("(?:", "(?P<n>", 1) + r"\s+(?:(?:were|was|have been|had been)\s+)?"
    r"(?:(?:reportedly|also)\s+)?(?P<what>killed|died|wounded|injured|hurt)\b", re.I)
# "four of the embassy guards suffering wounds"
_SUFFER = re.compile(r"\b" + _NUM + r"\s+(?:[\w-]+\s+){0,4}?(?:suffer(?:ed|ing|s)?|sustain(?:ed|ing|s)?)\s+"
                     r"(?:(?:minor|light|slight|serious|severe)\s+)?(?P<what>injuries|wounds)\b", re.I)
# a toll of none: "no one was hurt or killed", "no casualties", "nobody was injured"
_NONE = re.compile(r"\b(?:no one|no-one|nobody)\s+(?:[\w']+\s+){0,3}?(?P<what>hurt|injured|wounded|"
                   r"killed|harmed|died)\b(?:\s+or\s+(?P<what2>hurt|injured|wounded|killed|harmed))?", re.I)
# "no American staff were hurt", "no U.S. personnel were harmed": none of a named kind of people
# "none of its members were harmed", "none of the guards was hurt": none of a named group
_NONE_OF = re.compile(r"\b(?:no|none\s+of\s+(?:the|its|their|his|her|our))\s+(?:[A-Za-z.-]+\s+){1,2}?"
                      r"(?:were|was|had been|have been)\s+"
                      r"(?:(?:seriously|badly|reportedly)\s+)?(?P<what>hurt|injured|wounded|killed|"
                      r"harmed)\b", re.I)
# "no sign of any deaths", "no reports of injuries"
_NO_SIGN = re.compile(r"\bno\s+(?:signs?|reports?|indications?|word)\s+of\s+(?:any\s+)?(?:[\w-]+\s+)?"
                      r"(?P<what>casualties|deaths|injuries|fatalities)\b", re.I)
_NO_NOUN = re.compile(r"\bno\s+(?:(?:immediate|reported|human)\s+)?(?P<what>casualties|deaths|"
                      r"fatalities|injuries)\b", re.I)
# a toll without a number: "minor injuries", "some light injuries", "several guards injured"
_SOME = re.compile(r"\b(?P<q>some|minor|light|slight|several|many|numerous|heavy)\s+(?:(?:minor|light|"
                   r"slight|serious)\s+)?(?P<what>injuries|casualties|deaths|fatalities)\b", re.I)
_QUALIFIERS = {"some": "some", "several": "some", "minor": "minor", "light": "minor",
               "slight": "minor", "many": "many", "numerous": "many", "heavy": "many",
               "dozens of": "many", "scores of": "many", "hundreds of": "many"}
_WEAPON = re.compile(  # not a model's number ("B-1 bombers", "F-15 jets")
    r"(?<!-)\b" + _NUM + r"\s+(?:[\w.-]+\s+){0,2}?(?P<what>drones?|missiles?|rockets?|projectiles?|"
    r"mortars?|ballistic missiles?|explosive-laden drones?|uavs?|warplanes?|jets?|bombers?|aircraft|"
    r"helicopters?|gunships?|planes?)\b", re.I)
# weapons counted as a group: "a pair of drones", "a trio of rockets", "a single missile"; a
# barrage, a salvo or a swarm is more than one (count_bounds)
_GROUP_COUNTS = {"single": 1, "lone": 1, "pair of": 2, "couple of": 2, "trio of": 3}
_WEAPON_GROUP = re.compile(
    r"\ban?\s+(?P<g>single|lone|pair of|couple of|trio of|barrage of|salvo of|volley of|swarm of|"
    r"wave of|hail of|series of)\s+(?:[\w.-]+\s+){0,2}?(?P<what>drones?|missiles?|rockets?|"
    r"projectiles?|mortars?|uavs?)\b", re.I)
# weapons named without a count in the clause that tells the deed: "Rockets struck the base",
# "armed drones and missiles were fired at the consulate", "the group fired rockets at", "a drone
# hit the convoy" (one); not "has fired rockets before" (a deed's name, "a drone strike", is
# _WEAPON_DEED_NOUN's)
_WEAPON_DEED = re.compile(
    r"(?:^|(?<=[,;:\-–—]\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bas\s)|(?<=\bsaid\s)|(?<=\bthat\s))(?:(?P<one>an?)\s+)?(?:(?!\w+ing\b|said\b|says\b)(?:the|[\w-]+)\s+){0,2}?(?P<what>drones?|missiles?|"
    r"rockets?)(?:\s+and\s+(?:[\w-]+\s+)?(?P<what2>drones|missiles|rockets))?\s+(?:(?:were|was|had been)\s+"
    r"(?:fired|launched)|struck|hit|landed|slammed|fell|targeted|exploded|crashed|rained)\b"
    r"|(?<!has )(?<!have )(?<!had )\b(?:fired|launched)\s+(?:[\w-]+\s+)?(?P<what3>drones|missiles|"
    r"rockets)(?:\s+and\s+(?:[\w-]+\s+)?(?P<what4>drones|missiles|rockets))?\b", re.I)
# the weapon told by the name of the deed: "a drone attack on the base", "the rocket strike"
# words before a deed's name that make it another deed ("since the March 3 drone strike", "after
# a similar rocket attack last year")
_OTHER_DEED = frozenset("since after following before previous earlier last recent past similar like "
                        "prior than".split())
_WEAPON_DEED_NOUN = re.compile(r"\b(?P<what>drone|rocket|missile|mortar)\s+(?:attacks?|strikes?|barrages?)\b",
                               re.I)
# the sentences that open an article (its lead): weapons named there without a count are the
# deed's; further down they are as often those of another attack the article recalls
_LEAD = 3
# the aircraft of a raid, however named: "four warplanes" and "two jets" count one thing
_AIRCRAFT = frozenset({"warplane", "jet", "bomber", "aircraft", "helicopter", "gunship", "plane"})
# a month name (or its abbreviation) right before a number: the number is a day of the month
_DAY_OF_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|"
                           r"March|April|May|June|July|August|September|October|November|"
                           r"December)\.?\s*$")
# people detained: "detained 14 of its members", "arrested around 19 members", "13 suspects were
# taken", "rounded up some 30 men"
_Q = r"(?:(?:at least|around|about|some|nearly|almost|up to|roughly|more than|over)\s+)?"
# words between a count and what it counts: not a preposition or a conjunction ("29 against
# positions" counts no positions)
_FILL = (r"(?:(?!(?:against|on|in|at|of|from|to|by|with|for|and|or|near|after|before|since|"
         r"during|into|across)\b)[\w'’-]+\s+){0,3}?")
_DETAINED = (
    (re.compile(r"\b(?:detain(?:ed|ing)|arrest(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|rounded up|"
                r"rounding up)\b", re.I),
     re.compile(r"\b(?:detain(?:ed|ing)|arrest(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|rounded up|"
                r"rounding up)\s+" + _Q + _NUM + r"\s+(?:of\s+(?:its|their|his|the)\s+)?" + _FILL + _PEOPLE + r"\b",
                re.I)),
    (re.compile(r"\b(?:detained|arrested|taken|seized|captured|rounded up)\b", re.I),
     re.compile(r"\b" + _Q + _NUM + r"\s+(?:of\s+(?:its|their|his|the)\s+)?" + _FILL + _PEOPLE
                + r"\s+(?:(?:were|was|"
                r"have been|had been|being)\s+(?:also\s+|reportedly\s+)?(?:detained|arrested|taken|"
                r"seized|captured|rounded up)\b|"
                # a reduced relative: "twelve men detained in the raid were ..."
                r"(?:detained|arrested|captured|rounded up)(?=\s+(?:in|on|at|during|after|over|"
                r"since|earlier|last)\b))", re.I)),
)
# places struck, counted: "bombed seven sites", "hitting five weapons depots", "more than 85 targets"
_SITE_NOUNS = (r"sites|targets|positions|depots|facilities|bases|locations|warehouses|compounds|"
               r"camps|headquarters")
_SITES = ((re.compile(r"\b(?:" + _SITE_NOUNS + r")\b", re.I),
           re.compile(r"\b" + _Q + _NUM + r"\s+(?:of\s+(?:its|their|his|the)\s+)?" + _FILL + r"(?:"
                      + _SITE_NOUNS + r")\b", re.I)),)
_QUICK_SITES = re.compile(_SITE_NOUNS, re.I)
_HAS_COUNT = re.compile(r"\d|\b(?i:" + "|".join(w for w in _NUMBER_WORDS if w != "zero")
                        + r"|dozens|scores|hundreds|several)\b")
_QUICK_DETAINED = re.compile(r"detain|arrest|captur|seiz|rounded up|rounding up|taken", re.I)
# what a denial of ties or of a part is about: the deed ("no connection to the attack", "played
# no part in it"), not a ministry or a match
_DEED_REF = (r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault|bombing|blast|explosion|raid|"
             r"ambush|incident|operation|it|this|that)\b")
_DENIAL = re.compile(
    r"\b(den(?:y|ied|ies|ying)|rejected\s+(?:any\s+|the\s+)?(?:involvement|responsibility|accusations?|"
    r"claims?|reports?|allegations?|charges?)|had nothing to do with|was not involved|were not involved|"
    r"disclaimed responsibility|dismissed\s+(?:the\s+)?(?:accusations?|claims?|reports?|allegations?|"
    r"charges?)|distanced\s+(?:itself|himself|herself|themselves)\s+from|"
    r"(?:had|has|have)\s+no\s+(?:connection|links?|ties)\s+(?:to|with)\s+" + _DEED_REF + r"|"
    r"played\s+no\s+(?:part|role)\s+in\s+" + _DEED_REF + r"|"
    r"(?:was|were|is|are)\s+not\s+behind|no\s+[\w-]+\s+(?:group|party|faction|side)s?\s+(?:was|were)\s+"
    r"behind|had\s+no\s+(?:role|hand|part)\s+in)\b", re.I)
# the deed itself denied: "no attack had taken place", "denied that any strike occurred",
# "reports of drone strikes on the base were false"
_DEED_WORDS = r"(?:attacks?|strikes?|air ?strikes?|raids?|bombings?|explosions?|incidents?|shelling)"
_DEED_DENIAL = re.compile(
    r"\b(?:no|never\s+(?:was|were)\s+(?:an?|any))\s+(?:such\s+)?(?:[\w-]+\s+)?" + _DEED_WORDS
    + r"\s+(?:had\s+|has\s+|have\s+)?(?:taken place|took place|occurred|happened)|"
    r"\bden(?:y|ied|ies|ying)\s+(?:that\s+)?(?:any|an|the)\s+(?:[\w-]+\s+)?" + _DEED_WORDS
    + r"\s+(?:had\s+|has\s+)?(?:taken place|took place|occurred|happened)|"
    r"\breports?\s+(?:of|about)\s+(?:[\w-]+\s+){0,4}?" + _DEED_WORDS
    + r"\s+(?:[\w-]+\s+){0,5}?(?:were|was|are|is)\s+(?:\w+\s+)?(?:false|baseless|untrue|fabricated|"
    r"unfounded|fake)", re.I)
# a cheap test before the costly patterns: a sentence without these words holds no claim
_QUICK_TOLL = re.compile(r"kill|dead|died|death|casualt|fatalit|wound|injur|hurt|harm|treated|"
                         r"hospitali|martyr|slain|perish|lives|toll", re.I)
_QUICK_WEAPON = re.compile(r"drone|missile|rocket|projectile|mortar|uav|warplane|jet|bomber|aircraft|"
                           r"helicopter|gunship|plane", re.I)
_QUICK_DENIAL = re.compile(r"den(?:y|ied|ies)|reject|nothing to do|not involved|disclaim|dismiss|distanced|"
                           r"no connection|no link|no ties|played no|"
                           r"behind|no role|no hand|no part|taken place|took place|occurred|happened|"
                           r"false|baseless|untrue|fabricated|unfounded|fake", re.I)
_QUICK_PLACE = re.compile(r"\b(?:north|south|east|west)|central|downtown|district|neighbo|quarter|suburb|"
                          r"outskirts|outside|heart|centre|center|"
                          r"airport|university|refinery|stadium", re.I)
# where in a place: "eastern Baghdad", "north of the capital, Baghdad", "central Erbil"
_DIRECTION = r"(?i:(?P<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west))"
_PLACE_DETAIL = (
    re.compile(r"\b" + _DIRECTION + r"(?i:ern)?\s+(?P<place>[A-Z][\w'’-]+)"),
    re.compile(r"\b" + _DIRECTION + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?i:capital|city|"
               r"province),?\s+)?(?P<place>[A-Z][\w'’-]+)"),
    re.compile(r"\b(?i:(?P<dir>central|downtown))\s+(?P<place>[A-Z][\w'’-]+)"),
    # the edge or the heart of it: "on the outskirts of Mosul", "outside Fallujah", "in the heart
    # of Basra"
    re.compile(r"\b(?i:(?:on\s+the\s+)?(?P<dir>outskirts)\s+of|(?P<dir2>outside)|in\s+the\s+(?P<dir3>heart|"
               r"centre|center)\s+of)\s+(?:the\s+)?(?:(?i:capital|city),?\s+)?(?P<place>[A-Z][\w'’-]+)"),
)
_DETAIL_WORDS = {"central": "centre", "downtown": "centre", "heart": "centre", "center": "centre",
                 "outside": "outskirts"}
# a named part of a place: "Baghdad's Jadiriya district", "the Karrada neighbourhood of Baghdad",
# and a landmark: "near Baghdad airport", "outside Basra's university"
_PART = r"(?P<part>(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
_PART_NOUN = r"(?i:district|neighbou?rhood|quarter|suburb|area)\b"
_NAMED_PART = (
    re.compile(r"\b(?P<place>[A-Z][\w'’-]+)['’]s\s+" + _PART + r"\s+" + _PART_NOUN),
    re.compile(r"\b(?i:the\s+)" + _PART + r"\s+" + _PART_NOUN + r"\s+(?i:of|in)\s+(?:(?i:the\s+capital|"
               r"the\s+city),?\s+)?(?P<place>[A-Z][\w'’-]+)"),
)
_LANDMARK = re.compile(r"\b(?i:near|at|outside|by|close to|next to|on the road to)\s+(?:the\s+)?"
                       r"(?P<place>[A-Z][\w'’-]+)(?:['’]s)?\s+(?:(?i:international)\s+)?"
                       r"(?P<lm>(?i:airport|university|refinery|stadium))\b")
# a sentence; a military rank's abbreviation before a name ("Lt. Gen. ...", "Adm. ...") ends none,
# nor does "U.S." or "U.N." inside one ("wounding two U.S. contractors")
_SENT = re.compile(r"(?:\b(?:Gen|Adm|Lt|Col|Maj|Brig)\.(?=\s+[A-Z])|\b(?:U\.S|U\.N|U\.K)\.(?=[ \t]+[\w(\"“])|"
                   r"[^.!?\n])+(?:[.!?]+|$)")
# who did it, as each article tells it: nobody has claimed it / it is unclear who; a named
# party claimed it; someone is said to be behind it; a party denies being behind it
_QUICK_RESP = re.compile(r"responsib|behind|claimed|blam|accus|hallmark|suspected|carried out|distanced|dismiss|"
                         r"perpetrated|committed by|work of|attribut|"
                         r"reject|refut|allegation|took credit|"
                         r"no connection|no link|no ties|played no|den(?:y|ie)|involve|orchestrat|organi[sz]ed|"
                         r"mastermind|instigat|ordered|planned| led |directed|orders|instructions",
                         re.I)
_ATTACK = (r"(?:attack|attacks|strike|strikes|assault|bombing|blast|explosion|raid|ambush|"
           r"assassination attempt|kidnapping|abduction)")
_UNCLAIMED = re.compile(
    r"\b(?:(?:no|none of the)\s+(?:[\w-]+\s+){0,2}?(?:one|group|groups|party|parties|faction|"
    r"organi[sz]ation|militia)|nobody|no-one|nor did (?:anyone|any group))\s+(?:[\w']+\s+){0,3}?"
    r"(?:claimed|claim|claims|has claimed|had claimed)\s+(?:responsibility|credit)|"
    r"\bno (?:immediate )?claim of responsibility|"
    r"\b(?:has|have|had) not (?:yet )?(?:publicly )?claimed\b|"
    r"\b(?:it was |it is |it remains )?(?:not clear|unclear|unknown) who (?:was|is|were|had been) "
    r"(?:behind|responsible)|\b(?:not clear|unclear|unknown) who (?:carried out|launched|fired)",
    re.I)
_CLAIMED = re.compile(r"\b(?P<who>[A-Z][\w'’-]*(?:\s+(?:of|in|the|al|(?:al|el)-[A-Z][\w'’-]*|[A-Z][\w'’-]*)){0,5})\s+"
                      r"(?:has |had )?(?:claimed (?:responsibility|credit)|took (?:responsibility|credit)|"
                      r"claimed the (?:[\w-]+\s+){0,2}?" + _ATTACK + r"|said it (?:had )?carried out the)\b")
_BEHIND = re.compile(
    r"\b(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:was|were|is|are|had been) (?:behind|responsible for) "
    r"the\s+(?:[\w-]+\s+){0,2}?" + _ATTACK + r"\b|\bblamed (?P<who2>(?:[\w'’-]+\s+){1,4}?)for the\s+"
    r"(?:[\w-]+\s+){0,2}?" + _ATTACK + r"\b", re.I)
# "X led the attack on the compound", "X personally ordered the operation", "X orchestrated the
# protest": someone is said to have directed it
_LED = re.compile(
    r"\b(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:personally\s+)?(?:led|orchestrated|organi[sz]ed|"
    r"masterminded|planned|ordered|directed|instigated)\s+the\s+(?:[\w-]+\s+){0,2}?(?:" + _ATTACK[3:-1]
    + r"|protests?|storming|siege|riots?|incursion|operation)\b", re.I)
# "the raid was carried out on his orders", "launched on Kadhimi's instructions": who directed
# it, told as whose orders the deed followed
_ORDERS = re.compile(
    r"\b(?:carried\s+out|conducted|launched|staged|made|executed|done)\s+(?:on|under|at|by)\s+"
    r"(?P<who>his|her|their|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}['’]s?)\s+"
    r"(?:(?:personal|direct|own|explicit)\s+)?(?:orders?|instructions?|command|direction)\b")
# "the attack was blamed on Kataib Hezbollah", "..., blaming an armed faction": who is blamed,
# told the other way round (not "blaming others for ...": no one in particular)
_BLAMED_ON = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?blamed\s+on\s+"
    r"(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=[,.;]|\s+(?:by|and|but|who|after|as|which|on)\b|$)|"
    r"\bblaming\s+(?:it\s+on\s+)?(?!(?:others?|them|him|her|it|each|one|everyone|anyone|someone|"
    r"everybody|anybody|somebody)\b)(?P<who2>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?=[,.;]|\s+(?:for|and|but|who|after|as|which|on)\b|$)", re.I)
# "the attack was carried out by Islamic State", "the bombing was the work of X", "officials
# attributed the blast to X": who is said to have done it, told of the deed
_DONE_BY = re.compile(
    r"\b" + _ATTACK + r"\s+(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:carried\s+out|perpetrated|"
    r"committed|staged|launched)\s+by\s+(?!(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:drones?|missiles?|"
    r"rockets?|aircraft|warplanes?|jets?|helicopters?|bombs?|mortars?|artillery|suicide)\b)"
    r"(?P<who5>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?=[,.;]|\s+(?:and|but|who|after|as|which|on|in|at|near|using|with|from)\b|$)|"
    r"\b" + _ATTACK + r"\s+(?:was|were|is|bore|looked like)\s+(?:\w+ly\s+)?the\s+(?:handi)?work\s+of\s+"
    r"(?P<who6>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=[,.;]|\s+(?:and|but|who|after|as|which|on|in)\b|$)|"
    r"\battribut(?:ed|ing|es)\s+the\s+(?:[\w-]+\s+){0,2}?" + _ATTACK + r"\s+to\s+"
    r"(?P<who7>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=[,.;]|\s+(?:and|but|who|after|as|which|on|in)\b|$)",
    re.I)
# "Iran was behind everything", "they are behind it": the thing is the story's
_BEHIND_IT = re.compile(r"\b(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:was|were|is|are|had been) behind "
                        r"(?:it|this|that|everything|all of it|the whole thing)\b", re.I)
_RESP_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|rejected|dismissed|refuted)\s+(?:any\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:involvement|responsibility|role|suggestions?|accusations?|claims?|reports?|allegations?|charges?)\b"
    r"|\b(?:was|were|is|are) not (?:behind|involved in|responsible for)\b|\bhad (?:no|nothing) "
    r"(?:role|hand|part|to do)\b|\bdistanced\s+(?:itself|himself|herself|themselves)\s+from\b|"
    r"\b(?:had|has|have)\s+no\s+(?:connection|links?|ties)\s+(?:to|with)\s+" + _DEED_REF + r"|"
    r"\bplayed\s+no\s+(?:part|role)\s+in\s+" + _DEED_REF, re.I)
# who is blamed, told by the accuser: "officials accused X of carrying out the attack", "held X
# responsible for the blast", "the attack bore the hallmarks of X", "X is suspected of being
# behind it"
_ACCUSED = re.compile(
    r"\baccus(?:ed|ing|es)\s+(?P<who>(?:[\w'’-]+\s+){1,5}?)of\s+(?:carrying out|being behind|launching|"
    r"staging|orchestrating|firing|planting|attacking|the\s+(?:[\w-]+\s+){0,2}?" + _ATTACK + r")\b|"
    r"\bheld\s+(?P<who2>(?:[\w'’-]+\s+){1,5}?)responsible\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    + _ATTACK + r"\b|"
    r"\bbore\s+the\s+(?:hall)?marks?\s+of\s+(?P<who3>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=[,.;]|\s+(?:and|but|"
    r"officials|according)\b|$)|"
    r"\b(?P<who4>(?:[\w'’-]+\s+){1,5}?)(?:is|are|was|were)\s+suspected\s+of\s+(?:being behind|carrying out|"
    r"launching|staging|orchestrating)\b", re.I)
# how long something lasts or lasted, and by when it ends: "over the next twelve months", "more
# than 400 days in detention", "three and a half years", "no later than the end of March 2031",
# "until at least 2026"
_UNIT_MONTHS = {"day": 1 / 30.44, "week": 7 / 30.44, "month": 1.0, "year": 12.0}
_SPAN = re.compile(
    r"\b(?P<q>more than|over|nearly|almost|about|around|at least|some|roughly|less than|under)?"
    r"\s*(?P<n>\d{1,4}(?:,\d{3})?|" + "|".join(_NUMBER_WORDS) + r"|a|an|a few|several)"
    r"(?P<half> and a half)?\s+(?P<unit>days?|weeks?|months?|years?)\b(?P<ago> ago)?", re.I)
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_DEADLINE = re.compile(
    r"\b(?P<how>by|until|till|through|no later than|before)\s+(?:at least\s+)?(?:the\s+end\s+of\s+)?"
    r"(?:(?P<month>" + "|".join(_MONTHS) + r")\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)
_QUICK_SPAN = re.compile(r"\b(?:days?|weeks?|months?|years?|until|through|later than)\b", re.I)
# "the Trump administration", "the Biden administration's": whose government took a measure
_ADMINISTRATION = re.compile(r"\b(?P<who>[A-Z][\w'’-]+)(?:[’']s)?\s+[Aa]dministration\b")
# quoted words in the text: "the same quote" in two articles shares a run of QUOTE_RUN words
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"\n]{30,800})[”\"]")
QUOTE_RUN = 6
# who holds an office, as the article names it: "caretaker Prime Minister Adil Abdul-Mahdi",
# "State Department spokesman Ned Price", "Iraqi President Barham Salih" (longer titles first)
_TITLES = (r"deputy prime minister|prime minister|vice president|president|foreign minister|"
           r"defen[cs]e minister|interior minister|oil minister|finance minister|minister of [a-z]+|"
           r"secretary of state|secretary of defen[cs]e|secretary of war|defen[cs]e secretary|"
           r"press secretary|"
           r"national security advis[eo]r|spokes(?:man|woman|person)|ambassador|envoy|"
           r"charg[ée] d['’]affaires|supreme leader|speaker|governor|commander|chief of staff")
# a military rank between a title and the name: "CENTCOM commander General ...", "army chief
# of staff Lt. Gen. ..." (not part of the name)
_RANK = (r"(?:(?:Lt\.?|Lieutenant|Maj\.?|Major|Brig\.?|Brigadier|Rear|Vice)\s+)?"
         r"(?:Gen\.?|General|Adm\.?|Admiral|Col\.?|Colonel)\s+")
_NAME_TOKEN = r"(?:(?:al|el|bin|ibn|abu|abdul|abd)[-\s])?[A-Z][\w'’-]+"
_OFFICE = re.compile(r"\b(?P<title>(?i:" + _TITLES + r")),?\s+(?:" + _RANK + r")?"
                     r"(?P<name>" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,3})")
# the capitalised words right before a title (whose office: "State Department", "Iraq's")
_PRE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w.'’-]*\s+){1,3}$")
# the name first: "Adil Abdul-Mahdi, the caretaker prime minister", "Barham Salih, Iraq's president"
_OFFICE_AFTER = re.compile(
    r"(?P<name>" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,3}),\s+(?:the\s+)?"
    r"(?P<pre>(?:(?:[A-Z][\w.'’-]*|(?i:caretaker|acting|current|new|country's|powerful|veteran|"
    r"embattled|former|then|ex|late|previous|outgoing|incoming|future)-?)\s+){0,3})"
    r"(?P<title>(?i:" + _TITLES + r"))\b(?![’']s\b)")
# a holder of another time: "former President ...", "then-Prime Minister ...", "the late ..."
_PAST_HOLDER = re.compile(r"(?i:\b(?:former|then|ex|late|previous|outgoing|incoming|future|"
                          r"predecessor)\b)[\s-]*$")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_PAST_WORDS = re.compile(r"(?i:\b(?:former|then|ex|late|previous|outgoing|incoming|future)\b)")
# words between a name and its title that say nothing of whose office it is
_NOT_OF_OFFICE = frozenset({"caretaker", "acting", "current", "new", "country's", "powerful",
                            "veteran", "embattled"})
_LOWER_RANKS = frozenset({"deputy", "assistant", "under", "vice", "associate", "principal"})
_QUICK_OFFICE = re.compile(r"minister|president|secretary|spokes|ambassador|envoy|affaires|"
                           r"supreme leader|speaker|advis|governor|commander|chief of staff")
# how many lawmakers voted, attended or backed: "170 deputies attended", "passed by 172 votes",
# "all 329 lawmakers backed the motion"
_LEGISLATORS = (r"lawmakers|legislators|deputies|mps|members of parliament|parliamentarians|"
                r"representatives|senators|votes")
_VOTES = ((re.compile(r"\b(?i:" + _LEGISLATORS + r")\b"),
           re.compile(r"\b" + _Q + _NUM + r"\s+(?:of\s+(?:its|their|the)\s+)?" + _FILL + r"(?i:"
                      + _LEGISLATORS + r")\b", re.I)),)
_QUICK_VOTES = re.compile(r"lawmakers|legislators|deputies|mps\b|members of parliament|"
                          r"parliamentarians|representatives|senators|votes")
# troops sent: "roughly 750 paratroopers would be sent to the region", "several thousand extra
# troops are heading to the Gulf" (a count of troops in a sentence that sends them; not a digit
# group of a larger number, "2,500")
_TROOPS = r"(?:troops|soldiers|paratroopers|marines|personnel|service members|servicemen|sailors|airmen)"
_DEPLOYED = ((re.compile(r"\b(?:sen[dt]|sending|deploy\w*|dispatch\w*|heading to|head to|headed to|"
                         r"reinforce\w*|rush\w* to|arriv\w*|bolster\w*)\b", re.I),
              re.compile(r"(?<![\d,])\b" + _Q + _NUM + r"\s+(?:thousand\s+|hundred\s+)?" + _FILL
                         + _TROOPS + r"\b", re.I)),)
_QUICK_DEPLOYED = re.compile(r"troops|soldiers|paratroop|marines|personnel|service members|servicemen|"
                             r"sailors|airmen")
# why it was done, as the article tells it: "in response to the bombing in Kerman", "revenge for
# the killing of Razi Mousavi", "to avenge ..." (the words up to the end of the clause, with the
# clauses that say more of it: ", which killed ...", ", among them ...")
# Also the cause told as a stance ("in solidarity with the people of Gaza", "in protest at the
# shelling"), a reaction ("in reaction to"), a purpose ("to punish Washington for", "as a warning
# to") or what a diplomatic step was taken over ("summoned the ambassador over remarks by ...").
_MOTIVE = re.compile(
    r"\b(?:in\s+(?:response|retaliation|revenge|reprisal|reaction)\s+(?:to|for|against)|"
    r"(?:a|its|the)\s+(?:response|reaction)\s+to|in\s+(?:solidarity|support)\s+(?:with|of)|"
    r"in\s+protest\s+(?:at|against|over)|as\s+a\s+(?:warning|message)\s+to|to\s+punish|"
    r"(?:revenge|retaliation|reprisal|payback|vengeance)\s+for|to\s+avenge|avenging|"
    r"retaliating\s+for|(?:motivated|driven|prompted)\s+by|"
    r"(?:summoned|recalled|expelled|protested|suspended|sanctioned|withdrew|cancelled|canceled|"
    r"boycotted)\s+(?:(?!over\b|because\b|due\b)[\w'’.-]+\s+){0,5}?(?:over|because\s+of|due\s+to)"
    r"(?!\s+(?:the\s+)?(?:weekend|night|phone|past|next|last|border|years?|months?|weeks?|days?)\b))\s+"
    r"(?P<what>[^,;:!?\n]{3,160}?(?:,\s+(?:which|who|whose|including|among them|notably)\b"
    r"[^,;:!?\n]{0,160}?)*)(?=[,;:!?\n]|\.(?:\s|$)|$|\s+(?:said|says|according)\b)", re.I)
_QUICK_MOTIVE = re.compile(r"response to|reaction to|retaliat|revenge|reprisal|avenge|payback|vengeance|"
                           r"motivated by|driven by|prompted by|because of|due to|"
                           r"solidarity|in support|in protest|as a warning|as a message|to punish| over ")
# words that name no particular cause: states and capitals named in every report of the theatre,
# titles, and the words that start a clause
_NOT_A_CAUSE = frozenset(
    "the a an this that its their his her iraq iraqi iraqis iran iranian iranians us u.s. american "
    "americans united states syria syrian israel israeli zionist zionists washington tehran baghdad damascus general "
    "commander president minister prime gen. sheikh hajj seyed sayyid january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug sep sept oct "
    "nov dec monday tuesday wednesday thursday "
    "friday saturday sunday".split())
# sentences that may say when: a day of the week or a part of the day
_QUICK_TIME = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|morning|noon|"
                         r"midday|afternoon|evening|night|midnight|daybreak|first light|sunrise|dusk|"
                         r"early hours|small hours")
# sentences that may tell a charge (``_CHARGE``)
_QUICK_CHARGE = re.compile(r"accus|suspect|suspicion|convicted|guilty|indict|charge|allegation|in connection with|"
                           r"sanctioned|designated|blacklisted|wanted|jailed|sentenced|punished|"
                           r"prosecuted|the case")
# the quick words (all lower-case ASCII) are looked for in the text lowered letter for letter
# (offsets kept): case-sensitive scans are several times faster than re.I ones
_QUICK_GROUPS = tuple((name, re.compile(p.pattern)) for name, p in (
    ("toll", _QUICK_TOLL), ("weapon", _QUICK_WEAPON), ("denial", _QUICK_DENIAL),
    ("place", _QUICK_PLACE), ("resp", _QUICK_RESP), ("span", _QUICK_SPAN),
    ("admin", re.compile("dministration")), ("detained", _QUICK_DETAINED),
    ("sites", _QUICK_SITES), ("office", _QUICK_OFFICE), ("votes", _QUICK_VOTES),
    ("motive", _QUICK_MOTIVE), ("deployed", _QUICK_DEPLOYED), ("time", _QUICK_TIME),
    ("charge", _QUICK_CHARGE),
    ("custody", re.compile(r"held by|kept by|detained by|custody|hands|handed|transferred|moved to|"
                           r"turned over to|delivered to")),
    ("found", re.compile(r"found|discover|uncover|seiz|confiscat|recover|turned up|yielded")),
    ("damaged", re.compile(r"set fire|on fire|ablaze|alight|torched|burn|damag|destroy|smash|"
                           r"ransack|wreck|demolish|gutted|(?:fell|landed|landing|falling|crashed|"
                           r"crashing|slammed|slamming|ploughed|plowed) (?:on|onto|into|upon) "))))
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_NOT_A_NAME = frozenset({"The", "This", "That", "Previous", "Current", "New", "Former", "Next",
                         "Federal", "Transportation", "Security", "Drug", "Energy", "Food",
                         "Information", "Small"})


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    if w == "a dozen":
        return 12
    if w.split("-")[0].split()[0] in _TENS:  # "twenty-four"
        parts = re.split(r"[\s-]+", w)
        return (_TENS.index(parts[0]) + 2) * 10 + (_NUMBER_WORDS.get(parts[1], 0) if len(parts) > 1 else 0)
    return _NUMBER_WORDS.get(w)


def _kind(word: str) -> str:
    w = word.lower()
    if w in ("killed", "dead", "died", "killing", "martyred", "slain", "perished", "the lives", "lives",
             "toll") or w.startswith(("casualt", "death", "fatalit", "lost ", "number of")):
        return "killed"
    return "wounded"


# who the dead or wounded were, when a toll says: civilians or combatants
_CIVILIANS = re.compile(r"\b(?:civilians?|residents?|children|child|women|woman|bystanders?|"
                        r"passers?-by|passersby|worshippers|pilgrims|shoppers|farmers|students?|"
                        r"businessm[ae]n|shopkeepers?|doctors?|nurses?|teachers?|infants?|bab(?:y|ies)|"
                        r"daughters?|wife|wives|relatives|guests?|shepherds?|drivers?|vendors?|"
                        r"labou?rers?|fishermen|fisherman|passengers?|"
                        r"journalists?|contractors?|workers?|employees?|staff|families|family)\b",
                        re.I)
_COMBATANTS = re.compile(r"\b(?:fighters?|militants?|militiamen|members?|soldiers?|troops?|"
                         r"guards?|bodyguards?|officers?|commanders?|personnel|servicemen|"
                         r"service members?|gunmen|insurgents?|operatives?|conscripts?|recruits?|"
                         r"lieutenants?|sergeants?|corporals?|colonels?|militiam[ae]n)\b", re.I)


# roles of the dead, before a name or as the list's head
_DEAD_ROLES = (r"(?:commanders?|officials?|leaders?|generals?|colonels?|officers?|chiefs?|heads?|"
               r"deputy|deputies|founders?|spokes(?:man|woman|person)|guards?|bodyguards?|aides?|"
               r"lieutenants?|sergeants?|captains?|majors?|brigadiers?|engineers?|scientists?|"
               r"clerics?|sheikh?s?|judges?|governors?|mayors?|journalists?|drivers?|brothers?|sons?|"
               r"sisters?|daughters?|wife|nephews?|cousins?)")


# who the dead (or the hurt) were, told as a list: "among the dead were a commander and his two
# bodyguards", "the victims included a child", "killed a commander and a passer-by"
_VICTIMS = re.compile(
    r"\b(?:(?:among|of)\s+(?:the|those)\s+(?P<noun>dead|killed|victims|wounded|injured|hurt)|"
    r"the\s+(?P<noun2>dead|victims|wounded|injured)\s+(?:included|include|were|are)|"
    r"(?P<verb>killed|killing|martyred|martyring|assassinated|assassinating|wounded|wounding|injured|"
    r"injuring)(?=\s+(?:a|an|the|his|her|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"[a-z]+(?:m[ae]n|ers?|ists?)|" + _DEAD_ROLES + r")\s|\s+(?-i:(?:[A-Z][\w'’-]+[\s-]){1,5}[A-Z][\w'’-]+),|"
    r"\s+(?:[\w'’-]+\s+){1,3}?" + _DEAD_ROLES + r"\s+(?-i:[A-Z]))|"
    r"(?P<noun3>dead|killed)\s+(?:man|men|woman|officer|officers)?\s*(?:was|were)\s+identified\s+as)"
    r"\s+(?:(?:were|was|are)\s+)?(?P<list>[^.;!?\n]{3,200})", re.I)
# who the dead were by name: a run of capitalised words in the list, right after the start of
# the list, a role ("commander Abu Ali al-Basri") or a comma or "and", and ending the phrase
# (a comma, "and", a place or time word, the end): "killed Hadi Kadhim, a senior official";
# not a group before a noun ("Kataib Hezbollah fighters"), nor a people ("Iraqis")
_DEAD_NAME = re.compile(
    r"(?:^|(?<=,)|(?<=\band)|(?<=\bincluding)|(?<=\bwere)|(?<=\bwas)|(?i:\b" + _DEAD_ROLES + r")|"
    r"\b[a-z]+(?:ists?|yers?|ors?|ants?|ents?|ians?)\b)\s*"
    r"(?:(?:Gen|Brig|Col|Lt|Maj|Capt|Sheikh|Dr)\.?\s+)?"
    r"(?P<name>(?:(?:al|el|bin|ibn|abu|abd)[-\s])?[A-Z][\w'’-]+(?:[\s-](?:(?:al|el|bin|ibn|abu|abd|Abu|Al|Bin)[-\s])?"
    r"[A-Z][\w'’-]+){0,3})(?=\s*(?:,|\.|;|$)|\s+(?:and|in|on|at|near|when|as|who|while|after|during|"
    r"outside|inside|along)\b)")
# the list ends where a place, a time or the source is told
_LIST_END = re.compile(r"\s(?:in|on|at|near|when|after|during|outside|inside|while|according|said|"
                       r"says|told|of|from|for|by)\s", re.I)
_NOT_DEAD_NAMES = frozenset({"iraqi", "iraqis", "iranian", "iranians", "american", "americans",
                             "us", "u.s.", "kurdish", "kurds", "syrian", "syrians", "israeli",
                             "israelis", "turkish", "shiite", "sunni", "arab", "arabs",
                             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "the", "his", "her", "their", "its"})


# ranks that lead, among the roles of the dead: "a senior commander", not "two of his guards"
SENIOR_DEAD = re.compile(r"\b(?:commanders?|leaders?|officials?|generals?|colonels?|chiefs?|heads?|"
                         r"founders?|brigadiers?|governors?|mayors?|judges?|clerics?)\b", re.I)


_RECALLED_DEAD = re.compile(r"\b(?:in|since|of|during|the)\s+(?:(?:" + "|".join(_MONTHS)
                            + r")\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:strike|attack|"
                            r"killing|assassination|raid)|\banniversary\b|\byears?\s+ago\b|"
                            r"\blast\s+(?:year|month)\b", re.I)


def _list_head(listed: str) -> str:
    """The words of a victim list up to where a place, a time, whose men they were or the
    source is told ("two bodyguards of the commander" is two bodyguards)."""
    cut = _LIST_END.search(" " + listed)
    part = listed[:cut.start()] if cut else listed
    if cut and re.match(r"\s(?i:according|said|says|told)\s", cut.group(0)):
        part = part.rsplit(",", 1)[0]  # "..., Defense Minister Ali Hassan said": the speaker
    return part


def _dead_names(part: str, *, lead: bool = False) -> list[str]:
    """The names of the dead a victim list gives ("commander Abu Ali al-Basri and two guards",
    "Hadi Kadhim, a senior official"): a lone capitalised word only after a role."""
    names = []
    for m in _DEAD_NAME.finditer(part):
        lead_in = part[m.start():m.start("name")].strip(" ,")
        name = re.sub(r"^(?i:" + _DEAD_ROLES + r")\s+", "", m.group("name"))
        after_role = bool(lead_in) or name != m.group("name")
        if name.split()[0].casefold() in _NOT_DEAD_NAMES or (
                len(re.split(r"[\s-]", name)) < 2 and not (after_role or lead)):
            continue
        if name not in names:
            names.append(name)
    return names


def _victims(s: str, start: int) -> list[dict[str, Any]]:
    """Who the dead or the wounded were, as a sentence lists them: civilians, combatants or
    both (``mixed``)."""
    out = []
    for m in _VICTIMS.finditer(s):
        said = (m.group("noun") or m.group("noun2") or m.group("verb") or m.group("noun3")).lower()
        listed = m.group("list")
        cat = toll_category(listed, mixed=True)
        kind = "killed" if said.startswith(("dead", "kill", "victim", "martyr", "assassin")) else "wounded"
        head = _list_head(listed)
        # who died in another deed the sentence recalls ("the 2020 strike that killed ...")
        recalled = bool(_RECALLED_DEAD.search(s))
        names = _dead_names(head, lead=bool(m.group("noun3"))) if kind == "killed" and not recalled else []
        senior = kind == "killed" and not recalled and bool(SENIOR_DEAD.search(head))
        if cat is None and not names and not senior:
            continue
        out.append({"kind": kind, "category": cat, "text": m.group(0).strip(), "sentence": s[:300],
                    "start": start, **({"names": names} if names else {}),
                    **({"senior": True} if senior else {})})
    return out


def toll_category(words: str | None, *, mixed: bool = False) -> str | None:
    """``civilians`` or ``combatants`` when the words of a toll say who they were (one kind
    only), else ``None`` ("people", "others", or both kinds)."""
    if not words:
        return None
    words = re.sub(r"\bmembers?\s+of\s+(?:\w+\s+)?famil", "famil", words, flags=re.I)
    civ, com = bool(_CIVILIANS.search(words)), bool(_COMBATANTS.search(words))
    if mixed and civ and com:
        return "mixed"
    return "civilians" if civ and not com else "combatants" if com and not civ else None


def _coded_casualties(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Casualty claims carried by exported events (``casualties``: kind, count, low, source)."""
    out: list[dict[str, Any]] = []
    for e in events:
        for c in e.get("casualties") or ():
            low = c.get("low")
            if c.get("kind") in ("killed", "wounded") and isinstance(low, int):
                item = {"kind": c["kind"], "number": low, "text": str(c.get("count") or low),
                        "category": toll_category(c.get("who")), "who": c.get("who"),
                        "sentence": None, "start": c.get("start"), "end": c.get("end"),
                        "source": c.get("source"),
                        "event_id": e.get("id"),
                        "event_date": ((e.get("date") or {}).get("value") or "")[:10] or None}
                if item not in out:
                    out.append(item)
    return out


def _no_one(c: Mapping[str, Any], text: str) -> bool:
    """A coded count of one read out of "no one was hurt": the sentence says "one" only in
    "no one" (a toll of none, which the text patterns give)."""
    start, end = c.get("start"), c.get("end")
    if str(c.get("text") or "").lower() != "one" or not isinstance(start, int):
        return False
    sent = text[start:end if isinstance(end, int) else start + 300]
    nobody = len(re.findall(r"\bno[\s-]one\b", sent, re.I))
    return bool(nobody) and nobody == len(re.findall(r"\bone\b", sent, re.I))


def _tolls_without_number(s: str, start: int) -> list[dict[str, Any]]:
    """Tolls of none ("no one was hurt", "no casualties") and tolls in words ("minor
    injuries"): ``number`` 0 or None with a ``qualifier``."""
    out: list[dict[str, Any]] = []

    def add(kind: str, number: int | None, qualifier: str | None, text: str) -> None:
        item = {"kind": kind, "number": number, "qualifier": qualifier, "text": text,
                "sentence": s[:300], "start": start}
        if not any((o["kind"], o["number"], o["qualifier"]) == (kind, number, qualifier)
                   for o in out):
            out.append(item)

    for m in _NONE.finditer(s):
        for what in filter(None, (m.group("what"), m.group("what2"))):
            add(_kind(what), 0, None, m.group(0))
    for pat in (_NONE_OF, _NO_NOUN, _NO_SIGN):
        for m in pat.finditer(s):
            add(_kind(m.group("what")), 0, None, m.group(0))
    for m in _SOME.finditer(s):
        add(_kind(m.group("what")), None, _QUALIFIERS[m.group("q").lower()], m.group(0))
    # "several bodyguards were injured", "killed dozens of its fighters"
    for m in [*_KILL.finditer(s), *_KILLING.finditer(s)]:
        q = _QUALIFIERS.get(m.group("n").lower())
        if q:
            add(_kind(m.group("what")), None, q, m.group(0))
    return out


def _counted(s: str, start: int, patterns: Iterable[tuple[re.Pattern[str], re.Pattern[str]]],
             kind: str, before: str = "") -> list[dict[str, Any]]:
    """Counts of one kind in a sentence (people detained; places struck, whatever the noun:
    sites, targets, depots): a number, or a word for many ("dozens of"); not a day of the month
    (``before``: the words before the sentence, which ends at "Dec."). Each pattern comes
    with the words it turns on (``key``): it runs only on the few words around each of them,
    not from every position of the sentence (a count is looked for where it can be)."""
    out: list[dict[str, Any]] = []
    if not _HAS_COUNT.search(s):  # no number, no word for one: the patterns cannot match
        return out
    for key, pat in patterns:
        for k in key.finditer(s):
            lo = max(0, k.start() - 90)
            window = s[lo:k.end() + 90]
            for m in pat.finditer(window):
                word = m.group("n").lower()
                if word in ("a", "an") or _DAY_OF_MONTH.search((before + s)[:len(before) + lo + m.start()][-14:]):
                    continue
                n, q = _number(word), _QUALIFIERS.get(word)
                if (n is None and q is None) or (n is not None and n > 5000):
                    continue
                item = {"kind": kind, "number": n, "qualifier": q, "text": m.group(0).strip(),
                        "sentence": s[:300], "start": start}
                if not any((o["kind"], o["number"], o["qualifier"]) == (kind, n, q) for o in out):
                    out.append(item)
    return out


def _weapon_kind(word: str) -> str:
    what = word.lower().split()[-1].rstrip("s")
    return "aircraft" if what in _AIRCRAFT else what


def _uncounted_weapons(s: str, start: int, counted: set[str]) -> list[dict[str, Any]]:
    """Weapons a sentence names without a number: as a group ("a trio of rockets": three; "a
    barrage of rockets": more than one), in the clause that tells the deed ("rockets struck
    the base": some; "a drone hit the convoy": one), or in the deed's name ("a drone attack":
    some, unless an earlier deed's). Kinds the sentence counts (``counted``) are left to their
    counts."""
    out: list[dict[str, Any]] = []
    seen = set(counted)

    def add(kind: str, number: int | None, m: re.Match[str]) -> None:
        if kind in seen:
            return
        seen.add(kind)
        out.append({"kind": kind, "number": number, "qualifier": None if number else "some",
                    "text": m.group(0).strip(), "hedge": s[max(0, m.start() - 20):m.start()],
                    "sentence": s[:300], "start": start})

    for m in _WEAPON_GROUP.finditer(s):
        add(_weapon_kind(m.group("what")), _GROUP_COUNTS.get(m.group("g").lower()), m)
    for m in _WEAPON_DEED_NOUN.finditer(s):
        before = s[:m.start()].split()[-4:]
        if not any(w.lower().strip(",.") in _OTHER_DEED or _DAY_OF_MONTH.search(w) or any(c.isdigit() for c in w)
                   for w in before):
            add(_weapon_kind(m.group("what")), None, m)
    for m in _WEAPON_DEED.finditer(s):
        words = [w for w in (m.group("what"), m.group("what2"), m.group("what3"), m.group("what4")) if w]
        one = m.group("one") and not words[0].lower().endswith("s")
        if not one and any(_number(w) is not None for w in m.group(0).split()[:-1]
                           if w.lower() not in ("a", "an")):
            continue  # "two Katyusha rockets landed": a count, read by _WEAPON
        for w in words:
            if one or w.lower().endswith("s"):
                add(_weapon_kind(w), 1 if one else None, m)
    return out


def _place_details(s: str, start: int) -> list[dict[str, Any]]:
    """Where in a place the sentence puts something: a direction or the centre of a named
    place ("eastern Baghdad", "north of the capital, Erbil", "central Basra"), its edge
    ("outside Mosul": ``outskirts``), a named part of
    it ("Baghdad's Jadiriya district": ``in jadiriya``) or a landmark ("near Baghdad airport":
    ``near airport``)."""
    out: list[dict[str, Any]] = []
    for pat in _PLACE_DETAIL:
        for m in pat.finditer(s):
            d = next(w for k in ("dir", "dir2", "dir3") if (w := m.groupdict().get(k))).lower().replace("-", "")
            d = _DETAIL_WORDS.get(d, d)
            item = {"detail": d, "place": m.group("place"), "text": m.group(0),
                    "sentence": s[:300], "start": start}
            if not any((o["detail"], o["place"]) == (d, item["place"]) for o in out):
                out.append(item)
    named = [(m, "in " + m.group("part").casefold()) for pat in _NAMED_PART for m in pat.finditer(s)]
    named += [(m, "near " + m.group("lm").casefold()) for m in _LANDMARK.finditer(s)]
    for m, d in named:
        place = re.sub(r"['’]s$", "", m.group("place"))
        if place not in _NOT_A_NAME and not any((o["detail"], o["place"]) == (d, place) for o in out):
            out.append({"detail": d, "place": place, "text": m.group(0), "sentence": s[:300],
                        "start": start})
    return out


def _responsibility(s: str, start: int) -> list[dict[str, Any]]:
    """What the sentence says of who did it: ``unclaimed`` (nobody claimed it, it is unclear
    who), ``claimed`` (by someone named), ``attributed`` (someone is said to be behind it)
    or ``denied`` (someone denies being behind it)."""
    out: list[dict[str, Any]] = []

    def add(stance: str, m: re.Match[str], who: str | None = None) -> None:
        out.append({"stance": stance, "who": (who or "").strip() or None, "text": m.group(0),
                    "sentence": s[:300], "start": start})

    m = _UNCLAIMED.search(s)
    if m:
        add("unclaimed", m)
        return out
    m = _RESP_DENIAL.search(s)
    if m and re.search(r"behind|involve|responsib|role|hand in|to do with|orchestrat|organi[sz]|"
                       r"accusation|allegation|charge|distanced|connection|link|ties|part\b|"
                       r"mastermind|instigat|ordered|planned", s, re.I):
        add("denied", m, " ".join(s[:m.start()].split()[-6:]).strip(" ,"))
        return out
    m = _CLAIMED.search(s)
    if m and not re.search(r"\b(?:not|no|never)\b", s[:m.end()], re.I):
        add("claimed", m, m.group("who"))
        return out
    m = _BEHIND.search(s) or _LED.search(s) or _BEHIND_IT.search(s) or _BLAMED_ON.search(s) \
        or _ACCUSED.search(s) or _DONE_BY.search(s)
    if m:
        who = re.split(r"\b(?:said|says|say|that|told|tweeted|wrote)\b",
                       next((w for k in ("who", "who2", "who3", "who4", "who5", "who6", "who7")
                             if (w := m.groupdict().get(k))), ""))[-1]
        if not re.search(r"\b(?:who|not|no|whether|if)\b", who, re.I):
            add("attributed", m, who)
            out[-1]["directed"] = m.re is _LED
        return out
    m = _ORDERS.search(s)
    if m and not re.search(r"\b(?:not|no|never|denied)\b", s[:m.start()], re.I):
        who = m.group("who")
        if who.lower() in ("his", "her", "their"):  # the one the sentence opens with
            first = re.match(r"\s*(?:The\s+)?(?P<n>" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,3})", s)
            who = first.group("n") if first else ""
        who = re.sub(r"['’]s?$", "", who)
        if who:
            add("attributed", m, who)
            out[-1]["directed"] = True
    return out


def _months(m: re.Match[str]) -> float | None:
    n = m.group("n").lower().replace(",", "")
    if n in ("a few", "several"):
        return None
    value = _number(n) if not n.isdigit() else int(n)
    if value is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    return (value + (0.5 if m.group("half") else 0)) * _UNIT_MONTHS[unit]


def _timeline(s: str, start: int) -> list[dict[str, Any]]:
    """Lengths ("two and a half years", in months) and end points ("until 2026", as year and
    month) that the sentence states."""
    out: list[dict[str, Any]] = []
    for m in _SPAN.finditer(s):
        months = _months(m)
        if months is None or months < 0.5 or months > 600:  # days of a week: not a timeline
            continue
        out.append({"kind": "length", "value": round(months, 1), "text": m.group(0).strip(),
                    "sentence": s[:300], "start": start})
    for m in _DEADLINE.finditer(s):
        month = m.group("month")
        value = m.group("year") + (f"-{_MONTHS.index(month.lower()) + 1:02d}" if month else "")
        out.append({"kind": "end", "value": value, "text": m.group(0), "sentence": s[:300],
                    "start": start})
    return out


def _administrations(s: str, start: int) -> list[dict[str, Any]]:
    return [{"who": m.group("who"), "text": m.group(0), "sentence": s[:300], "start": start}
            for m in _ADMINISTRATION.finditer(s) if m.group("who") not in _NOT_A_NAME]


def _motives(s: str, start: int) -> list[dict[str, Any]]:
    """The causes the sentence gives for an act ("in response to the bombing in Kerman"), with
    the names in them (``names``: the capitalised words that name a particular cause)."""
    return _named_clauses(_MOTIVE, s, start)


def _named_clauses(pat: re.Pattern[str], s: str, start: int) -> list[dict[str, Any]]:
    """Each match of ``pat`` with the names in its ``what`` (the capitalised words that name a
    particular person, place or deed; not the states, capitals, titles and dates of every
    report, ``_NOT_A_CAUSE``)."""
    out = []
    for m in pat.finditer(s):
        names = sorted({re.sub(r"['’]s$", "", w).strip("'’.").casefold()
                        for w in re.findall(r"\b[A-Z][\w'’.-]+", m.group("what").strip())}
                       - _NOT_A_CAUSE - {"u.s"})
        out.append({"text": m.group(0).strip(), "names": names, "sentence": s[:300], "start": start})
    return out


# what a party is charged with, accused or suspected of, or punished for, as the article tells
# it: "arrested on charges of embezzling funds", "is suspected of ordering the killing of X",
# "charged with the abduction of", "sanctioned for its role in financing X", "the case concerns
# the murder of X" (the words up to the end of the clause, with the clauses that say more of it)
_CHARGE = re.compile(
    r"\b(?:(?:accus\w*|suspected|convicted|guilty|indicted)\s+(?:(?!of\b)[\w'’.-]+\s+){0,6}?of|"
    r"(?:charged|indicted)\s+(?:(?!with\b|by\b)[\w'’.-]+\s+){0,4}?with|"
    r"on\s+(?:(?:the\s+)?(?:charges?|accusations?|suspicion|allegations?))\s+(?:of|that|related\s+to|"
    r"relating\s+to|linked\s+to)|"
    r"in\s+connection\s+with|"
    r"(?:arrested|detained|held|sanctioned|designated|blacklisted|wanted|jailed|sentenced|tried|"
    r"prosecuted|punished|indicted|listed)\s+(?:(?!for\b|over\b)[\w'’.-]+\s+){0,4}?(?:for|over)"
    r"(?:\s+(?:his|her|their|its|the))?(?:\s+alleged)?\s+(?:role|part|involvement)\s+in|"
    r"(?:sanctioned|designated|blacklisted|wanted|jailed|sentenced|punished|prosecuted)\s+"
    r"(?:(?!for\b)[\w'’.-]+\s+){0,4}?for(?!\s+(?:questioning|interrogation|(?:a|an|the|two|three|"
    r"several|many|some|\d+)\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)|life|now|the\s+first\b))|"
    r"the\s+(?:case|charges?|accusations?|allegations?)\s+(?:against\s+(?:him|her|them)\s+)?"
    r"(?:concern\w*|involv\w*|relate[sd]?\s+to|include[sd]?|centr?e?r?e?d\s+on|stem(?:med|s)?\s+from))\s+"
    r"(?P<what>[^,;:!?\n]{3,160}?(?:,\s+(?:which|who|whose|including|among them|notably)\b"
    r"[^,;:!?\n]{0,160}?)*)(?=[,;:!?\n]|\.(?:\s|$)|$|\s+(?:said|says|according)\b)", re.I)


def _charges(s: str, start: int) -> list[dict[str, Any]]:
    """What the sentence says a party is charged with or punished for ("arrested on charges of
    killing X"), with the names in it (``names``, as for causes)."""
    return _named_clauses(_CHARGE, s, start)


# who holds a captive, as the sentence tells it: "are being held by X", "remain in the custody
# of X", "were handed over to X", "is in the group's hands", "was moved to a prison run by X"
_CUSTODY = re.compile(
    r"\b(?:(?:held|kept|detained)\s+by|in\s+the\s+(?:custody|hands)\s+of|"
    r"(?:handed|turned)\s+(?:over\s+)?to|transferred\s+(?:\w+\s+)?to|delivered\s+to|"
    r"moved\s+to(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:prison|jail|detention|facility|"
    r"custody))|in\s+(?P<own>(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w.-]+)['’]s?\s+"
    r"(?:custody|hands))\s*(?P<who>[^,;:.!?\n]{0,80})", re.I)
# the sentence is about someone held: a captive or detention word
_CAPTIVE = re.compile(r"\b(?:detain\w*|arrest\w*|captur\w*|abduct\w*|kidnap\w*|seiz\w*|"
                      r"hostages?|captives?|prisoners?|suspects?|detainees?|crew|custody|prison|jail|"
                      r"missing|disappeared)\b", re.I)
# someone, before the verb that says who holds them: a captive word, people, a pronoun
_HELD_ONE = re.compile(_CAPTIVE.pattern[:-3] + r"|he|she|they|them|him|her|" + _PEOPLE[3:-1]
                       + r"|[a-z]+(?:ers|ists|ees|men|ians))\b", re.I)
# words of a holder that say nothing of whose it is
_HOLDER_STOP = frozenset("the a an of its their his her by for and who which that in on at "
                         "run held until after since while before with from to weeks days ago "
                         "earlier later overnight now still being been is are was were".split())


def _holder_words(phrase: str, kb: TheatreKB | None) -> list[str]:
    """The words that say who the holder is, with the names of the KB actors a run of
    capitalised words (or an acronym) in it names: "the PMF" also says "popular mobilization
    forces"."""
    words = [re.sub(r"['’]s?$", "", w.casefold()) for w in re.findall(r"[^\W\d_][\w'’-]*", phrase)]
    words = [w for w in words if w not in _HOLDER_STOP and len(w) > 1]
    if kb is not None:
        for run in re.findall(r"[A-Z][\w'’.-]*(?:\s+(?:al-|of\s+)?[A-Z][\w'’.-]*)*", phrase):
            for a in kb.lookup(run):
                words += [w.casefold() for w in re.findall(r"[^\W\d_]+", a.name) if len(w) > 2]
    return sorted(set(words))


def _custody(s: str, start: int, kb: TheatreKB | None) -> list[dict[str, Any]]:
    """Who holds a captive or a detainee, as the sentence says it (``holder``: the words
    after "held by", "in the custody of", "handed over to", "in X's hands", ...), when the
    words before it name someone who can be held (a captive, people, a pronoun)."""
    out = []
    for m in _CUSTODY.finditer(s):
        if not _HELD_ONE.search(s[max(0, m.start() - 80):m.start()]) and not m.group("own"):
            continue  # "a meeting held by the governor", "the town is held by troops"
        who = m.group("own") or m.group("who")
        if re.search(r"\b(?:hospital|clinic|medical|morgue)", who, re.I):
            continue  # the wounded taken to be treated
        who = re.split(r"\s+(?:on|after|who|which|as|because|when|while|since|until|and\s+"
                       r"(?:will|would|is|are|was|were))\b|\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:source|"
                       r"official|officer|spokes\w+)\s+(?:said|says|told)", who.strip(), maxsplit=1)[0]
        words = _holder_words(who, kb)
        if words:
            out.append({"holder": who.strip(), "words": words, "text": m.group(0).strip(),
                        "sentence": s[:300], "start": start})
    return out


# what a raid or a search found: "found a workshop for drones", "seized rocket launchers and
# explosives", "turned up only old ammunition", "yielded nothing but empty hideouts"
_FOUND = re.compile(
    r"\b(?:found|discovered|uncovered|seized|confiscated|recovered|turned\s+up|yielded)\s+"
    r"(?!(?:that|dead|guilty|it|them|him|her|himself|itself|themselves|out|by|in|during|on|at|"
    r"from|after|near|inside)\b)"
    r"(?P<what>[^,;:.!?\n]{3,120})", re.I)
# the sentence tells a raid or a search, by the forces that make one
_SEARCH = re.compile(r"\b(?:raid\w*|search\w*|sweep\w*|storm\w*|operation|police|troops|"
                     r"forces|army|soldiers|commandos)\b", re.I)
# the things named before a passive verb: "rocket launchers were seized at the site"
_FOUND_PASSIVE = re.compile(
    r"(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:also\s+)?(?:found|discovered|uncovered|seized|confiscated|recovered)\b"
    r"(?!\s+(?:dead|guilty|alive|responsible|to\b))", re.I)
_ITEM_STOP = frozenset("the a an of and or only some several few many dozens scores hundreds "
                       "it they he she said says also police troops forces army officials "
                       "quantity number large small old new used meant packed hidden made for "
                       "with in on at from to by its their his her which that were was said "
                       "including also but nothing".split())


def _item_stems(words: str, stop: frozenset[str]) -> list[str]:
    """The things a phrase names, as its content words cut to five letters ("rocket
    launchers" -> "rocke", "launc"); not numbers, not the words of ``stop``."""
    return sorted({w.casefold()[:5] for w in re.findall(r"[^\W\d_]+", words)
                   if len(w) > 2 and w.casefold() not in stop and _number(w) is None})


def _finds(s: str, start: int) -> list[dict[str, Any]]:
    """What the sentence says a raid or a search found (``items``: the words of the things
    named, or ``nothing``); the caller keeps it for articles that tell a raid or a search."""
    out = []
    for m in [*_FOUND.finditer(s), *_FOUND_PASSIVE.finditer(s)]:
        what = re.split(r"\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:source|official|officer|spokes\w+|"
                        r"commander|ministry)\s+(?:said|says|told)|\s+(?:on|in|at)\s+(?:the\s+)?"
                        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                        m.group("what"), maxsplit=1, flags=re.I)[0]
        what = re.split(r"\s+(?:meant|intended|destined|aimed)\s+(?:for|to|at)\b", what, maxsplit=1)[0]
        if re.match(r"\s*(?:nothing|no\b)", what, re.I):
            items = ["nothing"]
        else:
            items = _item_stems(what, _ITEM_STOP)
        if items:
            out.append({"items": items, "text": m.group(0).strip(), "sentence": s[:300],
                        "start": start})
    return out


# what a deed damaged: "set fire to a guard post", "set parts of the compound on fire",
# "torched two cars", "a warehouse was destroyed", "a sentry post burned"
_DAMAGED = (
    re.compile(r"\b(?:set\s+fire\s+to|set\s+ablaze|torched|burned|burnt|damaged|destroyed|"
               r"smashed|ransacked|wrecked|demolished|gutted)\s+(?!(?:by|in|on|at|during|after|"
               r"from|it|them|itself)\b)(?P<what>[^,;:.!?\n]{3,100})", re.I),
    re.compile(r"\bset\s+(?P<what>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:on\s+fire|ablaze|alight)\b",
               re.I),
    re.compile(r"(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:(?:was|were|had\s+been|has\s+been|"
               r"have\s+been)\s+(?:also\s+|badly\s+|partly\s+|heavily\s+)?(?:damaged|destroyed|"
               r"burned|burnt|torched|gutted|set\s+on\s+fire)|(?:burned|burnt)\s+(?:down|out))\b",
               re.I),
)
# what a projectile came down on ("others fell on homes and parked cars", "a shell slammed into
# a school"): the things it hit, told in common nouns; not a place's name ("crashed into Erbil"),
# nor a time ("fell on Sunday night"), nor a part of a place ("the military side of the airport":
# the object must name a thing of _HIT_THINGS)
_IMPACT = re.compile(
    r"\b(?:fell|landed|landing|falling|crashed|crashing|slammed|slamming|ploughed|plowed)\s+"
    r"(?:on|onto|into|upon)\s+(?!(?:the\s+|a\s+)?(?:[A-Z]|(?:night|morning|evening|afternoon|"
    r"day|dawn|eve|weekend|ground|open|empty|area|outskirts|vicinity)\b))"
    r"(?P<what>[^,;:.!?\n]{3,100})")
_HIT_THINGS = re.compile(
    r"\b(?:homes?|houses?|buildings?|cars?|vehicles?|trucks?|tankers?|buses|bus|tents?|hangars?|"
    r"aircraft|planes?|jets?|helicopters?|drones?|warehouses?|depots?|stores?|shops?|schools?|"
    r"hospitals?|clinics?|mosques?|churches|church|markets?|offices?|barracks|towers?|bridges?|"
    r"checkpoints?|rooms?|gates?|walls?|roofs?|apartments?|residences?|compounds?|farms?|fields?|"
    r"boats?|ships?|generators?|tanks?|runways?|containers?|trailers?|kiosks?|stalls?|factor(?:y|ies)|"
    r"plants?|pipelines?|stations?)\b", re.I)
_DAMAGE_STOP = _ITEM_STOP | frozenset("were was been had has have set fire on down out also "
                                      "badly partly heavily through into onto across over under "
                                      "parts part".split())


def _damaged(s: str, start: int) -> list[dict[str, Any]]:
    """What the sentence says a deed damaged, burned or destroyed (``items``: the words of the
    things named, cut to five letters)."""
    out = []
    for pat in (*_DAMAGED, _IMPACT):
        for m in pat.finditer(s):
            what = re.split(r"\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:source|official|officer|spokes\w+|"
                            r"witness\w*|residents?)\s+(?:said|says|told)|\s+(?:on|in|at|during)\s+"
                            r"(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                            r"night|morning|evening|attack|raid|strike|blast)\b",
                            m.group("what"), maxsplit=1, flags=re.I)[0]
            # the things, not where they were nor the next deed ("... and threw stones")
            what = re.split(r"\s+(?:on|in|at|near|during|inside|outside)\s+|\s+and\s+"
                            r"(?=(?:[a-z]+ed|threw|set|hit|broke|tore|took|made|left|fled|ran)\b)",
                            what, maxsplit=1)[0]
            if pat is _IMPACT:  # things, not the names of places nor parts of a place
                what = " ".join(w for w in what.split() if not w[:1].isupper())
                if not _HIT_THINGS.search(what):
                    continue
            items = _item_stems(what, _DAMAGE_STOP)
            if items:
                out.append({"items": items, "text": m.group(0).strip(), "sentence": s[:300],
                            "start": start})
    return out


def _kb_one(kb: TheatreKB, surface: str, kind: str) -> KBActor | None:
    found = [a for a in kb.lookup(surface) if a.type == kind]
    return found[0] if len(found) == 1 else None


def _office_of(kb: TheatreKB, pre: str, title: str, person: KBActor | None) -> KBActor | None:
    """The KB office a title names: the words before it and the title as one of the office's
    names ("State Department spokesman", "Iraqi Prime Minister"), else the one office of the
    named person whose names hold the title ("Prime Minister" of Mustafa al-Kadhimi)."""
    words = pre.split()
    # "Deputy Secretary of State": a rank below the title is another office
    lower_rank = bool(words) and words[-1].lower() in _LOWER_RANKS
    for k in range(len(words), 0 if lower_rank else -1, -1):
        off = _kb_one(kb, " ".join([*words[len(words) - k:], title]), "office")
        if off is not None:
            return off
    if person is None or lower_rank:
        return None
    key = norm_key(title)
    offices = {t.office for t in person.offices}
    held = [o for oid in sorted(offices) if (o := kb.get(oid)) is not None
            and any(key in norm_key(n) for n in (o.name, *o.aliases))]
    return held[0] if len(held) == 1 else None


def _person(kb: TheatreKB, name: str) -> KBActor | None:
    """The KB person a written name is: the whole name, else its first or last two words (a
    capitalised word after the name: "Prime Minister Ilse Roan Tuesday"), else its last word
    (a surname known to the KB)."""
    words = name.split()
    for form in dict.fromkeys((name, " ".join(words[:2]), " ".join(words[-2:]), words[-1])):
        p = _kb_one(kb, form, "person")
        if p is not None:
            return p
    return None


def _offices(s: str, start: int, kb: TheatreKB) -> list[dict[str, Any]]:
    """Who holds an office, as the sentence names it: a title (with the words that say whose
    office) and a name right after it, resolved to the office of the knowledge base. A holder
    of another time ("former", "then-", "the late") is no claim about the present one."""
    out: list[dict[str, Any]] = []
    for m in [*_OFFICE.finditer(s), *_OFFICE_AFTER.finditer(s)]:
        after = m.re is _OFFICE_AFTER
        if _PAST_HOLDER.search(s[max(0, m.start("title") - 24):m.start("title")]) or (
                after and _PAST_WORDS.search(m.group("pre"))):
            continue
        name = re.sub(r"[’']s$", "", m.group("name"))
        person = _person(kb, name)
        # "On Tuesday, the ... spokesman": the name first must be known; a name the KB does not
        # know needs two words ("President George" is all that is left of a name cut at "W.")
        if person is None and (after or len(name.split()) < 2):
            continue
        if after:
            said = m.group("pre")
        else:
            p = _PRE.search(s, max(0, m.start() - 60), m.start())
            said = p.group(0) if p else ""
            if _PAST_WORDS.search(said):  # "Former Harbour Fleet commander ..."
                continue
        pre = " ".join(w for w in said.split() if not _PAST_WORDS.fullmatch(w)
                       and w.lower() not in _NOT_OF_OFFICE)
        office = _office_of(kb, pre, m.group("title"), person)
        if office is None:
            continue
        item = {"office": office.id, "office_name": office.name,
                "who": person.name if person else name, "person": person.id if person else None,
                # the person's terms in that office (KB), to compare with the story's days
                "tenure": [[t.start, t.end] for t in (person.offices if person else ())
                           if t.office == office.id],
                "text": m.group(0).strip() if after else f"{said}{m.group(0)}".strip(),
                "years": sorted({int(y) for y in _YEAR.findall(s)}), "sentence": s[:300],
                "start": start}
        if not any((o["office"], o["who"]) == (item["office"], item["who"]) for o in out):
            out.append(item)
    for item in _spokesmen(s, start, kb):  # a spokesman of a body the KB has no office for
        if not any(o["who"] == item["who"] or item["text"] in o["text"] for o in out):
            out.append(item)
    return out


# a spokesman's body told in words ("Iraqi military spokesman Yahya Rasool", "a spokesman for
# the defence ministry, Tahsin al-Khafaji", "Ali Jaafar, a spokesman for the brigade"): the
# office is the body's words, a country told either way ("Iraq's", "Iraqi")
_BODY = (r"(?:military|army|government|ministry|defen[cs]e|interior|foreign|police|security|cabinet|"
         r"presidency|brigades?|group|militia|faction|movement|party|forces|command|coalition|"
         r"operations|council|office|embassy)")
_BODY_RUN = (r"(?P<body>(?:(?:[A-Z][\w.'’-]*|(?i:" + _BODY + r"|joint|federal|national|provincial|"
             r"regional|local|state|of))\s+){0,4}?(?:[A-Z][\w.'’-]*|(?i:" + _BODY + r"))(?:['’]s)?)")
# after "a spokesman for the": any words up to the body's ("the oil ministry")
_BODY_AFTER = (r"(?P<body>(?:[\w.'’-]+\s+){0,4}?(?:[A-Z][\w.'’-]*|(?i:" + _BODY + r"))(?:['’]s)?)")
_SPOKES = r"(?i:spokes(?:man|woman|person))"
_SPOKESMAN_NAME = r"(?P<name>" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,3})"
_SPOKESMEN = (
    re.compile(r"(?<![\w'’.-])" + _BODY_RUN + r"\s+" + _SPOKES + r",?\s+(?:" + _RANK + r")?" + _SPOKESMAN_NAME),
    re.compile(r"\b" + _SPOKES + r"\s+for\s+(?:the\s+)?" + _BODY_AFTER + r",\s+(?:" + _RANK + r")?" + _SPOKESMAN_NAME),
    re.compile(_SPOKESMAN_NAME + r",\s+(?:an?\s+|the\s+)?" + _SPOKES + r"\s+for\s+(?:the\s+)?" + _BODY_AFTER
               + r"(?=[,.;]|\s+(?:said|told|says)\b)"),
)
_COUNTRY_WORDS = {"iraqi": "iraq", "iranian": "iran", "american": "us", "u.s.": "us", "u.s": "us",
                  "united": "us", "states": "", "kurdish": "kurdistan", "syrian": "syria",
                  "turkish": "turkey", "israeli": "israel", "british": "britain", "french": "france",
                  "russian": "russia", "lebanese": "lebanon", "the": "", "of": "", "a": "", "an": ""}
_COUNTRIES = frozenset({"iraq", "iran", "us", "kurdistan", "syria", "turkey", "israel", "britain",
                        "france", "russia", "lebanon", "jordan", "kuwait", "saudi"})
_NOT_BODY = frozenset({"a", "an", "the", "on", "in", "said", "told", "and", "but", "while", "when"})
_NOT_DATES = frozenset(_MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday"}


def _spokesmen(s: str, start: int, kb: TheatreKB) -> list[dict[str, Any]]:
    """Spokesmen of a body the sentence names in words and the KB has no office for: the office
    is the body's words (its country told either way), so two outlets naming different people
    for one body's spokesman differ. The body must be named: "a spokesman, Ali Jaafar" is none."""
    out: list[dict[str, Any]] = []
    for r in _SPOKESMEN:
        for m in r.finditer(s):
            words = [re.sub(r"[’']s$", "", w).casefold() for w in m.group("body").split()]
            while words and words[0] in _NOT_BODY:
                words = words[1:]
            words = [_COUNTRY_WORDS.get(w, w) for w in words]
            country = next((w for w in words if w in _COUNTRIES), None)
            key = " ".join(w for w in words if w and w not in _COUNTRIES)
            named = key and all(w[:1].isupper() for w in m.group("body").split()[-len(words):])
            if not key or not (re.search(_BODY, key) or named) or key in _NOT_DATES \
                    or _PAST_WORDS.search(s[max(0, m.start() - 12):m.end()]):
                continue
            name = re.sub(r"[’']s$", "", m.group("name"))
            if name.split()[-1] in ("Said", "Told", "On", "In") or name.split()[0] in ("The", "A", "An"):
                continue
            person = _person(kb, name)
            # the KB's office when it has one of that body ("Iraqi military spokesman")
            body = " ".join(m.group("body").split()[-len(words):])
            office = _office_of(kb, re.sub(r"[’']s\b", "", body), "spokesman", person)
            item = {"office": office.id if office else "words:" + key + " spokesperson",
                    **({} if office else {"country": country}),
                    "office_name": office.name if office else f"{key} spokesperson",
                    "who": person.name if person else name, "person": person.id if person else None,
                    "tenure": [], "text": m.group(0).strip(), "years": sorted({int(y) for y in _YEAR.findall(s)}),
                    "sentence": s[:300], "start": start}
            if not any((o["office"], o["who"]) == (item["office"], item["who"]) for o in out):
                out.append(item)
    return out


# a cue phrase: its words are word beginnings, in order, up to three words apart
_GAP = r"\W+(?:[\w'’-]+\W+){0,3}?"
_INNER_NEGATION = re.compile(r"\b(?:not|never|no)\b|n't")
_NEGATION = re.compile(r"(?:\b(?:not|no|never|without|nor)|n't)(?:\s+[\w'’-]+){0,4}\s+$", re.I)  # same clause


def _phrase(cue: str) -> str:
    return r"\b" + _GAP.join(re.escape(w) for w in cue.split())


@functools.cache
def _meaning_patterns(kinds: tuple[MeaningKind, ...]) -> tuple[
        re.Pattern[str] | None, dict[str, tuple[int, ...]],
        tuple[tuple[MeaningKind, tuple[tuple[str, str, str, re.Pattern[str]], ...]], ...]]:
    """The anchors of every kind as one pattern (one scan of the text finds the sentences
    each kind reads) and the kinds of each anchor; per kind its cues, the longest first (a
    longer cue wins the words it shares with a shorter one): (value, cue, its longest word,
    pattern). The longest word is looked for in the sentence before the pattern runs. The
    patterns are matched against text lowered letter for letter (ASCII), case-sensitively:
    faster than ``re.I``, same offsets."""
    if not kinds:
        return None, {}, ()
    owners: dict[str, tuple[int, ...]] = {}
    for i, k in enumerate(kinds):
        for w in k.anchors:
            w = " ".join(w.split())
            owners[w] = (*owners.get(w, ()), i)
    anchors = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(owners, key=lambda w: (-len(w), w)))
                         + ")")
    per_kind = []
    for k in kinds:
        cues = sorted(((v, c) for v, cs in k.values for c in cs), key=lambda x: -len(x[1]))
        per_kind.append((k, tuple((v, c, max(c.split(), key=len), re.compile(_phrase(c)))
                                  for v, c in cues)))
    return anchors, owners, tuple(per_kind)


def _meanings(s: str, low: str, start: int, kind: MeaningKind,
              cues: tuple[tuple[str, str, str, re.Pattern[str]], ...]) -> list[dict[str, Any]]:
    """The values of one kind of meaning a sentence (naming one of its anchors; ``low`` is
    it lowered) gives: its cue phrases, not right after a negation in the same clause, a
    longer cue taking the words before a shorter one."""
    out: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for value, cue, word, pat in cues:
        if word not in low:
            continue
        for m in pat.finditer(low):
            if any(m.start() < e and b < m.end() for b, e in taken):
                continue
            # negated before the cue, or between its words ("the troops will not be home")
            if not cue.startswith(("not ", "no ", "never ", "without ")) \
                    and (_NEGATION.search(low[max(0, m.start() - 40):m.start()])
                         or _INNER_NEGATION.search(low, m.start(), m.end())):
                continue
            taken.append((m.start(), m.end()))
            if not any(o["value"] == value for o in out):
                out.append({"topic": kind.topic, "value": value, "text": s[m.start():m.end()],
                            "sentence": s[:300], "start": start})
    return out


def _sentences_with(pat: re.Pattern[str], text: str, spans: list[tuple[int, int]],
                    starts: list[int]) -> list[int]:
    """Indexes of the sentences (``spans``) holding a match of ``pat``: one scan of the text."""
    found: dict[int, None] = {}
    for m in pat.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= spans[i][1]:
            found[i] = None
    return list(found)


_MONTH_IN = re.compile(r"\b(?i:in|since|during|of|last)\s+(?P<m>January|February|March|April|May|June|"
                       r"July|August|September|October|November|December)\b")
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w'’-]+){1,3}")
_COUNTED = re.compile(r"\b(?P<n>\d{1,4}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<what>[A-Za-z][\w-]*"
                      r"(?:\s+(?!(?:in|on|of|and|at|from|for|by|to|with|that|which|who|were|was)\b)"
                      r"[a-z][\w-]*)?)")
_NOT_TARGET = re.compile(r"^(?:The|This|That|In|On|Last|Earlier|US|U\.S\.|United|Treasury|State|"
                         r"Department|Office|Foreign|Assets|Control|January|February|March|April|"
                         r"May|June|July|August|September|October|November|December)\b")


@functools.cache
def _recall_patterns(recalled: Recalled) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if not recalled.measures or not recalled.earlier:
        return None
    return (re.compile(r"(?<![\w])(?:" + "|".join(re.escape(" ".join(w.split()))
                                                 for w in recalled.measures) + ")"),
            re.compile("|".join(_phrase(w) for w in recalled.earlier)))


def _recalled(s: str, low: str, start: int, earlier: re.Pattern[str]) -> list[dict[str, Any]]:
    """An earlier measure the sentence (naming a measure) recalls ("sanctions imposed last
    year on ..."): the names of its targets, the counted targets ("twelve vessels") and the
    month it gives (``low``: the sentence lowered). A sentence without a word saying it is
    earlier but with a month ("In May, regulators fined ...") is kept with ``cue`` "month":
    the story decides whether that month is before its own."""
    cue = "earlier" if earlier.search(low) else "month" if _MONTH_IN.search(s) else None
    if cue is None:
        return []
    names = sorted({m.group(0) for m in _NAME.finditer(s) if m.start() > 0
                    and not _NOT_TARGET.match(m.group(0))})
    counted = sorted({f"{_number(m.group('n'))} {m.group('what')}"
                      for m in _COUNTED.finditer(s) if _number(m.group("n"))
                      and m.group("what").split()[0].rstrip("s") not in _UNIT_MONTHS})
    months = sorted({m.group("m") for m in _MONTH_IN.finditer(s)})
    if not names and not counted and not months:
        return []
    return [{"names": names, "counted": counted, "months": months, "cue": cue, "text": s[:300],
             "sentence": s[:300], "start": start}]


# when in the day, as the words say it: hours (from the day's midnight) each part covers; the
# night runs past midnight (``spill``: those hours meet only a part of the next day said as
# such, "in the early hours of", not a bare next day)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PARTS: tuple[tuple[str, tuple[float, float], float], ...] = (
    (r"early hours|small hours|after midnight|pre-?dawn|before dawn|before sunrise", (0, 5), 0),
    (r"dawn|daybreak|first light|sunrise", (3, 7), 0),
    (r"early morning", (3, 9), 0),
    (r"morning", (5, 12), 0),
    (r"noon|midday", (11, 14), 0),
    (r"afternoon", (12, 18), 0),
    (r"evening|dusk|sunset|nightfall", (17, 24), 2),
    (r"overnight", (20, 31), 0),  # both days its own: "overnight" meets either
    (r"midnight", (23, 24), 1),
    (r"night|late(?=\s+(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
     r"sunday|night|evening|afternoon)\b)", (19, 24), 2),
)
_PART = re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _, _) in enumerate(_PARTS)) + r")\b",
                   re.I)
_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(_WEEKDAYS) + r")\b", re.I)
# a day that dates the saying, not the deed: "a source said on Wednesday that ..."
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|confirmed)\s+"
                      r"(?:\w+\s+){0,2}?(?:late\s+|early\s+)?(?:on\s+)?$", re.I)


def time_of(words: str | None, *, said_days: bool = False) -> dict[str, Any] | None:
    """The day of the week and the part of the day that words of time give ("late on
    Tuesday", "in the early hours of Thursday", "at dawn"): ``weekday`` (0 for Monday) or
    None, ``hours`` (from, to, spill) or None. A weekday right after a verb of saying dates the
    saying and is left out unless ``said_days``."""
    if not words:
        return None
    day = None
    for m in _WEEKDAY.finditer(words):
        if said_days or not _SAID_ON.search(words[:m.start()]):
            day = _WEEKDAYS.index(m.group("day").lower())
            break
    hours = None
    m = _PART.search(words)
    if m and m.lastgroup:
        _, (lo, hi), spill = _PARTS[int(m.lastgroup[1:])]
        hours = (lo, hi, spill)
    if day is None and hours is None:
        return None
    return {"weekday": day, "hours": hours}


# words of a deed in the sentences whose time is taken: the attack, the strike, the blast
_DEED = re.compile(r"\b(?:attack\w*|struck|strikes?|hit|fell|landed|exploded|explosions?|blasts?|"
                   r"raid\w*|storm\w*|shell\w*|bomb\w*|fired|launched|targeted|killed|seized|"
                   r"boarded|ambush\w*|shot)\b", re.I)


def _times(s: str, start: int) -> list[dict[str, Any]]:
    """When the sentence puts a deed it tells (an attack word in it): the day of the week
    and the part of the day."""
    if not _DEED.search(s):
        return []
    t = time_of(s)
    return [{**t, "text": s[:300], "sentence": s[:300], "start": start}] if t else []


def quote_words(quote: str) -> list[str]:
    return re.findall(r"\w+(?:['’]\w+)?", quote.lower().replace("’", "'"))


# words of a speaker's sentence that name no one in particular: titles, bodies named in every
# report, the words that open a sentence
_NOT_A_SPEAKER = _NOT_A_CAUSE | frozenset(
    "he she they it we i our foreign defense defence interior state press secretary spokesman "
    "spokeswoman spokesperson minister ministry prime deputy senior official officials "
    "government national security council army military armed forces top chief head in on "
    "at but and as after speaking".split())


def _speaker_words(text: str, start: int, end: int) -> list[str]:
    """The capitalised words of the quote's own sentence outside the quote (who said it:
    "..., Foreign Minister Abbas Araghchi said"), less titles, states and days."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 200, -1) + 1
    stop = re.search(r"[.!?](?:\s|$)|\n", text[end:end + 200])
    hi = end + (stop.start() if stop else min(200, len(text) - end))
    around = f"{text[lo:start]} {text[end:hi]}"
    return sorted({w.strip("'’.").casefold() for w in re.findall(r"\b[A-Z][\w'’.-]+", around)}
                  - _NOT_A_SPEAKER)


def _text_quotes(text: str) -> list[dict[str, Any]]:
    """Quoted passages of eight words or more, with the words around them (who said it), and
    the names of the sentence that tell who said it (``speaker``)."""
    out = []
    for m in _QUOTED.finditer(text):
        if len(quote_words(m.group("q"))) >= 8:
            out.append({"quote": m.group("q").strip(" ,"), "start": m.start(),
                        "context": text[max(0, m.start() - 80):m.end() + 80].replace("\n", " "),
                        "speaker": _speaker_words(text, m.start(), m.end())})
    return out


def toll_text(c: Mapping[str, Any]) -> str:
    """The words of a counted claim (casualties, weapons), with its kind when they do not say it ("two guards" was
    counted as killed by the coder; "no sign of any deaths" says it)."""
    said = c["text"].lower()
    if c["kind"] not in ("killed", "wounded") or _QUICK_TOLL.search(said):
        return str(c["text"])
    return f"{c['text']} {c['kind']}"


def toll_value(c: Mapping[str, Any]) -> str:
    """What a casualty claim says, comparable across articles: a number, or a word."""
    return str(c["number"]) if c.get("number") is not None else str(c.get("qualifier") or "?")


# a count's own hedge, right before its number: a floor ("at least five", "more than 20"), a
# ceiling ("up to ten", "nearly 30") or an estimate ("about 40", "some 25")
def _hedge(words: str) -> re.Pattern[str]:
    """Hedge words at the end of the words before a number (a word between: "at least some")."""
    return re.compile(r"\b(?:" + words + r")\s+(?:\S+\s+){0,1}?$", re.I)


_FLOOR = _hedge("at least|more than|over|upwards of|in excess of|no fewer than|not less than")
_CEILING = _hedge("up to|nearly|almost|fewer than|less than|under|as many as|no more than")
_ABOUT = _hedge("about|around|some|roughly|approximately|an estimated|estimated|close to")


# counts in words, and what they allow ("several" troops are not 750; "several thousand" are
# not either; "dozens" of dead are not five)
_WORD_COUNTS = ((r"\bthousands\b", (2000.0, 100000.0)), (r"\bhundreds\b", (200.0, 1000.0)),
                (r"\b(?:dozens|scores)\b", (24.0, 200.0)), (r"\b(?:several|a few)\b", (2.0, 12.0)),
                (r"\b(?:barrage|salvo|volley|swarm|wave|hail|series)\s+of\b", (2.0, 200.0)))


# a range: "between five and seven", "five to seven", "five or six"
_RANGE = re.compile(r"(?:\bbetween\s+(?P<a>" + _NUM_WORD + r")\s+and|\b(?P<a2>" + _NUM_WORD
                    + r")\s+(?:to|or))\s+(?P<b>" + _NUM_WORD + r")\b", re.I)


def count_bounds(c: Mapping[str, Any]) -> tuple[float, float]:
    """The counts a claim allows, as (low, high): "at least five" allows five up to twice
    that, "up to ten" ten down to half, "about 40" a tenth either side, "several" or "minor" any
    count above none, "no one" none, "between five and seven" five to seven. The hedge is read
    in the claim's words (the coder's count, "at least five") or in the words its sentence has
    before them (``hedge``)."""
    n = c.get("number")
    said = str(c.get("text") or "")
    scale = 1000 if re.search(r"\bthousands?\b", said, re.I) else \
        100 if re.search(r"\bhundreds?\b", said, re.I) else 1
    if n is None:
        if not c.get("qualifier"):
            return (0.0, float("inf"))
        for pat, (lo, hi) in _WORD_COUNTS:
            if re.search(pat, said, re.I):
                return (lo * scale, hi * scale) if scale > 1 and lo < 20 else (lo, hi)
        return (1.0, float("inf"))
    n = n * scale
    words = f"{c.get('hedge') or ''} {said}"
    span = _RANGE.search(words)
    if span and _number(span.group("a") or span.group("a2")) == c.get("number"):
        hi = _number(span.group("b"))
        if hi is not None and hi > n / scale:
            return (float(n), float(hi * scale))
    digits = re.search(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", words, re.I)
    before = words[:digits.start()] if digits else words
    # a hedged count stays near its number: "at least five" allows seven, "at least one"
    # does not allow eleven (an outlet that saw one hit tells another story than one that
    # counts eleven)
    if _FLOOR.search(before):
        return (float(n), float(max(2 * n, n + 2)))
    if _CEILING.search(before):
        return (n / 2, float(n))
    if _ABOUT.search(before):
        return (0.9 * n, 1.1 * n)
    return (float(n), float(n))


def counts_agree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two counts that can both be true ("at least five" and "seven"; "several" and "four";
    not "no one" and "two")."""
    (la, ha), (lb, hb) = count_bounds(a), count_bounds(b)
    return la <= hb and lb <= ha


def sentences(text: str) -> Iterable[tuple[int, str]]:
    for m in _SENT.finditer(text):
        s = m.group(0).strip()
        if s:
            yield m.start(), s


def article_claims(text: str, events: Iterable[Mapping[str, Any]] = (), *,
                   rules: CrossrefRules | None = None,
                   kb: TheatreKB | None = None) -> dict[str, Any]:
    """Casualty and weapon counts, denials and quotes of one article, with their sentences;
    claims of meaning and recalled measures by the cue lexicons of ``rules`` (the built-in
    rules when none). Casualties come from the events' own ``casualties`` when the coder gives
    them, else from patterns over the sentences. Office holders need ``kb`` (none without it)."""
    events = list(events)
    rules = rules or load_rules()
    meanings: list[dict[str, Any]] = []
    recalled: list[dict[str, Any]] = []
    casualties: list[dict[str, Any]] = []
    weapons: list[dict[str, Any]] = []
    denials: list[dict[str, Any]] = []
    tolls: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    responsibility: list[dict[str, Any]] = []
    timeline: list[dict[str, Any]] = []
    administrations: list[dict[str, Any]] = []
    detained: list[dict[str, Any]] = []
    sites: list[dict[str, Any]] = []
    offices: list[dict[str, Any]] = []
    votes: list[dict[str, Any]] = []
    motives: list[dict[str, Any]] = []
    charges: list[dict[str, Any]] = []
    deployed: list[dict[str, Any]] = []
    times: list[dict[str, Any]] = []
    victims: list[dict[str, Any]] = []
    custody: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    damaged: list[dict[str, Any]] = []
    # each group of patterns runs only on the sentences holding its quick words, found by
    # one scan of the whole text per group (not one search per sentence and group)
    spans = [(m.start(), m.end()) for m in _SENT.finditer(text)]
    searched = bool(_SEARCH.search(text))  # the article tells a raid or a search
    starts = [a for a, _ in spans]
    hits: dict[int, set[str]] = {}
    low = text.translate(_ASCII_LOWER)
    for name, pat in _QUICK_GROUPS:
        for m in pat.finditer(low):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= spans[i][1]:
                hits.setdefault(i, set()).add(name)
    for i in sorted(hits):
        has = hits[i]
        start = spans[i][0]
        s = text[start:spans[i][1]].strip()
        if "resp" in has:
            responsibility += _responsibility(s, start)
        if "span" in has:
            timeline += _timeline(s, start)
        if "admin" in has:
            administrations += _administrations(s, start)
        if "toll" in has:
            for m in [*_KILL.finditer(s), *_KILLING.finditer(s), *_AND_N.finditer(s),
                      *_TOLL_NOUN.finditer(s), *_SUFFER.finditer(s), *_LIVES.finditer(s),
                      *_TOLL_AT.finditer(s), *_CLAUSE_TOLL.finditer(s)]:
                g = next(k for k in ("n", "n2", "n3") if m.groupdict().get(k))
                what = next(w for w in (m.groupdict().get(k) for k in ("what", "what2", "what3")) if w)
                n = _number(m.group(g))
                if n is None or n > 5000 or (m.group(g).lower() in ("a", "an") and (
                        not (one := _ONE_PERSON.match(s, m.start(g)))
                        or _AND_MORE.match(s, one.end()))):
                    continue
                if s[:m.start()].lower().split()[-1:] in (["no"], ["not"]):  # "no one was hurt"
                    continue
                kind = _kind(what)
                if any(c["start"] == start and (c["kind"], c["number"]) == (kind, n)
                       for c in casualties):
                    continue
                casualties.append({"kind": kind, "number": n, "category": toll_category(m.group(0)),
                                   "text": m.group(0), "hedge": s[max(0, m.start() - 20):m.start()],
                                   "sentence": s[:300], "start": start})
            tolls += _tolls_without_number(s, start)
            victims += _victims(s, start)
        if "place" in has:
            places += _place_details(s, start)
        if "time" in has and not times:  # the first deed told with its time: the article's own
            times += _times(s, start)
        if "motive" in has:
            motives += _motives(s, start)
        if "charge" in has:
            charges += _charges(s, start)
        if "custody" in has:
            custody += _custody(s, start, kb)
        if "found" in has and searched:
            found += _finds(s, start)
        if "damaged" in has:
            damaged += _damaged(s, start)
        if "office" in has and kb is not None:
            offices += _offices(s, start, kb)
        if "detained" in has or "sites" in has or "votes" in has or "deployed" in has:
            before = text[max(0, start - 14):start + len(text[start:spans[i][1]])
                          - len(text[start:spans[i][1]].lstrip())]
            if "detained" in has:
                detained += _counted(s, start, _DETAINED, "detained", before)
            if "sites" in has:
                sites += _counted(s, start, _SITES, "sites", before)
            if "votes" in has:
                votes += _counted(s, start, _VOTES, "votes", before)
            if "deployed" in has:
                deployed += _counted(s, start, _DEPLOYED, "deployed", before)
        if "weapon" in has:
            for m in _WEAPON.finditer(s):
                n = _number(m.group("n"))
                if n is None or n > 5000 or m.group("n").lower() in ("a", "an"):
                    continue
                # "the Jan. 28 drone attack": a day of the month (the sentences split at "Jan.")
                lead = len(text[start:spans[i][1]]) - len(text[start:spans[i][1]].lstrip())
                if _DAY_OF_MONTH.search(text[max(0, start - 12):start + lead + m.start()]):
                    continue
                what = m.group("what").lower().split()[-1].rstrip("s")
                what = "aircraft" if what in _AIRCRAFT else what
                weapons.append({"kind": what, "number": n, "text": m.group(0),
                                "hedge": s[max(0, m.start() - 20):m.start()],
                                "sentence": s[:300], "start": start})
            if i < _LEAD:  # named without a count: in the lead, where the article tells its deed
                weapons += _uncounted_weapons(s, start, {w["kind"] for w in weapons if w["start"] == start})
        deed = _DEED_DENIAL.search(s) if "denial" in has else None
        if deed:  # the deed itself denied: whoever is said to have done it
            before = re.split(r"\b(?:said|says|told|added|stated|insisted)\b", s[:deed.start()])[0]
            speaker = " ".join(before.split()[-6:]).strip(" ,") or None
            denials.append({"speaker": speaker, "text": deed.group(0), "sentence": s[:300],
                            "start": start, "deed": True})
        dm = _DENIAL.search(s) if "denial" in has and not deed else None
        if dm:
            speaker = " ".join(s[:dm.start()].split()[-6:]).strip(" ,") or None
            denials.append({"speaker": speaker, "text": dm.group(0), "sentence": s[:300],
                            "start": start})
    anchors, owners, per_kind = _meaning_patterns(rules.meanings)
    if anchors is not None:
        kinds_in: dict[int, set[int]] = {}
        for m in anchors.finditer(low):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= spans[i][1]:
                kinds_in.setdefault(i, set()).update(owners[m.group()])
        for i in sorted(kinds_in):
            a, b = spans[i]
            for k in sorted(kinds_in[i]):
                meanings += _meanings(text[a:b], low[a:b], a, per_kind[k][0], per_kind[k][1])
    pats = _recall_patterns(rules.recalled)
    if pats is not None:
        for i in _sentences_with(pats[0], low, spans, starts):
            a, b = spans[i]
            recalled += _recalled(text[a:b].strip(), low[a:b], a, pats[1])
    # whether an office holder's sentence tells an event the coder made: where it does, the
    # stories of that event are where a dispute of the office is told (``stories._told_offices``)
    told = [(int(x["start"]), int(x["end"])) for e in events for x in e.get("spans") or ()
            if x.get("start") is not None and x.get("end") is not None]
    for o in offices:
        o["coded"] = any(a <= o["start"] + 3 < b for a, b in told)
    coded = [c for c in _coded_casualties(events) if not _no_one(c, text)]
    if coded:  # the event coder's own casualty claims (story-level assembly), when it gives them
        casualties = coded
    # tolls of none or without a number are claims too ("no one was hurt" against "seven
    # injured"); the coder gives numbers only
    casualties += [t for t in tolls if t not in casualties]
    quotes = []
    for e in events:
        att = e.get("attribution") or {}
        if att.get("quote"):
            sp = att.get("speaker") or {}
            quotes.append({"speaker": sp.get("name") or sp.get("text"), "kb_id": sp.get("kb_id"),
                           "quote": att["quote"], "event_id": e.get("id")})
    return {"casualties": casualties, "weapons": weapons, "denials": denials, "quotes": quotes,
            "places": places, "responsibility": responsibility, "timeline": timeline,
            "administrations": administrations, "meanings": meanings, "recalled": recalled,
            "detained": detained, "sites": sites, "offices": offices, "votes": votes,
            "motives": motives, "charges": charges, "deployed": deployed, "times": times, "victims": victims,
            "custody": custody, "found": found, "damaged": damaged,
            "text_quotes": _text_quotes(text) if "“" in text or '"' in text else []}
