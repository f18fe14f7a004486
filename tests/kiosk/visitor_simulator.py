"""A visitor simulator: the real kiosk, a real X server, real input events.

    python -m tests.kiosk.visitor_simulator [--size 1280x800] [--events 20000] [--seed 1]

Starts Xvfb at the given screen size and the kiosk in it exactly as a deployment does
(`python -m gui --kiosk --kiosk-config kiosk.ini --new-instance`, here through
tests/kiosk/visitor_probe.py, which adds a read-only view of what is on screen). Then it
plays a seeded sequence of visitor events through the X server with xdotool (XTest): taps
at random points and on the buttons, cards, chips, section list, table rows and headers,
links and search results the probe reports; flicks, drags and wheel turns on every
scrolling area; typing in the search and filter fields; keys a visitor might try; long
presses and right clicks; periods of idleness long enough for the idle reset and the
attract loop, and a tap that wakes the loop; and the operator gesture followed by wrong
PINs, which the PIN pad must refuse with the kiosk staying up.

It watches for crashes (the process ending, or a signal), uncaught Python exceptions (the
app's log, where gui/desktop/crash_handler.py writes them, and stderr), Qt warnings (the
"gui.qt" logger and stderr), a probe that stops answering (a hang), and growth of memory
(VmRSS) and of live QObjects sampled at idle moments. The report counts events per kind
and lists every finding; events.jsonl in the work folder replays what was done.

The seed fixes every choice the simulator makes; what a choice lands on also depends on
what the app shows at that moment (timing), so two runs with one seed are alike, not
identical. Shared by tests/kiosk/test_visitor_simulator.py (a short run per screen size in
CI) and `make kiosk-soak` (a long one).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PIN = "739154826015"  # the operator PIN of the simulated kiosk; the simulator never types it
CORNER_PX = 80  # gui/kiosk/operator_gesture.py: where a long press opens the PIN pad
SIZES = ("1024x600", "1280x800", "1920x1080", "1080x1920")

# What a random event is, and how often (the idle phases and the operator gesture come
# on a schedule of their own).
WEIGHTS = {
    "tap_target": 30,
    "tap_random": 12,
    "double_tap": 4,
    "long_press": 3,
    "right_click": 2,
    "flick": 12,
    "drag": 8,
    "wheel": 8,
    "type": 8,
    "key": 8,
}
KEYS = (
    "Escape", "F11", "alt+F4", "ctrl+w", "ctrl+q", "ctrl+F4", "ctrl+o", "ctrl+s", "ctrl+p",
    "ctrl+e", "F1", "ctrl+plus", "ctrl+minus", "ctrl+0", "ctrl+f", "ctrl+c", "ctrl+a",
    "alt+Left", "alt+Right", "Tab", "shift+Tab", "Up", "Down", "Left", "Right", "Page_Up",
    "Page_Down", "Home", "End", "Return", "space", "BackSpace", "Delete", "Menu", "alt",
    "super+d", "ctrl+alt+Delete", "alt+Tab", "F5", "F10",
)  # fmt: skip
WORDS = (
    "partner", "strategy", "2025", "ai", "cloud", "programme", "timeline", "growth",
    "lu", "data", "zzzz", "é", "中国", "战略", "x", "  ", "%", "'", "<a>", "1",
)  # fmt: skip
EXPECTED_WARNINGS = (
    "kiosk: wrong operator PIN",  # the simulator types wrong PINs on purpose
    "kiosk: blocked an attempt to open",  # a tapped link to the web: refused, as it must be
)
_RECORD = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\w+)\s+(\S+): (.*)$")


def missing_tools() -> list[str]:
    """The programs the simulator needs that are not installed."""
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


def parse_size(text: str) -> tuple[int, int]:
    width, height = (int(part) for part in text.lower().split("x"))
    return width, height


@dataclass
class Settings:
    size: str = "1280x800"
    events: int = 300
    seed: int = 1
    gap_ms: tuple[int, int] = (20, 50)  # pause between two events
    hold_ms: tuple[int, int] = (20, 120)  # how long a tap holds the finger down
    idle_every: int = 500  # an idle phase after this many events (and one at the end)
    gesture_every: int = 150  # the operator gesture with wrong PINs after this many
    idle_timeout_seconds: float = 1.5
    attract_interval_seconds: float = 0.5
    long_press_seconds: float = 0.4
    warm_up_events: int = 0  # memory growth is measured from the first idle sample after
    workdir: Path | None = None  # kept for inspection when given; else a temporary folder
    verbose: bool = False


@dataclass
class Sample:
    event: int
    seconds: float
    rss_kib: int
    qobjects: int
    widgets: int
    python_objects: int
    classes: dict[str, int] = field(default_factory=dict)  # live QObjects by class
    rss_untrimmed_kib: int = 0  # before malloc_trim (rss_kib is after)


@dataclass
class Report:
    size: str
    seed: int
    events: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    qt_warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # ERROR records, other than the above
    warnings: list[str] = field(default_factory=list)  # unexpected WARNING records
    stderr: list[str] = field(default_factory=list)
    anomalies: list[str] = field(default_factory=list)  # the kiosk did not do what it must
    expected: Counter[str] = field(default_factory=Counter)  # e.g. wrong PINs, refusals
    samples: list[Sample] = field(default_factory=list)
    warm_up_events: int = 0
    seconds: float = 0.0
    probe_ms: list[float] = field(default_factory=list)
    workdir: str = ""

    @property
    def total_events(self) -> int:
        return sum(self.events.values())

    def clean(self) -> bool:
        """No crash, exception, Qt warning, error, stray stderr output or anomaly."""
        return not (
            self.crashes
            or self.exceptions
            or self.qt_warnings
            or self.errors
            or self.stderr
            or self.anomalies
        )

    def _baseline(self) -> Sample | None:
        after = [s for s in self.samples if s.event >= self.warm_up_events]
        return after[0] if after else (self.samples[0] if self.samples else None)

    def rss_growth_mib(self) -> float | None:
        base = self._baseline()
        if base is None or base is self.samples[-1]:
            return None
        return (self.samples[-1].rss_kib - base.rss_kib) / 1024

    def qobject_growth(self) -> int | None:
        base = self._baseline()
        if base is None or base is self.samples[-1]:
            return None
        return self.samples[-1].qobjects - base.qobjects

    def format(self) -> str:
        lines = [
            f"Visitor simulator: {self.size}, seed {self.seed}, {self.total_events} events "
            f"in {self.seconds:.0f} s",
            "  events: " + ", ".join(f"{k} {v}" for k, v in sorted(self.events.items())),
            f"  crashes: {len(self.crashes)}",
            f"  uncaught exceptions: {len(self.exceptions)}",
            f"  Qt warnings: {len(self.qt_warnings)}",
            f"  other errors: {len(self.errors)}; unexpected warnings: {len(self.warnings)}; "
            f"stderr lines: {len(self.stderr)}",
            f"  anomalies (kiosk misbehaved): {len(self.anomalies)}",
            "  expected: " + ", ".join(f"{k} {v}" for k, v in sorted(self.expected.items())),
        ]
        if self.probe_ms:
            ordered = sorted(self.probe_ms)
            lines.append(
                f"  probe: {len(ordered)} looks, median {ordered[len(ordered) // 2]:.1f} ms, "
                f"max {ordered[-1]:.1f} ms"
            )
        if self.samples:
            first, last, base = self.samples[0], self.samples[-1], self._baseline()
            assert base is not None
            lines.append(
                f"  memory (VmRSS at idle moments after gc and malloc_trim, "
                f"{len(self.samples)} samples): start "
                f"{first.rss_kib / 1024:.1f} MiB, after warm-up (event {base.event}) "
                f"{base.rss_kib / 1024:.1f} MiB, end {last.rss_kib / 1024:.1f} MiB"
            )
            growth = self.rss_growth_mib()
            if growth is not None:
                untrimmed = (last.rss_untrimmed_kib - base.rss_untrimmed_kib) / 1024
                lines.append(
                    f"  memory growth after warm-up: {growth:+.2f} MiB "
                    f"(before malloc_trim: {untrimmed:+.2f} MiB)"
                )
            lines.append(
                f"  live QObjects: start {first.qobjects}, after warm-up {base.qobjects}, "
                f"end {last.qobjects}; widgets {first.widgets} → {last.widgets}; "
                f"Python objects {first.python_objects} → {last.python_objects}"
            )
        if self.samples and base is not last:
            grown = Counter(last.classes)
            grown.subtract(base.classes)
            changes = [f"{name} {n:+d}" for name, n in grown.most_common() if n]
            if changes:
                lines.append("  QObjects by class, end − after warm-up: " + ", ".join(changes[:12]))
        for title, items in (
            ("CRASH", self.crashes),
            ("EXCEPTION", self.exceptions),
            ("QT WARNING", self.qt_warnings),
            ("ERROR", self.errors),
            ("WARNING", self.warnings),
            ("STDERR", self.stderr),
            ("ANOMALY", self.anomalies),
        ):
            for item in items[:20]:
                lines.append(f"  {title}: {item}")
            if len(items) > 20:
                lines.append(f"  {title}: … and {len(items) - 20} more")
        if self.workdir:
            lines.append(f"  work folder (log, stderr, events.jsonl): {self.workdir}")
        return "\n".join(lines)


class LogWatcher:
    """Reads the app's log file as it grows, across rotations, as whole records."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._path: Path | None = None
        self._inode = -1
        self._offset = 0
        self._pending = ""

    def _find(self) -> Path | None:
        if self._path is None:
            found = sorted(self.folder.rglob("strategy-viewer.log"))
            self._path = found[0] if found else None
        return self._path

    def read(self) -> list[tuple[str, str, str]]:
        """New complete records as (level, logger, text with continuation lines)."""
        path = self._find()
        if path is None or not path.exists():
            return []
        text = ""
        inode = path.stat().st_ino
        if inode != self._inode and self._inode != -1:
            rotated = path.with_name(path.name + ".1")
            if rotated.exists() and rotated.stat().st_ino == self._inode:
                with rotated.open(encoding="utf-8", errors="replace") as old:
                    old.seek(self._offset)
                    text += old.read()
            self._offset = 0
        self._inode = inode
        with path.open(encoding="utf-8", errors="replace") as log:
            log.seek(self._offset)
            text += log.read()
            self._offset = log.tell()
        return self._records(text)

    def _records(self, text: str) -> list[tuple[str, str, str]]:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()  # a line not yet finished
        records: list[list[str]] = []
        for line in lines:
            match = _RECORD.match(line)
            if match:
                records.append([match[2], match[3], match[4]])
            elif records:
                records[-1][2] += "\n" + line
            elif line.strip():
                records.append(["?", "?", line])
        return [(level, name, body) for level, name, body in records]


