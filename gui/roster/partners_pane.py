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
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
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
from ..content.schema import Partner
from ..desktop.i18n import date_text, local
from ..models.roles import ItemRole
from ..theming import font_scale, spacing
from ..theming.resources import icon
from ..theming.theme import Theme
from ..views.citation_bar import CitationBar
from ..views.clipboard_text import partner_text
from ..views.pane import Pane, PaneContext
from ..views.when_shown import LayoutWhenShown
from ..views.widgets import back_button, filter_field, heading, plain_label
from ..views.wrapped_text_delegate import WrappedTextDelegate
from ..views.wrapping_row import WrappingRow
from .partner_detail_panel import PartnerDetailPanel
from .partner_name_delegate import PartnerNameDelegate
from .partner_table_model import PartnerTableModel
from .roster_splitter import RosterSplitter
from .table_filter_proxy_model import TableFilterProxyModel

# The details' least width beside the roster at 100 % zoom (it grows with the zoom).
DETAIL_MIN_WIDTH = 300
# The role column's least width, in average characters: roles wrap onto more lines
# rather than being cut. Where the roster has already dropped every column it can, the
# role makes do with ROLE_LEAST_CHARS before anything would scroll sideways.
ROLE_MIN_CHARS = 24
ROLE_LEAST_CHARS = 10
# Up to this many rows, each row is as tall as its wrapped role; a larger roster keeps
# uniform rows (the view then never asks each row for its size: fast with 100k rows), and
# a long role ends in "…" with the whole text in its tool tip.
ROWS_SIZED_TO_CONTENT = 200
# The roster shows at least this many one-line rows; where the window is too low for that
# (a small window at a high zoom), the page scrolls instead.
STACKED_MIN_ROWS = 3
# Where the roster and the details cannot be side by side, the details go below the
# roster if the pane is at least this tall (at 100 % zoom; a portrait screen), else they
# open as a page of their own in the roster's place, with a way back.
DETAILS_BELOW_MIN_HEIGHT = 900


class Arrangement:
    """How the roster and a partner's details share the pane."""

    SIDE = "side"  # side by side, the roster with every column
    BELOW = "below"  # the details under the roster
    PAGE = "page"  # the details instead of the roster, one at a time


