"""The single-instance lock and socket on a machine with other local users.

Another user who makes the predictable folder in /tmp first must get nothing: no request
of ours, and no power to make a start hand over and exit. The second user is `nobody`,
through setpriv, so these tests run as root (as CI does) and are skipped otherwise.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.desktop.single_instance import SingleInstance, default_folder, default_name
from tests.second_user import NOBODY, as_nobody

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX users")
as_root = pytest.mark.usefixtures("second_user")


@pytest.fixture
def shared_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder like /tmp (everyone may write, sticky), as TMPDIR; no runtime dir."""
    with tempfile.TemporaryDirectory(prefix="sv-tmp-") as name:
        os.chmod(name, 0o1777)
        monkeypatch.setenv("TMPDIR", name)
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
        yield Path(name)


def test_a_private_runtime_dir_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert default_folder() == runtime


def test_a_runtime_dir_others_can_use_is_not(
    tmp_path: Path, shared_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    os.chmod(runtime, 0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    folder = default_folder()
    assert folder == shared_tmp / f"strategy-viewer-{os.getuid()}"


def test_without_a_runtime_dir_a_private_folder_is_made(shared_tmp: Path) -> None:
    folder = default_folder()
    assert folder is not None
    assert folder.parent == shared_tmp
    info = folder.lstat()
    assert stat.S_IMODE(info.st_mode) == 0o700
    assert info.st_uid == os.getuid()
    assert default_folder() == folder, "found again on the next start"


def test_a_folder_of_ours_that_others_can_write_is_refused(
    shared_tmp: Path, caplog: pytest.LogCaptureFixture
) -> None:
    planted = shared_tmp / f"strategy-viewer-{os.getuid()}"
    planted.mkdir()
    os.chmod(planted, 0o777)
    assert default_folder() is None
    assert "is not a private folder of this user" in caplog.text
    instance = SingleInstance()
    assert instance.acquire(), "no check rather than no app"
    assert not instance.listen()
    assert not instance.send({"show": "x"})
    assert not list(planted.iterdir()), "nothing of ours is put there"


def test_a_link_to_a_private_folder_is_refused(shared_tmp: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    (shared_tmp / f"strategy-viewer-{os.getuid()}").symlink_to(target)
    assert default_folder() is None


@as_root
def test_a_folder_another_user_made_first_is_refused(shared_tmp: Path) -> None:
    planted = shared_tmp / f"strategy-viewer-{os.getuid()}"
    subprocess.run(as_nobody("mkdir", "-m", "700", str(planted)), check=True, timeout=30)
    assert planted.stat().st_uid == NOBODY
    assert default_folder() is None


# A second user's trap: the lock held and a server that answers "ok" to every request,
# in the folder a start would use, made before the app starts.
_TRAP = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtNetwork import QLocalServer
folder, name, record = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
folder.mkdir(mode=0o777)
folder.chmod(0o777)
app = QCoreApplication([])
lock = QLockFile(str(folder / f"{name}.lock"))
lock.setStaleLockTime(0)
assert lock.tryLock(0)
server = QLocalServer()
server.setSocketOptions(QLocalServer.SocketOption.WorldAccessOption)
assert server.listen(str(folder / f"{name}.socket"))
def on_connection():
    socket = server.nextPendingConnection()
    def on_ready():
        with record.open("ab") as out:
            out.write(bytes(socket.readAll().data()))
        socket.write(b"ok\\n")
        socket.flush()
    socket.readyRead.connect(on_ready)
server.newConnection.connect(on_connection)
print("ready", flush=True)
app.exec()
"""


@as_root
def test_the_kiosk_ignores_a_trap_set_by_another_user(shared_tmp: Path, tmp_path: Path) -> None:
    planted = shared_tmp / f"strategy-viewer-{os.getuid()}"
    record = shared_tmp / "received"
    record.touch()
    os.chmod(record, 0o666)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", HOME=str(shared_tmp))
    trap = subprocess.Popen(
        as_nobody(sys.executable, "-c", _TRAP, str(planted), default_name(), str(record)),
        env=env, cwd=shared_tmp, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    home = tmp_path / "home"
    app_env = dict(
        env,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    app_env.pop("XDG_RUNTIME_DIR", None)
    log = home / "data" / "StrategyViewer" / "strategy-viewer" / "logs" / "strategy-viewer.log"
    try:
        assert trap.stdout is not None
        assert trap.stdout.readline().strip() == "ready"
        with subprocess.Popen(
            [sys.executable, "-m", "gui", "--kiosk", "--show", "partner:lu-weibing"],
            env=app_env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        ) as kiosk:  # fmt: skip
            try:
                deadline = time.monotonic() + 60
                text = ""
                while time.monotonic() < deadline and "started (pid" not in text:
                    assert kiosk.poll() is None, "the kiosk handed over to the trap and exited"
                    text = log.read_text(encoding="utf-8") if log.exists() else ""
                    time.sleep(0.1)
                assert "started (pid" in text, text
            finally:
                kiosk.terminate()
                _, errors = kiosk.communicate(timeout=30)
            # Said before the log file is set up: on stderr.
            assert "is not a private folder of this user" in errors.decode()
    finally:
        trap.kill()
        trap.communicate(timeout=30)
    assert record.read_bytes() == b"", "the other user received no request"
