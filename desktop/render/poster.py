"""The share poster: 750×1334 PNG (WeChat's size) with the picture, name, price, QR code
and the store's name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.render import ensure_gui, font
from desktop.render.qr import draw_qr

if TYPE_CHECKING:
    from desktop.services.share_kit import PosterContent

WIDTH, HEIGHT = 750, 1334
GREEN = QColor("#2f6b4f")
RED = QColor("#c0392b")


def _picture(painter: QPainter, path: Path | None, rect: QRectF, name: str) -> None:
    image = QImage(str(path)) if path else QImage()
    if image.isNull():
        painter.fillRect(rect, QColor("#e8e4dc"))
        painter.setPen(QColor("#8a8170"))
        painter.setFont(font(150, bold=True))
        painter.drawText(rect, Qt.AlignCenter, name[:1])
        return
    scaled = image.scaled(rect.size().toSize(), Qt.KeepAspectRatioByExpanding,
                          Qt.SmoothTransformation)
    sx = (scaled.width() - rect.width()) / 2
    sy = (scaled.height() - rect.height()) / 2
    painter.drawImage(rect, scaled, QRectF(sx, sy, rect.width(), rect.height()))


def render_poster(content: PosterContent) -> QImage:
    """Draw the poster into a 750×1334 image."""
    ensure_gui()
    image = QImage(WIDTH, HEIGHT, QImage.Format_RGB32)
    image.fill(QColor("#f6f5f2"))
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.setRenderHint(QPainter.TextAntialiasing)
    p.setRenderHint(QPainter.SmoothPixmapTransform)
    p.fillRect(QRectF(0, 0, WIDTH, 110), GREEN)
    p.setPen(QColor("white"))
    p.setFont(font(40, bold=True))
    p.drawText(QRectF(40, 0, WIDTH - 80, 110), Qt.AlignVCenter | Qt.AlignLeft,
               content.store_name)
    _picture(p, content.image, QRectF(40, 140, 670, 670), content.name)
    p.setPen(QColor("#222"))
    p.setFont(font(44, bold=True))
    p.drawText(QRectF(40, 835, 670, 120), Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop,
               content.name)
    p.setFont(font(30))
    p.setPen(QColor("#666"))
    p.drawText(QRectF(40, 955, 670, 44), Qt.AlignLeft | Qt.AlignVCenter, content.variant)
    p.setPen(RED)
    p.setFont(font(72, bold=True))
    p.drawText(QRectF(40, 1010, 400, 100), Qt.AlignLeft | Qt.AlignVCenter, content.price)
    if content.was_price:
        p.setPen(QColor("#999"))
        was = font(28)
        was.setStrikeOut(True)
        p.setFont(was)
        p.drawText(QRectF(40, 1110, 400, 40), Qt.AlignLeft | Qt.AlignVCenter, content.was_price)
    draw_qr(p, content.qr, QRectF(470, 1000, 240, 240))
    if content.pickup:  # beside the QR, under the price: where the goods can be collected
        p.setPen(GREEN)
        p.setFont(font(24))
        p.drawText(QRectF(40, 1160, 410, 85), Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop,
                   content.pickup)
    p.setPen(QColor("#666"))
    p.setFont(font(24))
    p.drawText(QRectF(40, 1250, 670, 50), Qt.AlignCenter, content.caption)
    p.end()
    return image


def save_poster(content: PosterContent, path) -> Path:
    """Render the poster and write it as PNG to `path`."""
    path = Path(path)
    image = render_poster(content)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path
