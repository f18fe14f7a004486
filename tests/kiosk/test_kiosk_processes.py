"""The kiosk as its supervisor sees it: a process on a real X server (Xvfb, no window
manager), sent real X requests by another client (xdotool) and real signals.

- whatever another client does to the window, it is back, full screen, within a second;
- SIGTERM or SIGINT at any moment, even while the window is still being built, ends it
  within a second or two, with 128 + the signal's number;
- the operator's chord and PIN end it with OPERATOR_EXIT;
- an X server that goes away ends it with a non-zero status.

Every wait has a deadline: a kiosk that hangs fails the test instead of hanging it.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from gui.kiosk.exit_status import OPERATOR_EXIT
from gui.kiosk.pin import hash_pin

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1280, 800
RESTORED_WITHIN_S = 1.0  # the promise in docs/kiosk.md
SLACK_S = 0.5  # a loaded test machine's scheduling, on top of the promise
PIN = "2468"

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="X11 and POSIX signals"),
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)",
    ),
]


@dataclass
class XServer:
    display: str
    process: subprocess.Popen[bytes]
    displayfd: int  # kept open: Xvfb exits when the end it writes to is closed

    def stop(self) -> None:
        stop(self.process)
        os.close(self.displayfd)


def start_xvfb() -> XServer:
    """An X server that answers. Two test workers starting one at the same moment may
    both be offered the same free display, and one of them then exits: try again."""
    for _ in range(5):
        server = _start_xvfb_once()
        if server is not None:
            return server
        time.sleep(0.2)
    pytest.fail("no Xvfb could be started")


def _answers(display: str) -> bool:
    probe = subprocess.run(
        ["xdotool", "getmouselocation"], env=dict(os.environ, DISPLAY=display),
        capture_output=True, timeout=10, check=False,
    )  # fmt: skip
    return probe.returncode == 0


def _start_xvfb_once() -> XServer | None:
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
         "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    ready, _, _ = select.select([read], [], [], 30)
    number = os.read(read, 64).decode().strip() if ready else ""
    server = XServer(f":{number}", process, read)
    time.sleep(0.1)  # an Xvfb that lost the display exits right after saying it
    if not number or process.poll() is not None or not _answers(server.display):
        server.stop()
        return None
    return server


def stop(process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """SIGTERM first: Xvfb then removes its socket and lock for the next one."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait(timeout)


def stop_kiosk(kiosk: Kiosk) -> None:
    stop(kiosk.process)
    shutil.rmtree(kiosk.runtime, ignore_errors=True)


@dataclass
class Kiosk:
    process: subprocess.Popen[bytes]
    env: dict[str, str]
    stderr: Path
    runtime: Path

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        return result.stdout.strip()

    def window(self) -> str | None:
        """The kiosk's mapped (viewable) window, if it has one."""
        found = self.xdotool("search", "--onlyvisible", "--pid", str(self.process.pid))
        return found.splitlines()[0] if found else None

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        values = dict(
            line.split("=", 1)
            for line in self.xdotool("getwindowgeometry", "--shell", window).splitlines()
            if "=" in line
        )
        return tuple(int(values.get(k, -1)) for k in ("X", "Y", "WIDTH", "HEIGHT"))  # type: ignore[return-value]

    def full_screen_window(self) -> str | None:
        window = self.window()
        if window is not None and self.geometry(window) == (0, 0, WIDTH, HEIGHT):
            return window
        return None

    def wait_full_screen(self, timeout: float) -> tuple[str, float]:
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            assert self.process.poll() is None, f"the kiosk exited:\n{self.log()}"
            window = self.full_screen_window()
            if window is not None:
                return window, time.monotonic() - start
            time.sleep(0.05)
        pytest.fail(f"no full-screen kiosk window after {timeout} s:\n{self.log()}")

    def log(self) -> str:
        return self.stderr.read_text(encoding="utf-8", errors="replace")[-4000:]


def start_kiosk(display: str, folder: Path, ini: str = "") -> Kiosk:
    folder.mkdir(parents=True, exist_ok=True)
    # Short: a Unix socket's path has room for about 100 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="svk-"))
    (folder / "kiosk.ini").write_text(f"[kiosk]\nfont_scale=1\n{ini}", encoding="utf-8")
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(folder / "home"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CACHE_HOME=str(folder / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=str(ROOT),
    )
    env.pop("WAYLAND_DISPLAY", None)
    stderr = folder / "stderr.txt"
    with stderr.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "gui", "--kiosk", "--kiosk-config", str(folder / "kiosk.ini")],
            env=env, cwd=folder, stdout=subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip
    return Kiosk(process, env, stderr, runtime)


# --- the window system ------------------------------------------------------------------


