"""The report document: its parts, the roster as given, and data kept as plain text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QTextFormat

from gui.content import SECTIONS, Content
from gui.content.schema import Localized
from gui.export.report import ReportBuilder, report_sections


def _text(content: Content, label_for, **kwargs) -> str:  # type: ignore[no-untyped-def]
    return ReportBuilder(content, label_for, **kwargs).build().toPlainText()


def test_every_part_is_there(content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    text = _text(content, label_for, today=date(2024, 1, 2))
    b = content.bundle
    for expected in (
        b.title,
        b.title_zh,
        b.company,
        "16 August 2020",  # the announcement date
        "2 January 2024",  # when the report was made
        content.strategy.name,
        content.strategy.name_zh,
        content.strategy.statements[0].title.en,
        content.strategy.quotes[0].text,
        content.programme.name,
        content.programme.name_zh,
        content.programme.batches[0].title.en,
        content.events[-1].title.en,
        content.sources[-1].label,
        content.sources[0].sentences[0].text,  # the article itself
    ):
        assert expected
        assert expected in text, expected
    for partner in content.partners:
        assert partner.name in text
        assert partner.name_zh in text


def test_each_part_starts_a_page(content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    doc = ReportBuilder(content, label_for).build()
    breaks = []
    block = doc.begin()
    while block.isValid():
        policy = block.blockFormat().pageBreakPolicy()
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            breaks.append(block.text())
        block = block.next()
    assert breaks == ["Strategy", "Partners", "Programme", "Timeline", "Sources"]


def test_roster_is_the_one_given(content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    shown = [p for p in content.partners if p.cohort == "2020"]
    hidden = [p for p in content.partners if p.cohort != "2020"]
    doc = ReportBuilder(content, label_for, shown, filter_note="cohort: 2020").build(["partners"])
    text = doc.toPlainText()
    assert f"{len(shown)} of {len(content.partners)} partners · cohort: 2020" in text
    for p in shown:
        assert p.name_zh in text
    for p in hidden:
        assert p.name_zh not in text


def test_data_is_never_markup(content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    evil = replace(content.partners[0], name="<b>Bold</b> &amp; <img src=x>", name_zh="<i>斜</i>")
    doc = ReportBuilder(content, label_for, [evil]).build(["partners"])
    text = doc.toPlainText()
    assert "<b>Bold</b> &amp; <img src=x>" in text
    assert "<i>斜</i>" in text
    assert "<img" not in doc.toHtml().replace("&lt;img", "")


def test_one_section(content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    text = ReportBuilder(content, label_for).build(["timeline"]).toPlainText()
    assert text.startswith("Timeline")
    assert content.strategy.summary.text.en not in text


def test_report_sections() -> None:
    assert report_sections(None) == SECTIONS
    assert report_sections("partners") == ("partners",)
    with pytest.raises(ValueError, match="unknown section"):
        report_sections("nowhere")


HIDDEN = "\u202eevil\u202c zero\u200bwidth"


def test_hidden_characters_are_not_printed(content: Content, label_for, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Bidi overrides and zero-width spaces from data are dropped, as on screen, in body
    text, in table cells and in the title the PDF and the print job carry; markup stays
    literal."""
    from dataclasses import replace

    from gui.export.pdf import write_pdf

    hostile = f"<b>bold</b> {HIDDEN}"
    bundle = replace(content.bundle, title=f"Plan {hostile}\nnext line")
    partner = replace(content.partners[0], name=f"Name {hostile}")
    event = replace(content.events[0], text=Localized(en=f"Text {hostile}"))
    evil = replace(
        content,
        bundle=bundle,
        partners_file=replace(content.partners_file, partners=(partner,)),
        events_file=replace(content.events_file, events=(event,)),
    )
    doc = ReportBuilder(evil, label_for).build()
    text = doc.toPlainText()
    assert "\u202e" not in text
    assert "\u200b" not in text
    assert "Plan <b>bold</b> evil zerowidth" in text  # the cover
    assert "Name <b>bold</b> evil zerowidth" in text  # a roster table cell
    assert "Text <b>bold</b> evil zerowidth" in text  # the timeline
    body = doc.toHtml().split("<body", 1)[1]  # (Qt writes the <title> unescaped; unused)
    assert "<b>bold" not in body  # escaped: text, not markup
    assert "&lt;b&gt;bold" in body
    title = doc.metaInformation(doc.MetaInformation.DocumentTitle)
    assert title == "Plan <b>bold</b> evil zerowidth next line"
    assert write_pdf(doc, tmp_path / "report.pdf") > 0


# --- dated, what came after, and the interface language ----------------------------------


def test_the_report_says_when_the_roster_is_from(content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    text = _text(content, label_for)
    assert "Figures as of 16 August 2020" in text
    assert "As of 16 August 2020: the partners and their roles as they were that day." in text
    # What came after, apart and dated, with its sources.
    partners = text.split("\nPartners\n", 1)[1].split("\nProgramme\n", 1)[0]
    later = partners.split("What came after", 1)[1]
    assert "22 December 2022 · Wang Xiang — In an internal letter" in later
    assert "Sources: The Business Times" in later
    assert "Human × Car × Home" in text.split("\nPartners\n", 1)[0]  # the strategy's
    timeline = text.split("\nTimeline\n", 1)[1]
    assert "26 October 2023\nAfter 16 August 2020" in timeline


def test_the_report_follows_the_interface_language(app, content: Content) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations
    from gui.theming.theme import THEMES
    from gui.views.pane import PaneContext

    translations().switch("zh_CN")
    try:
        label_for = PaneContext(content, THEMES["light"]).label_for
        text = ReportBuilder(content, label_for).build().toPlainText()
    finally:
        translations().switch("en")
    for expected in (
        "截至2020年8月16日：合伙人及其职务均为当日情况。",
        "集团副总裁、中国区总裁、Redmi品牌总经理",
        "后续变化",
        "手机仍是核心",
        "译文（本应用翻译，非原话）：",
        "“It is vital to conquer the battlefield of the smartphone market.”",  # verbatim
        "来源：",
        "腾讯新闻",
    ):
        assert expected in text, expected


def _baseline(doc, text: str) -> float:  # type: ignore[no-untyped-def]
    """The page y of the first line's baseline of the block that starts with `text`."""
    found = doc.find(text)
    assert not found.isNull(), text
    block = found.block()
    line = block.layout().lineAt(0)
    return doc.documentLayout().blockBoundingRect(block).top() + line.y() + line.ascent()


def test_chinese_names_share_the_latin_baseline(content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    """In the roster table "雷军" sat lower than "Lei Jun" beside it: the CJK font's taller
    ascent set its cell's first line lower."""
    doc = ReportBuilder(content, label_for).build(["partners"])
    doc.documentLayout().documentSize()  # laid out
    for latin, chinese in (("Lei Jun", "雷军"), ("Lu Weibing", "卢伟冰")):
        assert _baseline(doc, chinese) == pytest.approx(_baseline(doc, latin), abs=0.5)
