"""The printable A4 catalog (DM 目录): store header, then a grid of products with
picture, name, variants, price and a QR code each. Built as a background task."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.render import PDF_DPI, ensure_gui, font
from desktop.render.pdf_file import PdfSheet, write_a4_pdf
from desktop.render.qr import draw_qr

if TYPE_CHECKING:
    from desktop.services.share_kit import Catalog, CatalogEntry
    from desktop.services.tasks import TaskContext

COLUMNS, ROWS = 2, 3
PER_PAGE = COLUMNS * ROWS


@dataclass(frozen=True)
class CatalogSummary:
    path: Path
    pages: int
    entries: int


def write_catalog(path, store_name: str, subtitle: str, entries, report=None) -> CatalogSummary:
    """Write the catalog PDF to `path`. `report(done, total)` is called after each page and
    may raise to stop (a cancelled task); the partial file is then removed."""
    entries = list(entries)
    chunks = [entries[k:k + PER_PAGE] for k in range(0, len(entries), PER_PAGE)] or [[]]

    def draw(sheet: PdfSheet) -> None:
        done = 0
        for n, chunk in enumerate(chunks):
            if n:
                sheet.new_page()
            draw_page(sheet.painter, sheet.width, sheet.height, store_name, subtitle, chunk)
            done += len(chunk)
            if report is not None:
                report(done, len(entries))

    write_a4_pdf(path, store_name, 12, draw)
    return CatalogSummary(Path(path), len(chunks), len(entries))


def catalog_task(catalog: Catalog, path) -> Callable[[TaskContext], CatalogSummary]:
    """A task writing the catalog PDF to `path`, with progress and cancel."""

    def task(ctx: TaskContext) -> CatalogSummary:
        ctx.check()
        return write_catalog(path, catalog.store_name, catalog.subtitle, catalog.entries,
                             report=lambda done, total: ctx.report(done, total))
    return task


def draw_page(p: QPainter, width: float, height: float, store_name: str, subtitle: str,
              entries):
    """Draw one catalog page: the header and up to PER_PAGE cells."""
    header = 150
    cell_w, cell_h = width / COLUMNS, (height - header) / ROWS
    _header(p, store_name, subtitle, width, header)
    for k, entry in enumerate(entries):
        cell = QRectF((k % COLUMNS) * cell_w, header + (k // COLUMNS) * cell_h, cell_w, cell_h)
        _cell(p, entry, cell.adjusted(10, 10, -10, -10))


def page_image(store_name: str, subtitle: str, entries) -> QImage:
    """One catalog page drawn into an image at the PDF's resolution (preview, checks)."""
    ensure_gui()
    width, height = round((210 - 24) / 25.4 * PDF_DPI), round((297 - 24) / 25.4 * PDF_DPI)
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    draw_page(p, width, height, store_name, subtitle, list(entries)[:PER_PAGE])
    p.end()
    return image


def _header(p: QPainter, store_name: str, subtitle: str, width: float, height: float) -> None:
    p.fillRect(QRectF(0, 0, width, height - 30), QColor("#2f6b4f"))
    p.setPen(QColor("white"))
    p.setFont(font(48, bold=True))
    p.drawText(QRectF(30, 0, width - 60, 80), Qt.AlignLeft | Qt.AlignBottom, store_name)
    p.setFont(font(24))
    p.drawText(QRectF(30, 80, width - 60, 40), Qt.AlignLeft | Qt.AlignVCenter, subtitle)


def _cell(p: QPainter, e: CatalogEntry, r: QRectF) -> None:
    p.setPen(QColor("#dddddd"))
    p.drawRect(r)
    pic = QRectF(r.x() + 10, r.y() + 10, r.width() - 20, r.height() * 0.55)
    image = QImage(str(e.image)) if e.image else QImage()
    if image.isNull():
        p.fillRect(pic, QColor("#e8e4dc"))
        p.setPen(QColor("#8a8170"))
        p.setFont(font(80, bold=True))
        p.drawText(pic, Qt.AlignCenter, e.name[:1])
    else:
        scaled = image.scaled(pic.size().toSize(), Qt.KeepAspectRatio, Qt.SmoothTransformation)
        p.drawImage(QRectF(pic.x() + (pic.width() - scaled.width()) / 2, pic.y(),
                           scaled.width(), scaled.height()), scaled)
    top = pic.bottom() + 10
    qr_side = min(r.bottom() - top - 10, r.width() * 0.4)
    text_w = r.width() - qr_side - 30
    p.setPen(QColor("#222"))
    p.setFont(font(26, bold=True))
    p.drawText(QRectF(r.x() + 10, top, text_w, 70), Qt.TextWordWrap | Qt.AlignTop, e.name)
    p.setPen(QColor("#666"))
    p.setFont(font(18))
    p.drawText(QRectF(r.x() + 10, top + 72, text_w, 60), Qt.TextWordWrap | Qt.AlignTop,
               e.variants)
    p.setPen(QColor("#c0392b"))
    p.setFont(font(36, bold=True))
    p.drawText(QRectF(r.x() + 10, r.bottom() - 60, text_w, 50), Qt.AlignLeft | Qt.AlignVCenter,
               e.price)
    draw_qr(p, e.qr, QRectF(r.right() - qr_side - 10, r.bottom() - qr_side - 10, qr_side, qr_side))
