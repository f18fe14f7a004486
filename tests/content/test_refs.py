"""References between pieces of content: parsing them, and resolving them in a bundle."""

from __future__ import annotations

import pytest

from gui.content import SECTIONS, Content, Target, parse_ref
from gui.content.refs import KIND_SECTIONS


@pytest.mark.parametrize(
    ("ref", "target"),
    [
        ("overview", Target("overview")),
        ("strategy", Target("strategy")),
        ("partners", Target("partners")),
        ("timeline", Target("timeline")),
        ("sources", Target("sources")),
        # A kind without an id leads to the section that shows that kind.
        ("partner", Target("partners")),
        ("event", Target("timeline")),
        ("partner:lu-weibing", Target("partners", "partner", "lu-weibing")),
        ("cohort:2020", Target("partners", "cohort", "2020")),
        ("quote:moat", Target("strategy", "quote", "moat")),
        ("strategy:predecessor", Target("strategy", "strategy", "predecessor")),
        ("fact:criteria-2021", Target("programme", "fact", "criteria-2021")),
        ("batch:2021-07", Target("programme", "batch", "2021-07")),
        ("member:m000042", Target("programme", "member", "m000042")),
        ("event:2020-08-16", Target("timeline", "event", "2020-08-16")),
        ("source:tencent", Target("sources", "source", "tencent")),
        ("source:article#s13", Target("sources", "source", "article", "s13")),
        ("  partner:lu-weibing\n", Target("partners", "partner", "lu-weibing")),
    ],
)
def test_parse_good_refs(ref: str, target: Target) -> None:
    assert parse_ref(ref) == target


@pytest.mark.parametrize(
    "ref",
    [
        "",
        "   ",
        "settings",
        "Partners",
        "partner:",
        "partner:lu weibing",
        "partner:lu-weibing:extra",
        "partner:x#s1",  # only sources have anchors
        "source:article#",
        "source:article#s1#s2",
        "source:#s1",
        "unknown:x",
        ":x",
        "partner/lu-weibing",
        "partner:lu-weibing\n#s1",
        "partner:é",
    ],
)
def test_parse_bad_refs(ref: str) -> None:
    assert parse_ref(ref) is None


@pytest.mark.parametrize(
    "ref", ["partners", "partner:lu-weibing", "source:article#s13", "event:2022-03"]
)
def test_target_ref_round_trips(ref: str) -> None:
    target = parse_ref(ref)
    assert target is not None
    assert target.ref == ref
    assert parse_ref(target.ref) == target


def test_every_kind_leads_to_a_section() -> None:
    assert set(KIND_SECTIONS.values()) <= set(SECTIONS)


@pytest.mark.parametrize(
    "ref",
    [
        *SECTIONS,
        "partner:lu-weibing",
        "cohort:founding",
        "event:2019-01-11",
        "batch:2022-03",
        "source:article",
        "source:scmp",
        "source:article#s1",
        "source:article#s15",
        "statement:core",
        "quote:cornerstone",
        "principle:coolest",
        "fact:who",
        "strategy:predecessor",
    ],
)
def test_resolve_good_refs(content: Content, ref: str) -> None:
    target = content.resolve(ref)
    assert target is not None
    assert target == parse_ref(ref)


@pytest.mark.parametrize(
    "ref",
    [
        "nonsense",
        "partner:nobody",
        "partner:Lu-Weibing",  # ids are case-sensitive
        "cohort:2021",
        "event:2020-08-17",
        "batch:2023-01",
        "source:nyt",
        "source:article#s16",
        "source:article#s0",
        "source:tencent#s1",  # a secondary source has no sentences
        "statement:nope",
        "quote:nope",
        "principle:nope",
        "fact:nope",
        "strategy:successor",
        "programme:new-decade-entrepreneurs",
        "member:m000001",  # the bundled programme lists no members
    ],
)
def test_resolve_bad_refs(content: Content, ref: str) -> None:
    assert content.resolve(ref) is None


def test_every_ref_in_the_bundle_resolves(content: Content) -> None:
    refs = [h.target for h in content.bundle.highlights]
    refs += [ref for event in content.events for ref in event.refs]
    assert refs
    assert [ref for ref in refs if content.resolve(ref) is None] == []
