"""The running app's context: data folder, profiles, the open book and the event bus."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from typing import TYPE_CHECKING

from desktop.services.errors import UserFacingError
from desktop.services.events import BookChanged, EventBus, ProfileOpened
from desktop.services.paths import DEMO_PROFILE
from desktop.services.profiles import Profile, ProfileStore

if TYPE_CHECKING:
    import sqlite_utils


class Session:
    """Passed to every page and command instead of globals."""

    def __init__(self, data_dir: Path, bus: EventBus | None = None):
        self.data_dir = Path(data_dir)
        self.profiles = ProfileStore(self.data_dir)
        self.bus = bus or EventBus()
        self.profile: Profile | None = None
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The open book, for use on the thread that opened it."""
        if self._db is None:
            raise UserFacingError("No profile is open.")
        return self._db

    def open_profile(self, name: str) -> Profile:
        """Open a profile (the demo profile is created and filled on first use)."""
        db = self.profiles.open_demo() if name == DEMO_PROFILE else self.profiles.open(name)
        self.close()
        self._db = db
        self.profile = self.profiles.get(name)
        self.bus.publish(ProfileOpened(name))
        return self.profile

    @property
    def profile_id(self) -> str:
        """The open profile's stable id (kept in its book; made on first need for older books)."""
        row = self.db.execute("SELECT value FROM book_info WHERE key = 'id'").fetchone()
        if row:
            return row[0]
        new_id = uuid.uuid4().hex
        with self.db.atomic():
            self.db["book_info"].insert({"key": "id", "value": new_id})
        return new_id

    @contextmanager
    def connect(self) -> Iterator[sqlite_utils.Database]:
        """A separate connection to the open book, for work on another thread."""
        if self.profile is None:
            raise UserFacingError("No profile is open.")
        from desktop.services.book import open_profile_book

        db = open_profile_book(self.profile.book_path)
        try:
            yield db
        finally:
            db.close()

    def changed(self, *areas: str, initiator: object | None = None) -> None:
        """Tell every page that rows in these areas changed."""
        self.bus.publish(BookChanged(frozenset(areas), initiator))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
            self.profile = None
