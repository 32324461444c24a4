"""The downline's tables, a migration set of their own ("downline").

downline_members holds the tree as edges (member -> upline), one per member: the primary
key is what makes a binding permanent. Subtrees and lines are walked with recursive CTEs;
a closure table would make the walk an index lookup, but it costs a row per ancestor on
every binding and the tree is at most a few hundred thousand rows deep in total.
"""

from sqlite_utils.migrations import Migrations

migrations = Migrations("downline")


@migrations(name="0001_downline")
def m0001_downline(db):
    # Invites this book issued, so that an acceptance coming back can be matched.
    db.execute("""
        CREATE TABLE downline_invites (
            code TEXT PRIMARY KEY,
            upline TEXT NOT NULL COLLATE NOCASE,
            expiry INTEGER NOT NULL,
            signature TEXT NOT NULL,
            issued_at INTEGER NOT NULL
        )""")
    # Every binding this book knows, with both signatures so it can be shown to anyone.
    db.execute("""
        CREATE TABLE downline_members (
            member TEXT PRIMARY KEY COLLATE NOCASE,
            upline TEXT NOT NULL COLLATE NOCASE CHECK (upline <> member),
            code TEXT NOT NULL,
            expiry INTEGER NOT NULL,
            invite_signature TEXT NOT NULL,
            joined_at INTEGER NOT NULL,
            join_signature TEXT NOT NULL,
            recorded_at INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX downline_members_upline ON downline_members (upline)")
    # A lot's customer binding, the seller's choice: 'permanent', 'days' or 'latest'.
    db.execute("""
        CREATE TABLE downline_lot_binding (
            lot_id INTEGER PRIMARY KEY REFERENCES lots(id) ON DELETE CASCADE,
            mode TEXT NOT NULL CHECK (mode IN ('permanent', 'days', 'latest')),
            days INTEGER NOT NULL DEFAULT 30 CHECK (days > 0)
        )""")
    # Which distributor a customer of a lot is bound to, and since when.
    db.execute("""
        CREATE TABLE downline_customers (
            lot_id INTEGER NOT NULL REFERENCES lots(id) ON DELETE CASCADE,
            customer TEXT NOT NULL,
            referrer TEXT NOT NULL COLLATE NOCASE,
            bound_at INTEGER NOT NULL,
            PRIMARY KEY (lot_id, customer)
        ) WITHOUT ROWID""")
