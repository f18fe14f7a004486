"""Fixtures for the content-layer tests: the bundled data, and editable copies of it.

A broken bundle is built by copying data/ into a temporary folder and editing one JSON
file there, so every test starts from content known to load and changes one thing.
"""

from __future__ import annotations

import json
import shutil
import typing
from collections.abc import Callable, Iterator
from dataclasses import is_dataclass
from pathlib import Path
from typing import Any

import pytest

from gui.content import BundleError, Content, load_bundle
from gui.content.schema import BUNDLE_FILES, Citation, FileModel

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


class BundleCopy:
    """A writable copy of the bundled data/ folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        for name in BUNDLE_FILES:
            shutil.copyfile(DATA / name, folder / name)

    def path(self, name: str) -> Path:
        return self.folder / name

    def read(self, name: str) -> Any:
        return json.loads(self.path(name).read_text(encoding="utf-8"))

    def write(self, name: str, data: Any) -> None:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        self.path(name).write_text(text, encoding="utf-8")

    def edit(self, name: str, change: Callable[[Any], object]) -> None:
        """Apply `change` to the parsed file in place (what it returns is ignored)."""
        data = self.read(name)
        change(data)
        self.write(name, data)

    def write_text(self, name: str, text: str) -> None:
        self.path(name).write_text(text, encoding="utf-8")

    def write_bytes(self, name: str, raw: bytes) -> None:
        self.path(name).write_bytes(raw)

    def remove(self, name: str) -> None:
        self.path(name).unlink()

    def load(self) -> Content:
        return load_bundle(self.folder)

    def error(self) -> BundleError:
        """The BundleError the copy raises; fails the test if it loads."""
        with pytest.raises(BundleError) as info:
            load_bundle(self.folder)
        return info.value

    def problems(self) -> list[str]:
        """Every problem, as the text a user sees."""
        return [str(p) for p in self.error().problems]


@pytest.fixture
def bundle(tmp_path: Path) -> BundleCopy:
    """An editable copy of data/ in a fresh temporary folder."""
    return BundleCopy(tmp_path / "bundle")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


# --- a generic walk over the loaded models -----------------------------------------------
# Found by reflection over the pydantic fields rather than by the loader's explicit walk, so
# that a citation field the loader forgets is still found here.

CITATIONS_TYPE = tuple[Citation, ...]


def _holds_citations(annotation: Any) -> bool:
    if annotation == CITATIONS_TYPE:
        return True
    return any(_holds_citations(arg) for arg in typing.get_args(annotation))


def walk_citations(record: Any, where: str = "") -> Iterator[tuple[str, tuple[Citation, ...]]]:
    """(location, citations) for every field typed as a tuple of citations, at any depth."""
    for name, annotation in typing.get_type_hints(type(record)).items():
        value = getattr(record, name)
        loc = f"{where}.{name}" if where else name
        if _holds_citations(annotation) and isinstance(value, tuple):
            yield loc, value
        else:
            yield from _walk_value(value, loc)


def _walk_value(value: Any, loc: str) -> Iterator[tuple[str, tuple[Citation, ...]]]:
    if is_dataclass(value):  # a class of the schema
        yield from walk_citations(value, loc)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk_value(item, f"{loc}[{i}]")


def all_citation_lists(content: Content) -> Iterator[tuple[str, str, tuple[Citation, ...]]]:
    """(file, location, citations) for every citation list in every file of `content`."""
    roots: dict[str, FileModel] = {
        "bundle.json": content.bundle,
        "sources.json": content.sources_file,
        "strategy.json": content.strategy,
        "partners.json": content.partners_file,
        "programme.json": content.programme,
        "events.json": content.events_file,
    }
    assert set(roots) == set(BUNDLE_FILES), "a bundle file is missing from this walk"
    for file, root in roots.items():
        for loc, citations in walk_citations(root):
            yield file, loc, citations


@pytest.fixture(scope="session")
def citation_lists() -> Callable[[Content], Iterator[tuple[str, str, tuple[Citation, ...]]]]:
    """The generic citation walk, for tests that need it."""
    return all_citation_lists
