"""The schema's records behave as frozen dataclasses do: equal by value, hashable, shown
by their fields, unchangeable, small."""

from __future__ import annotations

import copy
import pickle
import sys
from dataclasses import FrozenInstanceError, fields, is_dataclass, replace

import pytest

from gui.content import Content
from gui.content.schema import Citation, CitedDate, CitedText, Partner


def test_records_are_equal_by_value_and_hash_alike(content: Content) -> None:
    partner = content.partners[0]
    copy = replace(partner)
    assert copy is not partner
    assert copy == partner
    assert hash(copy) == hash(partner)
    assert {copy, partner} == {partner}
    assert replace(partner, name="Someone else") != partner


def test_records_of_different_classes_are_never_equal() -> None:
    citations = (Citation(source="article", sentence="s1"),)
    text = CitedText(text="2020", citations=citations)
    date = CitedDate(date="2020", citations=citations)
    assert text != date
    assert text != ("2020", citations)


def test_a_record_shows_its_fields() -> None:
    citation = Citation(source="article", sentence="s1")
    assert repr(citation) == "Citation(source='article', sentence='s1', note=None)"


def test_records_cannot_change_and_hold_no_dict(content: Content) -> None:
    partner: Partner = content.partners[0]
    with pytest.raises(FrozenInstanceError):
        partner.name = "Someone"  # type: ignore[misc]
    assert not hasattr(partner, "__dict__")
    # Slots: a record of nine fields is a few pointers, not a dict of them.
    assert sys.getsizeof(partner) < 150


def test_records_take_keywords_only_fill_in_defaults_and_name_what_is_wrong() -> None:
    assert Citation(source="article") == Citation(source="article", sentence=None, note=None)
    with pytest.raises(TypeError):
        Citation("article")  # type: ignore[misc]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        Citation(source="article", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing keyword argument 'source'"):
        Citation(sentence="s1")  # type: ignore[call-arg]


def test_records_copy_and_pickle_whole(content: Content) -> None:
    partner = content.partners[0]
    for twin in (copy.copy(partner), copy.deepcopy(partner), pickle.loads(pickle.dumps(partner))):
        assert twin == partner
        assert twin.roles == partner.roles
        with pytest.raises(FrozenInstanceError):
            twin.name = "Someone"  # type: ignore[misc]
    assert copy.deepcopy(content.partners_file) == content.partners_file


def test_records_are_dataclasses_with_their_fields_in_order(content: Content) -> None:
    assert is_dataclass(Partner)
    names = [f.name for f in fields(Partner)]
    assert names[:4] == ["id", "name", "name_zh", "cohort"]
    with pytest.raises(FrozenInstanceError):
        del content.partners[0].name  # type: ignore[misc]
