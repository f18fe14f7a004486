"""A bundle full of markup, control characters and absurdly long words, shown in a real window.

Every name and text of data/ is replaced by strings that would do damage if the app
rendered them: HTML and Qt rich text (bold, an image from file:///etc/passwd, a link),
bidi overrides, zero-width characters and a 5,000-letter word. The test visits every pane
and every item, opens every reference and source, and after each step fails if any
widget renders data as markup, shows a hidden character, loads a resource, tries to open a
URL, or grows the window beyond a sane minimum width.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QToolTip,
    QWidget,
)

from gui.content import SECTIONS, Content, load_bundle
from gui.content.schema import BUNDLE_FILES
from gui.models.roles import SubtitleRole
from gui.views.elided_button import ElidedButton
from gui.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

MARKUP = (
    '<b>bold</b> <img src="file:///etc/passwd"> <a href="file:///etc">x</a>'
    ' <qt><font color="red">rich</font></qt>'
)
HOSTILE = f"{MARKUP} \u202eevil\u202c zero\u200bwidth R&D"
LONG_WORD = "W" * 5000
TITLE = "Plan <b>B</b>\u202e [*]\nnext line"

# Keys whose values are names and texts shown to people (ids, dates and refs are checked
# by the schema's patterns and cannot carry any of this).
SHORT_KEYS = {
    "title",
    "title_zh",
    "company",
    "company_zh",
    "name",
    "name_zh",
    "label",
    "short_label",
    "label_zh",
    "publisher",
    "description",
    "value",
    "vesting",
    "version",
}
LONG_KEYS = {"text", "note", "translation"}  # up to 20,000 characters: room for the long word
# Contexts of ShortText only: alternative names, citation notes, a role's quoted wording.
SHORT_CONTEXTS = {"citations", "alternative_names", "wording"}


def _hostile(node: Any, in_short: bool = False) -> Any:
    """`node` with every shown string made hostile; `in_short` marks ShortText contexts
    (alternative names and citation notes hold 300 characters at most). A text in both
    languages ({"en": ..., "zh": ...}) has each language made hostile."""
    if isinstance(node, list):
        return [_hostile(item, in_short) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if isinstance(value, dict) and value and set(value) <= {"en", "zh"}:
            value = {
                language: _hostile({key: text}, in_short)[key] for language, text in value.items()
            }
            out[key] = value
        elif isinstance(value, str) and key in SHORT_KEYS:
            out[key] = f"{HOSTILE} {value[:60]}"
        elif isinstance(value, str) and key in LONG_KEYS:
            out[key] = (
                f"{HOSTILE} {value[:60]}" if in_short else f"{HOSTILE} {value} {LONG_WORD} end"
            )
        else:
            out[key] = _hostile(value, in_short or key in SHORT_CONTEXTS)
    return out


@pytest.fixture(scope="module")
def hostile_content(tmp_path_factory: pytest.TempPathFactory) -> Content:
    folder = tmp_path_factory.mktemp("hostile")
    for name in BUNDLE_FILES:
        shutil.copyfile(ROOT / "data" / name, folder / name)
        data = _hostile(json.loads((folder / name).read_text(encoding="utf-8")))
        if name == "bundle.json":
            data["title"] = TITLE
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_bundle(folder)  # the schema lets all of it through: the views must cope


class UrlRecorder(QObject):
    """Receives every URL Qt would hand to the desktop (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url.toString())


SCHEMES = ("file", "http", "https", "ftp", "mailto", "data", "qrc")


@pytest.fixture
def url_opens(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every attempt to open a URL, from Python or from inside Qt."""
    recorder = UrlRecorder()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, recorder, "record")
    calls: list[str] = recorder.urls

    def open_url(url: QUrl) -> bool:
        calls.append(url.toString())
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    yield calls
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def hostile_window(app, qtbot, hostile_content: Content) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from tests.windows import shown_window

    with shown_window(hostile_content, qtbot) as win:
        yield win
        for widget in QApplication.topLevelWidgets():  # deleted with the window below
            if isinstance(widget, QMessageBox):
                widget.close()
                widget.deleteLater()


# --- what "safe" means ------------------------------------------------------------------------


def _rendered(text: str) -> QTextDocument:
    """`text` as Qt would render it in a widget that guesses the format (tooltips)."""
    doc = QTextDocument()
    if QtGui.Qt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc


def _has_markup_effects(doc: QTextDocument) -> list[str]:
    """Images, links or formatting that data markup would have produced in `doc`."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()!r}")
            if fmt.isAnchor():
                found.append(f"link {fmt.anchorHref()!r}")
            if "bold" in fragment.text() and fmt.fontWeight() > 500:
                found.append("bold text")
            it += 1
        block = block.next()
    return found


