"""ElidedButton: a long label shortens to the button's width instead of being cut off."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from gui.views.elided_button import ElidedButton


def _tooltip_text(button: ElidedButton) -> str:
    doc = QTextDocument()
    doc.setHtml(button.toolTip())  # the tooltip is escaped rich text: data stays literal
    return doc.toPlainText()


LONG = "16 August 2020 · Mobile × AIoT, nine partners, new entrepreneurs"


def test_a_narrow_button_elides_its_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = ElidedButton(LONG)
    qtbot.addWidget(button)
    button.show()
    assert button.minimumSizeHint().width() < button.sizeHint().width()
    button.resize(button.sizeHint())
    assert button.text() == LONG
    button.resize(button.minimumSizeHint().width() + 20, button.height())
    QApplication.processEvents()
    assert button.text().endswith("…")
    assert LONG.startswith(button.text()[:-1])
    assert _tooltip_text(button) == LONG
    assert button.full_text() == LONG


def test_ampersands_stay_literal(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = ElidedButton("R&&D spending && more")
    qtbot.addWidget(button)
    button.show()
    button.resize(button.sizeHint())
    assert button.text() == "R&&D spending && more"
    assert _tooltip_text(button) == "R&D spending & more"
