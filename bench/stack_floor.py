"""The floor of this app's fixed stack: the bare window, plus what any start of the app
must do before its first paint, whatever its interface looks like.

    python bench/stack_floor.py [PNG]

That is: the bundled content loaded and checked by the content layer (pydantic imported,
the schema's validators built, the six files validated and cross-checked), Qt's `Qt`
namespace (PySide6 makes its ninety-odd enum types when a program first names it, and
every widget program does), and one line of the content drawn (Qt's font database is
set up on the first text). Nothing of the interface: no panes, styles, icons or menus.

bench/run.py prints it beside the bare window, so that a start-up ratio can be read as
"the stack" plus "the interface": the app's targets are set against the bare window,
and this row shows how much of them the fixed choices (PySide6, pydantic) use up.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from gui.content import load_bundle  # noqa: E402
from gui.desktop.paths import data_dir  # noqa: E402

# isort: split
# Qt after the content layer, as in the app (gui/content/validation.py says why).
from bare_window import show_and_grab  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def main(argv: list[str]) -> int:
    content = load_bundle(data_dir())
    app = QApplication(argv[:1])
    window = QMainWindow()
    label = QLabel(content.bundle.title)
    label.setTextFormat(Qt.TextFormat.PlainText)
    window.setCentralWidget(label)
    return show_and_grab(app, window, argv[1] if len(argv) > 1 else "")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
