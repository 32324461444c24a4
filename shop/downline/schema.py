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


@migrations(name="0003_account_ids")
def m0003_account_ids(db):
    # Monthly statements read every sale of a month and climb two levels of the tree from
    # each seller; doing that on text addresses cost most of the statement's time. Each
    # account gets an integer id, with its upline's id: downline_members stays the signed
    # record of the bindings, and a trigger keeps this copy of its edges in step, whatever
    # writes a binding.
    db.execute("""
        CREATE TABLE downline_accounts (
            id INTEGER PRIMARY KEY,
            address TEXT NOT NULL UNIQUE COLLATE NOCASE,
            upline_id INTEGER REFERENCES downline_accounts(id)
        )""")
    db.execute("""
        CREATE TRIGGER downline_members_account AFTER INSERT ON downline_members BEGIN
            INSERT OR IGNORE INTO downline_accounts (address) VALUES (NEW.upline);
            INSERT INTO downline_accounts (address, upline_id) VALUES (NEW.member,
                (SELECT id FROM downline_accounts WHERE address = NEW.upline))
                ON CONFLICT (address) DO UPDATE SET upline_id = excluded.upline_id;
        END""")
    db.execute("CREATE INDEX downline_accounts_upline ON downline_accounts (upline_id)")
    db.execute("INSERT OR IGNORE INTO downline_accounts (address) SELECT upline"
               " FROM downline_members")
    db.execute("INSERT OR IGNORE INTO downline_accounts (address) SELECT member"
               " FROM downline_members")
    db.execute("INSERT OR IGNORE INTO downline_accounts (address) SELECT seller"
               " FROM downline_sales")
    db.execute("UPDATE downline_accounts SET upline_id = (SELECT u.id FROM downline_members m"
               " JOIN downline_accounts u ON u.address = m.upline"
               " WHERE m.member = downline_accounts.address)")
    # Each level is settled on its own (settled2_at, settled3_at): the escrow pays both at
    # once, but a seller paying an offline order's commissions by hand pays one upline at a
    # time.
    # The sales name their seller by id, and carry the UTC month they count in (YYYYMM), so
    # that a month's sales are one range of an index already in seller order: the statement
    # sums them per seller without sorting and without reading the table. `month` is a plain
    # column with a CHECK rather than a generated one: SQLite reads the table for a
    # generated column even when an index holds it.
    db.execute("""
        CREATE TABLE downline_sales_by_id (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            seller_id INTEGER NOT NULL REFERENCES downline_accounts(id),
            lot_id INTEGER,
            currency TEXT NOT NULL,
            at INTEGER NOT NULL,
            month INTEGER NOT NULL
                CHECK (month = CAST(strftime('%Y%m', at, 'unixepoch') AS INTEGER)),
            available_at INTEGER NOT NULL,
            total INTEGER NOT NULL CHECK (total >= 0),
            own INTEGER NOT NULL,
            level2 INTEGER NOT NULL DEFAULT 0 CHECK (level2 >= 0),
            level3 INTEGER NOT NULL DEFAULT 0 CHECK (level3 >= 0),
            refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded BETWEEN 0 AND total),
            reversed2 INTEGER NOT NULL DEFAULT 0 CHECK (reversed2 BETWEEN 0 AND level2),
            reversed3 INTEGER NOT NULL DEFAULT 0 CHECK (reversed3 BETWEEN 0 AND level3),
            settled2_at INTEGER,
            settled3_at INTEGER,
            settled_how TEXT CHECK (settled_how IN ('chain', 'offline'))
        )""")
    db.execute("""
        INSERT INTO downline_sales_by_id (id, source, seller_id, lot_id, currency, at, month,
            available_at, total, own, level2, level3, refunded, reversed2, reversed3,
            settled2_at, settled3_at, settled_how)
        SELECT s.id, s.source, a.id, s.lot_id, s.currency, s.at,
            CAST(strftime('%Y%m', s.at, 'unixepoch') AS INTEGER), s.available_at, s.total,
            s.own, s.level2, s.level3, s.refunded, s.reversed2, s.reversed3, s.settled_at,
            s.settled_at, s.settled_how
        FROM downline_sales s JOIN downline_accounts a ON a.address = s.seller""")
    db.execute("DROP TABLE downline_sales")
    db.execute("ALTER TABLE downline_sales_by_id RENAME TO downline_sales")
    db.execute("""
        CREATE INDEX downline_sales_month ON downline_sales (month, seller_id, currency,
            total, refunded, own, level2, reversed2, level3, reversed3, available_at,
            settled2_at, settled3_at)""")
