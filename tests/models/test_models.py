"""Every item model passes Qt's own QAbstractItemModelTester, filled and after changes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gui.content import SECTIONS, Content
from gui.models.card import (
    batch_cards,
    event_cards,
    fact_cards,
    highlight_cards,
    principle_cards,
    quote_cards,
    statement_cards,
)
from gui.models.card_list_model import CardListModel
from gui.models.roles import ItemRole, RefRole
from gui.models.section_list_model import SectionListModel
from gui.models.source_list_model import SourceListModel
from gui.roster.partner_table_model import PartnerTableModel
from gui.roster.table_filter_proxy_model import TableFilterProxyModel


def test_section_list_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SectionListModel()
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(RefRole) for r in range(model.rowCount())] == list(SECTIONS)
    assert model.index(2, 0).data() == "Partners"
    assert model.data(QModelIndex()) is None


def test_card_list_model_over_every_kind_of_card(qtmodeltester, content: Content) -> None:  # type: ignore[no-untyped-def]
    model = CardListModel()
    qtmodeltester.check(model)
    for build in (
        statement_cards,
        quote_cards,
        principle_cards,
        highlight_cards,
        fact_cards,
        batch_cards,
        event_cards,
    ):
        cards = build(content)
        model.set_cards(cards)
        qtmodeltester.check(model)
        assert model.rowCount() == len(cards) > 0
        for row, card in enumerate(cards):
            assert model.index(row, 0).data(ItemRole) == card
            assert content.resolve(card.ref) is not None, card.ref


def test_event_cards_are_in_date_order(content: Content) -> None:
    titles = [c.subtitle for c in event_cards(content)]
    assert titles[0] == "11 January 2019"
    assert titles[-1] == "26 October 2023 · After 16 August 2020"  # what came after, marked


def test_quote_cards_name_the_speaker(content: Content) -> None:
    cards = quote_cards(content)
    assert all(c.text == "— Lei Jun" for c in cards)


def test_partner_table_model(qtmodeltester, content: Content) -> None:  # type: ignore[no-untyped-def]
    model = PartnerTableModel(content)
    qtmodeltester.check(model)
    assert model.rowCount() == 9
    assert model.columnCount() == 5
    row = model.row_of("lu-weibing")
    assert model.index(row, PartnerTableModel.COL_NAME_ZH).data() == "卢伟冰"
    # Our clean role as of the day, not the article's odd wording (that is in the details).
    role = "Group VP; President of China Region; General Manager of the Redmi brand"
    assert model.index(row, PartnerTableModel.COL_ROLE).data() == role
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    # A reset (new content) keeps the model consistent.
    model.set_content(content)
    qtmodeltester.check(model)


def test_partner_filter_proxy_model(qtmodeltester, content: Content) -> None:  # type: ignore[no-untyped-def]
    source = PartnerTableModel(content)
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    proxy.set_text("redmi")
    qtmodeltester.check(proxy)
    # Every wording of a role is searchable, not only the one shown in the table.
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Lu Weibing"]
    proxy.set_text("GENERAL   manager")
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert names == {"Lu Weibing"}
    proxy.set_text("")
    proxy.set_category("2020")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4
    proxy.set_text("王")
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert names == {"Wang Xiang"}
    proxy.set_category("")
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert names == {"Wang Xiang", "Wang Chuan"}


def test_partner_proxy_sorts_founders_first_in_bundle_order(content: Content) -> None:
    source = PartnerTableModel(content)
    proxy = TableFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.sort(PartnerTableModel.COL_SINCE, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names[:5] == ["Lei Jun", "Lin Bin", "Hong Feng", "Liu De", "Wang Chuan"]
    proxy.sort(PartnerTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names)


def test_source_list_model(qtmodeltester, content: Content) -> None:  # type: ignore[no-untyped-def]
    model = SourceListModel(content)
    qtmodeltester.check(model)
    assert model.rowCount() == len(content.sources)
    assert model.source(0).id == "article"  # the text-bearing source comes first
    assert model.index(0, 0).data(RefRole) == "source:article"
