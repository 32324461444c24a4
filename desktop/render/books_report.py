"""The books' reports as an A4 PDF: a title, then each report (shop.books.export.Section)
as a table under its heading, continued on the next page when it runs out of room."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktop.render import font
from desktop.render.pdf_file import PdfSheet, write_a4_pdf

ROW = 34  # a table row's height in pixels at PDF_DPI
NUMERIC = {"amount", "cost", "margin", "opening", "in", "out", "sold", "offered",
           "sell_through"}


def write_report_pdf(path, title: str, subtitle: str, sections, headings=None) -> int:
    """Write `sections` to the PDF at `path` (renamed into place when whole); how many pages.
    `headings` maps a section's title, its column names and the names in its first column
    (accounts, totals) to the words printed for them."""
    words = headings or {}

    def draw(sheet: PdfSheet) -> int:
        p, width, height = sheet.painter, sheet.width, sheet.height
        p.setPen(QColor("#222"))
        p.setFont(font(40, bold=True))
        p.drawText(QRectF(0, 0, width, 60), Qt.AlignLeft | Qt.AlignVCenter, title)
        p.setFont(font(22))
        p.setPen(QColor("#666"))
        p.drawText(QRectF(0, 60, width, 36), Qt.AlignLeft | Qt.AlignVCenter, subtitle)
        pages, y = 1, 120.0
        for section in sections:
            if y + 3 * ROW > height:
                sheet.new_page()
                pages, y = pages + 1, 0
            y = _heading(p, words.get(section.title, section.title), width, y)
            columns = [words.get(c, c) for c in section.columns]
            y = _row(p, columns, section.columns, width, y, header=True)
            for row in section.rows:
                if y + ROW > height:
                    sheet.new_page()
                    pages, y = pages + 1, 0
                    y = _row(p, columns, section.columns, width, y, header=True)
                cells = ["" if v is None else str(v) for v in row]
                cells[0] = words.get(cells[0], cells[0])  # an account's or a total's name
                y = _row(p, cells, section.columns, width, y)
            y += ROW
        return pages

    return write_a4_pdf(path, title, 15, draw)


def _heading(p: QPainter, text: str, width: float, y: float) -> float:
    p.setPen(QColor("#2f6b4f"))
    p.setFont(font(28, bold=True))
    p.drawText(QRectF(0, y, width, 48), Qt.AlignLeft | Qt.AlignVCenter, text)
    return y + 52


def _row(p: QPainter, cells, columns, width: float, y: float, header: bool = False) -> float:
    """One row of a table: the first column twice as wide, numbers to the right."""
    unit = width / (len(cells) + 1)
    if header:
        p.fillRect(QRectF(0, y, width, ROW), QColor("#eef3f0"))
    p.setPen(QColor("#222"))
    p.setFont(font(20, bold=header))
    x = 0.0
    for n, (text, column) in enumerate(zip(cells, columns)):
        w = unit * 2 if n == 0 else unit
        align = Qt.AlignRight if column in NUMERIC else Qt.AlignLeft
        shown = p.fontMetrics().elidedText(text, Qt.ElideRight, int(w - 12))
        p.drawText(QRectF(x + 6, y, w - 12, ROW), align | Qt.AlignVCenter, shown)
        x += w
    p.setPen(QColor("#dddddd"))
    p.drawLine(0, int(y + ROW), int(width), int(y + ROW))
    return y + ROW
