"""Table tests of event classes that world news words in many ways (events.rules.v1 through the
whole pipeline): each row pairs a sentence that must give an event with a close sentence that
must not give the wrong reading, so an extractor that returns nothing fails every row.
Sentences written for these tests; actors of any state, not only our theatre's.
"""

from __future__ import annotations

import pytest

from brinkwatch.records import Article, text_id
from tests.extract.coding import Coded, coded, has


def _coded(ctx, text: str) -> list[Coded]:  # type: ignore[no-untyped-def]
    """(type, actor texts or names, target texts or names) of the reportable events."""
    return coded(ctx, text, published="2025-06-02", keep=lambda e: e.reportable)


# A settlement is made between its parties: "A and B signed a deal" is A with B, and so is a
# failure to reach one; co-mediators who broker a deal are not its parties, and a bare
# "failed to" is no refusal.
SETTLEMENTS = [
    pytest.param("Chile and Peru signed a fisheries accord on Monday.",
                 ("SUPPORT", {"Chile"}, {"Peru"}),
                 "Chile and Peru criticised the fisheries accord on Monday.",
                 ("SUPPORT", {"Chile"}, {"Peru"}), id="signed-a-deal-vs-criticised-it"),
    pytest.param("Kenya and Uganda have reached a deal over the disputed island.",
                 ("SUPPORT", {"Kenya"}, {"Uganda"}),
                 "Kenya and Uganda have reached the disputed island.",
                 ("SUPPORT", set(), set()), id="reached-a-deal-vs-reached-a-place"),
    pytest.param("Ghana and Togo concluded a security pact in Accra.",
                 ("SUPPORT", {"Ghana"}, {"Togo"}),
                 "Qatar and Egypt brokered a truce between the two sides.",
                 ("SUPPORT", {"Qatar"}, {"Egypt"}), id="concluded-vs-brokered"),
    pytest.param("Sudan and the rebel movement failed to reach a deal after three days.",
                 ("REJECT", {"Sudan"}, {"the rebel movement"}),
                 "Sudan and the rebel movement failed to capture the town after three days.",
                 ("REJECT", set(), set()), id="failed-to-reach-a-deal-vs-failed-to-capture"),
    pytest.param("Ghana failed to sign the border accord with Togo.",
                 ("REJECT", {"Ghana"}, {"Togo"}),
                 "Ghana failed to attend the border meeting with Togo.",
                 ("REJECT", set(), set()), id="failed-to-sign-with-x-vs-failed-to-attend"),
]


# A contact's purpose clause names what the call or visit conveyed, to the one contacted
# ("phoned X to congratulate him"); a call without one is a call only.
CONTACT_PURPOSES = [
    pytest.param("The Kenyan president phoned Ghana's new leader on Sunday to congratulate him "
                 "on his election.", ("SUPPORT", {"Kenyan"}, {"Ghana"}),
                 "The Kenyan president phoned Ghana's new leader on Sunday about the election.",
                 ("SUPPORT", set(), set()), id="phoned-to-congratulate-vs-phoned-about"),
    pytest.param("The king of Jordan called the Egyptian president to express his condolences.",
                 ("SUPPORT", {"The king"}, {"Egypt"}),
                 "The king of Jordan called the Egyptian president on Friday.",
                 ("SUPPORT", set(), set()), id="called-to-express-condolences-vs-a-call"),
    pytest.param("Indian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
                 "Kishida on Tuesday to congratulate him on winning the vote.",
                 ("SUPPORT", {"Narendra Modi"}, {"Fumio Kishida"}),
                 "Indian Prime Minister Narendra Modi called Japanese Prime Minister Fumio "
                 "Kishida on Tuesday after the vote.",
                 ("SUPPORT", set(), set()), id="him-is-the-one-called-not-the-caller"),
]


