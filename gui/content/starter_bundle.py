"""A small, valid bundle with one of everything: where an author starts (`--new-bundle DIR`).

Every kind of item appears once, with every citation in place, so an author edits and
copies rather than writes from nothing, and `--check DIR` passes before the first edit.
Texts show both ways of writing them: a plain string (English only; `--check` warns that
the Chinese is missing) and {"en": ..., "zh": ...}.
The JSON Schemas go with it (in `schema/`), so an editor completes and checks each file
offline while the author types.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .json_schema import schema_name, schema_texts
from .schema import BUNDLE_FILES, SCHEMA_VERSION

SCHEMA_FOLDER = "schema"


def _cite(sentence: str | None = None) -> list[dict[str, str]]:
    if sentence is None:
        return [{"source": "press-release"}]
    return [{"source": "article", "sentence": sentence}]


def starter_files() -> dict[str, dict[str, Any]]:
    """File name → the starter content of that file, as JSON-ready data."""
    files: dict[str, dict[str, Any]] = {
        "bundle.json": {
            "schema_version": SCHEMA_VERSION,
            "id": "example-2024-01",
            "version": "2024.01.1",
            "title": "Example Corp: Customers First",
            "company": "Example Corp",
            "announced": "2024-01-15",
            "as_of": "2024-01-15",
            "headline": {
                "text": {
                    "en": "On 15 January 2024, Example Corp made “Customers First” its strategy.",
                    "zh": "2024年1月15日，Example Corp将“客户至上”定为公司战略。",
                },
                "citations": _cite("s1"),
            },
            "context": [
                {
                    "text": "The chief executive announced it in a letter to all staff.",
                    "citations": _cite("s2"),
                }
            ],
            "highlights": [
                {
                    "id": "strategy",
                    "value": "1st",
                    "label": "Customers come first",
                    "text": "The new strategy in one line.",
                    "target": "strategy",
                    "citations": _cite("s1"),
                }
            ],
        },
        "sources.json": {
            "sources": [
                {
                    "id": "article",
                    "kind": "article",
                    "title": "Example Corp puts customers first",
                    "publisher": "Example News",
                    "date": "2024-01-15",
                    "language": "en",
                    "note": "The primary source: its sentences are what the app cites.",
                    "sentences": [
                        {
                            "id": "s1",
                            "paragraph": 1,
                            "text": "Example Corp today announced its new strategy, "
                            "“Customers First”.",
                        },
                        {
                            "id": "s2",
                            "paragraph": 2,
                            "text": "“We will put customers first in everything we do,” "
                            "Jane Doe, the chief executive, wrote to all staff.",
                        },
                    ],
                },
                {
                    "id": "press-release",
                    "kind": "secondary",
                    "title": "Example Corp press release",
                    "publisher": "Example Corp",
                    "date": "2024-01-15",
                    "language": "en",
                },
            ]
        },
        "strategy.json": {
            "id": "customers-first",
            "name": "Customers First",
            "name_citations": _cite("s1"),
            "announced": "2024-01-15",
            "summary": {
                "text": "Every decision starts from what customers need.",
                "citations": _cite("s2"),
            },
            "statements": [
                {
                    "id": "everything",
                    "title": "In everything we do",
                    "text": "The strategy covers every part of the company.",
                    "citations": _cite("s2"),
                }
            ],
            "quotes": [
                {
                    "id": "letter",
                    "text": "We will put customers first in everything we do.",
                    "speaker": "jane-doe",
                    "translation": {"zh": "我们做每一件事，都会把客户放在首位。"},
                    "citations": _cite("s2"),
                }
            ],
        },
        "partners.json": {
            "cohorts": [
                {
                    "id": "leaders",
                    "label": "Leadership team",
                    "short_label": "Leaders",
                    "text": "The people who lead the company.",
                    "citations": _cite(),
                }
            ],
            "partners": [
                {
                    "id": "jane-doe",
                    "name": "Jane Doe",
                    "name_zh": "简·多伊",
                    "cohort": "leaders",
                    "partner_since": "2020-03",
                    "roles": [
                        {
                            "text": {"en": "Chief Executive", "zh": "首席执行官"},
                            "wording": {"text": "the chief executive", "citations": _cite("s2")},
                            "citations": _cite("s2"),
                        }
                    ],
                    "later": [
                        {
                            "date": "2024-06",
                            "text": "Something that changed after the day the bundle describes.",
                            "citations": _cite(),
                        }
                    ],
                    "citations": _cite("s2"),
                }
            ],
        },
        "programme.json": {
            "id": "customer-champions",
            "name": "Customer Champions",
            "name_citations": _cite(),
            "summary": {
                "text": "A programme that rewards the staff who serve customers best.",
                "citations": _cite(),
            },
            "facts": [
                {
                    "id": "who",
                    "topic": "who",
                    "title": "Who takes part",
                    "text": "Any employee can be nominated by a customer.",
                    "citations": _cite(),
                }
            ],
            "batches": [
                {
                    "id": "2024-06",
                    "title": "First awards",
                    "date": "2024-06",
                    "recipients": 10,
                    "text": "Ten employees received the first awards.",
                    "citations": _cite(),
                }
            ],
        },
        "events.json": {
            "events": [
                {
                    "id": "2024-01-15",
                    "date": "2024-01-15",
                    "title": "“Customers First” announced",
                    "text": "Jane Doe announces the new strategy in a letter to all staff.",
                    "refs": ["strategy", "partner:jane-doe"],
                    "citations": _cite("s1"),
                }
            ]
        },
    }
    assert list(files) == list(BUNDLE_FILES)
    for name, data in files.items():
        # `$schema` first, so editors and people see it at the top of the file.
        files[name] = {"$schema": f"{SCHEMA_FOLDER}/{schema_name(name)}", **data}
    return files


def write_starter_bundle(folder: Path | str) -> list[Path]:
    """Write the starter bundle and its schemas into `folder` (created if need be).

    Raises FileExistsError if `folder` holds anything: nothing is ever overwritten.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise FileExistsError(f"{folder}: not a folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise FileExistsError(f"{folder}: the folder is not empty; choose a new or empty one")
    written = []
    (folder / SCHEMA_FOLDER).mkdir(parents=True, exist_ok=True)
    for name, text in schema_texts().items():
        written.append(_write(folder / SCHEMA_FOLDER / name, text))
    for name, data in starter_files().items():
        written.append(_write(folder / name, json.dumps(data, ensure_ascii=False, indent=2) + "\n"))
    return written


def _write(path: Path, text: str) -> Path:
    # Bytes, so that no platform turns "\n" into "\r\n"; "x" so that nothing is overwritten.
    with path.open("xb") as file:
        file.write(text.encode("utf-8"))
    return path
