"""Results: for each hit returned (never for the others), the one line that best shows why
it matched, cut around the matches, with their spans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..pinyin import PinyinTable, has_han
from ..text_normalize import fold_with_map
from .items import (
    _FIELD_SEP,
    _NAME_PINYIN,
    _TEXT,
    TIER_NAME,
    Field,
    _quality,
)

_SNIPPET = 120
_SNIPPET_LEAD = 40  # characters shown before the first match, when the text is cut

# Characters that would hide, reorder or break a snippet; replaced one for one by spaces so
# that spans stay valid (see gui/content/safe_text.py for why each is a problem).
_UNSAFE = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff\u180e"
    "\u206a\u206b\u206c\u206d\u206e\u206f\ufff9\ufffa\ufffb\u2028\u2029"
    + "".join(chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)])
)
_SNIPPET_SAFE = str.maketrans(dict.fromkeys(_UNSAFE, " "))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. `spans` index `snippet` as a Python string (code points); Qt
    counts UTF-16 units, which differ only after a character beyond U+FFFF."""

    kind: str  # see SearchIndex.KIND_ORDER
    ref: str  # a reference Content.resolve() accepts
    title: str  # the item's name, for the result list
    snippet: str  # one line of plain text around the match, "…" where cut
    spans: tuple[tuple[int, int], ...]  # (start, end) of each match in `snippet`
    score: float  # higher is better


def forms(pinyin: PinyinTable, text: str, mode: int) -> list[tuple[str, Sequence[int]]]:
    """The folded texts a field was indexed as, each with its map back to `text`."""
    if mode == _NAME_PINYIN:
        return [*pinyin.name_forms(text)]
    found: list[tuple[str, Sequence[int]]] = [fold_with_map(text)]
    if mode == _TEXT and has_han(text):
        found += pinyin.text_forms(text)
    return found


def snippet(
    pinyin: PinyinTable, fields: list[Field], words: list[tuple[str, ...]]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The field that best shows why the item matched, cut around the matches."""
    best_key: tuple[int, int, bool, int] | None = None
    best: tuple[str, list[_Span]] = ("", [])
    for number, (tier, text, mode) in enumerate(fields):
        padded = [(_FIELD_SEP + form, where) for form, where in forms(pinyin, text, mode)]
        matched = quality_sum = 0
        spans: list[_Span] = []
        for word, spellings in enumerate(words):
            found = _matches(padded, spellings, word)
            if found:
                top = max(span[3] for span in found)
                matched += 1
                quality_sum += top + 1
                spans += [span for span in found if span[3] == top]
        # Most words, then best matches, then anything but the title (which the result
        # list shows anyway), then the first field.
        key = (matched, quality_sum, tier != TIER_NAME, -number)
        if matched and (best_key is None or key > best_key):
            best_key, best = key, (text, spans)
    return _cut(*best)


# (start, end, word, quality) of one match in a field's original text.
_Span = tuple[int, int, int, int]


def _matches(
    forms: list[tuple[str, Sequence[int]]], spellings: tuple[str, ...], word: int
) -> list[_Span]:
    """Where a word occurs in a field's folded forms (each padded with one leading
    separator), as spans of the field's original text."""
    found: list[_Span] = []
    for padded, where in forms:
        for spelling in spellings:
            position = padded.find(spelling)
            while position >= 0:
                end = position + len(spelling)
                quality = _quality(padded, position, end)
                found.append((where[position - 1], where[end - 2] + 1, word, quality))
                position = padded.find(spelling, end)
    return found


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _window(text: str, anchor: int) -> tuple[int, int]:
    """The part of `text` a snippet shows when it is cut to show `anchor`."""
    start = max(0, anchor - _SNIPPET_LEAD)
    if start > 0:
        space = text.find(" ", start, anchor)
        if 0 <= space < anchor:
            start = space + 1
    end = min(len(text), start + _SNIPPET - (start > 0) - 1)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > start + _SNIPPET // 2:
            end = space
    return start, end


def _cut(text: str, spans: list[_Span]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """At most _SNIPPET characters of `text`, on one line, showing as many of the query's
    words as fit (the earliest such place), with the spans of the matches shown."""
    start, end = 0, len(text)
    if end > _SNIPPET:
        best: tuple[int, int] | None = None
        for anchor in sorted({span[0] for span in spans}) or [0]:
            window = _window(text, anchor)
            covered = len({w for s, e, w, _q in spans if s >= window[0] and e <= window[1]})
            if best is None or covered > best[0]:
                best, (start, end) = (covered, anchor), window
    body = text[start:end].translate(_SNIPPET_SAFE)
    lead = "…" if start > 0 else ""
    tail = ""
    if end < len(text):
        body, tail = body.rstrip(), "…"
        end = start + len(body)
    shift = len(lead) - start
    shown = tuple(
        (max(s, start) + shift, min(e, end) + shift)
        for s, e in _merged([(s, e) for s, e, _w, _q in spans])
        if s < end and e > start
    )
    return lead + body + tail, shown
