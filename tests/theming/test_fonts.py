"""The bundled CJK font covers every Chinese character the app can show."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont

ROOT = Path(__file__).resolve().parents[2]
FONTS = sorted((ROOT / "resources" / "fonts").glob("*.otf"))


def _chinese_characters() -> set[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in ROOT.glob("data/*.json"))
    text += "".join(p.read_text(encoding="utf-8") for p in ROOT.glob("resources/i18n/*.ts"))
    return {ch for ch in text if unicodedata.east_asian_width(ch) in ("W", "F")}


def test_both_weights_are_bundled() -> None:
    assert [p.name for p in FONTS] == [
        "NotoSansCJKsc-Bold-subset.otf",
        "NotoSansCJKsc-Regular-subset.otf",
    ]
    assert (ROOT / "resources" / "fonts" / "LICENSE-Noto-CJK.txt").exists()


@pytest.mark.parametrize("path", FONTS, ids=lambda p: p.name)
def test_no_radical_shares_a_glyph_with_a_character(app, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The subset maps no Kangxi or CJK radical: a PDF could otherwise name 小's glyph ⼩."""
    font = QRawFont(str(path), 16)
    assert [hex(c) for c in range(0x2E80, 0x2FE0) if font.supportsCharacter(c)] == []


@pytest.mark.parametrize("path", FONTS, ids=lambda p: p.name)
def test_every_chinese_character_has_a_glyph(app, path: Path) -> None:  # type: ignore[no-untyped-def]
    font = QRawFont(str(path), 16)
    assert font.isValid()
    wanted = _chinese_characters()
    assert len(wanted) > 100  # the check looks at real text
    missing = sorted(ch for ch in wanted if not font.supportsCharacter(ord(ch)))
    assert missing == [], f"run `make fonts` to add: {''.join(missing)}"


def test_the_font_is_registered_behind_the_system_font(app) -> None:  # type: ignore[no-untyped-def]
    families = app.font().families()
    # A family of its own: under Noto's name Qt may take an installed full Noto Sans CJK,
    # whose glyphs for 小, 月, 日… are shared with Kangxi radicals (see the PDF tests).
    assert families[-1] == "Noto Sans CJK SC Subset"
    assert "Noto Sans CJK SC Subset" in QFontDatabase.families()
    styles = QFontDatabase.styles("Noto Sans CJK SC Subset")
    assert "Regular" in styles
    assert "Bold" in styles
    # Latin text keeps the system's family, not the CJK font's full-width punctuation.
    assert QFontInfo(app.font()).family() == families[0]


def _ink(text: str, font, fg: str, bg: str) -> float:  # type: ignore[no-untyped-def]
    """How much a text stands out from its background: the sum of the pixels' difference
    in lightness, per pixel inked."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(360, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(bg))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor(fg))
    painter.drawText(QRect(0, 0, 360, 40), 0, text)
    painter.end()
    base = QColor(bg).lightness()
    diffs = [abs(image.pixelColor(x, y).lightness() - base) for y in range(40) for x in range(360)]
    inked = [d for d in diffs if d]
    return sum(inked) / len(inked)


def test_chinese_is_drawn_as_its_latin_neighbours_on_dark_and_light(app) -> None:  # type: ignore[no-untyped-def]
    """Qt drew the CJK font (CFF) with stem darkening and blended it in linear light: on
    the dark theme its Chinese was bolder and brighter than the Latin beside it, on the
    light theme thinner. From dark to light, both scripts must change alike."""
    from PySide6.QtGui import QFont

    from gui.theming.theme import THEMES

    font = QFont(app.font())
    font.setPixelSize(13)  # a size no other test draws: a face opened now
    dark, light = THEMES["dark"], THEMES["light"]
    ratios = {}
    for script, text in (("cjk", "创始人董事长联合创始人"), ("latin", "Founder Chairman CEO")):
        on_dark = _ink(text, font, dark.text, dark.surface)
        on_light = _ink(text, font, light.text, light.surface)
        ratios[script] = on_dark / on_light
    assert ratios["cjk"] == pytest.approx(ratios["latin"], rel=0.06), ratios
