"""References between pieces of content ("partner:lu-weibing", "source:article#s13").

A reference names a section of the app and, optionally, one item in it. The content layer
resolves them so that views, deep links and search results all agree on what a name means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The sections of the app, in navigation order. Each is also a bare reference.
SECTIONS: tuple[str, ...] = ("overview", "strategy", "partners", "programme", "timeline", "sources")

# Which section shows each kind of item.
KIND_SECTIONS: dict[str, str] = {
    "strategy": "strategy",
    "statement": "strategy",
    "quote": "strategy",
    "principle": "strategy",
    "partner": "partners",
    "cohort": "partners",
    "programme": "programme",
    "fact": "programme",
    "batch": "programme",
    "member": "programme",
    "event": "timeline",
    "source": "sources",
}

# Every kind of item search finds, in the order its result groups are shown (and of equal
# scores). Here rather than in the search index so that the window can lay out its search
# box without importing the index, which is built on first use.
KIND_ORDER: tuple[str, ...] = (
    "partner",
    "cohort",
    "member",
    "strategy",
    "statement",
    "quote",
    "principle",
    "programme",
    "fact",
    "batch",
    "event",
    "source",
    "overview",
)

_REF_RE = re.compile(
    r"^(?P<kind>[a-z]+)(?::(?P<id>[A-Za-z0-9._-]+)(?:#(?P<anchor>[A-Za-z0-9._-]+))?)?$"
)


@dataclass(frozen=True, slots=True)
class Target:
    """Where a reference leads: a section, and optionally an item and an anchor inside it."""

    section: str
    kind: str | None = None
    id: str | None = None
    anchor: str | None = None

    @property
    def ref(self) -> str:
        if self.kind is None or self.id is None:
            return self.section
        text = f"{self.kind}:{self.id}"
        return f"{text}#{self.anchor}" if self.anchor else text


def parse_ref(ref: str) -> Target | None:
    """Split a reference into its parts; None if it is not well formed.

    Whether the item exists is the content's business (`Content.resolve`).
    """
    match = _REF_RE.match(ref.strip())
    if not match:
        return None
    kind, item_id, anchor = match.group("kind", "id", "anchor")
    if item_id is None:
        if kind in SECTIONS:
            return Target(kind)
        if kind in KIND_SECTIONS:
            return Target(KIND_SECTIONS[kind])
        return None
    if kind not in KIND_SECTIONS or (anchor is not None and kind != "source"):
        return None
    return Target(KIND_SECTIONS[kind], kind, item_id, anchor)
