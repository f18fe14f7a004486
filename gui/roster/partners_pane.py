"""Partners: a sortable, filterable roster beside the selected partner's details."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..content import Target
from ..content.safe_text import elided
from ..desktop.i18n import date_text, local
from ..models.roles import ItemRole
from ..theming import font_scale
from ..theming.resources import icon
from ..theming.theme import Theme
from ..views.citation_bar import CitationBar
from ..views.clipboard_text import partner_text
from ..views.pane import Pane, PaneContext
from ..views.widgets import filter_field, heading, plain_label
from ..views.wrapped_text_delegate import WrappedTextDelegate
from ..views.wrapping_row import WrappingRow
from .partner_detail_panel import PartnerDetailPanel
from .partner_name_delegate import PartnerNameDelegate
from .partner_table_model import PartnerTableModel
from .roster_splitter import RosterSplitter
from .table_filter_proxy_model import TableFilterProxyModel

# Roster and details side by side from this width at 100 % zoom; the width grows with the
# zoom, so that zooming in stacks them as a narrower window does. They are also stacked
# when the roster's columns and the details' minimum would not fit side by side.
WIDE_LAYOUT_MIN_WIDTH = 1000
DETAIL_MIN_WIDTH = 300
# The role column's least width side by side, in average characters: roles wrap onto
# more lines rather than being cut.
ROLE_MIN_CHARS = 24
# Up to this many rows, each row is as tall as its wrapped role; a larger roster keeps
# uniform rows (the view then never asks each row for its size: fast with 100k rows), and
# a long role ends in "…" with the whole text in its tool tip.
ROWS_SIZED_TO_CONTENT = 200
# Stacked, the roster shows at least this many one-line rows; where the window is too low
# for that and the details (a small window at a high zoom), the page scrolls instead.
STACKED_MIN_ROWS = 3


class PartnersPane(Pane):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        content = context.content
        lay = self.page_layout
        # The roster is dated: roles and cohorts as they were that day, later changes apart.
        # The note shares the heading's row, so that the roster keeps its room.
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Partners"), 1), 0, Qt.AlignmentFlag.AlignBottom)
        self.as_of = plain_label(
            self.tr(
                "As of %1: the partners and their roles as they were that day. Later "
                "changes are under “What came after” in a partner’s details."
            ).replace("%1", date_text(content.as_of)),
            "asOf",
        )
        title_row.addWidget(self.as_of, 1, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(title_row)
        if content.partners_file.system:
            system = content.partners_file.system
            self.system = plain_label(local(system.text), "muted", selectable=True)
            lay.addWidget(self.system)
            self.system_sources = CitationBar(context.label_for, context.theme.accent)
            self.system_sources.set_citations(system.citations)
            self.system_sources.citation_activated.connect(self.citation_activated)
            lay.addWidget(self.system_sources)

        self.model = PartnerTableModel(content, self)
        self.proxy = TableFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        filter_group = QHBoxLayout()
        self.filter_edit, self.filter_icon, filter_label = filter_field(
            "filterEdit",
            self.tr("Filter by name, 中文名 or role"),
            self.tr("Filter partners"),
            self.tr("&Filter:"),
            context.theme.text_muted,
            self.proxy.set_text,
        )
        filter_group.addWidget(filter_label)
        filter_group.addWidget(self.filter_edit, 1)

        self.cohort_combo = QComboBox()
        self.cohort_combo.setObjectName("cohortCombo")
        self.cohort_combo.addItem(self.tr("All cohorts"), "")
        for cohort in content.cohorts:
            self.cohort_combo.addItem(elided(local(cohort.label), 40), cohort.id)
        self.cohort_combo.setAccessibleName(self.tr("Cohort"))
        self.cohort_combo.currentIndexChanged.connect(self._on_cohort_changed)
        cohort_label = QLabel(self.tr("&Cohort:"))
        cohort_label.setBuddy(self.cohort_combo)
        cohort_group = QHBoxLayout()
        cohort_group.addWidget(cohort_label)
        cohort_group.addWidget(self.cohort_combo, 1)
        self.count_label = plain_label("", "muted", wrap=False)
        cohort_group.addWidget(self.count_label)
        self.controls = WrappingRow(filter_group, cohort_group)
        lay.addWidget(self.controls)
        # The chosen cohort's description, with its sources (hidden for all cohorts).
        self.cohort_text = plain_label("", "muted", selectable=True)
        self.cohort_sources = CitationBar(context.label_for, context.theme.accent)
        self.cohort_sources.citation_activated.connect(self.citation_activated)
        for part in (self.cohort_text, self.cohort_sources):
            part.hide()
            lay.addWidget(part)

        self.table = QTableView()
        self.table.setObjectName("partnerTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(
            PartnerTableModel.COL_NAME, PartnerNameDelegate(self.table)
        )
        # A role wrapped onto several lines gets some air above and below.
        self.table.setItemDelegateForColumn(
            PartnerTableModel.COL_ROLE, WrappedTextDelegate(self.table, padding_lines=0.6)
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PartnerTableModel.COL_SINCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        # A long role wraps onto a second line (and more, in a small roster) instead of
        # being cut off at the column's edge.
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Uniform rows until the pane is first shown (see showEvent).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._rows_sized = False
        # Columns are sized to the rows on screen and 100 more, not to the first 1,000 (Qt's
        # default): a large roster would otherwise make a half-second of Python calls.
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PartnerTableModel.COL_ROLE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fit_table()
        self.table.setAccessibleName(self.tr("Partner roster"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.installEventFilter(self)  # its resizes: _fit_role_column

        self.detail = PartnerDetailPanel(context)
        self.detail.citation_activated.connect(self.citation_activated)
        self.detail.ref_activated.connect(self.ref_activated)

        splitter = RosterSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        lay.addWidget(splitter, 1)
        self.splitter = splitter
        self.roster = left
        self._fit_roster()

        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._update_count()
        self.setTabOrder(self.filter_edit, self.cohort_combo)
        self.setTabOrder(self.cohort_combo, self.table)

    def _fit_table(self) -> None:
        """Row height and column widths for the current font: at start and on every zoom.
        (Qt samples at most 1000 rows to size a column, so this stays cheap.)"""
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(int(self.table.fontMetrics().height() * 2.4))
        # Rows sized to their content are never lower than a one-line row.
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        for column in (
            PartnerTableModel.COL_NAME,
            PartnerTableModel.COL_NAME_ZH,
            PartnerTableModel.COL_COHORT,
            PartnerTableModel.COL_SINCE,
        ):
            self.table.resizeColumnToContents(column)

    def _roster_min_width(self) -> int:
        """The roster's width with every column but the role at its content's width and
        the role at its least: side by side, the roster is never narrower."""
        return self._other_columns_width() + self._role_min_width() + self._table_chrome()

    def _other_columns_width(self) -> int:
        header = self.table.horizontalHeader()
        return sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != PartnerTableModel.COL_ROLE and not header.isSectionHidden(c)
        )

    def _roster_min_height(self) -> int:
        table = self.table
        return (
            table.horizontalHeader().sizeHint().height()
            + STACKED_MIN_ROWS * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )

    def _role_min_width(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * ROLE_MIN_CHARS

    def _table_chrome(self) -> int:
        return self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + 4

    def _fit_role_column(self) -> None:
        """The role takes the room the other columns leave, wrapping onto more lines as it
        narrows, down to its least width. Where even that does not fit (a stacked roster
        in a small window at a high zoom) the role keeps its least width and the roster
        scrolls sideways, as a data table may (WCAG 1.4.10), instead of cutting every role
        down to "F…"."""
        header = self.table.horizontalHeader()
        role = PartnerTableModel.COL_ROLE
        room = self.table.width() - self._table_chrome() - self._other_columns_width()
        least = self._role_min_width()
        if room >= least:
            if header.sectionResizeMode(role) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(role, QHeaderView.ResizeMode.Stretch)
        else:
            if header.sectionResizeMode(role) != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(role, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(role) < least:
                header.resizeSection(role, least)

    def _fit_roster(self) -> None:
        """The roster's minimum width for the current columns, and the orientation."""
        if not hasattr(self, "splitter"):
            return  # the font changed before the pane was built
        wide = self.splitter.orientation() == Qt.Orientation.Horizontal
        self.roster.setMinimumWidth(self._roster_min_width() if wide else 0)
        self.roster.setMinimumHeight(0 if wide else self._roster_min_height())
        self._update_orientation()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refit()
            # Qt tells the widgets of a zoom in no set order: the table or its header may
            # get their new font after the pane. Fit once more when all have it.
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self._fit_table()
        self._fit_roster()
        self._fit_role_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "table", None):  # not a card list: Space selects a row
            if event.type() == QEvent.Type.Resize:
                self._fit_role_column()
            return False
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows as tall as their wrapped roles, in a small roster. Switched on only now:
        # the header then asks every cell for its size on each layout pass, and building
        # the pane and putting it in the window makes a hundred of them (half the time it
        # took to build the whole window).
        if not self._rows_sized and self.model.rowCount() <= ROWS_SIZED_TO_CONTENT:
            self.table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents
            )
        self._rows_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_orientation()

    def _update_orientation(self) -> None:
        # Side by side where there is room; stacked on narrow windows, so that the roster
        # keeps all its columns readable instead of scrolling sideways.
        zoom = font_scale.running_zoom()
        margins = self.page_layout.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        side_by_side = self._roster_min_width() + DETAIL_MIN_WIDTH + self.splitter.handleWidth()
        wide = self.width() >= WIDE_LAYOUT_MIN_WIDTH * zoom and room >= side_by_side
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.detail.setMinimumWidth(DETAIL_MIN_WIDTH if wide else 0)
            self.detail.setMinimumHeight(0 if wide else 220)
            self.roster.setMinimumWidth(self._roster_min_width() if wide else 0)
            self.roster.setMinimumHeight(0 if wide else self._roster_min_height())
            self.splitter.user_sized = False  # a new arrangement: 3:2 again
            self.splitter.balance()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.filter_icon.setIcon(icon("filter", theme.text_muted))

    @Slot(int)
    def _on_cohort_changed(self, row: int) -> None:
        cohort_id = self.cohort_combo.itemData(row) or ""
        self.proxy.set_category(cohort_id)
        cohort = self.context.content.cohort(cohort_id) if cohort_id else None
        if cohort is not None:
            self.cohort_text.setText(local(cohort.text))
            self.cohort_sources.set_citations(cohort.citations)
        self.cohort_text.setVisible(cohort is not None)
        self.cohort_sources.setVisible(cohort is not None)

    @Slot()
    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n partner(s)", "", total)
        else:
            text = self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)
        if shown == 0:
            self.count_label.setText(self.tr("No partner matches"))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.detail.show_partner(rows[0].data(ItemRole) if rows else None)

    def copy_text(self) -> str:
        partner = self.detail.partner
        return partner_text(self.context, partner) if partner else ""

    def selected_partner_id(self) -> str | None:
        return self.detail.partner.id if self.detail.partner else None

    def show_target(self, target: Target) -> bool:
        if target.id is None:
            return True
        if target.kind == "cohort":
            # The roster narrowed to the cohort, its description above it.
            row = self.cohort_combo.findData(target.id)
            if row < 0:
                return False
            self.filter_edit.clear()
            self.cohort_combo.setCurrentIndex(row)
            self.ensureWidgetVisible(self.cohort_text, 0, 40)
            return True
        if target.kind != "partner":
            return False
        row = self.model.row_of(target.id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            # Hidden by the visitor's filter: clear it rather than fail to show the partner.
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def clear_filters(self) -> None:
        self.filter_edit.clear()
        self.cohort_combo.setCurrentIndex(0)

    # The roster's order until a visitor taps a header, and again after a reset.
    DEFAULT_SORT = (PartnerTableModel.COL_SINCE, Qt.SortOrder.AscendingOrder)

    def reset(self) -> None:
        super().reset()
        self.clear_filters()
        if not self._in_default_order():
            self.table.sortByColumn(*self.DEFAULT_SORT)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.table.scrollToTop()
        self.table.horizontalScrollBar().setValue(0)

    def _in_default_order(self) -> bool:
        header = self.table.horizontalHeader()
        return (header.sortIndicatorSection(), header.sortIndicatorOrder()) == self.DEFAULT_SORT

    def is_pristine(self) -> bool:
        return (
            super().is_pristine()
            and not self.filter_edit.text()
            and self.cohort_combo.currentIndex() == 0
            and self._in_default_order()
            and not self.table.selectionModel().hasSelection()
            and self.table.verticalScrollBar().value() == 0
            and self.table.horizontalScrollBar().value() == 0
        )
