"""Opening a profile's book: one SQLite file, checked before anything is written to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

import sqlite_utils
from sqlite_utils.migrations import Migrations

from shop.errors import ShopError

SQLITE_MAGIC = b"SQLite format 3\x00"


class BookError(ShopError):
    """The book cannot be opened; the file was left as it was."""


class NotABook(BookError):
    pass


class BookDamaged(BookError):
    pass


class BookTooNew(BookError):
    pass


def check_book_file(path: Path, migration_sets: Iterable[Migrations]) -> None:
    """Refuse a file that is not SQLite, is damaged, or was written by a newer version.

    Reads only: the file is opened read-only so a refused book is never touched.
    """
    path = Path(path)
    with open(path, "rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotABook("{name} is not a Ziliudi book (not an SQLite database).", name=path.name)
    if len(header) < 100:
        raise BookDamaged("{name} is damaged: the file is truncated.", name=path.name)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise BookDamaged("{name} cannot be opened: {reason}.", name=path.name,
                          reason=e) from None
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as e:
            raise BookDamaged("{name} is damaged: {reason}.", name=path.name, reason=e) from None
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise BookDamaged("{name} is damaged: {reason}.", name=path.name, reason=problems[0])
        _refuse_newer(conn, path, migration_sets)
    finally:
        conn.close()


def _refuse_newer(conn: sqlite3.Connection, path: Path, migration_sets: Iterable[Migrations]) -> None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", [Migrations.migrations_table]
    ).fetchone()
    if not has_table:
        return
    applied = conn.execute(
        f"SELECT migration_set, name FROM {Migrations.migrations_table}"
    ).fetchall()
    known = {(m.name, mig.name) for m in migration_sets for mig in m._migrations}
    unknown = sorted(f"{s}/{n}" for s, n in applied if (s, n) not in known)
    if unknown:
        raise BookTooNew(
            "{name} was written by a newer version of Ziliudi "
            "(schema steps {steps} are unknown here). Update the app to open it.",
            name=path.name, steps=", ".join(unknown))


def open_book(path: Path, migration_sets: Iterable[Migrations], create: bool = False) -> sqlite_utils.Database:
    """Open (or create) the book at path with WAL and foreign keys on, migrated to this version."""
    path = Path(path)
    sets = list(migration_sets)
    if path.exists():
        check_book_file(path, sets)
    elif not create:
        raise BookError("There is no book at {path}.", path=path)
    db = sqlite_utils.Database(path)
    try:
        db.conn.execute("PRAGMA foreign_keys = ON")
        db.conn.execute("PRAGMA journal_mode = WAL")
        db.conn.execute("PRAGMA busy_timeout = 5000")
        for migrations in sets:
            migrations.apply(db)
    except Exception:
        db.close()
        raise
    return db


def schema_version(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """The applied migration steps of each set, oldest first."""
    if not db[Migrations.migrations_table].exists():
        return {}
    out: dict[str, list[str]] = {}
    for row in db.query(f"SELECT migration_set, name FROM {Migrations.migrations_table} ORDER BY id"):
        out.setdefault(row["migration_set"], []).append(row["name"])
    return out
