"""Profiles: one folder per business, each holding its SQLite book (backups, restores and
deleting a profile with its keyring entries: desktop.services.profile_backup)."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from desktop.services.book import check_profile_book, open_profile_book, open_profile_connection
from desktop.services.errors import UserFacingError
from desktop.services.paths import DEMO_PROFILE
from desktop.services.chainless import set_chainless
from desktop.services.roles import check_role, set_role

if TYPE_CHECKING:
    import sqlite_utils

BOOK_FILE = "book.db"
_FORBIDDEN = set('/\\:*?"<>|') | {chr(c) for c in range(32)}


class ProfileError(UserFacingError):
    pass


@dataclass(frozen=True)
class Profile:
    name: str
    folder: Path

    @property
    def book_path(self) -> Path:
        return self.folder / BOOK_FILE

    @property
    def images_folder(self) -> Path:
        """Where the profile's pictures are stored (shop.pictures names): from stock files,
        lot sheets and the user's own picks."""
        return self.folder / "images"


def validate_name(name: str) -> str:
    """Return the trimmed profile name, or refuse one that cannot be a folder name."""
    name = (name or "").strip()
    if not name or name in {".", ".."} or len(name) > 64 or any(c in _FORBIDDEN for c in name):
        raise ProfileError(
            "“{name}” cannot be a profile name: use 1 to 64 characters without / \\ : * ? \" < > |.",
            name=name,
        )
    return name


class ProfileStore:
    """The profiles under one data folder."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / "profiles"

    def list(self) -> list[Profile]:
        """Every profile, by name."""
        if not self.root.is_dir():
            return []
        return sorted(
            (Profile(p.name, p) for p in self.root.iterdir() if (p / BOOK_FILE).is_file()),
            key=lambda p: p.name.casefold(),
        )

    def get(self, name: str) -> Profile:
        profile = Profile(name, self.root / validate_name(name))
        if not profile.book_path.is_file():
            raise ProfileError("There is no profile named “{name}”.", name=name)
        return profile

    def exists(self, name: str) -> bool:
        return (self.root / validate_name(name) / BOOK_FILE).is_file()

    def check_new_name(self, name: str) -> str:
        """The trimmed name for a new profile, or why it cannot be one (see validate_name; taken)."""
        name = validate_name(name)
        if self.exists(name):
            raise ProfileError("A profile named “{name}” already exists.", name=name)
        return name

    def create(self, name: str, *, no_chain: bool = False, role: str | None = None) -> Profile:
        """Make a new profile with an empty, migrated book (selling without a chain, only by
        WeChat Pay and Alipay, with no_chain; role: see desktop.services.roles)."""
        name = self.check_new_name(name)
        if role is not None:
            check_role(role)
        folder = self.root / name
        folder.mkdir(parents=True, exist_ok=True)

        db = open_profile_book(folder / BOOK_FILE, create=True)
        try:
            with db.atomic():
                # The book's id was made by its migrations (shop.schema).
                db["book_info"].insert_all(
                    [{"key": "name", "value": name}, {"key": "created", "value": str(int(time.time()))}],
                    replace=True,
                )
            if no_chain:
                set_chainless(db, True)
            if role is not None:
                set_role(db, role)
        finally:
            db.close()
        return Profile(name, folder)

    def open(self, name: str) -> sqlite_utils.Database:
        """Open a profile's book (checked and migrated)."""
        return open_profile_book(self.get(name).book_path)

    def open_connection(self, name: str) -> sqlite3.Connection:
        """Open a profile's book (checked and migrated): its plain sqlite3 connection."""
        return open_profile_connection(self.get(name).book_path)

    def open_demo(self) -> sqlite_utils.Database:
        """Open the demo profile, creating and filling it on first use (and giving it its
        seller's account once a keyring has appeared since)."""
        from desktop.services import demo

        if not self.exists(DEMO_PROFILE):
            self.create(DEMO_PROFILE)
            db = self.open(DEMO_PROFILE)
            from desktop.services import demo

            demo.seed(db)
            return db
        db = self.open(DEMO_PROFILE)
        demo.add_missing_seller(db)
        return db

    def set_no_chain(self, name: str, on: bool) -> Profile:
        """Make a profile sell without a chain (on) or with the escrow too (off)."""
        profile = self.get(name)
        db = self.open(profile.name)
        try:
            set_chainless(db, on)
        finally:
            db.close()
        return profile

    def set_role(self, name: str, role: str) -> Profile:
        """Say what a profile's business does: seller, distributor or both."""
        check_role(role)
        profile = self.get(name)
        db = self.open(profile.name)
        try:
            set_role(db, role)
        finally:
            db.close()
        return profile

    def rename(self, old: str, new: str) -> Profile:
        """Rename a profile's folder; refuses a name that is taken."""
        profile = self.get(old)
        new = validate_name(new)
        if new == profile.name:
            return profile
        target = self.root / new
        if target.exists() and not (new.casefold() == profile.name.casefold()):
            raise ProfileError("A profile named “{name}” already exists.", name=new)
        os.replace(profile.folder, target)
        db = self.open(new)
        try:
            with db.atomic():
                db["book_info"].upsert({"key": "name", "value": new}, pk="key")
        finally:
            db.close()
        return Profile(new, target)

    def restore(self, backup_file: Path, name: str, replace: bool = False) -> Profile:
        """Make profile `name` from a book file (a plain backup; desktop.services.profile_backup
        opens the encrypted ones); the file is checked first and nothing changes if it is refused.

        With replace, an existing profile's book is kept beside the restored one as book.db.before-restore.
        """
        backup_file = Path(backup_file).expanduser().resolve()
        if not backup_file.is_file():
            raise ProfileError("There is no backup file at {path}.", path=str(backup_file))

        check_profile_book(backup_file)
        name = validate_name(name)
        folder = self.root / name
        if self.exists(name) and not replace:
            raise ProfileError(
                "A profile named “{name}” already exists; choose another name or replace it.", name=name
            )
        folder.mkdir(parents=True, exist_ok=True)
        staged = folder / (BOOK_FILE + ".restoring")
        copy_book(backup_file, staged)
        # Migrate the staged copy before it takes the book's place, so a failure leaves the old book.
        try:
            open_profile_book(staged).close()
        except Exception:
            staged.unlink(missing_ok=True)
            raise
        book = folder / BOOK_FILE
        if book.exists():
            # The online backup folds the WAL in, so the kept copy holds every committed change.
            copy_book(book, folder / (BOOK_FILE + ".before-restore"))
            for suffix in ("-wal", "-shm"):
                Path(str(book) + suffix).unlink(missing_ok=True)
        os.replace(staged, book)
        return Profile(name, folder)


def copy_book(source: Path, dest: Path) -> None:
    """Copy a book with SQLite's online backup into a single self-contained file."""
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
    finally:
        src.close()
