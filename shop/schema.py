"""The shop's tables, built by numbered migrations (applied in order, each atomic)."""

from sqlite_utils.migrations import Migrations

migrations = Migrations("shop")


@migrations(name="0001_book")
def m0001_book(db):
    # One row per fact about the book itself: its profile name, when it was created.
    db.execute("CREATE TABLE book_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
