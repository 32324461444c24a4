"""The work unit every service takes: the book's connection for this thread, the profile, the
wallet for this thread, and a record of what changed.

The command line makes one on its thread and calls services inline; the GUI's runner makes one
on the worker that runs an op and, back on the GUI thread, announces what it recorded once,
with who started it. A service records what it changed; it never announces.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils

    from desktop.services.profiles import Profile
    from desktop.services.session import BookConnection, Session
    from desktop.services.wallet import WalletService


class Work:
    """One unit of work on the open profile, on the thread that made it."""

    def __init__(self, session: Session, *, initiator: object | None = None,
                 read_only: bool = False):
        self.session = session
        self.initiator = initiator
        # A query op, or reads on the GUI thread: nothing may be written to the book (the
        # one writer is the runner's), so what would be recorded is only used.
        self.read_only = read_only
        self.changes: set[str] = set()
        self._rows_changed_before = 0

    @cached_property
    def book(self) -> BookConnection:
        """This thread's connection to the book (opened on first need)."""
        book = self.session.thread_book()
        self._rows_changed_before = book.conn.total_changes
        return book

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils Database over this thread's connection to the book."""
        return self.book.db

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's plain sqlite3 connection to the book, the one `db` wraps: for the
        reads of a window's first page, which need not wait for sqlite-utils to load."""
        return self.book.conn

    @property
    def profile(self) -> Profile:
        return self.session.require_profile()

    @property
    def profile_id(self) -> str:
        """The profile's stable id, kept in its book (it names the profile's keyring entries)."""
        return self.session.profile_id_in(self.db)

    @cached_property
    def wallet(self) -> WalletService:
        """The profile's wallet on this thread's connection."""
        from desktop.services.wallet import WalletService

        return WalletService(self, **self.session.wallet_options)

    def finish(self) -> None:
        """End the unit on its thread. Its connection outlives it, so a transaction it left
        open would hold the book's write lock for good: that is rolled back (what it did not
        commit is lost, as closing the connection would lose it) and logged as the bug it is;
        so is a read-only unit that changed rows."""
        book = self.__dict__.get("book")
        if book is None:
            return
        if book.conn.in_transaction:
            book.conn.rollback()
            logging.getLogger(__name__).error("a task left a transaction open; rolled back")
        if self.read_only and self.wrote:
            logging.getLogger(__name__).error("a read-only task wrote to the book")
        self.session.done_with(book)

    @property
    def wrote(self) -> bool:
        """Whether this unit inserted, changed or deleted rows of the book (even ones rolled back)."""
        book = self.__dict__.get("book")
        return book is not None and book.conn.total_changes != self._rows_changed_before

    def changed(self, *areas: str) -> None:
        """Record that rows in these areas changed (the runner announces them once)."""
        self.changes.update(areas)
