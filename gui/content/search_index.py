"""Search over every piece of content: names, titles, texts, numbers, dates and pinyin.

How it is laid out
------------------
Every searchable thing becomes an *item* (a partner, a statement, a source sentence, …) with
fields in three *tiers*: its name or title, its other names (Chinese, pinyin, alternative
names, labels), and its body text. Each field is folded once (`text_normalize.fold`: case,
accents and width ignored). All items' fields of one tier are concatenated into one long
string per tier, separated by control characters that no folded text contains, so that a
query word is found by `str.find` and `re` running in C over the whole bundle at once, and a
match position is mapped back to its item with `bisect`. ASCII fields and the others go to
separate strings, so the (large) ASCII one stays at one byte per character. Items with the
same text in a tier (thousands of partners are "Group VP of …") share it, so it is stored
and scanned once. Chinese is also indexed as toneless pinyin (gui/content/pinyin.py).

How a query is answered
-----------------------
The query is folded the same way and split into words; an item matches when every word is
found in some field of it (AND, in any order). Numbers match with or without thousands
separators. Where a word is found counts first (a name over an other name over body text),
then how (a whole word over the start of a word over the inside of one); an item's score is
the sum over the query's words of the best place each is found, plus a large bonus when a
whole name or other name is the query. Ties keep `KIND_ORDER`, then bundle order.

Each word's frequency is estimated from a sample, and the rarest drives the search:
1. Usually its matches are few: they give the candidate items, and the other words are
   looked for only inside each candidate's own slice of the strings. Exact.
2. When every word is common but, together, they may be rare ("europe finance" among
   100,000 partners), the items holding each word are collected and intersected in C
   (`map` over `re.finditer` and `bisect`), then scored. Exact, unless very many items
   hold them all, when step 3 ranks them.
3. When a single word is common ("the", or "partner" among 100,000 partners), or many items
   hold all the words, the driving word is scanned best place first (names before body
   text, whole words before prefixes) and the scan stops once `limit` items are found.
   Exact for one word; for several, the best found within a bounded amount of work.
Snippets are built only for the hits returned.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import re
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, chain
from operator import methodcaller
from typing import Any, ClassVar

from gui.content.content import Content
from gui.content.pinyin import PinyinTable, has_han
from gui.content.refs import KIND_ORDER
from gui.content.schema import (
    Batch,
    BundleFile,
    CitedText,
    Cohort,
    Event,
    LaterNote,
    Localized,
    Partner,
    Predecessor,
    Principle,
    ProgrammeFact,
    ProgrammeFile,
    ProgrammeMember,
    Quote,
    Sentence,
    Source,
    Statement,
    StrategyFile,
)
from gui.content.text import format_date
from gui.content.text_normalize import fold, fold_with_map

# --- tiers, levels and scores ---------------------------------------------------------------

TIER_NAME, TIER_ALT, TIER_BODY = 0, 1, 2
_TIERS = (TIER_NAME, TIER_ALT, TIER_BODY)
# How a word matched: inside a word, at the start of one, or as a whole word.
_INSIDE, _PREFIX, _WHOLE = 0, 1, 2


def _level(quality: int, tier: int) -> int:
    """1 (inside a word of body text) … 9 (a whole word of a name): the tier counts first."""
    return (2 - tier) * 3 + quality + 1


# An item whose whole name (tier 0) or other name (tier 1) is the query.
_EXACT_BONUS = {TIER_NAME: 30, TIER_ALT: 25}

# Field modes: text (and the pinyin of any Chinese in it), text only (dates, numbers), or the
# pinyin of a Chinese personal name.
_TEXT, _PLAIN, _NAME_PINYIN = 0, 1, 2

_ITEM_SEP = "\x1e"  # before every item's text in a tier string
_FIELD_SEP = "\x1f"  # between the fields of one item
_SEPARATORS = _ITEM_SEP + _FIELD_SEP

# A word whose matches exceed this is "common" (see the module docstring).
_RARE_MATCHES = 3000
# Common words with up to about this many matches have their items collected in C.
_SET_MATCHES = 250_000
# Up to this many items holding every word are all scored; more are searched best first.
_SCORED_CANDIDATES = 2500
# Items holding the rarer words are checked one by one for a common word when there are at
# most this many, or this many plus a sixth of the word's matches (checking an item costs
# about as much as six matches of a word collected in C).
_CHECKED_CANDIDATES = 6000
_CHECKED_BASE = 1500
# At most this many items are checked against the other words of a query of common words.
_COMMON_BUDGET = 4000
# Several common words are searched best first when about this many times `limit` items
# are expected to hold them all; that search gives up after checking as many times `limit`.
_DENSE = 20
# Items share their text in a tier string only when that makes the string this many
# characters shorter (grouping the items costs about 50 ms per 100,000).
_WORTH_SHARING = 1_000_000
# Word frequencies are estimated on this many characters of each tier string.
_SAMPLE = 1 << 18

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

_START = methodcaller("start")
_MINUS_ONE = (-1).__add__
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_DIGITS = re.compile(r"[0-9]{4,}")
_GROUPED_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


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


# --- the items ------------------------------------------------------------------------------

# (tier, original text, mode)
Field = tuple[int, str, int]


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    ref: Callable[[Any], str]
    title: Callable[[Any, str], str]  # (item, "en" or "zh")
    fields: Callable[[Any], list[Field]]


def _local(tier: int, text: Localized | None) -> list[Field]:
    """A text in every language the bundle gives it: search finds either, whatever the
    interface language."""
    if text is None:
        return []
    return [(tier, value, _TEXT) for value in text.texts]


def _cited(items: Sequence[CitedText | LaterNote]) -> list[Field]:
    return [(TIER_BODY, value, _TEXT) for item in items for value in item.text.texts]


def _in(text: Localized | None, language: str) -> str:
    """A result's title in the interface language, else the other one."""
    return text.text_in(language)[0] if text is not None else ""