def _assert_shown_literally(text: str, where: str) -> None:
    """A string from data, as a user would see it, shows no hidden character and renders
    no markup: the tags, if present, are visible as typed."""
    assert "\u202e" not in text, f"{where}: a bidi override reaches the screen"
    assert "zero\u200bwidth" not in text, f"{where}: a zero-width space reaches the screen"
    if "bold" in text:
        assert "<b>bold</b>" in text, f"{where}: markup lost its tags: {text[:120]!r}"


def _assert_safe_tooltip(tip: str, where: str) -> None:
    if not tip:
        return
    doc = _rendered(tip)
    assert not _has_markup_effects(doc), f"{where}: tooltip renders {_has_markup_effects(doc)}"
    _assert_shown_literally(doc.toPlainText(), f"{where} (tooltip)")


def _widgets(window: QWidget) -> list[QWidget]:
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    return [
        window,
        *window.findChildren(QWidget),
        *tops,
        *(c for t in tops for c in t.findChildren(QWidget)),
    ]


def _item_views_text(
    view: QAbstractItemView, parent: QModelIndex | None = None
) -> Iterator[tuple[str, str]]:
    """The display and tooltip texts of a view's rows, and of their children (trees such
    as the search results: groups, then hits)."""
    model = view.model()
    if model is None:
        return
    parent = parent or QModelIndex()
    for row in range(min(model.rowCount(parent), 50)):
        for column in range(10):  # list models hide columnCount; index() knows
            index = model.index(row, column, parent)
            if not index.isValid():
                break
            for role, name in (
                (Qt.ItemDataRole.DisplayRole, "display"),
                (Qt.ItemDataRole.ToolTipRole, "tooltip"),
            ):
                value = index.data(role)
                if isinstance(value, str):
                    yield name, value
            if column == 0 and model.rowCount(index) > 0:
                yield from _item_views_text(view, index)


def assert_window_is_safe(window: MainWindow, url_opens: list[str], items: bool = False) -> None:
    """Everything `window` shows is safe; `items` also checks every item view's rows."""
    title = window.windowTitle()
    assert "\n" not in title
    _assert_shown_literally(title, "window title")
    assert "Plan <b>B</b> [*][*]" in title  # "[*][*]" is how Qt shows a literal "[*]"

    for widget in _widgets(window):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        _assert_safe_tooltip(widget.toolTip(), name)
        if widget.objectName() == "qtooltip_label":  # a tooltip on screen: Qt guesses HTML
            assert isinstance(widget, QLabel)
            _assert_safe_tooltip(widget.text(), name)
        elif isinstance(widget, QLabel) and (
            any(m in widget.text() for m in ("bold", "evil", "WWW"))
            or (widget.text() == "" and not widget.objectName().startswith("qt_"))
        ):
            # Every label showing data, and every label that might later show data.
            assert widget.textFormat() == Qt.TextFormat.PlainText, f"{name} may render markup"
            if widget.wordWrap():  # long words wrap: the label is not 40,000 pixels wide
                assert widget.sizeHint().width() < 1400, f"{name} cannot wrap its text"
            _assert_shown_literally(widget.text(), name)
        elif isinstance(widget, QLabel):
            _assert_shown_literally(widget.text(), name)
        elif isinstance(widget, ElidedButton):
            # It shows as much of its label as fits: what it shows is the start of the
            # label, and the label itself shows the markup as typed.
            full = widget.full_text().replace("&&", "&")
            _assert_shown_literally(full, name)
            assert full.startswith(widget.text().replace("&&", "&").removesuffix("…")), name
            if "R&D" in full:
                assert "R&&D" in widget.full_text(), f"{name}: '&' would become a shortcut"
        elif isinstance(widget, QAbstractButton):
            _assert_shown_literally(widget.text().replace("&&", "&"), name)
            if "R&D" in widget.text().replace("&&", "&"):
                assert "R&&D" in widget.text(), f"{name}: '&' would become a shortcut"
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                _assert_shown_literally(widget.itemText(i), f"{name} item {i}")
        elif isinstance(widget, QTextBrowser):
            doc = widget.document()
            assert not _has_markup_effects(doc), f"{name}: {_has_markup_effects(doc)}"
            if widget.isVisibleTo(window) and doc.toPlainText():
                assert '<img src="file:///etc/passwd">' in doc.toPlainText()
                _assert_shown_literally(doc.toPlainText(), name)
            assert widget.source().isEmpty(), f"{name} loaded {widget.source()}"
        if items and isinstance(widget, QAbstractItemView):
            for role, text in _item_views_text(widget):
                if role == "tooltip":
                    _assert_safe_tooltip(text, f"{name} item")
                else:
                    _assert_shown_literally(text, f"{name} item")
    assert url_opens == []
    # A 5,000-letter word wraps; it does not make the window 40,000 pixels wide.
    assert window.minimumSizeHint().width() < 1400
    assert window.width() < 1400


