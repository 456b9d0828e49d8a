"""The trigger lexicon of events.rules.v1: verbs and nouns that express PLOVER events.

Written from the PLOVER 2021 codebook and CAMEO 1.1b3 category descriptions (their verbs,
synonyms and the nouns that name the same acts), not from any benchmark sentence.

Each line of the tables below is one *sense*::

    lemma[@prt] TYPE mode weight [obj=a,b,c] [xcomp]

- ``@prt``: the sense needs a particle or preposition child with that lemma
  ("pull@out", "call@for", "crack@down");
- ``mode``: a PLOVER mode of TYPE or ``-``;
- ``weight``: the confidence the rule gives the event (0-1);
- ``obj=``: the sense needs a direct object (or, for nouns, a modifier) whose lemma is in the
  list ("impose obj=sanction" -> SANCTION; "lift obj=sanction" -> CONCEDE);
- ``xcomp``: a control verb whose complement carries the event ("refuse to meet" -> REJECT,
  "vow to strike" -> THREATEN); see :data:`CONTROL`.

Look-ups are dictionary look-ups by lemma (:func:`verb_senses`, :func:`noun_senses`).
"""

from __future__ import annotations

from dataclasses import dataclass

from brinkwatch.extract.ontology import event_type


@dataclass(frozen=True, slots=True, kw_only=True)
class Sense:
    lemma: str
    pos: str  # "V" or "N"
    type: str  # PLOVER type
    mode: str | None = None
    weight: float = 0.7
    prt: str | None = None  # required particle / preposition child
    obj: frozenset[str] = frozenset()  # required object (verb) or modifier (noun) lemmas


# Object lemma groups used by several senses.
_SANC = "sanction,embargo,tariff,penalty,restriction,measure,ban,freeze"
_ARMS = "weapon,arm,missile,rocket,drone,ammunition,munition,equipment,gun,rifle,artillery,tank"
_TROOPS = "troop,force,soldier,warship,ship,carrier,jet,aircraft,plane,bomber,fighter,unit,division,battalion,brigade,reinforcement,marine,army,navy,destroyer,submarine,military,personnel,battery"
_AIDN = "aid,assistance,help,support,relief,supply,food,medicine,fund,funding,money,loan,grant,donation,vaccine,shelter,dollar,million,billion,euro,pound,equipment,ton,tonne,medication,tent,blanket"
_TALKS = "talk,meeting,discussion,consultation,negotiation,summit,conversation,dialogue,call,conference,session,round,visit"
_DEAL = "agreement,deal,accord,treaty,pact,settlement,compromise,understanding,consensus,ceasefire,truce,memorandum,contract,protocol,arrangement,framework,declaration,charter"
_ACCN = "investigation,inquiry,probe,lawsuit,suit,case,charge,complaint,indictment,accusation,allegation,criticism,condemnation,protest,objection"
_PRIS = "prisoner,hostage,detainee,captive,activist,journalist,dissident,soldier,national,citizen,sailor,crew,fighter"
_RELS = "tie,relation,contact,cooperation,link,diplomatic,embassy"

