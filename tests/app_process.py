"""The app in a process of its own, as a user starts it: offscreen, importing this tree.

One way for every test that needs a real process (exit codes, start-up, crashes, a second
instance): `python -m gui ARGS`, or `python -c CODE ARGS` for a script that drives main().
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def app_env(base: Mapping[str, str] | None = None, **extra: str) -> dict[str, str]:
    """`base` (default: this process's environment) offscreen, importing this tree."""
    env = dict(os.environ if base is None else base)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def run_app(
    *args: str | Path,
    code: str | None = None,
    cwd: Path = ROOT,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """Run the app (or `code` with `args` as its argv[1:]) to its end; never hangs."""
    command = [sys.executable, *(["-c", code] if code is not None else ["-m", "gui"])]
    return subprocess.run(
        [*command, *map(str, args)],
        cwd=cwd,
        env=app_env() if env is None else dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
