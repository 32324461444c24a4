"""The dialog that posts an entry by hand."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit)

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