VERB_TABLE = f"""
# ---- ASSAULT
attack ASSAULT - 0.9
assault ASSAULT - 0.9
strike ASSAULT aerial 0.8
airstrike ASSAULT aerial 0.9
bomb ASSAULT aerial 0.9
shell ASSAULT heavy-weapons 0.9
bombard ASSAULT heavy-weapons 0.9
pound ASSAULT heavy-weapons 0.7
rocket ASSAULT explosives 0.8
mortar ASSAULT explosives 0.8
shoot ASSAULT firearms 0.85
gun@down ASSAULT firearms 0.9
fire@at ASSAULT firearms 0.85
fire@on ASSAULT firearms 0.85
fire@upon ASSAULT firearms 0.85
fire ASSAULT explosives 0.8 obj={"rocket,missile,mortar,shell,shot,round,projectile,bullet,gun,weapon,salvo,volley,tear"}
open ASSAULT firearms 0.85 obj=fire
launch ASSAULT - 0.85 obj={"attack,strike,airstrike,offensive,assault,raid,operation,missile,rocket,drone,bombardment,invasion,incursion,war,campaign,counteroffensive,counterattack"}
carry ASSAULT - 0.85 obj={"attack,strike,airstrike,assault,raid,bombing,operation,shooting,ambush,assassination,massacre,killing"}
conduct ASSAULT - 0.85 obj={"attack,strike,airstrike,assault,raid,bombing,operation,shooting,ambush"}
mount ASSAULT - 0.8 obj={"attack,assault,raid,offensive,operation,ambush"}
stage ASSAULT - 0.8 obj={"attack,assault,raid,offensive,ambush,coup"}
wage ASSAULT - 0.8 obj={"war,attack,campaign,offensive,jihad,battle"}
kill ASSAULT - 0.85
murder ASSAULT - 0.85
slay ASSAULT - 0.85
assassinate ASSAULT targeted 0.9
behead ASSAULT primitive 0.9
massacre ASSAULT - 0.9
slaughter ASSAULT - 0.9
execute ASSAULT targeted 0.6
wound ASSAULT - 0.75
injure ASSAULT - 0.7
ambush ASSAULT firearms 0.9
raid ASSAULT - 0.75
storm ASSAULT - 0.8
invade ASSAULT heavy-weapons 0.9
overrun ASSAULT heavy-weapons 0.85
hit ASSAULT - 0.6
target ASSAULT - 0.6
fight ASSAULT - 0.6
clash ASSAULT - 0.75
battle ASSAULT - 0.6
torture ASSAULT primitive 0.85
beat ASSAULT primitive 0.6
stab ASSAULT primitive 0.85
rape ASSAULT sexual 0.9
abduct ASSAULT abduct 0.9
kidnap ASSAULT abduct 0.9
hijack ASSAULT abduct 0.85
take ASSAULT abduct 0.8 obj={"hostage,captive"}
hold ASSAULT abduct 0.7 obj={"hostage,captive"}
detonate ASSAULT explosives 0.85
blow@up ASSAULT explosives 0.85
destroy ASSAULT - 0.6
raze ASSAULT - 0.8
torch ASSAULT - 0.7
loot ASSAULT - 0.6
gas ASSAULT CBRN 0.7
poison ASSAULT CBRN 0.7
retaliate ASSAULT - 0.6
down ASSAULT - 0.7
shoot@down ASSAULT - 0.85
intercept ASSAULT - 0.4
ram ASSAULT primitive 0.6
lynch ASSAULT primitive 0.85
terrorize ASSAULT - 0.6
# ---- COERCE
arrest COERCE arrest 0.9
detain COERCE arrest 0.9
imprison COERCE arrest 0.9
jail COERCE arrest 0.9
incarcerate COERCE arrest 0.9
apprehend COERCE arrest 0.85
capture COERCE arrest 0.8 obj={"suspect,man,woman,leader,member,militant,fighter,soldier,commander,rebel,official,people,person,journalist,activist,individual,citizen,national"}
capture ASSAULT heavy-weapons 0.7
take@over ASSAULT heavy-weapons 0.6
violate ASSAULT - 0.8 obj={"ceasefire,truce,armistice,airspace,border,sovereignty,territory"}
breach ASSAULT - 0.8 obj={"ceasefire,truce,armistice,airspace,border"}
nab COERCE arrest 0.8
round@up COERCE arrest 0.85
hold COERCE arrest 0.4 obj={"prisoner,detainee,suspect,activist,journalist,person,people,man,woman"}
sentence COERCE arrest 0.7
seize COERCE seize 0.8
confiscate COERCE seize 0.85
impound COERCE seize 0.85
expropriate COERCE seize 0.85
nationalize COERCE seize 0.6
occupy COERCE seize 0.6
annex COERCE seize 0.8
expel COERCE expel 0.8
deport COERCE expel 0.9
evict COERCE expel 0.8
exile COERCE expel 0.8
ban COERCE restrict 0.8
outlaw COERCE restrict 0.8
prohibit COERCE restrict 0.75
bar COERCE restrict 0.6
restrict COERCE restrict 0.6
curb COERCE restrict 0.55
block COERCE restrict 0.5
blockade COERCE restrict 0.8
besiege COERCE restrict 0.8
confine COERCE restrict 0.6
impose COERCE restrict 0.8 obj={"curfew,ban,blockade,restriction,siege,lockdown,control,closure,martial,limit,censorship"}
censor COERCE censor 0.85
shut@down COERCE censor 0.6
close COERCE censor 0.5 obj={"newspaper,channel,station,outlet,website,office,paper,bureau,school,mosque,church,border,crossing,airspace,port"}
suspend COERCE censor 0.6 obj={"publication,broadcast,license,licence,newspaper,channel"}
suppress COERCE repress 0.8
repress COERCE repress 0.85
crack@down COERCE repress 0.85
quell COERCE repress 0.8
disperse COERCE repress 0.8
persecute COERCE repress 0.85
harass COERCE repress 0.7
oppress COERCE repress 0.85
overthrow COERCE - 0.7
oust COERCE - 0.6
depose COERCE - 0.7
topple COERCE - 0.6
demolish COERCE - 0.6
hack COERCE cyber 0.7
force COERCE - 0.5
compel COERCE - 0.5
fine COERCE - 0.5
# ---- SANCTION
sanction SANCTION economic 0.9
embargo SANCTION economic 0.9
blacklist SANCTION economic 0.9
designate SANCTION economic 0.6
penalize SANCTION economic 0.6
impose SANCTION economic 0.9 obj={"sanction,embargo,tariff,penalty,duty,levy,fine,measure"}
slap SANCTION economic 0.85 obj={"sanction,embargo,tariff,penalty,duty"}
tighten SANCTION economic 0.7 obj={"sanction,embargo,restriction,pressure"}
extend SANCTION economic 0.6 obj={"sanction,embargo"}
freeze SANCTION economic 0.8 obj={"asset,account,fund,aid,funding,cooperation,relation,tie,contact"}
sever SANCTION relations 0.9
cut SANCTION relations 0.8 obj={_RELS},aid,funding,assistance,supply,export,import,oil,gas,electricity,budget
cut@off SANCTION relations 0.8
break@off SANCTION relations 0.8 obj={_RELS},talk,negotiation
downgrade SANCTION relations 0.85
recall SANCTION relations 0.85 obj={"ambassador,envoy,diplomat,representative,mission"}
expel SANCTION expel 0.9 obj={"ambassador,envoy,diplomat,attache,consul,mission,inspector,observer,monitor,peacekeeper,worker,agency,staff,organization,organisation,ngo,correspondent"}
suspend SANCTION aid 0.75 obj={"aid,assistance,funding,payment,supply,export,import,flight,cooperation,membership,relation,tie,loan,program,programme,delivery,shipment,trade"}
halt SANCTION aid 0.7 obj={"aid,assistance,funding,payment,supply,export,import,flight,cooperation,loan,delivery,shipment,trade,sale"}
reduce SANCTION aid 0.75 obj={"aid,assistance,funding,presence,cooperation,relation,tie,staff,import,export"}
withhold SANCTION aid 0.8
boycott SANCTION boycott 0.6
declare RETREAT ceasefire 0.85 obj={"ceasefire,truce,cessation,armistice"}
announce RETREAT ceasefire 0.8 obj={"ceasefire,truce,cessation,armistice,withdrawal"}
cease RETREAT ceasefire 0.8
stop RETREAT ceasefire 0.6 obj={"fighting,attack,strike,offensive,operation,shelling,bombing,hostility"}
halt RETREAT ceasefire 0.7 obj={"fighting,attack,strike,offensive,operation,shelling,bombing,hostility,advance"}
declare SANCTION emergency 0.7 obj={"emergency,law,curfew"}
withdraw SANCTION expel 0.85 obj={"ambassador,envoy,recognition,accreditation,support,funding,aid,membership,peacekeeper,observer,monitor,inspector,diplomat,staff"}
# ---- MOBILIZE
mobilize MOBILIZE troops 0.85
mobilise MOBILIZE troops 0.85
deploy MOBILIZE troops 0.8
amass MOBILIZE troops 0.85
mass MOBILIZE troops 0.7
station MOBILIZE troops 0.7
reinforce MOBILIZE troops 0.75
dispatch MOBILIZE troops 0.7 obj={_TROOPS}
send MOBILIZE troops 0.6 obj={_TROOPS}
move MOBILIZE troops 0.6 obj={_TROOPS}
position MOBILIZE troops 0.6 obj={_TROOPS}
scramble MOBILIZE troops 0.7 obj={_TROOPS}
beef@up MOBILIZE troops 0.8
build@up MOBILIZE troops 0.7
bolster MOBILIZE troops 0.6 obj={_TROOPS},presence,defence,defense,security
boost MOBILIZE troops 0.6 obj={_TROOPS},presence,security
increase MOBILIZE troops 0.6 obj={_TROOPS},presence,patrol
fortify MOBILIZE troops 0.7
alert MOBILIZE alert 0.6
test MOBILIZE weapons 0.6 obj={"missile,rocket,weapon,bomb,device,warhead"}
patrol MOBILIZE police 0.5
remain MOBILIZE alert 0.6 obj=alert
put MOBILIZE alert 0.6 obj=alert
raise MOBILIZE alert 0.6 obj={"alert,readiness,level"}
# ---- PROTEST
protest PROTEST demonstrate 0.8
demonstrate PROTEST demonstrate 0.75
rally PROTEST demonstrate 0.7
march PROTEST demonstrate 0.6
riot PROTEST riot 0.9
picket PROTEST obstruct 0.8
stage PROTEST demonstrate 0.85 obj={"protest,demonstration,rally,march,strike,sit,walkout,boycott"}
hold PROTEST demonstrate 0.8 obj={"protest,demonstration,rally,march,vigil,sit"}
go@on PROTEST strike 0.5 obj=strike
# ---- THREATEN
threaten THREATEN violence 0.9
warn THREATEN - 0.85
caution THREATEN - 0.6
menace THREATEN - 0.7
intimidate THREATEN - 0.7
issue THREATEN - 0.85 obj={"warning,threat,ultimatum"}
give THREATEN ultimatum 0.8 obj={"ultimatum,deadline"}
set THREATEN ultimatum 0.7 obj={"deadline,ultimatum"}
# ---- ACCUSE
accuse ACCUSE allege 0.9
blame ACCUSE allege 0.9
allege ACCUSE allege 0.6
condemn ACCUSE disapprove 0.9
criticize ACCUSE disapprove 0.9
criticise ACCUSE disapprove 0.9
denounce ACCUSE disapprove 0.9
decry ACCUSE disapprove 0.9
deplore ACCUSE disapprove 0.85
slam ACCUSE disapprove 0.8
blast ACCUSE disapprove 0.6
lambaste ACCUSE disapprove 0.9
rebuke ACCUSE disapprove 0.9
censure ACCUSE disapprove 0.9
castigate ACCUSE disapprove 0.9
chide ACCUSE disapprove 0.85
scold ACCUSE disapprove 0.85
reprimand ACCUSE disapprove 0.85
assail ACCUSE disapprove 0.8
vilify ACCUSE disapprove 0.85
fault ACCUSE disapprove 0.7
question ACCUSE disapprove 0.4
dispute ACCUSE disapprove 0.6
refute ACCUSE disapprove 0.7
challenge ACCUSE disapprove 0.6
contest ACCUSE disapprove 0.5
ridicule ACCUSE disapprove 0.8
mock ACCUSE disapprove 0.7
insult ACCUSE disapprove 0.8
lash@out ACCUSE disapprove 0.85
complain ACCUSE disapprove 0.7
protest ACCUSE disapprove 0.5 obj={"decision,move,policy,action,arrest,detention,killing,treatment,plan,visit,law,ruling"}
object@to ACCUSE disapprove 0.7
disapprove ACCUSE disapprove 0.8
summon ACCUSE disapprove 0.6 obj={"ambassador,envoy,diplomat,charge,attache,chargé"}
investigate ACCUSE investigate 0.85
probe ACCUSE investigate 0.8
charge ACCUSE legal 0.75
indict ACCUSE legal 0.9
sue ACCUSE legal 0.9
prosecute ACCUSE legal 0.85
convict ACCUSE legal 0.85
impeach ACCUSE legal 0.85
extradite ACCUSE legal 0.5
brand ACCUSE allege 0.6
label ACCUSE allege 0.5
file ACCUSE legal 0.85 obj={"lawsuit,suit,complaint,charge,case,petition,appeal,motion,claim,protest"}
bring ACCUSE legal 0.8 obj={"charge,lawsuit,suit,case,accusation,indictment"}
level ACCUSE allege 0.85 obj={"charge,accusation,allegation,criticism"}
lodge ACCUSE disapprove 0.85 obj={"complaint,protest,objection,appeal"}
open ACCUSE investigate 0.8 obj={"investigation,inquiry,probe,case"}
launch ACCUSE investigate 0.8 obj={"investigation,inquiry,probe,lawsuit"}
order ACCUSE investigate 0.8 obj={"investigation,inquiry,probe"}
begin ACCUSE investigate 0.75 obj={"investigation,inquiry,probe"}
express ACCUSE disapprove 0.8 obj={"concern,outrage,anger,dismay,displeasure,regret,condemnation,disapproval,indignation,frustration,alarm,disappointment"}
voice SUPPORT endorse 0.85 obj={"support,solidarity"}
reiterate SUPPORT endorse 0.8 obj={"support,solidarity,commitment"}
voice ACCUSE disapprove 0.8 obj={"concern,outrage,anger,dismay,displeasure,condemnation,disapproval,criticism,frustration,alarm,disappointment,objection"}
# ---- REJECT
reject REJECT proposal 0.9
refuse REJECT request 0.9
decline REJECT request 0.7
deny REJECT request 0.6
dismiss REJECT proposal 0.75
rebuff REJECT proposal 0.9
spurn REJECT proposal 0.9
repudiate REJECT proposal 0.85
renounce REJECT proposal 0.7
veto REJECT veto 0.9
oppose REJECT proposal 0.7
resist REJECT defy 0.6
defy REJECT defy 0.85
disobey REJECT defy 0.85
snub REJECT mediation 0.8
ignore REJECT defy 0.6
disregard REJECT defy 0.6
boycott REJECT mediation 0.6 obj={"talk,meeting,election,summit,conference,vote,session,negotiation,ceremony,forum,poll"}
walk@out REJECT mediation 0.7
turn@down REJECT request 0.85
scrap REJECT proposal 0.7
cancel REJECT proposal 0.6
call@off CONCEDE policy 0.8 obj={"strike,protest,boycott,blockade,demonstration,sit,march,rally,walkout"}
call@off REJECT mediation 0.6
overturn REJECT proposal 0.6
overrule REJECT proposal 0.7
quash REJECT proposal 0.6
annul REJECT proposal 0.6
revoke REJECT proposal 0.5
suspend SANCTION relations 0.8 obj={"talk,negotiation,dialogue,meeting,participation,mediation,effort,link,contact"}
end SANCTION relations 0.75 obj={"talk,negotiation,dialogue,mediation,effort,cooperation,relation,tie,mission"}
halt SANCTION relations 0.75 obj={"talk,negotiation,dialogue,mediation"}
fail REJECT request 0.4
block REJECT veto 0.6 obj={"resolution,bill,deal,proposal,plan,motion,move,vote,appointment,nomination,attempt,bid,measure,sale,agreement,accession,membership"}
# ---- REQUEST
ask REQUEST appeal 0.8
request REQUEST appeal 0.85
urge REQUEST appeal 0.9
call@on REQUEST appeal 0.9
call@upon REQUEST appeal 0.9
call@for REQUEST appeal 0.9
appeal REQUEST appeal 0.85
plead REQUEST appeal 0.8
implore REQUEST appeal 0.85
beg REQUEST appeal 0.8
petition REQUEST appeal 0.8
press REQUEST demand 0.7
pressure REQUEST demand 0.7
pressurize REQUEST demand 0.7
push@for REQUEST demand 0.8
lobby REQUEST appeal 0.7
demand REQUEST demand 0.9
insist REQUEST demand 0.6
order REQUEST demand 0.75
instruct REQUEST demand 0.7
direct REQUEST demand 0.4
require REQUEST demand 0.5
summon REQUEST demand 0.5
encourage REQUEST appeal 0.6
invite REQUEST appeal 0.6
seek REQUEST aid 0.75
solicit REQUEST aid 0.8
# ---- AGREE
agree AGREE - 0.85
agree SUPPORT settle 0.85 obj={_DEAL},text,draft,term
accept CONCEDE policy 0.85 obj={"demand,request,condition,term,resignation,ultimatum"}
approve CONCEDE policy 0.7 obj={"request,demand,release,appeal,petition,application"}
accept AGREE - 0.8
consent AGREE - 0.8
sign SUPPORT settle 0.85 obj={_DEAL}
sign AGREE - 0.5
ink SUPPORT settle 0.8 obj={_DEAL}
conclude SUPPORT settle 0.8 obj={_DEAL}
reach SUPPORT settle 0.85 obj={_DEAL}
strike SUPPORT settle 0.85 obj={_DEAL}
seal SUPPORT settle 0.85 obj={_DEAL}
broker SUPPORT settle 0.8
ratify SUPPORT settle 0.85
approve AGREE - 0.6
promise AGREE promise 0.7
pledge AGREE promise 0.7
vow AGREE promise 0.6
commit AGREE promise 0.6
offer AGREE promise 0.6
propose AGREE promise 0.5
settle SUPPORT settle 0.7
comply AGREE - 0.6
abide AGREE - 0.6
# ---- CONSULT
meet CONSULT visit 0.85
visit CONSULT visit 0.85
host CONSULT host 0.8
receive CONSULT host 0.5
talk CONSULT - 0.7
discuss CONSULT - 0.75
negotiate CONSULT - 0.85
consult CONSULT - 0.85
confer CONSULT - 0.8
phone CONSULT phone 0.85
telephone CONSULT phone 0.85
call CONSULT phone 0.5
mediate CONSULT third-party 0.85
convene CONSULT multilateral 0.75
hold CONSULT - 0.85 obj={_TALKS}
have CONSULT - 0.6 obj={_TALKS}
attend CONSULT multilateral 0.6 obj={"summit,conference,meeting,talk,session,forum"}
engage CONSULT - 0.5 obj={"talk,dialogue,negotiation,discussion"}
travel CONSULT visit 0.5
arrive CONSULT visit 0.45
welcome CONSULT host 0.4
# ---- SUPPORT
support SUPPORT endorse 0.8
back SUPPORT endorse 0.7
endorse SUPPORT endorse 0.85
praise SUPPORT praise 0.9
commend SUPPORT praise 0.9
hail SUPPORT praise 0.85
laud SUPPORT praise 0.9
applaud SUPPORT praise 0.85
salute SUPPORT praise 0.8
welcome SUPPORT praise 0.7
congratulate SUPPORT praise 0.9
thank SUPPORT praise 0.85
appreciate SUPPORT praise 0.7
defend SUPPORT endorse 0.6
champion SUPPORT endorse 0.7
recognize SUPPORT recognize 0.7
recognise SUPPORT recognize 0.7
apologize SUPPORT apologize 0.85
apologise SUPPORT apologize 0.85
forgive SUPPORT - 0.7
express SUPPORT endorse 0.8 obj={"support,solidarity,gratitude,appreciation,condolence,sympathy,thanks,confidence,hope,readiness,willingness,desire,commitment,interest"}
pledge SUPPORT endorse 0.8 obj={"support,solidarity"}
reaffirm SUPPORT endorse 0.6
upgrade SUPPORT recognize 0.8 obj={_RELS},relationship
exchange SUPPORT recognize 0.7 obj={"ambassador,envoy"}
respect SUPPORT endorse 0.6
award SUPPORT praise 0.7
honor SUPPORT praise 0.7
honour SUPPORT praise 0.7
establish SUPPORT recognize 0.8 obj={_RELS},relationship,embassy
restore SUPPORT recognize 0.7 obj={_RELS},relationship
normalize SUPPORT recognize 0.8
normalise SUPPORT recognize 0.8
# ---- CONCEDE
release CONCEDE release 0.85
free CONCEDE release 0.85
pardon CONCEDE release 0.85
acquit CONCEDE release 0.6
exonerate CONCEDE release 0.6
let@go CONCEDE release 0.7
let@free CONCEDE release 0.8
lift CONCEDE ease 0.85 obj={_SANC},blockade,curfew,siege,lockdown,suspension,veto,state
ease CONCEDE ease 0.75 obj={_SANC},blockade,curfew,siege,lockdown,tension,pressure,control
relax CONCEDE ease 0.75
loosen CONCEDE ease 0.7
unfreeze CONCEDE ease 0.8
drop CONCEDE policy 0.7 obj={"charge,case,demand,objection,opposition,claim,plan,sanction,lawsuit,suit,bid"}
waive CONCEDE ease 0.7
resign CONCEDE leadership 0.85
step@down CONCEDE leadership 0.85
quit CONCEDE leadership 0.5
abdicate CONCEDE leadership 0.85
return CONCEDE policy 0.6
hand@over CONCEDE policy 0.7
handover CONCEDE policy 0.7
concede CONCEDE policy 0.75
yield CONCEDE policy 0.6
relent CONCEDE policy 0.8
cave CONCEDE policy 0.7
end CONCEDE policy 0.75 obj={"strike,protest,boycott,blockade,siege,sit,occupation,hunger,embargo,ban,sanction,restriction,curfew,lockdown,detention"}
reverse CONCEDE policy 0.7 obj={"decision,policy,ban,order,ruling,course"}
repeal CONCEDE ease 0.8
rescind CONCEDE ease 0.8
pay CONCEDE compensate 0.7 obj={"compensation,reparation,damage,ransom,indemnity"}
reduce CONCEDE ease 0.75 obj={"tariff,sanction,restriction,duty,penalty,sentence"}
commute CONCEDE release 0.8
spare CONCEDE release 0.6
back@down CONCEDE policy 0.8
allow CONCEDE policy 0.5
permit CONCEDE policy 0.5
grant CONCEDE policy 0.6
reinstate CONCEDE policy 0.6
compensate CONCEDE compensate 0.7
repatriate CONCEDE release 0.6
# ---- RETREAT
withdraw RETREAT withdraw 0.8
pull@out RETREAT withdraw 0.85
pull@back RETREAT withdraw 0.85
pull RETREAT withdraw 0.7 obj={_TROOPS}
retreat RETREAT withdraw 0.85
evacuate AID humanitarian 0.6
vacate RETREAT withdraw 0.7
leave RETREAT withdraw 0.3
disarm RETREAT disarm 0.85
demobilize RETREAT disarm 0.85
demobilise RETREAT disarm 0.85
disband RETREAT disarm 0.8
decommission RETREAT disarm 0.8
surrender RETREAT disarm 0.8
lay@down RETREAT disarm 0.85
reopen RETREAT access 0.7
open RETREAT access 0.6 obj={"border,crossing,airspace,port,corridor,road,route,airport"}
de-escalate RETREAT - 0.8
deescalate RETREAT - 0.8
# ---- COOPERATE
cooperate COOPERATE - 0.8
collaborate COOPERATE - 0.8
coordinate COOPERATE - 0.7
partner COOPERATE - 0.7
team@up COOPERATE - 0.8
join@forces COOPERATE - 0.8
ally COOPERATE - 0.7
work@with COOPERATE - 0.5
share COOPERATE intelligence 0.8 obj={"intelligence,information,evidence,data,technology,expertise,information,experience,know"}
exchange COOPERATE intelligence 0.6 obj={"intelligence,information,evidence,data,prisoner,expertise,experience,visit"}
extradite COOPERATE judicial 0.4
# ---- AID
aid AID - 0.8
assist AID - 0.75
help AID - 0.6
provide AID - 0.7
supply AID military 0.75
give AID - 0.6 obj={_AIDN},{_ARMS}
send AID - 0.6 obj={_AIDN},{_ARMS},peacekeeper,observer,adviser,advisor,expert,trainer,monitor,team,doctor
deliver AID - 0.7 obj={_AIDN},{_ARMS}
donate AID economic 0.85
fund AID economic 0.8
finance AID economic 0.8
bankroll AID economic 0.8
arm AID military 0.75
equip AID military 0.75
train AID military 0.65
deploy AID protection 0.75 obj={"peacekeeper,observer,monitor,adviser,advisor,trainer,expert,doctor,team"}
contribute AID - 0.7
lend AID economic 0.7
loan AID economic 0.8
allocate AID economic 0.6
disburse AID economic 0.8
raise AID economic 0.6 obj={"money,fund,funding,dollar,million,billion"}
offer AID - 0.75 obj={_AIDN},asylum,refuge,protection
pledge AID economic 0.75 obj={_AIDN}
grant AID asylum 0.8 obj={"asylum,refuge,aid,loan,assistance,protection"}
shelter AID asylum 0.7
rescue AID humanitarian 0.7
subsidize AID economic 0.7
invest AID economic 0.5
airlift AID humanitarian 0.7
fly AID humanitarian 0.6 obj={_AIDN}
hand@over AID - 0.75 obj={_AIDN}
accept AID asylum 0.8 obj={"refugee,migrant,asylum,evacuee,seeker"}
admit AID asylum 0.7 obj={"refugee,migrant,evacuee,seeker"}
resettle AID asylum 0.8
"""

