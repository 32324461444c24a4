"""Before anything is signed: what it is, field by field, and the account's password."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout)

from wallet.signer import describe_typed_data


class SignDialog(QDialog):
    """Shows rows (label, value) describing what will be signed and asks for the password."""

    def __init__(self, parent, title: str, intro: str, rows: list[tuple[str, str]]):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        table = QTableWidget(len(rows), 2)
        table.setObjectName("signed_fields")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for i, (name, value) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(self.translate_label(name)))
            table.setItem(i, 1, QTableWidgetItem(value))
        layout.addWidget(table)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def translate_label(self, label: str) -> str:
        """The wallet's words for the parts of a typed message, in the interface's language."""
        words = {"Signing": self.tr("What"), "For": self.tr("For"), "Version": self.tr("Version"),
                 "Chain": self.tr("Chain"), "Contract": self.tr("Contract")}
        return words.get(label, label)


def typed_data_rows(typed_data: dict) -> list[tuple[str, str]]:
    """What an EIP-712 message says, as (label, value) rows."""
    return describe_typed_data(typed_data)