# A body that adopts or puts out a document says what the document says: "passed a resolution
# condemning X", "a report by X accused Y"; a document nobody is said to issue speaks for no one.
DOCUMENTS = [
    pytest.param("The Peruvian congress passed a resolution condemning President Dina Boluarte "
                 "for the crackdown.", ("ACCUSE", {"Peruvian"}, {"Dina Boluarte"}),
                 "A resolution condemning President Dina Boluarte for the crackdown was "
                 "debated.", ("ACCUSE", {"Peruvian"}, set()), id="passed-a-resolution"),
    pytest.param("Amnesty International published a report criticising the Greek coast guard.",
                 ("ACCUSE", {"Amnesty International"}, {"Greek"}),
                 "Amnesty International read a report about the Greek coast guard.",
                 ("ACCUSE", set(), set()), id="published-a-report-criticising"),
    pytest.param("A report by the UN accused the Sudanese army of war crimes.",
                 ("ACCUSE", {"United Nations"}, {"Sudanese"}),
                 "A report on the UN praised the Sudanese army.",
                 ("ACCUSE", set(), set()), id="a-report-by-x"),
]

# Parties named in a mode's own way: a go-between's ("mediated between X and Y"), a
# gathering's ("attended a meeting of X"), a haven's ("took in refugees": the people taken in).
PARTIES = [
    pytest.param("Qatar has mediated between Israel and Hamas for months.",
                 ("CONSULT", {"Qatar"}, {"Israel", "Hamas"}),
                 "Qatar has mediated for months.", ("CONSULT", {"Qatar"}, set()),
                 id="mediated-between"),
    pytest.param("Norway launched a mediation effort to end the dispute between Colombia and "
                 "Venezuela.", ("CONSULT", {"Norway"}, {"Colombia", "Venezuela"}),
                 "Norway launched a relief operation in the flooded provinces.",
                 ("ASSAULT", set(), set()), id="mediation-effort-vs-relief-operation"),
    pytest.param("The Indonesian president attended a meeting of the ASEAN leaders in Jakarta.",
                 ("CONSULT", {"Indonesian"}, {"ASEAN"}),
                 "The Indonesian president attended a wedding in Jakarta.",
                 ("CONSULT", set(), set()), id="attended-a-meeting-of-x"),
    pytest.param("Germany took in more than a million Syrian refugees.",
                 ("AID", {"Germany"}, {"Syria"}),
                 "Germany took in more than a million euros in fines.",
                 ("AID", set(), set()), id="took-in-refugees"),
    pytest.param("Poland says it will not accept Afghan refugees.",
                 ("REJECT", {"Poland"}, {"Afghan"}),
                 "Poland says it will not accept the Afghan proposal.",
                 ("REJECT", {"Poland"}, {"Afghan refugees"}), id="will-not-accept-refugees"),
    pytest.param("Qatar has refused to mediate between Israel and Hamas.",
                 ("REJECT", {"Qatar"}, {"Israel", "Hamas"}),
                 "Qatar has refused to comment on Israel and Hamas.",
                 ("REJECT", set(), set()), id="refused-to-mediate-between"),
    pytest.param("Canada accepted 2,000 Afghan refugees last month.",
                 ("AID", {"Canada"}, {"Afghan"}),
                 "Canada accepted the Afghan proposal last month.",
                 ("AID", set(), set()), id="accepted-refugees"),
]

# A refusal to answer what someone asked refuses them; "declined to comment" refuses nothing.
REFUSED_REQUESTS = [
    pytest.param("The Finnish ministry refused to answer a written request sent by Estonian "
                 "prosecutors.",
                 ("REJECT", {"Finnish"}, {"Estonian"}),
                 "The Finnish ministry declined to comment on the request from Estonian "
                 "prosecutors.", ("REJECT", set(), set()), id="respond-to-a-request-from-x"),
    pytest.param("Belgrade has declined to honour Zagreb's extradition request.",
                 ("REJECT", {"Belgrade"}, {"Zagreb"}),
                 "Belgrade has declined to comment on Zagreb's extradition request.",
                 ("REJECT", set(), set()), id="honour-xs-request"),
    pytest.param("The bank declined to answer questions from Brazilian investigators.",
                 ("REJECT", {"The bank"}, {"Brazilian"}),
                 "The bank declined to elaborate when Brazilian investigators called.",
                 ("REJECT", set(), set()), id="answer-questions-from-x"),
]