NOUN_TABLE = f"""
# ---- ASSAULT
attack ASSAULT - 0.85
strike ASSAULT aerial 0.8
airstrike ASSAULT aerial 0.9
bombing ASSAULT explosives 0.9
bombardment ASSAULT heavy-weapons 0.9
shelling ASSAULT heavy-weapons 0.9
shooting ASSAULT firearms 0.85
gunfire ASSAULT firearms 0.85
fire ASSAULT explosives 0.7 obj={"rocket,mortar,artillery,missile,gun,sniper,tank,machine,drone"}
assault ASSAULT - 0.85
offensive ASSAULT heavy-weapons 0.8
counteroffensive ASSAULT heavy-weapons 0.8
counterattack ASSAULT - 0.8
raid ASSAULT - 0.75
ambush ASSAULT firearms 0.85
killing ASSAULT - 0.8
assassination ASSAULT targeted 0.9
massacre ASSAULT - 0.9
invasion ASSAULT heavy-weapons 0.85
incursion ASSAULT heavy-weapons 0.8
clash ASSAULT - 0.75
fighting ASSAULT - 0.7
battle ASSAULT - 0.6
war ASSAULT - 0.55
warfare ASSAULT - 0.7
cyberattack COERCE cyber 0.8
action ACCUSE legal 0.6 obj={"legal,court,disciplinary,judicial"}
hostility ASSAULT - 0.6
operation ASSAULT heavy-weapons 0.55 obj={"military,air,ground,combat,counterterrorism,counter,offensive,army,security,full,scale,large"}
campaign ASSAULT heavy-weapons 0.5 obj={"military,air,bombing,ground,offensive,counterterrorism"}
explosion ASSAULT explosives 0.5
blast ASSAULT explosives 0.5
kidnapping ASSAULT abduct 0.85
abduction ASSAULT abduct 0.85
torture ASSAULT primitive 0.8
execution ASSAULT targeted 0.6
bomb ASSAULT explosives 0.5 obj={"car,roadside,suicide,truck"}
# ---- COERCE
arrest COERCE arrest 0.85
detention COERCE arrest 0.8
imprisonment COERCE arrest 0.8
crackdown COERCE repress 0.85
repression COERCE repress 0.8
seizure COERCE seize 0.8
confiscation COERCE seize 0.8
ban COERCE restrict 0.7
curfew COERCE restrict 0.7
blockade COERCE restrict 0.8
siege COERCE restrict 0.8
deportation COERCE expel 0.85
expulsion COERCE expel 0.7
censorship COERCE censor 0.8
occupation COERCE seize 0.5
coup COERCE - 0.7
# ---- SANCTION
sanction SANCTION economic 0.85
embargo SANCTION economic 0.85
tariff SANCTION economic 0.7
boycott SANCTION boycott 0.6
suspension SANCTION aid 0.7
cutoff SANCTION aid 0.7
severance SANCTION relations 0.7
# ---- MOBILIZE
deployment MOBILIZE troops 0.75
mobilization MOBILIZE troops 0.8
mobilisation MOBILIZE troops 0.8
buildup MOBILIZE troops 0.8
build-up MOBILIZE troops 0.8
reinforcement MOBILIZE troops 0.6
# ---- PROTEST
protest PROTEST demonstrate 0.8
demonstration PROTEST demonstrate 0.8
rally PROTEST demonstrate 0.6
march PROTEST demonstrate 0.5
riot PROTEST riot 0.85
unrest PROTEST riot 0.5
sit-in PROTEST obstruct 0.8
strike PROTEST strike 0.85 obj={"hunger,general,labor,labour,worker,nationwide,teacher,union"}
# ---- THREATEN
threat THREATEN - 0.8
warning THREATEN - 0.8
ultimatum THREATEN ultimatum 0.85
# ---- ACCUSE
accusation ACCUSE allege 0.85
allegation ACCUSE allege 0.7
criticism ACCUSE disapprove 0.85
condemnation ACCUSE disapprove 0.85
denunciation ACCUSE disapprove 0.85
investigation ACCUSE investigate 0.75
inquiry ACCUSE investigate 0.7
probe ACCUSE investigate 0.75
lawsuit ACCUSE legal 0.85
indictment ACCUSE legal 0.85
charge ACCUSE legal 0.5
complaint ACCUSE disapprove 0.6
# ---- REJECT
rejection REJECT proposal 0.85
refusal REJECT request 0.85
veto REJECT veto 0.8
opposition REJECT proposal 0.5
denial REJECT request 0.5
# ---- REQUEST
demand REQUEST demand 0.8
request REQUEST appeal 0.8
appeal REQUEST appeal 0.7
call REQUEST appeal 0.6 obj={"for"}
plea REQUEST appeal 0.8
# ---- AGREE
agreement SUPPORT settle 0.6
deal SUPPORT settle 0.5
accord SUPPORT settle 0.6
treaty SUPPORT settle 0.6
pact SUPPORT settle 0.6
memorandum SUPPORT settle 0.6
ceasefire RETREAT ceasefire 0.7
truce RETREAT ceasefire 0.7
cessation RETREAT ceasefire 0.7
pledge AGREE promise 0.6
promise AGREE promise 0.6
# ---- CONSULT
talk CONSULT - 0.8
meeting CONSULT - 0.8
visit CONSULT visit 0.8
summit CONSULT multilateral 0.75
negotiation CONSULT - 0.8
consultation CONSULT - 0.75
discussion CONSULT - 0.7
conversation CONSULT phone 0.7
dialogue CONSULT - 0.7
mediation CONSULT third-party 0.75
call CONSULT phone 0.6 obj={"phone,telephone,video"}
# ---- SUPPORT
praise SUPPORT praise 0.7
endorsement SUPPORT endorse 0.8
recognition SUPPORT recognize 0.6
apology SUPPORT apologize 0.8
condolence SUPPORT praise 0.7
solidarity SUPPORT endorse 0.7
support SUPPORT endorse 0.5
# ---- CONCEDE
release CONCEDE release 0.75
amnesty CONCEDE release 0.75
resignation CONCEDE leadership 0.8
concession CONCEDE policy 0.7
pardon CONCEDE release 0.75
# ---- RETREAT
withdrawal RETREAT withdraw 0.8
pullout RETREAT withdraw 0.85
pull-out RETREAT withdraw 0.85
retreat RETREAT withdraw 0.7
disarmament RETREAT disarm 0.8
demobilization RETREAT disarm 0.8
# ---- COOPERATE
cooperation COOPERATE - 0.6
collaboration COOPERATE - 0.6
coordination COOPERATE - 0.5
partnership COOPERATE - 0.5
exercise COOPERATE military 0.5 obj={"joint,military,naval,war,drill"}
drill COOPERATE military 0.5 obj={"joint,military,naval"}
extradition COOPERATE judicial 0.5
# ---- AID
aid AID - 0.75
assistance AID - 0.75
funding AID economic 0.6
donation AID economic 0.8
loan AID economic 0.6
relief AID humanitarian 0.6
"""

