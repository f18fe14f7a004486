"""A dismissible panel along the bottom of the content area: what happened to a bundle.

Never a dialog: the app stays usable beneath it, showing the last content that loaded.
With problems it lists them as `file: location: message` lines; a click (or Enter) on one
copies it to the clipboard, to paste into an editor's "go to" or a message to the author.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..content import Problem
from ..content.safe_text import display_text

# A broken bundle can hold 200,000 bad items; the first few hundred tell the story, and
# `--check` lists them all.
MAX_SHOWN_PROBLEMS = 500
MAX_HEIGHT_SHARE = 0.45  # of the window: the content stays in view above the panel
VISIBLE_ROWS = 8  # problems shown without scrolling


class BundleNotice(QFrame):
    """Floats over the bottom of `area` (the window's pane stack), inside `window`."""

    def __init__(self, window: QWidget, area: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("bundleNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#bundleNotice { background: palette(window); border: none;"
            " border-top: 3px solid palette(highlight); }"
        )
        self._window = window
        self._area = area
        self._lines: list[str] = []

        self.message = QLabel()
        self.message.setObjectName("bundleNoticeMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths and data are never markup
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_all_button = QPushButton()
        self.copy_all_button.setObjectName("bundleNoticeCopyAll")
        self.copy_all_button.clicked.connect(self.copy_all)
        self.close_button = QToolButton()
        self.close_button.setObjectName("bundleNoticeClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.copy_all_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        self.problems = QListWidget()
        self.problems.setObjectName("bundleNoticeProblems")
        self.problems.setWordWrap(True)
        self.problems.setUniformItemSizes(False)
        self.problems.itemClicked.connect(self._copy_item)
        self.problems.itemActivated.connect(self._copy_item)
        self.hint = QLabel()
        self.hint.setObjectName("bundleNoticeHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.hint)
        self.retranslate()
        self.hide()
        window.installEventFilter(self)
        area.installEventFilter(self)

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.copy_all_button.setText(self.tr("Copy All"))
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setToolTip(self.tr("Click a problem to copy it"))
        if not self.hint.property("copied"):
            self.hint.setText(self.tr("Click a problem to copy it."))

    # --- showing ------------------------------------------------------------------------
    def show_message(self, text: str, problems: list[Problem] | None = None) -> None:
        """Show `text` (plain), and the problems if any, until dismissed or replaced."""
        problems = problems or []
        self.message.setText(display_text(text))
        self._lines = [display_text(str(p)) for p in problems]
        self.problems.clear()
        for line in self._lines[:MAX_SHOWN_PROBLEMS]:
            item = QListWidgetItem(line)
            item.setToolTip(self.tr("Click to copy"))
            self.problems.addItem(item)
        if len(self._lines) > MAX_SHOWN_PROBLEMS:
            more = QListWidgetItem(
                self.tr("… and %1 more.").replace(
                    "%1", f"{len(self._lines) - MAX_SHOWN_PROBLEMS:,}"
                )
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problems.addItem(more)
        has_list = bool(self._lines)
        self.problems.setVisible(has_list)
        self.hint.setVisible(has_list)
        self.copy_all_button.setVisible(has_list)
        self.hint.setProperty("copied", False)
        self.retranslate()
        self._place()
        self.show()
        self.raise_()

    def problem_lines(self) -> list[str]:
        return list(self._lines)

    @Slot()
    def dismiss(self) -> None:
        self.hide()

    # --- copying ------------------------------------------------------------------------
    @Slot(QListWidgetItem)
    def _copy_item(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._copied(item.text())

    @Slot()
    def copy_all(self) -> None:
        self._copied("\n".join(self._lines))

    def _copied(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.hint.setProperty("copied", True)
        self.hint.setText(self.tr("Copied to the clipboard."))

    # --- placement ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            if self.isVisible():
                self._place()
        elif watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _place(self) -> None:
        area = self._area
        top_left = area.mapTo(self._window, area.rect().topLeft())
        width = area.width()
        self.setFixedWidth(width)
        if self._lines:  # as many rows as there are problems, up to a screenful
            rows = min(self.problems.count(), VISIBLE_ROWS)
            row = max(self.problems.sizeHintForRow(0), self.fontMetrics().height())
            frame = 2 * self.problems.frameWidth() + 8
            self.problems.setFixedHeight(rows * row + frame)
        limit = int(self._window.height() * MAX_HEIGHT_SHARE)
        self.layout().activate()
        self.setFixedHeight(min(self.sizeHint().height(), limit))
        self.move(top_left.x(), top_left.y() + area.height() - self.height())
        self.raise_()
