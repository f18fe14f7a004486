"""The content as a printable report: a QTextDocument built with QTextCursor.

A cover (title, company, date, headline, key figures), then one part per section of the
app: the strategy, the partner roster as a table (as filtered on screen), the programme,
the timeline and the list of sources. Each part starts on a new page, so that one
section can also be printed alone ("print current pane" prints that part).

Every string from the content is inserted with `insertText()`: plain text, never HTML, so
markup in the data is printed as the characters it is. Characters that hide or reorder
text (bidi overrides, zero-width spaces) are dropped on the way in, as on screen
(gui/content/safe_text.py): a printed name reads as the app shows it. Colours are fixed
print colours, not the screen theme: a report from the dark theme still prints black on
white.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from .. import __version__
from ..content import SECTIONS, Content
from ..content.safe_text import display_text, one_line
from ..content.schema import Citation, LaterNote, Partner, Source
from ..content.text import distinct_by_label, format_date_short
from ..desktop.i18n import (
    content_language,
    date_text,
    is_chinese,
    local,
    pick,
    source_label,
    source_publisher,
)
from ..theming.fonts import CJK_FAMILY


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text)


INK = "#000000"
MUTED = "#4b5260"  # 7.9:1 on white
ACCENT = "#9a3412"  # headings; 7.3:1 on white
RULE = "#c4c9d2"
HEADER_FILL = "#eceef2"

BASE_POINT_SIZE = 10.0


class ReportBuilder(QObject):
    """Builds the report document. `partners` is the roster to print, in order (the
    Partners pane's filtered, sorted rows); None prints every partner."""

    def __init__(
        self,
        content: Content,
        label_for: Callable[[Citation], str],
        partners: Sequence[Partner] | None = None,
        *,
        filter_note: str = "",
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.label_for = label_for
        self.partners = tuple(content.partners if partners is None else partners)
        self.filter_note = filter_note
        self.today = today or date.today()
        self._doc: QTextDocument | None = None
        self._cursor: QTextCursor | None = None
        self._first_part = True

    # --- the document -------------------------------------------------------------------
    def build(self, sections: Iterable[str] = SECTIONS) -> QTextDocument:
        """A new document holding the parts for `sections` (all by default), in app order."""
        wanted = set(sections)
        unknown = wanted - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown sections: {sorted(unknown)}")
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        font = QFont(doc.defaultFont())
        font.setPointSizeF(BASE_POINT_SIZE)
        doc.setDefaultFont(font)
        b = self.content.bundle
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, one_line(b.title))
        frame = doc.rootFrame().frameFormat()
        frame.setMargin(0)  # the printer's page margins are the margins
        doc.rootFrame().setFrameFormat(frame)
        self._doc = doc
        self._cursor = QTextCursor(doc)
        self._first_part = True
        parts = {
            "overview": self._overview,
            "strategy": self._strategy,
            "partners": self._partners,
            "programme": self._programme,
            "timeline": self._timeline,
            "sources": self._sources,
        }
        for name in SECTIONS:
            if name in wanted:
                parts[name]()
        self._doc = None
        self._cursor = None
        return doc

    # --- formats ------------------------------------------------------------------------
    def _char(
        self,
        scale: float = 1.0,
        *,
        bold: bool = False,
        italic: bool = False,
        color: str = INK,
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(BASE_POINT_SIZE * scale)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setForeground(QColor(color))
        return fmt

    def _block(
        self, *, top: float = 0, bottom: float = 4, page_break: bool = False, indent: int = 0
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setIndent(indent)
        if page_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return fmt

    @property
    def cursor(self) -> QTextCursor:
        assert self._cursor is not None, "only while building"
        return self._cursor

    def _paragraph(
        self,
        text: str,
        char: QTextCharFormat | None = None,
        block: QTextBlockFormat | None = None,
    ) -> None:
        """A new paragraph of plain text (the document's first block is reused)."""
        cursor = self.cursor
        block = block or self._block()
        if cursor.position() == 0 and cursor.block().length() == 1:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)
        cursor.setBlockCharFormat(char or self._char())
        cursor.insertText(display_text(text), char or self._char())

    def _part(self, title: str) -> None:
        """A part's heading; every part after the first starts on a new page."""
        block = self._block(bottom=10, page_break=not self._first_part)
        self._first_part = False
        self._paragraph(title, self._char(2.0, bold=True, color=ACCENT), block)

    def _heading(self, title: str) -> None:
        self._paragraph(title, self._char(1.3, bold=True), self._block(top=12, bottom=4))

    def _sources_line(self, citations: tuple[Citation, ...]) -> None:
        labels = [self.label_for(c) for c in distinct_by_label(citations, self.label_for)]
        if labels:
            text = self.tr("Sources: %1").replace("%1", "; ".join(labels))
            self._paragraph(text, self._char(0.85, color=MUTED), self._block(bottom=8))

    def _table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        """A table with a bold header row that repeats on every page it spans."""
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5)
        fmt.setBorderBrush(QColor(RULE))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        fmt.setTopMargin(6)
        fmt.setBottomMargin(6)
        cursor = self.cursor
        cursor.insertBlock(self._block(bottom=0))
        table = cursor.insertTable(len(rows) + 1, len(headers), fmt)
        header_char = self._char(0.95, bold=True)
        for column, text in enumerate(headers):
            cell = table.cellAt(0, column)
            cell_fmt = cell.format()
            cell_fmt.setBackground(QColor(HEADER_FILL))
            cell.setFormat(cell_fmt)
            cell.firstCursorPosition().insertText(display_text(text), header_char)
        body = self._char(0.95)
        # A line with Chinese in it takes the CJK font's taller ascent, and its baseline
        # sits lower than in a cell of Latin beside it ("雷军" below "Lei Jun"): the Latin
        # cells of such a row are moved down by the difference.
        lower = self._cjk_ascent_excess(body)
        for r, row in enumerate(rows, start=1):
            chinese = [_has_cjk(text.split("\n", 1)[0]) for text in row]
            for column, text in enumerate(row):
                cell = table.cellAt(r, column)
                if any(chinese) and not chinese[column] and lower > 0:
                    cell_fmt = cell.format().toTableCellFormat()
                    cell_fmt.setTopPadding(fmt.cellPadding() + lower)
                    cell.setFormat(cell_fmt)
                cell.firstCursorPosition().insertText(display_text(text), body)
        cursor.movePosition(QTextCursor.MoveOperation.End)

    def _cjk_ascent_excess(self, char: QTextCharFormat) -> float:
        """How much higher the CJK font rises above the baseline than the document's own
        font, at the size of `char` (0 where no CJK font is registered)."""
        if self._doc is None or CJK_FAMILY not in QFontDatabase.families():
            return 0.0
        latin = QFont(self._doc.defaultFont())
        latin.setPointSizeF(char.fontPointSize())
        cjk = QFont(CJK_FAMILY)
        cjk.setPointSizeF(char.fontPointSize())
        return max(0.0, QFontMetricsF(cjk).ascent() - QFontMetricsF(latin).ascent())

    def _as_of(self, template: str) -> None:
        """The note that dates what follows: "As of 16 August 2020"."""
        text = template.replace("%1", date_text(self.content.as_of))
        self._paragraph(text, self._char(0.95, italic=True, color=MUTED), self._block(bottom=4))

    def _later(self, notes: Sequence[LaterNote], intro: str) -> None:
        """What came after, set apart under its own heading, each note dated and sourced."""
        if not notes:
            return
        self._heading(self.tr("What came after"))
        self._paragraph(intro, self._char(0.95, italic=True, color=MUTED))
        for note in notes:
            self._paragraph(
                f"{date_text(note.date)} — {local(note.text)}", block=self._block(bottom=1)
            )
            self._sources_line(note.citations)

    # --- the parts ----------------------------------------------------------------------
    def _overview(self) -> None:
        """The cover: title, company, date, headline and the key figures."""
        b = self.content.bundle
        self._first_part = False
        self._paragraph(
            self.tr("Strategy report"),
            self._char(1.1, bold=True, color=ACCENT),
            self._block(top=60, bottom=12),
        )
        self._paragraph(b.title, self._char(2.6, bold=True), self._block(bottom=6))
        if b.title_zh:
            self._paragraph(b.title_zh, self._char(1.8), self._block(bottom=18))
        company = b.company if not b.company_zh else f"{b.company} · {b.company_zh}"
        self._paragraph(company, self._char(1.4, bold=True), self._block(bottom=2))
        self._paragraph(
            self.tr("Announced %1").replace("%1", date_text(b.announced)),
            self._char(1.1, color=MUTED),
            self._block(bottom=24),
        )
        self._paragraph(local(b.headline.text), self._char(1.2), self._block(bottom=4))
        self._sources_line(b.headline.citations)
        if b.highlights:
            self._heading(self.tr("Key figures"))
            self._as_of(self.tr("Figures as of %1"))
            for h in b.highlights:
                self._paragraph(f"{local(h.value)} — {local(h.label)}", self._char(1.05, bold=True))
                self._paragraph(local(h.text), block=self._block(bottom=2, indent=1))
        if b.context:
            self._heading(self.tr("Context"))
            for item in b.context:
                self._paragraph(local(item.text), block=self._block(bottom=2))
                self._sources_line(item.citations)
        self._paragraph(
            self.tr("Made with Strategy Viewer %1 on %2")
            .replace("%1", __version__)
            .replace("%2", date_text(self.today.isoformat())),
            self._char(0.85, color=MUTED),
            self._block(top=24),
        )

    def _strategy(self) -> None:
        s = self.content.strategy
        self._part(self.tr("Strategy"))
        self._paragraph(s.name, self._char(1.8, bold=True), self._block(bottom=2))
        if s.name_zh:
            self._paragraph(s.name_zh, self._char(1.5), self._block(bottom=2))
        self._paragraph(
            self.tr("Announced %1").replace("%1", date_text(s.announced)),
            self._char(color=MUTED),
        )
        self._sources_line(s.name_citations)
        for alt in s.alternative_names:
            line = self.tr("Also written “%1” (%2)").replace("%1", alt.text)
            self._paragraph(line.replace("%2", local(alt.note)), self._char(color=MUTED))
            self._sources_line(alt.citations)
        self._paragraph(local(s.summary.text), self._char(1.1))
        self._sources_line(s.summary.citations)
        if s.predecessor:
            pre = s.predecessor
            self._heading(self.tr("Before: %1").replace("%1", pick(pre.name, pre.name_zh)))
            self._paragraph(local(pre.text))
            self._sources_line(pre.citations)
        self._heading(self.tr("Key ideas"))
        for statement in s.statements:
            self._paragraph(local(statement.title), self._char(bold=True), self._block(bottom=1))
            self._paragraph(local(statement.text), block=self._block(bottom=1))
            self._sources_line(statement.citations)
        if s.quotes:
            self._heading(self.tr("Quotes"))
            for quote in s.quotes:
                speaker = self.content.partner(quote.speaker)
                name = pick(speaker.name, speaker.name_zh) if speaker else quote.speaker
                self._paragraph(f"“{quote.text}”", self._char(italic=True), self._block(bottom=1))
                self._paragraph(f"— {name}", self._char(color=MUTED), self._block(bottom=1))
                translation = (
                    quote.translation.get(content_language()) if quote.translation else None
                )
                if translation:
                    label = self.tr("Translation (ours, not the speaker’s words)")
                    colon = "：" if is_chinese() else ": "
                    self._paragraph(
                        f"{label}{colon}{translation}",
                        self._char(0.95, color=MUTED),
                        self._block(bottom=1),
                    )
                self._sources_line(quote.citations)
        if s.principles:
            self._heading(self.tr("Principles"))
            if s.principles_note:
                self._paragraph(local(s.principles_note.text), self._char(color=MUTED))
            for p in s.principles:
                text = f"{p.title_zh} — {p.title}" if p.title_zh else p.title
                self._paragraph(text, block=self._block(bottom=1))
                self._sources_line(p.citations)
        self._later(
            s.later,
            self.tr("Later than the announcement of %1; dated, with its sources.").replace(
                "%1", date_text(s.announced)
            ),
        )

    def _partners(self) -> None:
        content = self.content
        self._part(self.tr("Partners"))
        self._as_of(
            self.tr(
                "As of %1: the partners and their roles as they were that day. Later "
                "changes follow the roster, under “What came after”."
            )
        )
        if content.partners_file.system:
            self._paragraph(local(content.partners_file.system.text))
            self._sources_line(content.partners_file.system.citations)
        shown, total = len(self.partners), len(content.partners)
        if shown == total:
            count = self.tr("%n partner(s)", "", total)
        else:
            count = self.tr("%1 of %2 partners").replace("%1", str(shown)).replace("%2", str(total))
        note = f"{count} · {self.filter_note}" if self.filter_note else count
        self._paragraph(note, self._char(color=MUTED))
        language = "zh" if is_chinese() else "en"
        rows = []
        for p in self.partners:
            cohort = content.cohort(p.cohort)
            cohort_label = local(cohort.short_label or cohort.label) if cohort else p.cohort
            since = (
                format_date_short(p.partner_since, language)
                if p.partner_since
                else self.tr("Founding")
            )
            roles = "\n".join(local(r.text) for r in p.roles)
            rows.append((p.name, p.name_zh, roles, cohort_label, since))
        self._table(
            (
                self.tr("Name"),
                self.tr("Chinese name"),
                self.tr("Role"),
                self.tr("Cohort"),
                self.tr("Partner since"),
            ),
            rows,
            (18, 12, 40, 15, 15),
        )
        later = [(p, note) for p in self.partners for note in p.later]
        if later:
            self._heading(self.tr("What came after"))
            self._paragraph(
                self.tr("After %1; not part of the roster above.").replace(
                    "%1", date_text(content.as_of)
                ),
                self._char(0.95, italic=True, color=MUTED),
            )
            for p, note in later:
                name = pick(p.name, p.name_zh)
                self._paragraph(
                    f"{date_text(note.date)} · {name} — {local(note.text)}",
                    block=self._block(bottom=1),
                )
                self._sources_line(note.citations)

    def _programme(self) -> None:
        g = self.content.programme
        self._part(self.tr("Programme"))
        self._paragraph(g.name, self._char(1.6, bold=True), self._block(bottom=2))
        if g.name_zh:
            self._paragraph(g.name_zh, self._char(1.4), self._block(bottom=2))
        self._sources_line(g.name_citations)
        self._paragraph(local(g.summary.text), self._char(1.1))
        self._sources_line(g.summary.citations)
        if g.selected:
            self._paragraph(
                self.tr("%1 people selected").replace("%1", f"{g.selected.count:,}"),
                self._char(1.2, bold=True, color=ACCENT),
            )
            self._sources_line(g.selected.citations)
        self._heading(self.tr("How it works"))
        for fact in g.facts:
            self._paragraph(local(fact.title), self._char(bold=True), self._block(bottom=1))
            self._paragraph(local(fact.text), block=self._block(bottom=1))
            self._sources_line(fact.citations)
        if g.caveat:
            self._paragraph(local(g.caveat.text), self._char(italic=True, color=MUTED))
            self._sources_line(g.caveat.citations)
        if g.batches:
            self._heading(self.tr("Grants so far"))
            rows = [
                (
                    date_text(b.date),
                    f"{local(b.title)}\n{local(b.text)}",
                    f"{b.shares:,}" if b.shares is not None else "",
                    f"{b.recipients:,}" if b.recipients is not None else "",
                    local(b.vesting),
                )
                for b in g.batches
            ]
            self._table(
                (
                    self.tr("Date"),
                    self.tr("Grant"),
                    self.tr("Shares"),
                    self.tr("People"),
                    self.tr("Vesting"),
                ),
                rows,
                (14, 46, 14, 10, 16),
            )

    def _timeline(self) -> None:
        self._part(self.tr("Timeline"))
        content = self.content
        later = self.tr("After %1").replace("%1", date_text(content.as_of))
        rows = [
            (
                f"{date_text(e.date)}\n{later}" if content.is_later(e.date) else date_text(e.date),
                f"{local(e.title)}\n{local(e.text)}",
            )
            for e in content.events
        ]
        self._table((self.tr("Date"), self.tr("Event")), rows, (18, 82))

    def _sources(self) -> None:
        self._part(self.tr("Sources"))
        self._paragraph(
            self.tr("Every fact in this report cites one of these sources."),
            self._char(color=MUTED),
        )
        for i, source in enumerate(self.content.sources, start=1):
            self._paragraph(
                f"{i}. {source_label(source)}",
                self._char(bold=True),
                self._block(top=4, bottom=1),
            )
            details = [source_publisher(source)]
            if source.date:
                details.append(date_text(source.date))
            details.append(
                self.tr("Primary source")
                if source.kind == "article"
                else self.tr("Secondary source")
            )
            self._paragraph(
                " · ".join(details), self._char(0.9, color=MUTED), self._block(bottom=1, indent=1)
            )
            if source.note:
                self._paragraph(
                    local(source.note), self._char(0.9), self._block(bottom=1, indent=1)
                )
            self._source_text(source)

    def _source_text(self, source: Source) -> None:
        """A source's bundled text (the article), paragraph by paragraph."""
        paragraphs: dict[int, list[str]] = {}
        for sentence in source.sentences:
            paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
        for number, sentences in paragraphs.items():
            self._paragraph(
                f"¶{number}  " + " ".join(sentences),
                self._char(0.95),
                self._block(bottom=3, indent=1),
            )


def report_sections(section: str | None) -> tuple[str, ...]:
    """The parts to print: every part for the whole report, else the one section's."""
    if section is None:
        return SECTIONS
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}")
    return (section,)