# Verbs whose complement (xcomp "to VERB") carries the event: "refuse to meet" is REJECT
# whatever "meet" is; "vow to strike" is THREATEN (a conflict complement) or AGREE (a
# cooperative one); "plan/try/begin to X" are transparent (the complement's type counts).
CONTROL: dict[str, str] = {
    "refuse": "REJECT", "decline": "REJECT", "fail": "REJECT",
    "threaten": "THREATEN",
    "agree": "AGREE", "consent": "AGREE",
    "vow": "PROMISE", "pledge": "PROMISE", "promise": "PROMISE", "commit": "PROMISE",
    "swear": "PROMISE", "offer": "PROMISE", "resolve": "PROMISE",
    "ask": "REQUEST", "urge": "REQUEST", "call": "REQUEST", "demand": "REQUEST",
    "request": "REQUEST", "order": "REQUEST", "press": "REQUEST", "encourage": "REQUEST",
    "instruct": "REQUEST", "appeal": "REQUEST", "tell": "REQUEST", "invite": "REQUEST",
    "implore": "REQUEST", "pressure": "REQUEST",
}
TRANSPARENT: frozenset[str] = frozenset({
    "plan", "try", "attempt", "begin", "start", "continue", "seek", "decide", "prepare", "intend",
    "aim", "move", "want", "hope", "expect", "set", "poise", "be", "go", "help", "need", "choose",
    "manage", "resume", "keep", "vote", "announce", "propose", "wish", "work", "stand", "ready",
    "seem", "appear", "have", "get", "come", "look", "launch", "use", "take", "step", "reserve",
})

