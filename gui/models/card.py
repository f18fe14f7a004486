"""Cards: the plain-Python rows behind the card lists (statements, quotes, facts, events).

Built from the content once, outside the model class, so the card model stays a thin adapter.
Words of our own ("shares", "— Lei Jun") are translated here, at build time: a language
switch rebuilds the cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..content import Content
from ..content.schema import Citation
from ..desktop.i18n import content_language, date_text, is_chinese, local, pick


@dataclass(frozen=True, slots=True)
class Card:
    ref: str
    title: str
    text: str
    citations: tuple[Citation, ...]
    subtitle: str = ""
    accent: str = ""
    link: str = ""  # where activating the card leads (Enter, double-click): a reference

    @property
    def target(self) -> str:
        """The card's link, or else its first source."""
        return self.link or (citation_ref(self.citations[0]) if self.citations else "")


def citation_ref(citation: Citation) -> str:
    """The reference that opens a citation: "source:article#s13" or "source:tencent"."""
    ref = f"source:{citation.source}"
    return f"{ref}#{citation.sentence}" if citation.sentence else ref


def statement_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(f"statement:{s.id}", local(s.title), local(s.text), s.citations)
        for s in content.strategy.statements
    )


def quote_cards(content: Content) -> tuple[Card, ...]:
    cards = []
    for q in content.strategy.quotes:
        speaker = content.partner(q.speaker)
        name = pick(speaker.name, speaker.name_zh) if speaker else q.speaker
        attribution = QCoreApplication.translate("Card", "— %1").replace("%1", name)
        # The words stay as the source gives them; a translation follows, labelled as ours.
        translation = q.translation.get(content_language()) if q.translation else None
        if translation:
            label = QCoreApplication.translate(
                "Card", "Translation (ours, not the speaker’s words)"
            )
            attribution += f"\n{label}{'：' if is_chinese() else ': '}{translation}"
        cards.append(
            Card(
                f"quote:{q.id}",
                f"“{q.text}”",
                attribution,
                q.citations,
                accent="quote",
                link=f"partner:{q.speaker}" if speaker else "",
            )
        )
    return tuple(cards)


def principle_cards(content: Content) -> tuple[Card, ...]:
    # The Chinese wording is the original: it leads, with the English beneath.
    return tuple(
        Card(f"principle:{p.id}", p.title_zh or p.title, p.title if p.title_zh else "", p.citations)
        for p in content.strategy.principles
    )


def highlight_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(
            h.target,
            local(h.value),
            local(h.text),
            h.citations,
            subtitle=local(h.label),
            accent="highlight",
            link=h.target,
        )
        for h in content.bundle.highlights
    )


def fact_cards(content: Content) -> tuple[Card, ...]:
    return tuple(
        Card(f"fact:{f.id}", local(f.title), local(f.text), f.citations, accent=f.topic)
        for f in content.programme.facts
    )


def batch_cards(content: Content) -> tuple[Card, ...]:
    cards = []
    for b in content.programme.batches:
        figures = []
        if b.shares is not None:
            figures.append(
                QCoreApplication.translate("Card", "%1 shares").replace("%1", f"{b.shares:,}")
            )
        if b.recipients is not None:
            figures.append(
                QCoreApplication.translate("Card", "%1 people").replace("%1", f"{b.recipients:,}")
            )
        if b.vesting:
            figures.append(
                QCoreApplication.translate("Card", "vesting %1").replace("%1", local(b.vesting))
            )
        subtitle = " · ".join([date_text(b.date), *figures])
        cards.append(
            Card(f"batch:{b.id}", local(b.title), local(b.text), b.citations, subtitle=subtitle)
        )
    return tuple(cards)


def event_cards(content: Content) -> tuple[Card, ...]:
    """Events in date order; those after the bundle's `as_of` day are marked as later."""
    later = QCoreApplication.translate("Card", "After %1").replace("%1", date_text(content.as_of))
    return tuple(
        Card(
            f"event:{e.id}",
            local(e.title),
            local(e.text),
            e.citations,
            subtitle=f"{date_text(e.date)} · {later}"
            if content.is_later(e.date)
            else date_text(e.date),
            accent="later" if content.is_later(e.date) else "",
            link=e.refs[0] if e.refs else "",
        )
        for e in content.events
    )
