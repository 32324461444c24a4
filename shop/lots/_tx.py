"""Write transactions that take the write lock up front (BEGIN IMMEDIATE).

A deferred transaction that reads first and writes later can fail with "database
is locked" when another connection wrote in between, whatever the busy timeout;
taking the lock at BEGIN makes the busy timeout do its job. Nested use becomes a
savepoint of the outer transaction.
"""

from contextlib import contextmanager


@contextmanager
def write(db):
    """One atomic write on a sqlite_utils Database: all of it commits, or none."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
