"""The bundled CJK font covers every Chinese character the app can show."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont

ROOT = Path(__file__).resolve().parents[1]
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
def test_every_chinese_character_has_a_glyph(app, path: Path) -> None:  # type: ignore[no-untyped-def]
    font = QRawFont(str(path), 16)
    assert font.isValid()
    wanted = _chinese_characters()
    assert len(wanted) > 100  # the check looks at real text
    missing = sorted(ch for ch in wanted if not font.supportsCharacter(ord(ch)))
    assert missing == [], f"run `make fonts` to add: {''.join(missing)}"


def test_the_font_is_registered_behind_the_system_font(app) -> None:  # type: ignore[no-untyped-def]
    families = app.font().families()
    assert families[-1] == "Noto Sans CJK SC"
    assert "Noto Sans CJK SC" in QFontDatabase.families()
    # Latin text keeps the system's family, not the CJK font's full-width punctuation.
    assert QFontInfo(app.font()).family() == families[0]
