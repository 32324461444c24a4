"""Drawing without widgets: the share poster (PNG), QR images and the A4 catalog (PDF).

Uses QtGui and QtCore only, never QtWidgets or desktop.ui, so the command line draws the
same pictures as the window. ensure_gui() starts an offscreen QGuiApplication when none
runs (the command line); the drawing happens on QImage / QPdfWriter, which background
threads may use.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QMarginsF, QRect
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter

FONT_FAMILIES = ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
                 "Noto Serif CJK SC", "sans-serif"]


def ensure_gui() -> None:
    """Make sure a Qt application exists (offscreen when this process has none)."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app
        _app = QGuiApplication([])


_app = None


#: The resolution every PDF is drawn at.
PDF_DPI = 150


def a4_pdf(path, title: str, margin_mm: float) -> tuple[QPdfWriter, QRect]:
    """A portrait A4 PDF writer at PDF_DPI writing to `path`, titled `title`, and the page's
    drawable rectangle in pixels inside margins of `margin_mm`."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                         QPageLayout.Unit.Millimeter)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("Ziliudi")
    return writer, layout.paintRectPixels(PDF_DPI)


def font(pixel_size: int, bold: bool = False) -> QFont:
    """A font that has Chinese glyphs, at a pixel size."""
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, pixel_size))
    f.setBold(bold)
    return f
