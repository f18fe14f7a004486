"""Sources: the article as readable text, with the cited sentence highlighted; and the
secondary sources with their details."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..content import Target
from ..content.safe_text import display_text
from ..content.schema import Source
from ..desktop.i18n import date_text, local, source_label, source_publisher
from ..models.roles import ItemRole
from ..models.source_list_model import SourceListModel
from ..theming import font_scale, spacing
from ..theming.resources import icon
from ..theming.theme import Theme
from .clipboard_text import source_text
from .pane import Pane, PaneContext
from .when_shown import LayoutWhenShown, RestyleWhenShown
from .widgets import back_button, heading, plain_label
from .wrapped_text_delegate import WrappedTextDelegate

# Side by side only where the list keeps this width (at 100 %) and the text a readable line
# of this many characters of its font; else one at a time, the list or a source.
LIST_MIN_WIDTH = 240
TEXT_MIN_CHARS = 36


class SourcesPane(Pane):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lay = self.page_layout
        lay.addWidget(heading(self.tr("Sources"), 1))
        lay.addWidget(
            plain_label(
                self.tr(
                    "Every fact in this app cites one of these. "
                    "Choose a source button anywhere to come here."
                ),
                "muted",
            )
        )
        self.model = SourceListModel(context.content, self)
        self.list = QListView()
        self.list.setObjectName("sourceList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        # Wrapped items are as tall as their width and font make them: lay them out again
        # when either changes (a narrower list, a zoom), or their text would be cut off.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(WrappedTextDelegate(self.list))
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAccessibleName(self.tr("Sources"))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self._list_layout = LayoutWhenShown(self.list, self.list.doItemsLayout)
        RestyleWhenShown(self.list)

        right = QWidget()
        rl = self._details_layout = QVBoxLayout(right)
        spacing.apply(rl, (spacing.L, 0, 0, 0), spacing.S)
        # Where the pane shows one thing at a time: the way back to the list.
        self.back_button = back_button(
            self.tr("All sources"), self.tr("Back to all sources"), "backToSources",
            context.theme.text,
        )  # fmt: skip
        self.back_button.clicked.connect(self.close_source)
        rl.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.title = heading("", 2)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = plain_label("", "muted", selectable=True)
        self.note = plain_label("", "body", selectable=True)
        rl.addWidget(self.title)
        rl.addWidget(self.meta)
        rl.addWidget(self.note)
        self.text = QTextBrowser()
        self.text.setObjectName("articleText")
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Source text"))
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        rl.addWidget(self.text, 1)
        self.no_text = plain_label(
            self.tr(
                "This is a secondary source: its text is not bundled. "
                "The app cites it by title, publisher and date."
            ),
            "placeholder",
        )
        rl.addWidget(self.no_text)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        lay.addWidget(splitter, 1)
        self.details = right
        self.paged = False  # one at a time: the list, or the source opened from it
        self._source_open = False
        self.list.clicked.connect(self._on_row_opened)
        self.list.activated.connect(self._on_row_opened)
        self._ranges: dict[str, tuple[int, int]] = {}
        self._document: QTextDocument | None = None  # the one shown, if ours
        self.highlighted: str | None = None
        self.source: Source | None = None
        self._select_row(0)
        self._arrange()

    # --- one at a time in a small window --------------------------------------------------
    def _arrange(self) -> None:
        """The list beside the source where both keep a readable width; else one at a
        time, as the roster does: at 200 % in a small window the list was a column a
        word wide beside a text box three lines tall."""
        if not hasattr(self, "details"):
            return  # Pane.__init__ fits the column before this pane has its parts
        list_width = round(LIST_MIN_WIDTH * font_scale.running_zoom())
        text_width = self.text.fontMetrics().averageCharWidth() * TEXT_MIN_CHARS
        self.paged = self.column_width() < list_width + text_width + spacing.L
        self.list.setMinimumWidth(0 if self.paged else list_width)
        self._show_arrangement()

    def _show_arrangement(self) -> None:
        # Beside the list the source keeps a gap from it; on a page of its own, none.
        left = 0 if self.paged else spacing.L
        if spacing.steps_of(self._details_layout) != [left, 0, 0, 0, spacing.S]:
            spacing.apply(self._details_layout, (left, 0, 0, 0), spacing.S)
        opened = self.paged and self._source_open
        self.list.setVisible(not opened)
        self.details.setVisible(opened or not self.paged)
        self.back_button.setVisible(opened)

    @Slot(QModelIndex)
    def _on_row_opened(self, _index: QModelIndex) -> None:
        """A click, a tap or Enter on a source opens it (as a page of its own where the
        pane shows one thing at a time; the arrow keys only move through the list)."""
        self.open_source()

    def open_source(self) -> None:
        self._source_open = True
        self._show_arrangement()

    @Slot()
    def close_source(self) -> None:
        """Back to the list, the source still chosen."""
        was_page = self.back_button.isVisible()
        self._source_open = False
        self._show_arrangement()
        if was_page:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.list.scrollTo(self.list.currentIndex())

    def _fit_column(self) -> None:
        super()._fit_column()
        self._arrange()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.close_source()
            return
        super().keyPressEvent(event)

    # --- showing a source ---------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = current.data(ItemRole) if current.isValid() else None
        self._show_source(source)

    def _show_source(self, source: Source | None) -> None:
        self.source = source
        self.highlighted = None
        if source is None:
            return
        self.title.setText(source_label(source))
        meta = [source_publisher(source)]
        if source.date:
            meta.append(date_text(source.date))
        languages = {"en": self.tr("English"), "zh": self.tr("Chinese")}
        meta.append(languages.get(source.language, source.language))
        meta.append(
            self.tr("Primary source") if source.kind == "article" else self.tr("Secondary source")
        )
        self.meta.setText(" · ".join(meta))
        self.note.setText(local(source.note))
        self.note.setVisible(bool(source.note))
        self._ranges = {}
        has_text = bool(source.sentences)
        self.text.setVisible(has_text)
        self.no_text.setVisible(not has_text)
        if has_text:
            self._build_document(source)

    def _build_document(self, source: Source) -> None:
        """The article as paragraphs of plain text; sentence positions are remembered so a
        citation can highlight exactly its sentence."""
        doc = QTextDocument(self.text)
        doc.setDocumentMargin(8)
        cursor = QTextCursor(doc)
        block = QTextBlockFormat()
        block.setBottomMargin(self.fontMetrics().height() * 0.8)
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        paragraph = None
        for i, sentence in enumerate(source.sentences):
            if paragraph is not None and sentence.paragraph != paragraph:
                cursor.insertBlock(block)
            elif paragraph is not None:
                cursor.insertText(" ")
            if i == 0:
                cursor.setBlockFormat(block)
            paragraph = sentence.paragraph
            start = cursor.position()
            # insertText: plain text, never markup; display_text: no hidden characters.
            cursor.insertText(display_text(sentence.text))
            self._ranges[sentence.id] = (start, cursor.position())
        # setDocument() deletes only the document its internal control made; one of ours (a
        # child of the browser) would stay for the window's life: a kiosk showing source
        # after source kept every article it had ever laid out.
        # (Ours are told apart by being remembered: asking the first document for its
        # parent hands PySide a private Qt class, and naming it took 16 ms.)
        previous = self._document
        self.text.setDocument(doc)
        self._document = doc
        if previous is not None:
            previous.deleteLater()
        self.text.setExtraSelections([])

    def highlight_sentence(self, sentence_id: str) -> bool:
        span = self._ranges.get(sentence_id)
        if span is None:
            return False
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = self._highlight_format()
        self.text.setExtraSelections([selection])
        self.highlighted = sentence_id
        # The caret at the sentence's start; the sentence in the upper third of the view,
        # whole. Again once the pane is laid out: shown for the first time, the view's
        # height is not yet its own, and the sentence ended up on the last line, cut.
        start = QTextCursor(self.text.document())
        start.setPosition(span[0])
        self.text.setTextCursor(start)
        self.text.ensureCursorVisible()
        self._place_highlight()
        QTimer.singleShot(0, self, self._place_highlight)
        return True

    def _place_highlight(self) -> None:
        span = self._ranges.get(self.highlighted) if self.highlighted else None
        if span is None:
            return
        bar = self.text.verticalScrollBar()
        first, last = QTextCursor(self.text.document()), QTextCursor(self.text.document())
        first.setPosition(span[0])
        last.setPosition(span[1])
        top = self.text.cursorRect(first).top() + bar.value()
        bottom = self.text.cursorRect(last).bottom() + bar.value()
        room = self.text.viewport().height() - (bottom - top)
        above = room // 3 if room > 0 else 0
        bar.setValue(top - max(above, 0))

    def _highlight_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.context.theme.highlight))
        fmt.setForeground(QColor(self.context.theme.highlight_text))
        return fmt

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._list_layout.request()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.back_button.setIcon(icon("back", theme.text))
        selections = self.text.extraSelections()
        for selection in selections:
            selection.format = self._highlight_format()
        self.text.setExtraSelections(selections)

    def highlighted_text(self) -> str:
        for selection in self.text.extraSelections():
            return selection.cursor.selectedText()
        return ""

    # --- Pane ---------------------------------------------------------------------------
    def copy_text(self) -> str:
        """The highlighted sentence with its source, or else the selected source."""
        return source_text(self.context, self.source, self.highlighted) if self.source else ""

    def show_target(self, target: Target) -> bool:
        if target.id is None:
            return True
        row = self.model.row_of(target.id)
        if row < 0:
            return False
        self._select_row(row)
        self.open_source()  # a source asked for by name is shown, as a page if need be
        if target.anchor:
            return self.highlight_sentence(target.anchor)
        return True

    def reset(self) -> None:
        super().reset()
        self._source_open = False
        self._show_arrangement()
        self._select_row(0)
        # The first source may be the one shown, with a sentence of it highlighted: a
        # visitor's last citation stayed lit through the kiosk's attract loop.
        self.highlighted = None
        self.text.setExtraSelections([])
        self.text.verticalScrollBar().setValue(0)

    def is_pristine(self) -> bool:
        return (
            super().is_pristine()
            and not self._source_open
            and self.list.currentIndex().row() == 0
            and self.highlighted is None
            and self.text.verticalScrollBar().value() == 0
        )
