"""Limits the loader enforces against hostile or mistaken bundles, beyond those in
test_loader.py (which covers the size limit's message, unreadable files, links leaving the
folder, invalid UTF-8, deep nesting and a directory in place of a file): each is refused
with a clear message, quickly, without reading more than it must."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from gui.content import loader
from gui.content.schema import MAX_SHORT, MAX_TEXT

if TYPE_CHECKING:  # the `bundle` fixture's type; tests get it from tests/content/conftest.py
    from conftest import BundleCopy

FAST = 5.0  # seconds: generous for a loaded CI machine; the real bundle loads in milliseconds


def test_file_over_the_real_size_limit_is_not_read(bundle: BundleCopy) -> None:
    """1 MB over the limit (sparse: it costs no disk) is refused from its size alone, unread."""
    size = loader.MAX_FILE_BYTES + 1024 * 1024
    with bundle.path("sources.json").open("r+b") as file:
        file.truncate(size)
    started = time.monotonic()
    problems = bundle.problems()
    assert time.monotonic() - started < FAST
    assert problems == [
        f"sources.json: too large ({size:,} bytes; the limit is {loader.MAX_FILE_BYTES:,})"
    ]


def test_text_over_the_length_limit(bundle: BundleCopy) -> None:
    bundle.edit("events.json", lambda d: d["events"][0].update(text="x" * (MAX_TEXT + 1)))
    [problem] = bundle.problems()
    assert problem.startswith(
        f"events.json: events[0].text: string should have at most {MAX_TEXT} characters"
    )
    assert len(problem) < 200  # the 20,001 characters are not repeated back


def test_name_over_the_length_limit(bundle: BundleCopy) -> None:
    bundle.edit("partners.json", lambda d: d["partners"][0].update(name="N" * (MAX_SHORT + 1)))
    [problem] = bundle.problems()
    assert problem.startswith(
        f"partners.json: partners[0].name: string should have at most {MAX_SHORT} characters"
    )


def test_one_huge_string_within_the_size_limit(bundle: BundleCopy) -> None:
    """10 MB in one field: refused as too long, quickly, in a one-line message."""
    bundle.edit("events.json", lambda d: d["events"][0].update(text="y" * 10_000_000))
    started = time.monotonic()
    [problem] = bundle.problems()
    assert time.monotonic() - started < FAST
    assert "string should have at most" in problem
    assert len(problem) < 200


@pytest.mark.parametrize(
    ("file", "where", "count", "limit"),
    [
        ("strategy.json", ("statements",), 1001, 1000),
        ("bundle.json", ("highlights",), 13, 12),
        ("events.json", ("events", 0, "citations"), 51, 50),
        ("partners.json", ("partners", 0, "roles"), 21, 20),
    ],
    ids=["statements", "highlights", "citations", "roles"],
)
def test_too_many_items(
    bundle: BundleCopy, file: str, where: tuple[str | int, ...], count: int, limit: int
) -> None:
    def grow(data: dict) -> None:  # type: ignore[type-arg]
        *path, key = where
        node = data
        for step in path:
            node = node[step]
        node[key] = [node[key][0]] * count

    bundle.edit(file, grow)
    location = where[0] + "".join(f"[{w}]" if isinstance(w, int) else f".{w}" for w in where[1:])
    expected = (
        f"{file}: {location}: tuple should have at most {limit} items after validation, not {count}"
    )
    assert expected in bundle.problems()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_named_pipe_is_refused_without_blocking(bundle: BundleCopy) -> None:
    """Opening a pipe with no writer blocks forever: the loader must not try."""
    bundle.remove("events.json")
    os.mkfifo(bundle.path("events.json"))
    started = time.monotonic()
    assert bundle.problems() == ["events.json: not a regular file"]
    assert time.monotonic() - started < FAST


def test_link_to_a_device_is_refused(bundle: BundleCopy) -> None:
    """/dev/zero never ends: a link to it must be refused before anything is read."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    bundle.remove("events.json")
    try:
        bundle.path("events.json").symlink_to("/dev/zero")
    except OSError as error:  # pragma: no cover - Windows without developer mode
        pytest.skip(f"cannot create symlinks: {error}")
    assert bundle.problems() == ["events.json: links outside the bundle folder"]


def test_the_authoring_guide_states_the_limits() -> None:
    """docs/bundles.md tells authors the limits the loader enforces."""
    from gui.content.schema import MAX_ITEMS

    guide = (Path(__file__).resolve().parents[2] / "docs" / "bundles.md").read_text("utf-8")
    assert f"a file is at most {loader.MAX_FILE_BYTES // (1024 * 1024)} MB" in guide
    assert f"title at most {MAX_SHORT} characters" in guide
    assert f"a text at most {MAX_TEXT:,}" in guide
    assert f"{MAX_ITEMS:,} partners or events" in guide
