"""Logging to a rotating file in the app-data folder."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from gui.desktop.logging_setup import BACKUP_COUNT, LOG_FILE, MAX_BYTES, log_dir, setup_logging


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