@pytest.fixture(scope="module")
def x_kiosk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    """One kiosk on one X server for the window-system tests (each start takes seconds)."""
    server = start_xvfb()
    kiosk = start_kiosk(server.display, tmp_path_factory.mktemp("x-kiosk"))
    try:
        kiosk.wait_full_screen(60)
        yield kiosk
    finally:
        stop_kiosk(kiosk)
        server.stop()


@pytest.mark.parametrize(
    ("request_", "new_window"),
    [
        (["windowsize", "{w}", "500", "400"], False),
        (["windowmove", "{w}", "100", "100"], False),
        (["windowunmap", "{w}"], True),
        (["windowminimize", "{w}"], False),  # nothing happens without a window manager
        (["windowclose", "{w}"], True),  # XDestroyWindow: Qt is not even told
    ],
    ids=lambda v: v[0] if isinstance(v, list) else None,
)
def test_back_to_full_screen_within_a_second(
    x_kiosk: Kiosk, request_: list[str], new_window: bool
) -> None:
    window, _ = x_kiosk.wait_full_screen(10)
    x_kiosk.xdotool(*(part.format(w=window) for part in request_))
    time.sleep(0.05)  # the request has reached the server and the kiosk
    restored, elapsed = x_kiosk.wait_full_screen(RESTORED_WITHIN_S + SLACK_S)
    assert (restored != window) is new_window
    assert elapsed <= RESTORED_WITHIN_S + SLACK_S
    assert x_kiosk.process.poll() is None


def test_sigterm_while_running_quits_at_once_with_a_status_to_restart(x_kiosk: Kiosk) -> None:
    """Last of the window-system tests: it ends their kiosk."""
    x_kiosk.wait_full_screen(10)
    x_kiosk.process.send_signal(signal.SIGTERM)
    start = time.monotonic()
    assert x_kiosk.process.wait(5) == 128 + signal.SIGTERM, x_kiosk.log()
    assert time.monotonic() - start < 1.5


@pytest.fixture
def xserver() -> Iterator[XServer]:
    server = start_xvfb()
    yield server
    server.stop()


def test_a_lost_x_server_ends_the_kiosk_with_a_failure(xserver: XServer, tmp_path: Path) -> None:
    kiosk = start_kiosk(xserver.display, tmp_path)
    try:
        kiosk.wait_full_screen(60)
        xserver.process.terminate()  # the display is gone for good: only a restart helps
        status = kiosk.process.wait(10)
    finally:
        stop_kiosk(kiosk)
    assert status not in (0, OPERATOR_EXIT), "the supervisor must restart it"


def test_the_operators_exit_ends_it_with_its_own_status(xserver: XServer, tmp_path: Path) -> None:
    kiosk = start_kiosk(xserver.display, tmp_path, f"pin_hash={hash_pin(PIN, iterations=1000)}\n")
    try:
        window, _ = kiosk.wait_full_screen(60)
        kiosk.xdotool("key", "--window", window, "ctrl+alt+shift+k")
        time.sleep(0.3)
        kiosk.xdotool("type", "--delay", "50", PIN)
        kiosk.xdotool("key", "Return")
        status = kiosk.process.wait(10)
    finally:
        stop_kiosk(kiosk)
    assert status == OPERATOR_EXIT, kiosk.log()


# --- signals at any moment ----------------------------------------------------------------


@pytest.mark.parametrize("delay", [0.0, 0.4, 0.8, 1.2, 1.6])
def test_sigterm_at_any_moment_of_the_start_quits(
    xserver: XServer, tmp_path: Path, delay: float
) -> None:
    """Imports, the bundle, the window being built, the loop starting: wherever the start
    is when the signal comes, the process ends within a second or two."""
    kiosk = start_kiosk(xserver.display, tmp_path)
    try:
        time.sleep(delay)
        kiosk.process.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        try:
            status = kiosk.process.wait(5)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running 5 s after SIGTERM (sent {delay} s after start)")
        assert time.monotonic() - sent < 2.0
    finally:
        stop_kiosk(kiosk)
    # Before the handler is installed Python's default applies: killed by the signal.
    # Either way not the operator's status, so a supervisor restarts a killed kiosk.
    assert status in (-signal.SIGTERM, 128 + signal.SIGTERM), kiosk.log()


def test_sigint_quits_with_130(xserver: XServer, tmp_path: Path) -> None:
    kiosk = start_kiosk(xserver.display, tmp_path)
    try:
        kiosk.wait_full_screen(60)
        kiosk.process.send_signal(signal.SIGINT)
        status = kiosk.process.wait(5)
    finally:
        stop_kiosk(kiosk)
    assert status == 128 + signal.SIGINT, kiosk.log()
