"""Memory around the bundle the app loads and keeps until it quits. No Qt.

A bundle of 100,000 people is about half a million objects the cyclic garbage collector
tracks, none of them ever garbage. Measured at 100k partners and 100k members:

- while they are made, the collector would walk the growing heap again and again: loading
  takes 1.6 to 1.9 s instead of 1.4 s. So it is paused for the load (`kept_for_life`), and
  the bundle is then moved out of its sight (`gc.freeze`): a full collection no longer
  walks it (76 ms each otherwise), nor does building the search index (1.3 s, not 1.4 to
  1.5 s). Frozen objects are still freed normally if dropped. This is the only place the
  app touches the collector.
- parsing needs as much memory again for a moment, which the C library keeps once it is
  freed: `release_free_memory` hands it back to the system (glibc's `malloc_trim`; 267 →
  104 MiB resident). The app calls it once the window is up, not as loading ends, so
  that the first paint does not wait for it.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def kept_for_life() -> Iterator[None]:
    """Load, inside this block, what the process keeps until it exits."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system; False where there is no way to
    (only glibc has `malloc_trim`)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # here, 2 s after the first paint: a start need not wait for it

    try:
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return False
    return bool(trim and trim(0))
