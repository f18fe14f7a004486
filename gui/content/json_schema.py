"""JSON Schema for every file of a content bundle, generated from the pydantic models.

Each data file names its schema in a `"$schema"` key, so an editor (VS Code, JetBrains,
anything that speaks JSON Schema) completes and checks the file while an author types. The
committed copies under resources/schema/ are regenerated with

    python -m gui.content.json_schema resources/schema

and a test fails when they drift from the models.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from gui.content.schema import BUNDLE_FILES, SCHEMA_VERSION, FileModel

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_name(file_name: str) -> str:
    """'bundle.json' → 'bundle.schema.json'."""
    return f"{Path(file_name).stem}.schema.json"


def schema_for(file_name: str, model: type[FileModel]) -> dict[str, Any]:
    """The JSON Schema of one bundle file, as the loader validates it."""
    schema = model.model_json_schema(by_alias=True, mode="validation")
    # A relative `$id` resolves against wherever the schema is read from, so the copies in
    # the source tree, an installed wheel and a frozen build all identify themselves.
    schema["$id"] = schema_name(file_name)
    schema["$schema"] = JSON_SCHEMA_DIALECT
    schema["title"] = f"Strategy Viewer content bundle: {file_name}"
    schema["description"] = (
        f"The {file_name} file of a Strategy Viewer content bundle "
        f"(schema version {SCHEMA_VERSION}). Generated from gui/content/schema.py; "
        "do not edit by hand."
    )
    return schema


def schema_texts() -> dict[str, str]:
    """Schema file name → its text: pretty JSON, sorted keys, trailing newline."""
    return {
        schema_name(file_name): json.dumps(
            schema_for(file_name, model), indent=2, sort_keys=True, ensure_ascii=False
        )
        + "\n"
        for file_name, model in BUNDLE_FILES.items()
    }


def write_schemas(folder: Path) -> list[Path]:
    """Write every bundle file's schema into `folder`; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        # Write bytes so that no platform turns "\n" into "\r\n".
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] in {"-h", "--help"}:
        print("usage: python -m gui.content.json_schema DIR", file=sys.stderr)
        return 2
    for path in write_schemas(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
