"""The user's settings store: QSettings in the platform's native format, checked on open.

A settings file that cannot be read or parsed is moved aside (kept for a bug report, never
silently deleted) and replaced by defaults, with a warning in the log: the app always
starts. Values are read through `value_of()`, which falls back to the default for a value
of the wrong type, so a hand-edited file cannot crash the app either.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

_T = TypeVar("_T", bool, int, float, str, bytes)


def open_settings(path: Path | None = None) -> QSettings:
    """The app's settings (a temp INI file when `path` is given, for tests and tools).

    Call after `gui.application.set_identity()`: the native location is derived from the names.
    """
    settings = _open(path)
    status = settings.status()
    if status == QSettings.Status.NoError:
        return settings
    where = settings.fileName()
    reason = "cannot be read" if status == QSettings.Status.AccessError else "is corrupt"
    moved = _move_aside(Path(where)) if where and os.path.exists(where) else None
    if moved is not None:
        log.warning("settings file %s %s; moved it to %s and started with defaults",
                    where, reason, moved)  # fmt: skip
        settings = _open(path)
        if settings.status() == QSettings.Status.NoError:
            return settings
    log.warning("settings file %s %s; using defaults for this session", where, reason)
    settings.clear()
    return settings


def _open(path: Path | None) -> QSettings:
    if path is None:
        return QSettings()
    return QSettings(str(path), QSettings.Format.IniFormat)


def _move_aside(path: Path) -> Path | None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        path.rename(target)
    except OSError as error:
        log.warning("could not move %s aside: %s", path, error)
        return None
    return target


def value_of(settings: QSettings, key: str, default: _T) -> _T:
    """The stored value converted to the default's type, or the default (with a warning)
    when it is missing or cannot be converted."""
    raw = settings.value(key)
    if raw is None:
        return default
    kind = type(default)
    try:
        if kind is bool:
            if isinstance(raw, str) and raw.lower() in {"true", "false"}:
                return raw.lower() == "true"
            if isinstance(raw, bool):
                return raw
            raise ValueError(raw)
        if kind is bytes:
            if isinstance(raw, bytes | bytearray):
                return bytes(raw)  # type: ignore[return-value]
            if hasattr(raw, "data"):  # QByteArray
                return bytes(raw.data())  # type: ignore[return-value]
            raise ValueError(raw)
        if kind is str:
            if isinstance(raw, str):
                return raw  # type: ignore[return-value]
            raise ValueError(raw)
        return kind(raw)
    except (TypeError, ValueError):
        log.warning("ignoring the setting %s=%r: not a %s", key, raw, kind.__name__)
        return default