# --- the visit ----------------------------------------------------------------------------------


def _settle(window: MainWindow) -> None:
    QApplication.processEvents()
    window.grab()  # runs every paint method of the current pane: delegates, avatar, diagram


def _select_each(view: QAbstractItemView, then: Callable[[QModelIndex], None]) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        then(index)


def test_every_pane_and_item_shows_hostile_data_literally(
    hostile_window: MainWindow, hostile_content: Content, url_opens: list[str]
) -> None:
    window = hostile_window
    check = lambda: assert_window_is_safe(window, url_opens)  # noqa: E731

    for section in SECTIONS:
        window.navigate(section)
        _settle(window)
        assert_window_is_safe(window, url_opens, items=True)

    partners = window.pane("partners")
    window.navigate("partners")
    _select_each(partners.table, lambda _i: (_settle(window), check()))
    assert partners.selected_partner_id() is not None
    for i in range(partners.cohort_combo.count()):
        partners.cohort_combo.setCurrentIndex(i)
    partners.cohort_combo.setCurrentIndex(0)
    partners.filter_edit.setText("bold")  # the filter still searches the data as written
    assert partners.proxy.rowCount() == len(hostile_content.partners)
    partners.reset()

    timeline = window.pane("timeline")
    for event in hostile_content.events:
        window.navigate("timeline")
        assert window.open_ref(f"event:{event.id}")
        _settle(window)
        check()
        for button in list(timeline.links):
            window.navigate("timeline")
            timeline.show_target(window.content.resolve(f"event:{event.id}"))  # type: ignore[arg-type]
            button.click()
            _settle(window)
            check()

    window.navigate("sources")
    _select_each(window.pane("sources").list, lambda _i: (_settle(window), check()))

    # Every reference the bundle makes, and every citation of every item.
    refs = [f"partner:{p.id}" for p in hostile_content.partners]
    refs += [f"event:{e.id}" for e in hostile_content.events]
    refs += [f"batch:{b.id}" for b in hostile_content.programme.batches]
    refs += [f"statement:{s.id}" for s in hostile_content.strategy.statements]
    refs += [f"quote:{q.id}" for q in hostile_content.strategy.quotes]
    refs += [f"fact:{f.id}" for f in hostile_content.programme.facts]
    refs += [h.target for h in hostile_content.bundle.highlights]
    refs += [r for e in hostile_content.events for r in e.refs]
    refs += [f"source:{s.id}#{t.id}" for s in hostile_content.sources for t in s.sentences]
    for ref in refs:
        assert window.open_ref(ref), ref
    _settle(window)
    check()

    # Every source button of every pane, as a user would press them.
    for section in SECTIONS:
        window.navigate(section)
        buttons = [
            b
            for b in window.pane(section).findChildren(QAbstractButton)
            if b.objectName() == "citationButton" and b.isVisibleTo(window)
        ]
        for button in buttons[:25]:
            window.navigate(section)
            button.click()
            assert window.current_section() == "sources"
        _settle(window)
        check()

    # The About box shows the bundle's title and sources too.
    from PySide6.QtGui import QAction

    about = window.findChild(QAction, "aboutAction")
    assert about is not None
    about.trigger()
    QApplication.processEvents()
    [box] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "aboutBox"]
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in box.text()
    assert "<b>bold</b>" in box.detailedText(), "the sources, behind Show Details"
    check()
    box.close()
    assert url_opens == []


