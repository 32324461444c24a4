"""The dialog that records a sale paid outside the escrow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit, QSpinBox)

from desktop.ui import dialogs

from shop.money import Money


def payment_names() -> dict:
    """How each way of paying reads in the interface."""
    return {"cash": QCoreApplication.translate("RecordSaleDialog", "Cash"),
            "wechat": QCoreApplication.translate("RecordSaleDialog", "WeChat Pay"),
            "alipay": QCoreApplication.translate("RecordSaleDialog", "Alipay"),
            "bank": QCoreApplication.translate("RecordSaleDialog", "Bank transfer")}


class RecordSaleDialog(QDialog):
    """Goods, quantity, price, how it was paid, the customer and a receipt picture."""

    def __init__(self, parent, items):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an offline sale"))
        self.items = list(items)
        form = QFormLayout(self)
        self.item = QComboBox()
        self.item.setObjectName("sale_item")
        for x in self.items:
            self.item.addItem(self.tr("{name} {sku} ({lot}, {n} left)").format(
                name=x.name, sku=x.sku, lot=x.lot, n=x.available), x.id)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("sale_quantity")
        self.quantity.setRange(1, 1)
        self.price = QLineEdit()
        self.price.setObjectName("sale_price")
        self.price.setPlaceholderText(self.tr("Price of one unit in 元, e.g. 159 or 159.90"))
        self.payment = QComboBox()
        self.payment.setObjectName("sale_payment")
        for key, name in payment_names().items():
            self.payment.addItem(name, key)
        self.paid = QCheckBox(self.tr("The money has arrived"))
        self.paid.setObjectName("sale_paid")
        self.paid.setChecked(True)
        self.customer = QLineEdit()
        self.customer.setObjectName("sale_customer")
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.note = QLineEdit()
        self.receipt, receipt_row = dialogs.picture_field(self, "sale_receipt")
        form.addRow(self.tr("Goods"), self.item)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Unit price"), self.price)
        form.addRow(self.tr("Paid by"), self.payment)
        form.addRow(self.paid)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Receipt picture"), receipt_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.item.currentIndexChanged.connect(self._item_chosen)
        self._item_chosen()

    def _item_chosen(self) -> None:
        x = self.chosen()
        if x is None:
            return
        self.quantity.setRange(1, max(1, x.available))

        self.price.setText(Money.of(x.price, x.currency).plain() if x.price else "")

    def chosen(self):
        """The item picked, or None when there is nothing to sell."""
        index = self.item.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

