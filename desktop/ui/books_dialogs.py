"""The dialog that posts an entry by hand, and the one that shows its receipt."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QVBoxLayout)

from desktop.ui import dialogs
from desktop.ui.book_words import account_name
from shop.money import CURRENCIES

def _accounts_box(accounts, name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for code, _kind in accounts:
        box.addItem(f"{account_name(code)} ({code})", code)
    return box


class EntryDialog(QDialog):
    """An amount moved from one account to another, what it was for, its day and a receipt."""

    def __init__(self, parent, accounts):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an entry"))
        form = QFormLayout(self)
        self.debit = _accounts_box(accounts, "entry_debit")
        self.debit.setCurrentIndex(max(0, self.debit.findData("Expenses:Other")))
        self.credit = _accounts_box(accounts, "entry_credit")
        self.credit.setCurrentIndex(max(0, self.credit.findData("Assets:Cash")))
        self.amount = QLineEdit()
        self.amount.setObjectName("entry_amount")
        self.amount.setPlaceholderText(self.tr("e.g. 35 or 35.50"))
        self.currency = QComboBox()
        self.currency.setObjectName("entry_currency")
        self.currency.addItems(list(CURRENCIES))
        self.memo = QLineEdit()
        self.memo.setObjectName("entry_memo")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("entry_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.receipt, receipt_row = dialogs.picture_field(self, "entry_receipt")
        form.addRow(self.tr("To (debit)"), self.debit)
        form.addRow(self.tr("From (credit)"), self.credit)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("What for"), self.memo)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Receipt picture"), receipt_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day_text(self) -> str:
        return self.day.date().toString("yyyy-MM-dd")


class ReceiptDialog(QDialog):
    """An entry's receipt picture, made smaller to fit when it is large."""

    LARGEST = QSize(900, 900)

    def __init__(self, parent, entry_id: int, path):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receipt of entry #{entry}").format(entry=entry_id))
        layout = QVBoxLayout(self)
        self.picture = QLabel()
        self.picture.setObjectName("receipt_picture")
        self.picture.setAlignment(Qt.AlignCenter)
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.picture.setText(self.tr("This picture cannot be shown."))
        else:
            if pixmap.width() > self.LARGEST.width() or pixmap.height() > self.LARGEST.height():
                pixmap = pixmap.scaled(self.LARGEST, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            self.picture.setPixmap(pixmap)
        layout.addWidget(self.picture, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
