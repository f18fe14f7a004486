"""Timeline: the events in date order; selecting one shows what it links to."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QWidget

from ..content import Target
from ..desktop.i18n import date_text, local, pick
from ..models.card import event_cards
from ..models.card_list_model import CardListModel
from ..models.roles import RefRole
from .elided_button import ElidedButton
from .flow_layout import FlowLayout
from .pane import Pane, PaneContext
from .timeline_delegate import TimelineDelegate
from .widgets import button_text, heading, plain_label


class TimelinePane(Pane):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lay = self.page_layout
        lay.addWidget(heading(self.tr("Timeline"), 1))
        lay.addWidget(
            plain_label(
                self.tr("From the first AIoT strategy to what came after the announcement."),
                "muted",
            )
        )
        self.as_of = plain_label(
            self.tr(
                "The rest of the app is as of %1; events after that day are marked “After %1”."
            ).replace("%1", date_text(context.content.as_of)),
            "asOf",
        )
        lay.addWidget(self.as_of)
        self.model = CardListModel(event_cards(context.content), self)
        self.view = QListView()
        self.view.setObjectName("timeline")
        self.view.setModel(self.model)
        delegate = TimelineDelegate(context.theme, context.label_for, self.view)
        delegate.citation_clicked.connect(self.citation_activated)
        self.view.setItemDelegate(delegate)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setAccessibleDescription(
            self.tr("Enter opens what the event is about; the menu key lists its sources.")
        )
        self.wire_cards(self.view)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        lay.addWidget(self.view, 1)

        self.links_label = plain_label("", "caption", wrap=False)
        self.links: list[QPushButton] = []
        self._links_row = QWidget()
        # A flowing row: at a large zoom the links wrap instead of widening the page.
        self._links_layout = FlowLayout(self._links_row)
        self._links_layout.addWidget(self.links_label)
        lay.addWidget(self._links_row)
        self._links_row.hide()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for button in self.links:
            button.hide()  # out of the Tab order now, not only when the deferred delete runs
            button.deleteLater()
        self.links = []
        ref = current.data(RefRole) if current.isValid() else None
        event = self.context.content.event(ref.split(":", 1)[1]) if ref else None
        if event is None or not event.refs:
            self._links_row.hide()
            return
        self.links_label.setText(self.tr("Related:"))
        for i, target_ref in enumerate(event.refs):
            label = self._ref_label(target_ref)
            button = ElidedButton(button_text(label))
            button.setObjectName("linkButton")
            button.setAccessibleName(self.tr("Related: %1").replace("%1", label))
            button.clicked.connect(lambda _=False, r=target_ref: self.ref_activated.emit(r))
            self._links_layout.insert_widget(1 + i, button)
            self.links.append(button)
        self._links_row.show()

    def _ref_label(self, ref: str) -> str:
        content = self.context.content
        target = content.resolve(ref)
        if target is None:
            return ref
        if target.kind == "partner" and target.id:
            partner = content.partner(target.id)
            return pick(partner.name, partner.name_zh) if partner else ref
        if target.kind == "source" and target.id and target.anchor:
            sentence = content.sentence(target.id, target.anchor)
            return (
                self.tr("Article ¶%1").replace("%1", str(sentence.paragraph)) if sentence else ref
            )
        if target.kind == "batch" and target.id:
            batch = content.batch(target.id)
            return local(batch.title) if batch else ref
        if target.kind == "strategy":
            pre = content.strategy.predecessor
            return (
                pick(pre.name, pre.name_zh)
                if pre
                else pick(content.strategy.name, content.strategy.name_zh)
            )
        if target.section == "strategy":
            return pick(content.strategy.name, content.strategy.name_zh)
        if target.section == "programme":
            return pick(content.programme.name, content.programme.name_zh)
        return ref

    def show_target(self, target: Target) -> bool:
        if target.id is None:
            return True
        row = self.model.row_of(target.ref)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def reset(self) -> None:
        super().reset()
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())
        self.view.scrollToTop()

    def is_pristine(self) -> bool:
        return (
            super().is_pristine()
            and not self.view.selectionModel().hasSelection()
            and self.view.verticalScrollBar().value() == 0
        )
