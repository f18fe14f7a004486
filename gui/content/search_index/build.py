"""Building the index: every item's folded texts, tier by tier, joined into a few long
strings that queries scan in C (see the package's docstring)."""

from __future__ import annotations

import bisect
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import accumulate, chain
from typing import Any, NamedTuple

from ..content import Content
from ..pinyin import PinyinTable, has_han
from ..text_normalize import fold
from .items import (
    _FIELD_SEP,
    _ITEM_SEP,
    _NAME_PINYIN,
    _TEXT,
    TIER_ALT,
    Field,
    _Fields,
    _items,
    _Kind,
    _kinds,
)

# Items share their text in a tier string only when that makes the string this many
# characters shorter (grouping the items costs about 50 ms per 100,000).
_WORTH_SHARING = 1_000_000
# Word frequencies are estimated on this many characters of each tier string.
_SAMPLE = 1 << 18

_MINUS_ONE = (-1).__add__


class _Segment:
    """All items' folded texts of one tier and one width, as one string.

    Items with the same text (thousands of partners share "Group VP of the Redmi brand")
    share one *entry*, so the string holds each text once. Entry e (from 1) starts at
    `starts[e - 1]` with _ITEM_SEP, so `bisect_right(starts, position)` is the entry at a
    position, a look-up `map` can run in C over many positions. The items of entry e are
    `items[bounds[e - 1] : bounds[e]]`, in bundle order.
    """

    __slots__ = ("bounds", "items", "locate", "sample", "scale", "starts", "text")

    def __init__(
        self,
        text: str,
        starts: array[int],
        items: array[int],
        bounds: array[int],
        sample: tuple[str, float] | None = None,
    ) -> None:
        self.text = text
        self.starts = starts
        self.items = items
        self.bounds = bounds
        self.locate = partial(bisect.bisect_right, starts)
        # Word frequencies are counted in `sample`, the texts of some of the items (all, if
        # short), and multiplied by `scale`: items per item sampled. Items sharing a text
        # count once each, as they do when a search collects them.
        self.sample, self.scale = sample or (text, 1.0)

    def entry_at(self, position: int) -> int:
        return bisect.bisect_right(self.starts, position)

    def first(self, entry: int) -> int:
        return self.items[self.bounds[entry - 1]]

    def items_of(self, entry: int) -> Sequence[int]:
        return self.items[self.bounds[entry - 1] : self.bounds[entry]]

    def items_at(self, positions: Iterable[int]) -> set[int]:
        """The items with text at any of `positions` (found in C, however many)."""
        entries = list(set(map(self.locate, positions)))
        ranges = map(
            slice,
            map(self.bounds.__getitem__, map(_MINUS_ONE, entries)),
            map(self.bounds.__getitem__, entries),
        )
        return set(chain.from_iterable(map(self.items.__getitem__, ranges)))


