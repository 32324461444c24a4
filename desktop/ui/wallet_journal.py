"""The wallet's transaction journal as the Wallet page shows it, with speed-up for a stuck one."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.ui import dialogs


def table(headers: list[str], name: str) -> QTableWidget:
    """A read-only table that selects whole rows, one at a time."""
    widget = QTableWidget(0, len(headers))
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setSelectionBehavior(QAbstractItemView.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.NoEditTriggers)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


class JournalView(QWidget):
    """Every transaction the wallet sent, newest first; the page runs the speed-up in the background."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Transactions")))
        self.table = table([self.tr("When"), self.tr("What"), self.tr("Status"), self.tr("Transaction")], "journal")
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.speed_up_button = QPushButton(self.tr("Speed up…"))
        self.speed_up_button.clicked.connect(self.speed_up)
        buttons.addWidget(self.speed_up_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def reload(self, entries) -> None:
        entries = sorted(entries, key=lambda e: e.created_at, reverse=True)
        words = {"pending": self.tr("pending"), "mined": self.tr("confirmed"), "failed": self.tr("failed"),
                 "replaced": self.tr("replaced"), "rejected": self.tr("rejected")}
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            when = QTableWidgetItem(time.strftime("%Y-%m-%d %H:%M", time.localtime(e.created_at)))
            when.setData(Qt.UserRole, e.id)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(e.description or e.purpose))
            self.table.setItem(row, 2, QTableWidgetItem(words.get(e.status, e.status)))
            self.table.setItem(row, 3, QTableWidgetItem(e.tx_hash))

    def speed_up(self) -> None:
        """Send the selected pending transaction again with higher fees (same nonce)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        page = self.page
        entry = page.wallet.journal.get(self.table.item(rows[0].row(), 0).data(Qt.UserRole))
        if entry.status != "pending":
            dialogs.show_error(self, self.tr("Only a pending transaction can be sped up."))
            return
        password = dialogs.ask_password(self, self.tr("Speed up"), self.tr(
            "Send it again with a higher fee? Password of the sending account:"))
        if password is None:
            return

        def work(w):
            with w.unlocked(entry.sender, password) as signer:
                w.work.changed("wallet")  # the journal keeps the new attempt
                return w.journal.speed_up(w.connect(), signer, w.journal.get(entry.id))

        page.write(self.tr("Speeding up"), work)
