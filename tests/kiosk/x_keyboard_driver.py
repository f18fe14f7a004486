"""Runs the real app (`python -m gui --kiosk ...`) on an X server and taps it with
xdotool: the search field (or a page and its filter field), then the on-screen keys of a
word. Prints what the visitor would see, as JSON on the last line of standard output, and
saves a screenshot of the whole screen if asked.

    python tests/kiosk/x_keyboard_driver.py [--filter] [--shot PNG] WORD -- APP-ARGS...

The taps go through the X server (XTEST), as a touch screen's do; the driver only reads
where the widgets are. Used by test_kiosk_keyboard_x11.py, and for the screenshots in
docs/kiosk.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QRect, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gui import __main__ as entry  # noqa: E402
from gui.content import SECTIONS  # noqa: E402
from gui.kiosk import cli  # noqa: E402

STEP_MS = 350
DEADLINE_S = 40


def _xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def _tap_at(point: QPoint) -> None:
    _xdotool("mousemove", str(point.x()), str(point.y()), "click", "1")


def _tap(widget: QWidget) -> None:
    _tap_at(widget.mapToGlobal(widget.rect().center()))


def _focus_name() -> str | None:
    focus = QApplication.focusWidget()
    return focus.objectName() if focus is not None else None


def _global(widget: QWidget) -> list[int]:
    r = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return [r.x(), r.y(), r.width(), r.height()]


class Driver:
    def __init__(self, app, window, kiosk, word: str, filter_: bool, shot: str | None) -> None:  # type: ignore[no-untyped-def]
        self.app, self.window, self.kiosk = app, window, kiosk
        self.word, self.filter, self.shot = word, filter_, shot
        self.start = time.monotonic()
        self.report: dict[str, object] = {"steps": []}

    def log(self, step: str) -> None:
        self.report["steps"].append(step)  # type: ignore[union-attr]

    def wait(self, ready: Callable[[], bool], then: Callable[[], None], what: str) -> None:
        if ready():
            QTimer.singleShot(STEP_MS, then)
        elif time.monotonic() - self.start > DEADLINE_S:
            self.finish(f"timed out waiting for {what}")
        else:
            QTimer.singleShot(100, lambda: self.wait(ready, then, what))

    def run(self) -> None:
        self.wait(
            lambda: self.window.isVisible() and self.window.isFullScreen(),
            self.tap_field,
            "the full-screen window",
        )

    def field(self) -> QWidget:
        if self.filter:
            return self.window.pane("partners").filter_edit
        return self.window.search_box.field

    def tap_field(self) -> None:
        if "start_focus" not in self.report:  # the kiosk as it stands before any tap
            self.report["start_focus"] = _focus_name()
        if self.filter and self.window.current_section() != "partners":
            nav = self.window.navigation
            rect = nav.visualRect(self.window.sections.index(SECTIONS.index("partners"), 0))
            _tap_at(nav.viewport().mapToGlobal(rect.center()))
            self.log("tapped Partners")
            self.wait(lambda: self.window.current_section() == "partners", self.tap_field,
                      "the Partners page")  # fmt: skip
            return
        _tap(self.field())
        self.log(f"tapped {self.field().objectName()}")
        keyboard = self.kiosk.keyboard
        self.wait(lambda: keyboard is not None and keyboard.isVisible(),
                  lambda: self.type_key(0), "the on-screen keyboard")  # fmt: skip

    def type_key(self, i: int) -> None:
        if i == len(self.word):
            self.wait(self.results_shown, self.finish_ok, "the results")
            return
        char = self.word[i]
        _tap(self.kiosk.keyboard.keys["space" if char == " " else char])
        self.log(f"tapped key {char!r}")
        QTimer.singleShot(STEP_MS, lambda: self.type_key(i + 1))

    def results_shown(self) -> bool:
        if self.filter:
            return self.field().text() == self.word
        return self.window.search_box.panel.isVisible() and bool(self.titles())

    def titles(self) -> list[str]:
        if self.filter:
            model = self.window.pane("partners").table.model()
            return [model.index(r, 0).data() for r in range(model.rowCount())]
        model = self.window.search_box.panel.model
        return [
            model.index(r, 0, model.index(g, 0)).data()
            for g in range(model.rowCount())
            for r in range(model.rowCount(model.index(g, 0)))
        ]

    def finish_ok(self) -> None:
        keyboard = self.kiosk.keyboard
        results = (
            self.window.pane("partners").table.viewport()
            if self.filter
            else self.window.search_box.panel
        )
        self.report.update(
            text=self.field().text(),
            titles=self.titles(),
            focus=_focus_name(),
            keyboard=_global(keyboard),
            field=_global(self.field()),
            results=_global(results),
            screen=[self.window.width(), self.window.height()],
        )
        if self.shot:
            subprocess.run(["import", "-window", "root", self.shot], check=True, timeout=30)
        self.finish(None)

    def finish(self, error: str | None) -> None:
        self.report["error"] = error
        print(json.dumps(self.report, ensure_ascii=False), flush=True)
        self.app.exit(0 if error is None else 3)


def main() -> int:
    args = sys.argv[1:]
    split = args.index("--")
    own, app_args = args[:split], args[split + 1 :]
    filter_ = "--filter" in own
    shot = own[own.index("--shot") + 1] if "--shot" in own else None
    word = own[-1]
    original = cli.install

    def install(app, window, parsed, lock=(), state=None):  # type: ignore[no-untyped-def]
        kiosk = original(app, window, parsed, lock, state)
        driver = Driver(app, window, kiosk, word, filter_, shot)
        QTimer.singleShot(0, driver.run)
        window._test_driver = driver  # kept alive with the window
        return kiosk

    cli.install = install  # type: ignore[assignment]
    return entry.main(app_args)


if __name__ == "__main__":
    sys.exit(main())
