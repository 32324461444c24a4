"""The counter's camera (到店自提): the laptop's camera reads the buyer's QR code, and the
counter takes the text as it takes a barcode scanner's keystrokes.

QtMultimedia is imported where the camera is used, so that only opening the counter loads it
(its FFmpeg backend takes a moment). Frames arrive on the GUI thread many times a second: one
at a time is turned into a small grayscale picture there (measured: 7 ms for a 1280×720
frame) and decoded on the task pool (1 to 12 ms at 640 pixels; zxing-cpp lets go of the GIL
meanwhile); frames that arrive during a decode, or sooner than DECODE_EVERY after the last
one, are dropped, so the window never waits for them.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCameraPermission, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import log_unexpected
from shop.storefront.pickup import qr_texts_in_gray

log = logging.getLogger(__name__)

#: At most this many seconds between the starts of two decodes: about three frames a second.
DECODE_EVERY = 0.3
#: The frame's long side is scaled down to this many pixels: a QR held up to a laptop's
#: camera still reads, and a decode stays short.
FRAME_SIDE = 640
#: The same code seen again within this many seconds of its last sighting is not taken again:
#: a QR held up for a while is read once.
REPEAT_AFTER = 5.0


def cameras() -> list:
    """The cameras of this computer (QCameraDevice), the default one first."""
    from PySide6.QtMultimedia import QMediaDevices

    found = list(QMediaDevices.videoInputs())
    default = QMediaDevices.defaultVideoInput()
    return sorted(found, key=lambda d: d != default)


def gray_pixels(image: QImage) -> tuple[bytes, int, int] | None:
    """A frame's picture as grayscale bytes (one a pixel, row after row) at most FRAME_SIDE
    pixels on its long side, with its width and height; None for an empty picture."""
    if image.isNull():
        return None
    if max(image.width(), image.height()) > FRAME_SIDE:
        image = image.scaled(FRAME_SIDE, FRAME_SIDE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    image = image.convertToFormat(QImage.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    bits = bytes(image.constBits())[: stride * height]
    if stride != width:  # rows are padded to four bytes
        bits = b"".join(bits[y * stride: y * stride + width] for y in range(height))
    return bits, width, height


class CounterCamera(QWidget):
    """A "Camera" toggle, the camera's picture while it is on, and a line that says what the
    camera is doing. Emits `scanned` with the text of each new QR code it reads."""

    scanned = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.camera = None
        self._session = None
        self.preview = None
        self._decoding = False
        self._last_decode = 0.0
        self._seen: tuple[str, float] | None = None  # the last code taken, last seen when
        self.setObjectName("counter_camera_box")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Camera"))
        self.button.setObjectName("counter_camera")
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)  # a scanner's Enter must not toggle it
        self.button.toggled.connect(self._toggled)
        self.note = QLabel()
        self.note.setObjectName("counter_camera_note")
        self.note.setWordWrap(True)
        row.addWidget(self.button)
        row.addWidget(self.note, 1)
        layout.addLayout(row)
        self._layout = layout
        self.refresh_devices()
        self._devices = self._watch_devices()

    def _watch_devices(self):
        """Follow cameras plugged in or out while the counter is open."""
        from PySide6.QtMultimedia import QMediaDevices

        devices = QMediaDevices(self)
        devices.videoInputsChanged.connect(self.refresh_devices)
        return devices

    # -- which camera ---------------------------------------------------------------------
    def refresh_devices(self) -> bool:
        """Enable the toggle when the computer has a camera; say so when it has none."""
        try:
            found = bool(cameras())
        except Exception as e:  # no multimedia backend here: as good as no camera
            log_unexpected(e, "the cameras cannot be listed", log)
            found = False
        self.button.setEnabled(found)
        self.button.setToolTip(self.tr("Read the buyer's QR code with this computer's camera.")
                               if found else self._no_camera_text())
        if not found:
            self.button.setChecked(False)
            self.note.setText(self._no_camera_text())
        elif not self.button.isChecked():
            self.note.setText("")
        return found

    def _no_camera_text(self) -> str:
        return self.tr("No camera was found on this computer: scan with a barcode scanner or "
                       "type the order number.")

    # -- on and off -----------------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        if on:
            self._ask_then_start()
        else:
            self.stop()

    def _ask_then_start(self) -> None:
        app = QApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            app.requestPermission(permission, self,
                                  lambda _p: self.button.isChecked() and self._ask_then_start())
            return
        if status == Qt.PermissionStatus.Denied:
            self._stopped(self.tr("This computer does not let the app use the camera: allow "
                                  "it in the system's privacy settings."))
            return
        self.start()

    def start(self) -> None:
        """Turn the default camera on and read every few frames for a QR code."""
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        found = cameras()
        if not found:
            self.refresh_devices()
            return
        if self.preview is None:
            self.preview = QVideoWidget()
            self.preview.setObjectName("counter_camera_preview")
            self.preview.setMinimumHeight(180)
            self._layout.addWidget(self.preview)
            # Queued: a backend may hand frames over on its own thread, and the frame's
            # picture is made, and the decode started, on the GUI thread only.
            self.preview.videoSink().videoFrameChanged.connect(self.take_frame,
                                                               Qt.QueuedConnection)
        self.camera = QCamera(found[0])
        self._session = QMediaCaptureSession()
        self._session.setCamera(self.camera)
        self._session.setVideoOutput(self.preview)
        if self.camera.error() != QCamera.Error.NoError:  # said before anyone could listen
            self._camera_failed(self.camera.error(), self.camera.errorString())
            return
        self.camera.errorOccurred.connect(self._camera_failed)
        self.preview.show()
        self.camera.start()
        self.note.setText(self.tr("Hold the buyer's QR code up to the camera."))

    def stop(self) -> None:
        """Turn the camera off and hide its picture."""
        if self.camera is not None:
            self.camera.stop()
            self._session.setCamera(None)
            self.camera.deleteLater()
            self.camera = self._session = None
        if self.preview is not None:
            self.preview.hide()
        self._seen = None
        if self.button.isEnabled():
            self.note.setText("")

    def _camera_failed(self, _error, text: str) -> None:
        self._stopped(self.tr("The camera is off: {reason}").format(reason=text))

    def _stopped(self, sentence: str) -> None:
        self.button.setChecked(False)  # stops it
        self.note.setText(sentence)

    # -- frames ---------------------------------------------------------------------------
    def take_frame(self, frame) -> bool:
        """Read a QR code in this frame (a QVideoFrame) unless one is being read or the last
        was read less than DECODE_EVERY ago; True when the frame is being read."""
        now = time.monotonic()
        if self._decoding or now - self._last_decode < DECODE_EVERY or not frame.isValid():
            return False
        pixels = gray_pixels(frame.toImage())
        if pixels is None:
            return False
        self._decoding, self._last_decode = True, now
        data, width, height = pixels
        op = self.ctx.tasks.query(self.tr("Reading the camera's picture"),
                                  lambda _work, _c: qr_texts_in_gray(data, width, height),
                                  owner=self, quiet=True)
        op.on_success(self._decoded)
        op.on_failure(self._not_decoded)
        return True

    def _not_decoded(self, error: BaseException) -> None:
        self._decoding = False
        log_unexpected(error, "a camera frame could not be read", log)

    def _decoded(self, texts: list[str]) -> None:
        self._decoding = False
        if not texts:
            return
        text, now = texts[0], time.monotonic()
        seen = self._seen
        self._seen = (text, now)
        if seen and seen[0] == text and now - seen[1] < REPEAT_AFTER:
            return
        self.scanned.emit(text)