# Measures ended are concessions to whom they weighed on, whatever the verb ("lifted its
# boycott of X", "rolled back / scrapped tariffs on X goods", "dropped the investigation of X");
# a plan scrapped is no concession. A strike gone on is a protest with no one to aim at.
ENDED_MEASURES = [
    pytest.param("The union lifted its boycott of the national airline.",
                 ("CONCEDE", {"The union"}, {"the national airline"}),
                 "The union lifted its members' spirits at the national airline.",
                 ("CONCEDE", set(), set()), id="lifted-a-boycott"),
    pytest.param("Washington rolled back tariffs on Mexican steel.",
                 ("CONCEDE", {"United States"}, {"Mexican"}),
                 "Washington rolled back its own pension reform.",
                 ("CONCEDE", set(), set()), id="rolled-back-tariffs"),
    pytest.param("Ottawa scrapped the tariffs on Chinese electric cars.",
                 ("CONCEDE", {"Canada"}, {"China"}),
                 "Ottawa scrapped the plan for a new stadium.",
                 ("CONCEDE", set(), set()), id="scrapped-tariffs-vs-a-plan"),
    pytest.param("Prosecutors dropped the investigation of the former Peruvian president.",
                 ("CONCEDE", {"Prosecutors"}, {"Peruvian"}),
                 "Prosecutors dropped by the office of the former Peruvian president.",
                 ("CONCEDE", set(), set()), id="dropped-an-investigation"),
    pytest.param("Dock workers went on strike on Friday.", ("PROTEST", {"Dock workers"}, set()),
                 "Dock workers went on holiday on Friday.", ("PROTEST", set(), set()),
                 id="went-on-strike-vs-on-holiday"),
]


# Words of one act told with other verbs: forces stepped up are a mobilisation, records handed
# to someone are cooperation, work stopped or a strike of a trade begun is a protest.
OTHER_VERBS = [
    pytest.param("The Colombian army intensified its forces in the border towns.",
                 ("MOBILIZE", {"Colombian"}, set()),
                 "The Colombian army intensified its search for the missing children.",
                 ("MOBILIZE", set(), set()), id="intensified-forces-vs-a-search"),
    pytest.param("The Swiss bank gave account information to French tax authorities.",
                 ("COOPERATE", {"Swiss"}, {"France"}),
                 "The Swiss bank gave a donation to a French school.",
                 ("COOPERATE", set(), set()), id="gave-information-to-x-vs-a-donation"),
    pytest.param("Hospital doctors in Seoul began a wildcat strike over pay.",
                 ("PROTEST", {"Hospital doctors in Seoul"}, set()),
                 "Hospital doctors in Seoul began a wildcat search for the cause.",
                 ("PROTEST", set(), set()), id="wildcat-strike"),
    pytest.param("Thousands of miners stopped work on Monday.", ("PROTEST", {"miners"}, set()),
                 "Thousands of miners stopped at the border on Monday.",
                 ("PROTEST", set(), set()), id="stopped-work-vs-stopped-somewhere"),
]


# An upper-case initialism the parse leaves untagged is a body that acts ("ICE returned ...");
# a device in capitals is not.
INITIALISMS = [
    pytest.param("ICE returned two stolen manuscripts to the government of Peru.",
                 ("CONCEDE", {"ICE"}, {"the government"}),
                 "An IED destroyed the car of the governor of Peru.",
                 ("ASSAULT", {"IED"}, set()), id="an-agency-vs-a-device"),
]


# An authority that orders a coercive act does it, to whom the act is done; an order to do
# anything else stays a demand on the one ordered.
ORDERS = [
    pytest.param("The junta ordered the weekly newspaper to suspend publication for a month.",
                 ("COERCE", {"The junta"}, {"the weekly newspaper"}),
                 "The junta ordered the weekly newspaper to print a correction.",
                 ("COERCE", set(), set()), id="ordered-to-suspend-publication-vs-to-print"),
    pytest.param("A judge in Quito ordered three former ministers jailed pending trial.",
                 ("COERCE", {"A judge in Quito"}, {"three former ministers"}),
                 "A judge in Quito ordered three former ministers to testify at the trial.",
                 ("COERCE", set(), set()), id="ordered-x-jailed-vs-to-testify"),
    pytest.param("The governor ordered police to detain the protest leaders.",
                 ("COERCE", {"The governor"}, {"the protest leaders"}),
                 "The governor ordered police to protect the protest leaders.",
                 ("COERCE", set(), set()), id="ordered-police-to-detain-x-vs-protect"),
]


