"""The kiosk configuration: an INI file an operator deploys, validated with clear messages.

Pure Python (configparser, checked by pydantic), no Qt. A bad value never stops
the kiosk: it is reported with the file, the key and what was wrong, and its default is used
instead.
"""

from __future__ import annotations

import configparser
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    with_config,
)

from ..content import SECTIONS
from ..content.validation import adapter
from .opening_hours import ALWAYS_OPEN, OpeningHours, parse_hours
from .opening_hours import SECTION as HOURS_SECTION

SECTION = "kiosk"
LANGUAGES = ("en", "zh_CN")
MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
_KEY = re.compile(r"^([A-Z0-9]|F\d{1,2})$")  # an exit chord's key: A-Z, 0-9, F1-F99
_PIN_HASH = re.compile(r"^pbkdf2_sha256\$\d{1,9}\$[0-9a-f]{16,128}\$[0-9a-f]{64}$")
DEFAULT_ATTRACT_ORDER = tuple(s for s in SECTIONS if s != "sources")  # the article is for reading
KineticScrolling = Literal["auto", "touch", "mouse", "off"]
INVALID_PIN_HASH = "!invalid"  # matches no PIN: a malformed hash locks the exit, never opens it


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


def _split_order(value: Any) -> Any:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple):
        unknown = [v for v in value if v not in SECTIONS]
        if unknown:
            raise ValueError(
                f"unknown page {', '.join(map(repr, unknown))}; known: {', '.join(SECTIONS)}"
            )
        if not value:
            raise ValueError("needs at least one page")
    return value


def _known_home(value: str) -> str:
    if value not in SECTIONS:
        raise ValueError(f"unknown page {value!r}; known: {', '.join(SECTIONS)}")
    return value


def _hash_format(value: str) -> str:
    value = value.strip()
    if value and value != INVALID_PIN_HASH and not _PIN_HASH.match(value):
        raise ValueError(
            "not a PIN hash of the form pbkdf2_sha256$<iterations>$<salt>$<hash>; "
            "make one with `strategy-viewer --hash-pin`"
        )
    return value


def _known_language(value: str) -> str:
    if value and value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}; known: {', '.join(LANGUAGES)}")
    return value


def _chord(value: str) -> str:
    *mods, key = value.replace(" ", "").split("+")
    names = {m.lower(): m for m in MODIFIERS}
    mods = [names.get(m.lower(), m) for m in mods]
    key = key.upper()
    if (
        not _KEY.match(key)
        or any(m not in MODIFIERS for m in mods)
        or len(set(mods)) != len(mods)
        or not set(mods) & {"Ctrl", "Alt", "Meta"}
    ):
        raise ValueError(
            "expected modifiers and one key, e.g. Ctrl+Alt+Shift+K "
            f"(modifiers: {', '.join(MODIFIERS)}; at least one of Ctrl, Alt, Meta)"
        )
    return "+".join([*sorted(mods, key=MODIFIERS.index), key])


Finite = Annotated[float, AfterValidator(_finite)]


# The INI file's values are strings: pydantic converts them (lax mode).
@with_config(ConfigDict(extra="forbid"))
@dataclass(frozen=True, kw_only=True)
class KioskConfig:
    """Every kiosk setting with its safe default. Times are in seconds (floats, so tests
    can use milliseconds).

    A plain dataclass, validated by pydantic (`validated`, `parse_kiosk_config`).
    """

    idle_timeout_seconds: Annotated[Finite, Field(gt=0, le=86_400)] = 60.0
    # 0: no attract loop
    attract_interval_seconds: Annotated[Finite, Field(ge=0, le=3_600)] = 8.0
    attract_order: Annotated[tuple[str, ...], BeforeValidator(_split_order)] = DEFAULT_ATTRACT_ORDER
    home: Annotated[str, AfterValidator(_known_home)] = "overview"
    hide_cursor: bool = True
    # "": no PIN, the gesture alone exits (supervised machines only)
    pin_hash: Annotated[str, AfterValidator(_hash_format)] = ""
    # "": the --lang option or the system's language
    language: Annotated[str, AfterValidator(_known_language)] = ""
    font_scale: Annotated[Finite, Field(ge=0.75, le=2.0)] = 1.25
    exit_chord: Annotated[str, AfterValidator(_chord)] = "Ctrl+Alt+Shift+K"
    kinetic_scrolling: KineticScrolling = "auto"
    long_press_seconds: Annotated[float, Field(gt=0, le=60)] = 3.0
    pin_free_attempts: Annotated[int, Field(ge=1, le=20)] = 3
    pin_lockout_seconds: Annotated[float, Field(gt=0, le=3_600)] = 30.0
    # A bundle folder or .strategy file to show and watch (bundle_swap.py); "": none
    bundle: Annotated[str, Field(max_length=4096)] = ""
    # Text fields get the kiosk's own keyboard when tapped (no hardware keyboard).
    on_screen_keyboard: bool = True
    # From the [hours] section, not a [kiosk] key: always open unless it says otherwise.
    hours: OpeningHours = ALWAYS_OPEN

    # --- derived ------------------------------------------------------------------------
    @property
    def requires_pin(self) -> bool:
        """False when no PIN is configured: the hidden gesture alone leaves the kiosk."""
        return bool(self.pin_hash)

    @property
    def idle_timeout_ms(self) -> int:
        return max(1, round(self.idle_timeout_seconds * 1000))

    @property
    def attract_interval_ms(self) -> int:
        return round(self.attract_interval_seconds * 1000)

    @property
    def long_press_ms(self) -> int:
        return max(1, round(self.long_press_seconds * 1000))


