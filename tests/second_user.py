"""Another local user on the same machine: `nobody`, through setpriv.

Tests that need one (file permissions that bind, a trap set by another user) run only as
root with setpriv, and only where `nobody` can run this checkout's Python and read its
code: a checkout in a private (0700) folder is out of that user's reach. .ci/run opens the
path to the checkout for that (`o+x` on its folders: search, not read).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

NOBODY = 65534
ROOT = Path(__file__).resolve().parents[1]


def as_nobody(*command: str) -> list[str]:
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]


@cache
def why_no_second_user() -> str:
    """'' when the tests can run a second user; else why not."""
    if sys.platform != "linux" or not hasattr(os, "geteuid"):
        return "POSIX users"
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return "a second user needs root and setpriv"
    probe = subprocess.run(
        as_nobody(sys.executable, "-c", "import PySide6, gui"),
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd="/",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or [""])[-1]
        return f"the user nobody cannot run this checkout (a private folder on its path?) {last}"
    return ""
