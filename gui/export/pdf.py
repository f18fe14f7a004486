"""Print a report document to any paged device: a PDF file, a printer, a print preview.

The document is laid out for the device's page first (a clone, with the device as its
layout's paint device and the page's printable area as its page size), and then printed
with `QTextDocument.print_()`. Because the clone is already paginated, print_() prints it
page for page, so the page count is known before printing and the same on screen, on
paper and in the PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from .. import __version__

MARGINS_MM = QMarginsF(18, 18, 18, 18)


def paginate(doc: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy of `doc` laid out on `device`'s pages; its pageCount() is what prints."""
    copy = doc.clone()
    copy.documentLayout().setPaintDevice(device)
    copy.setPageSize(QSizeF(device.width(), device.height()))
    return copy


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Print `doc` on `device` (a QPrinter or QPdfWriter); returns the number of pages."""
    paged = paginate(doc, device)
    pages = paged.pageCount()
    paged.print_(device)
    return pages


def page_setup(device: QPagedPaintDevice) -> None:
    """A4 portrait with 18 mm margins: the report's page."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(doc: QTextDocument, path: Path, title: str = "") -> int:
    """Write `doc` to a PDF file at `path`; returns the number of pages.

    Raises OSError when the file cannot be written (QPdfWriter itself only warns).
    """
    path = Path(path)
    # QPdfWriter opens the file lazily and reports nothing: check we can write it first.
    with path.open("wb"):
        pass
    writer = QPdfWriter(str(path))
    page_setup(writer)
    writer.setResolution(600)
    writer.setTitle(title or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator(f"Strategy Viewer {__version__}")
    pages = print_document(doc, writer)
    del writer  # closes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages
