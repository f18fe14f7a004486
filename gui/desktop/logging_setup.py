"""Logging: a rotating file in the platform's app-data folder, and stderr on a terminal.

A GUI started from the desktop menu has no console (on Windows `sys.stderr` is None under
the GUI launcher), so the file is where warnings and crashes end up; "Help → Open log
folder" opens it. Call `setup_logging()` after `gui.application.set_identity()`: the folder is
derived from the organisation and application names.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler

from .. import LOGGER

LOG_FILE = "strategy-viewer.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """Where the log files live, e.g. ~/.local/share/StrategyViewer/strategy-viewer/logs."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"


def setup_logging(
    folder: Path | None = None, *, level: int = logging.INFO, stderr: bool | None = None
) -> Path | None:
    """Send the `gui` loggers to a rotating file (and to stderr when it is a terminal).

    Returns the log file, or None when the folder cannot be written: the app still runs,
    logging to stderr only. Safe to call twice: old handlers of ours are replaced.
    """
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    for handler in [h for h in logger.handlers if getattr(h, "_strategy_viewer", False)]:
        logger.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)

    if stderr is None:
        stderr = sys.stderr is not None and sys.stderr.isatty()
    if stderr and sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        _add(logger, console, formatter)

    path: Path | None = (folder or log_dir()) / LOG_FILE
    assert path is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as error:
        log.warning("cannot write the log file %s: %s", path, error)
        path = None
    else:
        _add(logger, file_handler, formatter)
    return path


def _add(logger: logging.Logger, handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    handler._strategy_viewer = True  # type: ignore[attr-defined]
    logger.addHandler(handler)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_qt_message_handler() -> None:
    """Qt's own warnings go to the log too (the GUI launcher has no console to show them)."""
    qt_log = logging.getLogger(f"{LOGGER}.qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category if context is not None else None
        prefix = f"{category}: " if category and category != "default" else ""
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", prefix, message)

    qInstallMessageHandler(handler)
