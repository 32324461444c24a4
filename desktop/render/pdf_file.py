"""Writing an A4 PDF file all or nothing: the drawing goes to `<name>.partial`, which is
renamed over the destination only once the painter has ended and the writer is gone (a
QPdfWriter may still hold unwritten bytes until then). A failure or a cancel while
drawing removes the partial file and leaves whatever was at the destination as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from desktop.render import PDF_DPI, ensure_gui

T = TypeVar("T")


class PdfSheet:
    """What a draw callback gets: the painter, the drawable page's size in pixels at
    PDF_DPI, and new_page() to start the next page. It lets go of the writer when the
    drawing is over, so a callback that keeps it cannot hold the file open."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, width: int, height: int):
        self._writer: QPdfWriter | None = writer
        self.painter: QPainter | None = painter
        self.width, self.height = width, height

    def new_page(self) -> None:
        """End the current page and draw on a fresh one."""
        if self._writer is None:
            raise RuntimeError("The PDF is already finished")
        self._writer.newPage()

    def _finish(self) -> None:
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.painter = self._writer = None


def write_a4_pdf(path, title: str, margin_mm: float, draw: Callable[[PdfSheet], T]) -> T:
    """Draw a portrait A4 PDF titled `title` with `draw(sheet)` and put it at `path` only
    when whole; returns what `draw` returned. Whatever `draw` raises (a cancel included)
    removes the partial file and is raised again."""
    ensure_gui()
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    writer = _a4_writer(partial, title, margin_mm)
    page = writer.pageLayout().paintRectPixels(PDF_DPI)
    sheet = PdfSheet(writer, QPainter(), page.width(), page.height())
    try:
        if not sheet.painter.begin(writer):
            raise OSError(f"Cannot write the PDF file {partial}")
        result = draw(sheet)
    except BaseException:
        sheet._finish()
        del writer
        partial.unlink(missing_ok=True)
        raise
    sheet._finish()
    del writer  # the PDF is complete once the writer is gone
    partial.replace(path)
    return result


def _a4_writer(path: Path, title: str, margin_mm: float) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Ziliudi")
    return writer
