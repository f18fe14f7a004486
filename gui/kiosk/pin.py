"""The operator PIN: stored only as a salted PBKDF2-SHA256 hash, checked in constant time.

Hash format (one line, safe to paste into kiosk.ini):
``pbkdf2_sha256$<iterations>$<salt-hex>$<hash-hex>``. The PIN itself is never stored,
printed or logged; `AttemptLimiter` makes guessing slow after a few wrong tries.
Pure Python, no Qt.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import time
from collections.abc import Callable

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256; ~0.3 s per check
SALT_BYTES = 16
MIN_LENGTH = 4
MAX_LENGTH = 12


def is_valid_pin(pin: str) -> bool:
    """A PIN is 4 to 12 ASCII digits: what the on-screen pad can type."""
    return MIN_LENGTH <= len(pin) <= MAX_LENGTH and pin.isascii() and pin.isdigit()


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)


def hash_pin(pin: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The line to store for `pin`. Raises ValueError for a PIN the pad cannot type."""
    if not is_valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits")
    if iterations < 1:
        raise ValueError("iterations must be positive")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _derive(pin, salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def _parse(stored: str) -> tuple[int, bytes, bytes] | None:
    parts = stored.strip().split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        return None
    try:
        iterations = int(parts[1])
        salt, digest = bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    except ValueError:
        return None
    if not (1 <= iterations <= 10_000_000) or not salt or len(digest) != 32:
        return None
    return iterations, salt, digest


def is_pin_hash(stored: str) -> bool:
    return _parse(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    """True if `pin` matches the stored hash. A malformed hash matches nothing."""
    parsed = _parse(stored)
    if parsed is None or not is_valid_pin(pin):
        return False
    iterations, salt, digest = parsed
    return hmac.compare_digest(_derive(pin, salt, iterations), digest)


class AttemptLimiter:
    """Exponential back-off: the `free_attempts`-th wrong PIN in a row locks the pad for
    `base_delay`, each further one for twice as long as the last, up to `max_delay`.
    A run of failures is forgotten after a correct PIN or a quiet spell of `forget_after`."""

    def __init__(
        self,
        free_attempts: int = 3,
        base_delay: float = 30.0,
        max_delay: float = 900.0,
        forget_after: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.free_attempts = free_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.forget_after = forget_after
        self._clock = clock
        self.failures = 0
        self._last_failure = -math.inf
        self._locked_until = -math.inf

    def locked_for(self) -> float:
        """Seconds until another attempt is allowed (0 when it is allowed now)."""
        return max(0.0, self._locked_until - self._clock())

    def record_failure(self) -> float:
        """Count a wrong PIN; returns the lock-out it starts (0 while attempts are free)."""
        now = self._clock()
        if now - self._last_failure > self.forget_after:
            self.failures = 0
        self.failures += 1
        self._last_failure = now
        over = self.failures - self.free_attempts
        if over < 0:
            return 0.0
        delay = float(min(self.max_delay, self.base_delay * 2 ** min(over, 30)))
        self._locked_until = now + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._last_failure = -math.inf
        self._locked_until = -math.inf
