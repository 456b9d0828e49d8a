"""The one name normaliser (brinkwatch/names.py): the same name in different writings gets one
key, different names keep different keys."""

from __future__ import annotations

import pytest

from brinkwatch.eval.gold import norm_name as eval_norm
from brinkwatch.kb.model import norm_key
from brinkwatch.names import norm_name

# (form a, form b, same name?)
PAIRS = [
    pytest.param("Kata'ib Hezbollah", "Kataib Hezbollah", True, id="apostrophe"),
    pytest.param("Kata’ib Hizballah", "Kata'ib Hizballah", True, id="curly-apostrophe"),
    pytest.param("Kata'ib Hezbollah", "Hezbollah", False, id="different-groups"),
    pytest.param("U.S.", "United States", True, id="us-dotted"),
    pytest.param("US", "the United States of America", True, id="us-capitals"),
    pytest.param("us", "United States", False, id="pronoun-us"),
    pytest.param("U.N.", "UN", True, id="initials"),
    pytest.param("UN", "EU", False, id="different-acronyms"),
    pytest.param("Iraq's", "Iraq", True, id="possessive"),
    pytest.param("Iraq's government", "Iraq government", True, id="possessive-inside"),
    pytest.param("Iraqis", "Iraq", False, id="plural-is-not-possessive"),
    pytest.param("al-Sudani", "Al Sudani", True, id="hyphen"),
    pytest.param("Mohammed Shia’ al-Sudani", "Mohammed Shia al-Sudani", True, id="trailing-ayn"),
    pytest.param("Ṣadr", "Sadr", True, id="diacritics"),
    pytest.param("The Pentagon", "Pentagon", True, id="leading-the"),
    pytest.param("Theodore", "odore", False, id="the-only-as-a-word"),
]


@pytest.mark.parametrize(("a", "b", "same"), PAIRS)
def test_one_key_per_name(a: str, b: str, same: bool) -> None:
    assert (norm_name(a) == norm_name(b)) is same


@pytest.mark.parametrize("text", ["Kata'ib Hezbollah", "U.S. forces", "the U.N.", "Iraq's PM", ""])
def test_kb_and_eval_use_the_same_normaliser(text: str) -> None:
    assert norm_key(text) == eval_norm(text) == norm_name(text)
