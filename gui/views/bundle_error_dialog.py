"""The window shown when the bundle given with --data cannot be loaded: what is wrong, and
a choice between the content that comes with the app and quitting."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..content import BundleError
from ..content.safe_text import display_text, one_line
from .widgets import heading, plain_label

# A hostile bundle can hold 200,000 broken items: the first thousand tell the story, and
# `--check` lists them all.
MAX_SHOWN_PROBLEMS = 1000


class BundleErrorDialog(QDialog):
    def __init__(self, error: BundleError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleErrorDialog")
        self.setWindowTitle(self.tr("Cannot open the content bundle"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        folder = one_line(str(error.folder))
        self.heading = heading(self.tr("The content bundle cannot be shown"), 2)
        layout.addWidget(self.heading)
        count = len(error.problems)
        self.summary = plain_label(
            self.tr(
                "%n problem(s) in %1. Fix them and check the bundle with "
                "“strategy-viewer --check FOLDER”, or open the content that comes with the app.",
                "",
                count,
            ).replace("%1", folder),
            "body",
            selectable=True,
        )
        layout.addWidget(self.summary)

        self.problems = QPlainTextEdit()  # plain text by nature: nothing in it is markup
        self.problems.setObjectName("problemList")
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems"))
        lines = [display_text(str(p)) for p in error.problems[:MAX_SHOWN_PROBLEMS]]
        if count > MAX_SHOWN_PROBLEMS:
            lines.append(self.tr("… and %1 more.").replace("%1", f"{count - MAX_SHOWN_PROBLEMS:,}"))
        self.problems.setPlainText("\n".join(lines))
        layout.addWidget(self.problems, 1)

        buttons = QDialogButtonBox()
        self.open_bundled_button: QPushButton = buttons.addButton(
            self.tr("Open the bundled content"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button: QPushButton = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_bundled_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
