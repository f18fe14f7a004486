"""Programme: what it is, who is selected and how, the reward, the aim, the grants."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QWidget

from ..content import Target
from ..desktop.i18n import date_text, is_chinese, local, pick
from ..models.card import batch_cards, fact_cards
from ..models.card_list_model import CardListModel
from ..roster.member_roster_panel import MemberRosterPanel
from ..theming import spacing
from .card_grid_view import CardGridView
from .citation_bar import CitationBar
from .clipboard_text import member_text
from .pane import Pane, PaneContext
from .widgets import PlainLabel, heading, plain_label


class FigureWords(PlainLabel):
    """The words beside the programme's big figure, on two lines at every zoom.

    A fixed minimum width gave three lines at 200 %, and Chinese, which may break
    between any two characters, left "部" of "位年轻核心干部" alone on the last one.
    The label is as narrow as its text allows on two lines, and no narrower than its
    longest word.
    """

    def fit_measure(self) -> None:
        super().fit_measure()
        metrics = self.fontMetrics()
        text = self.text()
        if not text:
            return
        wrap = int(Qt.TextFlag.TextWordWrap)
        two_lines = 2 * metrics.lineSpacing()
        width = max(
            max(metrics.horizontalAdvance(word) for word in text.split() or [text]),
            metrics.horizontalAdvance(text) // 2,
        )
        step = max(1, metrics.averageCharWidth() // 2)
        while metrics.boundingRect(QRect(0, 0, width, 100_000), wrap, text).height() > two_lines:
            width += step
        if self.minimumWidth() != width:
            self.setMinimumWidth(width)


class ProgrammePane(Pane):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        g = context.content.programme
        lay = self.page_layout
        lay.addWidget(plain_label(self.tr("Entrepreneurship programme"), "kicker"))
        names = QHBoxLayout()
        self.name = heading(pick(g.name, g.name_zh), 1)
        names.addWidget(self.name, 1)
        names.addStretch(0)  # what the title's measure leaves, at the right
        lay.addLayout(names)
        other = g.name if is_chinese() else g.name_zh
        if other:
            lay.addWidget(plain_label(other, "nameZh"))
        lay.addWidget(self._bar(g.name_citations))

        summary_row = spacing.apply(QBoxLayout(QBoxLayout.Direction.LeftToRight), gap=spacing.L)
        self.summary_row = summary_row
        self.figure_box: QWidget | None = None
        if g.selected:
            figure = self.figure_box = QWidget()
            figure.setObjectName("figureBox")
            fl = QHBoxLayout(figure)
            spacing.apply(fl, (spacing.L, spacing.M, spacing.L, spacing.M), spacing.S)
            self.figure = plain_label(f"{g.selected.count:,}", "bigFigure", wrap=False)
            self.figure.setAccessibleName(
                self.tr("%1 people selected").replace("%1", f"{g.selected.count:,}")
            )
            fl.addWidget(self.figure)
            words = plain_label(self.tr("young core employees"), "figureLabel", kind=FigureWords)
            fl.addWidget(words)
            # As wide as the figure and its words, not a share of a wide screen's row.
            figure.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            summary_row.addWidget(figure, 0)
        self.summary = plain_label(local(g.summary.text), "lead", selectable=True)
        summary_row.addWidget(self.summary, 1)
        summary_row.addStretch(0)
        lay.addLayout(summary_row)
        self._arrange_summary()
        lay.addWidget(self._bar(g.summary.citations))

        lay.addWidget(heading(self.tr("How it works"), 2))
        self.facts_model = CardListModel(fact_cards(context.content), self)
        self.facts = self.card_grid(self.facts_model, min_width=280)
        self.facts.setAccessibleName(self.tr("Programme facts"))
        lay.addWidget(self.facts)
        if g.caveat:
            self.caveat = plain_label(local(g.caveat.text), "caveat", selectable=True)
            lay.addWidget(self.caveat)
            lay.addWidget(self._bar(g.caveat.citations))
        if g.batches:
            lay.addWidget(heading(self.tr("Grants so far"), 2))
            content = context.content
            if any(content.is_later(b.date) for b in g.batches):
                # The grants came after the day the rest of the app describes: say so.
                note = self.tr("Grants made after %1, the day the rest of the app describes.")
                self.later_note = plain_label(note.replace("%1", date_text(content.as_of)), "asOf")
                lay.addWidget(self.later_note)
            self.batches_model = CardListModel(batch_cards(context.content), self)
            self.batches = self.card_grid(self.batches_model, min_width=340)
            self.batches.setAccessibleName(self.tr("Grant batches"))
            lay.addWidget(self.batches)
        # Only where the bundle lists its members (a large company's may list 100,000).
        self.members: MemberRosterPanel | None = None
        if g.members:
            self.members = MemberRosterPanel(context.content, context.theme)
            lay.addWidget(self.members)
        lay.addStretch(1)

    # The summary's narrowest line beside the figure, in average characters of its font.
    SUMMARY_MIN_CHARS = 24

    def _fit_column(self) -> None:
        super()._fit_column()
        self._arrange_summary()

    def _arrange_summary(self) -> None:
        """The figure beside the summary where the summary keeps a readable line beside
        it, else above it: at 200 % in a small window the summary was squeezed into a
        column a word wide, and cut short at its right edge."""
        row: QBoxLayout | None = getattr(self, "summary_row", None)
        if row is None or self.figure_box is None:
            return  # Pane.__init__ fits the column before this pane has its row
        beside = (
            self.figure_box.sizeHint().width()
            + row.spacing()
            + self.summary.fontMetrics().averageCharWidth() * self.SUMMARY_MIN_CHARS
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.column_width() >= beside
            else QBoxLayout.Direction.TopToBottom
        )
        if row.direction() != direction:
            row.setDirection(direction)

    def _bar(self, citations: tuple) -> CitationBar:  # type: ignore[type-arg]
        bar = CitationBar(self.context.label_for, self.context.theme.accent)
        bar.set_citations(citations)
        bar.citation_activated.connect(self.citation_activated)
        return bar

    def grids(self) -> list[CardGridView]:
        return [v for v in (self.facts, getattr(self, "batches", None)) if v]

    def show_target(self, target: Target) -> bool:
        if target.id is None:
            return True
        if target.kind == "member":
            return self._show_member(target.id)
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
                rect = view.visualRect(index)
                self.ensureVisible(0, view.y() + rect.bottom(), 0, 40)
                self.ensureVisible(0, view.y() + rect.top(), 0, 40)
                return True
        return False

    def _show_member(self, member_id: str) -> bool:
        """The member's row selected in the members table, and the page scrolled to it."""
        if self.members is None:
            return False
        page = self.widget()
        assert page is not None, "a pane scrolls its page"
        layout = page.layout()
        if layout is not None:
            layout.activate()  # a pane shown for the first time: the table is placed
        table = self.members.table
        index = self.members.select_member(member_id)
        if not index.isValid():
            return False
        table.setFocus()
        # The whole table if it fits, then the row itself with a row's margin around it.
        rect = table.visualRect(index)
        self.ensureWidgetVisible(table, 0, 0)
        centre = table.viewport().mapTo(page, QPoint(0, rect.center().y()))
        self.ensureVisible(0, centre.y(), 0, rect.height() * 2)
        return True

    def copy_text(self) -> str:
        """The selected member when the members table has the keyboard; else a card."""
        if self.members is not None and self.members.table.hasFocus():
            roster = self.members
            rows = roster.table.selectionModel().selectedRows()
            if rows:
                row = roster.proxy.mapToSource(rows[0]).row()
                grant = roster.model.index(row, roster.model.COL_BATCH).data()
                return member_text(self.context, roster.model.member(row), grant or "")
        return super().copy_text()

    def reset(self) -> None:
        super().reset()
        for view in self.grids():
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
        if self.members is not None:
            self.members.reset()

    def is_pristine(self) -> bool:
        return (
            super().is_pristine()
            and not any(v.selectionModel().hasSelection() for v in self.grids())
            and (self.members is None or self.members.is_pristine())
        )
