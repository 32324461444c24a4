"""Share kit drawn with Qt, offscreen: the share poster (PNG) and the A4 catalog (PDF).

Works without a window: ensure_gui() starts an offscreen QGuiApplication when none
runs (the command line), and the drawing happens on QImage / QPdfWriter, which
background threads may use.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter

FONT_FAMILIES = ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
                 "Noto Serif CJK SC", "sans-serif"]


def ensure_gui() -> None:
    """Make sure a Qt application exists (offscreen when this process has none)."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app
        _app = QGuiApplication([])


_app = None


def font(pixel_size: int, bold: bool = False) -> QFont:
    """A font that has Chinese glyphs, at a pixel size."""
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, pixel_size))
    f.setBold(bold)
    return f


def qr_image(qr) -> QImage:
    """A QR code as a one-pixel-per-module grayscale image with its 4-module quiet zone."""
    n = qr.size + 8
    line = (n + 3) // 4 * 4  # rows of a QImage are 4-byte aligned
    rows = bytearray(b"\xff" * (line * n))
    for y, row in enumerate(qr.modules):
        start = (y + 4) * line + 4
        rows[start:start + qr.size] = bytes(0 if dark else 255 for dark in row)
    return QImage(bytes(rows), n, n, line, QImage.Format_Grayscale8).copy()


def draw_qr(painter: QPainter, qr, rect: QRectF) -> None:
    """Paint a QR code (shop.storefront.share.Qr) into rect, square, with its quiet zone.

    Drawn as one image scaled without smoothing, so modules stay sharp; this is also a
    handful of painter calls instead of one per module."""
    image = qr_image(qr)
    side = min(rect.width(), rect.height())
    target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                    side, side)
    painter.save()
    painter.setRenderHint(QPainter.SmoothPixmapTransform, False)
    painter.drawImage(target, image)
    painter.restore()
