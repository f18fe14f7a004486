"""Memory around loading the bundle the app will show until it quits. No Qt.

A bundle of 100,000 people is about a million Python objects, none of them ever garbage:

- the cyclic garbage collector would walk them all on each full collection (a pause of a
  third of a second on a modest PC, again and again as the app runs), so once loaded they
  are moved out of its sight (`gc.freeze`); they are still freed normally if dropped;
- parsing the JSON needs about as much memory again for a moment, which the C library
  keeps after it is freed; it is handed back to the system (`malloc_trim`, glibc only), so
  the window and its images reuse none of the peak and add to a smaller resident size.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def kept_for_life() -> Iterator[None]:
    """Load, inside this block, what the process keeps until it exits."""
    enabled = gc.isenabled()
    gc.disable()  # the loader pauses it too; this keeps it off until the freeze
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
        release_free_memory()


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system; False where there is no way to."""
    trim = _malloc_trim()
    return bool(trim and trim(0))


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The program's own symbols include the C library's; only glibc has malloc_trim.
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None
