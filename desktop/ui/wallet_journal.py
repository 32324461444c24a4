"""The wallet's transaction journal as the Wallet page shows it, with speed-up for a stuck one."""

from __future__ import annotations

import time

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop import i18n
from desktop.services import wallet as service
from desktop.ui import dialogs
from desktop.ui.tx_notice import say_sent


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


# The journal stores what each transaction does in English (the wallet writes it, and the
# command line shows it); these are its forms, to be said in the interface's language.
DESCRIPTIONS = [
    (r"Deploy the escrow contract", QT_TRANSLATE_NOOP("WalletJournal", "Deploy the escrow contract")),
    (r"Allow the escrow to take tokens",
     QT_TRANSLATE_NOOP("WalletJournal", "Allow the escrow to take tokens")),
    (r"Fund (?P<n>\d+) x offer", QT_TRANSLATE_NOOP("WalletJournal", "Pay for {n} × offer")),
    (r"Fund (?P<n>\d+) x offer with a permit",
     QT_TRANSLATE_NOOP("WalletJournal", "Pay for {n} × offer with a permit")),
    (r"Accept order (?P<order>\S+)", QT_TRANSLATE_NOOP("WalletJournal", "Accept order {order}")),
    (r"Accept (?P<n>\d+) escrows", QT_TRANSLATE_NOOP("WalletJournal", "Accept {n} orders")),
    (r"Mark (?P<n>\d+) orders shipped",
     QT_TRANSLATE_NOOP("WalletJournal", "Mark {n} orders shipped")),
    (r"Revoke an offer", QT_TRANSLATE_NOOP("WalletJournal", "Revoke an offer")),
    (r"Revoke (?P<n>\d+) offers", QT_TRANSLATE_NOOP("WalletJournal", "Revoke {n} offers")),
    (r"Withdraw a credited payout", QT_TRANSLATE_NOOP("WalletJournal", "Withdraw a credited payout")),
    (r"Send to (?P<to>\S+)", QT_TRANSLATE_NOOP("WalletJournal", "Send to {to}")),
    (r"Send (?P<amount>.+) to (?P<to>\S+)",
     QT_TRANSLATE_NOOP("WalletJournal", "Send {amount} to {to}")),
    (r"Order (?P<order>\S+): (?P<action>[a-z]+)(?:-\S*)?",
     QT_TRANSLATE_NOOP("WalletJournal", "Order {order}: {action}")),
]

ORDER_ACTIONS = {
    "cancel": QT_TRANSLATE_NOOP("WalletJournal", "cancel"),
    "confirm": QT_TRANSLATE_NOOP("WalletJournal", "confirm receipt"),
    "decline": QT_TRANSLATE_NOOP("WalletJournal", "decline"),
    "ship": QT_TRANSLATE_NOOP("WalletJournal", "mark shipped"),
    "claim": QT_TRANSLATE_NOOP("WalletJournal", "claim"),
    "reclaim": QT_TRANSLATE_NOOP("WalletJournal", "reclaim"),
    "refund": QT_TRANSLATE_NOOP("WalletJournal", "refund"),
    "timeout": QT_TRANSLATE_NOOP("WalletJournal", "end the dispute after its deadline"),
    "dispute": QT_TRANSLATE_NOOP("WalletJournal", "dispute"),
    "statement": QT_TRANSLATE_NOOP("WalletJournal", "add a statement"),
    "rule": QT_TRANSLATE_NOOP("WalletJournal", "rule"),
    "settle": QT_TRANSLATE_NOOP("WalletJournal", "settle"),
    "void": QT_TRANSLATE_NOOP("WalletJournal", "void settlements"),
}


def description_text(text: str) -> str:
    """A journal entry's description in the interface's language (unknown forms as stored)."""
    t = lambda s: QCoreApplication.translate("WalletJournal", s)  # noqa: E731
    if text.startswith("Cancel: "):
        return QCoreApplication.translate("WalletJournal", "Cancel: {what}").format(what=description_text(text[len("Cancel: "):]))
    for pattern, template in DESCRIPTIONS:
        m = re.fullmatch(pattern, text)
        if m:
            fields = m.groupdict()
            if "action" in fields:
                fields["action"] = t(ORDER_ACTIONS.get(fields["action"], fields["action"]))
            return t(template).format(**fields)
    return text


class JournalView(QWidget):
    """Every transaction the wallet sent, newest first, with speed-up and cancel for a pending one;
    the page runs them in the background (the node is asked first: one no longer pending is refused)."""

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
        self.speed_up_button.setObjectName("journal_speed_up")
        self.speed_up_button.clicked.connect(self.speed_up)
        buttons.addWidget(self.speed_up_button)
        self.cancel_button = QPushButton(self.tr("Cancel transaction…"))
        self.cancel_button.setObjectName("journal_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def reload(self, entries) -> None:
        entries = sorted(entries, key=lambda e: (e.created_at, e.id), reverse=True)
        words = {"pending": self.tr("pending"), "mined": self.tr("confirmed"), "failed": self.tr("failed"),
                 "replaced": self.tr("replaced"), "dropped": self.tr("dropped"),
                 "rejected": self.tr("rejected")}
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            when = QTableWidgetItem(time.strftime("%Y-%m-%d %H:%M", time.localtime(e.created_at)))
            when.setData(Qt.UserRole, e.id)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(description_text(e.description) if e.description
                                                   else e.purpose))
            self.table.setItem(row, 2, QTableWidgetItem(words.get(e.status, e.status)))
            self.table.setItem(row, 3, QTableWidgetItem(e.tx_hash))

    def selected_entry(self):
        """The selected transaction's journal entry, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.page.wallet.journal.get(self.table.item(rows[0].row(), 0).data(Qt.UserRole))

    def speed_up(self):
        """Send the selected pending transaction again with a higher fee (same nonce)."""
        return self._replace(service.speed_up, self.tr("Speed up"), self.tr("Speeding up"),
                             self.tr("Send it again with a higher fee? Password of the sending account:"),
                             "speed_up")

    def cancel(self):
        """Replace the selected pending transaction with a transfer of nothing to its sender."""
        return self._replace(service.cancel, self.tr("Cancel transaction"), self.tr("Cancelling"),
                             self.tr("Cancel it (a transfer of nothing to yourself takes its place, for a "
                                     "higher fee)? Password of the sending account:"),
                             "cancel")

    def _replace(self, act, title: str, doing: str, question: str, how: str):
        entry = self.selected_entry()
        if entry is None:
            return None
        if entry.status != "pending":  # the node is asked too, on the writer
            dialogs.show_error(self, self.tr("Only a pending transaction can be sped up or cancelled."))
            return None
        password = dialogs.ask_password(self, title, question)
        if password is None:
            return None

        def work(w):
            with w.unlocked(entry.sender, password) as signer:
                return act(w.work, None, signer, entry)

        done = i18n.replaced_text(how, entry, QCoreApplication.translate)
        return self.page.write(doing, work, lambda sent: say_sent(self, done, sent))
