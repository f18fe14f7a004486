"""A long kiosk attract loop: time per cycle, and whether memory or live QObjects grow.

    python bench/kiosk_loop.py [--cycles 10000] [--interval-ms 1] [--data DIR] [--json]

Runs the real kiosk controller on the offscreen platform with a very short attract
interval and lets the loop advance `cycles` times (one cycle = one step to the next pane:
cross-fade snapshot, pane reset, highlight, pan, hint move). Memory (VmRSS) and the live
QObjects are counted after a warm-up and again at the end; growth between the two is
what a kiosk left running for months would accumulate.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WARM_UP = 200
SAMPLE_EVERY = 1000


def _rss_mib() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def live_qobjects() -> int:
    """QObjects alive in the app: its children, and every top-level widget with its own."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    count = 1 + len(app.findChildren(QObject))
    for widget in QApplication.topLevelWidgets():
        count += 1 + len(widget.findChildren(QObject))
    return count


def _snapshot() -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return {
        "rss_mib": _rss_mib(),
        "qobjects": live_qobjects(),
        "python_objects": len(gc.get_objects()),
    }


def _period(steps: tuple[str, ...], content: Any) -> int:
    """Cycles after which the loop is back in the same state: every step, and every
    partner and event highlighted in turn (one more each time round)."""
    rounds = 1
    if "partners" in steps:
        rounds = math.lcm(rounds, max(1, len(content.partners)))
    if "timeline" in steps:
        rounds = math.lcm(rounds, max(1, len(content.events)))
    return max(1, len(steps)) * rounds


def run(cycles: int, interval_ms: int, data: Path | None) -> dict[str, Any]:
    from gui.application import create_application, create_main_window
    from gui.content import load_bundle
    from gui.desktop.i18n import translations
    from gui.desktop.paths import data_dir
    from gui.desktop.screenshot import wait_for_first_paint

    try:
        from gui.kiosk.kiosk_config import KioskConfig
        from gui.kiosk.kiosk_controller import KioskController
    except ImportError:
        return {"available": False}

    content = load_bundle(data or data_dir())
    app = create_application()
    translations().switch("en")
    window = create_main_window(content)
    config = KioskConfig(attract_interval_seconds=interval_ms / 1000, idle_timeout_seconds=3600)
    controller = KioskController(window, config)
    controller.install()
    window.resize(1280, 800)
    window.show()
    wait_for_first_paint(app, window)

    state = {"count": 0, "stop_at": WARM_UP}

    def on_advanced(_section: str) -> None:
        state["count"] += 1
        if state["count"] == state["stop_at"]:
            controller.attract.stop()
            app.quit()

    def run_until(count: int) -> None:
        state["stop_at"] = count
        controller.attract.start()
        app.exec()

    controller.attract.advanced.connect(on_advanced)
    run_until(WARM_UP)
    # Snapshots are taken between runs of the event loop, where deferred deletes happen,
    # about every SAMPLE_EVERY cycles and always after a whole period of the loop, when it
    # shows the same pane and the same highlighted partner and event as at the start (a
    # partner with more sources has more buttons: counts differ within a period).
    chunk = _period(controller.attract.steps, content)
    chunk *= max(1, SAMPLE_EVERY // chunk)
    cycles = -(-cycles // chunk) * chunk  # whole chunks: every sample in the same state
    samples = [{"cycle": 0, **_snapshot()}]
    elapsed = 0.0
    done = 0
    while done < cycles:
        step = chunk
        started = time.perf_counter()
        run_until(WARM_UP + done + step)
        elapsed += time.perf_counter() - started
        done += step
        samples.append({"cycle": done, **_snapshot()})
    before, after = samples[0], samples[-1]
    counts = [x["qobjects"] for x in samples]
    controller.uninstall()
    window.close()
    return {
        "available": True,
        "cycles": cycles,
        "interval_ms": interval_ms,
        "ms_per_cycle": elapsed / cycles * 1000,
        "before": before,
        "after": after,
        "rss_growth_mib": after["rss_mib"] - before["rss_mib"],
        "qobject_growth": after["qobjects"] - before["qobjects"],
        "qobjects_range": [min(counts), max(counts)],
        "samples": samples,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=10_000)
    parser.add_argument("--interval-ms", type=int, default=1)
    parser.add_argument("--data", type=Path, help="a content bundle (default: the bundled one)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = run(args.cycles, args.interval_ms, args.data)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
