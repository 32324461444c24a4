"""A QR code (shop.storefront.share.Qr) as an image, and painted into a rectangle."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter


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
