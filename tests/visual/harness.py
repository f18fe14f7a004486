"""The screenshot harness: every pane in every language, theme, size and zoom, checked
automatically (tests/visual/checks.py) and drawn on contact sheets for a person to look at.

    make screenshots            # or: python -m tests.visual.harness --out build/screenshots

writes one contact sheet per language and theme (contact-en-light.png ...) and
problems.txt, and exits 1 if any check found a problem. tests/visual/test_layout_checks.py
runs the checks on a representative subset in CI.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from gui.application import MainUi

LANGUAGES = ("en", "zh_CN")
THEMES = ("light", "dark", "high-contrast")
SIZES = ((1024, 600), (1280, 800), (1920, 1080), (2560, 1440), (1080, 1920))
ZOOMS = (1.0, 2.0)
# Besides each pane as it opens: a partner's details (the longest, with "Mentioned in"
# links) and a cited sentence opened in Sources.
STATES = ("partner:lu-weibing", "source:article#s13")
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Shot:
    language: str
    theme: str
    size: tuple[int, int]
    zoom: float
    section: str

    def __str__(self) -> str:
        w, h = self.size
        return f"{self.section} {self.language} {self.theme} {w}x{h} {round(self.zoom * 100)}%"


def settle(app: QApplication, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


class Harness:
    """One main window, put through the combinations one after another (a window per
    combination would take minutes to build)."""

    def __init__(self, ui: MainUi | None = None) -> None:
        from gui.application import build_ui, create_application
        from gui.content import load_bundle
        from gui.desktop.i18n import translations

        self.app = create_application()
        if ui is None:
            translations().switch("en")
            ui = build_ui(load_bundle(ROOT / "data"), "light")
        self.ui = ui
        self.window = self.ui.window
        self.window.resize(1280, 800)
        self.window.show()
        settle(self.app)

    def set_language(self, language: str) -> None:
        from gui.desktop.i18n import current_language, translations

        if current_language() != language:
            translations().switch(language)
            settle(self.app)

    def set_theme(self, theme: str) -> None:
        self.ui.themes.set_choice(theme)
        settle(self.app)

    def set_zoom(self, zoom: float) -> None:
        from gui.theming import font_scale
        from gui.theming.styling import set_font_scale

        if font_scale.current(self.app) != zoom:
            set_font_scale(self.app, zoom)
            settle(self.app)

    def show(self, shot: Shot) -> None:
        self.set_language(shot.language)
        self.set_theme(shot.theme)
        self.set_zoom(shot.zoom)
        if (self.window.width(), self.window.height()) != shot.size:
            self.window.resize(*shot.size)
        self.window.reset_all_panes()  # each picture from a fresh start, not the last one's
        if ":" in shot.section:
            self.window.open_ref(shot.section)
        else:
            self.window.navigate(shot.section)
        settle(self.app, 6)

    def check(self, shot: Shot | None = None) -> list[str]:
        from tests.visual.checks import all_problems

        return all_problems(self.window, highlight=shot is not None and "#" in shot.section)

    def grab(self) -> QImage:
        return self.window.grab().toImage()


def shots(
    languages: tuple[str, ...] = LANGUAGES,
    themes: tuple[str, ...] = THEMES,
    sizes: tuple[tuple[int, int], ...] = SIZES,
    zooms: tuple[float, ...] = ZOOMS,
) -> Iterator[Shot]:
    from gui.content import SECTIONS

    for language in languages:
        for theme in themes:
            for zoom in zooms:
                for size in sizes:
                    for section in (*SECTIONS, *STATES):
                        yield Shot(language, theme, size, zoom, section)


THUMB_HEIGHT = 300
LABEL_HEIGHT = 22


def contact_sheet(pictures: list[tuple[Shot, QImage, int]], title: str) -> QImage:
    """One row per size and zoom, one column per pane; a red label where checks failed."""
    from gui.content import SECTIONS

    columns = (*SECTIONS, *STATES)
    rows = sorted({(s.zoom, s.size) for s, _, _ in pictures})
    thumbs = {(s.zoom, s.size, s.section): (img, n) for s, img, n in pictures}
    widths = {(z, size): max(1, round(THUMB_HEIGHT * size[0] / size[1])) for z, size in rows}
    col_width = max(widths.values()) + 12
    sheet_width = col_width * len(columns) + 12
    sheet_height = 40 + len(rows) * (THUMB_HEIGHT + LABEL_HEIGHT + 12)
    sheet = QImage(sheet_width, sheet_height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont(painter.font())
    font.setPixelSize(14)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRect(12, 8, sheet_width - 24, 24), int(Qt.AlignmentFlag.AlignLeft), title)
    for r, (zoom, size) in enumerate(rows):
        top = 40 + r * (THUMB_HEIGHT + LABEL_HEIGHT + 12)
        for c, section in enumerate(columns):
            left = 12 + c * col_width
            found = thumbs.get((zoom, size, section))
            if found is None:
                continue
            image, problems = found
            thumb = image.scaled(
                widths[(zoom, size)],
                THUMB_HEIGHT,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(left, top + LABEL_HEIGHT, thumb)
            painter.setPen(QColor("#ffffff" if not problems else "#ff4040"))
            label = f"{section} {size[0]}x{size[1]} {round(zoom * 100)}%"
            if problems:
                label += f" — {problems} problem(s)"
            painter.drawText(
                QRect(left, top, col_width, LABEL_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
    painter.end()
    return sheet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--themes", nargs="+", default=list(THEMES))
    parser.add_argument("--zooms", nargs="+", type=float, default=list(ZOOMS))
    parser.add_argument(
        "--sizes", nargs="+", default=[f"{w}x{h}" for w, h in SIZES], help="WxH ..."
    )
    parser.add_argument("--keep", action="store_true", help="also save every picture")
    args = parser.parse_args(argv)
    sizes = tuple(tuple(int(n) for n in s.split("x")) for s in args.sizes)
    args.out.mkdir(parents=True, exist_ok=True)
    harness = Harness()
    report: list[str] = []
    sheets: dict[tuple[str, str], list[tuple[Shot, QImage, int]]] = {}
    for shot in shots(tuple(args.languages), tuple(args.themes), sizes, tuple(args.zooms)):  # type: ignore[arg-type]
        harness.show(shot)
        problems = harness.check(shot)
        report += [f"{shot}: {p}" for p in problems]
        image = harness.grab()
        if args.keep:
            w, h = shot.size
            section = shot.section.replace(":", "-").replace("#", "-")
            zoom = round(shot.zoom * 100)
            image.save(str(args.out / f"{section}-{shot.language}-{shot.theme}-{w}x{h}-{zoom}.png"))
        sheets.setdefault((shot.language, shot.theme), []).append((shot, image, len(problems)))
    for (language, theme), pictures in sheets.items():
        path = args.out / f"contact-{language}-{theme}.png"
        contact_sheet(pictures, f"Strategy Viewer — {language}, {theme}").save(str(path))
        print(path)
    (args.out / "problems.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"{len(report)} problem(s); see {args.out / 'problems.txt'}")
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
