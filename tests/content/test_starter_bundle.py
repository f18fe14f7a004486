"""The starter bundle (`--new-bundle`): valid as written, one of everything, never
written over anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.content import check_bundle, load_bundle
from gui.content.json_schema import schema_texts
from gui.content.schema import BUNDLE_FILES
from gui.content.starter_bundle import SCHEMA_FOLDER, starter_files, write_starter_bundle


def test_written_bundle_loads(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "bundle"  # missing parents are created
    written = write_starter_bundle(folder)
    assert sorted(p.name for p in written if p.parent == folder) == sorted(BUNDLE_FILES)
    assert check_bundle(folder) == []


def test_one_of_everything(tmp_path: Path) -> None:
    write_starter_bundle(tmp_path)
    content = load_bundle(tmp_path)
    [article] = [s for s in content.sources if s.kind == "article"]
    assert len(article.sentences) == 2
    assert len([s for s in content.sources if s.kind == "secondary"]) == 1
    assert len(content.strategy.statements) == 1
    assert len(content.strategy.quotes) == 1
    assert len(content.cohorts) == 1
    assert len(content.partners) == 1
    assert len(content.programme.facts) == 1
    assert len(content.programme.batches) == 1
    assert len(content.events) == 1
    # Everything it links to exists (the loader checks it; the starter shows how).
    assert content.events[0].refs
    assert all(content.resolve(ref) for ref in content.events[0].refs)
    assert content.bundle.highlights


def test_quote_is_verbatim_from_its_sentence() -> None:
    """The bundled content's rule, kept by the example an author copies."""
    files = starter_files()
    sentences = {s["id"]: s["text"] for s in files["sources.json"]["sources"][0]["sentences"]}
    for quote in files["strategy.json"]["quotes"]:
        [citation] = quote["citations"]
        assert quote["text"].rstrip(".") in sentences[citation["sentence"]]


def test_files_name_their_schema_and_the_schemas_come_along(tmp_path: Path) -> None:
    write_starter_bundle(tmp_path)
    for name in BUNDLE_FILES:
        data = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        assert next(iter(data)) == "$schema"
        schema = tmp_path / data["$schema"]
        assert schema.parent == tmp_path / SCHEMA_FOLDER
        assert schema.read_text(encoding="utf-8") == schema_texts()[schema.name]


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not empty"):
        write_starter_bundle(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_refuses_a_file(tmp_path: Path) -> None:
    path = tmp_path / "bundle"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not a folder"):
        write_starter_bundle(path)
    assert path.read_text(encoding="utf-8") == "x"


def test_an_empty_folder_is_fine(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    write_starter_bundle(folder)
    assert check_bundle(folder) == []
