"""Every pane in both languages: the content follows the interface language, live.

In Chinese no visible text of the content is English only, except what must stay as it is:
names (they keep both scripts), numbers, sources (titles, publishers, the article's text)
and quotations, which are marked as the source's words. A text the bundle has in only one
language is shown in it, tagged so that a reader can tell. The roster and its roles say
which day they describe, and what came after is shown apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

from gui.content import SECTIONS, Content
from gui.content.schema import Localized
from gui.models.card import Card
from gui.models.roles import ItemRole
from gui.views.main_window import MainWindow

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
HAN = re.compile(r"[\u3400-\u9fff]")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u00ad\u2028"), None)


@pytest.fixture
def language(app):  # type: ignore[no-untyped-def]
    """Switch the interface language; English again afterwards."""
    from gui.desktop.i18n import translations

    yield translations().switch
    translations().switch("en")


def _texts(root: QWidget) -> Iterator[str]:
    """Every text a reader can see under `root`: labels, buttons, combo items, and the
    cells and cards of item views."""
    QApplication.processEvents()  # widgets added to a shown layout are shown by a queued call
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.text():
            yield label.text().replace("\u00a0", " ")  # names keep their words together
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text():
            yield button.text().replace("&&", "&")
    for combo in root.findChildren(QComboBox):
        yield from (combo.itemText(i) for i in range(combo.count()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        try:
            columns = model.columnCount()
        except TypeError:  # a list model (its column count is private)
            columns = 1
        for row in range(model.rowCount()):
            for column in range(columns):
                index = model.index(row, column)
                card = index.data(ItemRole)
                if isinstance(card, Card):
                    yield from (t for t in (card.title, card.text, card.subtitle) if t)
                elif isinstance(shown := index.data(Qt.ItemDataRole.DisplayRole), str):
                    yield shown


def _every_pane(window: MainWindow) -> Iterator[str]:
    """Every pane's texts, and every partner's details, without the invisible break
    opportunities a long run of Chinese gets (gui/content/safe_text.py)."""
    for text in _every_pane_as_shown(window):
        yield text.translate(INVISIBLE)


def _every_pane_as_shown(window: MainWindow) -> Iterator[str]:
    for section in SECTIONS:
        window.navigate(section)
        pane = window.pane(section)
        yield from _texts(pane)
        if section == "partners":
            for partner in window.content.partners:
                assert window.open_ref(f"partner:{partner.id}")
                yield from _texts(pane.detail)


def _kept_as_they_are(content: Content) -> list[str]:
    """What stays in its own language: names, sources and the source's own words."""
    s, g, b = content.strategy, content.programme, content.bundle
    kept = [b.title, b.company, s.name, g.name]
    kept += [p.name for p in content.partners]
    kept += [p.title for p in s.principles]
    kept += [a.text for a in s.alternative_names]
    kept += [f"“{q.text}”" for q in s.quotes]
    kept += [r.wording.text for p in content.partners for r in p.roles if r.wording]
    if s.predecessor:
        kept.append(s.predecessor.name)
    for source in content.sources:
        kept += [source.publisher, *(t.text for t in source.sentences)]
        kept += [source.title] if source.title else []
    return sorted(set(kept), key=len, reverse=True)


def _english_only(text: str, kept: list[str]) -> bool:
    text = text.translate(INVISIBLE)
    if HAN.search(text):
        return False
    # A quotation, in quotation marks, shortened or whole (a link to a quote): as printed.
    quoted = re.fullmatch(r"“(.+?)…?”", text)
    if quoted and any(k.startswith(f"“{quoted[1]}") for k in kept):
        return False
    for allowed in kept:
        text = text.replace(allowed, " ")
    return bool(LATIN_WORD.search(text))


def _chinese_only(text: str, kept_zh: list[str]) -> bool:
    text = text.translate(INVISIBLE)
    if LATIN_WORD.search(text):
        return False
    for allowed in kept_zh:
        text = text.replace(allowed, " ")
    return bool(HAN.search(text))


def test_in_chinese_no_content_is_english_only(
    language,
    qtbot,
    content: Content,  # type: ignore[no-untyped-def]
) -> None:
    from tests.windows import shown_window

    language("zh_CN")
    with shown_window(content, qtbot) as window:
        texts = list(_every_pane(window))
    kept = _kept_as_they_are(content)
    english = sorted({t for t in texts if _english_only(t, kept)})
    assert english == [], "shown in English only in the Chinese interface"
    # The Chinese content is what is shown: a sample from each file.
    for expected in (
        "2020年8月16日，雷军宣布将小米下一个十年的核心战略升级为“手机×AIoT”",
        "手机仍是核心",
        "集团副总裁、中国区总裁、Redmi品牌总经理",
        "选拔对象",
        "周受资离开小米",
        "关于小米全员信的报道",
    ):
        assert any(expected in t for t in texts), expected


def test_in_english_no_content_is_chinese_only(
    language,
    qtbot,
    content: Content,  # type: ignore[no-untyped-def]
) -> None:
    from tests.windows import shown_window

    language("en")
    with shown_window(content, qtbot) as window:
        texts = list(_every_pane(window))
    s, g, b = content.strategy, content.programme, content.bundle
    kept_zh = [b.title_zh, b.company_zh, s.name_zh, g.name_zh]
    kept_zh += [p.name_zh for p in content.partners]
    kept_zh += [p.title_zh for p in s.principles]
    kept_zh += [s.predecessor.name_zh] if s.predecessor else []
    kept_zh += [x.publisher_zh for x in content.sources if x.publisher_zh]
    kept_zh = sorted({k for k in kept_zh if k}, key=len, reverse=True)
    chinese = sorted({t for t in texts if _chinese_only(t, kept_zh)})
    assert chinese == [], "shown in Chinese only in the English interface"


