"""Logging: a rotating file in the platform's app-data folder, and stderr where someone reads it.

A GUI started from the desktop menu has no console (on Windows `sys.stderr` is None under
the GUI launcher), so the file is where warnings and crashes end up; "Help → Open log
folder" opens it. Call `setup_logging()` after `gui.application.set_identity()`: the folder is
derived from the organisation and application names.

stderr gets the log too when someone reads it: a terminal (warnings), or the journal when
systemd runs the app (the kiosk unit: `journalctl --user -u …` is where an operator looks,
so everything from INFO, each line with its syslog priority). When the file cannot be
written (a read-only or full disk), stderr is the only log and gets everything too.

`record_native_crashes()` points `faulthandler` at a file beside the log: a crash in Qt's
C++ code kills the process before Python can log anything, but faulthandler still writes
the Python stack. The next start finds that file and logs that the previous run crashed.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from .. import LOGGER
from .paths import log_dir

LOG_FILE = "strategy-viewer.log"
CRASH_FILE = "native-crash.log"  # faulthandler's; kept until the next start reads it
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

log = logging.getLogger(__name__)


def setup_logging(
    folder: Path | None = None, *, level: int = logging.INFO, stderr: bool | None = None
) -> Path | None:
    """Send the `gui` loggers to a rotating file, and to stderr when someone reads it.

    `stderr` None decides from where stderr goes: a terminal, the journal, or nowhere
    useful; and it is used anyway when the file cannot be. Returns the log file, or None
    when the folder cannot be written: the app still runs. Safe to call twice: old
    handlers of ours are replaced.
    """
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    for handler in [h for h in logger.handlers if getattr(h, "_strategy_viewer", False)]:
        logger.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)

    path: Path | None = (folder or log_dir()) / LOG_FILE
    assert path is not None
    file_error: OSError | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = _FileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as error:
        file_error = error
        path = None
    else:
        _add(logger, file_handler, formatter)

    journal = under_journal()
    auto = stderr is None
    if auto:
        stderr = journal or path is None or (sys.stderr is not None and sys.stderr.isatty())
    if stderr and sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        # A terminal shows warnings; the journal, or stderr as the only log, everything.
        quiet = not journal and path is not None
        console.setLevel(logging.WARNING if quiet else logging.NOTSET)
        _add(logger, console, _JournalFormatter() if journal else formatter)
    if file_error is not None:
        log.warning("cannot write the log file %s: %s", (folder or log_dir()) / LOG_FILE,
                    file_error)  # fmt: skip
    return path


def under_journal() -> bool:
    """Whether stderr is systemd's journal: JOURNAL_STREAM names its device and inode."""
    value = os.environ.get("JOURNAL_STREAM", "")
    if not value or sys.stderr is None:
        return False
    try:
        device, inode = (int(part) for part in value.split(":"))
        stat = os.fstat(sys.stderr.fileno())
    except (ValueError, OSError, AttributeError):  # AttributeError: no fileno (tests)
        return False
    return (stat.st_dev, stat.st_ino) == (device, inode)


_PRIORITY = {  # syslog levels: what the journal shows in red, what `-p warning` keeps
    logging.DEBUG: 7,
    logging.INFO: 6,
    logging.WARNING: 4,
    logging.ERROR: 3,
    logging.CRITICAL: 2,
}


class _JournalFormatter(logging.Formatter):
    """The journal stamps time and program itself; a "<N>" prefix sets the priority."""

    def __init__(self) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return f"<{_PRIORITY.get(record.levelno, 6)}>{super().format(record)}"


class _FileHandler(RotatingFileHandler):
    """A log file that says once on stderr when it cannot be written (a full disk), not
    a "--- Logging error ---" and a traceback for every line, and then stops trying."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        if not self.failed and sys.stderr is not None:
            self.failed = True
            reason = error.strerror or error
            print(f"strategy-viewer: cannot write the log file {self.baseFilename}: {reason}; "
                  "logging to stderr only", file=sys.stderr)  # fmt: skip
            logger = logging.getLogger("gui")
            if not any(getattr(h, "stream", None) is sys.stderr for h in logger.handlers):
                _add(logger, logging.StreamHandler(sys.stderr), logging.Formatter(FORMAT))
        self.failed = True

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def close(self) -> None:
        with contextlib.suppress(OSError):  # the lines still buffered cannot be written
            super().close()


_crash_file: IO[str] | None = None  # open for the whole run: faulthandler writes into it


def record_native_crashes(folder: Path | None = None) -> Path | None:
    """Log a native crash of the previous run, if it left one; then have faulthandler
    write this run's into the log folder. Returns the file, or None if it cannot be
    written (faulthandler then writes to stderr, if there is one)."""
    global _crash_file
    path = (folder or log_dir()) / CRASH_FILE
    try:
        previous = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        previous = ""
    if previous:
        log.error("the previous run crashed (a native crash); its last stack:\n%s", previous)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if previous:
            path.replace(path.with_name(CRASH_FILE + ".1"))  # kept for a bug report
        crash_file = path.open("w", encoding="utf-8")
    except OSError as error:
        log.warning("cannot write %s: %s; native crashes go to stderr", path, error)
        if sys.stderr is not None and hasattr(sys.stderr, "fileno"):
            faulthandler.enable(all_threads=True)
        return None
    faulthandler.enable(crash_file, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash_file
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
