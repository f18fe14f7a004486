"""Plain text for the clipboard: a fact or quote with its sources, ready for an email."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from ..content import Content
from ..content.schema import Citation, Partner, ProgrammeMember, Source
from ..desktop.i18n import date_text, local, source_label, source_publisher
from ..models.card import Card


class CitingContext(Protocol):
    """What these texts need of a pane's context (gui.views.pane.PaneContext): the
    content, and how the pane labels a citation."""

    @property
    def content(self) -> Content: ...

    def label_for(self, citation: Citation) -> str: ...


def sources_line(context: CitingContext, citations: tuple[Citation, ...]) -> str:
    """'Sources: Article ¶10 — "Title", publisher, date; Tencent News — …'"""
    parts = []
    seen: set[str] = set()
    for citation in citations:
        source = context.content.source(citation.source)
        label = context.label_for(citation)
        if label in seen:
            continue
        seen.add(label)
        if source is None:
            parts.append(label)
            continue
        label_text = source_label(source)
        detail = [f"“{label_text}”" if source.title else label_text, source_publisher(source)]
        if source.date:
            detail.append(date_text(source.date))
        parts.append(f"{label} — {', '.join(dict.fromkeys(detail))}")
    return QCoreApplication.translate("ClipboardText", "Sources: %1").replace(
        "%1", "; ".join(parts)
    )


def card_text(context: CitingContext, card: Card) -> str:
    lines = [line for line in (card.subtitle, card.title, card.text) if line]
    return "\n".join([*lines, sources_line(context, card.citations)])


def partner_text(context: CitingContext, partner: Partner) -> str:
    """A partner as of the content's day: roles (with a source's own wording, quoted),
    notes, and then what came after, each later note with its date."""
    translate = QCoreApplication.translate
    as_of = date_text(context.content.as_of)
    lines = [f"{partner.name} ({partner.name_zh})"]
    lines.append(translate("ClipboardText", "As of %1").replace("%1", as_of))
    for role in partner.roles:
        lines.append(local(role.text))
        if role.wording:
            worded = translate("ClipboardText", "As the source words it: “%1”")
            lines.append(worded.replace("%1", role.wording.text))
    if partner.partner_since:
        since = translate("ClipboardText", "Partner since %1")
        lines.append(since.replace("%1", date_text(partner.partner_since)))
    lines += [local(note.text) for note in partner.notes]
    for later in partner.later:
        lines.append(f"{date_text(later.date)}: {local(later.text)}")
    citations = (
        partner.citations
        + tuple(c for r in partner.roles for c in r.citations)
        + tuple(c for n in partner.later for c in n.citations)
    )
    return "\n".join([*lines, sources_line(context, citations)])


def member_text(context: CitingContext, member: ProgrammeMember, grant: str = "") -> str:
    """A programme member as the members table shows them: name, role, grant; sources."""
    name = f"{member.name} ({member.name_zh})" if member.name_zh else member.name
    lines = [line for line in (name, local(member.role), grant) if line]
    return "\n".join([*lines, sources_line(context, member.citations)])


def source_text(context: CitingContext, source: Source, sentence_id: str | None = None) -> str:
    """A sentence of a source in quotes with where it is from; or, with no sentence, the
    source itself: its name, publisher and date, and its note."""
    sentence = context.content.sentence(source.id, sentence_id) if sentence_id else None
    if sentence is not None:
        citation = Citation(source=source.id, sentence=sentence.id, note=None)
        return "\n".join([f"“{sentence.text}”", sources_line(context, (citation,))])
    meta = [source_publisher(source)]
    if source.date:
        meta.append(date_text(source.date))
    lines = [source_label(source), " · ".join(meta)]
    if source.note:
        lines.append(local(source.note))
    return "\n".join(lines)
