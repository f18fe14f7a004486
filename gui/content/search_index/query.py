"""Querying the index: a query's words, the three ways of finding the items that hold them
all (see the package's docstring), and their scores."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator
from operator import methodcaller
from typing import ClassVar

from ..content import Content
from ..refs import KIND_ORDER
from ..text_normalize import fold
from .build import Built, _Segment, build
from .items import (
    _INSIDE,
    _ITEM_SEP,
    _PREFIX,
    _PUBLIC_KIND,
    _SEPARATORS,
    _TIERS,
    _WHOLE,
    TIER_ALT,
    TIER_BODY,
    TIER_NAME,
    _level,
    _quality,
)
from .snippets import SearchHit, snippet

# An item whose whole name (tier 0) or other name (tier 1) is the query.
_EXACT_BONUS = {TIER_NAME: 30, TIER_ALT: 25}

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

_START = methodcaller("start")
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_DIGITS = re.compile(r"[0-9]{4,}")
_GROUPED_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


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


class SearchIndex:
    """A search index over one `Content`; build it once, search it many times.

    Immutable once built, so searching from another thread is safe. At 100,000 partners and
    as many members the build takes about 1.3 s and a search about 13 ms, rarely more than
    40 ms (bench/run.py measures both).
    """

    # The order of result groups for display (and of equal scores): gui.content.refs.
    KIND_ORDER: ClassVar[tuple[str, ...]] = KIND_ORDER

    def __init__(self, built: Built) -> None:
        """Use `SearchIndex.build`."""
        self._kinds = built.kinds
        self._kind_names = list(built.kinds)
        self._kind_of = built.kind_of
        self._objects = built.objects
        self._segments = built.segments
        self._offsets = built.offsets
        self._pinyin = built.pinyin

    @classmethod
    def build(cls, content: Content) -> SearchIndex:
        """Index every piece of `content` (build.py)."""
        return cls(build(content))

    def __len__(self) -> int:
        """The number of items indexed."""
        return len(self._objects)

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

    def _hit(
        self, item: int, score: float, words: list[tuple[str, ...]], language: str = "en"
    ) -> SearchHit:
        kind = self._kinds[self._kind_names[self._kind_of[item]]]
        obj = self._objects[item]
        text, spans = snippet(self._pinyin, kind.fields(obj), words)
        return SearchHit(
            kind=_PUBLIC_KIND.get(kind.name, kind.name),
            ref=kind.ref(obj),
            title=kind.title(obj, language),
            snippet=text,
            spans=spans,
            score=score,
        )
