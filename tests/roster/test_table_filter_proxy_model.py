"""The bulk filter proxy and the members model: Qt's model tester, and the same answers as
a plain filter would give, on the bundled roster and on a large synthetic one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from gui.content import Content, load_bundle
from gui.content.synthetic import write_bundle
from gui.models.roles import AccentRole, ItemRole, SearchTextRole
from gui.roster.member_table_model import MemberTableModel
from gui.roster.partner_table_model import PartnerTableModel
from gui.roster.table_filter_proxy_model import TableFilterProxyModel


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Content:
    """10,000 partners and 10,000 members."""
    folder = write_bundle(tmp_path_factory.mktemp("large"), partners=10_000, members=10_000)
    return load_bundle(folder)


@pytest.fixture
def members(tmp_path: Path) -> Content:
    return load_bundle(write_bundle(tmp_path, partners=9, members=40))


def shown_ids(proxy) -> list[str]:  # type: ignore[no-untyped-def]
    return [proxy.index(r, 0).data(ItemRole).id for r in range(proxy.rowCount())]


def expected_ids(model, words: str, category: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    """What a row-by-row filter would show, in source order."""
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = index.data(SearchTextRole)
        if category and index.data(AccentRole) != category:
            continue
        if all(w in text for w in words.casefold().split()):
            out.append(index.data(ItemRole).id)
    return out


def test_member_models_pass_the_model_tester(qtmodeltester, members: Content) -> None:  # type: ignore[no-untyped-def]
    model = MemberTableModel(members)
    qtmodeltester.check(model)
    assert model.rowCount() == 40
    first = members.programme.members[0]
    assert model.index(0, MemberTableModel.COL_NAME).data() == first.name
    assert model.index(0, 0).data(ItemRole) is first
    assert model.headerData(MemberTableModel.COL_BATCH, Qt.Orientation.Horizontal) == "Grant"
    assert model.data(QModelIndex()) is None

    proxy = TableFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("wang")
    qtmodeltester.check(proxy)
    assert shown_ids(proxy) == expected_ids(model, "wang")
    proxy.set_category("2021-07")
    qtmodeltester.check(proxy)
    assert shown_ids(proxy) == expected_ids(model, "wang", "2021-07")
    proxy.sort(MemberTableModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    model.set_content(members)  # a reset of the source resets the proxy
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == len(expected_ids(model, "wang", "2021-07"))


def test_members_sort_by_grant_date(members: Content) -> None:
    model = MemberTableModel(members)
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(MemberTableModel.COL_BATCH)
    batches = [proxy.index(r, 0).data(ItemRole).batch for r in range(proxy.rowCount())]
    dates = {b.id: b.date for b in members.programme.batches}
    keys = [dates.get(b or "", "9999") for b in batches]
    assert keys == sorted(keys)


def test_selection_stays_on_its_row_while_the_filter_changes(content: Content) -> None:
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(PartnerTableModel(content, proxy))
    selection = QItemSelectionModel(proxy)
    lu = proxy.mapFromSource(proxy.sourceModel().index(proxy.sourceModel().row_of("lu-weibing"), 0))
    selection.setCurrentIndex(lu, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    proxy.set_text("group vp")
    assert selection.currentIndex().data(ItemRole).id == "lu-weibing"
    assert selection.currentIndex().row() < proxy.rowCount()
    proxy.set_text("lei jun")  # hides it: nothing current
    assert not selection.currentIndex().isValid()


def test_a_large_roster_filters_like_a_plain_filter(large: Content) -> None:
    model = PartnerTableModel(large)
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 10_000
    # Typed a letter at a time (narrowing), then words deleted (widening), then a cohort.
    for text in ("w", "wa", "wang", "wang ", "wang w", "wang wei", "wang", "", "卢伟", "zzz"):
        proxy.set_text(text)
        assert shown_ids(proxy) == expected_ids(model, text), text
    proxy.set_text("chen")
    proxy.set_category("2020")
    assert shown_ids(proxy) == expected_ids(model, "chen", "2020")
    proxy.set_category("")
    assert shown_ids(proxy) == expected_ids(model, "chen")


def test_a_large_roster_sorts_stably(large: Content) -> None:
    model = PartnerTableModel(large)
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(PartnerTableModel.COL_SINCE)
    proxy.set_text("li")
    partners = [proxy.index(r, 0).data(ItemRole) for r in range(proxy.rowCount())]
    keys = [(p.partner_since or "", model.row_of(p.id)) for p in partners]
    assert keys == sorted(keys)  # by date; the bundle's order among equals
    assert len(partners) == len(expected_ids(model, "li"))
    assert model.row_of("p010000") == 9_999
    assert model.row_of("nobody") == -1


def test_a_large_member_list_filters_like_a_plain_filter(large: Content) -> None:
    model = MemberTableModel(large)
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(model)
    for text in ("e", "en", "engineer", "engineer wang", "王"):
        proxy.set_text(text)
        assert shown_ids(proxy) == expected_ids(model, text), text


def test_a_large_bundle_is_searched(large: Content) -> None:
    search_index = pytest.importorskip("gui.content.search_index")
    index = search_index.SearchIndex.build(large)
    partner = large.partners[5_000]
    hits = index.search(partner.name_zh)
    assert f"partner:{partner.id}" in {h.ref for h in hits}
    assert index.search("lu weibing")[0].ref == "partner:lu-weibing"
