"""The validators are built once, kept in the cache folder, and loaded by later starts.

A kept validator must validate exactly as a freshly built one, and anything wrong with what
is kept (damaged, for another schema, unwritable folder) must only cost a rebuild.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import pytest

from gui.content import load_bundle, validation
from gui.content import schema as schema_module
from gui.content.constraints import Length

if TYPE_CHECKING:  # the `bundle` fixture's type; tests get it from tests/content/conftest.py
    from conftest import BundleCopy


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache folder, and no validators in this process yet."""
    folder = tmp_path / "cache"
    monkeypatch.setattr(validation.BUNDLE, "_validators", None)
    monkeypatch.setattr(validation, "_cache_folder", folder)
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times pydantic builds the validators."""
    count: list[int] = []
    real = validation.BUNDLE.build

    def counted() -> dict[str, validation.Validator]:
        count.append(1)
        return real()

    monkeypatch.setattr(validation.BUNDLE, "build", counted)
    return count


def _next_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with: no validators in memory."""
    monkeypatch.setattr(validation.BUNDLE, "_validators", None)


def _kept_path() -> Path:
    path = validation.BUNDLE.kept_file(validation.BUNDLE.shape())
    assert path is not None
    return path


def test_the_first_load_builds_and_keeps_the_validators_and_the_next_loads_them(
    cache: Path, builds: list[int], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_bundle(data_dir)
    assert len(builds) == 1
    assert [p.name for p in cache.iterdir()] == [_kept_path().name]

    _next_start(monkeypatch)
    again = load_bundle(data_dir)
    assert len(builds) == 1  # loaded, not built
    assert again == first


def test_kept_validators_reject_what_built_ones_reject(
    cache: Path, builds: list[int], bundle: BundleCopy, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle.edit("partners.json", lambda d: d["partners"][0].update(name="", colour="red"))
    built = bundle.problems()
    _next_start(monkeypatch)
    kept = bundle.problems()
    assert len(builds) == 1
    assert (
        kept
        == built
        == [
            'partners.json: partners[0].name: string should have at least 1 character (got "")',
            "partners.json: partners[0].colour: unknown field (not in the schema)",
        ]
    )


def test_a_damaged_kept_file_is_built_anew(
    cache: Path, builds: list[int], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.mkdir()
    _kept_path().write_bytes(b"\x80\x05not a pickle at all")
    load_bundle(data_dir)
    assert len(builds) == 1
    kept = pickle.loads(_kept_path().read_bytes())
    assert kept["shape"] == validation.BUNDLE.shape()

    _next_start(monkeypatch)
    load_bundle(data_dir)
    assert len(builds) == 1


def test_validators_kept_for_another_schema_are_not_used(
    cache: Path, builds: list[int], data_dir: Path
) -> None:
    # The same file name (a checksum can collide), another schema inside: not used.
    cache.mkdir()
    other = {"shape": "another schema", "validators": validation.BUNDLE.build()}
    _kept_path().write_bytes(pickle.dumps(other))
    load_bundle(data_dir)
    assert len(builds) == 2  # the one above, and the load's own
    assert pickle.loads(_kept_path().read_bytes())["shape"] == validation.BUNDLE.shape()


def test_validators_kept_for_older_schemas_are_removed(cache: Path, data_dir: Path) -> None:
    cache.mkdir()
    (cache / "validators-00000000.pickle").write_bytes(b"old")
    (cache / "icons").mkdir()  # the app's other cached files are left alone
    load_bundle(data_dir)
    assert sorted(p.name for p in cache.iterdir()) == ["icons", _kept_path().name]


def test_a_cache_folder_that_cannot_be_written_only_costs_a_build_each_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[int], data_dir: Path
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setattr(validation.BUNDLE, "_validators", None)
    monkeypatch.setattr(validation, "_cache_folder", blocked / "cache")
    assert load_bundle(data_dir).partners
    _next_start(monkeypatch)
    assert load_bundle(data_dir).partners
    assert len(builds) == 2


def test_without_a_cache_folder_nothing_is_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path
) -> None:
    monkeypatch.setattr(validation.BUNDLE, "_validators", None)
    monkeypatch.setattr(validation, "_cache_folder", None)
    monkeypatch.chdir(tmp_path)
    assert load_bundle(data_dir).partners
    assert list(tmp_path.iterdir()) == []


def test_the_shape_is_the_same_each_time_and_changes_with_the_schema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shape = validation.BUNDLE.shape()
    assert validation.BUNDLE.shape() == shape
    assert " at 0x" not in shape  # no object addresses, which differ between processes
    assert "check_partial_date" in shape
    assert "shared_citation_list" in shape

    def other_length(self: Length, source: Any, handler: Any) -> Any:
        return handler(source)

    monkeypatch.setattr(Length, "__get_pydantic_core_schema__", other_length)
    assert validation.BUNDLE.shape() != shape  # what a marker does, not only its name
    monkeypatch.undo()
    monkeypatch.setattr(schema_module, "ShortText", Annotated[str, Length(1, 5)])
    assert validation.BUNDLE.shape() != shape
    monkeypatch.undo()
    config = {"strict": False, "extra": "forbid"}
    monkeypatch.setattr(schema_module.Record, "__pydantic_config__", config)
    assert validation.BUNDLE.shape() != shape
