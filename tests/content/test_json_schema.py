"""The committed JSON Schema files match the models, and every data file points at its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.content import json_schema
from gui.content.schema import BUNDLE_FILES

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "resources" / "schema"
DATA = ROOT / "data"
REGENERATE = "python -m gui.content.json_schema resources/schema"


def test_committed_schemas_match_the_models() -> None:
    expected = json_schema.schema_texts()
    committed = {p.name: p.read_bytes().decode("utf-8") for p in SCHEMA_DIR.glob("*.json")}
    assert sorted(committed) == sorted(expected), (
        f"resources/schema/ holds the wrong files; regenerate with: {REGENERATE}"
    )
    stale = [name for name, text in expected.items() if committed[name] != text]
    assert not stale, f"out of date: {stale}; regenerate with: {REGENERATE}"


def test_one_schema_per_bundle_file() -> None:
    names = set(json_schema.schema_texts())
    assert names == {f"{Path(name).stem}.schema.json" for name in BUNDLE_FILES}


@pytest.mark.parametrize("name", list(BUNDLE_FILES))
def test_schema_text_format(name: str) -> None:
    text = json_schema.schema_texts()[json_schema.schema_name(name)]
    assert text.endswith("}\n")
    schema = json.loads(text)
    assert json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n" == text
    assert schema["$id"] == json_schema.schema_name(name)
    assert schema["$schema"] == json_schema.JSON_SCHEMA_DIALECT
    assert name in schema["title"]
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert "$schema" in schema["properties"]


@pytest.mark.parametrize("name", list(BUNDLE_FILES))
def test_data_file_names_its_schema(name: str) -> None:
    path = DATA / name
    data = json.loads(path.read_text(encoding="utf-8"))
    assert next(iter(data)) == "$schema", "put $schema first, where editors and people look"
    assert data["$schema"] == f"../resources/schema/{Path(name).stem}.schema.json"
    target = (path.parent / data["$schema"]).resolve()
    assert target.is_file()
    schema = json.loads(target.read_text(encoding="utf-8"))
    # Not a full JSON Schema validation (that needs a validator library), but the keys agree.
    assert set(schema["required"]) <= set(data) <= set(schema["properties"])


def test_write_schemas(tmp_path: Path) -> None:
    folder = tmp_path / "out" / "schema"
    written = json_schema.write_schemas(folder)
    assert sorted(p.name for p in written) == sorted(json_schema.schema_texts())
    for path in written:
        assert path.parent == folder
        assert path.read_bytes() == json_schema.schema_texts()[path.name].encode("utf-8")


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert json_schema.main([str(tmp_path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(BUNDLE_FILES)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(json_schema.schema_texts())


@pytest.mark.parametrize("argv", [[], ["a", "b"], ["--help"]])
def test_command_line_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert json_schema.main(argv) == 2
    assert "usage:" in capsys.readouterr().err
