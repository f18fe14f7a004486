"""Cut Noto Sans CJK SC down to the characters the app and its bundled content use.

The full font is 16 MB per weight; the subset is a few hundred KB and still renders every
Chinese string in data/ and in the translations on a machine with no CJK font at all.
Re-run after adding Chinese text (`make fonts`); a test fails when a character is missing.

    python packaging/subset_cjk_font.py [SOURCE_DIR]

SOURCE_DIR holds NotoSansCJK-{Regular,Bold}.ttc (Debian: fonts-noto-cjk). Needs fontTools.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
SC_INDEX = 2  # Simplified Chinese face inside the collection
# Punctuation and symbols used around Chinese text, whether or not data uses them today.
EXTRA = "，。：；！？、（）《》〈〉「」『』“”‘’—…·×→＋％０１２３４５６７８９年月日"


def wanted_text() -> str:
    parts = [EXTRA, "".join(chr(c) for c in range(0x20, 0x7F))]
    for pattern in ("data/*.json", "resources/i18n/*.ts", "gui/**/*.py"):
        for path in ROOT.glob(pattern):
            parts.append(path.read_text(encoding="utf-8"))
    return "".join(sorted({ch for ch in "".join(parts) if ord(ch) >= 0x20}))


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
        target = OUT / f"NotoSansCJKsc-{weight}-subset.otf"
        font.save(str(target))
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto")))
