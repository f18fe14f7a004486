"""Logging to a rotating file in the app-data folder."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from gui.desktop.logging_setup import (
    BACKUP_COUNT,
    CRASH_FILE,
    LOG_FILE,
    MAX_BYTES,
    log_dir,
    setup_logging,
)


@pytest.fixture(autouse=True)
def _restore_gui_logger() -> Iterator[None]:
    logger = logging.getLogger("gui")
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger("gui").handlers if getattr(h, "_strategy_viewer", 0)]


def test_log_lines_go_to_a_rotating_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs", stderr=False)
    assert path == tmp_path / "logs" / LOG_FILE
    logging.getLogger("gui.some.module").warning("something happened: %s", "details")
    for handler in _ours():
        handler.flush()
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    assert line.endswith("WARNING gui.some.module: something happened: details")
    (handler,) = _ours()
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUP_COUNT)


def test_setting_up_twice_does_not_log_twice(tmp_path: Path) -> None:
    setup_logging(tmp_path, stderr=True)
    setup_logging(tmp_path, stderr=True)
    assert len(_ours()) == 2  # one file, one stderr


def test_an_unwritable_folder_leaves_the_app_running(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert setup_logging(blocker / "logs", stderr=False) is None
    assert "cannot write the log file" in caplog.text


def test_the_default_folder_is_the_apps_data_folder(app) -> None:  # type: ignore[no-untyped-def]
    folder = log_dir()
    assert folder.name == "logs"
    assert folder.parent.name == "strategy-viewer", "named after the application"


def test_without_a_console_the_file_alone_gets_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under the Windows GUI launcher (pythonw, or the frozen GUI build) sys.stderr is None."""
    monkeypatch.setattr("sys.stderr", None)
    path = setup_logging(tmp_path)
    assert path == tmp_path / LOG_FILE
    (handler,) = _ours()
    assert isinstance(handler, RotatingFileHandler)
    logging.getLogger("gui.x").warning("no console here")
    handler.flush()
    assert "no console here" in path.read_text(encoding="utf-8")


def test_the_log_rotates_and_keeps_three_old_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("gui.desktop.logging_setup.MAX_BYTES", 2_000)  # instead of a megabyte
    path = setup_logging(tmp_path, stderr=False)
    assert path is not None
    for i in range(200):
        logging.getLogger("gui.x").warning("line %d %s", i, "x" * 80)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE, *(f"{LOG_FILE}.{n}" for n in range(1, BACKUP_COUNT + 1))]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "line 199 " in path.read_text(encoding="utf-8"), "the newest lines are in the log"


# --- where operators look: the journal, and native crashes ----------------------------

_CHILD = """
import logging, sys
from pathlib import Path
from gui.desktop.logging_setup import record_native_crashes, setup_logging
folder = Path(sys.argv[1])
setup_logging(folder)
record_native_crashes(folder)
logging.getLogger("gui.kiosk").info("kiosk: idle; cleared the last visitor's state")
logging.getLogger("gui.kiosk").error("something broke")
if sys.argv[2] == "crash":
    import faulthandler
    faulthandler._sigsegv()  # what a crash inside Qt's C++ looks like to Python
"""


def _run_child(folder: Path, mode: str, journal: bool) -> tuple[int, str]:
    """Run _CHILD with stderr on a pipe; under "systemd" JOURNAL_STREAM names that pipe."""
    read, write = os.pipe()
    stat = os.fstat(write)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    env.pop("JOURNAL_STREAM", None)
    if journal:
        env["JOURNAL_STREAM"] = f"{stat.st_dev}:{stat.st_ino}"
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(folder), mode],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=write,
    ) as child:  # fmt: skip
        os.close(write)
        with os.fdopen(read, encoding="utf-8", errors="replace") as output:
            text = output.read()
        status = child.wait(60)
    return status, text


@pytest.mark.skipif(sys.platform == "win32", reason="systemd's journal")
def test_under_systemd_the_journal_gets_everything_with_its_priority(tmp_path: Path) -> None:
    status, stderr = _run_child(tmp_path, "ok", journal=True)
    assert status == 0, stderr
    assert "<6>INFO gui.kiosk: kiosk: idle; cleared the last visitor's state" in stderr
    assert "<3>ERROR gui.kiosk: something broke" in stderr
    assert "something broke" in (tmp_path / LOG_FILE).read_text(encoding="utf-8"), "and the file"


def test_a_pipe_that_is_not_the_journal_gets_nothing(tmp_path: Path) -> None:
    status, stderr = _run_child(tmp_path, "ok", journal=False)
    assert status == 0, stderr
    assert "something broke" not in stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSEGV")
def test_the_next_start_reports_a_native_crash(tmp_path: Path) -> None:
    status, _ = _run_child(tmp_path, "crash", journal=False)
    assert status == -signal.SIGSEGV
    trace = (tmp_path / CRASH_FILE).read_text(encoding="utf-8")
    assert "Segmentation fault" in trace

    status, stderr = _run_child(tmp_path, "ok", journal=True)
    assert status == 0, stderr
    assert "the previous run crashed (a native crash)" in stderr
    log = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert "the previous run crashed" in log
    assert "Segmentation fault" in log, "with its trace"
    assert (tmp_path / CRASH_FILE).read_text(encoding="utf-8") == "", "reported once"
    assert "Segmentation fault" in (tmp_path / f"{CRASH_FILE}.1").read_text(encoding="utf-8")


def test_a_full_disk_is_said_once_and_the_log_goes_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    (tmp_path / LOG_FILE).symlink_to("/dev/full")  # every write: ENOSPC
    assert setup_logging(tmp_path, stderr=False) is not None
    for n in range(3):
        logging.getLogger("gui.x").error("line %d", n)
    err = capsys.readouterr().err
    assert err.count("cannot write the log file") == 1, err
    assert "No space left on device" in err
    assert "Logging error" not in err
    assert "line 2" in err, "later lines reach stderr"
