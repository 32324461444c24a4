"""Before anything is signed: what it is, in words, and the account's password."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout)

class SignDialog(QDialog):
    """Shows rows (label, value) describing a message and asks for the password to sign it."""

    def __init__(self, parent, title: str, account: str, rows: list[tuple[str, str]], count: int = 1):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = self.tr("Sign with {account}:").format(account=account) if count == 1 else \
            self.tr("Sign {count} messages with {account}; the first one:").format(count=count, account=account)
        layout.addWidget(QLabel(intro))
        table = QTableWidget(len(rows), 2)
        table.setObjectName("signed_fields")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for i, (label, value) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(self.translate_label(label)))
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
        """The wallet's words for the parts of a message, in the interface's language."""
        words = {"Signing": self.tr("What"), "For": self.tr("For"), "Version": self.tr("Version"),
                 "Chain": self.tr("Chain"), "Contract": self.tr("Contract")}
        return words.get(label, label)


def ask_to_sign(parent, title: str, account: str, typed_data: dict, count: int = 1) -> str | None:
    """Show what an EIP-712 message says and return the password, or None if the user declines."""
    from wallet.signer import describe_typed_data

    dialog = SignDialog(parent, title, account, describe_typed_data(typed_data), count)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.password.text()
