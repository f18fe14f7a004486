"""One instance per user: the lock, the hand-over of a second start's request, stale locks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from gui.desktop.single_instance import SingleInstance, handle_request, request_from
from gui.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder() -> Iterator[Path]:
    # Unix socket paths are limited to ~100 bytes: pytest's tmp_path can be longer.
    import tempfile

    with tempfile.TemporaryDirectory(prefix="sv-") as name:
        yield Path(name)


@pytest.fixture
def primary(app, folder: Path) -> Iterator[SingleInstance]:  # type: ignore[no-untyped-def]
    instance = SingleInstance("test", folder)
    assert instance.acquire()
    assert instance.listen()
    yield instance
    instance.release()


def _send_in_thread(instance: SingleInstance, message: dict[str, str]) -> list[bool]:
    """send() blocks until the primary answers, and the primary answers from the event
    loop of this (the main) thread: the second start has to run beside it."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(instance.send(message, 3000)))
    thread.start()
    _send_in_thread.threads.append(thread)  # type: ignore[attr-defined]
    return result


_send_in_thread.threads = []  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _join_threads() -> Iterator[None]:
    yield
    for thread in _send_in_thread.threads:  # type: ignore[attr-defined]
        thread.join(5)
    _send_in_thread.threads.clear()  # type: ignore[attr-defined]


def test_a_second_start_hands_its_request_to_the_first(
    qtbot, primary: SingleInstance, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    second = SingleInstance("test", folder)
    assert not second.acquire(), "the first instance holds the lock"
    with qtbot.waitSignal(primary.message_received, timeout=3000) as blocker:
        result = _send_in_thread(second, {"show": "partner:lu-weibing"})
    assert blocker.args == [{"show": "partner:lu-weibing"}]
    qtbot.waitUntil(lambda: result == [True], timeout=3000)


def test_the_lock_is_free_again_after_release(folder: Path) -> None:
    first = SingleInstance("test", folder)
    assert first.acquire()
    assert not SingleInstance("test", folder).acquire()
    first.release()
    third = SingleInstance("test", folder)
    assert third.acquire()
    third.release()


def test_a_lock_left_by_a_killed_instance_is_taken_over(folder: Path) -> None:
    """A crash (SIGKILL: no clean-up at all) must not stop the app from ever starting."""
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from gui.desktop.single_instance import SingleInstance\n"
            "i = SingleInstance('test', __import__('pathlib').Path(sys.argv[1]))\n"
            "assert i.acquire()\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "locked"
            assert not SingleInstance("test", folder).acquire(), "a live holder keeps its lock"
        finally:
            holder.send_signal(signal.SIGKILL)
    assert (folder / "test.lock").exists(), "SIGKILL leaves the lock file behind"
    survivor = SingleInstance("test", folder)
    assert survivor.acquire()
    survivor.release()


def _lock_file_lines(folder: Path) -> list[str]:
    """What QLockFile writes for this process: PID, program, host, machine id, boot id."""
    probe = SingleInstance("probe", folder)
    assert probe.acquire()
    lines = (folder / "probe.lock").read_text(encoding="utf-8").splitlines()
    probe.release()
    assert len(lines) >= 5, lines
    return lines


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and a boot id")
@pytest.mark.parametrize(
    ("holder", "earlier_boot", "taken_over"),
    [
        ("this process", False, False),  # the control: a live instance keeps its lock
        ("another program", False, True),  # its PID now belongs to a different program
        ("this process", True, True),  # written before a reboot, whatever runs at the PID
    ],
)
def test_a_lock_left_from_before_a_reboot_is_taken_over(
    folder: Path, holder: str, earlier_boot: bool, taken_over: bool
) -> None:
    """Without XDG_RUNTIME_DIR the lock lives in /tmp, which may survive a power cut; the
    PID written in it may by then be a running process of something else entirely."""
    lines = _lock_file_lines(folder)
    with subprocess.Popen(["sleep", "60"]) as other:
        try:
            lines[0] = str(other.pid if holder == "another program" else os.getpid())
            if earlier_boot:
                lines[4] = "00000000-0000-4000-8000-000000000000"
            (folder / "test.lock").write_text("\n".join(lines) + "\n", encoding="utf-8")
            instance = SingleInstance("test", folder)
            assert instance.acquire() is taken_over
            instance.release()
        finally:
            other.kill()
    assert (folder / "test.lock").exists() is not taken_over, "taken over, then released"


def test_a_socket_left_by_a_crash_does_not_stop_the_next_primary(app, folder: Path) -> None:  # type: ignore[no-untyped-def]
    (folder / "test.socket").write_bytes(b"")  # what a crashed server leaves behind
    instance = SingleInstance("test", folder)
    assert instance.acquire()
    assert instance.listen()
    instance.release()


def test_send_gives_up_when_nobody_answers(folder: Path) -> None:
    assert SingleInstance("test", folder).send({}, timeout_ms=300) is False


def test_a_malformed_request_is_dropped(
    qtbot, primary: SingleInstance, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, str]] = []
    primary.message_received.connect(received.append)
    socket = QLocalSocket()
    socket.connectToServer(primary.server_name)
    assert socket.waitForConnected(1000)
    socket.write(b"[1, 2\n")
    socket.flush()
    qtbot.waitUntil(lambda: "malformed request" in caplog.text, timeout=3000)
    assert received == []
    socket.abort()


def test_request_from_keeps_only_what_was_asked() -> None:
    assert request_from(None, None) == {}
    assert request_from("partners", "partner:lu-weibing") == {
        "section": "partners",
        "show": "partner:lu-weibing",
    }


def test_handle_request_opens_the_ref_and_brings_the_window_forward(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.showMinimized()
    handle_request(window, {"show": "partner:lu-weibing"})
    assert window.current_section() == "partners"
    assert window.pane("partners").selected_partner_id() == "lu-weibing"  # type: ignore[attr-defined]
    assert not window.isMinimized()
    handle_request(window, {"section": "timeline"})
    assert window.current_section() == "timeline"


def test_handle_request_ignores_what_it_does_not_know(
    window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    handle_request(window, {"section": "nowhere", "show": "partner:nobody", "x": 1})  # type: ignore[dict-item]
    assert window.current_section() == "overview"
    assert "nothing to show for 'partner:nobody'" in caplog.text
