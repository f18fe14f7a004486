"""The programme's members: a filter field over a table that may hold 100,000 rows.

The table asks only for the rows on screen (uniform row heights, no per-row widgets,
column widths from the font rather than from measuring rows), and the filter proxy works
on whole columns; nothing here grows with the number of members but the model's lists.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..content import Content
from ..theming.resources import icon
from ..theming.theme import Theme
from ..views.widgets import filter_field, heading, plain_label
from .member_table_model import MemberTableModel
from .table_filter_proxy_model import TableFilterProxyModel

VISIBLE_ROWS = 12


class MemberRosterPanel(QWidget):
    def __init__(self, content: Content, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberRoster")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Members"), 2))

        self.model = MemberTableModel(content, self)
        self.proxy = TableFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        controls = QHBoxLayout()
        self.filter_edit, self.filter_icon, label = filter_field(
            "memberFilterEdit",
            self.tr("Filter by name, 中文名 or role"),
            self.tr("Filter members"),
            self.tr("Filter &members:"),
            theme.text_muted,
            self.proxy.set_text,
        )
        controls.addWidget(label)
        controls.addWidget(self.filter_edit, 1)
        self.count_label = plain_label("", "muted", wrap=False)
        controls.addWidget(self.count_label)
        layout.addLayout(controls)

        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.hide()
        # Uniform row heights: the view never asks a row for its size.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row_height = int(self.fontMetrics().height() * 2.0)
        rows.setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        # Widths from the font, not resizeColumnToContents (which would read 1,000 rows).
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in (
            (MemberTableModel.COL_NAME, 14),
            (MemberTableModel.COL_NAME_ZH, 8),
            (MemberTableModel.COL_BATCH, 16),
        ):
            header.resizeSection(column, max(width * em, header.sectionSizeHint(column)))
        header.setSectionResizeMode(MemberTableModel.COL_ROLE, QHeaderView.ResizeMode.Stretch)
        # The bundle's order until a header is clicked: no sorting before first paint.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Programme members"))
        self.table.setMinimumHeight(row_height * VISIBLE_ROWS + header.sizeHint().height())
        layout.addWidget(self.table)

        for signal in (self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._update_count()

    @Slot()
    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == 0:
            text = self.tr("No member matches")
        elif shown == total:
            text = self.tr("%Ln member(s)", "", total)
        else:
            text = self.tr("%1 of %2 shown").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        self.count_label.setText(text)

    def select_member(self, member_id: str) -> QModelIndex:
        """Select a member's row and scroll the table to it, clearing the filter if it hides
        the member; the row's (proxy) index, invalid if there is no such member."""
        row = self.model.row_of(member_id)
        if row < 0:
            return QModelIndex()
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            # Hidden by the visitor's filter: clear it rather than fail to show the member.
            self.filter_edit.clear()
            self.proxy.set_category("")
            index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.horizontalScrollBar().setValue(0)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return index

    def reset(self) -> None:
        self.filter_edit.clear()
        if not self._in_bundle_order():
            # No indicator: the proxy sorts by column -1, the bundle's order.
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.table.scrollToTop()
        self.table.horizontalScrollBar().setValue(0)

    def _in_bundle_order(self) -> bool:
        return self.table.horizontalHeader().sortIndicatorSection() < 0

    def is_pristine(self) -> bool:
        return (
            not self.filter_edit.text()
            and self._in_bundle_order()
            and not self.table.selectionModel().hasSelection()
            and self.table.verticalScrollBar().value() == 0
            and self.table.horizontalScrollBar().value() == 0
        )

    def set_theme(self, theme: Theme) -> None:
        """Called by the pane for every part that keeps a theme: the filter icon's colour."""
        self.filter_icon.setIcon(icon("filter", theme.text_muted))
