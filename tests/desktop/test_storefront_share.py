"""Share kit: QR codes that decode back to the right link, the 750×1334 poster and the A4
catalog PDF (built as a task, cancellable), with their timings printed."""

import time

import pytest
import zxingcpp  # a test dependency (pyproject's test extra): missing, the run fails

from desktop.services import storefront as service
from desktop.services.tasks import Cancelled, TaskContext, run_inline
from tests.desktop.test_storefront_service import demo_work, with_storefront  # noqa: F401


def decode(qimage):
    from PySide6.QtGui import QImage

    gray = qimage.convertToFormat(QImage.Format_Grayscale8)
    w, h, line = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[:line * h]
    rows = b"".join(data[y * line:y * line + w] for y in range(h))
    return [r.text for r in zxingcpp.read_barcodes(memoryview(rows).cast("B", (h, w)))]


def test_store_and_listing_qr_decode(demo_work):  # noqa: F811
    from PySide6.QtGui import QImage

    item = service.listings(demo_work, live_only=True)[0]
    for code in (service.store_qr(demo_work), service.listing_qr(demo_work, item.id)):
        image = QImage.fromData(code.png())
        assert decode(image) == [code.text]
    assert service.listing_qr(demo_work, item.id).text.endswith(
        f"items/{item.product_key}.html?v={item.id}")


def test_poster_size_qr_and_chinese(demo_work, tmp_path, qapp):  # noqa: F811
    from PySide6.QtGui import QImage

    from desktop.render.poster import save_poster
    from desktop.services.share_kit import poster_content

    item = service.listings(demo_work, live_only=True)[0]
    started = time.perf_counter()
    path = save_poster(poster_content(demo_work, item.id), tmp_path / "poster.png")
    took = time.perf_counter() - started
    print(f"\nposter: {took * 1000:.0f} ms")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (750, 1334)
    assert decode(image) == [poster_content(demo_work, item.id).qr.text]
    # the store's Chinese name is drawn with glyphs, not boxes: its header has white strokes
    header = image.copy(40, 20, 500, 70)
    whites = sum(1 for x in range(0, 500, 2) for y in range(0, 70, 2)
                 if header.pixelColor(x, y).lightness() > 200)
    assert whites > 100


def test_catalog_pdf_pages_and_qr(demo_work, tmp_path, qapp):  # noqa: F811
    from desktop.render.catalog import catalog_task
    from desktop.services.share_kit import catalog

    entries = catalog(demo_work).entries
    seen = []
    started = time.perf_counter()
    summary = run_inline(lambda work, c: catalog_task(catalog(work), tmp_path / "catalog.pdf")(c),
                         demo_work, seen.append)
    took = time.perf_counter() - started
    print(f"\ncatalog: {summary.entries} products, {summary.pages} pages, {took * 1000:.0f} ms")
    data = summary.path.read_bytes()
    assert data.startswith(b"%PDF")
    assert summary.pages == -(-len(entries) // 6) and summary.entries == len(entries)
    assert _pdf_pages(data) == summary.pages
    assert seen[-1].done == seen[-1].total == len(entries)
    # the first page drawn by the same code into an image: each QR decodes to its product
    from desktop.render.catalog import page_image

    image = page_image("店", "", entries)
    assert sorted(decode(image)) == sorted(e.qr.text for e in entries[:6])


def _pdf_pages(data: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def test_catalog_cancel_leaves_no_file(demo_work, tmp_path, qapp):  # noqa: F811
    from desktop.render.catalog import catalog_task
    from desktop.services.share_kit import catalog

    (tmp_path / "out").mkdir()
    ctx = TaskContext(lambda p: ctx.cancel() if p.done else None)
    with pytest.raises(Cancelled):
        catalog_task(catalog(demo_work), tmp_path / "out" / "c.pdf")(ctx)
    assert list((tmp_path / "out").iterdir()) == []
