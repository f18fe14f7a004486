"""In-process timings: load, window, first paint, filter keystrokes and global search.

    python bench/interactive.py [--data DIR] [--json]

Loads a bundle as the app does, builds the main window on the offscreen platform and
types queries into the roster's filter field one keystroke at a time. A keystroke is timed
from `setText` (which makes the proxy filter) through `processEvents` (which repaints the
table and the count), so it is what a visitor waits for. Global search is timed per
keystroke of the same queries, on an index built once. bench/run.py runs this once per
bundle size, each in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Typed a letter at a time, then cleared (clearing is a keystroke too). Names common and
# rare, Chinese, a role word, a two-word query, and one that matches nothing.
QUERIES = ("wang wei", "li", "chen jun", "卢伟冰", "zhou", "engineer", "lu weibing", "xyz")


def _memory_mib() -> dict[str, float]:
    """VmRSS (now) and VmHWM (peak) of this process in MiB, where /proc has them."""
    out: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return out


def _keystrokes(query: str) -> list[str]:
    return [query[:n] for n in range(1, len(query) + 1)] + [""]


def _summary(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    return {
        "median_ms": statistics.median(ms),
        "p90_ms": ms[min(len(ms) - 1, int(len(ms) * 0.9))],
        "max_ms": ms[-1],
        "count": len(ms),
    }


def run(data: Path | None) -> dict[str, Any]:
    result: dict[str, Any] = {}
    started = time.perf_counter()
    from gui.content import load_bundle
    from gui.desktop.paths import data_dir

    result["import_content_s"] = time.perf_counter() - started
    from gui.application import set_identity
    from gui.desktop.memory import kept_for_life

    set_identity()
    folder = data or data_dir()
    started = time.perf_counter()
    with kept_for_life():  # as gui/__main__.py loads it
        content = load_bundle(folder)
    result["load_s"] = time.perf_counter() - started
    result["partners"] = len(content.partners)
    result["members"] = len(content.programme.members)
    result["memory_after_load_mib"] = _memory_mib()

    started = time.perf_counter()
    from gui.application import create_application, create_main_window
    from gui.desktop.i18n import translations
    from gui.desktop.screenshot import wait_for_first_paint

    app = create_application()
    translations().switch("en")
    result["qt_setup_s"] = time.perf_counter() - started

    started = time.perf_counter()
    window = create_main_window(content)
    window.resize(1280, 800)
    result["window_s"] = time.perf_counter() - started
    started = time.perf_counter()
    window.show()
    wait_for_first_paint(app, window)
    result["first_paint_s"] = time.perf_counter() - started

    # Panes not yet visited may be built on first use: time that as a visitor meets it.
    timings = {}
    for section in ("partners", "programme"):
        started = time.perf_counter()
        window.navigate(section)
        app.processEvents()
        timings[section] = time.perf_counter() - started
    result["open_section_s"] = timings
    window.navigate("partners")
    app.processEvents()

    pane = window.pane("partners")
    field = getattr(pane, "filter_edit")  # noqa: B009
    samples: list[float] = []
    for query in QUERIES:
        for text in _keystrokes(query):
            started = time.perf_counter()
            field.setText(text)
            app.processEvents()
            samples.append(time.perf_counter() - started)
    result["filter_keystroke"] = _summary(samples)

    roster = getattr(window.pane("programme"), "members", None)
    members_filter = getattr(roster, "filter_edit", None)
    if members_filter is not None:
        window.navigate("programme")
        window.pane("programme").ensureWidgetVisible(roster.table)  # repainted as typed
        app.processEvents()
        samples = []
        for query in QUERIES:
            for text in _keystrokes(query):
                started = time.perf_counter()
                members_filter.setText(text)
                app.processEvents()
                samples.append(time.perf_counter() - started)
        result["member_filter_keystroke"] = _summary(samples)

    result["search"] = _search(window, content)
    result["memory_end_mib"] = _memory_mib()
    window.close()
    return result


def _search(window: Any, content: Any) -> dict[str, Any]:
    try:
        from gui.content.search_index import SearchIndex
    except ImportError:
        return {"available": False}
    started = time.perf_counter()
    build = getattr(window, "search_index", None)
    index = build() if callable(build) else SearchIndex.build(content)
    out: dict[str, Any] = {"available": True, "build_s": time.perf_counter() - started}
    samples = []
    for query in QUERIES:
        for text in _keystrokes(query)[:-1]:
            started = time.perf_counter()
            index.search(text)
            samples.append(time.perf_counter() - started)
    out["keystroke"] = _summary(samples)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a content bundle (default: the bundled one)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = run(args.data)
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
