"""The PIN is stored only as a salted hash, and guessing it gets slower and slower."""

from __future__ import annotations

import re
from dataclasses import asdict

import pytest

from gui.kiosk.kiosk_config import KioskConfig
from gui.kiosk.pin import AttemptLimiter, hash_pin, is_pin_hash, verify_pin

FORMAT = re.compile(r"^pbkdf2_sha256\$(\d+)\$([0-9a-f]{32})\$([0-9a-f]{64})$")


def test_the_hash_has_the_documented_format_and_verifies() -> None:
    stored = hash_pin("246810", iterations=1_000)
    match = FORMAT.match(stored)
    assert match is not None
    assert match.group(1) == "1000"
    assert is_pin_hash(stored)
    assert verify_pin("246810", stored)
    assert not verify_pin("246811", stored)
    assert not verify_pin("", stored)


def test_the_default_strength_is_high() -> None:
    assert FORMAT.match(hash_pin("2468")).group(1) == "600000"  # type: ignore[union-attr]


def test_each_hash_is_salted() -> None:
    assert hash_pin("2468", iterations=1_000) != hash_pin("2468", iterations=1_000)


def test_the_pin_is_never_in_the_stored_text(pin: str, pin_hash: str) -> None:
    stored = hash_pin(pin, iterations=1_000, salt=bytes(16))
    assert pin not in stored
    config = KioskConfig(pin_hash=pin_hash)
    assert pin not in str(asdict(config))
    assert pin not in repr(config)


@pytest.mark.parametrize("bad", ["123", "1234567890123", "12a4", "١٢٣٤", " 1234"])
def test_only_pins_the_pad_can_type_are_accepted(bad: str) -> None:
    with pytest.raises(ValueError, match="digits"):
        hash_pin(bad)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "1234",
        "pbkdf2_sha256$0$00$" + "0" * 64,
        "pbkdf2_sha256$1000$zz$" + "0" * 64,
        "pbkdf2_sha256$1000$00$" + "0" * 10,
        "md5$1000$00$" + "0" * 64,
    ],
)
def test_a_malformed_hash_matches_nothing(stored: str) -> None:
    assert not is_pin_hash(stored)
    assert not verify_pin("1234", stored)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_back_off_doubles_after_the_free_attempts() -> None:
    clock = FakeClock()
    limiter = AttemptLimiter(free_attempts=3, base_delay=30, max_delay=100, clock=clock)
    assert [limiter.record_failure() for _ in range(2)] == [0, 0]
    assert limiter.locked_for() == 0
    assert limiter.record_failure() == 30
    assert limiter.locked_for() == 30
    clock.now += 30
    assert limiter.locked_for() == 0
    assert limiter.record_failure() == 60
    clock.now += 60
    assert limiter.record_failure() == 100  # capped
    limiter.record_success()
    assert limiter.locked_for() == 0
    assert limiter.record_failure() == 0


def test_failures_are_forgotten_after_a_quiet_spell() -> None:
    clock = FakeClock()
    limiter = AttemptLimiter(free_attempts=2, base_delay=10, forget_after=600, clock=clock)
    limiter.record_failure()
    clock.now += 601
    assert limiter.record_failure() == 0
    assert limiter.failures == 1
