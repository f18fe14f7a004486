"""Fonts shipped in resources/fonts, registered at start-up.

A subset of Noto Sans CJK SC covers every Chinese character of the interface and the
bundled content, so Chinese renders on a machine with no CJK font installed. It comes
after the system's own family: CJK fonts draw Latin quotes and "×" full-width, which
looks wrong in English text, so they should only fill in what the system font lacks.

Qt switches FreeType's "stem darkening" on for CFF fonts, and blends those fonts' glyphs
in linear light. The subset is a CFF font, the system's Latin font usually TrueType: the
Chinese of a label came out bolder and brighter than its Latin on a dark background (and
thinner on a light one). `match_cff_rendering()` turns the darkening off before any glyph
is drawn, so both scripts are drawn and blended alike.

The subset has a family name of its own, "Noto Sans CJK SC Subset" (packaging/
subset_cjk_font.py): under Noto's own name Qt could take an installed full Noto Sans CJK,
which shares the glyphs of 小, 月, 日… with Kangxi radicals, and the PDF report then said
"⼩⽶" for 小米 to a search or a copy.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from pathlib import Path

import PySide6
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from ..desktop.paths import resources_dir

log = logging.getLogger(__name__)


CJK_FAMILY = "Noto Sans CJK SC Subset"  # the bundled subset's family (packaging/subset_cjk_font.py)


def match_cff_rendering() -> bool:
    """Turn off FreeType's stem darkening for CFF fonts in Qt's FreeType library (Linux and
    the other FreeType platforms; elsewhere there is nothing to do). Qt reads the setting
    when it first opens a face, so call this before any text is drawn (it costs the start
    the import of ctypes, about 2 ms). True if set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        qt_gui = ctypes.CDLL(str(_qt_gui_library()))
        get_library = qt_gui._Z14qt_getFreetypev  # Qt's own FT_Library (exported)
        get_library.restype = ctypes.c_void_p
        library = get_library()
        # The library Qt links (its soname); ctypes.util's search would cost 7 ms of start.
        freetype = ctypes.CDLL("libfreetype.so.6")
        set_property = freetype.FT_Property_Set
        set_property.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p)
        off = ctypes.c_ubyte(1)  # "no-stem-darkening": true
        return (
            bool(library)
            and set_property(library, b"cff", b"no-stem-darkening", ctypes.byref(off)) == 0
        )
    except (OSError, AttributeError) as error:
        log.debug("left FreeType's CFF stem darkening as Qt set it: %s", error)
        return False


def _qt_gui_library() -> Path:
    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    bundled = qt_lib / "libQt6Gui.so.6"
    return bundled if bundled.exists() else Path("libQt6Gui.so.6")


def register_fonts(app: QApplication) -> list[str]:
    """Add the bundled fonts as the application's fallback for Chinese text."""
    match_cff_rendering()
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if families:
        font = QFont(app.font())
        # The resolved family, not the alias: with "Sans Serif" first in the list, Qt
        # would skip the alias and pick our CJK font for Latin text too.
        system = QFontInfo(font).family()
        font.setFamilies([system, *(f for f in families if f != system)])
        app.setFont(font)
    return families
