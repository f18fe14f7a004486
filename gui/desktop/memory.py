"""Memory around loading the bundle the app will show until it quits. No Qt.

A bundle of 100,000 people is about a million Python objects, none of them ever garbage:

- the cyclic garbage collector would walk them all on each full collection (a pause of a
  third of a second on a modest PC, again and again as the app runs), so once loaded they
  are moved out of its sight (`gc.freeze`); they are still freed normally if dropped;
- parsing the JSON needs about as much memory again for a moment, which the C library
  keeps after it is freed; `release_free_memory` hands it back to the system (glibc's
  `malloc_trim`). The app calls it once the window is up, not as loading ends: the C
  library first sorts through the hundreds of thousands of small blocks the parser freed,
  a tenth of a second better spent after the first paint;
- glibc keeps small freed blocks in "fast bins", unmerged, until a large request makes it
  sort through them all: parsing a large file leaves hundreds of thousands there, so the
  loader turns them off (`without_fast_bins`, `mallopt(M_MXFAST, 0)`) before it parses
  one; the per-thread cache still serves the small requests that come and go. Loading
  100,000 people takes a tenth less time.
"""

from __future__ import annotations

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


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system; False where there is no way to."""
    trim = _malloc_trim()
    return bool(trim and trim(0))


_M_MXFAST = 1  # glibc's malloc.h


def without_fast_bins() -> bool:
    """Turn glibc's fast bins off (see the module's docstring); False where there are
    none to turn off."""
    mallopt = _glibc("mallopt")
    return bool(mallopt and mallopt(_M_MXFAST, 0))


def _malloc_trim() -> Callable[[int], int] | None:
    return _glibc("malloc_trim")


def _glibc(name: str) -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: a start with a small bundle needs none of this

    try:
        # The program's own symbols include the C library's; only glibc has malloc_trim
        # (musl has a mallopt that does nothing).
        return getattr(ctypes.CDLL(None), name, None)
    except OSError:
        return None
