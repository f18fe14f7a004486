"""Overview: the headline, the key figures (each opens its section) and the context."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import QWidget

from ..desktop.i18n import date_text, is_chinese, local, pick
from ..models.card import highlight_cards
from ..models.card_list_model import CardListModel
from ..models.roles import RefRole
from .citation_bar import CitationBar
from .pane import Pane, PaneContext
from .widgets import heading, plain_label


class OverviewPane(Pane):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        bundle = context.content.bundle
        lay = self.page_layout
        self.kicker = plain_label(
            f"{pick(bundle.company, bundle.company_zh)} · {date_text(bundle.announced)}",
            "kicker",
            wrap=False,
        )
        lay.addWidget(self.kicker)
        # The interface language's title leads; the other language follows it.
        self.title = heading(pick(bundle.title, bundle.title_zh), 1)
        lay.addWidget(self.title)
        other = bundle.title if is_chinese() else bundle.title_zh
        if other and other != self.title.text():
            lay.addWidget(plain_label(other, "titleZh"))
        self.headline = plain_label(local(bundle.headline.text), "lead", selectable=True)
        lay.addWidget(self.headline)
        self.headline_sources = CitationBar(context.label_for, context.theme.accent)
        self.headline_sources.set_citations(bundle.headline.citations)
        self.headline_sources.citation_activated.connect(self.citation_activated)
        lay.addWidget(self.headline_sources)

        self.as_of = plain_label(
            self.tr("Figures as of %1").replace("%1", date_text(context.content.as_of)),
            "asOf",
        )
        lay.addWidget(self.as_of)
        self.highlights_model = CardListModel(highlight_cards(context.content), self)
        self.highlights = self.card_grid(self.highlights_model, min_width=220, style="figure")
        self.highlights.setAccessibleName(self.tr("Key figures"))
        self.highlights.setAccessibleDescription(
            self.tr("Each figure opens its section: choose it, or press Enter.")
        )
        # A single click is enough on a key figure (activation is wired by card_grid).
        self.highlights.clicked.connect(self._on_highlight_activated)
        lay.addWidget(self.highlights)

        if bundle.context:
            lay.addWidget(heading(self.tr("Context"), 2))
            for item in bundle.context:
                lay.addWidget(plain_label(local(item.text), "body", selectable=True))
                bar = CitationBar(context.label_for, context.theme.accent)
                bar.set_citations(item.citations)
                bar.citation_activated.connect(self.citation_activated)
                lay.addWidget(bar)
        lay.addStretch(1)

    @Slot(QModelIndex)
    def _on_highlight_activated(self, index: QModelIndex) -> None:
        ref = index.data(RefRole)
        if ref:
            self.ref_activated.emit(ref)

    def reset(self) -> None:
        super().reset()
        self.highlights.clearSelection()
        self.highlights.setCurrentIndex(QModelIndex())

    def is_pristine(self) -> bool:
        return super().is_pristine() and not self.highlights.selectionModel().hasSelection()
