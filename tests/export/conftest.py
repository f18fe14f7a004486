"""Shared helpers for the export tests: the PDF tools, and a citation labeller."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.content import Content
from gui.content.schema import Citation
from gui.theme import THEMES
from gui.views.pane import PaneContext


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} (poppler-utils) is required on CI")
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def pdf_pages(path: Path) -> int:
    out = subprocess.run(
        [_tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("Pages:"))
    return int(line.split(":", 1)[1])


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def pdf_text(path: Path) -> str:
    """The PDF's text, NFKC-normalised: pdftotext reports a ligature glyph as "ﬁ" and a
    CJK glyph that the font shares with a Kangxi radical as the radical ("⼩" for 小)."""
    return nfkc(
        subprocess.run(
            [_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
            encoding="utf-8",
        ).stdout
    )


@pytest.fixture
def label_for(app, content: Content) -> Callable[[Citation], str]:  # type: ignore[no-untyped-def]
    return PaneContext(content, THEMES["light"]).label_for
