"""Wheel build hook: compile the Qt Linguist sources (.ts) into the .qm files Qt loads.

The .qm files are build products, so they are not in git; this hook makes them part of
every wheel, and `make translations` / dev.py make them for the source tree.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    import PySide6  # the build requires PySide6-Essentials, which ships lrelease

    return str(Path(PySide6.__file__).parent / "lrelease")


def compile_translations(root: Path) -> list[Path]:
    sources = sorted((root / "resources" / "i18n").glob("*.ts"))
    if sources:
        subprocess.run([lrelease(), "-silent", *map(str, sources)], check=True)
    return [ts.with_suffix(".qm") for ts in sources]


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The .qm files land in resources/i18n/, which the wheel force-includes as a whole
        # (pyproject.toml) after this hook has run. Adding them here as well would put
        # each in the archive twice, which hatchling refuses.
        compile_translations(Path(self.root))
