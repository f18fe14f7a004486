"""Authoring from the command line: --schema prints the JSON Schemas, --new-bundle writes a
starter bundle that --check accepts. Run as a separate process, as an author would."""

from __future__ import annotations

import json
from pathlib import Path

from gui.content.json_schema import schema_for
from gui.content.schema import BUNDLE_FILES
from tests.test_cli import run


def test_schema_prints_every_file_keyed_by_name() -> None:
    result = run("--schema")
    assert result.returncode == 0, result.stderr
    schemas = json.loads(result.stdout)
    assert list(schemas) == list(BUNDLE_FILES)
    for name, model in BUNDLE_FILES.items():
        assert schemas[name] == schema_for(name, model)


def test_schema_of_one_file() -> None:
    for spelling in ("partners.json", "partners"):
        result = run("--schema", spelling)
        assert result.returncode == 0, result.stderr
        schema = json.loads(result.stdout)
        assert schema == schema_for("partners.json", BUNDLE_FILES["partners.json"])
        assert schema["$id"] == "partners.schema.json"


def test_schema_of_an_unknown_file_is_a_usage_error() -> None:
    result = run("--schema", "people.json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "no bundle file 'people.json'; choose from bundle.json, sources.json" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_says_what_schema_prints() -> None:
    result = run("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "--schema [FILE]" in text
    assert "without FILE, the schemas of all six files as one JSON object keyed by file name" in (
        text
    )
    assert "--new-bundle DIR" in text


def test_new_bundle_passes_check(tmp_path: Path) -> None:
    folder = tmp_path / "my-bundle"
    made = run("--new-bundle", str(folder))
    assert made.returncode == 0, made.stderr
    assert f"--check {folder}" in made.stdout
    checked = run("--check", str(folder))
    assert checked.returncode == 0, checked.stderr
    assert "OK — 1 partners, 1 statements, 1 events, 2 sources" in checked.stdout


def test_new_bundle_refuses_a_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "bundle.json").write_text("mine", encoding="utf-8")
    result = run("--new-bundle", str(tmp_path))
    assert result.returncode == 1
    assert "not empty" in result.stderr
    assert "nothing written" in result.stderr
    assert "Traceback" not in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.json"]
    assert (tmp_path / "bundle.json").read_text(encoding="utf-8") == "mine"
