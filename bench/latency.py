"""Interaction latency at 1920×1080 with the bundled content (or --data DIR).

    python bench/latency.py [--data DIR] [--repeats N] [--json]

Builds the app as it starts (gui.application.build_ui), shows the window at 1920×1080 and
times what a visitor waits for, each from the call to the frame painted (the call, then
`processEvents`, which lays out and paints):

- switching to each pane the first time (it is built then) and after (median of N);
- a zoom step (in and out), a theme change (light ↔ dark) and a language change
  (English ↔ Chinese), median of N each;
- opening a partner from a search result, from another pane (median of N).

bench/run.py runs it in fresh processes and prints the medians beside the bare window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1920, 1080)


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run(data: Path | None, repeats: int) -> dict[str, Any]:
    from gui.application import build_ui, create_application, set_identity
    from gui.content import SECTIONS, load_bundle
    from gui.desktop.i18n import translations
    from gui.desktop.paths import data_dir
    from gui.desktop.screenshot import wait_for_first_paint

    set_identity()
    content = load_bundle(data or data_dir())
    app = create_application()
    translations().switch("en")
    ui = build_ui(content, "light")
    window = ui.window
    window.resize(*SIZE)
    window.show()
    wait_for_first_paint(app, window)

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        app.processEvents()  # laid out and painted
        return time.perf_counter() - started

    result: dict[str, Any] = {"size": f"{SIZE[0]}x{SIZE[1]}", "repeats": repeats}
    first = {name: timed(lambda n=name: window.navigate(n)) for name in SECTIONS[1:]}
    first["overview"] = timed(lambda: window.navigate("overview"))  # built at start
    result["pane_first_ms"] = {k: v * 1000 for k, v in first.items()}
    again: list[float] = []
    for _ in range(repeats):
        for name in SECTIONS:
            again.append(timed(lambda n=name: window.navigate(n)))
    result["pane_again_ms"] = _median_ms(again)

    zoom = []
    for _ in range(repeats):
        zoom.append(timed(ui.menu.zoom_in))
        zoom.append(timed(ui.menu.zoom_out))
    result["zoom_ms"] = _median_ms(zoom)

    theme = []
    for _ in range(repeats):
        theme.append(timed(lambda: ui.themes.set_choice("dark")))
        theme.append(timed(lambda: ui.themes.set_choice("light")))
    result["theme_ms"] = _median_ms(theme)

    language = []
    for _ in range(repeats):
        language.append(timed(lambda: ui.menu.set_language("zh_CN")))
        language.append(timed(lambda: ui.menu.set_language("en")))
    result["language_ms"] = _median_ms(language)

    partner = []
    hits = ("partner:lu-weibing", "partner:lei-jun", "partner:wang-xiang")
    for i in range(repeats):
        window.navigate("overview")
        app.processEvents()
        ref = hits[i % len(hits)]
        partner.append(timed(lambda r=ref: window.open_search_hit(r, "")))
    result["partner_from_search_ms"] = _median_ms(partner)
    window.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a content bundle (default: the bundled one)")
    parser.add_argument("--repeats", type=int, default=10, help="of each change (default 10)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = run(args.data, args.repeats)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