class _Fields:
    """What is searchable in each kind of item, and how it is named. Dates are searchable as
    written in the bundle and as the interface shows them, in English and Chinese."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._dates: dict[str, list[Field]] = {}
        self._cohort_labels = {c.id: c.label for c in content.cohorts}
        # What a member's Grant column shows, the same for every member of a batch.
        self._grants: dict[str, list[Field]] = {
            b.id: [*_local(TIER_BODY, b.title), *self.date(b.date)]
            for b in content.programme.batches
        }

    def date(self, value: str | None) -> list[Field]:
        if not value:
            return []
        fields = self._dates.get(value)
        if fields is None:
            fields = [
                (TIER_BODY, value, _PLAIN),
                (TIER_BODY, format_date(value, "en"), _PLAIN),
                (TIER_BODY, format_date(value, "zh"), _PLAIN),
            ]
            self._dates[value] = fields
        return fields

    @staticmethod
    def number(value: int | None) -> list[Field]:
        return [] if value is None else [(TIER_BODY, f"{value:,}", _PLAIN)]

    def partner(self, p: Partner) -> list[Field]:
        # Written out for speed: this runs for every partner of a very large bundle.
        fields: list[Field] = [
            (TIER_NAME, p.name, _TEXT),
            (TIER_ALT, p.name_zh, _PLAIN),
            (TIER_ALT, p.name_zh, _NAME_PINYIN),
        ]
        for role in p.roles:
            fields += _local(TIER_BODY, role.text)
            if role.wording:
                fields.append((TIER_BODY, role.wording.text, _TEXT))
        if p.notes:
            fields += _cited(p.notes)
        if p.later:
            fields += _cited(p.later)
        label = self._cohort_labels.get(p.cohort)
        if label:
            fields += _local(TIER_BODY, label)
        # The dates the roster and the details show ("Partner since", "Joined the company").
        if p.partner_since:
            fields += self.date(p.partner_since)
        if p.joined_company:
            fields += self.date(p.joined_company.date)
        return fields

    def member(self, m: ProgrammeMember) -> list[Field]:
        # What the members table shows: name, Chinese name, role and grant (its batch's
        # title and date). The index takes the two parts apart (see SearchIndex._build).
        return self.member_names(m) + self.member_body(m.role, m.batch)

    @staticmethod
    def member_names(m: ProgrammeMember) -> list[Field]:
        fields: list[Field] = [(TIER_NAME, m.name, _TEXT)]
        if m.name_zh:
            fields += [(TIER_ALT, m.name_zh, _PLAIN), (TIER_ALT, m.name_zh, _NAME_PINYIN)]
        return fields

    def member_body(self, role: Localized | None, batch: str | None) -> list[Field]:
        fields: list[Field] = _local(TIER_BODY, role)
        if batch:
            fields += self._grants.get(batch, ())
        return fields

    @staticmethod
    def system(system: CitedText) -> list[Field]:
        return _local(TIER_BODY, system.text)

    @staticmethod
    def cohort(c: Cohort) -> list[Field]:
        return [
            *_local(TIER_NAME, c.label),
            *_local(TIER_ALT, c.short_label),
            *_local(TIER_BODY, c.text),
        ]

    def strategy(self, s: StrategyFile) -> list[Field]:
        fields: list[Field] = [(TIER_NAME, s.name, _TEXT)]
        if s.name_zh:
            fields.append((TIER_ALT, s.name_zh, _TEXT))
        for alt in s.alternative_names:
            fields += [(TIER_ALT, alt.text, _TEXT), *_local(TIER_BODY, alt.note)]
        fields += _local(TIER_BODY, s.summary.text)
        if s.principles_note:
            fields += _local(TIER_BODY, s.principles_note.text)
        fields += _cited(s.later)
        return fields + self.date(s.announced)

    def predecessor(self, p: Predecessor) -> list[Field]:
        fields: list[Field] = [(TIER_NAME, p.name, _TEXT)]
        if p.name_zh:
            fields.append((TIER_ALT, p.name_zh, _TEXT))
        fields += _local(TIER_BODY, p.text)
        return fields + self.date(p.announced)

    @staticmethod
    def statement(s: Statement) -> list[Field]:
        return [*_local(TIER_NAME, s.title), *_local(TIER_BODY, s.text)]

    def quote(self, q: Quote) -> list[Field]:
        fields: list[Field] = [(TIER_BODY, q.text, _TEXT), *_local(TIER_BODY, q.translation)]
        speaker = self.content.partner(q.speaker)
        if speaker:
            fields += [(TIER_BODY, speaker.name, _TEXT), (TIER_BODY, speaker.name_zh, _TEXT)]
        return fields

    @staticmethod
    def principle(p: Principle) -> list[Field]:
        fields: list[Field] = [(TIER_NAME, p.title, _TEXT)]
        if p.title_zh:
            fields.append((TIER_ALT, p.title_zh, _TEXT))
        return fields

    def programme(self, g: ProgrammeFile) -> list[Field]:
        fields: list[Field] = [(TIER_NAME, g.name, _TEXT)]
        if g.name_zh:
            fields.append((TIER_ALT, g.name_zh, _TEXT))
        fields += _local(TIER_BODY, g.summary.text)
        if g.selected:
            fields += self.number(g.selected.count)
        if g.caveat:
            fields += _local(TIER_BODY, g.caveat.text)
        return fields

    @staticmethod
    def fact(f: ProgrammeFact) -> list[Field]:
        return [*_local(TIER_NAME, f.title), *_local(TIER_BODY, f.text)]

    def batch(self, b: Batch) -> list[Field]:
        fields: list[Field] = [*_local(TIER_NAME, b.title), *_local(TIER_BODY, b.text)]
        fields += self.number(b.shares) + self.number(b.recipients)
        fields += _local(TIER_BODY, b.vesting)
        return fields + self.date(b.date)

    def event(self, e: Event) -> list[Field]:
        # An event's date is as good as its name: "2020-08-16" finds that day's event first.
        dates = [(TIER_ALT, text, mode) for _tier, text, mode in self.date(e.date)]
        return [*_local(TIER_NAME, e.title), *_local(TIER_BODY, e.text), *dates]

    def source(self, s: Source) -> list[Field]:
        fields: list[Field] = [(TIER_NAME, s.title, _TEXT)] if s.title else []
        fields += _local(TIER_NAME if not s.title else TIER_BODY, s.description)
        fields.append((TIER_ALT, s.publisher, _TEXT))
        if s.publisher_zh:
            fields.append((TIER_ALT, s.publisher_zh, _TEXT))
        fields += _local(TIER_BODY, s.note)
        return fields + self.date(s.date)

    @staticmethod
    def sentence(pair: tuple[Source, Sentence]) -> list[Field]:
        return [(TIER_BODY, pair[1].text, _TEXT)]

    def overview(self, b: BundleFile) -> list[Field]:
        fields: list[Field] = [(TIER_NAME, b.title, _TEXT)]
        if b.title_zh:
            fields.append((TIER_ALT, b.title_zh, _TEXT))
        fields.append((TIER_ALT, b.company, _TEXT))
        if b.company_zh:
            fields.append((TIER_ALT, b.company_zh, _TEXT))
        fields += _local(TIER_BODY, b.headline.text)
        fields += _cited(b.context)
        for h in b.highlights:
            fields += [
                *_local(TIER_BODY, h.value),
                *_local(TIER_BODY, h.label),
                *_local(TIER_BODY, h.text),
            ]
        return fields + self.date(b.announced)


def _shortened(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _kinds(f: _Fields) -> dict[str, _Kind]:
    """Each kind of item; a title is made in the interface language (`zh` or `en`)."""
    content = f.content

    def name(english: str, chinese: str | None, language: str) -> str:
        return chinese if chinese and language == "zh" else english

    def speaker(q: Quote, language: str) -> str:
        partner = content.partner(q.speaker)
        return name(partner.name, partner.name_zh, language) if partner else q.speaker

    def sentence_title(pair: tuple[Source, Sentence], language: str) -> str:
        return f"{pair[0].label_in(language)} ¶{pair[1].paragraph}"

    kinds = [
        _Kind(
            "partner",
            lambda p: f"partner:{p.id}",
            lambda p, lang: name(p.name, p.name_zh, lang),
            f.partner,
        ),
        _Kind(
            "system", lambda s: "partners", lambda s, lang: _shortened(_in(s.text, lang)), f.system
        ),
        _Kind("cohort", lambda c: f"cohort:{c.id}", lambda c, lang: _in(c.label, lang), f.cohort),
        _Kind(
            "member",
            lambda m: f"member:{m.id}",
            lambda m, lang: name(m.name, m.name_zh, lang),
            f.member,
        ),
        _Kind(
            "strategy",
            lambda s: "strategy",
            lambda s, lang: name(s.name, s.name_zh, lang),
            f.strategy,
        ),
        _Kind(
            "predecessor",
            lambda p: "strategy:predecessor",
            lambda p, lang: name(p.name, p.name_zh, lang),
            f.predecessor,
        ),
        _Kind(
            "statement",
            lambda s: f"statement:{s.id}",
            lambda s, lang: _in(s.title, lang),
            f.statement,
        ),
        _Kind("quote", lambda q: f"quote:{q.id}", speaker, f.quote),
        _Kind(
            "principle",
            lambda p: f"principle:{p.id}",
            lambda p, lang: name(p.title, p.title_zh, lang),
            f.principle,
        ),
        _Kind(
            "programme",
            lambda g: "programme",
            lambda g, lang: name(g.name, g.name_zh, lang),
            f.programme,
        ),
        _Kind("fact", lambda x: f"fact:{x.id}", lambda x, lang: _in(x.title, lang), f.fact),
        _Kind("batch", lambda b: f"batch:{b.id}", lambda b, lang: _in(b.title, lang), f.batch),
        _Kind("event", lambda e: f"event:{e.id}", lambda e, lang: _in(e.title, lang), f.event),
        _Kind("source", lambda s: f"source:{s.id}", lambda s, lang: s.label_in(lang), f.source),
        _Kind(
            "sentence",
            lambda pair: f"source:{pair[0].id}#{pair[1].id}",
            sentence_title,
            f.sentence,
        ),
        _Kind(
            "overview",
            lambda b: "overview",
            lambda b, lang: name(b.title, b.title_zh, lang),
            f.overview,
        ),
    ]
    return {k.name: k for k in kinds}


# Internal kinds shown as one of the public kinds.
_PUBLIC_KIND = {"system": "partner", "predecessor": "strategy", "sentence": "source"}


def _items(content: Content) -> Iterator[tuple[str, Any]]:
    """(internal kind, object) for every item, in KIND_ORDER and then bundle order."""
    for partner in content.partners:
        yield "partner", partner
    if content.partners_file.system:
        yield "system", content.partners_file.system
    for cohort in content.cohorts:
        yield "cohort", cohort
    for member in content.programme.members:
        yield "member", member
    yield "strategy", content.strategy
    if content.strategy.predecessor:
        yield "predecessor", content.strategy.predecessor
    for statement in content.strategy.statements:
        yield "statement", statement
    for quote in content.strategy.quotes:
        yield "quote", quote
    for principle in content.strategy.principles:
        yield "principle", principle
    yield "programme", content.programme
    for fact in content.programme.facts:
        yield "fact", fact
    for batch in content.programme.batches:
        yield "batch", batch
    for event in content.events:
        yield "event", event
    for source in content.sources:
        yield "source", source
        for sentence in source.sentences:
            yield "sentence", (source, sentence)
    yield "overview", content.bundle


# --- queries --------------------------------------------------------------------------------


def _query_words(query: str) -> list[tuple[str, ...]]:
    """The folded words of a query, each with the spellings it may match.

    A number may match with or without thousands separators: "119650000" finds
    "119,650,000" and the other way round. Punctuation around words is ignored.
    """
    words: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for raw in fold(query).split():
        word = _EDGE_PUNCTUATION.sub("", raw)
        if not word or word in seen:
            continue
        seen.add(word)
        spellings = [word]
        if _DIGITS.fullmatch(word) and not word.startswith("0"):
            spellings.append(f"{int(word):,}")
        elif _GROUPED_DIGITS.fullmatch(word):
            spellings.append(word.replace(",", ""))
        words.append(tuple(spellings))
    return words


def _quality(text: str, start: int, end: int) -> int:
    """How the match text[start:end] sits in its word. Positions are never 0: every entry
    of a tier string starts with a separator."""
    if text[start - 1].isalnum():
        return _INSIDE
    if text[end : end + 1].isalnum():
        return _PREFIX
    return _WHOLE


def _patterns(spelling: str) -> dict[int, re.Pattern[str]]:
    """Regexes finding `spelling` only as a whole word, only as a prefix, only inside a
    word. The literal comes first and the look-arounds after it, so `re` keeps its fast
    literal search."""
    e = re.escape(spelling)
    return {
        _WHOLE: re.compile(rf"{e}(?<!\w{e})(?!\w)"),
        _PREFIX: re.compile(rf"{e}(?<!\w{e})(?=\w)"),
        _INSIDE: re.compile(rf"{e}(?<=\w{e})"),
    }


# --- the index ------------------------------------------------------------------------------


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


class SearchIndex:
    """A search index over one `Content`; build it once, search it many times.

    Immutable once built, so searching from another thread is safe. At 100,000 partners the
    build takes well under a second and a search about 10 ms, rarely more than 40 ms
    (`python tests/content/synthetic_bundle.py` measures both).
    """

    # The order of result groups for display (and of equal scores): gui.content.refs.
    KIND_ORDER: ClassVar[tuple[str, ...]] = KIND_ORDER

    def __init__(
        self,
        kinds: dict[str, _Kind],
        kind_of: array[int],
        objects: list[Any],
        segments: list[_Segment],
        offsets: list[array[int]],
        pinyin: PinyinTable,
    ) -> None:
        """Use `SearchIndex.build`."""
        self._kinds = kinds
        self._kind_names = list(kinds)
        self._kind_of = kind_of
        self._objects = objects
        self._segments = segments
        self._offsets = offsets
        self._pinyin = pinyin

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def build(cls, content: Content) -> SearchIndex:
        """Index every piece of `content`. Linear in the size of the bundle, and kept lean:
        it runs once for every partner of a bundle that may hold 100,000."""
        # The build makes millions of small objects and no reference cycles: collecting
        # cycles meanwhile would walk the whole bundle again and again (a third of the time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._build(content)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _build(cls, content: Content) -> SearchIndex:
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
        return cls(kinds, kind_of, objects, segments, offsets, pinyin)

    def __len__(self) -> int:
        """The number of items indexed."""
        return len(self._objects)

    # --- searching --------------------------------------------------------------------------

    def search(self, query: str, limit: int = 100, language: str = "en") -> list[SearchHit]:
        """The best `limit` items matching every word of `query`, in any language of the
        content, best first; their titles in `language` ("en" or "zh")."""
        words = _query_words(query)
        if not words or limit <= 0:
            return []
        phrase = " ".join(spellings[0] for spellings in words)
        estimates = {spellings: self._estimate(spellings) for spellings in words}
        words.sort(key=lambda spellings: (estimates[spellings], -len(spellings[0])))
        # A word estimated far above the limit is not even tried as a rare one.
        rare = estimates[words[0]] <= 2 * _RARE_MATCHES
        scores = self._search_rare(words) if rare else None
        if scores is None and len(words) > 1:
            if self._dense(words, estimates, limit):
                # Many items hold every word: the best-first scan finds `limit` of them fast.
                exact = self._exact_items(phrase)
                scores = self._search_common(words, limit, exact, budget=_DENSE * limit)
                if len(scores) < limit:
                    scores = None  # it gave up early: collect and intersect instead
            if scores is None:
                scores = self._search_sets(
                    words, estimates, limit, lambda: self._exact_items(phrase)
                )
        if scores is None:
            scores = self._search_common(words, limit, self._exact_items(phrase))
        for item in scores:
            scores[item] += self._exact_bonus(item, phrase)
        best = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]
        return [self._hit(item, float(score), words, language) for item, score in best]

    def _segments_for(self, spelling: str) -> Iterator[tuple[int, int, _Segment]]:
        """(tier, slot, segment) for each string that may hold `spelling`: non-ASCII text
        is never in the ASCII strings."""
        ascii_only = spelling.isascii()
        for tier in _TIERS:
            if ascii_only:
                yield tier, tier * 2, self._segments[tier * 2]
            yield tier, tier * 2 + 1, self._segments[tier * 2 + 1]

    def _estimate(self, spellings: tuple[str, ...]) -> float:
        """Roughly how many times a word occurs in the items' texts, from a sample of
        each tier string (see _Segment)."""
        total = 0.0
        for spelling in spellings:
            # Once in an item, the rest of the item is skipped: items are counted.
            subn = re.compile(re.escape(spelling) + f"[^{_ITEM_SEP}]*").subn
            for _tier, _slot, segment in self._segments_for(spelling):
                if spelling in segment.sample:
                    total += subn("", segment.sample)[1] * segment.scale
        return total

    def _dense(
        self, words: list[tuple[str, ...]], estimates: dict[tuple[str, ...], float], limit: int
    ) -> bool:
        """Whether, were the words independent, many items would hold them all."""
        count = max(len(self._objects), 1)
        expected = float(count)
        for spellings in words:
            expected *= min(1.0, estimates[spellings] / count)
        return expected >= _DENSE * limit

    # Three strategies; see the module docstring.

    def _search_rare(self, words: list[tuple[str, ...]]) -> dict[int, int] | None:
        """Every matching item with its score, found from the rarest word's matches; None
        if that word has too many."""
        driver, others = words[0], words[1:]
        levels: dict[int, int] = {}
        seen = 0
        for spelling in driver:
            size = len(spelling)
            for tier, _slot, segment in self._segments_for(spelling):
                text, find, items_of = segment.text, segment.text.find, segment.items_of
                position = find(spelling)
                while position >= 0:
                    items = items_of(segment.entry_at(position))
                    seen += len(items)
                    if seen > _RARE_MATCHES:
                        return None
                    level = _level(_quality(text, position, position + size), tier)
                    for item in items:
                        if level > levels.get(item, 0):
                            levels[item] = level
                    position = find(spelling, position + 1)
        scores: dict[int, int] = {}
        for item, level in levels.items():
            total = self._score_others(item, level, others)
            if total:
                scores[item] = total
        return scores

    def _search_sets(
        self,
        words: list[tuple[str, ...]],
        estimates: dict[tuple[str, ...], float],
        limit: int,
        exact: Callable[[], set[int]],
    ) -> dict[int, int] | None:
        """For several common words: the items holding each word, found in C and
        intersected, then scored; None if every word is too common even for that."""
        candidates: set[int] | None = None
        checked = False  # whether the words left are looked for item by item
        for spellings in words:
            if candidates is not None and len(candidates) <= min(
                _CHECKED_CANDIDATES, _CHECKED_BASE + estimates[spellings] / 6
            ):
                checked = True  # cheaper than collecting this word's items (~3 µs each)
                break
            if estimates[spellings] > _SET_MATCHES:
                break  # this word and the rest are looked for item by item
            found = self._items_with(spellings)
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return {}
        if candidates is None:
            return None
        if len(candidates) > _SCORED_CANDIDATES and not checked:
            return self._search_common(words, limit, exact(), within=candidates)
        scores: dict[int, int] = {}
        for item in candidates:
            total = self._score_others(item, 0, words)
            if total:
                scores[item] = total
        return scores

    def _search_common(
        self,
        words: list[tuple[str, ...]],
        limit: int,
        exact: set[int],
        within: set[int] | None = None,
        budget: int = _COMMON_BUDGET,
    ) -> dict[int, int]:
        """Matching items, found best level first; stops once `limit` are found (exact for
        one word), or after checking `budget` items against the other words."""
        driver, others = words[0], words[1:]
        scores: dict[int, int] = {}
        seen: set[int] = set()
        for item in sorted(exact):
            seen.add(item)
            total = self._score_others(item, 0, words)
            if total:
                scores[item] = total
        patterns = [_patterns(spelling) for spelling in driver]
        # Where each spelling first occurs in each string (-1: nowhere): the three scans of
        # a string start there, and strings without the word are not scanned at all.
        first = {
            (spelling, slot): segment.text.find(spelling)
            for spelling in driver
            for _tier, slot, segment in self._segments_for(spelling)
        }
        for tier in _TIERS:
            for quality in (_WHOLE, _PREFIX, _INSIDE):
                level = _level(quality, tier)
                need = limit - len(scores)
                if need <= 0:
                    return scores
                # The `need` first items found at this level, as a heap of negated items:
                # once an entry's first item comes after all of them, nothing later can
                # take their place (entries are in the order of their first items).
                best: list[int] = []
                for spelling, pattern in zip(driver, patterns, strict=True):
                    for slot in (tier * 2, tier * 2 + 1):
                        start = first.get((spelling, slot), -1)
                        if start < 0:
                            continue
                        segment = self._segments[slot]
                        for match in pattern[quality].finditer(segment.text, start):
                            entry = segment.entry_at(match.start())
                            if len(best) >= need and segment.first(entry) > -best[0]:
                                break
                            for item in segment.items_of(entry):
                                if len(best) >= need and item > -best[0]:
                                    break
                                if item in seen or (within is not None and item not in within):
                                    continue
                                seen.add(item)
                                budget -= 1
                                total = self._score_others(item, level, others)
                                if total:
                                    scores[item] = total
                                    if len(best) < need:
                                        heapq.heappush(best, -item)
                                    else:
                                        heapq.heapreplace(best, -item)
                                if budget <= 0:
                                    return scores
                if len(scores) >= limit:
                    return scores
        return scores

    def _items_with(self, spellings: tuple[str, ...]) -> set[int]:
        """Every item holding a word anywhere; the whole look-up runs in C."""
        found: set[int] = set()
        for spelling in spellings:
            pattern = re.compile(re.escape(spelling))
            for _tier, _slot, segment in self._segments_for(spelling):
                start = segment.text.find(spelling)
                if start >= 0:
                    matches = pattern.finditer(segment.text, start)
                    found |= segment.items_at(map(_START, matches))
        return found

    def _score_others(self, item: int, level: int, others: list[tuple[str, ...]]) -> int:
        """`level` plus the level of every word of `others` in `item`; 0 if one is missing."""
        total = level
        for spellings in others:
            found = self._item_level(item, spellings)
            if not found:
                return 0
            total += found
        return total

    def _entry(self, slot: int, item: int) -> tuple[str, int, int] | None:
        """(tier string, start, end) of one item's text in one slot, if it has any."""
        start = self._offsets[slot][item]
        if start < 0:
            return None
        text = self._segments[slot].text
        end = text.find(_ITEM_SEP, start + 1)
        return text, start, end if end >= 0 else len(text)

    def _item_level(self, item: int, spellings: tuple[str, ...]) -> int:
        """The best level at which a word occurs in one item (0: it does not)."""
        best = 0
        for tier in _TIERS:
            if best >= _level(_WHOLE, tier):
                break  # nothing in this tier or below can do better
            for slot in (tier * 2, tier * 2 + 1):
                entry = self._entry(slot, item)
                if entry is None:
                    continue
                text, start, end = entry
                for spelling in spellings:
                    size = len(spelling)
                    position = text.find(spelling, start, end)
                    while position >= 0:
                        quality = _quality(text, position, position + size)
                        best = max(best, _level(quality, tier))
                        if quality == _WHOLE:
                            break
                        position = text.find(spelling, position + 1, end)
        return best

    def _exact_items(self, phrase: str) -> set[int]:
        """Items with a name or other name equal to the whole query (a scan of the names)."""
        e = re.escape(phrase)
        pattern = re.compile(rf"{e}(?<=[{_SEPARATORS}]{e})(?=[{_SEPARATORS}]|\Z)")
        found: set[int] = set()
        for tier, _slot, segment in self._segments_for(phrase):
            if tier != TIER_BODY:
                found |= segment.items_at(map(_START, pattern.finditer(segment.text)))
        return found

    def _exact_bonus(self, item: int, phrase: str) -> int:
        """The bonus for a name (or other name) of `item` equal to the whole query."""
        size = len(phrase)
        for tier in (TIER_NAME, TIER_ALT):
            for slot in (tier * 2, tier * 2 + 1):
                entry = self._entry(slot, item)
                if entry is None:
                    continue
                text, start, end = entry
                position = text.find(phrase, start, end)
                while position >= 0:
                    after = position + size
                    if text[position - 1] in _SEPARATORS and (
                        after == end or text[after] in _SEPARATORS
                    ):
                        return _EXACT_BONUS[tier]
                    position = text.find(phrase, position + 1, end)
        return 0

    # --- results ----------------------------------------------------------------------------

    def _hit(
        self, item: int, score: float, words: list[tuple[str, ...]], language: str = "en"
    ) -> SearchHit:
        kind = self._kinds[self._kind_names[self._kind_of[item]]]
        obj = self._objects[item]
        snippet, spans = self._snippet(kind.fields(obj), words)
        return SearchHit(
            kind=_PUBLIC_KIND.get(kind.name, kind.name),
            ref=kind.ref(obj),
            title=kind.title(obj, language),
            snippet=snippet,
            spans=spans,
            score=score,
        )

    def _forms(self, text: str, mode: int) -> list[tuple[str, Sequence[int]]]:
        """The folded texts a field was indexed as, each with its map back to `text`."""
        if mode == _NAME_PINYIN:
            return [*self._pinyin.name_forms(text)]
        forms: list[tuple[str, Sequence[int]]] = [fold_with_map(text)]
        if mode == _TEXT and has_han(text):
            forms += self._pinyin.text_forms(text)
        return forms

    def _snippet(
        self, fields: list[Field], words: list[tuple[str, ...]]
    ) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The field that best shows why the item matched, cut around the matches."""
        best_key: tuple[int, int, bool, int] | None = None
        best: tuple[str, list[_Span]] = ("", [])
        for number, (tier, text, mode) in enumerate(fields):
            forms = [(_FIELD_SEP + form, where) for form, where in self._forms(text, mode)]
            matched = quality_sum = 0
            spans: list[_Span] = []
            for word, spellings in enumerate(words):
                found = _matches(forms, spellings, word)
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
