"""Wheel build hook: compile the Qt Linguist sources (.ts) into the .qm files Qt loads.

The .qm files are build products, so they are not in git; this hook makes them part of
every wheel, and `make translations` / dev.py make them for the source tree.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    import PySide6  # the build requires PySide6-Essentials, which ships lrelease

    return str(Path(PySide6.__file__).parent / "lrelease")


def compile_translations(root: Path) -> list[Path]:
    """Each .qm is compiled under a temporary name and put in place by a rename, and only
    when it changed: Qt maps a loaded .qm into memory, and a running app (a test beside
    this build, say) whose file were rewritten in place would crash (SIGBUS)."""
    compiled = []
    for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        fresh = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
        try:
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(fresh)], check=True)
            if qm.exists() and qm.read_bytes() == fresh.read_bytes():
                fresh.unlink()
            else:
                os.replace(fresh, qm)
        finally:
            fresh.unlink(missing_ok=True)
        compiled.append(qm)
    return compiled


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The .qm files land in resources/i18n/, which the wheel force-includes as a whole
        # (pyproject.toml) after this hook has run. Adding them here as well would put
        # each in the archive twice, which hatchling refuses.
        compile_translations(Path(self.root))
