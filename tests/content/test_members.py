"""Programme members: optional, checked like everything else, shared citations."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from gui.content import Content, Target
from gui.content.schema import LocalizedShort

if TYPE_CHECKING:  # the `bundle` fixture's type; tests get it from tests/content/conftest.py
    from conftest import BundleCopy


def _member(member_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": member_id, "name": "Wang Wei", "citations": [{"source": "tencent"}], **fields}


def test_the_bundled_programme_lists_no_members(content: Content) -> None:
    assert content.programme.members == ()


def test_members_load_with_their_batches(bundle: BundleCopy) -> None:
    bundle.edit(
        "programme.json",
        lambda g: g.update(
            members=[
                _member("m1", name_zh="王伟", batch="2021-07", role="Engineer"),
                _member("m2"),
            ]
        ),
    )
    members = bundle.load().programme.members
    assert [m.id for m in members] == ["m1", "m2"]
    assert (members[0].name_zh, members[0].batch, members[0].role) == (
        "王伟",
        "2021-07",
        LocalizedShort(en="Engineer"),
    )
    assert (members[1].name_zh, members[1].batch, members[1].role) == (None, None, None)


def test_member_problems_are_reported_where_they_are(bundle: BundleCopy) -> None:
    bundle.edit(
        "programme.json",
        lambda g: g.update(
            members=[
                _member("m1", batch="1999-01"),
                _member("m1"),
                _member("m3", citations=[{"source": "nowhere"}]),
                {"id": "m4", "name": "No citations"},
            ]
        ),
    )
    assert bundle.problems() == [
        "programme.json: members[3].citations: field required",
    ]
    bundle.edit("programme.json", lambda g: g["members"].pop())
    assert sorted(bundle.problems()) == [
        "programme.json: members[0].batch: unknown batch '1999-01'",
        "programme.json: members[1].id: duplicate id 'm1'",
        "programme.json: members[2].citations[0].source: unknown source 'nowhere'",
    ]


def test_identical_citations_are_one_object(bundle: BundleCopy) -> None:
    bundle.edit("programme.json", lambda g: g.update(members=[_member("m1"), _member("m2")]))
    first, second = bundle.load().programme.members
    assert first.citations is second.citations
    assert first.citations[0] is second.citations[0]
    assert first.citations[0].source == "tencent"


def test_identical_plain_roles_are_one_object(bundle: BundleCopy) -> None:
    bundle.edit(
        "programme.json",
        lambda g: g.update(
            members=[_member("m1", role="Engineer"), _member("m2", role="Engineer")]
        ),
    )
    first, second = bundle.load().programme.members
    assert first.role is second.role
    assert first.role == LocalizedShort(en="Engineer")


def test_a_copy_of_a_loaded_object_can_change(content: Content) -> None:
    partner = content.partners[0]
    renamed = replace(partner, name="Someone else")
    assert (renamed.name, partner.name) == ("Someone else", "Lei Jun")
    assert renamed.roles is partner.roles


def test_malformed_citation_lists_are_still_reported(bundle: BundleCopy) -> None:
    bundle.edit(
        "programme.json",
        lambda g: g.update(
            members=[
                _member("m1", citations=[]),
                _member("m2", citations=["tencent"]),
                _member("m3", citations=[{"source": "tencent", "page": 3}]),
                _member("m4", citations="tencent"),
            ]
        ),
    )
    problems = bundle.problems()
    assert len(problems) == 4
    assert problems[0].startswith("programme.json: members[0].citations: ")
    assert problems[1].startswith("programme.json: members[1].citations[0]: ")
    assert problems[2] == (
        "programme.json: members[2].citations[0].page: unknown field (not in the schema)"
    )
    assert problems[3].startswith("programme.json: members[3].citations: ")


def test_a_member_reference_resolves_and_events_may_link_to_one(bundle: BundleCopy) -> None:
    bundle.edit("programme.json", lambda g: g.update(members=[_member("m1"), _member("m2")]))
    bundle.edit("events.json", lambda e: e["events"][0].update(refs=["member:m2"]))
    content = bundle.load()
    assert content.resolve("member:m2") == Target("programme", "member", "m2")
    assert content.member("m2") is content.programme.members[1]
    assert content.member_row("m2") == 1
    assert content.resolve("member:m3") is None
    assert content.member("m3") is None
    bundle.edit("events.json", lambda e: e["events"][0].update(refs=["member:m3"]))
    assert "unknown target 'member:m3'" in str(bundle.error())
