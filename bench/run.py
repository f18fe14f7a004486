"""The benchmark: start-up, memory and scale, measured against the bare PySide6 floor.

    python bench/run.py              # or: make bench   (about 5 minutes)
    python bench/run.py --quick      # fewer runs, no 100k bundle, a short kiosk loop

In one run on one machine it measures, and prints as a table:

- cold start to the first full paint, as whole processes (`python -m gui --screenshot`
  against bench/bare_window.py), median of --runs runs after a warm-up, the commands taken
  in turn so that a machine slowing down slows both; and the peak resident memory of each
  (the kernel's own figure for that child process, from wait4);
- the same with synthetic bundles of 1k, 10k and 100k partners (the last with 100k
  programme members too), written by gui.content.synthetic into a temporary folder;
- in process (bench/interactive.py, a fresh process per bundle): load and validate, the
  window, first paint, a filter keystroke in the roster and in the members table, and a
  global search keystroke (median over ~50 keystrokes);
- interaction latency at 1920×1080 with the bundled content (bench/latency.py, a fresh
  process per run, medians of --latency-runs runs): switching to a pane the first time and
  after, a zoom step, a theme and a language change, a partner opened from search;
- a long kiosk attract loop (bench/kiosk_loop.py): time per step, memory and live QObjects.

It writes every figure, with the machine it ran on, to bench/results/latest.json (and a
dated copy) so that commits can be compared. Targets come from issues 8 and 15 (start-up:
≤ 2.5× the bare window since validators are built at every start).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
MIB = 1024 * 1024

# name -> (partners, members); None: the bundled content. Members grow with partners, so
# that 10k -> 100k is ten times everything.
BUNDLES: dict[str, tuple[int, int] | None] = {
    "bundled": None,
    "1k": (1_000, 1_000),
    "10k": (10_000, 10_000),
    "100k": (100_000, 100_000),
}


# --- the machine -------------------------------------------------------------------------


def machine_info(python: str) -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = 0
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            memory = int(info.readline().split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    versions = subprocess.run(
        [
            python,
            "-c",
            "import sys, PySide6, pydantic; from PySide6.QtCore import qVersion; "
            "print(sys.version.split()[0], PySide6.__version__, qVersion(), pydantic.VERSION)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    # A yardstick for comparing machines: a plain Python loop (a typical 2020s desktop:
    # about 0.4 s), median of three.
    loop = subprocess.run(
        [
            python,
            "-c",
            "import time, statistics\n"
            "def run():\n"
            "    t = time.perf_counter(); s = 0\n"
            "    for i in range(10_000_000): s += i\n"
            "    return time.perf_counter() - t\n"
            "print(statistics.median(run() for _ in range(3)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {
        "python_loop_10m_s": round(float(loop), 3),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory / 1024**3, 1),
        "os": platform.platform(),
        "python": versions[0],
        "pyside6": versions[1],
        "qt": versions[2],
        "pydantic": versions[3],
        "load_average": list(os.getloadavg()),
    }


def git_commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{head}{' (with uncommitted changes)' if dirty else ''}" if head else "unknown"


# --- whole processes -----------------------------------------------------------------------


def run_process(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MiB, exit status) of one run of `argv`.

    The peak is the kernel's ru_maxrss for exactly this child (os.wait4), in KiB on Linux.
    """
    with open(os.devnull, "wb") as null:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=null, stderr=null, cwd=ROOT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return wall, usage.ru_maxrss / 1024, proc.returncode


def cold_starts(
    python: str, bundles: dict[str, Path | None], runs: int, env: dict[str, str], tmp: Path
) -> dict[str, dict[str, Any]]:
    commands = {
        "bare": [python, str(BENCH / "bare_window.py"), str(tmp / "bare.png")],
        # For reading the ratios, not a target: what PySide6 and pydantic cost any start.
        "floor": [python, str(BENCH / "stack_floor.py"), str(tmp / "floor.png")],
    }
    for name, folder in bundles.items():
        argv = [python, "-m", "gui", "--screenshot", str(tmp / f"{name}.png")]
        commands[name] = argv + (["--data", str(folder)] if folder else [])
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
    for round_number in range(runs + 1):  # round 0 is the warm-up (file cache, .pyc)
        for name, argv in commands.items():
            sample = run_process(argv, env)
            if sample[2] != 0:
                raise SystemExit(f"bench: {' '.join(argv)} exited with status {sample[2]}")
            if round_number:
                samples[name].append(sample)
        print(f"  cold starts: round {round_number}/{runs} done", file=sys.stderr)
    out = {}
    for name, runs_of in samples.items():
        walls = [s[0] for s in runs_of]
        peaks = [s[1] for s in runs_of]
        out[name] = {
            "wall_s": walls,
            "peak_rss_mib": peaks,
            "median_s": statistics.median(walls),
            "median_peak_rss_mib": statistics.median(peaks),
        }
    return out


