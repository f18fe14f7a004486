"""PDF output, read back with poppler's pdfinfo and pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from gui.content import SECTIONS, Content
from gui.export.pdf import page_setup, paginate, write_pdf
from gui.export.report import ReportBuilder
from tests.export.conftest import pdf_pages, pdf_text, radicals


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory, content, qapp) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    from gui.application import create_application
    from gui.desktop.i18n import translations
    from gui.theming.theme import THEMES
    from gui.views.pane import PaneContext

    create_application()
    translations().switch("en")
    doc = ReportBuilder(content, PaneContext(content, THEMES["light"]).label_for).build()
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    return path, write_pdf(doc, path)


def test_pdf_has_the_pages_laid_out(report_pdf: tuple[Path, int]) -> None:
    path, pages = report_pdf
    assert path.read_bytes().startswith(b"%PDF-")
    # The cover and five parts, each on its own page; the article and the sources
    # take more than one.
    assert pages >= 6
    assert pdf_pages(path) == pages


def test_pdf_contains_the_partners_in_both_languages(
    report_pdf: tuple[Path, int], content: Content
) -> None:
    text = pdf_text(report_pdf[0])
    for partner in content.partners:
        assert partner.name in text
        assert partner.name_zh in text
    assert content.strategy.name_zh
    assert content.strategy.name_zh in text
    # The characters themselves, as a search in the PDF or a copy finds them: the system's
    # full Noto Sans CJK draws 小 with the radical ⼩'s glyph, and the PDF then said "⼩⽶".
    assert "小米" in text
    assert radicals(text) == []


def test_each_part_starts_its_own_page(
    report_pdf: tuple[Path, int], tmp_path: Path, content: Content, label_for
) -> None:  # type: ignore[no-untyped-def]
    """The report has as many pages as its parts printed one by one (the cover, then one
    part per section), and each part's first page begins as that part alone does."""
    path, pages = report_pdf
    start = 1
    for section in SECTIONS:
        alone = tmp_path / f"{section}.pdf"
        count = write_pdf(ReportBuilder(content, label_for).build([section]), alone)
        assert count >= 1
        first_line = pdf_text(alone, page=1).split("\n", 1)[0]
        assert first_line
        assert pdf_text(path, page=start).split("\n", 1)[0] == first_line, section
        start += count
    assert pages == start - 1
    assert pdf_pages(path) == pages


def test_one_part_per_page(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    doc = ReportBuilder(content, label_for).build(["partners"])
    path = tmp_path / "partners.pdf"
    assert write_pdf(doc, path) == 1
    assert pdf_pages(path) == 1


def test_page_count_is_known_before_printing(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    doc = ReportBuilder(content, label_for).build()
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    page_setup(writer)
    writer.setResolution(600)
    expected = paginate(doc, writer).pageCount()
    del writer
    assert write_pdf(doc, tmp_path / "out.pdf") == expected


def test_unwritable_path(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    doc = ReportBuilder(content, label_for).build(["timeline"])
    with pytest.raises(FileNotFoundError):
        write_pdf(doc, tmp_path / "no-such-folder" / "out.pdf")


def test_the_pdf_dates_the_roster(tmp_path: Path, content: Content, label_for) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "partners.pdf"
    write_pdf(ReportBuilder(content, label_for).build(["partners"]), path)
    text = " ".join(pdf_text(path).split())
    assert "As of 16 August 2020: the partners and their roles as they were that day." in text
    assert "What came after" in text
