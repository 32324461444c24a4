"""A month's downline statement as an A4 PDF: a title, then per currency one row per member
(sales, what it kept, commission by level and by state) and the currency's total, the
table's header repeated at the top of each new page."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktop.render import font
from desktop.render.pdf_file import PdfSheet, write_a4_pdf

ROW = 30  # a table row's height in pixels at PDF_DPI
#: The columns drawn, of the service's STATEMENT_COLUMNS; the member's is three wide.
SHOWN = ("member", "sales", "refunded", "own", "level2", "level3", "frozen", "available",
         "settled", "reversed")
TOTAL = "total"


def write_statement_pdf(path, title: str, subtitle: str, columns, rows,
                        headings=None) -> int:
    """Write the statement's `rows` (tuples in the order of `columns`; a row whose member is
    "total" closes its currency) to the PDF at `path`, renamed into place when whole; how
    many pages. `headings` maps column names, "total" and "currency" to the words printed."""
    words = headings or {}
    at = {name: n for n, name in enumerate(columns)}
    header = [words.get(name, name) for name in SHOWN]

    def draw(sheet: PdfSheet) -> int:
        p, width, height = sheet.painter, sheet.width, sheet.height
        p.setPen(QColor("#222"))
        p.setFont(font(36, bold=True))
        p.drawText(QRectF(0, 0, width, 56), Qt.AlignLeft | Qt.AlignVCenter, title)
        p.setFont(font(20))
        p.setPen(QColor("#666"))
        p.drawText(QRectF(0, 56, width, 34), Qt.AlignLeft | Qt.AlignVCenter, subtitle)
        pages, y, currency = 1, 110.0, None
        for row in rows:
            if row[at["currency"]] != currency:
                currency = row[at["currency"]]
                if y + 4 * ROW > height:
                    sheet.new_page()
                    pages, y = pages + 1, 0.0
                y = _heading(p, f"{words.get('currency', 'currency')}: {currency}", width, y)
                y = _row(p, header, width, y, header=True)
            if y + ROW > height:
                sheet.new_page()
                pages, y = pages + 1, 0.0
                y = _row(p, header, width, y, header=True)
            cells = [str(row[at[name]]) for name in SHOWN]
            total = row[at["member"]] == TOTAL
            if total:
                cells[0] = words.get(TOTAL, TOTAL)
            y = _row(p, cells, width, y, header=total)
            if total:
                y += ROW
        return pages

    return write_a4_pdf(path, title, 12, draw)


def _heading(p: QPainter, text: str, width: float, y: float) -> float:
    p.setPen(QColor("#2f6b4f"))
    p.setFont(font(24, bold=True))
    p.drawText(QRectF(0, y, width, 44), Qt.AlignLeft | Qt.AlignVCenter, text)
    return y + 46


def _row(p: QPainter, cells, width: float, y: float, header: bool = False) -> float:
    """One row: the member three columns wide (an address elided in the middle), the
    amounts to the right."""
    unit = width / (len(cells) + 2)
    if header:
        p.fillRect(QRectF(0, y, width, ROW), QColor("#eef3f0"))
    p.setPen(QColor("#222"))
    p.setFont(font(16, bold=header))
    x = 0.0
    for n, text in enumerate(cells):
        w = unit * 3 if n == 0 else unit
        align = Qt.AlignLeft if n == 0 else Qt.AlignRight
        shown = p.fontMetrics().elidedText(text, Qt.ElideMiddle, int(w - 8))
        p.drawText(QRectF(x + 4, y, w - 8, ROW), align | Qt.AlignVCenter, shown)
        x += w
    p.setPen(QColor("#dddddd"))
    p.drawLine(0, int(y + ROW), int(width), int(y + ROW))
    return y + ROW
