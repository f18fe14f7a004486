"""What is searchable: every item of a bundle, its fields in three tiers, and how a match
sits in a word. Shared by the build (build.py), the queries (query.py) and the snippets
(snippets.py); see the package's docstring for the layout."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..content import Content
from ..schema import (
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
from ..text import format_date

TIER_NAME, TIER_ALT, TIER_BODY = 0, 1, 2
_TIERS = (TIER_NAME, TIER_ALT, TIER_BODY)
# How a word matched: inside a word, at the start of one, or as a whole word.
_INSIDE, _PREFIX, _WHOLE = 0, 1, 2


def _level(quality: int, tier: int) -> int:
    """1 (inside a word of body text) … 9 (a whole word of a name): the tier counts first."""
    return (2 - tier) * 3 + quality + 1


# Field modes: text (and the pinyin of any Chinese in it), text only (dates, numbers), or the
# pinyin of a Chinese personal name.
_TEXT, _PLAIN, _NAME_PINYIN = 0, 1, 2

_ITEM_SEP = "\x1e"  # before every item's text in a tier string
_FIELD_SEP = "\x1f"  # between the fields of one item
_SEPARATORS = _ITEM_SEP + _FIELD_SEP


def _quality(text: str, start: int, end: int) -> int:
    """How the match text[start:end] sits in its word. Positions are never 0: every entry
    of a tier string starts with a separator."""
    if text[start - 1].isalnum():
        return _INSIDE
    if text[end : end + 1].isalnum():
        return _PREFIX
    return _WHOLE


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
