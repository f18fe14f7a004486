"""The real AT-SPI tree (what Orca reads) of the running app, on every pane in both
languages: no interactive object without a name.

Needs Debian's at-spi2-core, python3-pyatspi, dbus and xvfb (installed by .ci/run); the
app runs in a D-Bus session of its own with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and
Debian's python3 walks the tree (tests/a11y/atspi_walk.py). Skipped where any is missing;
tests/a11y/test_accessible_names.py makes the same walk over QAccessible in-process.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gui.content import SECTIONS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _missing() -> str | None:
    for tool in ("dbus-run-session", "xvfb-run", "setsid"):
        if shutil.which(tool) is None:
            return tool
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core"
    if not Path("/usr/bin/python3").exists():
        return "python3"
    probe = subprocess.run(
        ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False
    )
    return "python3-pyatspi" if probe.returncode else None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_unnamed_interactive_object_in_the_atspi_tree(language: str) -> None:
    if missing := _missing():
        pytest.skip(f"{missing} is not installed")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    process = subprocess.Popen(
        [
            "dbus-run-session",
            "--",
            str(HERE / "atspi_session.sh"),
            sys.executable,
            language,
            *SECTIONS,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        out, _ = process.communicate(timeout=100)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
    lines = out.splitlines()
    checked = [int(line.split()[1]) for line in lines if line.startswith("CHECKED")]
    assert len(checked) == len(SECTIONS), out
    assert all(n > 10 for n in checked), out  # the walk reached the window's controls
    unnamed = [line for line in lines if line.startswith(("SECTION", "UNNAMED"))]
    assert [line for line in unnamed if line.startswith("UNNAMED")] == [], "\n".join(unnamed)