# Speech and cognition verbs: attribution, never events by themselves.
SPEECH: frozenset[str] = frozenset({
    "say", "tell", "state", "add", "note", "report", "announce", "claim", "declare", "explain",
    "write", "tweet", "post", "comment", "remark", "reply", "respond", "insist", "argue",
    "believe", "think", "describe", "confirm", "acknowledge", "indicate", "suggest", "stress",
    "emphasize", "emphasise", "reiterate", "assert", "maintain", "mention", "quote", "cite",
    "show", "reveal", "disclose", "know", "understand", "consider", "see", "hear", "feel",
})

# Light (support) verbs: not events themselves; a nominal trigger in their object is the event,
# and the verb's subject its actor ("issued a warning", "launched strikes", "held talks").
LIGHT: frozenset[str] = frozenset({
    "launch", "carry", "conduct", "stage", "mount", "make", "issue", "hold", "impose", "give",
    "deliver", "file", "level", "lodge", "express", "voice", "begin", "start", "open",
    "announce", "order", "reach", "sign", "offer", "extend", "have", "wage", "unleash", "lead",
    "organize", "organise", "call", "continue", "resume", "intensify", "step", "escalate",
    "perform", "execute", "undertake", "initiate", "plan", "prepare", "send", "slap",
    "seek", "authorize", "authorise", "approve",
})

