"""The app never touches the network.

Two proofs. Statically, no module under gui/ imports a networking module; the only
exception is the single-instance module, which talks to the running app over a local
socket (QLocalServer/QLocalSocket: a named pipe or a Unix socket, never the network).
Dynamically, the whole app runs (every pane and item, search, export, the kiosk loop)
with every way Python and Qt for Python open a connection guarded: any attempt fails the
test, even one swallowed by the code that made it.
"""

from __future__ import annotations

import ast
import importlib.util
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.content import SECTIONS, Content
from gui.views.main_window import MainWindow

GUI = Path(__file__).resolve().parents[1] / "gui"

FORBIDDEN = {
    "socket",
    "ssl",
    "socketserver",
    "asyncio",
    "selectors",
    "http.client",
    "http.server",
    "urllib.request",
    "xmlrpc.client",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "webbrowser",
    "requests",
    "urllib3",
    "httpx",
    "aiohttp",
    "websocket",
    "websockets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
}
# The one allowed use: the single-instance module's local (never network) sockets.
ALLOWED = {
    "gui/desktop/single_instance.py": {"PySide6.QtNetwork": {"QLocalServer", "QLocalSocket"}}
}


def _imports(path: Path) -> Iterator[tuple[int, str, set[str]]]:
    """(line, module, names imported from it) for every import in `path`, including
    `import_module("...")` and `__import__("...")` with a literal name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, set()
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = {alias.name for alias in node.names}
            yield node.lineno, node.module, names
            for name in names:  # `from urllib import request`, `from PySide6 import QtNetwork`
                yield node.lineno, f"{node.module}.{name}", set()
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in {"import_module", "__import__"} and isinstance(first, ast.Constant):
                yield node.lineno, str(first.value), set()


def _forbidden(module: str) -> str | None:
    return next((f for f in FORBIDDEN if module == f or module.startswith(f + ".")), None)


def test_no_module_imports_networking() -> None:
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        relative = path.relative_to(GUI.parent).as_posix()
        allowed = ALLOWED.get(relative, {})
        for line, module, names in _imports(path):
            bad = _forbidden(module)
            if bad is None:
                continue
            if bad in allowed and names and names <= allowed[bad]:
                continue
            # `from PySide6.QtNetwork import QLocalServer` also yields the dotted name.
            if bad in allowed and module.removeprefix(bad + ".") in allowed[bad]:
                continue
            offenders.append(f"{relative}:{line}: {module} {sorted(names) or ''}".strip())
    assert offenders == [], "networking imports:\n" + "\n".join(offenders)


def test_the_import_check_finds_what_it_must(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import socket\n"
        "from urllib import request\n"
        "from PySide6 import QtNetwork\n"
        "from PySide6.QtNetwork import QNetworkAccessManager\n"
        "import importlib\nimportlib.import_module('http.client')\n"
        "from urllib.parse import quote\n",
        encoding="utf-8",
    )
    found = {module for _, module, _ in _imports(sample) if _forbidden(module)}
    assert found == {
        "socket",
        "urllib.request",
        "PySide6.QtNetwork",
        "PySide6.QtNetwork.QNetworkAccessManager",
        "http.client",
    }


# --- the running app ----------------------------------------------------------------------------

_attempts: list[str] = []
_guarding = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Python's audit events see every socket, whoever opens it (even via _socket)."""
    if _guarding and (
        event.startswith("socket.") or event in {"urllib.Request", "http.client.connect"}
    ):
        _attempts.append(f"audit: {event}")
        raise ConnectionRefusedError(f"network attempt during an offline test: {event}")


