"""What an action that sent a transaction says when it is done: one sentence of what happened
(the page words it, with the order number and the money) and the transaction's short hash and
whether it was mined, shown without stopping the user. Every page that sends says it here, so
the wording is the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.ui import dialogs


def sent_text(done: str, entry) -> str:
    """`done` (what happened, translated) followed by the journal entry's short hash and
    status: "Order 1-2 accepted. Transaction 0x12ab…cdef: mined." (the command line says it
    with the same words: desktop.i18n.sent_text)."""
    return i18n.sent_text(done, entry, QCoreApplication.translate)


def say_sent(parent, done: str, entry) -> None:
    """Say, in a box that does not stop the user, what a sent transaction did."""
    dialogs.notice(parent, sent_text(done, entry))
