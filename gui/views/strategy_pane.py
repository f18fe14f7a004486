"""Strategy: the name in both languages, the "+ → ×" upgrade, key ideas, quotes, principles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..content import Target
from ..desktop.i18n import date_text, is_chinese, local, pick
from ..models.card import principle_cards, quote_cards, statement_cards
from ..models.card_list_model import CardListModel
from .card_grid_view import CardGridView
from .citation_bar import CitationBar
from .pane import Pane, PaneContext
from .strategy_diagram import StrategyDiagram
from .widgets import heading, later_box, plain_label


class StrategyPane(Pane):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        s = context.content.strategy
        lay = self.page_layout
        lay.addWidget(
            plain_label(
                self.tr("Core strategy · %1").replace("%1", date_text(s.announced)), "kicker"
            )
        )
        names = QHBoxLayout()
        self.name = heading(pick(s.name, s.name_zh), 1)
        names.addWidget(self.name)
        other = s.name if is_chinese() else s.name_zh
        if other:
            self.name_other = plain_label(other, "nameZh", wrap=False)
            names.addWidget(self.name_other)
        names.addStretch(1)
        lay.addLayout(names)
        self.name_sources = self._bar(s.name_citations)
        lay.addWidget(self.name_sources)
        # Other spellings, each as its source writes it, with where it is written.
        for alt in s.alternative_names:
            line = self.tr("Also written “%1” (%2)").replace("%1", alt.text)
            lay.addWidget(plain_label(line.replace("%2", local(alt.note)), "muted"))
            lay.addWidget(self._bar(alt.citations))
        self.summary = plain_label(local(s.summary.text), "lead", selectable=True)
        lay.addWidget(self.summary)

        if s.predecessor:
            pre = s.predecessor
            before_caption = f"{pre.name_zh or ''} · {date_text(pre.announced)}".strip(" ·")
            after_caption = f"{s.name_zh or ''} · {date_text(s.announced)}".strip(" ·")
            self.diagram = StrategyDiagram(
                context.theme, (pre.name, before_caption), (s.name, after_caption)
            )
            lay.addWidget(self.diagram)
            lay.addWidget(plain_label(local(pre.text), "muted", selectable=True))
            lay.addWidget(self._bar(pre.citations))

        lay.addWidget(heading(self.tr("Key ideas"), 2))
        self.statements_model = CardListModel(statement_cards(context.content), self)
        self.statements = self.card_grid(self.statements_model, min_width=300)
        self.statements.setAccessibleName(self.tr("Key ideas"))
        lay.addWidget(self.statements)

        if s.quotes:
            lay.addWidget(
                heading(
                    self.tr("In Lei Jun’s words") if self._speaker_is_lei() else self.tr("Quotes"),
                    2,
                )
            )
            self.quotes_model = CardListModel(quote_cards(context.content), self)
            self.quotes = self.card_grid(self.quotes_model, min_width=420)
            self.quotes.setAccessibleName(self.tr("Quotes"))
            lay.addWidget(self.quotes)
        if s.principles:
            lay.addWidget(heading(self.tr("Principles"), 2))
            if s.principles_note:
                lay.addWidget(plain_label(local(s.principles_note.text), "muted"))
            self.principles_model = CardListModel(principle_cards(context.content), self)
            self.principles = self.card_grid(self.principles_model, min_width=220)
            self.principles.setAccessibleName(self.tr("Principles"))
            lay.addWidget(self.principles)
        if s.later:
            self.later = later_box(
                self.tr("What came after"),
                self.tr("Later than the announcement of %1; dated, with its sources.").replace(
                    "%1", date_text(s.announced)
                ),
                s.later,
                self._bar,
            )
            lay.addWidget(self.later)
        lay.addStretch(1)

    def _speaker_is_lei(self) -> bool:
        return {q.speaker for q in self.context.content.strategy.quotes} == {"lei-jun"}

    def _bar(self, citations: tuple) -> CitationBar:  # type: ignore[type-arg]
        bar = CitationBar(self.context.label_for, self.context.theme.accent)
        bar.set_citations(citations)
        bar.citation_activated.connect(self.citation_activated)
        return bar

    def grids(self) -> list[CardGridView]:
        return [
            v
            for v in (
                self.statements,
                getattr(self, "quotes", None),
                getattr(self, "principles", None),
            )
            if v
        ]

    def show_target(self, target: Target) -> bool:
        if target.id is None or target.kind == "strategy":
            return True
        for view in self.grids():
            model = view.model()
            assert isinstance(model, CardListModel)
            row = model.row_of(target.ref)
            if row >= 0:
                index = model.index(row, 0)
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                view.setFocus()
                self.ensureWidgetVisible(view, 0, 0)
                rect = view.visualRect(index)
                self.ensureVisible(0, view.y() + rect.bottom(), 0, 40)
                self.ensureVisible(0, view.y() + rect.top(), 0, 40)
                return True
        return False

    def reset(self) -> None:
        super().reset()
        for view in self.grids():
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())

    def is_pristine(self) -> bool:
        return super().is_pristine() and not any(
            v.selectionModel().hasSelection() for v in self.grids()
        )
