"""Before anything is signed: what it means, in words and money, and the account's password.
The raw fields of a typed message (ids, base units, the domain) sit under a collapsed
Details, for whoever wants to check them."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout)

from wallet.signer import describe_typed_data


class SignDialog(QDialog):
    """Shows rows (label, value) saying what will be signed and asks for the password;
    `details`: the raw (field, value) rows of the signed message, shown on request."""

    def __init__(self, parent, title: str, intro: str, rows: list[tuple[str, str]],
                 details: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self._table("signed_fields", rows))
        if details:
            self.details = self._table("signed_details", details)
            self.details.setVisible(False)
            toggle = QToolButton()
            toggle.setObjectName("details_toggle")
            toggle.setText(self.tr("Details (the fields as signed)"))
            toggle.setCheckable(True)
            toggle.toggled.connect(self.details.setVisible)
            layout.addWidget(toggle)
            layout.addWidget(self.details)
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

    def _table(self, name: str, rows: list[tuple[str, str]]) -> QTableWidget:
        table = QTableWidget(len(rows), 2)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for i, (label, value) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(self.translate_label(label)))
            table.setItem(i, 1, QTableWidgetItem(value))
        return table

    def translate_label(self, label: str) -> str:
        """The wallet's words for the parts of a typed message, in the interface's language."""
        words = {"Signing": self.tr("What"), "For": self.tr("For"), "Version": self.tr("Version"),
                 "Chain": self.tr("Chain"), "Contract": self.tr("Contract")}
        return words.get(label, label)


def typed_data_rows(typed_data: dict) -> list[tuple[str, str]]:
    """What an EIP-712 message says, field by field, as (label, value) rows (the Details)."""
    return describe_typed_data(typed_data)
