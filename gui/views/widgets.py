"""Small widget factories shared by the panes. Text from data is always plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget


def plain_label(
    text: str = "",
    object_name: str = "",
    *,
    wrap: bool = True,
    selectable: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    """A QLabel that never interprets its text as rich text or opens links."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setIndent(0)  # a stylesheet padding would otherwise add a half-'x' indent
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, f"heading{level}", parent=parent)
    label.setAccessibleName(text)
    return label


def card_frame(object_name: str = "card", parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame
