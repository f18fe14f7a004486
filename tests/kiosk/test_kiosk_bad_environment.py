"""A bad environment never leaves a dead screen: the kiosk starts on its built-in content
and says why, on stderr (the journal) when it cannot write its log.

Run as the user `nobody` through setpriv: root reads a chmod-000 folder anyway. So these
tests need root (as CI runs) and are skipped otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.desktop.paths import data_dir
from tests.second_user import NOBODY, as_nobody

ROOT = Path(__file__).resolve().parents[2]
# Root reads a chmod-000 folder anyway: a user whom permissions bind runs the kiosk.
pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="POSIX users"),
    pytest.mark.usefixtures("second_user"),
]


@pytest.fixture
def place() -> Iterator[Path]:
    """A folder nobody may enter (pytest's tmp_path is root's own, mode 0700)."""
    with tempfile.TemporaryDirectory(prefix="sv-env-") as name:
        os.chmod(name, 0o755)
        folder = Path(name)
        shutil.copytree(data_dir(), folder / "bundle")
        (folder / "tmp").mkdir(mode=0o1777)
        os.chmod(folder / "tmp", 0o1777)
        yield folder


def _home_for_nobody(place: Path, writable: bool) -> Path:
    home = place / "home"
    (home / ".local" / "share").mkdir(parents=True)
    for path in [home, *home.rglob("*")]:
        os.chown(path, NOBODY, NOBODY) if writable else os.chmod(path, 0o555)
    return home


def _run_kiosk_as_nobody(place: Path, home: Path) -> tuple[str, int | None]:
    """Start the kiosk as nobody; stderr up to "started" (plus a moment), and the status
    if it exited before that."""
    env = dict(
        os.environ,
        HOME=str(home),
        TMPDIR=str(place / "tmp"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR", "JOURNAL_STREAM"):  # fmt: skip
        env.pop(var, None)  # everything under the home folder
    stderr = place / "tmp" / "stderr.txt"
    with stderr.open("wb") as sink:
        process = subprocess.Popen(
            as_nobody(sys.executable, "-m", "gui", "--kiosk", "--data", str(place / "bundle")),
            env=env, cwd=place / "tmp", stdout=subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if "started (pid" in stderr.read_text(encoding="utf-8", errors="replace"):
                time.sleep(0.5)  # what comes right after the start: an error, an exit
                break
            time.sleep(0.1)
        status = process.poll()
    finally:
        process.terminate()
        process.wait(30)
    return stderr.read_text(encoding="utf-8", errors="replace"), status


@pytest.mark.parametrize("mode", [0o000, 0o644], ids=["unreadable", "unsearchable"])
def test_a_bundle_it_cannot_read_falls_back_to_the_built_in_content(place: Path, mode: int) -> None:
    os.chmod(place / "bundle", mode)
    home = _home_for_nobody(place, writable=False)  # no log, settings or cache either
    stderr, status = _run_kiosk_as_nobody(place, home)
    assert status is None, f"the kiosk stopped (status {status}):\n{stderr}"
    assert "Traceback" not in stderr, stderr
    assert "cannot be read (permission denied)" in stderr
    assert "showing the bundled content" in stderr
    assert "cannot write the log file" in stderr, "and says where its log is not"
    assert "started (pid" in stderr, "the log goes to stderr instead"


def test_a_full_disk_for_the_log_is_said_once(place: Path) -> None:
    home = _home_for_nobody(place, writable=True)
    logs = home / ".local" / "share" / "StrategyViewer" / "strategy-viewer" / "logs"
    logs.mkdir(parents=True)
    (logs / "strategy-viewer.log").symlink_to("/dev/full")  # every write: ENOSPC
    for path in [home, *home.rglob("*")]:
        os.lchown(path, NOBODY, NOBODY)
    stderr, status = _run_kiosk_as_nobody(place, home)
    assert status is None, f"the kiosk stopped (status {status}):\n{stderr}"
    assert "Logging error" not in stderr, stderr
    assert stderr.count("No space left on device") == 1, stderr
    assert "started (pid" in stderr
