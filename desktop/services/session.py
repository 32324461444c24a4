"""The running app's context: data folder, profiles, the open book and the event bus."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.book import connect_profile_book
from desktop.services.errors import UserFacingError
from desktop.services.events import BookChanged, EventBus, ProfileOpened
from desktop.services.paths import DEMO_PROFILE
from desktop.services.profiles import Profile, ProfileStore
from desktop.services.work import Work
from shop.book import database

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils


class BookConnection:
    """One thread's connection to the open book, and the sqlite-utils Database over that same
    connection, made on first need (so sqlite-utils loads when something uses it)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()


class Session:
    """The open profile of a window or a command: its book (checked and migrated once, at
    open; one connection per thread) and the event bus. Services never take it: they take
    the work unit it makes (work())."""

    def __init__(self, data_dir: Path, bus: EventBus | None = None):
        self.data_dir = Path(data_dir)
        self.profiles = ProfileStore(self.data_dir)
        self.bus = bus or EventBus()
        self.profile: Profile | None = None
        self._book: BookConnection | None = None
        # Each other thread's connection to the open book, made on its first need and kept
        # until the profile closes; `_opened` tells a connection of an earlier profile. A
        # connection is closed by its own thread (an op may still be using it when the profile
        # closes), or by close() once that thread has ended.
        self._local = threading.local()
        self._others: list[tuple[threading.Thread, BookConnection]] = []
        self._busy: set[int] = set()  # ids of connections a work unit is using now
        self._others_lock = threading.Lock()
        self._opened: object | None = None
        self._owner: threading.Thread | None = None
        # Options of every work unit's wallet (the GUI sets its idle lock from the settings).
        self.wallet_options: dict = {}

    @property
    def db(self) -> sqlite_utils.Database:
        """The open book, for use on the thread that opened it."""
        if self._book is None:
            raise UserFacingError("No profile is open.")
        return self._book.db

    def open_profile(self, name: str) -> Profile:
        """Open a profile (the demo profile is created and filled on first use)."""
        conn = (self.profiles.open_demo().conn if name == DEMO_PROFILE
                else self.profiles.open_connection(name))
        self.close()
        self._book = BookConnection(conn)
        self._opened = object()
        self._owner = threading.current_thread()
        self.profile = self.profiles.get(name)
        self.bus.publish(ProfileOpened(name))
        return self.profile

    def require_profile(self) -> Profile:
        """The open profile; refused when none is open."""
        if self.profile is None:
            raise UserFacingError("No profile is open.")
        return self.profile

    @property
    def profile_id(self) -> str:
        """The open profile's stable id, kept in its book."""
        return self.profile_id_in(self.db)

    @staticmethod
    def profile_id_in(db) -> str:
        """The stable id kept in the book `db` (every book has one from its migrations)."""
        return db.execute("SELECT value FROM book_info WHERE key = 'id'").fetchone()[0]

    def work(self, initiator: object | None = None, read_only: bool = False) -> Work:
        """A work unit on the calling thread's connection to the open book (read_only: see Work)."""
        return Work(self, initiator=initiator, read_only=read_only)

    def announce(self, changes, initiator: object | None = None) -> None:
        """Tell every page, once, which areas of the book a finished op changed."""
        if changes:
            self.bus.publish(BookChanged(frozenset(changes), initiator))

    def thread_book(self) -> BookConnection:
        """The connection to the open book that belongs to the calling thread."""
        if self.profile is None or self._book is None:
            raise UserFacingError("No profile is open.")
        if threading.current_thread() is self._owner:
            return self._book
        kept = getattr(self._local, "book", None)
        if kept is not None and kept[0] is self._opened:
            with self._others_lock:
                self._busy.add(id(kept[1]))
            return kept[1]
        if kept is not None:  # this thread's connection to a book closed since
            self._release(threading.current_thread(), kept[1])

        book = BookConnection(connect_profile_book(self.profile.book_path))
        with self._others_lock:
            self._others.append((threading.current_thread(), book))
            self._busy.add(id(book))
        self._local.book = (self._opened, book)
        return book

    def done_with(self, book: BookConnection) -> None:
        """A work unit on this thread is done with `book`: kept for the thread's next unit, or
        closed here when the profile it belongs to was closed meanwhile."""
        kept = getattr(self._local, "book", None)
        with self._others_lock:
            self._busy.discard(id(book))
        if kept is not None and kept[1] is book and kept[0] is not self._opened:
            self._local.book = None
            self._release(threading.current_thread(), book)

    def _release(self, thread: threading.Thread, book: BookConnection) -> None:
        with self._others_lock:
            if (thread, book) in self._others:
                self._others.remove((thread, book))
            self._busy.discard(id(book))
        book.close()

    def close(self) -> None:
        """Close the profile's book: every connection no work unit is using now; one in use is
        closed by its own thread when its unit is done (or once that thread has ended)."""
        with self._others_lock:
            ended = [(t, book) for t, book in self._others
                     if id(book) not in self._busy or not t.is_alive()]
        for thread, book in ended:
            self._release(thread, book)
        if self._book is not None:
            self._book.close()
            self._book = None
            self.profile = None
            self._opened = self._owner = None