_UNUSABLE = (
    "using the default kiosk settings, with the operator exit LOCKED (the PIN hash could "
    "not be read)"
)


_SECTIONS = (SECTION, HOURS_SECTION)
_NOT_KIOSK_KEYS = frozenset({"hours"})  # fields read from a section of their own


def _read(path: Path) -> tuple[dict[str, dict[str, str]] | None, list[str]]:
    """The raw strings of the [kiosk] section and of [hours] if there is one, by section
    (None if the file is unusable), and problems.

    An operator who names a file means to set a PIN in it: if it cannot be used, the
    defaults apply but the exit stays locked rather than open to anyone.
    """
    parser = configparser.ConfigParser(
        interpolation=None, strict=True, inline_comment_prefixes=(";", "#")
    )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None, [f"{path}: file not found; {_UNUSABLE}"]
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{path}: cannot be read ({error}); {_UNUSABLE}"]
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        first = str(error).splitlines()[0]
        return None, [f"{path}: not a valid INI file ({first}); {_UNUSABLE}"]
    if not parser.has_section(SECTION):
        return None, [f"{path}: no [{SECTION}] section; {_UNUSABLE}"]
    problems = [
        f"{path}: section [{name}] is not used (only [{SECTION}] and [{HOURS_SECTION}] are)"
        for name in parser.sections()
        if name not in _SECTIONS
    ]
    sections = {name: dict(parser.items(name)) for name in _SECTIONS if parser.has_section(name)}
    return sections, problems


def parse_kiosk_config(raw: dict[str, str], source: str) -> tuple[KioskConfig, list[str]]:
    """Validate raw INI strings key by key: a bad value falls back to its default alone."""
    problems: list[str] = []
    names = {f.name for f in fields(KioskConfig)} - _NOT_KIOSK_KEYS
    values: dict[str, Any] = {}
    for key, text in raw.items():
        if key not in names:
            problems.append(f"{source}: [{SECTION}] {key}: unknown key, ignored")
        elif key in ("attract_order", "pin_hash", "language", "bundle") or text.strip():
            values[key] = text.strip()
        else:
            problems.append(f"{source}: [{SECTION}] {key}: empty; using the default {_shown(key)}")
    while True:
        try:
            config = validated(values)
        except ValidationError as error:
            for item in error.errors():
                key = str(item["loc"][0]) if item["loc"] else ""
                if key not in values:
                    raise  # not a value of ours: a bug, not a bad file
                message = str(item["msg"]).removeprefix("Value error, ")
                if key == "pin_hash":
                    problems.append(
                        f"{source}: [{SECTION}] pin_hash: {message}; "
                        "the operator exit stays LOCKED until it is fixed"
                    )
                    values[key] = INVALID_PIN_HASH
                else:
                    problems.append(
                        f"{source}: [{SECTION}] {key} = {values.pop(key)!r}: {message}; "
                        f"using the default {_shown(key)}"
                    )
            continue
        return config, problems


def _shown(key: str) -> str:
    default = next(f.default for f in fields(KioskConfig) if f.name == key)
    if isinstance(default, tuple):
        return ",".join(default)
    if isinstance(default, bool):
        return str(default).lower()
    if default == "":
        return "(none)"
    return str(default)


def validated(values: Mapping[str, Any]) -> KioskConfig:
    """`values` (strings from the INI file, or Python values) as a checked KioskConfig;
    raises pydantic's ValidationError."""
    return adapter(KioskConfig).validate_python(dict(values))


def load_kiosk_config(path: Path | None) -> tuple[KioskConfig, list[str]]:
    """The configuration in `path` (defaults if None) and every problem found in it."""
    if path is None:
        return KioskConfig(), []
    sections, problems = _read(path)
    if sections is None:
        return KioskConfig(pin_hash=INVALID_PIN_HASH), problems
    config, more = parse_kiosk_config(sections[SECTION], str(path))
    problems += more
    if HOURS_SECTION in sections:
        hours, more = parse_hours(sections[HOURS_SECTION], str(path))
        config = replace(config, hours=hours)
        problems += more
    return config, problems
