"""Roster exports: CSV (UTF-8 with BOM) and JSON, as filtered and sorted on screen."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.content import Content
from gui.export.roster_csv import (
    COLUMNS,
    all_records,
    partner_citations,
    roster_records,
    write_csv,
    write_json,
)
from gui.roster.partner_table_model import PartnerTableModel
from gui.roster.table_filter_proxy_model import TableFilterProxyModel


@pytest.fixture
def proxy(app, content: Content) -> TableFilterProxyModel:  # type: ignore[no-untyped-def]
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(PartnerTableModel(content, proxy))  # the proxy owns the model
    return proxy


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_round_trips_chinese_names(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roster.csv"
    write_csv(all_records(content, label_for), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets look for
    assert raw.count(b"\xef\xbb\xbf") == 1
    assert b"\r\n" in raw
    rows = _read_csv(path)
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["name"], r["name_zh"]) for r in rows] == [
        (p.name, p.name_zh) for p in content.partners
    ]
    assert any(r["name_zh"] == "雷军" for r in rows)


def test_csv_cells(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roster.csv"
    write_csv(all_records(content, label_for), path)
    by_id = {r["id"]: r for r in _read_csv(path)}
    lei = by_id["lei-jun"]
    assert lei["cohort"] == "founding"
    assert lei["partner_since"] == ""  # the sources give no date
    assert lei["roles"] == "Founder, Chairman and CEO"
    assert "Tencent News" in lei["sources"].split("; ")
    lu = by_id["lu-weibing"]
    assert lu["partner_since"] == "2020-08-16"
    assert len(lu["roles"].split(" | ")) == len(content.partner("lu-weibing").roles)


def test_formulas_are_defused(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    record = replace(all_records(content, label_for)[0], name="=HYPERLINK(1)", name_zh="+1")
    path = tmp_path / "roster.csv"
    write_csv([record], path)
    row = _read_csv(path)[0]
    assert row["name"] == "'=HYPERLINK(1)"
    assert row["name_zh"] == "'+1"


def test_json(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roster.json"
    write_json(all_records(content, label_for), path)
    text = path.read_text(encoding="utf-8")
    assert "雷军" in text  # not \u-escaped
    data = json.loads(text)
    assert isinstance(data, list)
    assert len(data) == len(content.partners)
    lei = data[0]
    assert set(lei) == set(COLUMNS)
    assert lei["name_zh"] == "雷军"
    assert lei["partner_since"] is None
    assert isinstance(lei["roles"], list)
    assert isinstance(lei["sources"], list)


def test_records_follow_the_filter_and_sort(proxy: TableFilterProxyModel, label_for) -> None:  # type: ignore[no-untyped-def]
    proxy.sort(PartnerTableModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    names = [r.name for r in roster_records(proxy, label_for)]
    assert names == sorted(names, reverse=True)
    proxy.set_text("wang")
    names = [r.name for r in roster_records(proxy, label_for)]
    assert names
    assert all("wang" in n.lower() for n in names)
    assert len(names) < proxy.sourceModel().rowCount()
    proxy.set_text("nobody-has-this-name")
    assert roster_records(proxy, label_for) == []


def test_citations_are_collected_once(content: Content) -> None:
    for partner in content.partners:
        cited = partner_citations(partner)
        assert len(cited) == len(set(cited))
        assert set(partner.citations) <= set(cited)


# --- dated, and in the interface language ------------------------------------------------


def test_every_row_says_when_it_is_from(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roster.csv"
    write_csv(all_records(content, label_for), path)
    rows = _read_csv(path)
    assert "as_of" in COLUMNS
    assert {r["as_of"] for r in rows} == {"2020-08-16"}
    by_id = {r["id"]: r for r in rows}
    # Roles as they were that day; what came after in its own column, dated.
    assert by_id["wang-xiang"]["roles"] == "President of Xiaomi Group"
    assert by_id["wang-xiang"]["later"].startswith("2022-12-22: ")
    assert by_id["zhang-feng"]["later"] == ""


def test_roles_in_the_language_asked_for(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roster.json"
    write_json(all_records(content, label_for, language="zh"), path)
    by_id = {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))}
    assert by_id["lu-weibing"]["roles"] == ["集团副总裁、中国区总裁、Redmi品牌总经理"]
    assert by_id["lu-weibing"]["as_of"] == "2020-08-16"
    assert by_id["chew-shou-zi"]["later"][0].startswith("2021-03-24: 小米")
    assert by_id["lei-jun"]["name"] == "Lei Jun"  # names keep both scripts
    assert by_id["lei-jun"]["name_zh"] == "雷军"


def test_the_export_follows_the_interface_language(app, ui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    window = ui.window
    window.navigate("partners")
    controller = ui.export
    translations().switch("zh_CN")
    try:
        records = {r.id: r for r in controller.roster()}
    finally:
        translations().switch("en")
    assert records["lei-jun"].roles == ("创始人、董事长兼CEO",)
    assert {r.as_of for r in records.values()} == {"2020-08-16"}
