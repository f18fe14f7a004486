"""Everything known about one partner, each fact with its sources."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..content.safe_text import one_line
from ..content.schema import CitedText, Partner
from ..desktop.i18n import date_text, is_chinese, local, pick
from ..theming import spacing
from ..theming.theme import Theme
from ..views.citation_bar import CitationBar
from ..views.elided_button import WrappingButton
from ..views.elided_label import ElidedLabel
from ..views.flow_layout import FlowLayout
from ..views.pane import PaneContext
from ..views.widgets import button_text, heading, later_box, plain_label
from .avatar import AvatarWidget


def _unbroken(name: str) -> str:
    """A person's name with no-break spaces: it wraps as a whole or not at all."""
    return name.replace(" ", "\u00a0") if len(name) <= NAME_MAX_UNBROKEN else name


# A longer "name" (hostile data, a 300-character one) may still wrap between its words.
NAME_MAX_UNBROKEN = 40


class _Body(QWidget):
    """The details' content. Its minimum height is left to height-for-width, as a pane's
    page does: the layout's plain minimum assumes every wrapped line at its narrowest, and
    made a narrow panel scroll by a few pixels with nothing hidden."""

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return QSize(layout.minimumSize().width() if layout else 0, 0)


class PartnerDetailPanel(QScrollArea):
    citation_activated = Signal(object)
    ref_activated = Signal(str)  # an event or quote that mentions the partner

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.partner: Partner | None = None
        self.setObjectName("detailPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons take the keyboard, as a pane's
        self.setAccessibleName(self.tr("Partner details"))
        self._layout: QVBoxLayout  # made by _clear(), with a new body each time
        self.show_partner(None)

    def set_theme(self, theme: Theme) -> None:
        """Citation bars made from now on use `theme` (the pane re-colours existing ones)."""
        self.context = replace(self.context, theme=theme)

    def _clear(self) -> None:
        """A new, empty body; the old one is deleted with everything in it.

        Replacing the whole widget lets Qt delete its layouts and their items; taking the
        items out one by one would leave each item to be deleted by hand (a kiosk showing
        partner after partner would lose a kilobyte each time).
        """
        old = self.takeWidget()
        if old is not None:
            old.hide()  # gone at once; deleted later, as a click inside it may be running
            old.deleteLater()
        body = _Body()
        body.setObjectName("detailBody")
        self._layout = QVBoxLayout(body)
        m = spacing.L
        spacing.apply(self._layout, (m, m, m, m), spacing.M)
        self.setWidget(body)

    def _bar(self, citations: tuple) -> CitationBar:  # type: ignore[type-arg]
        bar = CitationBar(self.context.label_for, self.context.theme.accent)
        bar.set_citations(citations)
        bar.citation_activated.connect(self.citation_activated)
        return bar

    def _fact(self, fact: CitedText, name: str = "body") -> None:
        self._layout.addWidget(plain_label(local(fact.text), name, selectable=True))
        self._layout.addWidget(self._bar(fact.citations))

    def show_partner(self, partner: Partner | None) -> None:
        self.partner = partner
        self._clear()
        lay = self._layout
        if partner is None:
            self.name_label = None
            lay.addWidget(
                plain_label(self.tr("Select a partner to see their details."), "placeholder")
            )
            lay.addStretch(1)
            return
        content = self.context.content
        header = QHBoxLayout()
        self.avatar = AvatarWidget(72)
        self.avatar.set_person(partner.name, partner.id)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        # A name is one word to the layout: "Lu Weibing", never "Lu" above "Weibing".
        name = pick(partner.name, partner.name_zh)
        self.name_label = heading(_unbroken(name), 1)
        self.name_label.setAccessibleName(one_line(name))
        names.addWidget(self.name_label)
        other = partner.name if is_chinese() else partner.name_zh
        names.addWidget(plain_label(_unbroken(other or ""), "nameZh"))
        cohort = content.cohort(partner.cohort)
        # One line: a date and its suffix ("2020年8月16日加入") stay together; where the
        # panel is too narrow the label ends in "…", whole in its tool tip.
        self.cohort_label = ElidedLabel(f"cohort-{partner.cohort}")
        self.cohort_label.setText(local(cohort.label) if cohort else partner.cohort)
        names.addWidget(self.cohort_label)
        header.addLayout(names, 1)
        header.addStretch(0)  # what the names' measure leaves, at the right
        lay.addLayout(header)
        lay.addWidget(self._bar(partner.citations))

        lay.addWidget(heading(self.tr("Partner since"), 3))
        since = (
            date_text(partner.partner_since)
            if partner.partner_since
            else self.tr("Founding partner (the sources give no date)")
        )
        lay.addWidget(plain_label(since, "body"))
        if partner.joined_company:
            lay.addWidget(heading(self.tr("Joined the company"), 3))
            lay.addWidget(plain_label(date_text(partner.joined_company.date), "body"))
            lay.addWidget(self._bar(partner.joined_company.citations))

        # Roles as they were on the day the content describes; later changes apart below.
        as_of = date_text(content.as_of)
        lay.addWidget(heading(self.tr("Role as of %1").replace("%1", as_of), 3))
        for role in partner.roles:
            lay.addWidget(plain_label(local(role.text), "body", selectable=True))
            if role.wording:
                quoted = self.tr("As the source words it: “%1”").replace("%1", role.wording.text)
                lay.addWidget(plain_label(quoted, "wording", selectable=True))
                if not set(role.wording.citations) <= set(role.citations):
                    lay.addWidget(self._bar(role.wording.citations))
            lay.addWidget(self._bar(role.citations))
        if partner.notes:
            lay.addWidget(heading(self.tr("Notes"), 3))
            for note in partner.notes:
                self._fact(note)
        if partner.later:
            self.later = later_box(
                self.tr("What came after"),
                self.tr("After %1; the roles above are as of that day.").replace("%1", as_of),
                partner.later,
                self._bar,
            )
            lay.addWidget(self.later)
        backlinks = content.backlinks(f"partner:{partner.id}")
        if backlinks:
            lay.addWidget(heading(self.tr("Mentioned in"), 3))
            row = QWidget()
            flow = FlowLayout(row)
            for ref in backlinks:
                # One safe line, && keeping an ampersand from becoming a mnemonic. The
                # button wraps its label onto more lines where the panel is narrow (it
                # was cut to "nine pa…"); the cap is only for absurdly long titles
                # ("date · title" of a real event is ~65).
                button = WrappingButton(button_text(self._backlink_label(ref), 120))
                button.setObjectName("linkButton")
                button.setAccessibleName(
                    self.tr("Open %1").replace("%1", one_line(self._backlink_label(ref)))
                )
                button.clicked.connect(lambda _=False, r=ref: self.ref_activated.emit(r))
                flow.addWidget(button)
            lay.addWidget(row)
        lay.addStretch(1)

    def _backlink_label(self, ref: str) -> str:
        kind, item_id = ref.split(":", 1)
        content = self.context.content
        if kind == "event":
            event = content.event(item_id)
            return f"{date_text(event.date)} · {local(event.title)}" if event else ref
        quote = next((q for q in content.strategy.quotes if q.id == item_id), None)
        if quote is None:
            return ref
        words = quote.text.split()
        short = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
        return f"“{short}”"
