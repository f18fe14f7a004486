"""The window's print and export actions, driven as a user would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QLineEdit

from gui.application import MainUi
from gui.export.export_controller import ExportController
from gui.export.pdf import page_setup, paginate
from gui.views.main_window import MainWindow
from tests.export.conftest import pdf_pages, pdf_text

ACTIONS = (
    "printAction",
    "printSectionAction",
    "printPreviewAction",
    "exportPdfAction",
    "exportRosterCsvAction",
    "exportRosterJsonAction",
)


@pytest.fixture
def controller(ui: MainUi) -> ExportController:
    return ui.export


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, str]]:
    """Answers every save dialog with a file in tmp_path; records (title, proposed path)."""
    asked: list[tuple[str, str]] = []

    def fake(parent, title, proposed, name_filter):  # type: ignore[no-untyped-def]
        asked.append((title, proposed))
        return str(tmp_path / Path(proposed).stem), name_filter  # no suffix: one is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_actions_are_named_and_in_the_file_menu(ui: MainUi) -> None:
    window, file_menu = ui.window, ui.menu.file_menu
    in_menu = [a.objectName() for a in file_menu.actions() if a.objectName()]
    for name in ACTIONS:
        assert name in in_menu
        action = next(a for a in window.actions() if a.objectName() == name)
        assert action.text()
    assert in_menu[-1] == window.quit_action.objectName() or file_menu.actions()[-1] is (
        window.quit_action
    )


def test_default_paths_are_in_the_documents_folder(controller: ExportController) -> None:
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    documents.mkdir(parents=True, exist_ok=True)
    path = controller.default_path("csv", "partners")
    assert path.parent == documents
    assert path.name == "xiaomi-2020-08-partners.csv"


def test_without_a_documents_folder_the_dialog_opens_at_home(
    controller: ExportController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """It opened in the current directory (wherever the app was started from)."""
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _where: str(tmp_path / "none"))
    )
    assert controller.default_path("pdf").parent == Path.home()


def test_an_export_says_where_it_saved_and_shows_the_folder(
    window: MainWindow,
    controller: ExportController,
    save_as,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QLabel, QPushButton

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    controller.export_csv_action.trigger()
    bar = window.statusBar()
    assert bar.isVisible()
    note = bar.findChild(QLabel, "exportSaved")
    assert note is not None
    assert "xiaomi-2020-08-partners.csv" in note.text()
    button = bar.findChild(QPushButton, "showInFolder")
    assert button is not None
    assert button.isVisible()
    button.click()
    assert opened == [str(tmp_path)]


def test_csv_export_follows_the_filter(
    window: MainWindow, controller: ExportController, qtbot, save_as, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    pane = window.pane("partners")
    qtbot.keyClicks(pane.filter_edit, "wang")
    shown = [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]
    assert 0 < len(shown) < pane.model.rowCount()
    controller.export_csv_action.trigger()
    path = tmp_path / "xiaomi-2020-08-partners.csv"
    assert save_as[0][1].endswith("xiaomi-2020-08-partners.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["name"] for r in rows] == shown
    assert all(r["name_zh"] for r in rows)


def test_json_export_follows_the_cohort(
    window: MainWindow, controller: ExportController, save_as, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pane = window.pane("partners")
    pane.cohort_combo.setCurrentIndex(pane.cohort_combo.findData("2020"))
    with pytest.MonkeyPatch.context():
        controller.export_json_action.trigger()
    data = json.loads((tmp_path / "xiaomi-2020-08-partners.json").read_text(encoding="utf-8"))
    expected = [p for p in window.content.partners if p.cohort == "2020"]
    assert sorted(d["id"] for d in data) == sorted(p.id for p in expected)
    assert {d["name_zh"] for d in data} == {p.name_zh for p in expected}


def test_pdf_export(
    window: MainWindow, controller: ExportController, qtbot, save_as, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pane = window.pane("partners")
    qtbot.keyClicks(pane.filter_edit, "lei")
    controller.export_pdf_action.trigger()
    path = tmp_path / "xiaomi-2020-08-report.pdf"
    assert pdf_pages(path) >= 6
    text = pdf_text(path)
    assert "1 of 9 partners" in text
    assert "filter “lei”" in text


def test_cancelled_dialog_writes_nothing(
    controller: ExportController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert controller.export_roster_csv() is None
    assert list(tmp_path.iterdir()) == []


def test_print_preview_shows_the_report(controller: ExportController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.print_preview()
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    page_setup(printer)
    assert preview.pageCount() == paginate(controller.report(), printer).pageCount()
    dialog.close()


def test_print_current_section(window: MainWindow, controller: ExportController) -> None:
    window.navigate("timeline")
    dialog = controller.print_section()
    assert dialog is not None
    assert dialog.windowTitle() == "Timeline"
    dialog.reject()
    text = controller.report("timeline").toPlainText()
    assert text.startswith("Timeline")


def test_kiosk_disables_every_action(controller: ExportController, save_as, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller.set_kiosk(True)
    assert not any(a.isEnabled() for a in controller.actions)
    assert controller.export_roster_csv() is None
    assert controller.export_pdf() is None
    assert controller.print_preview() is None
    assert controller.print_report() is None
    assert save_as == []
    controller.set_kiosk(False)
    assert all(a.isEnabled() for a in controller.actions)


def test_the_kiosk_turns_them_off(
    app, ui: MainUi, controller: ExportController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The path `strategy-viewer --kiosk` takes: the start-up hands its controllers over."""
    from gui.__main__ import build_parser
    from gui.kiosk import cli

    config = tmp_path / "kiosk.ini"
    config.write_text("[kiosk]\nfont_scale=1\n", encoding="utf-8")
    args = build_parser().parse_args(["--kiosk", "--kiosk-config", str(config)])
    kiosk = cli.install(app, ui.window, args, lock=(ui.menu, ui.export))
    assert kiosk is not None
    try:
        assert not any(a.isEnabled() for a in controller.actions)
    finally:
        kiosk.uninstall()


def test_print_current_section_to_a_pdf(
    window: MainWindow, controller: ExportController, tmp_path: Path
) -> None:
    """Print Current Section, printed to a file: the pane on screen, and only it."""
    from PySide6.QtPrintSupport import QPrinterInfo

    if QPrinterInfo.availablePrinters():
        pytest.skip("a printer is set up here: the dialog would print on it")
    window.navigate("partners")
    dialog = controller.print_section()
    assert dialog is not None
    path = tmp_path / "section.pdf"
    # As a user would: the dialog's own output file field (no printer here: it prints
    # to a PDF file).
    output = dialog.findChild(QLineEdit, "filename")
    assert output is not None
    output.setText(str(path))
    dialog.accept()
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert text.startswith("Partners")
    for partner in window.content.partners:
        assert partner.name in text
        assert partner.name_zh in text
    assert "Timeline" not in text
