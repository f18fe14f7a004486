"""Layouts and panels that are rebuilt over and over (a kiosk showing partner after
partner) must leave nothing behind: their layout items are deleted with them."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from gui.views.flow_layout import FlowLayout


def test_a_flow_layout_deletes_its_items_with_it(app) -> None:  # type: ignore[no-untyped-def]
    row = QWidget()
    flow = FlowLayout(row)
    for text in ("one", "two"):
        flow.addWidget(QPushButton(text))
    items = [flow.itemAt(i) for i in range(flow.count())]
    assert all(shiboken6.isValid(item) for item in items)
    del flow  # as in the app: only the widget holds its layout
    row.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(item) for item in items)


def test_partner_details_replace_their_whole_body(window) -> None:  # type: ignore[no-untyped-def]
    detail = window.pane("partners").detail
    partners = window.content.partners
    detail.show_partner(partners[0])
    first = detail.widget()
    detail.show_partner(partners[1])
    assert detail.widget() is not first
    assert first.isHidden()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)