class PartnersPane(Pane):
    # The roster may use more of a wide screen than running text: its roles on one line.
    COLUMN_WIDTH = spacing.WIDE_COLUMN_WIDTH

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        content = context.content
        lay = self.page_layout
        # The roster is dated: roles and cohorts as they were that day, later changes apart.
        # The note shares the heading's row, so that the roster keeps its room.
        title_row = spacing.apply(QHBoxLayout(), gap=spacing.L)
        title_row.addWidget(heading(self.tr("Partners"), 1), 0, Qt.AlignmentFlag.AlignBottom)
        self.as_of = plain_label(
            self.tr(
                "As of %1: the partners and their roles as they were that day. Later "
                "changes are under “What came after” in a partner’s details."
            ).replace("%1", date_text(content.as_of)),
            "asOf",
        )
        title_row.addWidget(self.as_of, 1, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(0)  # what the note's measure leaves, at the right
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

        filter_group = spacing.apply(QHBoxLayout(), gap=spacing.S)
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
        cohort_group = spacing.apply(QHBoxLayout(), gap=spacing.S)
        cohort_group.addWidget(cohort_label)
        cohort_group.addWidget(self.cohort_combo, 1)
        # A small window at a high zoom: the chooser may shorten its longer cohorts.
        self.cohort_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cohort_combo.setMinimumContentsLength(10)
        # The count in a group of its own, as wide as its longest wording: a new count
        # never resizes the cohort chooser beside it.
        self.count_label = plain_label("", "muted", wrap=False)
        count_group = spacing.apply(QHBoxLayout(), gap=spacing.S)
        count_group.addWidget(self.count_label)
        self.controls = WrappingRow(filter_group, cohort_group, count_group)
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
        self.table.installEventFilter(self)  # its resizes: _fit_columns
        self._refit_when_shown = LayoutWhenShown(self, self._refit)

        self.detail = PartnerDetailPanel(context)
        self.detail.citation_activated.connect(self.citation_activated)
        self.detail.ref_activated.connect(self.ref_activated)
        # Where the details open as a page of their own: the way back to the roster.
        self.back_button = back_button(
            self.tr("All partners"), self.tr("Back to all partners"), "backToRoster",
            context.theme.text,
        )  # fmt: skip
        self.back_button.clicked.connect(self.close_details)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        spacing.apply(details_layout, gap=spacing.S)
        details_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        details_layout.addWidget(self.detail, 1)

        splitter = RosterSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        spacing.apply(left_layout)
        left_layout.addWidget(self.table)
        splitter.addWidget(left)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        lay.addWidget(splitter, 1)
        self.splitter = splitter
        self.roster = left
        self.details = details
        self.arrangement = Arrangement.SIDE
        self._details_open = False  # arranged as pages: the details are the one shown
        self._chosen: str | None = None  # the partner the visitor chose, while filtered out too
        self.table.clicked.connect(self._on_row_opened)
        self.table.activated.connect(self._on_row_opened)
        self._fit_roster()

        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
            signal.connect(self._sync_selection)
        self._update_count()
        self.setTabOrder(self.filter_edit, self.cohort_combo)
        self.setTabOrder(self.cohort_combo, self.table)

    # --- columns ------------------------------------------------------------------------
    # Columns the roster drops, first to last, when it is too narrow for all of them. The
    # Chinese name is not lost: the name column shows it under the name.
    DROPPABLE = (PartnerTableModel.COL_NAME_ZH, PartnerTableModel.COL_SINCE)
    # Never shown: "Founding" / "Joined 2020" said again what Partner since says (the
    # cohort filter above the roster and the details still name it).
    HIDDEN = (PartnerTableModel.COL_COHORT,)

    def _fit_table(self) -> None:
        """Row height and column widths for the current font: at start and on every zoom.
        (Qt samples at most 100 rows to size a column, so this stays cheap.)"""
        rows = self.table.verticalHeader()
        one_line = int(self.table.fontMetrics().height() * 2.4)
        # Rows sized to their content are never lower than a one-line row. The minimum goes
        # first, down as well as up: Qt keeps the default at least the minimum, and rows
        # stayed at 200 % after a zoom back to 100 %.
        rows.setMinimumSectionSize(min(rows.minimumSectionSize(), one_line))
        rows.setDefaultSectionSize(one_line)
        rows.setMinimumSectionSize(one_line)
        header = self.table.horizontalHeader()
        for column in self.HIDDEN:
            header.hideSection(column)
        self._content_widths: dict[int, int] = {}
        for column in (
            PartnerTableModel.COL_NAME,
            PartnerTableModel.COL_NAME_ZH,
            PartnerTableModel.COL_SINCE,
        ):
            hidden = header.isSectionHidden(column)
            if hidden:
                header.showSection(column)
            self.table.resizeColumnToContents(column)
            self._content_widths[column] = header.sectionSize(column)
            if hidden:
                header.hideSection(column)

    def _columns_width(self, columns: tuple[int, ...]) -> int:
        return sum(self._content_widths.get(c, 0) for c in columns)

    def _kept_columns(self, width: int) -> tuple[int, ...]:
        """The columns besides the role that fit `width` with the role at its least:
        all of them if they can, else without the DROPPABLE ones, in order."""
        kept = tuple(c for c in self._content_widths if c != PartnerTableModel.COL_ROLE)
        for column in self.DROPPABLE:
            if self._columns_width(kept) + self._role_min_width() + self._table_chrome() <= width:
                break
            kept = tuple(c for c in kept if c != column)
        return kept

    def _roster_min_width(self) -> int:
        """The roster's width with every column but the role at its content's width and
        the role at its least: side by side, the roster is never narrower."""
        kept = tuple(c for c in self._content_widths if c != PartnerTableModel.COL_ROLE)
        return self._columns_width(kept) + self._role_min_width() + self._table_chrome()

    def _roster_min_height(self) -> int:
        table = self.table
        return (
            table.horizontalHeader().sizeHint().height()
            + STACKED_MIN_ROWS * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def _role_min_width(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * ROLE_MIN_CHARS

    def _table_chrome(self) -> int:
        return self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + 4

    def _fit_columns(self) -> None:
        """The columns that fit the table's width, the role taking the room they leave and
        wrapping onto more lines as it narrows. The roster never scrolls sideways: it
        drops the Chinese name (shown under the name instead), then the date; after that
        the name gives up room down to the role's least width."""
        header = self.table.horizontalHeader()
        width = self.table.width()
        kept = self._kept_columns(width)
        for column in self.DROPPABLE:
            hide = column not in kept
            if header.isSectionHidden(column) != hide:
                header.setSectionHidden(column, hide)
        delegate = self.table.itemDelegateForColumn(PartnerTableModel.COL_NAME)
        if isinstance(delegate, PartnerNameDelegate):
            delegate.show_name_zh = PartnerTableModel.COL_NAME_ZH not in kept
        name = PartnerTableModel.COL_NAME
        least_role = self.table.fontMetrics().averageCharWidth() * ROLE_LEAST_CHARS
        others = self._columns_width(tuple(c for c in kept if c != name))
        room_for_name = width - self._table_chrome() - others - least_role
        wanted = self._content_widths.get(name, 0)
        header.resizeSection(name, max(min(wanted, room_for_name), least_role))
        if header.sectionResizeMode(PartnerTableModel.COL_ROLE) != QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(PartnerTableModel.COL_ROLE, QHeaderView.ResizeMode.Stretch)

    # --- arrangement --------------------------------------------------------------------
    def _fit_roster(self) -> None:
        """The roster's minimum size for the current columns, and the arrangement."""
        if not hasattr(self, "splitter"):
            return  # the font changed before the pane was built
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refit_when_shown.request()
            # Qt tells the widgets of a zoom in no set order: the table or its header may
            # get their new font after the pane. Fit once more when all have it. (A hidden
            # pane fits once, when it is shown.)
            if not self._refit_when_shown.pending:
                QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self._fit_count_label()
        self._fit_table()
        self._fit_roster()
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "table", None):  # not a card list: Space selects a row
            if event.type() == QEvent.Type.Resize:
                self._fit_columns()
            return False
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows as tall as their wrapped roles, in a small roster, while the pane is shown.
        # The header then asks every cell for its size on each layout pass: building the
        # pane and putting it in the window made a hundred of them (half the time it took
        # to build the whole window), and a hidden roster was measured again three times
        # over on every zoom or theme change.
        if self.model.rowCount() <= ROWS_SIZED_TO_CONTENT:
            self._set_row_sizing(QHeaderView.ResizeMode.ResizeToContents)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._set_row_sizing(QHeaderView.ResizeMode.Fixed)  # the rows keep their heights

    def _set_row_sizing(self, mode: QHeaderView.ResizeMode) -> None:
        rows = self.table.verticalHeader()
        if rows.count() == 0 or rows.sectionResizeMode(0) != mode:
            rows.setSectionResizeMode(mode)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _choose_arrangement(self) -> str:
        zoom = font_scale.running_zoom()
        room = self.column_width()
        side_by_side = (
            self._roster_min_width() + round(DETAIL_MIN_WIDTH * zoom) + self.splitter.handleWidth()
        )
        if room >= side_by_side:
            return Arrangement.SIDE
        if self.viewport().height() >= DETAILS_BELOW_MIN_HEIGHT * zoom:
            return Arrangement.BELOW
        return Arrangement.PAGE

    def _arrange(self) -> None:
        """Side by side where the roster keeps every column beside the details; else the
        details below the roster on a tall pane, or in the roster's place on a low one:
        never a roster scrolling sideways, nor three rows above an empty panel."""
        arrangement = self._choose_arrangement()
        changed = arrangement != self.arrangement
        self.arrangement = arrangement
        side = arrangement == Arrangement.SIDE
        orientation = Qt.Orientation.Horizontal if side else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
        zoom = font_scale.running_zoom()
        self.details.setMinimumWidth(round(DETAIL_MIN_WIDTH * zoom) if side else 0)
        self.details.setMinimumHeight(round(220 * zoom) if arrangement == Arrangement.BELOW else 0)
        self.roster.setMinimumWidth(self._roster_min_width() if side else 0)
        self.roster.setMinimumHeight(0 if side else self._roster_min_height())
        self._show_arrangement()
        if changed:
            self.splitter.user_sized = False  # a new arrangement: 3:2 again
            self.splitter.balance()

    def _show_arrangement(self) -> None:
        """What each arrangement shows: as pages, the roster or the details."""
        paged = self.arrangement == Arrangement.PAGE
        details = paged and self._details_open and self.detail.partner is not None
        self.roster.setVisible(not details)
        # The details as a page keep only the title and the way back: the system's text
        # and its sources, and the as-of note (the details say their own), left a small
        # window at 200 % a strip of details one line tall.
        intro = (self.as_of, getattr(self, "system", None), getattr(self, "system_sources", None))
        for part in (self.controls, *intro):
            if part is not None:
                part.setVisible(not details)
        cohort = self.cohort_combo.currentIndex() > 0
        self.cohort_text.setVisible(cohort and not details)
        self.cohort_sources.setVisible(cohort and not details)
        self.details.setVisible(details or not paged)
        self.back_button.setVisible(details)

    @Slot(QModelIndex)
    def _on_row_opened(self, _index: QModelIndex) -> None:
        """A click, a tap or Enter on a row opens its details (as a page, where the pane
        shows one thing at a time; arrow keys only move through the roster)."""
        self.open_details()

    def open_details(self) -> None:
        if self.detail.partner is None:
            return
        self._details_open = True
        self._show_arrangement()
        if self.arrangement == Arrangement.PAGE:
            self.verticalScrollBar().setValue(0)

    @Slot()
    def close_details(self) -> None:
        """Back from the details, as a page, to the roster, the partner still selected."""
        was_page = self.back_button.isVisible()
        self._details_open = False
        self._show_arrangement()
        if was_page:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            current = self.table.currentIndex()
            if current.isValid():
                self.table.scrollTo(current)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.close_details()
            return
        super().keyPressEvent(event)

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.filter_icon.setIcon(icon("filter", theme.text_muted))
        self.back_button.setIcon(icon("back", theme.text))

    @Slot(int)
    def _on_cohort_changed(self, row: int) -> None:
        cohort_id = self.cohort_combo.itemData(row) or ""
        self.proxy.set_category(cohort_id)
        cohort = self.context.content.cohort(cohort_id) if cohort_id else None
        if cohort is not None:
            self.cohort_text.setText(local(cohort.text))
            self.cohort_sources.set_citations(cohort.citations)
        self._show_arrangement()

    @Slot()
    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n partner(s)", "", total)
        else:
            text = self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        if shown == 0:
            text = self.tr("No partner matches")
        self.count_label.setText(text)
        self._fit_count_label()

    def _fit_count_label(self) -> None:
        total = self.model.rowCount()
        wordings = (
            self.tr("%n partner(s)", "", total),
            self.tr("%1 of %2 shown").replace("%1", str(total)).replace("%2", str(total)),
            self.tr("No partner matches"),
        )
        metrics = self.count_label.fontMetrics()
        widest = max(metrics.horizontalAdvance(w) for w in wordings) + 2
        if self.count_label.minimumWidth() != widest:
            self.count_label.setMinimumWidth(widest)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        partner = rows[0].data(ItemRole) if rows else None
        if partner is not None:
            self._chosen = partner.id
        elif self._chosen is not None and self._visible_row(self._chosen).isValid():
            self._chosen = None  # deselected, not filtered out
        self._show_details(partner)

    def _show_details(self, partner: Partner | None) -> None:
        if partner is not self.detail.partner:
            self.detail.show_partner(partner)
        if partner is None:
            self._details_open = False
        self._show_arrangement()

    def _visible_row(self, partner_id: str) -> QModelIndex:
        row = self.model.row_of(partner_id)
        return self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()

    @Slot()
    def _sync_selection(self, *_args: object) -> None:
        """The details follow the roster: a filter that hides the chosen partner empties
        them (Qt does not say so when a filtered-out row leaves the selection), and one
        that shows the partner again selects the row again."""
        if self._chosen is None:
            if self.detail.partner is not None and not self.table.selectionModel().hasSelection():
                self._show_details(None)
            return
        index = self._visible_row(self._chosen)
        if not index.isValid():
            self._show_details(None)
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def copy_text(self) -> str:
        partner = self.detail.partner
        return partner_text(self.context, partner) if partner else ""

    def selected_partner_id(self) -> str | None:
        return self.detail.partner.id if self.detail.partner else None

    def current_ref(self) -> str | None:
        partner = self.selected_partner_id()
        return f"partner:{partner}" if partner else None

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
        self.open_details()
        return True

    def clear_filters(self) -> None:
        self.filter_edit.clear()
        self.cohort_combo.setCurrentIndex(0)

    # The roster's order until a visitor taps a header, and again after a reset.
    DEFAULT_SORT = (PartnerTableModel.COL_SINCE, Qt.SortOrder.AscendingOrder)

    def reset(self) -> None:
        super().reset()
        self._chosen = None
        self._details_open = False
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
            and not self._details_open
            and not self.filter_edit.text()
            and self.cohort_combo.currentIndex() == 0
            and self._in_default_order()
            and not self.table.selectionModel().hasSelection()
            and self.table.verticalScrollBar().value() == 0
            and self.table.horizontalScrollBar().value() == 0
        )
