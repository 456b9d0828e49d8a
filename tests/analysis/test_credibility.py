"""Credibility flags on texts written for these tests: each flag with positive and negative rows."""

from __future__ import annotations

import pytest

from brinkwatch.analysis.credibility import article_flags, claim_flags
from brinkwatch.analysis.rules import load_outlets, load_rules

RULES = load_rules()

ANON = ("Forces are massing near the border, a senior defence official said, speaking on "
        "condition of anonymity.\nAnother intelligence source said the plan was approved.\n"
        "Two diplomats told reporters the timing was set.\n"
        "\"We are ready for anything that comes,\" a security official said.\n")
NAMED = ("Defence Minister Rana Odeh said on Monday that forces were massing near the border.\n"
         "\"We are ready for anything,\" Odeh told reporters in the capital.\n"
         "A senior official said the plan was approved.\n")
FARM = ("Key Takeaways\n- Point one about the region\n- Point two about the region\n"
        "- Point three\n- Point four\n"
        "| Actor | Interest |\n|---|---|\n| Government | Stability |\n| Militias | Influence |\n"
        "Implications for Regional Stability\nThe situation remains complex and evolving.\n"
        "In Conclusion\nThe path forward requires balanced engagement by all stakeholders.\n")
WIRE = ("BAGHDAD, May 4 (Wire) - Rockets hit a base near Baghdad airport on Sunday, police said.\n"
        "\"Three rockets landed near the runway,\" said Colonel Sami Aziz, a police spokesman.\n")


def _flags(text: str, *, persons: bool, **kw) -> set[str]:
    spans = [(text.index("Odeh"), text.index("Odeh") + 4)] if persons and "Odeh" in text else (
        [(text.index("Sami"), text.index("Sami") + 9)] if persons and "Sami" in text else [])
    return {f.flag for f in article_flags(text, events=[], rules=RULES, person_spans=spans, **kw)}


@pytest.mark.parametrize(("text", "persons", "present", "absent"), [
    (ANON, False, {"anonymous-sourcing", "anonymous-only"}, {"content-farm"}),
    (NAMED, True, {"anonymous-sourcing"}, {"anonymous-only", "content-farm"}),
    (FARM, False, {"content-farm"}, {"anonymous-only"}),
    (WIRE, True, set(), {"content-farm", "anonymous-only", "anonymous-sourcing", "hedging"}),
])
def test_article_flags(text: str, persons: bool, present: set[str], absent: set[str]) -> None:
    flags = _flags(text, persons=persons)
    assert present <= flags, flags
    assert not (absent & flags), flags


def test_content_farm_flag_names_its_signs() -> None:
    (farm,) = [f for f in article_flags(FARM, events=[], rules=RULES) if f.flag == "content-farm"]
    signs = " ".join(farm.evidence)
    assert "boilerplate" in signs and "tables" in signs and "no quotation" in signs


@pytest.mark.parametrize(("text", "flag", "expected"), [
    ("Forces are poised to launch an operation.\nThe operation is already unfolding in the west.\n",
     "internal-inconsistency", True),
    ("Forces are poised to launch an operation.\nOfficials expect it within weeks.\n",
     "internal-inconsistency", False),
    ("Analysts say the move is risky.\nExperts warn of escalation.\n", "unnamed-collective", True),
    ("The analyst Rana Odeh said the move is risky.\n", "unnamed-collective", False),
    ("The group reportedly moved weapons.\nIt allegedly met the envoy.\n", "hedging", True),
    ("The group moved weapons.\n", "hedging", False),
    ("Rockets hit the base.\nRead More: Markets fall on oil news\n", "injected-link", True),
    ("Rockets hit the base.\nMore rockets were found later.\n", "injected-link", False),
])
def test_single_flags(text: str, flag: str, expected: bool) -> None:
    assert (flag in _flags(text, persons=False)) is expected


def test_anachronism_from_tenure_conflicts() -> None:
    flags = article_flags("The minister spoke.", events=[], rules=RULES,
                          tenure_conflicts=["'Minister X' on 2024-01-01: outside 2020..2021"])
    assert [f.flag for f in flags if f.flag == "anachronism"] == ["anachronism"]


def test_outlet_profile_cites_its_sources() -> None:
    outlets = load_outlets()
    profile = outlets["presstv.ir"]
    (flag,) = [f for f in article_flags("Text.", events=[], rules=RULES, outlet=profile)
               if f.flag == "outlet-profile"]
    assert "state" in flag.reason and flag.evidence
    # a wire service with no lean raises no profile flag
    assert not [f for f in article_flags("Text.", events=[], rules=RULES,
                                         outlet=outlets["apnews.com"]) if f.flag == "outlet-profile"]


@pytest.mark.parametrize(("event", "independent", "flags"), [
    ({"attribution": {"kind": "anonymous", "text": "an official"}}, 2, {"anonymous"}),
    ({"attribution": {"kind": "named", "speaker": {"name": "Iran", "country": "IRN"}}}, 2,
     {"interested-source"}),
    ({"attribution": {"kind": "named", "speaker": {"name": "Norway", "country": "NOR"}}}, 2, set()),
    ({"attribution": {"kind": "author"}}, 1, {"single-source"}),
])
def test_claim_flags(event: dict, independent: int, flags: set[str]) -> None:
    got = {f.flag for f in claim_flags(event, RULES, independent_outlets=independent)}
    assert got == flags
