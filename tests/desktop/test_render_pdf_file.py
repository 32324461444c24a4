"""A PDF reaches its destination whole or not at all (desktop.render.pdf_file)."""

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtPdf import QPdfDocument

from desktop.render import font
from desktop.render.pdf_file import write_a4_pdf
from desktop.services.tasks import Cancelled

OLD = b"the statement printed last month"


def _two_pages(sheet):
    for n, word in enumerate(("first", "second")):
        if n:
            sheet.new_page()
        sheet.painter.setFont(font(30))
        sheet.painter.drawText(QRectF(0, 0, sheet.width, 60), Qt.AlignLeft, word)
    return "drawn"


def test_a_whole_pdf_replaces_the_destination_and_returns_what_was_drawn(tmp_path, qapp):
    path = tmp_path / "out.pdf"
    path.write_bytes(OLD)
    assert write_a4_pdf(path, "Title", 12, _two_pages) == "drawn"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    doc = QPdfDocument()
    doc.load(str(path))
    assert doc.pageCount() == 2
    assert doc.getAllText(1).text() == "second"
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("stop", [ValueError("the ink ran out"), Cancelled()])
def test_a_failure_or_cancel_mid_draw_keeps_the_old_file_and_leaves_no_partial(
        tmp_path, qapp, stop):
    path = tmp_path / "out.pdf"
    path.write_bytes(OLD)
    seen = []

    def draw(sheet):
        sheet.painter.drawText(QRectF(0, 0, sheet.width, 60), Qt.AlignLeft, "half")
        sheet.new_page()
        seen.append((tmp_path / "out.pdf.partial").exists())
        raise stop

    with pytest.raises(type(stop)):
        write_a4_pdf(path, "Title", 12, draw)
    assert seen == [True]  # the drawing did go to the partial file
    assert path.read_bytes() == OLD
    assert not list(tmp_path.glob("*.partial"))


def test_a_failure_with_no_file_yet_leaves_nothing(tmp_path, qapp):
    def draw(sheet):
        raise KeyError("row")

    with pytest.raises(KeyError):
        write_a4_pdf(tmp_path / "new.pdf", "Title", 12, draw)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_does_not_exist_is_refused_before_drawing(tmp_path, qapp):
    drawn = []
    with pytest.raises(OSError):
        write_a4_pdf(tmp_path / "missing" / "out.pdf", "Title", 12, drawn.append)
    assert drawn == []
