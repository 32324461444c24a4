"""Selling without a chain in the window: the store's payment QR codes (WeChat Pay, Alipay),
and adding a buyer's order code as an offline order. Thin skins over
desktop.services.pay_by_code; the same checks and words as `ziliudi storefront payment` and
`ziliudi orders add-code`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QVBoxLayout)

from desktop.services import pay_by_code as service
from desktop.ui import dialogs
from desktop.ui.offline_dialogs import payment_names
from desktop.ui.tracking_dialog import TrackingDialog

QR_SIZE = 180
PICTURES = "*.png *.jpg *.jpeg *.webp *.bmp *.gif"


def kind_names() -> dict:
    """The payment codes' kinds in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    return {"wechat": QCoreApplication.translate("PaymentCodesDialog", "WeChat Pay"),
            "alipay": QCoreApplication.translate("PaymentCodesDialog", "Alipay")}


class PaymentCodesDialog(QDialog):
    """The store's payment codes: pick a picture of a WeChat Pay or Alipay code (only a
    payment code of that kind is kept), see each drawn anew, remove one."""

    def __init__(self, parent, ctx):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Payment QR codes"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Buyers who do not pay through the escrow scan one of these codes "
                              "on the storefront's checkout and send you the order code by "
                              "WeChat. Only the code's text is kept; the QR is drawn anew."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        body = QHBoxLayout()
        self.codes = QListWidget()
        self.codes.setObjectName("payment_codes")
        self.codes.currentItemChanged.connect(self._show_current)
        body.addWidget(self.codes, 1)
        self.preview = QLabel()
        self.preview.setObjectName("payment_code_preview")
        self.preview.setFixedSize(QR_SIZE, QR_SIZE)
        self.preview.setAlignment(Qt.AlignCenter)
        body.addWidget(self.preview)
        layout.addLayout(body)
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (
                ("wechat", self.tr("Add WeChat Pay code…"), lambda: self.add_code("wechat")),
                ("alipay", self.tr("Add Alipay code…"), lambda: self.add_code("alipay")),
                ("remove", self.tr("Remove"), self.remove_code)):
            button = QPushButton(text)
            button.setObjectName(f"payment_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        """Read the store's payment codes again."""
        self.codes.clear()
        names = kind_names()
        for code in service.payment_codes(self.ctx.session.work()):
            item = QListWidgetItem("{kind}: {text}".format(kind=names[code.kind], text=code.text))
            item.setData(Qt.UserRole, (code.kind, code.text))
            self.codes.addItem(item)
        if self.codes.count():
            self.codes.setCurrentRow(0)
        else:
            self.preview.clear()

    def _show_current(self, item, _previous=None) -> None:
        if item is None:
            self.preview.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(service.payment_qr_png(item.data(Qt.UserRole)[1], 4))
        self.preview.setPixmap(pixmap.scaled(QR_SIZE, QR_SIZE, Qt.KeepAspectRatio,
                                             Qt.FastTransformation))

    def add_code(self, kind: str, path: str | None = None):
        """Read the payment code of `kind` from a picture the seller picks, and keep it."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a picture of the {kind} code").format(
                    kind=kind_names()[kind]), "", self.tr("Pictures ({patterns})").format(
                    patterns=PICTURES))
        if not path:
            return None
        op = self.ctx.tasks.write(self.tr("Reading the payment code"),
                                  lambda work, _c: service.add_payment_code(work, kind, path),
                                  owner=self)
        op.on_success(lambda _code: self.refresh())
        return op

    def remove_code(self):
        """Forget the payment code chosen in the list."""
        item = self.codes.currentItem()
        if item is None:
            dialogs.show_info(self, self.tr("Choose a payment code first."))
            return None
        kind = item.data(Qt.UserRole)[0]
        op = self.ctx.tasks.write(self.tr("Removing the payment code"),
                                  lambda work, _c: service.remove_payment_code(work, kind),
                                  owner=self)
        op.on_success(lambda _none: self.refresh())
        return op


class OrderCodeDialog(QDialog):
    """Paste the order code a buyer sent (ZLD1-…), or read it from a picture of its QR."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an order code"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Paste the order code the buyer sent after paying your WeChat "
                               "Pay or Alipay code, or read it from a screenshot of its QR. "
                               "It becomes an unpaid order holding its stock until it is due."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.code = QPlainTextEdit()
        self.code.setObjectName("order_code_text")
        self.code.setPlaceholderText("ZLD1-…")
        layout.addWidget(self.code)
        self.picture = QPushButton(self.tr("Read from a picture…"))
        self.picture.setObjectName("order_code_picture")
        self.picture.clicked.connect(lambda: self.read_picture())
        layout.addWidget(self.picture)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def read_picture(self, path: str | None = None) -> None:
        """Fill in the order code from the QR in a picture (a screenshot the buyer sent)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a picture of the order code"), "",
                self.tr("Pictures ({patterns})").format(patterns=PICTURES))
        if not path:
            return
        try:
            self.code.setPlainText(service.order_code_from_picture(path))
        except Exception as e:
            dialogs.show_error(self, e)

    def text(self) -> str:
        return self.code.toPlainText().strip()


class MoneyArrivedDialog(QDialog):
    """How the money of an unpaid offline order came (as recorded, unless the seller says)."""

    def __init__(self, parent, payment: str):
        from PySide6.QtWidgets import QComboBox, QFormLayout


        super().__init__(parent)
        self.setWindowTitle(self.tr("Money arrived"))
        form = QFormLayout(self)
        self.via = QComboBox()
        self.via.setObjectName("paid_via")
        for key, name in payment_names().items():
            self.via.addItem(name, key)
        self.via.setCurrentIndex(max(0, self.via.findData(payment)))
        form.addRow(self.tr("Paid by"), self.via)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ShipOfflineDialog(TrackingDialog):
    """Carrier and tracking number of a paid offline order."""

    def __init__(self, parent, number: str):
        super().__init__(parent, self.tr("Order {number} shipped").format(number=number),
                         name_prefix="offline_")