sys.addaudithook(_audit)  # hooks cannot be removed; this one acts only while guarding


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every attempt to reach the network while the test runs; each also raises."""
    global _guarding

    def refuse(what: str) -> Any:
        def guard(*_args: object, **_kwargs: object) -> Any:
            _attempts.append(what)
            raise ConnectionRefusedError(f"network attempt during an offline test: {what}")

        return guard

    for name in ("__init__", "connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    if importlib.util.find_spec("PySide6.QtNetwork") is not None:
        from PySide6 import QtNetwork

        for cls in ("QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket"):
            if hasattr(QtNetwork, cls):
                monkeypatch.setattr(getattr(QtNetwork, cls), "__init__", refuse(cls))
        monkeypatch.setattr(QtNetwork.QHostInfo, "lookupHost", refuse("QHostInfo.lookupHost"))
        monkeypatch.setattr(QtNetwork.QHostInfo, "fromName", refuse("QHostInfo.fromName"))
    _attempts.clear()
    _guarding = True
    try:
        yield _attempts
    finally:
        _guarding = False


def test_the_guard_catches_connections(network_attempts: list[str]) -> None:
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("example.org", 80), timeout=0.1)
    with pytest.raises(ConnectionRefusedError):
        socket.socket()
    from PySide6.QtNetwork import QNetworkAccessManager

    with pytest.raises(ConnectionRefusedError):
        QNetworkAccessManager()
    assert network_attempts == [
        "socket.create_connection",
        "socket.socket.__init__",
        "QNetworkAccessManager",
    ]
    network_attempts.clear()


@pytest.fixture
def offline_window(app, qtbot, content: Content, network_attempts) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from tests.windows import shown_window

    with shown_window(content, qtbot) as win:  # built under the guard: menus, search, all
        yield win


def test_every_pane_and_item_offline(
    offline_window: MainWindow, content: Content, network_attempts: list[str]
) -> None:
    window = offline_window
    for section in SECTIONS:
        window.navigate(section)
        window.grab()
    refs = [f"partner:{p.id}" for p in content.partners]
    refs += [f"event:{e.id}" for e in content.events]
    refs += [f"batch:{b.id}" for b in content.programme.batches]
    refs += [f"source:{s.id}" for s in content.sources]
    refs += [f"source:{s.id}#{t.id}" for s in content.sources for t in s.sentences]
    refs += [r for e in content.events for r in e.refs]
    for ref in refs:
        assert window.open_ref(ref), ref
    window.grab()
    for _ in refs:
        window.go_back()
    assert network_attempts == []


def test_search_offline(
    offline_window: MainWindow, content: Content, network_attempts: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Typed into the window's search field, results shown, the first one opened."""
    from PySide6.QtCore import Qt

    box = offline_window.search_box
    for query in ("lei", "雷军", "AIoT", "2021", "partner", "shares", "x" * 200, ""):
        box.field.setFocus()
        box.field.clear()
        box.field.insert(query)  # as typed (QTest types only Latin-1)
        qtbot.waitUntil(lambda: box.panel.isVisible() and box.panel.status.text() != "")
        qtbot.wait(box._timer.interval() + 20)  # the debounce has fired
        offline_window.grab()
        if box.panel.model.hit_count():
            qtbot.keyClick(box.field, Qt.Key.Key_Return)
            assert not box.panel.isVisible()
    assert network_attempts == []


def test_export_offline(
    offline_window: MainWindow, tmp_path: Path, network_attempts, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Every File-menu output as a user makes it: print preview, PDF, CSV and JSON."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QFileDialog

    from gui.export.export_controller import ExportController

    def save_as(_parent, _title, proposed, name_filter):  # type: ignore[no-untyped-def]
        return str(tmp_path / Path(proposed).name), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    controller = offline_window.findChild(ExportController)
    assert controller is not None
    dialog = controller.print_preview()
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    dialog.close()
    controller.export_pdf_action.trigger()
    controller.export_csv_action.trigger()
    controller.export_json_action.trigger()
    written = sorted(p.suffix for p in tmp_path.iterdir() if p.stat().st_size > 0)
    assert written == [".csv", ".json", ".pdf"]
    assert network_attempts == []


def test_kiosk_loop_offline(offline_window: MainWindow, qtbot, network_attempts) -> None:  # type: ignore[no-untyped-def]
    from gui.kiosk.kiosk_config import KioskConfig
    from gui.kiosk.kiosk_controller import KioskController

    controller = KioskController(offline_window, KioskConfig())
    controller.install()
    try:
        controller.attract.start()
        for _ in SECTIONS:  # the attract loop's steps, without waiting for its timer
            controller.attract.advance()
            offline_window.grab()
        controller.attract.stop()
        controller.recover()  # what the kiosk does after an error
        controller.reset_to_home(force=True)
    finally:
        controller.uninstall()
    assert network_attempts == []
