"""Item data roles shared by models and the views/delegates that read them."""

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole.value

ItemRole = _USER + 1  # the content object behind the row (a schema dataclass or Card)
RefRole = _USER + 2  # a reference string ("partner:lu-weibing") that resolves to the row
SortRole = _USER + 3  # a value to sort by when the display text would sort wrongly
CitationsRole = _USER + 4  # tuple[Citation, ...] of the row
SubtitleRole = _USER + 5  # a second line: a date, a Chinese name, a role
AccentRole = _USER + 6  # a colour key for the row ("founding", "2020", "quote")
SearchTextRole = _USER + 7  # normalised text the filter proxy matches against