# Speech acts (round 7): who speaks in a coordinated speech act, directives and votes that ask
# for an act, the government a domestic body asks, readiness to answer by force, named parties
# threatened, claims judged false, victims inside a judgement, headline labels, speakers named
# by title or membership.
SPEECH_ACTS_R7 = [
    # a speech act the parse coordinates with the reported clause is the speaker's
    pytest.param("The Iraqi foreign ministry said the shelling was unacceptable and called on "
                 "Ankara to withdraw its troops.",
                 ("REQUEST", {"Iraqi Ministry of Foreign Affairs"}, {"Turkey"}),
                 "U.S. officials said Kataib Hezbollah fired the rockets and threatened more "
                 "attacks on American bases.",
                 ("THREATEN", {"U.S. officials"}, set()), id="said-x-and-called-on-y"),
    pytest.param("Kataib Hezbollah said three of its fighters were killed and vowed revenge "
                 "against Washington.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, {"United States"}),
                 "\u201cThese raids serve only Tehran and threaten to drag Iraq into a war,\u201d "
                 "Kataib Hezbollah said.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, set()), id="said-x-and-vowed-revenge"),
    # a directive told to an addressee, a decision a body votes: a request of the act
    pytest.param("On Friday, Asaib Ahl al-Haq had told the Iraqi police to keep away from its "
                 "offices.",
                 ("REQUEST", {"Asa'ib Ahl al-Haq"}, {"Iraqi Ministry of Interior"}),
                 "The Pentagon told reporters to expect more strikes in the coming days.",
                 ("REQUEST", set(), set()), id="told-x-to-do"),
    pytest.param("Iraqi lawmakers voted to expel the American forces from the country.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"U.S. military"}),
                 "The parliament voted on Monday to approve the budget.",
                 ("REQUEST", set(), set()), id="voted-to-expel"),
    pytest.param("Iraqi lawmakers have voted to kick the Turkish soldiers out of Iraqi territory.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"Turkey"}),
                 "Iraqi lawmakers voted to expel the American forces from the country.",
                 ("COERCE", {"Council of Representatives of Iraq"}, set()),
                 id="a-vote-to-expel-expels-no-one-yet"),
    pytest.param("In a late session, Iraqi lawmakers voted on Monday to expel the Turkish troops, "
                 "citing repeated shelling.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"Turkey"}),
                 "The new law obliges the government to close all foreign bases.",
                 ("REQUEST", set(), set()), id="voted-on-a-day-to-expel-and-a-law-in-force"),
    pytest.param("The Iraqi parliament approved a decision obliging the government to end the "
                 "presence of foreign forces.",
                 ("REQUEST", {"Council of Representatives of Iraq"}, {"Iraqi government"}),
                 "Iraq was obliged to cancel the contract with the Iranian company.",
                 ("REQUEST", set(), set()), id="a-decision-obliging-the-government"),
    # "the government" asked by a domestic body is its own state's executive; a foreign
    # official's is not
    pytest.param("Asaib Ahl al-Haq demanded that the government close the American embassy.",
                 ("REQUEST", {"Asa'ib Ahl al-Haq"}, {"Iraqi government"}),
                 "The State Department urged the government to protect American diplomats.",
                 ("REQUEST", set(), {"United States"}), id="the-government-of-the-speaker"),
    # readiness to answer by force is a threat; a right to something else is not
    pytest.param("Asaib Ahl al-Haq said it reserved the right to respond to the Turkish raids.",
                 ("THREATEN", {"Asa'ib Ahl al-Haq"}, {"Turkey"}),
                 "Iraq said it reserved the right to appeal the court ruling.",
                 ("THREATEN", set(), set()), id="reserves-the-right-to-respond"),
    pytest.param("Kataib Hezbollah said it would not hesitate to respond to any Turkish raid.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, set()),
                 "The Iraqi government did not hesitate to sign the deal with Ankara.",
                 ("THREATEN", set(), set()), id="will-not-hesitate-to-respond"),
    # a party named as a foe to be, or as one who will pay for an act: a threat to it
    pytest.param("Qais al-Khazali said the vote was final and that Turkish troops would be "
                 "regarded as invaders unless they left.",
                 ("THREATEN", {"Qais al-Khazali"}, {"Turkey"}),
                 "The minister said the detainees will be treated as prisoners of war.",
                 ("THREATEN", set(), set()), id="will-be-treated-as-occupiers"),
    pytest.param("Hassan Nasrallah declared that the Israeli army would pay the price for the "
                 "crime.",
                 ("THREATEN", {"Hassan Nasrallah"}, {"Israel Defense Forces"}),
                 "Analysts said consumers would pay a higher price for fuel.",
                 ("THREATEN", set(), set()), id="will-pay-the-price-for-the-crime"),
    pytest.param("Asaib Ahl al-Haq warned that any Israeli attack would be met with a crushing "
                 "response.",
                 ("THREATEN", {"Asa'ib Ahl al-Haq"}, {"Israel"}),
                 "The ministry said the request would be met with a formal reply.",
                 ("THREATEN", set(), set()), id="will-be-met-with-a-response"),
    # each reported clause counts: "said that A and that B must ..."
    pytest.param("The spokesman said the resistance had never sought permission and that the "
                 "Turkish troops must leave Iraq.",
                 ("REQUEST", set(), {"Turkey"}),
                 "The spokesman said the talks had gone well and that the delegation will return "
                 "next week.",
                 ("REQUEST", set(), set()), id="said-a-and-that-b-must"),
    # "insist that" + a subjunctive demands; + an indicative clause claims
    pytest.param("Baghdad insisted that Turkish troops leave the camp.",
                 ("REQUEST", {"Iraq"}, {"Turkey"}),
                 "Iraqi officials insisted that the Turkish base had been empty for months.",
                 ("REQUEST", set(), set()), id="insist-that-a-fact-is-no-demand"),
    # a claim judged false is denied, aimed at its author; a report told to the press is asserted
    pytest.param("Iraq's national security adviser told reporters that the Turkish account was "
                 "baseless.",
                 ("REJECT", {"Qasim al-Araji"}, {"Turkey"}),
                 "The Iraqi spokesman said the Iranian claims were not false.",
                 ("REJECT", set(), set()), id="the-account-was-baseless"),
    # the victims inside a judgement are not the accused
    pytest.param("Baghdad described the Turkish strikes as an assault on Iraqi sovereignty.",
                 ("ACCUSE", {"Iraq"}, {"Turkey"}),
                 "The Iraqi foreign ministry called the Turkish bombardment a crime against Iraqi "
                 "civilians.",
                 ("ACCUSE", set(), {"Iraqi civilians"}), id="a-crime-against-x-names-the-victim"),
    # judgements of betrayal and atrocity condemn; a success is praise
    pytest.param("The Sadrist spokesman called the arrests a betrayal of the martyrs.",
                 ("ACCUSE", {"Sadrist movement"}, set()),
                 "Officials called the meeting a success.",
                 ("ACCUSE", set(), set()), id="called-x-a-betrayal"),
    # a headline label the parse does not see
    pytest.param("Sudani calls Turkish shelling a violation of sovereignty",
                 ("ACCUSE", {"Mohammed Shia al-Sudani"}, {"Turkey"}),
                 "Sudani calls Erdogan to discuss the border attacks",
                 ("ACCUSE", set(), set()), id="headline-calls-x-a-crime"),
    pytest.param("Sudani calls Turkish shelling a violation of sovereignty",
                 ("ACCUSE", {"Mohammed Shia al-Sudani"}, set()),
                 "Sudani calls Turkish shelling a violation of sovereignty",
                 ("ASSAULT", {"Mohammed Shia al-Sudani"}, set()),
                 id="the-judged-act-is-not-the-speakers"),
    # pulling one's envoy out of a capital is a diplomatic sanction, not a retreat
    pytest.param("Jordan pulled its envoy out of Damascus on Monday over the shelling.",
                 ("SANCTION", {"Jordan"}, {"Syria"}),
                 "Jordan pulled its envoy out of Damascus on Monday over the shelling.",
                 ("RETREAT", {"Jordan"}, set()), id="pulled-its-ambassador-out"),
    # a member "for" / "from" an organisation speaks for it; a place is no organisation
    pytest.param("A spokesman for Asaib Ahl al-Haq dismissed claims on Monday that Iraqi "
                 "factions were behind the drone attack on the embassy.",
                 ("REJECT", {"Asa'ib Ahl al-Haq"}, set()),
                 "A commander from Basra threatened the protesters.",
                 ("THREATEN", {"Basra"}, set()), id="a-spokesman-for-x"),
    # a title with the name in apposition, or parsed as a second subject: the name acts
    pytest.param("Pro-Iran faction Kataib Hezbollah warned Iraqi police to leave the area.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, set()),
                 "Pro-Iran faction Kataib Hezbollah warned Iraqi police to leave the area.",
                 ("THREATEN", {"Iran-backed militias"}, set()), id="class-noun-then-name"),
    pytest.param("From Kufa, the Shiite cleric Muqtada al-Sadr urged the armed factions to disarm.",
                 ("REQUEST", {"Muqtada al-Sadr"}, set()),
                 "In Basra, Shiite clerics urged the armed factions to disarm.",
                 ("REQUEST", {"Muqtada al-Sadr"}, set()), id="the-cleric-x"),
]


# Round 8 (cover6): speech and political acts in the constructions real reporting uses.
SPEECH_ACTS_R8 = [
    # readiness to take unnamed measures, stated for the future, is a warning to whoever acts
    pytest.param("Tehran will not hesitate to take all necessary measures to protect its "
                 "borders, the ministry said.", ("THREATEN", {"Iran"}, set()),
                 "Tehran did not hesitate to take in refugees from the border towns.",
                 ("THREATEN", set(), set()), id="not-hesitate-to-take-measures"),
    pytest.param("Washington would not hesitate to do whatever is needed to defend its troops, "
                 "the Pentagon said.", ("THREATEN", {"United States"}, set()),
                 "Baghdad will not hesitate to take steps to help the displaced families.",
                 ("THREATEN", set(), set()), id="not-hesitate-to-do-whatever"),
    # a control verb that reports a clause ("vowed that X would pay") threatens X
    pytest.param("Kata'ib Hezbollah vowed that the American forces would pay a heavy price for "
                 "the raid.", ("THREATEN", {"Kata'ib Hezbollah"}, set()),
                 "Kata'ib Hezbollah vowed that the families of its fighters would receive help.",
                 ("THREATEN", set(), set()), id="vowed-that-x-will-pay"),
    pytest.param("The Revolutionary Guards answered with defiance, pledging that Israel would "
                 "regret the attack.", ("THREATEN", {"Islamic Revolutionary Guard Corps"}, set()),
                 "The Revolutionary Guards answered with defiance, pledging that their fighters "
                 "would rebuild the base.", ("THREATEN", set(), set()),
                 id="pledging-that-x-will-regret"),
    # a finding of no evidence denies the claim it answers
    pytest.param("The Iraqi army said it had found no evidence that a foreign drone was involved.",
                 ("REJECT", set(), set()),
                 "The Iraqi army said it had found evidence that a drone was launched from the "
                 "desert.", ("REJECT", set(), set()), id="found-no-evidence-that"),
    pytest.param("Iran says it has no proof of American involvement in the blast.",
                 ("REJECT", {"Iran"}, set()),
                 "Rescue teams found no survivors in the wreckage of the depot.",
                 ("REJECT", set(), set()), id="no-proof-of-vs-no-survivors"),
    # haste tells the act done: "rushed to deny", "was quick to blame"
    pytest.param("Tehran was quick to blame Washington for the blast at the port.",
                 ("ACCUSE", {"Iran"}, {"United States"}),
                 "Tehran was quick to thank Washington for the aid sent to the port.",
                 ("ACCUSE", {"Iran"}, {"United States"}), id="quick-to-blame-vs-quick-to-thank"),
    # eager negatives ("wasted no time in", "made no secret of") do not negate the act
    pytest.param("Kata'ib Hezbollah wasted no time in calling the raid an act of aggression.",
                 ("ACCUSE", {"Kata'ib Hezbollah"}, set()),
                 "Kata'ib Hezbollah made no comment on the raid.",
                 ("ACCUSE", set(), set()), id="wasted-no-time-in-calling"),
    # a label the parser reads as a second object ("branded X a violation") still judges X
    pytest.param("Baghdad branded the Turkish raids a breach of its sovereignty.",
                 ("ACCUSE", {"Iraq"}, {"Turkey"}),
                 "The Iraqi government branded the new stamps a national treasure.",
                 ("ACCUSE", set(), set()), id="branded-x-a-violation"),
    pytest.param("Tehran labelled the sanctions an act of economic terrorism.",
                 ("ACCUSE", {"Iran"}, set()),
                 "Tehran labelled the crates a gift for the children.",
                 ("ACCUSE", set(), set()), id="labelled-x-an-act-of"),
    # a quoted label ("condemned what it described as X") is a judgement of an unnamed act
    pytest.param("Tehran condemned what it described as a flagrant breach of diplomatic rules.",
                 ("ACCUSE", {"Iran"}, set()),
                 "Tehran welcomed what it described as a new chapter in relations.",
                 ("ACCUSE", set(), set()), id="condemned-what-it-called"),
    # a label naming a harmful aim accuses ("an attempt to damage ties"); a benign aim does not
    pytest.param("Baghdad termed the episode a plot to wreck its relations with Ankara.",
                 ("ACCUSE", {"Iraq"}, set()),
                 "Baghdad termed the visit an effort to improve its relations with Ankara.",
                 ("ACCUSE", set(), set()), id="a-plot-to-wreck"),
    pytest.param("Kata'ib Hezbollah called the shooting a bid to undermine the truce.",
                 ("ACCUSE", {"Kata'ib Hezbollah"}, set()),
                 "Kata'ib Hezbollah called the meeting a bid to strengthen the truce.",
                 ("ACCUSE", set(), set()), id="a-bid-to-undermine"),
    # hostile conduct a report lays on a named party accuses it
    pytest.param("Iraq's foreign minister said Iran was meddling in Iraq's internal affairs.",
                 ("ACCUSE", set(), {"Iran"}),
                 "Iraq's foreign minister said Iran was not meddling in Iraq's internal affairs.",
                 ("ACCUSE", set(), {"Iran"}), id="said-x-was-meddling"),
    pytest.param("The Kurdish premier warned that Turkey was stirring up unrest in Kirkuk.",
                 ("ACCUSE", set(), {"Turkey"}),
                 "The Kurdish premier said Turkey was stirring up interest among investors.",
                 ("ACCUSE", set(), {"Turkey"}), id="stirring-up-unrest"),
    # a promised consequence ("there will be a crushing response") and denied impunity threaten
    pytest.param("The Revolutionary Guards warned that there would be a crushing response to "
                 "any Israeli aggression.", ("THREATEN", {"Islamic Revolutionary Guard Corps"},
                                             {"Israel"}),
                 "The Revolutionary Guards said there would be a parade in Tehran on Friday.",
                 ("THREATEN", set(), set()), id="there-will-be-a-response"),
    pytest.param("Washington warned that those who attack American troops will not get away "
                 "with it.", ("THREATEN", {"United States"}, set()),
                 "Washington said the smugglers got away with the cargo.",
                 ("THREATEN", set(), set()), id="will-not-get-away-with-it"),
    # refusing to tolerate whoever acts against one is a warning; whoever helps, not
    pytest.param("The Iraqi government warned it would not tolerate those who threaten diplomats.",
                 ("THREATEN", {"Iraqi government"}, set()),
                 "The Iraqi government said it would not forget those who helped the displaced.",
                 ("THREATEN", set(), set()), id="not-tolerate-those-who"),
    # a reported state ("the state will not tolerate ...") speaks through its official
    pytest.param("Mustafa al-Kadhimi praised the troops. He said the country will never "
                 "tolerate those who attack diplomats.",
                 ("THREATEN", {"Mustafa al-Kadhimi"}, {"those who attack diplomats"}),
                 "Mustafa al-Kadhimi praised the troops. He said the country will never "
                 "tolerate those who attack diplomats.", ("THREATEN", {"the country"}, set()),
                 id="the-state-will-not-tolerate"),
    # a judgement expounded by someone inside a quote is theirs, not the quoting body's
    pytest.param('"Antony Blinken explained how the raid was also an assault on the sovereignty '
                 'of Iraq," the State Department added.', ("ACCUSE", {"Antony Blinken"}, set()),
                 '"Antony Blinken explained how the raid was also an assault on the sovereignty '
                 'of Iraq," the State Department added.',
                 ("ACCUSE", {"U.S. Department of State"}, set()), id="explained-how-x-was-y"),
    # "the Guard(s)" after the Revolutionary Guards is that body; "a guard" is nobody's
    pytest.param("The Revolutionary Guards buried two officers. The Guard said there will be "
                 "a severe answer to any attack from Israel.",
                 ("THREATEN", {"Islamic Revolutionary Guard Corps"}, {"Israel"}),
                 "The Revolutionary Guards fired missiles at Erbil. The guard said he would be "
                 "ready to respond to any attack from Israel.",
                 ("THREATEN", {"Islamic Revolutionary Guard Corps"}, set()),
                 id="the-guard-is-the-guards"),
    # a vow of revenge that names no one is aimed at who attacked the vower in the story
    pytest.param("U.S. aircraft hit three Kata'ib Hezbollah depots near Qaim overnight. The "
                 "militia buried eleven fighters on Friday and vowed revenge.",
                 ("THREATEN", {"Kata'ib Hezbollah"}, {"United States"}),
                 "U.S. aircraft hit three Kata'ib Hezbollah depots near Qaim overnight. Iran "
                 "vowed revenge.", ("THREATEN", {"Iran"}, {"United States"}),
                 id="vowed-revenge-on-the-attacker"),
    pytest.param("U.S. drones struck a convoy of Kata'ib Sayyid al-Shuhada near al-Qaim. The "
                 "militia vowed to retaliate.",
                 ("THREATEN", {"Kata'ib Sayyid al-Shuhada"}, {"United States"}),
                 "U.S. drones struck a convoy of Kata'ib Sayyid al-Shuhada near al-Qaim. The "
                 "militia vowed to rebuild.", ("THREATEN", set(), set()),
                 id="vowed-to-retaliate-on-the-attacker"),
    # acts of a kind judged ("attacks on X are unacceptable"): an accusation, no attack told
    pytest.param("Iraq's government said attacks on diplomatic missions were unacceptable.",
                 ("ACCUSE", {"Iraqi government"}, set()),
                 "Iraq's government said attacks on diplomatic missions were unacceptable.",
                 ("ASSAULT", set(), set()), id="attacks-on-x-are-unacceptable"),
    # a judgement of the story's act aims at its author
    pytest.param("Turkish jets struck villages near Duhok on Monday. Iraq's government said the "
                 "strikes were illegal.", ("ACCUSE", {"Iraqi government"}, {"Turkey"}),
                 "Turkish jets struck villages near Duhok on Monday. Iraq's government said the "
                 "strikes were over.", ("ACCUSE", {"Iraqi government"}, set()),
                 id="the-strikes-were-illegal"),
    # blame for an attack names the attacker, not the author of the story's other acts
    pytest.param("Iran blamed Washington for the raid on the depot. Three activists were "
                 "detained in Basra on Monday.", ("ACCUSE", {"Iran"}, {"United States"}),
                 "Iran blamed Washington for the raid on the depot. Three activists were "
                 "detained in Basra on Monday.", ("COERCE", {"United States"}, set()),
                 id="blame-names-the-attacker-only"),
]


# (positive sentence, (type, actors, targets) it must give,
#  negative sentence, (type, actors, targets) it must NOT give)
CLASSES = (SETTLEMENTS + CONTACT_PURPOSES + DOCUMENTS + PARTIES + REFUSED_REQUESTS
           + ENDED_MEASURES + OTHER_VERBS + INITIALISMS + ORDERS + SPEECH_ACTS_R7
           + SPEECH_ACTS_R8)


@pytest.mark.parametrize(("pos", "want", "neg", "unwanted"), CLASSES)
def test_event_classes(ctx, pos: str, want: tuple, neg: str, unwanted: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    got = _coded(ctx, pos)
    assert has(got, *want), got
    bad = _coded(ctx, neg)
    assert not has(bad, *unwanted), bad


# Haste and eager negatives keep the act asserted; a purpose infinitive does not.
HASTE = [
    ("Iran rushed to deny that its drones had hit the tanker.", "REJECT", "asserted"),
    ("The ministry hastened to condemn the shelling of the Kurdish villages.", "ACCUSE",
     "asserted"),
    ("Iran may rush to deny that its drones had hit the tanker.", "REJECT", "hypothetical"),
    ("Iraq wasted no time in condemning the Turkish strikes on Duhok.", "ACCUSE", "asserted"),
    ("Iraq issued no condemnation of the Turkish strikes on Duhok.", "ACCUSE", "negated"),
]


@pytest.mark.parametrize(("text", "type_", "modality"), HASTE)
def test_haste_keeps_the_act_asserted(ctx, text: str, type_: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    from brinkwatch.pipeline import process

    article = Article(id=text_id(text), origin="test", text=text, published="2025-06-02")
    got = [(e.type, e.modality) for e in process(article, ctx).events]
    assert (type_, modality) in got, got
