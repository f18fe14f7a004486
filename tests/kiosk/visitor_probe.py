"""The visitor simulator's eyes inside the app: a test harness, never part of the shipped app.

    python -m tests.kiosk.visitor_probe MAP_FILE -- [the app's arguments]

Runs `gui.__main__.main` unchanged, and just before its event loop starts adds a listener
on standard input. Each line the simulator writes there is a request, answered by writing
MAP_FILE (atomically: a temporary file, then a rename) as JSON:

- `map SEQ`: the screen rectangles (global pixels) of what a visitor could touch now —
  enabled buttons, the visible rows and cells of item views (cards, section list, table
  rows, search results), table header sections, links in labels and text browsers, text
  fields, and every scrolling area that can scroll — plus the kiosk's state (section,
  PIN pad, attract loop, window geometry);
- `stats SEQ`: the same, after deleting deferred deletes and a garbage collection, with
  the counts of live QObjects, widgets and Python objects, for a leak check at an idle
  moment.

Input still goes through the X server (see visitor_simulator.py): the probe only looks.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSocketNotifier
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from gui.desktop.memory import release_free_memory

MAX_ITEMS_PER_VIEW = 80  # rows x columns looked at in one item view
MAX_LINKS_PER_TEXT = 40


def _visible_rect(widget: QWidget, local: QRect | None = None) -> QRect:
    """`local` (default: the whole widget) clipped to what is on screen, in global pixels."""
    region = widget.visibleRegion().boundingRect()
    rect = region if local is None else region.intersected(local)
    if rect.isEmpty():
        return QRect()
    return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())


def _box(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _name(widget: QObject) -> str:
    return widget.objectName() or type(widget).__name__


def _item_targets(view: QAbstractItemView, out: list[dict[str, Any]]) -> None:
    model = view.model()
    viewport = view.viewport()
    if model is None or not viewport.isVisible():
        return
    area = viewport.rect()
    root = view.rootIndex()
    try:
        columns = min(model.columnCount(root), 8)
    except TypeError:  # a list model, whose columnCount() is private in PySide6
        columns = 1
    found = 0
    for row in range(model.rowCount(root)):
        if found >= MAX_ITEMS_PER_VIEW:
            break
        for column in range(columns):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isEmpty() or not rect.intersects(area):
                continue
            shown = _visible_rect(viewport, rect)
            if not shown.isEmpty():
                out.append(
                    {"kind": "item", "name": f"{_name(view)}[{row},{column}]", "rect": _box(shown)}
                )
                found += 1


def _header_targets(header: QHeaderView, out: list[dict[str, Any]]) -> None:
    viewport = header.viewport()
    horizontal = header.orientation().name == "Horizontal"
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        start, size = header.sectionViewportPosition(logical), header.sectionSize(logical)
        rect = (
            QRect(start, 0, size, viewport.height())
            if horizontal
            else QRect(0, start, viewport.width(), size)
        )
        shown = _visible_rect(viewport, rect)
        if not shown.isEmpty():
            out.append(
                {"kind": "header", "name": f"{_name(header)}[{logical}]", "rect": _box(shown)}
            )


def _text_links(browser: QTextBrowser, out: list[dict[str, Any]]) -> None:
    viewport = browser.viewport()
    area = viewport.rect()
    block = browser.document().begin()
    found = 0
    while block.isValid() and found < MAX_LINKS_PER_TEXT:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + min(1, fragment.length() - 1))
                rect = browser.cursorRect(cursor)
                rect.setWidth(max(8, rect.height()))
                if rect.intersects(area):
                    shown = _visible_rect(viewport, rect)
                    if not shown.isEmpty():
                        out.append({"kind": "link", "name": _name(browser), "rect": _box(shown)})
                        found += 1
            it += 1
        block = block.next()


def _targets(root: QWidget) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):  # disabled ones too: the locked PIN pad's
            shown = _visible_rect(widget)
            if not shown.isEmpty():
                text = widget.text().replace("\n", " ")[:40]
                out.append(
                    {"kind": "button", "name": text or _name(widget), "rect": _box(shown)}
                    | ({} if widget.isEnabled() else {"disabled": True})
                )
            continue
        if not widget.isEnabled():
            continue
        if isinstance(widget, QHeaderView):
            _header_targets(widget, out)
        elif isinstance(widget, QAbstractItemView):
            _item_targets(widget, out)
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly():
            shown = _visible_rect(widget)
            if not shown.isEmpty():
                out.append({"kind": "field", "name": _name(widget), "rect": _box(shown)})
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                shown = _visible_rect(widget, widget.tabRect(tab))
                if not shown.isEmpty():
                    out.append({"kind": "tab", "name": widget.tabText(tab), "rect": _box(shown)})
        elif isinstance(widget, QLabel) and "<a " in widget.text():
            shown = _visible_rect(widget)
            if not shown.isEmpty():
                out.append({"kind": "link", "name": _name(widget), "rect": _box(shown)})
        if isinstance(widget, QTextBrowser):
            _text_links(widget, out)
        if isinstance(widget, QAbstractScrollArea):
            bars = (widget.verticalScrollBar(), widget.horizontalScrollBar())
            if any(bar.maximum() > bar.minimum() for bar in bars):
                shown = _visible_rect(widget.viewport())
                if not shown.isEmpty():
                    out.append({"kind": "scroll", "name": _name(widget), "rect": _box(shown)})
    return out


def _pad_problem(pad: QWidget) -> str | None:
    """What is wrong with the PIN pad's keys on this screen: one off screen, or two that
    overlap (a finger between them presses either). None when every key is whole."""
    screen = pad.screen().geometry()
    keys = [
        (button.text(), QRect(button.mapToGlobal(button.rect().topLeft()), button.size()))
        for button in pad.findChildren(QAbstractButton)
        if button.isVisible()
    ]
    for i, (name, rect) in enumerate(keys):
        if not screen.contains(rect):
            return f"key {name!r} at {_box(rect)} is not all on the screen {_box(screen)}"
        for other, other_rect in keys[i + 1 :]:
            if rect.intersects(other_rect):
                return f"keys {name!r} {_box(rect)} and {other!r} {_box(other_rect)} overlap"
    return None


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _live_qobjects(app: QApplication) -> Counter[str]:
    """QObjects alive by class: the app's children, and every top-level widget with its
    own."""
    objects: list[QObject] = [app, *app.findChildren(QObject)]
    for widget in QApplication.topLevelWidgets():
        objects += [widget, *widget.findChildren(QObject)]
    return Counter(type(o).__name__ for o in objects)


class Probe(QObject):
    def __init__(self, app: QApplication, path: Path) -> None:
        super().__init__(app)
        self.app = app
        self.path = path
        self._buffer = b""
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_stdin)

    def _on_stdin(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:  # the simulator went away: stop listening
            self._notifier.setEnabled(False)
            return
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            what, _, seq = line.decode().partition(" ")
            if what in ("map", "stats"):
                try:
                    self._answer(seq, stats=what == "stats")
                except Exception:  # the probe's own fault: told apart from the app's
                    self._write({"seq": seq, "probe_error": traceback.format_exc()})

    def _window(self) -> QWidget | None:
        from gui.views.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                return widget
        return None

    def _answer(self, seq: str, stats: bool) -> None:
        from gui.kiosk.kiosk_controller import KioskController

        started = time.perf_counter()
        answer: dict[str, Any] = {"seq": seq, "pid": os.getpid()}
        if stats:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            # VmRSS as it is, then after giving free heap pages back to the system: growth
            # of the second is memory held, of the first also the allocator's slack.
            answer["rss_untrimmed_kib"] = _rss_kib()
            release_free_memory()
            classes = _live_qobjects(self.app)
            answer["qobjects"] = sum(classes.values())
            answer["qobject_classes"] = dict(classes)
            answer["widgets"] = len(QApplication.allWidgets())
            answer["python_objects"] = len(gc.get_objects())
        window = self._window()
        kiosk = window.findChild(KioskController) if window is not None else None
        screen = QApplication.primaryScreen()
        answer["screen"] = _box(screen.geometry()) if screen is not None else None
        popup = QApplication.activePopupWidget()
        modal = QApplication.activeModalWidget()
        if window is not None:
            answer["window"] = _box(window.frameGeometry())
            answer["full_screen"] = window.isFullScreen()
            answer["visible"] = window.isVisible()
            answer["section"] = window.current_section()
        if kiosk is not None:
            answer["pad_visible"] = kiosk.pad.isVisible()
            answer["pad_message"] = kiosk.pad.message.text()
            answer["pad_locked"] = kiosk.pad.is_locked()
            answer["pad_digits"] = kiosk.pad.entered_length()
            if kiosk.pad.isVisible():
                answer["pad_problem"] = _pad_problem(kiosk.pad)
            answer["attract_running"] = kiosk.attract.is_running()
            answer["home"] = kiosk.config.home
        if popup is not None:
            roots: list[QWidget] = [popup]
        elif modal is not None:
            roots = [modal]
        elif kiosk is not None and kiosk.pad.isVisible():
            roots = [kiosk.pad]
        else:
            roots = [window] if window is not None else []
        focus = QApplication.focusWidget()
        answer["focus"] = _name(focus) if focus is not None else None
        answer["active_window"] = QApplication.activeWindow() is not None
        answer["popup"] = _name(popup) if popup is not None else None
        answer["modal"] = _name(modal) if modal is not None else None
        answer["top_levels"] = [_name(w) for w in QApplication.topLevelWidgets() if w.isVisible()]
        answer["targets"] = [t for root in roots for t in _targets(root)]
        answer["probe_ms"] = round((time.perf_counter() - started) * 1000, 1)
        self._write(answer)

    def _write(self, answer: dict[str, Any]) -> None:
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(answer), encoding="utf-8")
        temporary.replace(self.path)


def main(argv: list[str]) -> int:
    path, separator, *app_args = argv
    if separator != "--":
        raise SystemExit("usage: visitor_probe MAP_FILE -- [app arguments]")
    original_exec = QApplication.exec
    probes: list[Probe] = []

    def exec_with_probe(app: QApplication) -> int:
        probes.append(Probe(app, Path(path)))
        return original_exec()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]
    from gui.__main__ import main as app_main

    return app_main(app_args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