def test_the_language_switches_live(window: MainWindow, language, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    assert window.pane("strategy").summary.text().startswith("Xiaomi’s core strategy")
    language("zh_CN")
    qtbot.waitUntil(lambda: window.pane("strategy").summary.text().startswith("小米下一个十年"))
    language("en")
    qtbot.waitUntil(lambda: window.pane("strategy").summary.text().startswith("Xiaomi’s"))


def test_a_quote_is_verbatim_and_its_translation_is_labelled(
    language,
    content: Content,  # type: ignore[no-untyped-def]
) -> None:
    from gui.models.card import quote_cards

    language("zh_CN")
    for quote, card in zip(content.strategy.quotes, quote_cards(content), strict=True):
        assert card.title == f"“{quote.text}”"  # the article's words, as it prints them
        assert quote.translation is not None
        translation = quote.translation.zh
        assert translation
        assert f"译文（本应用翻译，非原话）：{translation}" in card.text
        assert f"“{translation}" not in card.text  # never in quotation marks
    language("en")
    assert all("Translation" not in c.text for c in quote_cards(content))


def test_a_missing_translation_falls_back_marked(language) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import local

    language("zh_CN")
    assert local(Localized(en="Only English")) == "Only English 〔英文〕"
    assert local(Localized(en="Both", zh="两种")) == "两种"
    language("en")
    assert local(Localized(zh="只有中文")) == "只有中文 [Chinese]"
    assert local(Localized(en="Both", zh="两种")) == "Both"


# --- dated ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "as_of", "later"),
    [("en", "As of 16 August 2020", "What came after"), ("zh_CN", "截至2020年8月16日", "后续变化")],
)
def test_the_roster_and_roles_say_when_they_are_from(
    language,
    qtbot,
    content: Content,
    lang: str,
    as_of: str,
    later: str,  # type: ignore[no-untyped-def]
) -> None:
    from tests.windows import shown_window

    language(lang)
    with shown_window(content, qtbot) as window:
        window.navigate("partners")
        pane = window.pane("partners")
        assert pane.as_of.text().startswith(as_of)
        assert window.open_ref("partner:wang-xiang")
        shown = list(_texts(pane.detail))
        assert any(as_of.removeprefix("As of ") in t and t != as_of for t in shown)
        assert later in shown  # the later layer, apart
        assert pane.detail.later.objectName() == "laterBox"
        window.navigate("overview")
        assert "2020" in window.pane("overview").as_of.text()


def test_the_strategy_shows_its_later_framing_apart(window: MainWindow) -> None:
    window.navigate("strategy")
    box = window.pane("strategy").later
    shown = list(_texts(box))
    assert "What came after" in shown
    assert "26 October 2023" in shown
    assert any("“Human × Car × Home” (人车家全生态)" in t for t in shown)


def test_later_events_are_marked_on_the_timeline(window: MainWindow) -> None:
    model = window.pane("timeline").model
    cards = [model.card(r) for r in range(model.rowCount())]
    later = {c.ref for c in cards if c.accent == "later"}
    assert {"event:2021-03-24", "event:2022-12-22", "event:2023-10-26"} <= later
    assert "event:2020-08-16" not in later
    assert all("After 16 August 2020" in c.subtitle for c in cards if c.ref in later)


def test_the_partners_intro_shows_its_sources(window: MainWindow) -> None:
    window.navigate("partners")
    pane = window.pane("partners")
    labels = [b.text() for b in pane.system_sources.findChildren(QAbstractButton)]
    assert labels == ["Article ¶9", "Tencent News", "xiaomidna.com"]


def test_a_role_shows_the_articles_wording_as_quoted(window: MainWindow) -> None:
    assert window.open_ref("partner:chew-shou-zi")
    shown = list(_texts(window.pane("partners").detail))
    assert "Senior VP; President of the International Department" in shown
    assert "As the source words it: “Senior VP, and president of international”" in shown
    assert "Senior VP, and president of international" not in shown  # never bare, as ours


def test_the_strategy_names_its_other_spellings_plainly(window: MainWindow) -> None:
    window.navigate("strategy")
    shown = list(_texts(window.pane("strategy")))
    assert "Also written “Mobile Phone X AIoT” (as the article spells it in paragraph 7)" in shown
    assert not any(" — Also in the article" in t for t in shown)


# --- search in both languages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "query", "ref"),
    [
        ("en", "字节跳动", "partner:chew-shou-zi"),  # in the Chinese text only
        ("en", "人车家", "event:2023-10-26"),
        ("zh_CN", "ByteDance", "partner:chew-shou-zi"),  # in the English text only
        ("zh_CN", "Partners Committee", "partner:lu-weibing"),
    ],
)
def test_search_finds_either_language_in_either_interface(
    window: MainWindow,
    language,
    lang: str,
    query: str,
    ref: str,  # type: ignore[no-untyped-def]
) -> None:
    language(lang)
    hits = window._search(query)
    assert ref in [hit.ref for hit in hits]


def test_search_titles_follow_the_interface(window: MainWindow, language) -> None:  # type: ignore[no-untyped-def]
    language("zh_CN")
    [hit] = [h for h in window._search("ByteDance") if h.ref == "event:2021-03-24"]
    assert hit.title == "周受资离开小米"
    language("en")
    [hit] = [h for h in window._search("字节跳动") if h.ref == "event:2021-03-24"]
    assert hit.title == "Chew Shou Zi leaves Xiaomi"
