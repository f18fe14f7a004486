"""The synthetic bundle generator, and a large bundle's loading, filtering and search.

No timings here (bench/run.py measures); only that a large bundle is right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.content import Content, load_bundle
from gui.content.schema import BUNDLE_FILES
from gui.content.synthetic import main, write_bundle

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Content:
    """A 10,000-partner, 5,000-member bundle, written and loaded once for this module."""
    folder = write_bundle(tmp_path_factory.mktemp("large"), partners=10_000, members=5_000)
    return load_bundle(folder)


def test_a_small_bundle_loads_with_the_counts_asked_for(tmp_path: Path) -> None:
    content = load_bundle(write_bundle(tmp_path, partners=50, members=20))
    assert len(content.partners) == 50
    assert len(content.programme.members) == 20
    real = load_bundle(DATA)
    assert content.partners[: len(real.partners)] == real.partners
    assert content.strategy == real.strategy
    assert content.events_file == real.events_file


def test_other_files_are_copied_unchanged(tmp_path: Path) -> None:
    write_bundle(tmp_path, partners=20)
    for name in BUNDLE_FILES:
        if name not in ("partners.json", "programme.json"):
            assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
    assert "members" not in json.loads((tmp_path / "programme.json").read_text("utf-8"))


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    write_bundle(tmp_path / "a", partners=200, members=50, seed=3)
    write_bundle(tmp_path / "b", partners=200, members=50, seed=3)
    write_bundle(tmp_path / "c", partners=200, members=50, seed=4)
    a, b, c = (tmp_path / x / "partners.json" for x in "abc")
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "out"), "--partners", "30", "--members", "5"]) == 0
    assert "30 partners, 5 programme members" in capsys.readouterr().out
    assert len(load_bundle(tmp_path / "out").partners) == 30
    with pytest.raises(SystemExit):
        main([str(tmp_path / "out"), "--partners", "3"])  # fewer than the real partners
    assert "at least 9 partners" in capsys.readouterr().err


def test_a_large_bundle_is_varied(large: Content) -> None:
    partners = large.partners
    assert len(partners) == 10_000
    assert len({p.id for p in partners}) == 10_000
    assert len({p.name for p in partners}) > 2_000  # varied, with some namesakes
    assert len({p.name for p in partners}) < 10_000
    assert {p.cohort for p in partners} == {c.id for c in large.cohorts}
    assert sum("·" in p.name_zh for p in partners) > 100  # international names too
    assert sum(len(p.roles) > 1 for p in partners) > 500
    members = large.programme.members
    assert len(members) == 5_000
    batches = {b.id for b in large.programme.batches}
    assert {m.batch for m in members} == batches | {None}
    # Every citation resolves to a real source (and sentence): the loader checked it.
    assert all(large.source(c.source) for m in members for c in m.citations)
