"""Drawing without widgets: the share poster (PNG), QR images and the A4 PDFs (catalog,
books report, downline statement), each PDF written through pdf_file.write_a4_pdf.

Uses QtGui and QtCore only, never QtWidgets or desktop.ui, so the command line draws the
same pictures as the window. ensure_gui() starts an offscreen QGuiApplication when none
runs (the command line); the drawing happens on QImage / QPdfWriter, which background
threads may use.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QFont, QGuiApplication

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


def font(pixel_size: int, bold: bool = False) -> QFont:
    """A font that has Chinese glyphs, at a pixel size."""
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, pixel_size))
    f.setBold(bold)
    return f
