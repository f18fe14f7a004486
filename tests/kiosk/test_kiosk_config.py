"""kiosk.ini: defaults, the shipped example, and bad values reported with file and key."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pytest

from gui.kiosk.kiosk_config import (
    DEFAULT_ATTRACT_ORDER,
    INVALID_PIN_HASH,
    KioskConfig,
    load_kiosk_config,
)
from gui.kiosk.pin import verify_pin

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "kiosk" / "kiosk.example.ini"
GUIDE = ROOT / "docs" / "kiosk.md"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "kiosk.ini"
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_are_safe_for_a_public_screen() -> None:
    config = KioskConfig()
    assert config.idle_timeout_seconds == 60
    assert config.attract_order == DEFAULT_ATTRACT_ORDER
    assert config.home == "overview"
    assert config.hide_cursor
    assert config.font_scale == 1.25
    assert config.exit_chord == "Ctrl+Alt+Shift+K"


def test_the_shipped_example_loads_without_a_problem() -> None:
    config, problems = load_kiosk_config(EXAMPLE)
    assert problems == []
    defaults = KioskConfig()
    # The example documents the defaults; only the language is set explicitly.
    assert replace(config, language="") == replace(defaults, language="")
    assert config.language == "en"


def test_the_operator_guide_documents_every_key_and_default() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    for field in fields(KioskConfig):
        if field.name == "hours":
            assert "[hours]" in guide  # a section of its own, with its own part of the guide
            continue
        name, default = field.name, field.default
        if isinstance(default, tuple):
            shown = ",".join(default)
        elif isinstance(default, bool):
            shown = str(default).lower()
        else:
            shown = str(default).removesuffix(".0")
        row = f"| `{name}` | " + (f"`{shown}`" if shown else "*(empty)*")
        assert row in guide, row


def test_good_values_are_read(tmp_path: Path, pin_hash: str) -> None:
    path = _write(
        tmp_path,
        "[kiosk]\n"
        "idle_timeout_seconds = 90 ; a comment\n"
        "attract_interval_seconds=0\n"
        "attract_order = partners, timeline\n"
        "home=partners\n"
        "hide_cursor=no\n"
        f"pin_hash={pin_hash}\n"
        "language=zh_CN\n"
        "font_scale=1.5\n"
        "exit_chord=ctrl+alt+x\n",
    )
    config, problems = load_kiosk_config(path)
    assert problems == []
    assert config.idle_timeout_seconds == 90
    assert config.attract_interval_seconds == 0
    assert config.attract_order == ("partners", "timeline")
    assert config.home == "partners"
    assert not config.hide_cursor
    assert config.requires_pin
    assert config.language == "zh_CN"
    assert config.font_scale == 1.5
    assert config.exit_chord == "Ctrl+Alt+X"


@pytest.mark.parametrize(
    ("line", "key", "default"),
    [
        ("idle_timeout_seconds=soon", "idle_timeout_seconds", 60.0),
        ("idle_timeout_seconds=-5", "idle_timeout_seconds", 60.0),
        ("attract_interval_seconds=inf", "attract_interval_seconds", 8.0),
        ("attract_order=overview,lobby", "attract_order", DEFAULT_ATTRACT_ORDER),
        ("home=lobby", "home", "overview"),
        ("hide_cursor=perhaps", "hide_cursor", True),
        ("language=fr", "language", ""),
        ("font_scale=9", "font_scale", 1.25),
        ("exit_chord=K", "exit_chord", "Ctrl+Alt+Shift+K"),
        ("kinetic_scrolling=sideways", "kinetic_scrolling", "auto"),
        ("long_press_seconds=", "long_press_seconds", 3.0),
    ],
)
def test_a_bad_value_is_reported_and_replaced_by_its_default(
    tmp_path: Path, line: str, key: str, default: object
) -> None:
    kept_key, kept = ("home", "partners") if key != "home" else ("font_scale", 1.5)
    path = _write(tmp_path, f"[kiosk]\n{kept_key}={kept}\n{line}\n")
    config, problems = load_kiosk_config(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: [kiosk] {key}")
    assert "default" in problems[0]
    assert getattr(config, key) == default
    assert getattr(config, kept_key) == kept  # the good values around it are kept


def test_an_unknown_key_is_reported(tmp_path: Path) -> None:
    config, problems = load_kiosk_config(_write(tmp_path, "[kiosk]\nidle_timout_seconds=5\n"))
    assert problems == [
        f"{tmp_path / 'kiosk.ini'}: [kiosk] idle_timout_seconds: unknown key, ignored"
    ]
    assert config == KioskConfig()


def test_a_malformed_pin_hash_locks_the_exit(tmp_path: Path) -> None:
    config, problems = load_kiosk_config(_write(tmp_path, "[kiosk]\npin_hash=1234\n"))
    assert "pin_hash" in problems[0]
    assert "LOCKED" in problems[0]
    assert config.pin_hash == INVALID_PIN_HASH
    assert config.requires_pin
    assert not verify_pin("1234", config.pin_hash)


@pytest.mark.parametrize(
    "body",
    [
        None,  # missing
        "idle_timeout_seconds=5\n",  # no section header
        "[kiosk]\nhome=overview\nhome=partners\n",  # a key twice
        "[other]\nhome=overview\n",  # no [kiosk] section
        b"[kiosk]\nhome=\xff\n",  # not UTF-8
    ],
    ids=["missing", "no-header", "duplicate", "no-section", "not-utf8"],
)
def test_an_unusable_file_gives_defaults_with_the_exit_locked(
    tmp_path: Path, body: str | bytes | None
) -> None:
    path = tmp_path / "kiosk.ini"
    if isinstance(body, bytes):
        path.write_bytes(body)
    elif body is not None:
        path.write_text(body, encoding="utf-8")
    config, problems = load_kiosk_config(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: ")
    assert replace(config, pin_hash="") == KioskConfig()
    assert config.pin_hash == INVALID_PIN_HASH


def test_no_file_at_all_gives_the_defaults() -> None:
    assert load_kiosk_config(None) == (KioskConfig(), [])
