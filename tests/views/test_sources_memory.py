"""The Sources pane lays out each article in a new document: the one before must go.

A kiosk showing source after source kept every article's document (with its layout) as a
child of the text browser until the window closed: +9 QTextDocuments and ~12 MiB in 1,200
simulated visitor events. Found by the visitor simulator (tests/kiosk/visitor_simulator.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextDocument


def test_showing_source_after_source_keeps_one_document(window) -> None:  # type: ignore[no-untyped-def]
    window.navigate("sources")
    pane = window.pane("sources")
    rows = pane.model.rowCount()
    assert rows >= 2
    for _ in range(3):
        for row in range(rows):
            pane._select_row(row)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert pane.text.findChildren(QTextDocument) == [pane.text.document()]
