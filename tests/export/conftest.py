"""Shared helpers for the export tests: the PDF tools, and a citation labeller."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.content import Content
from gui.content.schema import Citation
from gui.theming.theme import THEMES
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


# pdftotext reports a ligature glyph of the Latin font as one character ("ﬁ").
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl"})


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text (or one page's) as a search or a copy would find it, with ligatures
    spelled out. Chinese is left as it is: a font that draws 小 with the glyph of the
    Kangxi radical ⼩ makes the PDF say "⼩⽶" for 小米, and the tests must see that."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    return subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout.translate(_LIGATURES)


def radicals(text: str) -> list[str]:
    """Kangxi and CJK radicals in `text`: characters no one types for 小, 月, 日…"""
    return sorted({ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF})


@pytest.fixture
def label_for(app, content: Content) -> Callable[[Citation], str]:  # type: ignore[no-untyped-def]
    return PaneContext(content, THEMES["light"]).label_for
