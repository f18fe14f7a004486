"""The accessibility tree as a screen reader gets it, walked in-process over QAccessible
(the same interfaces Qt's AT-SPI bridge serves; tests/a11y/atspi_walk.py walks the real
AT-SPI tree of a running app)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role

# Objects a visitor acts on: each needs a name to be announced by.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Link,
    Role.ListItem,
    Role.TreeItem,
    Role.Cell,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.MenuItem,
}


def walk(iface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    if depth > 40 or not iface.isValid():
        return
    yield iface
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None:
            yield from walk(child, depth + 1)


def describe(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    kind = type(obj).__name__ if obj is not None else "?"
    parent = iface.parent()
    where = ""
    while parent is not None and parent.isValid() and not where:
        holder = parent.object()
        where = holder.objectName() if holder is not None else ""
        parent = parent.parent()
    return f"{iface.role().name} {kind}#{name} in {where}"


def unnamed_interactive(window: QWidget) -> list[str]:
    """Every shown interactive object of `window` that a screen reader could not name."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    unnamed = []
    for iface in walk(root):
        if iface.role() not in INTERACTIVE or iface.state().invisible:
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            unnamed.append(describe(iface))
    return unnamed
