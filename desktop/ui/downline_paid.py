"""The confirmation of a commission paid by hand: whom, how much, and how the money moved
(which the books post it through)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from desktop.ui.offline_dialogs import payment_names


class MarkPaidDialog(QDialog):
    """Ask to mark a member's commission paid, and by which way of paying."""

    def __init__(self, parent, question: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark paid"))
        form = QFormLayout(self)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        form.addRow(self.question)
        self.via = QComboBox()
        self.via.setObjectName("commission_paid_via")
        for key, name in payment_names().items():
            self.via.addItem(name, key)
        form.addRow(self.tr("Paid by"), self.via)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
