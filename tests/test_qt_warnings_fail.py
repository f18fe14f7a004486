"""Qt warnings fail the test suite (pyproject.toml: qt_log_level_fail = "WARNING").

Proved by running pytest, with this project's configuration, on a test that makes Qt warn:
it must fail, and the same test without the warning must pass.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = """
from PySide6.QtCore import qWarning


def test_sample(qapp):
    if WARN:
        qWarning("a sample warning")  # through Qt's message handler, as Qt's own warnings
"""


@pytest.mark.parametrize("warn", [True, False], ids=["warning", "quiet"])
def test_a_qt_warning_fails_the_test(tmp_path: Path, warn: bool) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(f"WARN = {warn}\n{SAMPLE}", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c",
         str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), str(sample)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    if warn:
        assert result.returncode == 1, result.stdout + result.stderr
        assert "Failure: Qt messages with level WARNING or above emitted" in result.stdout
    else:
        assert result.returncode == 0, result.stdout + result.stderr