def _tooltip_shown_for(view: QAbstractItemView, index: QModelIndex) -> str:
    """The tooltip a user gets by resting the pointer on `index`, as Qt shows it."""
    view.scrollTo(index)
    point = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return shown


@pytest.mark.parametrize("query", ["bold", "passwd", "rich", "evil", "WWWWWW", "Plan"])
def test_search_results_show_hostile_data_literally(
    hostile_window: MainWindow, url_opens: list[str], query: str
) -> None:
    """The results list: every title, snippet and tooltip, then the first result opened."""
    window = hostile_window
    box = window.search_box
    box.set_query(query)
    _settle(window)
    view, model = box.panel.view, box.panel.model
    assert box.panel.isVisible()
    assert model.hit_count() > 0, query
    assert_window_is_safe(window, url_opens, items=True)
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(min(model.rowCount(group), 5)):
            hit = model.index(r, 0, group)
            title = hit.data()
            assert "\n" not in title, f"result title on two lines: {title[:80]!r}"
            _assert_shown_literally(title, f"result {title[:40]!r}")
            _assert_shown_literally(hit.data(SubtitleRole), f"snippet of {title[:40]!r}")
            tip = _tooltip_shown_for(view, hit)
            assert tip, f"no tooltip for {title[:40]!r}"
            _assert_safe_tooltip(tip, f"tooltip of {title[:40]!r}")
    box.open_current()
    _settle(window)
    assert not box.panel.isVisible()
    assert_window_is_safe(window, url_opens)


def test_window_stays_usable_at_its_minimum_size(
    hostile_window: MainWindow, url_opens: list[str]
) -> None:
    window = hostile_window
    window.resize(window.minimumSize())
    for section in SECTIONS:
        window.navigate(section)
        _settle(window)
        assert window.minimumSizeHint().width() < 1400
        assert window.width() < 1400, section
    window.navigate("partners")
    window.open_ref(f"partner:{window.content.partners[0].id}")
    _settle(window)
    assert window.width() < 1400
    assert url_opens == []


def test_print_and_exports_keep_hostile_data_literal(
    hostile_window: MainWindow,
    hostile_content: Content,
    url_opens: list[str],
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The File menu's print preview, PDF, CSV and JSON from the hostile window: printed
    text as shown on screen (markup literal, hidden characters dropped); exported files
    hold the data exactly as the bundle wrote it, never converted to or from markup."""
    import csv

    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QFileDialog

    from gui.export.export_controller import ExportController
    from tests.export.conftest import pdf_text

    window = hostile_window
    controller = window.findChild(ExportController)
    assert controller is not None

    def save_as(_parent, _title, proposed, name_filter):  # type: ignore[no-untyped-def]
        return str(tmp_path / Path(proposed).name), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))

    dialog = controller.print_preview()
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert_window_is_safe(window, url_opens)
    job = dialog.printer().docName()
    assert "\n" not in job
    _assert_shown_literally(job, "print job name")
    dialog.close()

    report = controller.report()
    _assert_shown_literally(report.toPlainText(), "report")
    assert MARKUP in report.toPlainText()
    # (The report sets headings and names in bold itself: only images and links count.)
    assert [e for e in _has_markup_effects(report) if e != "bold text"] == []

    pdf = controller.export_pdf()
    assert pdf is not None
    text = pdf_text(pdf)
    assert "<b>bold</b>" in text
    assert "\u202e" not in text

    partner = hostile_content.partners[0]
    csv_path = controller.export_roster_csv()
    assert csv_path is not None
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    assert rows[partner.id]["name"] == partner.name  # markup and all, as written
    json_path = controller.export_roster_json()
    assert json_path is not None
    records = {r["id"]: r for r in json.loads(json_path.read_text(encoding="utf-8"))}
    assert records[partner.id]["name_zh"] == partner.name_zh
    assert url_opens == []
