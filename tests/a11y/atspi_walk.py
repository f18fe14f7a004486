"""Walk the real AT-SPI tree of the running Strategy Viewer and print, one per line, every
shown interactive object without a name ("UNNAMED role path"), then "CHECKED n".

Run by Debian's python3 (python3-pyatspi) inside the app's D-Bus session; see
tests/a11y/test_atspi.py. Usage: atspi_walk.py APP_NAME [TIMEOUT_S]
"""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM,
}


def find_app(name: str, timeout: float) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name in (app.name or ""):
                return app
        time.sleep(0.3)
    raise SystemExit(f"no application named {name!r} on the accessibility bus")


def walk(node, path, depth=0):  # type: ignore[no-untyped-def]
    if node is None or depth > 40:
        return
    yield node, path
    try:
        count = node.childCount
    except Exception:
        return
    if count > 2000:  # a model with thousands of cells: the first ones tell
        count = 200
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, f"{path}/{child.getRoleName() if child else '?'}", depth + 1)


def settled(app) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window's tree stops growing (the pane is built after the frame)."""
    last, still = -1, 0
    for _ in range(40):
        count = sum(1 for _ in walk(app, ""))
        still = still + 1 if count == last else 0
        if still >= 2:
            return
        last = count
        time.sleep(0.25)


def main() -> int:
    app = find_app(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 30)
    settled(app)
    checked = 0
    for node, path in walk(app, app.name):
        try:
            role = node.getRole()
            states = node.getState()
        except Exception:
            continue
        if role not in INTERACTIVE or not states.contains(pyatspi.STATE_SHOWING):
            continue
        checked += 1
        if not (node.name or "").strip():
            print(f"UNNAMED {node.getRoleName()} {path}", flush=True)
    print(f"CHECKED {checked}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