def in_process(
    python: str, script: str, args: list[str], env: dict[str, str], timeout: float
) -> dict[str, Any]:
    completed = subprocess.run(
        [python, str(BENCH / script), "--json", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(
            f"bench: {script} {' '.join(args)} failed (exit status {completed.returncode}):\n"
            + completed.stderr[-2000:]
        )
    result: dict[str, Any] = json.loads(lines[-1])
    if completed.returncode != 0:  # the figures were printed; the exit went wrong
        print(f"bench: {script} exited with status {completed.returncode}", file=sys.stderr)
        result["exit_status"] = completed.returncode
    return result


def _median_of(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Field by field median of several runs' results (numbers only; the rest from the first)."""
    first = results[0]
    out: dict[str, Any] = {}
    for key, value in first.items():
        values = [r.get(key) for r in results]
        if isinstance(value, dict):
            out[key] = _median_of([v for v in values if isinstance(v, dict)])
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = statistics.median(v for v in values if isinstance(v, (int, float)))
        else:
            out[key] = value
    return out


# --- the environment -----------------------------------------------------------------------


def child_env(home: Path, platform_name: str, display: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env.update(LANG="en_GB.UTF-8", LANGUAGE="en", QT_QPA_PLATFORM=platform_name)
    env.pop("LC_ALL", None)
    # An installed app runs from byte-compiled modules; without this a shell that sets
    # PYTHONDONTWRITEBYTECODE would have every run compile gui/ from source (~50 ms).
    # The warm-up round writes the .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if display:
        env["DISPLAY"] = display
    return env


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("bench: --platform xcb needs a DISPLAY or Xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    return proc, f":{number}"


# --- the report ----------------------------------------------------------------------------


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} ms"


def _s(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s"


def _mib(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} MiB"


def _ok(passed: bool | None) -> str:
    return {True: "met", False: "MISSED", None: "—"}[passed]


def evaluate(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target of the issue, with the measured value and whether it was met."""
    cold = results["cold_start"]
    inproc = results["interactive"]
    bare = cold["bare"]
    targets: list[dict[str, Any]] = []

    def add(name: str, value: float | None, limit: float, unit: str) -> None:
        passed = None if value is None else value <= limit
        targets.append(
            {"target": name, "value": value, "limit": limit, "unit": unit, "met": passed}
        )

    def ratio(name: str) -> float | None:
        return cold[name]["median_s"] / bare["median_s"] if name in cold else None

    def extra_mib(name: str) -> float | None:
        if name not in cold:
            return None
        return cold[name]["median_peak_rss_mib"] - bare["median_peak_rss_mib"]

    add("start-up, bundled content, × bare", ratio("bundled"), 2.5, "×")
    add("peak memory, bundled content, MiB above bare", extra_mib("bundled"), 40, "MiB")
    big = inproc.get("100k")
    if big:
        add("100k: load and validate", big["load_s"], 1.5, "s")
        add("100k: cold start to first paint", cold["100k"]["median_s"], 3.0, "s")
        add("100k: filter keystroke, median", big["filter_keystroke"]["median_ms"], 30, "ms")
        search = big.get("search", {})
        add(
            "100k: global search keystroke, median",
            search["keystroke"]["median_ms"] if search.get("available") else None,
            50,
            "ms",
        )
        add("100k: peak memory", cold["100k"]["median_peak_rss_mib"], 400, "MiB")
        if "10k" in cold:
            # Ten times the people may cost at most ten times as much, above the floor.
            for label, key in (
                ("start-up time", "median_s"),
                ("peak memory", "median_peak_rss_mib"),
            ):
                small = cold["10k"][key] - bare[key]
                large = cold["100k"][key] - bare[key]
                add(f"10k → 100k: {label} growth (above bare)", large / small, 10, "×")
            add("10k → 100k: load time growth", big["load_s"] / inproc["10k"]["load_s"], 10, "×")
    latency = results.get("latency")
    if latency:
        first = latency["pane_first_ms"]
        add("latency: switch to a pane, first time (slowest)", max(first.values()), 50, "ms")
        add("latency: switch to a pane, after", latency["pane_again_ms"], 16, "ms")
        add("latency: zoom step", latency["zoom_ms"], 150, "ms")
        add("latency: theme change", latency["theme_ms"], 150, "ms")
        add("latency: language change", latency["language_ms"], 150, "ms")
        add("latency: open a partner from search", latency["partner_from_search_ms"], 50, "ms")
    kiosk = results.get("kiosk", {})
    if kiosk.get("available"):
        add("kiosk loop: memory growth", kiosk["rss_growth_mib"], 5, "MiB")
        add("kiosk loop: live QObject growth", kiosk["qobject_growth"], 0, "")
    return targets


def _floor_split(bare: dict[str, Any], floor: dict[str, Any], bundled: dict[str, Any]) -> list[str]:
    """The bundled start as the stack's floor plus the app's interface, in bare units."""

    def times(row: dict[str, Any]) -> float:
        return float(row["median_s"] / bare["median_s"])

    def mib(row: dict[str, Any]) -> float:
        return float(row["median_peak_rss_mib"] - bare["median_peak_rss_mib"])

    return [
        "",
        "The stack's floor (bench/stack_floor.py): the bare window, the bundled content",
        "loaded by the content layer (pydantic's validators), Qt's namespace, one line of",
        f"text. The bundled start is that floor, {times(floor):.2f}× and {mib(floor):+.0f} MiB, "
        f"plus the interface, {times(bundled) - times(floor):.2f}× and "
        f"{mib(bundled) - mib(floor):+.0f} MiB.",
    ]


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    cold = results["cold_start"]
    bare = cold["bare"]
    lines = [
        f"Strategy Viewer benchmark, {results['date']}, commit {results['commit']}",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']}",
        f"Python {m['python']} (a 10-million-step loop: {m['python_loop_10m_s']:.2f} s), "
        f"PySide6 {m['pyside6']} (Qt {m['qt']}), pydantic {m['pydantic']}; "
        f"platform {results['platform']}; load average at start "
        + " ".join(f"{x:.2f}" for x in m["load_average"]),
        "",
        f"Cold start to first paint: whole process, median of {results['runs']} runs "
        "after a warm-up",
        f"{'':30}{'time':>9}{'× bare':>9}{'peak RSS':>11}{'− bare':>10}",
    ]
    names = {
        "bare": "bare PySide6 window",
        "floor": "the stack's floor (see below)",
        "bundled": "bundled content (9)",
        "1k": "1k partners + 1k members",
        "10k": "10k partners + 10k members",
        "100k": "100k partners + 100k members",
    }
    for key, row in cold.items():
        lines.append(
            f"{names.get(key, key):30}{row['median_s']:>8.2f}s"
            f"{row['median_s'] / bare['median_s']:>8.1f}×"
            f"{row['median_peak_rss_mib']:>7.0f} MiB"
            f"{row['median_peak_rss_mib'] - bare['median_peak_rss_mib']:>+7.0f} MiB"
        )
    if "floor" in cold and "bundled" in cold:
        lines += _floor_split(bare, cold["floor"], cold["bundled"])
    inproc = results["interactive"]
    if inproc:
        lines += ["", "In process (median of runs; keystrokes: median over ~50 each)"]
        header = f"{'':36}" + "".join(f"{k:>11}" for k in inproc)
        lines.append(header)

        def row(label: str, fmt: Any, get: Any) -> None:
            cells = []
            for data in inproc.values():
                try:
                    cells.append(fmt(get(data)))
                except (KeyError, TypeError):
                    cells.append("—")
            lines.append(f"{label:36}" + "".join(f"{c:>11}" for c in cells))

        row("load and validate", _s, lambda d: d["load_s"])
        row("build the window", _s, lambda d: d["window_s"])
        row("show to first paint", _s, lambda d: d["first_paint_s"])
        row("open Partners", _s, lambda d: d["open_section_s"]["partners"])
        row("open Programme", _s, lambda d: d["open_section_s"]["programme"])
        row("filter keystroke, median", _ms, lambda d: d["filter_keystroke"]["median_ms"])
        row("filter keystroke, 90th percentile", _ms, lambda d: d["filter_keystroke"]["p90_ms"])
        row("filter keystroke, slowest", _ms, lambda d: d["filter_keystroke"]["max_ms"])
        row(
            "members filter keystroke, median",
            _ms,
            lambda d: d["member_filter_keystroke"]["median_ms"],
        )
        row("search index, built once", _s, lambda d: d["search"]["build_s"])
        row("search keystroke, median", _ms, lambda d: d["search"]["keystroke"]["median_ms"])
        row("search keystroke, slowest", _ms, lambda d: d["search"]["keystroke"]["max_ms"])
        row("memory at the end (VmRSS)", _mib, lambda d: d["memory_end_mib"]["VmRSS"])
    latency = results.get("latency")
    if latency:
        lines += [
            "",
            f"Interaction latency at {latency['size']}, bundled content, call to frame painted "
            f"(median of {results.get('latency_runs', 1)} processes; repeated changes: median "
            f"of {latency['repeats']} each); the bare window's first paint: "
            f"{bare['median_s'] * 1000:.0f} ms as a whole process",
        ]
        first = latency["pane_first_ms"]
        lines.append(
            "  switch to a pane, first time: "
            + ", ".join(f"{name} {ms:.0f} ms" for name, ms in first.items())
        )
        for label, key in (
            ("switch to a pane, after", "pane_again_ms"),
            ("zoom step (in or out)", "zoom_ms"),
            ("theme change (light ↔ dark)", "theme_ms"),
            ("language change (en ↔ zh_CN)", "language_ms"),
            ("open a partner from search", "partner_from_search_ms"),
        ):
            lines.append(f"  {label:34}{latency[key]:>7.0f} ms")
    kiosk = results.get("kiosk")
    if kiosk:
        lines.append("")
        if kiosk.get("available"):
            lines.append(
                f"Kiosk attract loop: {kiosk['cycles']:,} steps at a {kiosk['interval_ms']} ms "
                f"interval, {kiosk['ms_per_cycle']:.1f} ms a step; VmRSS "
                f"{kiosk['before']['rss_mib']:.0f} → {kiosk['after']['rss_mib']:.0f} MiB "
                f"({kiosk['rss_growth_mib']:+.1f}); live QObjects {kiosk['before']['qobjects']} → "
                f"{kiosk['after']['qobjects']} ({kiosk['qobject_growth']:+d})"
            )
        else:
            lines.append("Kiosk attract loop: TODO (gui/kiosk is not there)")
    lines += ["", "Targets (issues 8, 15 and 16)"]
    for t in results["targets"]:
        value = "—" if t["value"] is None else f"{t['value']:.2f}"
        lines.append(
            f"  {_ok(t['met']):7} {t['target']:52} {value:>9} (≤ {t['limit']:g} {t['unit']})"
        )
    return "\n".join(lines)


# --- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="the interpreter to measure")
    parser.add_argument("--runs", type=int, default=5, help="cold starts of each (default 5)")
    parser.add_argument("--interactive-runs", type=int, default=3, help="in-process runs (3)")
    parser.add_argument("--latency-runs", type=int, default=5, help="latency processes (5)")
    parser.add_argument("--kiosk-cycles", type=int, default=10_000, help="attract loop steps")
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="Qt platform: offscreen (default) or xcb (a DISPLAY, or an Xvfb started here)",
    )
    parser.add_argument("--quick", action="store_true", help="3 runs, no 100k, 1,000 steps")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.interactive_runs, args.kiosk_cycles = 3, 1, min(args.kiosk_cycles, 1_000)

    xvfb = None
    display = None
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="strategy-viewer-bench-") as name:
            tmp = Path(name)
            env = child_env(tmp / "home", args.platform, display)
            results = measure(args, env, tmp)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    results["targets"] = evaluate(results)
    text = report(results)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    args.out.write_text(payload, encoding="utf-8")
    stamp = results["date"].replace(":", "").replace("-", "")
    (args.out.parent / f"{stamp}.json").write_text(payload, encoding="utf-8")
    (args.out.parent / "latest.txt").write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out}", file=sys.stderr)
    return 0


def measure(args: argparse.Namespace, env: dict[str, str], tmp: Path) -> dict[str, Any]:
    results: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": machine_info(args.python),
        "platform": args.platform,
        "runs": args.runs,
    }
    bundles: dict[str, Path | None] = {}
    for name, size in BUNDLES.items():
        if size is None:
            bundles[name] = None
            continue
        partners, members = size
        if args.quick and partners > 10_000:
            continue
        folder = tmp / f"bundle-{name}"
        subprocess.run(
            [args.python, "-m", "gui.content.synthetic", str(folder), "--partners", str(partners),
             "--members", str(members)],
            env=env, cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        bundles[name] = folder
    print(f"bundles written in {tmp}", file=sys.stderr)

    results["cold_start"] = cold_starts(args.python, bundles, args.runs, env, tmp)

    interactive: dict[str, Any] = {}
    for name, folder in bundles.items():
        runs = [
            in_process(args.python, "interactive.py", ["--data", str(folder)] if folder else [],
                       env, timeout=600)
            for _ in range(args.interactive_runs)
        ]  # fmt: skip
        interactive[name] = _median_of(runs)
        print(f"  in process: {name} done", file=sys.stderr)
    results["interactive"] = interactive

    if args.latency_runs > 0:
        runs = [
            in_process(args.python, "latency.py", [], env, timeout=600)
            for _ in range(args.latency_runs)
        ]
        results["latency"] = _median_of(runs)
        results["latency_runs"] = args.latency_runs
        print("  latency done", file=sys.stderr)

    if args.kiosk_cycles > 0:
        timeout = 600 + args.kiosk_cycles * 0.2
        results["kiosk"] = in_process(
            args.python, "kiosk_loop.py", ["--cycles", str(args.kiosk_cycles)], env, timeout
        )
        print("  kiosk loop done", file=sys.stderr)
    return results


if __name__ == "__main__":
    sys.exit(main())
