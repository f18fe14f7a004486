"""Interface languages: Qt Linguist translators, switched at runtime.

Qt's own `qtbase` translator is installed before ours, so standard dialogs and context
menus speak the same language. Views ask `is_chinese()` to pick which language of the
content to put first; they are rebuilt on QEvent.LanguageChange.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ..content.schema import Localized, Source
from ..content.text import FALLBACK_TAGS, format_date
from .paths import resources_dir

log = logging.getLogger(__name__)

# Language codes the app offers, with their own names (shown untranslated in menus).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
PSEUDO = "pseudo"  # long, accented strings to find clipping; for screenshots and tests

_current = "en"
_follows_system = True  # the language is the system's, not one the user chose


def current_language() -> str:
    return _current


def follows_system() -> bool:
    """True while the interface follows the system's language (View → Language → System
    language, or no language chosen yet); False once the user or --lang chose one."""
    return _follows_system


def is_chinese() -> bool:
    return _current.startswith("zh")


def system_language() -> str:
    """The interface language that best fits the system locale: the first of the user's
    languages (in their order of preference) that the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").lower()
        if code.startswith("zh"):
            return "zh_CN"
        if code == "en" or code.startswith("en_"):
            return "en"
    return "en"


def date_text(value: str) -> str:
    return format_date(value, "zh" if is_chinese() else "en")


def pick(english: str, chinese: str | None) -> str:
    """A name in the interface language, where the data has it (names have `*_zh` fields)."""
    return chinese if chinese and is_chinese() else english


def content_language() -> str:
    """The language of the content the interface shows: "zh" or "en" (also for pseudo)."""
    return "zh" if is_chinese() else "en"


def local(text: Localized | None) -> str:
    """A text of the content in the interface language; where the bundle has none, the
    other language's, tagged (" 〔英文〕", " [Chinese]") so that a reader can tell."""
    if text is None:
        return ""
    language = content_language()
    value, fallback = text.text_in(language)
    return f"{value} {FALLBACK_TAGS[language]}" if fallback else value


def source_label(source: Source) -> str:
    """A source's one-line name: its own title (verbatim), else our description in the
    interface language, else its publisher."""
    if source.title:
        return source.title
    if source.description:
        return local(source.description)
    return source.publisher_in(content_language())


def source_publisher(source: Source) -> str:
    return source.publisher_in(content_language())


class PseudoTranslator(QTranslator):
    """Makes every string about 40% longer and accented, keeping %1/%n and & mnemonics."""

    _ACCENTED = str.maketrans(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
    )
    _KEEP = re.compile(r"(%\w|&&|&.)")

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        parts = self._KEEP.split(source)
        text = "".join(p if self._KEEP.fullmatch(p) else p.translate(self._ACCENTED) for p in parts)
        return f"⟦{text}{'~' * max(2, len(source) * 2 // 5)}⟧"

    def isEmpty(self) -> bool:
        return False


class Translations(QObject):
    """Owns the installed translators; `switch` changes the language of the running app."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []

    def follow_system(self) -> bool:
        """Speak the system's language, now and at every start (nothing is remembered)."""
        return self.switch(system_language(), follow_system=True)

    def switch(self, language: str, *, follow_system: bool = False) -> bool:
        """Install `language` ("en", "zh_CN" or "pseudo"), a choice of the user's unless
        `follow_system`; False if it is unknown."""
        global _current, _follows_system
        if language not in LANGUAGES and language != PSEUDO:
            return False
        _follows_system = follow_system
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        locale = QLocale("zh_CN" if language == "zh_CN" else "en_GB")
        QLocale.setDefault(locale)
        _current = language
        if language == PSEUDO:
            self._translators.append(PseudoTranslator(self))
        else:
            qt = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(locale, "qtbase", "_", qt_dir):
                self._translators.append(qt)
            ours = QTranslator(self)
            if ours.load(f"strategy_viewer_{language}", str(resources_dir() / "i18n")):
                self._translators.append(ours)
            else:
                log.warning("no compiled translation for %s (run `make translations`)", language)
        # Qt's first, then ours: the last installed is asked first, so ours win.
        for translator in self._translators:
            app.installTranslator(translator)
        self.language_changed.emit(language)
        return True


_translations: Translations | None = None


def translations() -> Translations:
    """The application's one Translations object (created on first use)."""
    global _translations
    if _translations is None:
        _translations = Translations(QCoreApplication.instance())
    return _translations
