"""The PLOVER ontology brinkwatch codes to: 16 event types, their modes, quad class,
a Goldstein-like intensity, the CAMEO root alongside, and the PLV root (CONCEDE and
RETREAT are both YIELD in the PLV benchmark).

Everything here is a frozen record or a tuple of them; look-ups go through
:func:`event_type` / :func:`mode_of`, which raise a one-line :class:`ConfigError`
naming the valid options.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from brinkwatch.errors import ConfigError


class Quad(IntEnum):
    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class Mode:
    """A PLOVER mode: how an event of a type was carried out."""

    name: str
    description: str
    intensity: float | None = None  # overrides the type's intensity when set
    cameo: str | None = None  # overrides the type's CAMEO root when set


@dataclass(frozen=True, slots=True, kw_only=True)
class EventType:
    name: str  # PLOVER type
    quad: Quad
    intensity: float  # Goldstein-like, -10 (most hostile) .. +10 (most cooperative)
    cameo: str  # CAMEO root code ("18")
    plv_root: str  # root in the PLV benchmark (CONCEDE/RETREAT -> YIELD)
    description: str
    modes: tuple[Mode, ...] = ()

    def mode(self, name: str | None) -> Mode | None:
        if name is None:
            return None
        for m in self.modes:
            if m.name == name:
                return m
        raise ConfigError(
            f"{self.name} has no mode '{name}'. Valid modes: {', '.join(m.name for m in self.modes)}"
        )

    def intensity_of(self, mode: str | None) -> float:
        m = self.mode(mode)
        return m.intensity if m is not None and m.intensity is not None else self.intensity

    def cameo_of(self, mode: str | None) -> str:
        m = self.mode(mode)
        return m.cameo if m is not None and m.cameo is not None else self.cameo


def _m(name: str, description: str, intensity: float | None = None,
       cameo: str | None = None) -> Mode:
    return Mode(name=name, description=description, intensity=intensity, cameo=cameo)


Q1, Q2, Q3, Q4 = (Quad.VERBAL_COOPERATION, Quad.MATERIAL_COOPERATION, Quad.VERBAL_CONFLICT,
                  Quad.MATERIAL_CONFLICT)

EVENT_TYPES: tuple[EventType, ...] = (
    EventType(name="AGREE", quad=Q1, intensity=4.0, cameo="03", plv_root="AGREE",
              description="agree to, accept, promise or express intent to cooperate (CAMEO 03)",
              modes=(_m("ceasefire", "agree to a ceasefire or truce", 5.0, "08"),
                     _m("promise", "express intent to cooperate or pledge", 3.5, "03"),
                     _m("mediate", "accept mediation", 4.0, "03"))),
    EventType(name="CONSULT", quad=Q1, intensity=1.0, cameo="04", plv_root="CONSULT",
              description="meet, talk, visit, host or negotiate",
              modes=(_m("phone", "a phone or video call"),
                     _m("visit", "travel to meet the other side"),
                     _m("host", "receive a visitor"),
                     _m("third-party", "mediated talks"),
                     _m("multilateral", "a summit or conference of several parties"))),
    EventType(name="SUPPORT", quad=Q1, intensity=3.0, cameo="05", plv_root="SUPPORT",
              description="praise, endorse, back verbally, recognise, establish relations, sign "
                          "formal agreements (CAMEO 05)",
              modes=(_m("praise", "praise, thank, congratulate", 3.0, "051"),
                     _m("settle", "sign or reach a formal agreement (CAMEO 057)", 5.0, "057"),
                     _m("endorse", "endorse or back a position or party", 3.5, "05"),
                     _m("recognize", "recognise diplomatically, establish relations", 5.0, "054"),
                     _m("apologize", "apologise", 3.0, "055"))),
    EventType(name="CONCEDE", quad=Q2, intensity=5.0, cameo="08", plv_root="YIELD",
              description="yield to demands: release, ease restrictions, resign, change policy",
              modes=(_m("release", "free prisoners, hostages or seized property", 5.0, "084"),
                     _m("ease", "lift or ease sanctions, restrictions or bans", 5.0, "081"),
                     _m("leadership", "resign or step down", 5.0, "083"),
                     _m("policy", "change policy, allow, grant, return", 5.0, "083"),
                     _m("compensate", "pay compensation or apologise materially", 5.0, "08"))),
    EventType(name="COOPERATE", quad=Q2, intensity=6.0, cameo="06", plv_root="COOPERATE",
              description="material cooperation: joint operations, shared intelligence, extradition",
              modes=(_m("military", "joint military operations or exercises", 6.0, "062"),
                     _m("economic", "trade and economic cooperation", 6.0, "061"),
                     _m("intelligence", "share intelligence or information", 6.0, "064"),
                     _m("judicial", "extradite, share evidence", 6.0, "063"))),
    EventType(name="AID", quad=Q2, intensity=7.0, cameo="07", plv_root="AID",
              description="give material aid: money, arms, troops, humanitarian help, asylum",
              modes=(_m("economic", "money, loans, funding", 7.4, "071"),
                     _m("military", "weapons, training, troops or advisers", 8.3, "072"),
                     _m("humanitarian", "food, medicine, relief", 7.4, "073"),
                     _m("asylum", "grant asylum or shelter", 7.0, "075"),
                     _m("protection", "peacekeeping or protection", 7.0, "074"))),
    EventType(name="RETREAT", quad=Q2, intensity=5.0, cameo="087", plv_root="YIELD",
              description="withdraw forces, de-escalate, disarm, observe a ceasefire",
              modes=(_m("withdraw", "pull forces out", 5.0, "0874"),
                     _m("disarm", "demobilise or hand over weapons", 5.0, "0872"),
                     _m("ceasefire", "declare or observe a ceasefire", 5.0, "0871"),
                     _m("access", "open borders, crossings or access", 5.0, "0873"))),
    EventType(name="REQUEST", quad=Q3, intensity=-3.0, cameo="10", plv_root="REQUEST",
              description="ask, appeal, urge or demand that another actor act",
              modes=(_m("appeal", "ask, call on, urge, appeal", -1.0, "02"),
                     _m("demand", "demand or insist", -5.0, "10"),
                     _m("aid", "ask for material help", -1.0, "02"),
                     _m("concession", "demand a concession or withdrawal", -5.0, "10"))),
    EventType(name="ACCUSE", quad=Q3, intensity=-2.0, cameo="11", plv_root="ACCUSE",
              description="criticise, condemn, blame, allege, investigate, sue, charge",
              modes=(_m("disapprove", "criticise or condemn", -2.0, "111"),
                     _m("allege", "accuse or blame", -2.0, "112"),
                     _m("investigate", "open an inquiry", -2.0, "09"),
                     _m("legal", "sue, indict, charge, convict", -2.0, "115"))),
    EventType(name="REJECT", quad=Q3, intensity=-4.0, cameo="12", plv_root="REJECT",
              description="refuse, reject, deny a request or proposal, veto, defy",
              modes=(_m("proposal", "reject a proposal, plan or offer", -4.0, "125"),
                     _m("request", "refuse a request or demand", -4.0, "12"),
                     _m("mediation", "refuse talks or mediation", -5.0, "126"),
                     _m("defy", "defy norms, law or orders", -4.0, "129"),
                     _m("veto", "veto or block", -4.0, "128"))),
    EventType(name="THREATEN", quad=Q3, intensity=-6.0, cameo="13", plv_root="THREATEN",
              description="threaten, warn, issue an ultimatum (any coercive or violent act)",
              modes=(_m("restrict", "threaten restrictions", -5.0, "1312"),
                     _m("arrest", "threaten arrest or prosecution", -5.5, "1313"),
                     _m("relations", "threaten to cut or downgrade relations, close embassies", -5.0, "131"),
                     _m("expel", "threaten expulsion", -5.5, "131"),
                     _m("sanction", "threaten sanctions or boycott", -5.0, "131"),
                     _m("territory", "threaten to occupy or seize territory", -7.0, "138"),
                     _m("violence", "threaten attack, war or force", -7.0, "138"),
                     _m("ultimatum", "issue an ultimatum or deadline", -7.0, "139"))),
    EventType(name="PROTEST", quad=Q4, intensity=-6.5, cameo="14", plv_root="PROTEST",
              description="demonstrate, rally, strike, riot, boycott in protest",
              modes=(_m("demonstrate", "demonstration or rally", -6.5, "141"),
                     _m("riot", "violent protest or riot", -7.5, "145"),
                     _m("strike", "labour strike or boycott", -6.5, "143"),
                     _m("hunger", "hunger strike", -6.5, "142"),
                     _m("obstruct", "blockade or sit-in", -6.5, "144"))),
    EventType(name="SANCTION", quad=Q4, intensity=-4.5, cameo="16", plv_root="SANCTION",
              description="reduce or stop relations or aid, impose sanctions or embargoes",
              modes=(_m("relations", "cut or downgrade relations, recall ambassador", -4.0, "161"),
                     _m("economic", "economic or financial sanctions, embargo", -5.0, "163"),
                     _m("aid", "cut or suspend aid", -5.6, "162"),
                     _m("expel", "expel diplomats or withdraw from organisations", -5.0, "166"),
                     _m("emergency", "declare a state of emergency or martial law", -5.0, "175"),
                     _m("boycott", "boycott", -4.0, "163"))),
    EventType(name="MOBILIZE", quad=Q4, intensity=-7.2, cameo="15", plv_root="MOBILIZE",
              description="show or build force: deploy, mobilise, put on alert, reinforce",
              modes=(_m("troops", "deploy or mass troops", -7.2, "152"),
                     _m("weapons", "move or test weapons", -7.2, "154"),
                     _m("police", "increase police presence", -7.2, "151"),
                     _m("alert", "raise alert levels", -7.2, "151"),
                     _m("cyber", "cyber posture", -7.2, "15"))),
    EventType(name="COERCE", quad=Q4, intensity=-7.0, cameo="17", plv_root="COERCE",
              description="repress or force: arrest, detain, seize, expel, ban, censor, curfew",
              modes=(_m("seize", "seize or confiscate property", -9.2, "171"),
                     _m("arrest", "arrest, detain, imprison", -9.0, "173"),
                     _m("expel", "expel or deport persons", -9.0, "174"),
                     _m("restrict", "ban, restrict, impose curfew or blockade", -7.0, "172"),
                     _m("censor", "censor or shut down media", -7.0, "172"),
                     _m("cyber", "cyber attack", -7.0, "176"),
                     _m("repress", "crack down, disperse", -9.0, "175"))),
    EventType(name="ASSAULT", quad=Q4, intensity=-9.0, cameo="18", plv_root="ASSAULT",
              description="use violence: attack, strike, bomb, shoot, kill, abduct, fight",
              modes=(_m("aerial", "air strike or bombardment", -10.0, "195"),
                     _m("drone", "drone strike", -10.0, "195"),
                     _m("explosives", "bombing, IED, rocket or mortar fire", -10.0, "183"),
                     _m("firearms", "shooting", -10.0, "190"),
                     _m("heavy-weapons", "artillery, tanks, missiles, military operation", -10.0, "194"),
                     _m("targeted", "assassination", -10.0, "186"),
                     _m("primitive", "beating, stabbing, torture", -9.0, "182"),
                     _m("abduct", "kidnapping or hostage taking", -9.0, "181"),
                     _m("CBRN", "chemical, biological, radiological or nuclear", -10.0, "20"),
                     _m("suicide", "suicide attack", -10.0, "183"),
                     _m("sexual", "sexual violence", -9.0, "182"))),
)

_BY_NAME: dict[str, EventType] = {t.name: t for t in EVENT_TYPES}

PLOVER_TYPES: tuple[str, ...] = tuple(t.name for t in EVENT_TYPES)

PLV_ROOTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "ACCUSE", "REQUEST", "REJECT",
    "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)

_PLV_QUAD: dict[str, Quad] = {t.plv_root: t.quad for t in EVENT_TYPES}


def event_type(name: str) -> EventType:
    """The :class:`EventType` called ``name`` (a PLOVER type)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ConfigError(
            f"unknown PLOVER type '{name}'. Valid types: {', '.join(PLOVER_TYPES)}"
        ) from None


def mode_of(type_name: str, mode: str | None) -> Mode | None:
    return event_type(type_name).mode(mode)


def quad_of(name: str) -> int:
    """Quad class (1-4) of a PLOVER type or a PLV root (YIELD = 2)."""
    if name in _BY_NAME:
        return int(_BY_NAME[name].quad)
    if name in _PLV_QUAD:
        return int(_PLV_QUAD[name])
    raise ConfigError(f"unknown PLOVER type or PLV root '{name}'. Valid: "
                      f"{', '.join(PLOVER_TYPES)}, YIELD")


def plv_root(name: str) -> str:
    """The PLV benchmark root of a PLOVER type (CONCEDE, RETREAT -> YIELD)."""
    if name == "YIELD":
        return name
    return event_type(name).plv_root


def plv_matches(predicted: str, gold: str) -> bool:
    """True when a predicted PLOVER type matches a gold type or PLV root (YIELD covers
    CONCEDE and RETREAT)."""
    return predicted == gold or plv_root(predicted) == gold
