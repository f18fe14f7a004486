"""The settings store: a broken file is moved aside and replaced by defaults, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from gui.desktop.settings import open_settings, value_of


def test_a_missing_file_gives_defaults_quietly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = open_settings(tmp_path / "settings.ini")
    assert settings.status() == QSettings.Status.NoError
    assert settings.allKeys() == []
    assert caplog.text == ""


def test_values_survive_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = open_settings(path)
    settings.setValue("a/flag", True)
    settings.setValue("a/scale", 1.25)
    settings.setValue("a/name", "partners")
    settings.setValue("a/blob", QByteArray(b"\x00\x01\xff"))
    settings.sync()
    again = open_settings(path)
    assert value_of(again, "a/flag", False) is True
    assert value_of(again, "a/scale", 1.0) == 1.25
    assert value_of(again, "a/name", "") == "partners"
    assert value_of(again, "a/blob", b"") == b"\x00\x01\xff"
    assert value_of(again, "a/missing", 7) == 7


def test_a_corrupt_file_is_moved_aside_and_defaults_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[window\ngeometry=\xff\xfe\x00")  # an unterminated section: FormatError
    settings = open_settings(path)
    assert settings.status() == QSettings.Status.NoError
    assert settings.allKeys() == []
    aside = list(tmp_path.glob("settings.ini.corrupt-*"))
    assert len(aside) == 1, "the broken file is kept for a bug report"
    assert aside[0].read_bytes().startswith(b"[window\n")
    assert "is corrupt; moved it to" in caplog.text
    assert caplog.records[0].levelname == "WARNING"
    settings.setValue("window/location", "partners")
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    assert open_settings(path).value("window/location") == "partners"


def test_an_unreadable_file_is_moved_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.ini"
    path.mkdir()  # unreadable as a file, even for root (who may read any file's bytes)
    settings = open_settings(path)
    assert settings.status() == QSettings.Status.NoError
    assert "cannot be read" in caplog.text
    assert list(tmp_path.glob("settings.ini.corrupt-*"))


@pytest.mark.parametrize(
    ("stored", "default"),
    [("not a number", 1.0), ("yes", False), ("1.5", 3), ("nan-sense", 0)],
)
def test_a_value_of_the_wrong_type_falls_back_to_the_default(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, stored: str, default: object
) -> None:
    settings = open_settings(tmp_path / "settings.ini")
    settings.setValue("key", stored)
    assert value_of(settings, "key", default) == default  # type: ignore[type-var]
    assert "ignoring the setting key=" in caplog.text


def test_bytes_expected_but_text_stored(tmp_path: Path) -> None:
    settings = open_settings(tmp_path / "settings.ini")
    settings.setValue("window/geometry", "garbage")
    assert value_of(settings, "window/geometry", b"") == b""
