"""Opening a profile's book: one SQLite file, checked before anything is written to it."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from shop.errors import ShopError

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

SQLITE_MAGIC = b"SQLite format 3\x00"


class BookError(ShopError):
    """The book cannot be opened; the file was left as it was."""


class NotABook(BookError):
    pass


class BookDamaged(BookError):
    pass


class BookTooNew(BookError):
    pass


class StorageRefused(ShopError):
    """Writing failed for a reason outside the app (a read-only file, a full disk, a file
    size limit, another program's lock, a number beyond 64 bits). The transaction was
    rolled back, so the book is as it was."""


class BookReadOnly(StorageRefused):
    def __init__(self):
        super().__init__("The book cannot be written: it is read-only (the file or its "
                         "folder). Nothing was changed.")


class BookFull(StorageRefused):
    def __init__(self, reason):
        super().__init__("The book cannot be written: the disk is full, a file size limit "
                         "was reached, or the disk failed ({reason}). Nothing was changed.",
                         reason=reason)


class BookBusy(StorageRefused):
    def __init__(self):
        super().__init__("The book is in use by another program and stayed locked. Nothing "
                         "was changed; try again in a moment.")


class DiskFull(StorageRefused):
    def __init__(self, reason):
        super().__init__("Cannot write to the disk: it is full, or a file size limit was "
                         "reached ({reason}).", reason=reason)


class NoPermission(StorageRefused):
    def __init__(self, path, reason):
        super().__init__("{path} cannot be used: {reason}. Check that it and its folder may "
                         "be written.", path=path, reason=reason)


INTEGER_LIMIT = 2**63 - 1  # the largest integer SQLite stores


class NumberTooLarge(StorageRefused):
    def __init__(self):
        super().__init__("A number is larger than {limit:,}, the largest the book can hold. "
                         "Nothing was changed.", limit=INTEGER_LIMIT)


_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def storage_refusal(error: BaseException) -> StorageRefused | None:
    """The refusal a failed read or write of the book stands for, or None when `error` is
    not one of those (a bug, which belongs in the log).

    sqlite3 reports a read-only book, a full disk, a file size limit (as a disk I/O error),
    a lock held too long and an overflowing sum by error code; binding an integer beyond
    64 bits raises OverflowError; writing a plain file (or making a folder) where the disk
    is full or the user may not raises OSError.
    """
    if isinstance(error, StorageRefused):
        return error
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(error)
        if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
            return BookReadOnly()
        if primary in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR) or text in (
                "database or disk is full", "disk I/O error"):
            return BookFull(reason=text)
        if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or text.startswith(
                "database is locked"):
            return BookBusy()
        if text == "integer overflow":
            return NumberTooLarge()
        return None
    if isinstance(error, OverflowError) and "SQLite INTEGER" in str(error):
        return NumberTooLarge()
    if isinstance(error, OSError) and error.errno in _FULL_ERRNOS:
        return DiskFull(reason=error.strerror or str(error))
    if isinstance(error, OSError) and error.errno in _DENIED_ERRNOS and error.filename:
        return NoPermission(path=error.filename, reason=error.strerror or str(error))
    return None


Steps = frozenset[tuple[str, str]]  # (migration set, step name) pairs, as a book records them
# sqlite-utils' Migrations.migrations_table, written out so that reading it does not load sqlite-utils
MIGRATIONS_TABLE = "_sqlite_migrations"


def check_book_file(path: Path, migration_sets: Iterable[Migrations],
                    retired: Iterable[tuple[str, str]] = ()) -> None:
    """Refuse a file that is not SQLite, is damaged, or was written by a newer version.

    retired: (set, step) pairs of migration steps this version no longer has but knows a
    later step takes over (so a book that has them is older, not newer).

    Reads only: the file is opened read-only so a refused book is never touched.
    """
    _refuse_newer(path, checked_steps(path), migration_sets, retired)


def checked_steps(path: Path) -> Steps:
    """Refuse a file that is not SQLite or is damaged; else the migration steps it has applied.

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
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise storage_refusal(e) or BookDamaged("{name} cannot be opened: {reason}.",
                                                name=path.name, reason=e) from None
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as e:
            # A WAL book is read through its -shm file, which a read-only folder or a full
            # disk keeps from being made: that is not damage.
            raise storage_refusal(e) or BookDamaged("{name} is damaged: {reason}.",
                                                    name=path.name, reason=e) from None
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise BookDamaged("{name} is damaged: {reason}.", name=path.name, reason=problems[0])
        return _applied_steps(conn)
    finally:
        conn.close()


def _applied_steps(conn: sqlite3.Connection) -> Steps:
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                             [MIGRATIONS_TABLE]).fetchone()
    if not has_table:
        return frozenset()
    return frozenset(conn.execute(f"SELECT migration_set, name FROM {MIGRATIONS_TABLE}"))


def _refuse_newer(path: Path, applied: Steps, migration_sets: Iterable[Migrations],
                  retired: Iterable[tuple[str, str]] = ()) -> None:
    known = {(m.name, mig.name) for m in migration_sets for mig in m._migrations} | set(retired)
    unknown = sorted(f"{s}/{n}" for s, n in applied if (s, n) not in known)
    if unknown:
        raise BookTooNew(
            "{name} was written by a newer version of Ziliudi "
            "(schema steps {steps} are unknown here). Update the app to open it.",
            name=Path(path).name, steps=", ".join(unknown))


def connect(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection to the book at path with the settings every connection to it has; no check."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=check_same_thread)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it on its own
    except sqlite3.Error as e:
        raise storage_refusal(e) or e from None
    return conn


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """The sqlite-utils Database over conn (the same connection, not a second one)."""
    import sqlite_utils

    # No sqlite-utils plugins: whatever else is installed never runs inside the book's connection.
    return sqlite_utils.Database(conn, execute_plugins=False)


def open_connection(path: Path, migration_sets: Callable[[], Iterable[Migrations]], *,
                    current: Steps | None = None, create: bool = False,
                    retired: Callable[[], Iterable[tuple[str, str]]] = tuple
                    ) -> sqlite3.Connection:
    """Open (or create) the book at path, checked, with WAL and foreign keys on, migrated to this version.

    migration_sets() is called only when the book's applied steps are not exactly `current`:
    a book already at this version opens without them (they bring sqlite-utils, ~70 ms of
    imports), and retired() only then too."""
    path = Path(path)
    if path.exists():
        applied = checked_steps(path)
    elif not create:
        raise BookError("There is no book at {path}.", path=path)
    else:
        applied = frozenset()
    sets = None
    if applied != current:
        sets = list(migration_sets())
        _refuse_newer(path, applied, sets, retired())
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        if sets is not None:
            db = database(conn)
            for migrations in sets:
                migrations.apply(db)
    except Exception as e:
        conn.close()
        refusal = storage_refusal(e)
        if refusal is None:
            raise
        raise refusal from e
    return conn


def open_book(path: Path, migration_sets: Iterable[Migrations], create: bool = False) -> sqlite_utils.Database:
    """Open (or create) the book at path with WAL and foreign keys on, migrated to these sets."""
    sets = list(migration_sets)
    return database(open_connection(path, lambda: sets, create=create))


def schema_version(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """The applied migration steps of each set, oldest first."""
    if not db[MIGRATIONS_TABLE].exists():
        return {}
    out: dict[str, list[str]] = {}
    for row in db.query(f"SELECT migration_set, name FROM {MIGRATIONS_TABLE} ORDER BY id"):
        out.setdefault(row["migration_set"], []).append(row["name"])
    return out