def _segment(parts: list[str], items: array[int], folded: bool) -> tuple[_Segment, list[int]]:
    """One tier's texts joined, each distinct text once; and the entry of each part.

    Texts not `folded` yet are printable ASCII: lower() folds them all at once (and leaves
    folded ASCII as it is). Everything here runs in C but one loop over distinct texts."""
    unique = list(dict.fromkeys(parts))
    size = sum(map(len, parts))
    saved = size - sum(map(len, unique))
    if saved < _WORTH_SHARING:  # too little to gain from sharing texts: one entry per item
        unique = parts
        entries = list(range(1, len(parts) + 1))
        grouped, bounds = items, array("i", range(len(parts) + 1))
    else:
        number = {text: entry for entry, text in enumerate(unique, 1)}
        entries = list(map(number.__getitem__, parts))
        # Items grouped by entry (a stable sort keeps each group in bundle order).
        order = sorted(range(len(parts)), key=entries.__getitem__)
        grouped = array("i", map(items.__getitem__, order))
        counts = Counter(entries)
        sizes = map(counts.__getitem__, range(1, len(unique) + 1))
        bounds = array("i", accumulate(sizes, initial=0))
    text = _ITEM_SEP + _ITEM_SEP.join(unique) if unique else ""
    if not folded:
        text = _lower(text)
    sample = None
    if unique is not parts or len(text) > _SAMPLE:
        # Every so many items' texts, so that all kinds of items are in it and a text
        # shared by many items is in it as often.
        stride = -(-(size + len(parts)) // _SAMPLE)
        picked = parts[::stride]
        joined = _ITEM_SEP + _ITEM_SEP.join(picked)
        sample = (joined if folded else _lower(joined), len(parts) / len(picked))
    starts = array("i", accumulate(map((1).__add__, map(len, unique[:-1])), initial=0))
    return _Segment(text, starts if unique else array("i"), grouped, bounds, sample), entries


def _lower(text: str) -> str:
    """Printable ASCII folded (see text_normalize.fold)."""
    text = text.lower()
    return text.replace("_", " ") if "_" in text else text


def _place(
    fields: Iterable[Field],
    acc: list[list[str]],
    used: list[int],
    name_index: Callable[[str], str],
    text_index: Callable[[str], str],
) -> None:
    """Add each field's indexed text(s) to `acc[slot]`, noting in `used` each slot that
    gets its first text. Runs for every item of the bundle: kept lean."""
    for tier, text, mode in fields:
        if mode == _NAME_PINYIN:
            slot, text = tier * 2, name_index(text)
        elif text.isascii() and text.isprintable():
            slot = tier * 2  # folded with all the others in _segment
        else:
            folded = fold(text)
            if mode == _TEXT and has_han(text):  # Chinese is found by pinyin too
                pinyin_slot = max(tier, TIER_ALT) * 2
                if not acc[pinyin_slot]:
                    used.append(pinyin_slot)
                acc[pinyin_slot].append(text_index(text))
            slot, text = tier * 2 + (not folded.isascii()), folded
        parts = acc[slot]
        if not parts:
            used.append(slot)
        parts.append(text)


def _placed(place: Callable[..., None], fields: list[Field]) -> list[tuple[int, str]]:
    """(slot, text) for each slot `fields` have text in, the texts of a slot joined."""
    acc: list[list[str]] = [[] for _ in range(6)]
    used: list[int] = []
    place(fields, acc, used)
    return [(slot, _FIELD_SEP.join(acc[slot])) for slot in used]


class Built(NamedTuple):
    """What `SearchIndex` is made of."""

    kinds: dict[str, _Kind]
    kind_of: array[int]
    objects: list[Any]
    segments: list[_Segment]
    offsets: list[array[int]]
    pinyin: PinyinTable


def build(content: Content) -> Built:
    """Index every piece of `content`. Linear in the size of the bundle, and kept lean:
    it runs once for every partner of a bundle that may hold 100,000. (The bundle is frozen
    out of the garbage collector's sight once loaded, gui/desktop/memory.py, so the
    collections this build triggers do not walk it.)"""
    fields = _Fields(content)
    kinds = _kinds(fields)
    code = {name: i for i, name in enumerate(kinds)}
    fields_of = {name: kind.fields for name, kind in kinds.items()}
    # A member's name is its own, but its role and grant are those of hundreds of
    # others: they are placed once per distinct pair, and the members share the text.
    fields_of["member"] = fields.member_names
    shared: dict[tuple[str | None, str | None], list[tuple[int, str]]] = {}
    pinyin = PinyinTable()
    place = partial(_place, name_index=pinyin.name_index, text_index=pinyin.text_index)
    kind_of = array("B")
    objects: list[Any] = []
    # Slot tier * 2 + wide: the texts of each item in one tier, ASCII (0) or not (1).
    slot_parts: list[list[str]] = [[] for _ in range(6)]
    slot_items = [array("i") for _ in range(6)]
    acc: list[list[str]] = [[] for _ in range(6)]
    used: list[int] = []  # the slots `acc` holds texts for
    for item, (name, obj) in enumerate(_items(content)):
        kind_of.append(code[name])
        objects.append(obj)
        place(fields_of[name](obj), acc, used)
        if name == "member":
            key = (obj.role, obj.batch)
            texts = shared.get(key)
            if texts is None:
                texts = shared[key] = _placed(place, fields.member_body(*key))
            for slot, text in texts:
                if not acc[slot]:
                    used.append(slot)
                acc[slot].append(text)
        for slot in used:
            parts = acc[slot]
            # (The join of one text is that text: members' shared texts stay shared.)
            slot_parts[slot].append(_FIELD_SEP.join(parts))
            slot_items[slot].append(item)
            parts.clear()
        used.clear()
    pinyin.release()
    shared.clear()
    segments = []
    offsets = []  # per slot, where each item's entry starts (-1: the item has none)
    for slot in range(6):
        parts, slot_parts[slot] = slot_parts[slot], []  # freed as soon as joined
        segment, entries = _segment(parts, slot_items[slot], bool(slot % 2))
        del parts
        starts = map(segment.starts.__getitem__, map(_MINUS_ONE, entries))
        offset = array("i", [-1]) * len(objects)
        deque(map(offset.__setitem__, slot_items[slot], starts), maxlen=0)  # in C
        segments.append(segment)
        offsets.append(offset)
    return Built(kinds, kind_of, objects, segments, offsets, pinyin)
