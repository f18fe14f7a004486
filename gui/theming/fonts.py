"""Fonts shipped in resources/fonts, registered at start-up.

A subset of Noto Sans CJK SC covers every Chinese character of the interface and the
bundled content, so Chinese renders on a machine with no CJK font installed. It comes
after the system's own family: CJK fonts draw Latin quotes and "×" full-width, which
looks wrong in English text, so they should only fill in what the system font lacks.

The subset has a family name of its own, "Noto Sans CJK SC Subset" (packaging/
subset_cjk_font.py): under Noto's own name Qt could take an installed full Noto Sans CJK,
which shares the glyphs of 小, 月, 日… with Kangxi radicals, and the PDF report then said
"⼩⽶" for 小米 to a search or a copy.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from ..desktop.paths import resources_dir

log = logging.getLogger(__name__)


def register_fonts(app: QApplication) -> list[str]:
    """Add the bundled fonts as the application's fallback for Chinese text."""
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