# Negative/conflict types for the PROMISE control rule and the future-threat rule.
CONFLICT_TYPES: frozenset[str] = frozenset({
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "REJECT", "ACCUSE",
})


def _parse(table: str, pos: str) -> dict[str, tuple[Sense, ...]]:
    out: dict[str, list[Sense]] = {}
    for raw in table.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        head, type_, mode, weight = parts[0], parts[1], parts[2], float(parts[3])
        obj: frozenset[str] = frozenset()
        for extra in parts[4:]:
            if extra.startswith("obj="):
                obj = frozenset(w for w in extra[4:].split(",") if w)
        lemma, _, prt = head.partition("@")
        et = event_type(type_)  # validates the type
        m = None if mode == "-" else mode
        et.mode(m)  # validates the mode
        out.setdefault(lemma, []).append(Sense(lemma=lemma, pos=pos, type=type_, mode=m,
                                               weight=weight, prt=prt or None, obj=obj))
    return {k: tuple(v) for k, v in out.items()}


def _expand_braces(table: str) -> str:
    # f-string braces around group names leave quoted lists: strip the quotes.
    return table.replace('"', "")


VERBS: dict[str, tuple[Sense, ...]] = _parse(_expand_braces(VERB_TABLE), "V")
NOUNS: dict[str, tuple[Sense, ...]] = _parse(_expand_braces(NOUN_TABLE), "N")


def verb_senses(lemma: str) -> tuple[Sense, ...]:
    return VERBS.get(lemma.lower(), ())


def noun_senses(lemma: str) -> tuple[Sense, ...]:
    return NOUNS.get(lemma.lower(), ())
