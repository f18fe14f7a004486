"""Plain-text helpers shared by views and search: dates, citations and initials."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from .content import Content
from .schema import Citation

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# What marks a text shown in the other language because the bundle has no translation,
# by the language asked for: the tag is in that (the reader's) language.
FALLBACK_TAGS = {"zh": "〔英文〕", "en": "[Chinese]"}


def format_date(value: str, language: str = "en") -> str:
    """'2020-08-16' → '16 August 2020' (or '2020年8月16日'); '2022-03' → 'March 2022'."""
    parts = value.split("-")
    if language == "zh":
        units = ("年", "月", "日")
        return "".join(f"{int(p)}{u}" for p, u in zip(parts, units, strict=False))
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def format_date_short(value: str, language: str = "en") -> str:
    """'2020-08-16' → '16 Aug 2020': for table cells, where width is scarce."""
    if language == "zh":
        return format_date(value, language)
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1][:3]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def citation_parts(
    content: Content, citation: Citation, language: str = "en"
) -> tuple[str, str, int | None]:
    """What a citation's label is made of: (source kind, publisher in `language` where the
    bundle has it, paragraph or None).

    The label itself ("Article ¶10", "文章第10段") is worded by the interface, in its language.
    """
    source = content.source(citation.source)
    if source is None:
        return "secondary", citation.source, None
    sentence = content.sentence(source.id, citation.sentence) if citation.sentence else None
    return source.kind, source.publisher_in(language), sentence.paragraph if sentence else None


def initials(name: str) -> str:
    """Two letters for an avatar: 'Lu Weibing' → 'LW'; a CJK name keeps its family name."""
    name = name.strip()
    if not name:
        return "?"
    if unicodedata.east_asian_width(name[0]) in ("W", "F"):
        return name[0]
    words = [w for w in name.replace("-", " ").split() if w]
    letters = "".join(w[0] for w in words[:2])
    return letters.upper() or "?"


def distinct_by_label(
    citations: tuple[Citation, ...], label_for: Callable[[Citation], str]
) -> tuple[Citation, ...]:
    """Citations with distinct labels, in order: two sentences of one paragraph would
    otherwise show as two identical "Article ¶11" buttons. The first one is kept."""
    seen: set[str] = set()
    result = []
    for citation in citations:
        label = label_for(citation)
        if label not in seen:
            seen.add(label)
            result.append(citation)
    return tuple(result)
