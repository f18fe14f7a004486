"""Folding text for search: case, accents and width ignored, and mapped back to the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.content.text_normalize import fold, fold_with_map


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Redmi", "redmi"),
        ("ＲＥＤＭＩ", "redmi"),
        ("Rédmi", "redmi"),
        ("Re\u0301dmi", "redmi"),  # decomposed: e + combining acute
        ("Straße", "strasse"),
        ("Xiaomi’s “core”", 'xiaomi\'s "core"'),
        ("2020–2030", "2020-2030"),
        ("Mobile × AIoT", "mobile x aiot"),
        ("ﬁve", "five"),
        ("a_b\tc\nd\x1fe", "a b c d e"),
        ("卢伟冰", "卢伟冰"),
        ("１１９，６５０，０００", "119,650,000"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["Redmi", "Rédmi Straße ﬁve", "Re\u0301dmi", "卢伟冰 ＲＥＤ", ""])
def test_fold_with_map_agrees_with_fold(text: str) -> None:
    folded, where = fold_with_map(text)
    assert folded == fold(text)
    assert len(where) == len(folded) + 1
    assert where[-1] == len(text)


def test_the_map_leads_back_to_the_original_characters() -> None:
    text = "Große Rédmi"
    folded, where = fold_with_map(text)
    start = folded.index("redmi")
    end = start + len("redmi")
    assert text[where[start] : where[end - 1] + 1] == "Rédmi"


@given(st.text(max_size=40))
def test_folding_is_per_character(text: str) -> None:
    """Folding a text equals folding its characters one by one, so maps are always exact."""
    folded, where = fold_with_map(text)
    assert folded == fold(text) == "".join(fold(c) for c in text)
    assert list(where) == sorted(where)
    assert all(0 <= i <= len(text) for i in where)