class AppGone(Exception):
    """The kiosk process ended."""


class Simulator:
    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self.rng = random.Random(settings.seed)
        self.width, self.height = parse_size(settings.size)
        self.report = Report(settings.size, settings.seed, warm_up_events=settings.warm_up_events)
        self._temporary: Path | None = None  # made here, deleted after a clean run
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.app: subprocess.Popen[bytes] | None = None
        self.display = ""
        self.seq = 0
        self.map: dict[str, Any] = {}
        self.event_no = 0
        self._journal: Any = None
        self._started = 0.0

    # --- set-up -------------------------------------------------------------------------
    def _folders(self) -> Path:
        if self.s.workdir is not None:
            work = self.s.workdir
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
        else:
            work = self._temporary = Path(tempfile.mkdtemp(prefix="visitor-sim-"))
        for name in ("home", "config", "data", "state", "cache", "runtime"):
            (work / name).mkdir(mode=0o700)
        return work

    def _kiosk_ini(self, work: Path) -> Path:
        from gui.kiosk.pin import hash_pin

        ini = work / "kiosk.ini"
        ini.write_text(
            "[kiosk]\n"
            f"idle_timeout_seconds={self.s.idle_timeout_seconds}\n"
            f"attract_interval_seconds={self.s.attract_interval_seconds}\n"
            f"long_press_seconds={self.s.long_press_seconds}\n"
            f"pin_hash={hash_pin(PIN, iterations=1_000)}\n"
            "pin_free_attempts=3\n"
            "pin_lockout_seconds=0.5\n"
            "language=en\n",
            encoding="utf-8",
        )
        return ini

    def _start_x(self, work: Path) -> None:
        read_end, write_end = os.pipe()
        with (work / "xvfb.log").open("wb") as log:
            self.xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                 f"{self.width}x{self.height}x24", "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_end,), stdout=log, stderr=log, start_new_session=True,
            )  # fmt: skip
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 0.5)
            if ready:
                chunk = os.read(read_end, 64)
                if not chunk:
                    break
                number += chunk
        os.close(read_end)
        if not number.strip():
            raise RuntimeError(f"Xvfb did not start; see {work / 'xvfb.log'}")
        self.display = f":{number.decode().strip()}"

    def _env(self, work: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "WAYLAND"))}
        env.update(
            DISPLAY=self.display,
            QT_QPA_PLATFORM="xcb",
            PYTHONPATH=str(ROOT),
            HOME=str(work / "home"),
            XDG_CONFIG_HOME=str(work / "config"),
            XDG_DATA_HOME=str(work / "data"),
            XDG_STATE_HOME=str(work / "state"),
            XDG_CACHE_HOME=str(work / "cache"),
            XDG_RUNTIME_DIR=str(work / "runtime"),
            LANG="en_GB.UTF-8",
            LANGUAGE="en",
            PYTHONFAULTHANDLER="1",  # a segfault prints the Python stack to stderr
        )
        env.pop("LC_ALL", None)
        return env

    def start(self) -> None:
        work = self._folders()
        self.work = work
        self.report.workdir = str(work) if self.s.workdir is not None else ""
        ini = self._kiosk_ini(work)
        self._start_x(work)
        self.env = self._env(work)
        self.xdo_env = {**self.env, "LC_ALL": "C.UTF-8"}  # `type` reads its text as UTF-8
        self.map_path = work / "map.json"
        self.stdout = (work / "stdout.txt").open("wb")
        self.stderr_path = work / "stderr.txt"
        self.stderr = self.stderr_path.open("wb")
        self.app = subprocess.Popen(
            [sys.executable, "-m", "tests.kiosk.visitor_probe", str(self.map_path), "--",
             "--kiosk", "--kiosk-config", str(ini), "--new-instance"],
            cwd=ROOT, env=self.env, stdin=subprocess.PIPE, stdout=self.stdout,
            stderr=self.stderr,
        )  # fmt: skip
        self.log = LogWatcher(work / "data")
        self._journal = (work / "events.jsonl").open("w", encoding="utf-8")
        self._started = time.monotonic()
        # Up when the probe answers with a shown, full-screen window.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            seen = self.look(timeout=max(0.1, deadline - time.monotonic()), quiet=True)
            if seen.get("visible") and seen.get("full_screen"):
                return
            if self.report.anomalies:  # the probe failed
                raise RuntimeError(self.report.anomalies[-1])
            time.sleep(0.2)
        raise RuntimeError("the kiosk did not come up within 60 s")

    def stop(self) -> None:
        if self.app is not None:
            if self.app.poll() is None:
                self.app.send_signal(signal.SIGTERM)  # quit_on_signals: a clean quit
                try:
                    self.app.wait(15)
                except subprocess.TimeoutExpired:
                    self.app.kill()
                    self.app.wait()
                    self.report.anomalies.append("the kiosk did not quit on SIGTERM")
            with contextlib.suppress(OSError):
                assert self.app.stdin is not None
                self.app.stdin.close()
        if self.xvfb is not None and self.xvfb.poll() is None:
            self.xvfb.terminate()
            try:
                self.xvfb.wait(10)
            except subprocess.TimeoutExpired:
                self.xvfb.kill()
                self.xvfb.wait()
        for handle in (self._journal, getattr(self, "stdout", None), getattr(self, "stderr", None)):
            if handle is not None:
                handle.close()
        if hasattr(self, "log"):
            self._drain_log()
            self._drain_stderr()
        if self._temporary is not None:
            if self.report.clean():
                shutil.rmtree(self._temporary, ignore_errors=True)
            else:  # kept: the log, stderr and events.jsonl of what went wrong
                self.report.workdir = str(self._temporary)

    # --- talking to the app -------------------------------------------------------------
    def alive(self) -> bool:
        return self.app is not None and self.app.poll() is None

    def _check_alive(self) -> None:
        if not self.alive():
            assert self.app is not None
            code = self.app.returncode
            how = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
            self.report.crashes.append(
                f"the kiosk process ended ({how}) at event {self.event_no}"
                f" ({self._last_kind}); seed {self.s.seed}, size {self.s.size}"
            )
            raise AppGone

    def look(self, stats: bool = False, timeout: float = 15, quiet: bool = False) -> dict[str, Any]:
        """Ask the probe what is on screen (and, with `stats`, count live objects)."""
        self._check_alive()
        self.seq += 1
        assert self.app is not None
        assert self.app.stdin is not None
        try:
            self.app.stdin.write(f"{'stats' if stats else 'map'} {self.seq}\n".encode())
            self.app.stdin.flush()
        except (BrokenPipeError, OSError):
            self._check_alive()
            raise
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                answer = json.loads(self.map_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                answer = {}
            if answer.get("seq") == str(self.seq):
                if "probe_error" in answer:
                    self.report.anomalies.append(f"probe failed: {answer['probe_error']}")
                    return {}
                self.map = answer
                self._check_full_screen(answer)
                self.report.probe_ms.append(answer.get("probe_ms", 0.0))
                return answer
            self._check_alive()
            time.sleep(0.005)
        if quiet:
            return {}
        self.report.anomalies.append(
            f"the app did not answer the probe within {timeout:.0f} s at event "
            f"{self.event_no} (a hang?)"
        )
        return {}

    _uncovered = 0

    def _check_full_screen(self, seen: dict[str, Any]) -> None:
        """The kiosk window must cover the screen, full screen, at every look (twice in a
        row wrong, so that a restore under way is not counted)."""
        covered = seen.get("full_screen") and seen.get("window") == seen.get("screen")
        covered = covered and seen.get("visible")
        self._uncovered = 0 if covered else self._uncovered + 1
        if self._uncovered == 2:
            self.report.anomalies.append(
                f"the kiosk window does not cover the screen at event {self.event_no}: "
                f"window {seen.get('window')}, screen {seen.get('screen')}, full screen "
                f"{seen.get('full_screen')}, visible {seen.get('visible')}"
            )

    def xdo(self, *args: object) -> None:
        result = subprocess.run(
            ["xdotool", *map(str, args)], env=self.xdo_env, capture_output=True, timeout=60,
            check=False,
        )  # fmt: skip
        if result.returncode != 0:
            self.report.anomalies.append(
                f"xdotool {' '.join(map(str, args))} failed: {result.stderr.decode().strip()}"
            )

    # --- findings -----------------------------------------------------------------------
    def _drain_log(self) -> None:
        for level, name, text in self.log.read():
            first = text.splitlines()[0] if text else ""
            where = f"[{level} {name}] {text}"
            if level == "CRITICAL" or "Traceback (most recent call last)" in text:
                self.report.exceptions.append(where)
            elif name.startswith("gui.qt") and level in ("WARNING", "ERROR"):
                self.report.qt_warnings.append(where)
            elif level == "ERROR":
                self.report.errors.append(where)
            elif level == "WARNING":
                expected = next((e for e in EXPECTED_WARNINGS if first.startswith(e)), None)
                if expected:
                    self.report.expected[expected.removeprefix("kiosk: ")] += 1
                else:
                    self.report.warnings.append(where)
            elif first.startswith("kiosk: refused"):
                self.report.expected["refused (lock-down)"] += 1
            elif first.startswith("kiosk: idle;"):
                self.report.expected["idle reset"] += 1
            elif first.startswith("kiosk: operator gesture"):
                self.report.expected["PIN pad opened"] += 1

    def _drain_stderr(self) -> None:
        text = self.stderr_path.read_text(encoding="utf-8", errors="replace")
        block: list[str] = []
        for line in text.splitlines():
            if not line.strip():
                continue
            self.report.stderr.append(line)
            if "Traceback (most recent call last)" in line or line.startswith("Fatal Python"):
                block.append(line)
        if block:
            self.report.exceptions.append("stderr: " + "\n".join(block) + "\n" + text[-4000:])

    def _sample(self) -> None:
        seen = self.look(stats=True)
        if not seen:
            return
        assert self.app is not None
        rss = 0
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{self.app.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
        self.report.samples.append(
            Sample(
                self.event_no,
                time.monotonic() - self._started,
                rss,
                seen["qobjects"],
                seen["widgets"],
                seen["python_objects"],
                seen.get("qobject_classes", {}),
                seen.get("rss_untrimmed_kib", 0),
            )
        )

    # --- geometry -----------------------------------------------------------------------
    def _clip(self, x: float, y: float, corner_free: bool = True) -> tuple[int, int]:
        x = min(max(int(x), 0), self.width - 1)
        y = min(max(int(y), 0), self.height - 1)
        if corner_free and x < CORNER_PX + 4 and y < CORNER_PX + 4:
            x = CORNER_PX + 4 + self.rng.randrange(40)  # not the operator's corner
        return x, y

    def _inside(self, rect: list[int], margin: int = 3) -> tuple[int, int]:
        x, y, w, h = rect
        mx, my = min(margin, max(0, w // 2 - 1)), min(margin, max(0, h // 2 - 1))
        return self._clip(
            self.rng.randint(x + mx, x + max(mx, w - 1 - mx)),
            self.rng.randint(y + my, y + max(my, h - 1 - my)),
        )

    def _random_point(self) -> tuple[int, int]:
        return self._clip(self.rng.randrange(self.width), self.rng.randrange(self.height))

    def _targets(self, *kinds: str, disabled: bool = False) -> list[dict[str, Any]]:
        return [
            t
            for t in self.map.get("targets", [])
            if (not kinds or t["kind"] in kinds) and (disabled or not t.get("disabled"))
        ]

    def _pick_target(self, *kinds: str) -> dict[str, Any] | None:
        """A target, choosing first its kind (so a page of 80 table cells does not drown
        its buttons), then one of that kind."""
        targets = self._targets(*kinds)
        if not targets:
            return None
        kind = self.rng.choice(sorted({t["kind"] for t in targets}))
        return self.rng.choice([t for t in targets if t["kind"] == kind])

    # --- events -------------------------------------------------------------------------
    _last_kind = "start"

    def _record(self, kind: str, **details: Any) -> None:
        self.event_no += 1
        self._last_kind = kind
        self.report.events[kind] += 1
        if self._journal is not None:
            entry = {"n": self.event_no, "t": round(time.monotonic() - self._started, 3)}
            entry.update(kind=kind, section=self.map.get("section"), **details)
            self._journal.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def tap(self, x: int, y: int, hold: float | None = None) -> None:
        hold = self.rng.uniform(*self.s.hold_ms) / 1000 if hold is None else hold
        self.xdo("mousemove", x, y, "mousedown", 1, "sleep", f"{hold:.3f}", "mouseup", 1)

    def ev_tap_target(self) -> None:
        self.look()
        target = self._pick_target("button", "item", "header", "link", "tab", "field")
        if target is None:
            self.ev_tap_random()
            return
        x, y = self._inside(target["rect"])
        self.tap(x, y)
        self._record(f"tap_{target['kind']}", at=[x, y], target=target["name"])

    def ev_tap_random(self) -> None:
        x, y = self._random_point()
        self.tap(x, y)
        self._record("tap_random", at=[x, y])

    def ev_double_tap(self) -> None:
        x, y = self._random_point()
        self.xdo("mousemove", x, y, "click", "--repeat", 2, "--delay", 90, 1)
        self._record("double_tap", at=[x, y])

    def ev_long_press(self) -> None:
        x, y = self._random_point()
        self.tap(x, y, hold=self.rng.uniform(0.5, 1.2))
        self._record("long_press", at=[x, y])

    def ev_right_click(self) -> None:
        x, y = self._random_point()
        self.xdo("mousemove", x, y, "click", 3)
        self._record("right_click", at=[x, y])

    def _stroke(self, kind: str, steps: int, step_sleep: float, distance: tuple[int, int]) -> None:
        self.look()
        target = self._pick_target("scroll")
        rect = target["rect"] if target else [0, 0, self.width, self.height]
        x0, y0 = self._inside(rect, margin=10)
        angle = self.rng.choice((90, 270, 0, 180, 45, 135, 225, 315, self.rng.uniform(0, 360)))
        length = self.rng.randint(*distance)
        dx = math.cos(math.radians(angle)) * length
        dy = math.sin(math.radians(angle)) * length
        args: list[object] = ["mousemove", x0, y0, "mousedown", 1]
        points = []
        for i in range(1, steps + 1):
            x, y = self._clip(x0 + dx * i / steps, y0 + dy * i / steps)
            points.append([x, y])
            args += ["sleep", f"{step_sleep:.3f}", "mousemove", x, y]
        if kind == "drag":
            args += ["sleep", "0.08"]
        args += ["mouseup", 1]
        self.xdo(*args)
        self._record(kind, start=[x0, y0], end=points[-1], target=target and target["name"])

    def ev_flick(self) -> None:
        self._stroke("flick", self.rng.randint(3, 6), 0.008, (80, 450))

    def ev_drag(self) -> None:
        self._stroke("drag", self.rng.randint(8, 16), 0.02, (30, 600))

    def ev_wheel(self) -> None:
        self.look()
        target = self._pick_target("scroll")
        x, y = self._inside(target["rect"]) if target else self._random_point()
        button = self.rng.choice((4, 5, 5, 4, 6, 7))
        repeat = self.rng.randint(1, 6)
        zoom = self.rng.random() < 0.15  # Ctrl+wheel: a zoom attempt
        args: list[object] = ["mousemove", x, y]
        args += ["keydown", "ctrl"] if zoom else []
        args += ["click", "--repeat", repeat, "--delay", 15, button]
        args += ["keyup", "ctrl"] if zoom else []
        self.xdo(*args)
        self._record("wheel_zoom" if zoom else "wheel", at=[x, y], button=button)

    def ev_type(self) -> None:
        self.look()
        target = self._pick_target("field")
        if target is None:
            self.ev_key()
            return
        x, y = self._inside(target["rect"])
        self.tap(x, y)
        text = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(1, 3)))
        self.xdo("type", "--delay", 12, text)  # `type` takes every argument after it
        ending = self.rng.choice(("", "", "Return", "ctrl+a BackSpace", "BackSpace", "Escape"))
        if ending:
            self.xdo("key", "--delay", 20, *ending.split())
        self._record("type", at=[x, y], target=target["name"], text=text, then=ending)

    def ev_key(self) -> None:
        key = self.rng.choice(KEYS)
        self.xdo("key", key)
        self._record("key", key=key)

    # --- scheduled phases ---------------------------------------------------------------
    def idle_phase(self) -> None:
        """No input until the idle reset and the attract loop; sample memory; wake it."""
        timeout = self.s.idle_timeout_seconds
        deadline = time.monotonic() + timeout + 10
        time.sleep(timeout)
        seen = self.look()
        while not seen.get("attract_running") and time.monotonic() < deadline:
            time.sleep(0.1)
            seen = self.look()
        self._record("idle", waited=round(timeout, 2))
        if not seen.get("attract_running"):
            self.report.anomalies.append(
                f"no attract loop {timeout + 10:.0f} s into an idle phase at event "
                f"{self.event_no} (section {seen.get('section')}, pad {seen.get('pad_visible')})"
            )
            return
        self._sample()
        # Let the loop move on to another page or two, then a visitor taps.
        sections = {seen.get("section")}
        interval = self.s.attract_interval_seconds
        loop_until = time.monotonic() + 2.5 * interval
        give_up = time.monotonic() + 4 * interval + 3  # a busy machine: slow, not wrong
        while time.monotonic() < loop_until or (len(sections) < 2 and time.monotonic() < give_up):
            time.sleep(interval / 2)
            sections.add(self.look().get("section"))
        self._record("attract_loop", sections=sorted(s for s in sections if s))
        if len(sections) < 2:
            self.report.anomalies.append(
                f"the attract loop stayed on {sections} at event {self.event_no}"
            )
        target = self._pick_target("item", "button", "link")
        x, y = self._inside(target["rect"]) if target else self._random_point()
        self.tap(x, y)
        self._record("tap_attract", at=[x, y], target=target and target["name"])
        # Woken: the loop stopped and home shown. Checked before the next idle reset could
        # start the loop again.
        give_up = time.monotonic() + 0.8 * self.s.idle_timeout_seconds
        while True:
            seen = self.look()
            woken = not seen.get("attract_running") and seen.get("section") == seen.get("home")
            if woken or time.monotonic() > give_up:
                break
            time.sleep(0.05)
        if not woken:
            self.report.anomalies.append(
                f"a tap during the attract loop left it running={seen.get('attract_running')} "
                f"on {seen.get('section')!r}, not home, at event {self.event_no}"
            )

    def _wrong_pin(self) -> str:
        while True:
            pin = "".join(self.rng.choice("0123456789") for _ in range(self.rng.randint(4, 12)))
            if pin != PIN:
                return pin

    def gesture_phase(self) -> None:
        """The operator's way in, then wrong PINs: refused, the kiosk stays up."""
        if self.rng.random() < 0.7:
            x, y = self.rng.randrange(CORNER_PX - 10), self.rng.randrange(CORNER_PX - 10)
            self.tap(x, y, hold=self.s.long_press_seconds + 0.3)
            how = "corner"
        else:
            self.xdo("key", "ctrl+alt+shift+k")
            how = "chord"
        time.sleep(0.1)
        seen = self.look()
        self._record("operator_gesture", how=how)
        if not seen.get("pad_visible"):
            self.report.anomalies.append(
                f"the operator gesture ({how}) did not open the PIN pad at event {self.event_no}"
            )
            return
        if seen.get("pad_problem"):
            self.report.anomalies.append(
                f"the PIN pad does not fit at event {self.event_no}: {seen['pad_problem']}"
            )
        for _ in range(self.rng.randint(1, 4)):
            locked = bool(seen.get("pad_locked"))
            pin = self._wrong_pin()
            by_keys = self.rng.random() < 0.4
            if by_keys:
                self.xdo("type", "--delay", 10, pin)  # `type` takes every argument after it
                self.xdo("key", "Return")
            else:
                buttons = {t["name"]: t["rect"] for t in self._targets("button", disabled=True)}
                for digit in [*pin, "OK"]:
                    if digit in buttons:
                        self.tap(*self._inside(buttons[digit]), hold=0.03)
            time.sleep(0.1)
            seen = self.look()
            message = seen.get("pad_message", "")
            self._record(
                "wrong_pin", digits=len(pin), by="keys" if by_keys else "taps", locked=locked
            )
            # Refused: "Wrong PIN", or the pad locked after too many ("Too many tries. Wait
            # N s."); a lock that ran out while the PIN was typed leaves the message empty.
            refused = message == "Wrong PIN" or message.startswith("Too many tries")
            refused = refused or (locked and not seen.get("pad_locked") and not message)
            if not seen.get("pad_visible") or not refused:
                self.report.anomalies.append(
                    f"a wrong PIN was not refused as it should be at event {self.event_no}: "
                    f"pad shown {seen.get('pad_visible')}, message {message!r}"
                )
        if self.rng.random() < 0.85:
            cancel = [t for t in self._targets("button") if t["name"] == "Cancel"]
            if cancel:
                self.tap(*self._inside(cancel[0]["rect"]), hold=0.03)
                self._record("pin_cancel")
        # else: left open, for the next events (and the idle phase) to deal with

    # --- the run ------------------------------------------------------------------------
    def reseed(self, *where: object) -> None:
        """Each step draws from its own stream, derived from the seed and the step: what
        the app shows (the targets to choose from) never shifts the later steps' choices."""
        self.rng.seed("/".join(map(str, (self.s.seed, *where))))

    def kind_of(self, step: int) -> str:
        """The kind of random event number `step` (0-based): a function of the seed."""
        self.reseed(step)
        kinds = list(WEIGHTS)
        return self.rng.choices(kinds, weights=[WEIGHTS[k] for k in kinds])[0]

    def step(self, step: int) -> None:
        getattr(self, f"ev_{self.kind_of(step)}")()

    def run(self) -> Report:
        started = time.monotonic()
        try:
            self.start()
            self._sample()  # the start: the window up, no visitor yet
            done = 0
            while done < self.s.events:
                self.step(done)
                done += 1
                if done % self.s.gesture_every == 0:
                    self.reseed("gesture", done)
                    self.gesture_phase()
                if done % self.s.idle_every == 0 and done < self.s.events:
                    self.reseed("idle", done)
                    self.idle_phase()
                if done % 50 == 0:
                    self._drain_log()
                    if self.s.verbose:
                        print(f"{done} events, {time.monotonic() - started:.0f} s", flush=True)
                time.sleep(self.rng.uniform(*self.s.gap_ms) / 1000)
                self._check_alive()
            self.reseed("idle", "end")
            self.idle_phase()  # the end: idle again, a last sample
        except AppGone:
            pass
        finally:
            self.report.seconds = time.monotonic() - started
            self.stop()
        return self.report


def simulate(settings: Settings) -> Report:
    return Simulator(settings).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="1280x800", help=f"screen size, e.g. {', '.join(SIZES)}")
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--gap-ms", type=int, nargs=2, default=(10, 30), metavar=("MIN", "MAX"),
        help="pause between two events, at random between MIN and MAX ms",
    )  # fmt: skip
    parser.add_argument("--idle-every", type=int, default=500)
    parser.add_argument("--gesture-every", type=int, default=250)
    parser.add_argument(
        "--warm-up", type=int, default=None, help="events before memory is measured "
        "(default: a tenth of the events)"
    )  # fmt: skip
    parser.add_argument("--workdir", type=Path, help="keep the log, stderr and events here")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(f"visitor simulator: needs {', '.join(missing)}", file=sys.stderr)
        return 2
    settings = Settings(
        size=args.size,
        events=args.events,
        seed=args.seed,
        gap_ms=tuple(args.gap_ms),
        idle_every=args.idle_every,
        gesture_every=args.gesture_every,
        warm_up_events=args.events // 10 if args.warm_up is None else args.warm_up,
        workdir=args.workdir,
        verbose=args.verbose,
    )
    report = simulate(settings)
    print(report.format())
    if args.json:
        figures = {
            "size": report.size,
            "seed": report.seed,
            "events": dict(report.events),
            "seconds": round(report.seconds, 1),
            "crashes": report.crashes,
            "exceptions": report.exceptions,
            "qt_warnings": report.qt_warnings,
            "errors": report.errors,
            "warnings": report.warnings,
            "stderr": report.stderr,
            "anomalies": report.anomalies,
            "expected": dict(report.expected),
            "samples": [s.__dict__ for s in report.samples],
            "rss_growth_mib": report.rss_growth_mib(),
            "qobject_growth": report.qobject_growth(),
        }
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0 if report.clean() else 1


if __name__ == "__main__":
    sys.exit(main())
