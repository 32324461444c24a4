"""The books' words in the window's language (desktop.book_words, translated by Qt). QtCore
only, so the Overview (the first page) can name accounts without loading the Books page's
dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import book_words


def account_name(code: str) -> str:
    """An account as the interface names it (its code when the chart does not know it)."""
    return book_words.account_name(code, QCoreApplication.translate)


def report_words() -> dict[str, str]:
    """The reports' PDF words in the interface's language, account names included."""
    return book_words.report_words(QCoreApplication.translate)


def memo_text(memo: str, key: str | None, args: str | None) -> str:
    """An entry's memo in the interface's language (a memo typed by hand as it was typed)."""
    return book_words.memo_text(memo, key, args, QCoreApplication.translate)


def source_kind(source: str | None, reverses: int | None) -> str:
    """What posted an entry, in a word or two."""
    return book_words.source_kind(source, reverses, QCoreApplication.translate)
