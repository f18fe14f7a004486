"""The partner roster as CSV (for spreadsheets) and as JSON, exactly as the roster is shown:
the rows the Partners pane's filter lets through, in its sort order.

CSV is UTF-8 with a byte-order mark, so that spreadsheet programs (Excel above all) read
the Chinese names as Chinese rather than guessing a legacy code page; lines end in CRLF
as RFC 4180 says. Every row says the day its roles describe (`as_of`), and what came
after that day (`later`, dated); roles and later notes are in the language asked for (the
interface's), names in both scripts. A cell that a spreadsheet would take for a formula
(one that starts with = + - @ or a control character) is prefixed with an apostrophe:
data must never run.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel

from ..content import Content
from ..content.schema import Citation, Localized, Partner
from ..content.text import FALLBACK_TAGS
from ..models.roles import ItemRole

COLUMNS = (
    "id",
    "name",
    "name_zh",
    "roles",
    "as_of",
    "cohort",
    "partner_since",
    "joined_company",
    "later",
    "sources",
)
ROLE_SEPARATOR = " | "  # roles are whole phrases with commas of their own
SOURCE_SEPARATOR = "; "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RosterRecord:
    """One exported partner: plain values, the same for CSV and JSON."""

    id: str
    name: str
    name_zh: str
    roles: tuple[str, ...]
    as_of: str | None
    cohort: str
    partner_since: str | None
    joined_company: str | None
    later: tuple[str, ...]
    sources: tuple[str, ...]

    def csv_row(self) -> list[str]:
        values = asdict(self)
        values["roles"] = ROLE_SEPARATOR.join(self.roles)
        values["later"] = ROLE_SEPARATOR.join(self.later)
        values["sources"] = SOURCE_SEPARATOR.join(self.sources)
        return [_cell(values[c]) for c in COLUMNS]

    def json_object(self) -> dict[str, object]:
        values = asdict(self)
        values["roles"] = list(self.roles)
        values["later"] = list(self.later)
        values["sources"] = list(self.sources)
        return values


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def partner_citations(partner: Partner) -> tuple[Citation, ...]:
    """Every citation behind a partner's facts, first appearance first, no repeats."""
    every = [
        *partner.citations,
        *(c for role in partner.roles for c in role.citations),
        *(partner.joined_company.citations if partner.joined_company else ()),
        *(c for note in partner.notes for c in note.citations),
        *(c for note in partner.later for c in note.citations),
    ]
    return tuple(dict.fromkeys(every))


def _text(text: Localized, language: str) -> str:
    value, fallback = text.text_in(language)
    return f"{value} {FALLBACK_TAGS[language]}" if fallback else value


def record_for(
    partner: Partner,
    label_for: Callable[[Citation], str],
    *,
    language: str = "en",
    as_of: str | None = None,
) -> RosterRecord:
    """One partner's row: roles and later notes in `language` ("en" or "zh"; the other
    language, tagged, where the bundle has no translation), `as_of` the day they describe."""
    labels = dict.fromkeys(label_for(c) for c in partner_citations(partner))
    return RosterRecord(
        id=partner.id,
        name=partner.name,
        name_zh=partner.name_zh,
        roles=tuple(_text(r.text, language) for r in partner.roles),
        as_of=as_of,
        cohort=partner.cohort,
        partner_since=partner.partner_since,
        joined_company=partner.joined_company.date if partner.joined_company else None,
        later=tuple(f"{n.date}: {_text(n.text, language)}" for n in partner.later),
        sources=tuple(labels),
    )


def roster_records(
    model: QAbstractItemModel,
    label_for: Callable[[Citation], str],
    *,
    language: str = "en",
    as_of: str | None = None,
) -> list[RosterRecord]:
    """The partners a roster model (usually the Partners pane's filter proxy) shows, in
    its row order."""
    records = []
    for row in range(model.rowCount()):
        partner = model.index(row, 0).data(ItemRole)
        if isinstance(partner, Partner):
            records.append(record_for(partner, label_for, language=language, as_of=as_of))
    return records


def all_records(
    content: Content, label_for: Callable[[Citation], str], *, language: str = "en"
) -> list[RosterRecord]:
    return [
        record_for(p, label_for, language=language, as_of=content.as_of) for p in content.partners
    ]


def write_csv(records: list[RosterRecord], path: Path) -> None:
    """CSV with a header row, UTF-8 with BOM ("utf-8-sig"), CRLF line ends."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows(r.csv_row() for r in records)


def write_json(records: list[RosterRecord], path: Path) -> None:
    """A JSON array of objects, UTF-8 without escapes (雷军, not \\u96f7\\u519b)."""
    data = [r.json_object() for r in records]
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
