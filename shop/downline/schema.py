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


@migrations(name="0002_commissions")
def m0002_commissions(db):
    # One confirmed sale by a distributor of this tree, with what its escrow (or the seller,
    # for an offline order) pays the uplines at levels 2 and 3, fixed when the offer was
    # signed. Whom those levels pay follows from the tree, where a binding never changes.
    # A refund, settlement or ruling takes back `reversed2`/`reversed3` pro rata; what is
    # left is frozen until `available_at` (the lot's after-sale window), then available,
    # then settled (`settled_at`: the escrow paid it, or it was marked paid offline).
    db.execute("""
        CREATE TABLE downline_sales (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            seller TEXT NOT NULL COLLATE NOCASE,
            lot_id INTEGER,
            currency TEXT NOT NULL,
            at INTEGER NOT NULL,
            available_at INTEGER NOT NULL,
            total INTEGER NOT NULL CHECK (total >= 0),
            own INTEGER NOT NULL,
            level2 INTEGER NOT NULL DEFAULT 0 CHECK (level2 >= 0),
            level3 INTEGER NOT NULL DEFAULT 0 CHECK (level3 >= 0),
            refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded BETWEEN 0 AND total),
            reversed2 INTEGER NOT NULL DEFAULT 0 CHECK (reversed2 BETWEEN 0 AND level2),
            reversed3 INTEGER NOT NULL DEFAULT 0 CHECK (reversed3 BETWEEN 0 AND level3),
            settled_at INTEGER,
            settled_how TEXT CHECK (settled_how IN ('chain', 'offline'))
        )""")
    db.execute("CREATE INDEX downline_sales_at ON downline_sales (at, seller)")
