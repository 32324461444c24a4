"""What an action that sent a transaction says when it is done: one sentence of what happened
(the page words it, with the order number and the money) and the transaction's short hash and
whether it was mined, shown without stopping the user. Every page that sends says it here, so
the wording is the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui import dialogs
from shop.books.reports import short_address

# The journal's status of a transaction, as the sentence says it.
_STATUS = {"mined": QT_TRANSLATE_NOOP("tx_notice", "mined"),
           "pending": QT_TRANSLATE_NOOP("tx_notice", "sent, not mined yet"),
           "failed": QT_TRANSLATE_NOOP("tx_notice", "failed"),
           "replaced": QT_TRANSLATE_NOOP("tx_notice", "replaced by another"),
           "dropped": QT_TRANSLATE_NOOP("tx_notice", "dropped by the network"),
           "rejected": QT_TRANSLATE_NOOP("tx_notice", "rejected by the network")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("tx_notice", text)


def sent_text(done: str, entry) -> str:
    """`done` (what happened, translated) followed by the journal entry's short hash and
    status: "Order 1-2 accepted. Transaction 0x12ab…cdef: mined." """
    status = _STATUS.get(entry.status)
    return _tr("{done} Transaction {hash}: {status}.").format(
        done=done, hash=short_address(entry.tx_hash),
        status=_tr(status) if status else entry.status)


def say_sent(parent, done: str, entry) -> None:
    """Say, in a box that does not stop the user, what a sent transaction did."""
    dialogs.notice(parent, sent_text(done, entry))
