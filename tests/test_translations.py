"""Translations are complete, current, and every user-visible string is marked for them."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
GUI = ROOT / "gui"

# Calls whose string arguments a user sees. A literal passed to one of them must go
# through tr()/translate() (or be data, which is never a literal).
VISIBLE_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addItem",
    "addMenu",
    "addAction",
    "QLabel",
    "QPushButton",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCheckBox",
    "QGroupBox",
    "plain_label",
    "heading",
    "information",
    "warning",
    "critical",
    "question",
    "about",
}
# Our factories take (text, object_name, ...): only their first argument is shown.
FIRST_ARGUMENT_ONLY = {"plain_label", "heading"}
# Text with at least two letters in a row is words; "·", "—", "%1" and "" are not.
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _literal_text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return ""


def unmarked_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            func.attr
            if isinstance(func, ast.Attribute)
            else func.id
            if isinstance(func, ast.Name)
            else ""
        )
        if name not in VISIBLE_CALLS:
            continue
        owner = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
        if "log" in owner.lower():
            continue  # log messages (log.warning, getLogger(...).critical) stay in English
        args = node.args[:1] if name in FIRST_ARGUMENT_ONLY else node.args
        for arg in args:
            text = _literal_text(arg)
            if _WORDS.search(text):
                found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_every_user_visible_literal_is_marked_for_translation() -> None:
    offenders = [hit for path in sorted(GUI.rglob("*.py")) for hit in unmarked_strings(path)]
    assert offenders == [], (
        "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(offenders)
    )


def test_the_checker_catches_an_unmarked_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Hello there")\n'
        'label.setText(self.tr("Hello"))\n'
        'x.setText(" · ")\n'
        'plain_label(data.name, "objectName")\n'
        'plain_label(f"Total {n}")\n'
    )
    assert unmarked_strings(sample) == ["sample.py:1: 'Hello there'", "sample.py:5: 'Total '"]


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_no_translation_is_unfinished(ts: Path) -> None:
    unfinished = []
    for message in _messages(ts):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            unfinished.append(source)
        elif message.get("numerus") == "yes":
            if not all((form.text or "").strip() for form in translation.iter("numerusform")):
                unfinished.append(source)
        elif not (translation.text or "").strip():
            unfinished.append(source)
    assert unfinished == []


def test_translation_sources_are_current(tmp_path: Path) -> None:
    """Re-running lupdate finds no string that the committed .ts files lack."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(GUI.rglob("*.py"))]
    subprocess.run(
        [lupdate, *sources, "-ts", str(ts), "-no-obsolete"], check=True, capture_output=True
    )
    wanted = {(m.findtext("source"), m.findtext("comment")) for m in _messages(ts)}
    have = {
        (m.findtext("source"), m.findtext("comment"))
        for m in _messages(I18N / "strategy_viewer_zh_CN.ts")
    }
    missing = sorted(str(s) for s, _ in wanted - have)
    assert missing == [], "run `make translations` and translate:\n" + "\n".join(missing)


# --- the running app ------------------------------------------------------------------


@pytest.fixture
def english(app):  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    translations().switch("en")
    yield
    translations().switch("en")


def _shown(widget) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_switching_to_chinese_at_runtime(english, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    assert window.open_ref("partner:lu-weibing")
    assert window.navigation.model().index(2, 0).data() == "Partners"
    translations().switch("zh_CN")
    # Qt posts LanguageChange to every widget; the window rebuilds when it arrives.
    qtbot.waitUntil(lambda: window.windowTitle() == "小米：手机×AIoT — 战略浏览器")
    assert window.navigation.model().index(2, 0).data() == "合伙人"
    # Where the user was is kept, in the new language: the partner's Chinese name leads.
    pane = window.pane("partners")
    assert window.current_section() == "partners"
    assert pane.selected_partner_id() == "lu-weibing"
    qtbot.waitUntil(lambda: "卢伟冰" in _shown(pane.detail))
    assert pane.detail.name_label.text() == "卢伟冰"
    assert pane.count_label.text() == "9 位合伙人"
    assert "2020年8月16日" in _shown(pane.detail)
    assert window.pane("strategy").name.text() == "手机×AIoT"
    translations().switch("en")
    qtbot.waitUntil(lambda: window.windowTitle().endswith("Strategy Viewer"))
    assert window.navigation.model().index(2, 0).data() == "Partners"
    assert window.pane("partners").count_label.text() == "9 partners"


def test_english_plural_forms(english, window) -> None:  # type: ignore[no-untyped-def]
    pane = window.pane("partners")
    assert pane.count_label.text() == "9 partners"


def test_qt_own_strings_are_translated_too(english) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from gui.desktop.i18n import translations

    translations().switch("zh_CN")
    # A string from Qt's own qtbase catalogue (used by standard dialogs and buttons).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_unknown_language_is_refused(english) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import current_language, translations

    assert not translations().switch("xx")
    assert current_language() == "en"


def test_pseudo_locale_lengthens_but_keeps_placeholders(english) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import PseudoTranslator

    text = PseudoTranslator().translate("X", "Open source: %1")
    assert "%1" in text
    assert len(text) > len("Open source: %1") * 1.3
    assert "&Q" in PseudoTranslator().translate("X", "&Quit")  # the mnemonic survives


def test_dates_follow_the_language() -> None:
    from gui.content.text import format_date

    assert format_date("2020-08-16") == "16 August 2020"
    assert format_date("2020-08-16", "zh") == "2020年8月16日"
    assert format_date("2022-03", "zh") == "2022年3月"


class _SystemLocale:
    def __init__(self, languages: list[str]) -> None:
        self.languages = languages

    def uiLanguages(self) -> list[str]:
        return self.languages


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (["zh-Hans-CN", "zh-CN", "zh"], "zh_CN"),
        (["zh-TW"], "zh_CN"),
        (["en-GB", "en"], "en"),
        (["de-DE", "zh-CN"], "zh_CN"),  # the first language the app speaks
        (["en-US", "zh-CN"], "en"),  # English preferred over Chinese
        (["de-DE", "fr-FR"], "en"),
        ([], "en"),
    ],
)
def test_the_language_follows_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, languages: list[str], expected: str
) -> None:
    from PySide6.QtCore import QLocale

    from gui.desktop.i18n import system_language

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: _SystemLocale(languages)))
    assert system_language() == expected


@pytest.mark.parametrize(
    ("argv", "system", "title"),
    [
        ([], ["zh-CN"], "小米：手机×AIoT — 战略浏览器"),  # no --lang: the system's
        (["--lang", "en"], ["zh-CN"], "Xiaomi: Mobile × AIoT — Strategy Viewer"),
        (["--lang", "zh_CN"], ["en-GB"], "小米：手机×AIoT — 战略浏览器"),
    ],
)
def test_the_app_starts_in_the_system_language_unless_told(  # type: ignore[no-untyped-def]
    english, started_windows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv, system, title
) -> None:
    from PySide6.QtCore import QLocale

    from gui.__main__ import main

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: _SystemLocale(system)))
    out = str(tmp_path / "shot.png")
    assert main([*argv, "--section", "partners", "--screenshot", out]) == 0
    window = started_windows[out]
    assert window.windowTitle() == title
