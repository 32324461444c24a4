"""The carrier and tracking number of a shipped order, asked the same way for an escrow
order and an offline one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

# The carriers most small sellers use, named as their customers know them; any other can be typed.
CARRIERS = ["顺丰速运", "中通快递", "圆通速递", "韵达快递", "申通快递", "EMS", "京东物流"]


class TrackingDialog(QDialog):
    """Asks for a carrier (a common one, or typed) and a tracking number, under `title`,
    with an optional `note` above the buttons."""

    def __init__(self, parent, title: str, note: str | None = None, name_prefix: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.carrier = QComboBox()
        self.carrier.setObjectName(name_prefix + "carrier")
        self.carrier.setEditable(True)
        self.carrier.addItems(CARRIERS)
        self.number = QLineEdit()
        self.number.setObjectName(name_prefix + "tracking_number")
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Tracking number"), self.number)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            form.addRow(label)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        """(carrier, tracking number) as entered."""
        return self.carrier.currentText().strip(), self.number.text().strip()
