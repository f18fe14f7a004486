"""The main window's print and export actions.

Print… and Export as PDF… produce the whole report (gui/export/report.py); Print Current
Section… prints only the part of the report for the pane on screen. A pane is printed as
its report part, not as a screenshot of the widget: the part holds all of the pane's
content, not only what is scrolled into view; its text stays text (searchable, sharp at
any zoom, readable by screen readers); it always prints dark on white whatever the
theme; and a roster that is filtered on screen is printed filtered.

The roster exports follow the Partners pane's filter and sort order. File dialogs start in
the user's documents folder. In kiosk mode every action here is disabled: each of them
would open a file dialog or a print dialog, a way out of the kiosk.

Print support is imported when an action first needs it: Qt Print Support (a library of
its own, with the platform's printing system behind it) and the report, PDF and roster
modules. Most sessions never print or export, and loading them would add to every start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenu, QMessageBox, QPushButton

from ..content.safe_text import one_line
from ..desktop.i18n import content_language
from ..models.roles import ItemRole
from ..models.section_list_model import section_title
from ..theming.resources import icon
from ..views.main_window import MainWindow

if TYPE_CHECKING:  # print support is imported where first used: see the docstring
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    from ..content.schema import Citation
    from ..roster.partners_pane import PartnersPane  # built lazily: not imported at start
    from .roster_csv import RosterRecord

log = logging.getLogger(__name__)


class ExportController(QObject):
    exported = Signal(str)  # the path of a file just written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exportController")
        self.window = window
        self._last_dir: Path | None = None
        self._saved_path: Path | None = None
        self._saved_note: QLabel | None = None  # the status bar's "Saved …", made on first use
        self._show_folder: QPushButton | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self.print_action = self._action("printAction", QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.print_report())
        self.print_section_action = self._action("printSectionAction")
        self.print_section_action.triggered.connect(lambda: self.print_section())
        self.print_preview_action = self._action("printPreviewAction")
        self.print_preview_action.triggered.connect(lambda: self.print_preview())
        self.export_pdf_action = self._action("exportPdfAction", "Ctrl+Shift+E")
        self.export_pdf_action.triggered.connect(lambda: self.export_pdf())
        self.export_csv_action = self._action("exportRosterCsvAction")
        self.export_csv_action.triggered.connect(lambda: self.export_roster_csv())
        self.export_json_action = self._action("exportRosterJsonAction")
        self.export_json_action.triggered.connect(lambda: self.export_roster_json())
        self.retranslate()
        self.apply_icons()
        window.installEventFilter(self)

    def _action(self, name: str, key: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        self.window.addAction(action)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [
            self.print_action,
            self.print_section_action,
            self.print_preview_action,
            self.export_pdf_action,
            self.export_csv_action,
            self.export_json_action,
        ]

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Print actions, then export actions, each group followed by a separator."""
        for group in (self.actions[:3], self.actions[3:]):
            menu.insertActions(before, group)  # type: ignore[arg-type]  # None appends
            menu.insertSeparator(before)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.print_action.setText(self.tr("&Print…"))
        self.print_section_action.setText(self.tr("Print Current &Section…"))
        self.print_preview_action.setText(self.tr("Print Pre&view…"))
        self.export_pdf_action.setText(self.tr("&Export as PDF…"))
        self.export_csv_action.setText(self.tr("Export Roster as &CSV…"))
        self.export_json_action.setText(self.tr("Export Roster as &JSON…"))
        self.print_action.setStatusTip(self.tr("Print a report of the whole content"))
        self.print_section_action.setStatusTip(self.tr("Print the section on screen"))
        self.export_pdf_action.setStatusTip(self.tr("Save a report of the whole content as PDF"))
        self.export_csv_action.setStatusTip(
            self.tr("Save the partner roster, as filtered, for a spreadsheet")
        )
        self.export_json_action.setStatusTip(
            self.tr("Save the partner roster, as filtered, as JSON")
        )

    def apply_icons(self) -> None:
        color = self.window.theme.text
        self.print_action.setIcon(icon("print", color))
        self.export_pdf_action.setIcon(icon("export", color))

    def set_kiosk(self, kiosk: bool) -> None:
        for action in self.actions:
            action.setEnabled(not kiosk)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    # --- what to print --------------------------------------------------------------------
    def _partners_pane(self) -> PartnersPane:
        return cast("PartnersPane", self.window.pane("partners"))

    def _label_for(self) -> Callable[[Citation], str]:
        return self._partners_pane().context.label_for

    def filter_note(self) -> str:
        """How the roster is filtered on screen, in words ('' when it is not)."""
        pane = self._partners_pane()
        parts = []
        text = pane.filter_edit.text().strip()
        if text:
            parts.append(self.tr("filter “%1”").replace("%1", text))
        if pane.cohort_combo.currentIndex() > 0:
            parts.append(self.tr("cohort: %1").replace("%1", pane.cohort_combo.currentText()))
        return ", ".join(parts)

    def report(self, section: str | None = None) -> QTextDocument:
        """The report (or one section's part of it), with the roster as shown on screen."""
        from .report import ReportBuilder, report_sections

        proxy = self._partners_pane().proxy
        partners = [proxy.index(row, 0).data(ItemRole) for row in range(proxy.rowCount())]
        builder = ReportBuilder(
            self.window.content, self._label_for(), partners, filter_note=self.filter_note()
        )
        return builder.build(report_sections(section))

    def roster(self) -> list[RosterRecord]:
        from . import roster_csv

        return roster_csv.roster_records(
            self._partners_pane().proxy,
            self._label_for(),
            language=content_language(),
            as_of=self.window.content.as_of,
        )

    # --- file names -----------------------------------------------------------------------
    def default_path(self, suffix: str, part: str = "report") -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        # A Documents folder that does not exist made the dialog open in the current
        # directory: the home folder then.
        folder = self._last_dir or (
            Path(documents) if documents and Path(documents).is_dir() else Path.home()
        )
        return folder / f"{self.window.content.bundle.id}-{part}.{suffix}"

    def _ask_path(self, title: str, default: Path, name_filter: str, suffix: str) -> Path | None:

        name, _ = QFileDialog.getSaveFileName(self.window, title, str(default), name_filter)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        self._last_dir = path.parent
        return path

    def _write(self, path: Path, write: Callable[[Path], object]) -> bool:
        try:
            write(path)
        except OSError as error:
            log.warning("could not write %s: %s", path, error)

            QMessageBox.warning(
                self.window,
                self.tr("Export failed"),
                self.tr("Could not write %1:\n%2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return False
        log.info("exported %s", path)
        self._confirm(path)
        self.exported.emit(str(path))
        return True

    CONFIRMATION_MS = 15_000

    def _confirm(self, path: Path) -> None:
        """Say in the status bar that the file was saved, with a button that shows it in
        its folder; the bar goes again after a while."""
        bar = self.window.statusBar()
        if self._saved_note is None:
            self._saved_note = QLabel()
            self._saved_note.setObjectName("exportSaved")
            self._saved_note.setTextFormat(Qt.TextFormat.PlainText)
            self._show_folder = QPushButton()
            self._show_folder.setObjectName("showInFolder")
            self._show_folder.clicked.connect(self._open_saved_folder)
            bar.addWidget(self._saved_note, 1)
            bar.addPermanentWidget(self._show_folder)
            self._hide_timer.timeout.connect(bar.hide)
        self._saved_path = path
        self._saved_note.setText(self.tr("Saved %1").replace("%1", one_line(str(path))))
        assert self._show_folder is not None
        self._show_folder.setText(self.tr("Show in Folder"))
        bar.show()
        self._hide_timer.start(self.CONFIRMATION_MS)

    @Slot()
    def _open_saved_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self._saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_path.parent)))

    # --- the actions ----------------------------------------------------------------------
    @Slot()
    def export_pdf(self, section: str | None = None) -> Path | None:
        if not self.export_pdf_action.isEnabled():
            return None
        path = self._ask_path(
            self.tr("Export as PDF"),
            self.default_path("pdf", section or "report"),
            self.tr("PDF documents (*.pdf)"),
            "pdf",
        )
        if path is None:
            return None

        doc = self.report(section)
        from .pdf import write_pdf

        ok = self._write(path, lambda p: write_pdf(doc, p))
        return path if ok else None

    @Slot()
    def export_roster_csv(self) -> Path | None:
        if not self.export_csv_action.isEnabled():
            return None
        path = self._ask_path(
            self.tr("Export Roster as CSV"),
            self.default_path("csv", "partners"),
            self.tr("CSV files (*.csv)"),
            "csv",
        )
        if path is None:
            return None

        records = self.roster()
        from .roster_csv import write_csv

        return path if self._write(path, lambda p: write_csv(records, p)) else None

    @Slot()
    def export_roster_json(self) -> Path | None:
        if not self.export_json_action.isEnabled():
            return None
        path = self._ask_path(
            self.tr("Export Roster as JSON"),
            self.default_path("json", "partners"),
            self.tr("JSON files (*.json)"),
            "json",
        )
        if path is None:
            return None

        records = self.roster()
        from .roster_csv import write_json

        return path if self._write(path, lambda p: write_json(records, p)) else None

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        from .pdf import page_setup

        page_setup(printer)
        printer.setDocName(one_line(self.window.content.bundle.title))  # a print job name
        return printer

    def _print_dialog(self, section: str | None) -> QPrintDialog | None:
        if not self.print_action.isEnabled():
            return None
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setObjectName("printDialog")
        title = self.tr("Print") if section is None else section_title(section)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        doc = self.report(section)
        from .pdf import print_document

        dialog.accepted.connect(lambda: print_document(doc, printer))
        dialog.destroyed.connect(lambda: printer)  # keeps the printer alive with the dialog
        QDialog.open(dialog)  # window-modal; the subclass hides the plain open()
        return dialog

    @Slot()
    def print_report(self) -> QPrintDialog | None:
        """The print dialog for the whole report (returned for tests; it is window-modal)."""
        return self._print_dialog(None)

    @Slot()
    def print_section(self) -> QPrintDialog | None:
        return self._print_dialog(self.window.current_section())

    @Slot()
    def print_preview(self, section: str | None = None) -> QPrintPreviewDialog | None:
        if not self.print_preview_action.isEnabled():
            return None
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("printPreviewDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        doc = self.report(section)
        from .pdf import print_document

        dialog.paintRequested.connect(lambda device: print_document(doc, device))
        dialog.destroyed.connect(lambda: printer)
        QDialog.open(dialog)  # window-modal; the subclass hides the plain open()
        return dialog
