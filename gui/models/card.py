"""Cards: the plain-Python rows behind the card lists (statements, quotes, facts, events).

Built from the content once, outside any Qt class, so the card model stays a thin adapter.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.content import Content
from gui.content.schema import Citation
from gui.content.text import format_date


@dataclass(frozen=True, slots=True)
class Card:
    ref: str
    title: str
    text: str
    citations: tuple[Citation, ...]
    subtitle: str = ""
    accent: str = ""


def statement_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(f"statement:{s.id}", s.title, s.text, s.citations) for s in content.strategy.statements
    )


def quote_cards(content: Content) -> tuple[Card, ...]:
    cards = []
    for q in content.strategy.quotes:
        speaker = content.partner(q.speaker)
        name = speaker.name if speaker else q.speaker
        cards.append(Card(f"quote:{q.id}", f"“{q.text}”", f"— {name}", q.citations, accent="quote"))
    return tuple(cards)


def principle_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(f"principle:{p.id}", p.title_zh or p.title, p.title, p.citations)
        for p in content.strategy.principles
    )


def highlight_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(h.target, h.value, h.text, h.citations, subtitle=h.label, accent="highlight")
        for h in content.bundle.highlights
    )


def fact_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(f"fact:{f.id}", f.title, f.text, f.citations, accent=f.topic)
        for f in content.programme.facts
    )


def batch_cards(content: Content) -> tuple[Card, ...]:
    cards = []
    for b in content.programme.batches:
        figures = []
        if b.shares is not None:
            figures.append(f"{b.shares:,} shares")
        if b.recipients is not None:
            figures.append(f"{b.recipients:,} people")
        if b.vesting:
            figures.append(f"vesting {b.vesting}")
        subtitle = " · ".join([format_date(b.date), *figures])
        cards.append(Card(f"batch:{b.id}", b.title, b.text, b.citations, subtitle=subtitle))
    return tuple(cards)


def event_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(f"event:{e.id}", e.title, e.text, e.citations, subtitle=format_date(e.date))
        for e in content.events
    )
