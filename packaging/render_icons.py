"""Render the application icon into the hicolor icon-theme layout.

Run from anywhere (the paths are relative to this file's repository):

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

It reads ``resources/icons/app/strategy-viewer.svg`` and writes

* ``resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for every size in ``SIZES``;
* ``resources/icons/hicolor/scalable/apps/<APP_ID>.svg`` (a byte-for-byte copy).

The PNGs are committed, so packaging never needs Qt; rerun this after editing the SVG.
Pass ``--check`` to only verify that the committed files are present and the SVG copy
is current (exit status 1 otherwise).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.strategyviewer.StrategyViewer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app" / "strategy-viewer.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render(size: int, renderer: QSvgRenderer) -> QImage:
    """Render ``renderer`` into a transparent, premultiplied ARGB image of ``size``²."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def build() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"error: cannot parse {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        image = render(size, renderer)
        if not image.save(str(out), "PNG"):
            print(f"error: cannot write {out}", file=sys.stderr)
            return 1
        print(f"wrote {out.relative_to(ROOT)}")
    scalable = svg_path()
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    print(f"wrote {scalable.relative_to(ROOT)}")
    del app
    return 0


def check() -> int:
    problems = [str(png_path(s).relative_to(ROOT)) for s in SIZES if not png_path(s).is_file()]
    if not svg_path().is_file() or svg_path().read_bytes() != SOURCE.read_bytes():
        problems.append(f"{svg_path().relative_to(ROOT)} (missing or stale)")
    for problem in problems:
        print(f"missing: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify only; write nothing")
    args = parser.parse_args(argv)
    return check() if args.check else build()


if __name__ == "__main__":
    sys.exit(main())
