"""One running app per user: a second start hands its request to the first and exits.

The lock and socket live in a folder only this user can use (`default_folder()`): in a
shared temp folder another local user could plant them first.

A QLockFile says whether an instance runs; it is held for the app's whole life, so its
stale time is 0 (never stale by age) and only the lock of a dead process is taken over —
QLockFile checks the PID and process name itself. A QLocalServer beside the lock receives
the second start's request (a small JSON object, e.g. {"show": "partner:lu-weibing"}) and
answers "ok" once it has been handed on, so the second process knows it may exit.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, Qt, QThread, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from .. import APP_ID
from ..content import SECTIONS

if TYPE_CHECKING:
    from ..views.main_window import MainWindow

log = logging.getLogger(__name__)

ACK = b"ok\n"
MAX_MESSAGE = 64 * 1024
SLICE_MS = 50


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def default_folder() -> Path | None:
    """This user's private folder for the lock and socket, or None if there is none.

    XDG_RUNTIME_DIR when it is what the spec promises (ours, mode 0700); else a folder
    of ours in the temp folder, named with the uid, made 0700. Never one another user
    made or can write: whoever controls the folder controls the lock (a planted lock
    makes every start hand its request over and exit at once) and the socket (they
    receive the requests). Without such a folder the app runs without single-instance
    checks: better two instances than none.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime) and _is_private(Path(runtime)):
        return Path(runtime)
    if not hasattr(os, "getuid"):  # Windows: the temp folder is the user's own
        return Path(QDir.tempPath())
    folder = Path(QDir.tempPath()) / f"strategy-viewer-{os.getuid()}"  # short: a socket path
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass  # ours from an earlier start, or planted: checked below
    except OSError as error:
        log.warning("cannot make %s (%s); not checking for a running instance", folder, error)
        return None
    if _is_private(folder):
        return folder
    log.warning("%s is not a private folder of this user; not checking for a running "
                "instance (remove it, or set XDG_RUNTIME_DIR)", folder)  # fmt: skip
    return None


def _is_private(folder: Path) -> bool:
    """A real folder (not a link to one), owned by this user, that nobody else may use."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )


def default_name() -> str:
    return f"{APP_ID}-{_user()}"


class SingleInstance(QObject):
    """`acquire()` first; the primary then `listen()`s, a secondary `send()`s."""

    message_received = Signal(dict)

    def __init__(
        self, name: str | None = None, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        name = name or default_name()
        folder = folder or default_folder()
        # No private folder: every start is a primary that does not listen (see above).
        self.enabled = folder is not None
        folder = folder or Path(os.devnull)
        self.lock_path = folder / f"{name}.lock"
        # A full path keeps the Unix socket in the per-user folder; Windows wants a pipe name.
        self.server_name = name if sys.platform == "win32" else str(folder / f"{name}.socket")
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    # --- both sides ---------------------------------------------------------------------
    def acquire(self) -> bool:
        """True when no other instance runs: this one is now the primary."""
        if not self.enabled:
            return True
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        # The folder is not writable or similar: better two instances than none.
        log.warning("cannot create the instance lock %s (%s); not checking for a running "
                    "instance", self.lock_path, error.name)  # fmt: skip
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # --- primary ------------------------------------------------------------------------
    def listen(self) -> bool:
        """Accept requests from later starts (needs a QCoreApplication)."""
        if not self.enabled:
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket left here belongs to a crashed instance.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            log.warning("cannot listen on %s: %s", self.server_name, server.errorString())
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._on_socket_disconnected(s))
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                log.warning("dropping an over-long request from another instance")
                self._drop(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        del self._buffers[socket]
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            message = None
        if not isinstance(message, dict):
            log.warning("ignoring a malformed request from another instance: %r", line[:200])
            self._drop(socket)
            return
        log.info("another start asked this instance to %s", message or "come forward")
        self.message_received.emit(message)
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()

    def _on_socket_disconnected(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.abort()
        socket.deleteLater()

    # --- secondary ----------------------------------------------------------------------
    def send(self, message: dict[str, Any], timeout_ms: int = 5000) -> bool:
        """Hand `message` to the running instance; True once it has acknowledged it.

        Blocking, and needs no event loop: the running instance may still be starting up,
        so connecting is retried until the deadline.
        """
        if not self.enabled:
            return False
        deadline = QDeadlineTimer(timeout_ms)
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(min(SLICE_MS, max(1, deadline.remainingTime()))):
                break
            if deadline.hasExpired():
                log.warning("no answer from the running instance at %s: %s",
                            self.server_name, socket.errorString())  # fmt: skip
                return False
            socket.abort()
            QThread.msleep(100)  # the running instance may not be listening yet
        socket.write(json.dumps(message).encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(max(1, deadline.remainingTime())):
            socket.abort()
            return False
        # Wait in short slices: a blocking wait holds Python's GIL, which would stall a
        # primary running in the same process (as in the tests).
        reply = b""
        while ACK not in reply and not deadline.hasExpired():
            socket.waitForReadyRead(min(SLICE_MS, max(1, deadline.remainingTime())))
            reply += bytes(socket.readAll().data())
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                break
        socket.abort()
        return ACK in reply


def activate_window(window: QWidget) -> None:
    """Bring a window forward: out of the minimised state, raised and given focus.

    Window managers may refuse focus to a window that did not ask for it from user input
    (focus-stealing prevention); Qt then marks it as demanding attention instead.
    """
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def request_from(section: str | None, show: str | None) -> dict[str, str]:
    """What a second start asks the running instance to do (from its options)."""
    return {k: v for k, v in (("section", section), ("show", show)) if v}


def handle_request(window: MainWindow, request: dict[str, Any]) -> None:
    """Carry out a second start's request in the running instance, then come forward."""
    section, show = request.get("section"), request.get("show")
    if isinstance(section, str) and section in SECTIONS:
        window.navigate(section)
    if isinstance(show, str) and not window.open_ref(show):
        log.warning("nothing to show for %r", show)
    activate_window(window)
