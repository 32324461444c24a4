"""The counter's camera (到店自提) without a camera device: frames holding a real QR of a
pickup order (drawn with segno, as the app draws its codes) go through a QVideoSink into the
frame handler, are read off the GUI thread, and the counter shows the order as it does for a
scanner's keystrokes; a code held up for a while is read once. With no camera on the computer
the toggle is disabled and says so; a camera that cannot start says why."""

import io
import threading

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.ui import counter_camera
from tests.desktop.test_orders_page import idle, page  # noqa: F401
from tests.desktop.test_pickup_page import _pickup_order


def _frame(text: str | None):
    """A 1280×720 camera frame (a QVideoFrame), the QR of `text` in it when given."""
    from PySide6.QtMultimedia import QVideoFrame

    frame = QImage(1280, 720, QImage.Format_RGB32)
    frame.fill(QColor("#9a9a90"))
    if text is not None:
        import segno

        out = io.BytesIO()
        segno.make(text, error="m", micro=False).save(out, kind="png", scale=8, border=4)
        code = QImage.fromData(out.getvalue())
        painter = QPainter(frame)
        painter.drawImage(QRect(700, 160, 400, 400), code)
        painter.end()
    return QVideoFrame(frame)


def test_no_camera_says_so(ui, monkeypatch):
    from desktop.ui.pickup_dialogs import CounterDialog

    monkeypatch.setattr(counter_camera, "cameras", lambda: [])
    dialog = CounterDialog(ui, ui.ctx)
    button = dialog.findChild(type(dialog.camera.button), "counter_camera")
    assert button is dialog.camera.button and button.text() == "Camera"
    assert not button.isEnabled()
    assert button.toolTip().startswith("No camera was found on this computer")
    assert dialog.camera.note.text() == button.toolTip()
    button.click()  # disabled: nothing starts
    assert dialog.camera.camera is None and dialog.camera.preview is None

    monkeypatch.setattr(counter_camera, "cameras", lambda: ["a camera"])
    assert dialog.camera.refresh_devices()
    assert button.isEnabled() and dialog.camera.note.text() == ""
    assert button.toolTip() == "Read the buyer's QR code with this computer's camera."
    dialog.close()


def test_a_camera_that_cannot_start_says_why(ui, monkeypatch):
    from PySide6.QtMultimedia import QCameraDevice

    from desktop.ui.pickup_dialogs import CounterDialog

    monkeypatch.setattr(counter_camera, "cameras", lambda: [QCameraDevice()])  # no such device
    dialog = CounterDialog(ui, ui.ctx)
    button = dialog.camera.button
    assert button.isEnabled()
    button.click()
    assert not button.isChecked() and dialog.camera.camera is None
    assert dialog.camera.note.text().startswith("The camera is off: ")
    dialog.close()


def test_a_camera_frame_finds_the_order(page, qtbot, monkeypatch):  # noqa: F811
    from PySide6.QtMultimedia import QVideoSink

    from shop.orders.model import escrow_number

    escrow_id = _pickup_order(page, qtbot)
    number = escrow_number(escrow_id)
    counter = page.counter_dialog()
    qtbot.addWidget(counter)
    counter.show()
    camera = counter.camera
    threads = []
    read = counter_camera.qr_texts_in_gray

    def reading(*args):
        threads.append(threading.current_thread())
        return read(*args)

    monkeypatch.setattr(counter_camera, "qr_texts_in_gray", reading)
    taken = []
    camera.scanned.connect(taken.append)
    monkeypatch.setattr(counter_camera, "DECODE_EVERY", 0.0)

    empty = _frame(None)  # nothing to read: nothing is taken
    assert camera.take_frame(empty)
    qtbot.waitUntil(lambda: not camera._decoding, timeout=10_000)
    assert taken == [] and counter.fields["order"].text() == ""

    sink = QVideoSink()  # as the preview's sink hands the camera's frames over
    sink.videoFrameChanged.connect(camera.take_frame)
    sink.setVideoFrame(_frame(f"ZLD-PICKUP:{number}"))
    qtbot.waitUntil(lambda: counter.fields["order"].text() == number, timeout=20_000)
    assert taken == [f"ZLD-PICKUP:{number}"]
    assert counter.fields["point"].text() == "西湖店 (文三路 1 号)"
    assert counter.fields["buyer"].text() == "王小明"
    assert threads and threading.main_thread() not in threads
    idle(page, qtbot)

    # Held up for a while: read again, not taken again; one frame at a time is read.
    frame = _frame(f"ZLD-PICKUP:{number}")
    assert camera.take_frame(frame) and not camera.take_frame(frame)
    qtbot.waitUntil(lambda: not camera._decoding, timeout=10_000)
    assert len(threads) == 3 and taken == [f"ZLD-PICKUP:{number}"]

    monkeypatch.setattr(counter_camera, "DECODE_EVERY", 60.0)  # throttled: the frame is dropped
    assert not camera.take_frame(_frame("12-x"))
    monkeypatch.setattr(counter_camera, "DECODE_EVERY", 0.0)
    assert camera.take_frame(_frame("12-x"))  # another code goes the scanner's way
    qtbot.waitUntil(lambda: counter.view is None, timeout=20_000)
    assert taken[-1] == "12-x" and "not an order number" in counter.verdict.text()
    idle(page, qtbot)
    counter.close()
