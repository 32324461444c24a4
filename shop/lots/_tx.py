"""Write transactions that take the write lock up front (BEGIN IMMEDIATE).

A deferred transaction that reads first and writes later can fail with "database
is locked" when another connection wrote in between, whatever the busy timeout;
taking the lock at BEGIN makes the busy timeout do its job. Nested use becomes a
savepoint of the outer transaction.

When the outermost transaction fails because the book cannot take the write (a
read-only file, a full disk, a file size limit, a number beyond 64 bits), it is
rolled back and the failure becomes a refusal (shop.book.StorageRefused).
"""

import sqlite3
from contextlib import contextmanager

from shop.book import storage_refusal


@contextmanager
def write(db):
    """One atomic write on a sqlite_utils Database: all of it commits, or none."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    except Exception as exc:
        refusal = storage_refusal(exc)
        if refusal is None or refusal is exc:
            raise
        raise refusal from exc


def _rollback(conn):
    # SQLite may have rolled back already (a full disk, an I/O error); a failed ROLLBACK
    # must not hide the error that caused it.
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
