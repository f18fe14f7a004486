"""Cut Noto Sans CJK SC down to the characters the app and its bundled content use.

The full font is 16 MB per weight; the subset is a few hundred KB and still renders every
Chinese string in data/ and in the translations on a machine with no CJK font at all.
Re-run after adding Chinese text (`make fonts`); a test fails when a character is missing.

    python packaging/subset_cjk_font.py [SOURCE_DIR]

SOURCE_DIR holds NotoSansCJK-{Regular,Bold}.ttc (Debian: fonts-noto-cjk). Needs fontTools.

The subset gets a family name of its own, FAMILY. Under the original name Qt may take the
system's full Noto Sans CJK instead wherever one is installed, and that font draws 小, 月,
日… with the glyph of a Kangxi radical (⼩, ⽉, ⽇): a PDF the app writes then says "⼩⽶"
to a text search or a copy and paste. The subset has no radicals, so its PDF text is the
real characters.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
SC_INDEX = 2  # Simplified Chinese face inside the collection
FAMILY = "Noto Sans CJK SC Subset"  # gui/theming/fonts.py registers it by this name
# Punctuation and symbols used around Chinese text, whether or not data uses them today.
EXTRA = "，。：；！？、（）《》〈〉「」『』“”‘’—…·×→＋％０１２３４５６７８９年月日"


def wanted_text() -> str:
    parts = [EXTRA, "".join(chr(c) for c in range(0x20, 0x7F))]
    for pattern in ("data/*.json", "resources/i18n/*.ts", "gui/**/*.py"):
        for path in ROOT.glob(pattern):
            parts.append(path.read_text(encoding="utf-8"))
    return "".join(sorted({ch for ch in "".join(parts) if ord(ch) >= 0x20 and not _is_radical(ch)}))


def _is_radical(ch: str) -> bool:
    """Kangxi radicals and the CJK radicals supplement: the subset must have none (see
    above), even where the code quotes one (gui/theming/fonts.py says why)."""
    return 0x2E80 <= ord(ch) <= 0x2FDF


def rename(font: TTFont, weight: str) -> None:
    """Give the subset its own family (and full and PostScript) names, in every language
    the name table has them; Noto's "Noto" is no Reserved Font Name, so it may stay."""
    postscript = FAMILY.replace(" ", "") + f"-{weight}"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = FAMILY if weight == "Regular" else f"{FAMILY} {weight}"
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{record.toUnicode()};subset"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FamilyName = FAMILY
        top.FullName = FAMILY if weight == "Regular" else f"{FAMILY} {weight}"


def main(source_dir: Path) -> int:
    text = wanted_text()
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in ("Regular", "Bold"):
        font = TTCollection(str(source_dir / f"NotoSansCJK-{weight}.ttc")).fonts[SC_INDEX]
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_legacy = True
        options.name_languages = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        rename(font, weight)
        target = OUT / f"NotoSansCJKsc-{weight}-subset.otf"
        font.save(str(target))
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto")))
