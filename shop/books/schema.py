"""The books' tables, a migration set of their own ("books").

book_postings holds the lines of every entry, debits positive and credits negative (as
Beancount writes them), in whole units of its currency. That every entry balances per
currency is kept by the database, not only by the code that posts:

- a new entry leaves a row in book_unbalanced, which its last line takes away only when
  every currency's lines sum to zero (since 0002_balance_per_entry; 0001 kept a running
  total per line instead);
- a row of book_unbalanced references book_never, a table that stays empty, through a
  foreign key checked at COMMIT (DEFERRABLE INITIALLY DEFERRED); so while any entry is out
  of balance in any currency the transaction cannot commit (the book is opened with
  foreign keys on, see shop.book.connect).

An entry states how many lines it has (`lines`): once they are there, none can be added,
and until they are all there it cannot commit.
Updates and deletes of entries and lines are refused by triggers.
"""

from sqlite_utils.migrations import Migrations

from .chart import CHART_0001

migrations = Migrations("books")

@migrations(name="0001_journal")
def m0001_journal(db):
    db.execute("""
        CREATE TABLE book_accounts (
            code TEXT PRIMARY KEY,
            kind TEXT NOT NULL
                CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense')),
            position INTEGER NOT NULL
        ) WITHOUT ROWID""")
    db.conn.executemany("INSERT INTO book_accounts VALUES (?, ?, ?)",
                        [(code, kind, n) for n, (code, kind) in enumerate(CHART_0001)])
    # A currency or token as the books count it: its code (a Beancount commodity name)
    # and how many decimal places its units have.
    db.execute("""
        CREATE TABLE book_commodities (
            code TEXT PRIMARY KEY,
            decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 255)
        ) WITHOUT ROWID""")
    # `source` names the business event an entry posts ("offline:3:sale"): unique, so an
    # event is posted once whatever runs again. A manual entry has none; a reversal names
    # the entry it reverses, which can be reversed once.
    db.execute("""
        CREATE TABLE book_entries (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            memo TEXT NOT NULL DEFAULT '',
            source TEXT UNIQUE,
            reverses INTEGER UNIQUE REFERENCES book_entries(id),
            receipt TEXT NOT NULL DEFAULT '',
            lot_id INTEGER,
            item_id INTEGER,
            customer_id INTEGER,
            lines INTEGER NOT NULL CHECK (lines >= 2),
            recorded_at INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX book_entries_at ON book_entries (at, id)")
    # Lines carry their entry's time, so that reports over a period read one index.
    db.execute("""
        CREATE TABLE book_postings (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES book_entries(id),
            account TEXT NOT NULL REFERENCES book_accounts(code),
            currency TEXT NOT NULL REFERENCES book_commodities(code),
            amount INTEGER NOT NULL CHECK (amount != 0),
            at INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX book_postings_entry ON book_postings (entry_id)")
    # The journal's pages, newest first, of all accounts or one (keyset paging, see
    # shop.books.pages).
    db.execute("CREATE INDEX book_postings_at ON book_postings (at)")
    db.execute("CREATE INDEX book_postings_account ON book_postings (account, at)")
    # Balances and profit over any period read this index alone, never the table.
    db.execute("CREATE INDEX book_postings_totals ON book_postings "
               "(account, currency, at, amount)")
    db.execute("CREATE TABLE book_never (id INTEGER PRIMARY KEY)")
    db.execute("""
        CREATE TABLE book_unbalanced (
            entry_id INTEGER NOT NULL,
            currency TEXT NOT NULL,
            total INTEGER NOT NULL,
            never INTEGER NOT NULL DEFAULT 1
                REFERENCES book_never(id) DEFERRABLE INITIALLY DEFERRED,
            PRIMARY KEY (entry_id, currency)
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TRIGGER book_postings_lines BEFORE INSERT ON book_postings
        WHEN (SELECT count(*) FROM book_postings WHERE entry_id = new.entry_id)
             >= (SELECT lines FROM book_entries WHERE id = new.entry_id)
        BEGIN
            SELECT RAISE(ABORT, 'a posted entry takes no further lines');
        END""")
    db.execute("""
        CREATE TRIGGER book_postings_at BEFORE INSERT ON book_postings
        WHEN new.at IS NOT (SELECT at FROM book_entries WHERE id = new.entry_id)
        BEGIN
            SELECT RAISE(ABORT, 'a line is dated as its entry');
        END""")
    db.execute("""
        CREATE TRIGGER book_postings_balance AFTER INSERT ON book_postings BEGIN
            INSERT INTO book_unbalanced (entry_id, currency, total)
            VALUES (new.entry_id, new.currency, new.amount)
            ON CONFLICT (entry_id, currency) DO UPDATE SET total = total + excluded.total;
            DELETE FROM book_unbalanced
            WHERE entry_id = new.entry_id AND currency = new.currency AND total = 0;
        END""")
    for table in ("book_entries", "book_postings"):
        for action in ("UPDATE", "DELETE"):
            db.execute(f"""
                CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} BEGIN
                    SELECT RAISE(ABORT, 'posted entries are never changed; reverse them');
                END""")


@migrations(name="0002_balance_per_entry")
def m0002_balance_per_entry(db):
    """The balance is checked once per entry, when its last line arrives, instead of a
    running total written for every line: a sync posting 22,500 lines spent ~25 µs a line
    in that trigger's two writes, and now spends its reads only (bench escrow_sync_seller).

    A new entry leaves a row in book_unbalanced (currency '', total its line count), which
    keeps the transaction from committing (the deferred foreign key above) until the
    entry's last line finds every currency's lines summing to zero and takes the row away.
    So an entry missing a line cannot commit either. The running totals of entries posted
    before this step are all gone (a committed book has none)."""
    db.execute("DROP TRIGGER book_postings_balance")
    db.execute("""
        CREATE TRIGGER book_entries_open AFTER INSERT ON book_entries BEGIN
            INSERT INTO book_unbalanced (entry_id, currency, total)
            VALUES (new.id, '', new.lines);
        END""")
    db.execute("""
        CREATE TRIGGER book_postings_complete AFTER INSERT ON book_postings
        WHEN (SELECT count(*) FROM book_postings WHERE entry_id = new.entry_id)
             = (SELECT lines FROM book_entries WHERE id = new.entry_id)
        BEGIN
            DELETE FROM book_unbalanced WHERE entry_id = new.entry_id AND currency = ''
            AND NOT EXISTS (SELECT 1 FROM book_postings WHERE entry_id = new.entry_id
                            GROUP BY currency HAVING sum(amount) != 0);
        END""")


@migrations(name="0003_cny_value")
def m0003_cny_value(db):
    """A line in a token may carry its value in 元 (`value`, in 分) at the rate its offer was
    signed with (shop.books.valuation). Values are a second measure of the same lines, not
    lines of their own: an entry's values, when it has any, are on every line and sum to
    zero, which its last line checks with the balance (see 0002).

    The checks of each line (dated as its entry, no line past the entry's count) join the
    last line's in one trigger, which counts the entry's lines once per line instead of
    twice."""
    db.execute("ALTER TABLE book_postings ADD COLUMN value INTEGER")
    for name in ("book_postings_complete", "book_postings_lines", "book_postings_at"):
        db.execute(f"DROP TRIGGER {name}")
    db.execute("""
        CREATE TRIGGER book_postings_checked AFTER INSERT ON book_postings
        WHEN new.at IS NOT (SELECT at FROM book_entries WHERE id = new.entry_id)
             OR (SELECT count(*) FROM book_postings WHERE entry_id = new.entry_id)
                >= (SELECT lines FROM book_entries WHERE id = new.entry_id)
        BEGIN
            SELECT RAISE(ABORT, 'a line is dated as its entry')
            WHERE new.at IS NOT (SELECT at FROM book_entries WHERE id = new.entry_id);
            SELECT RAISE(ABORT, 'a posted entry takes no further lines')
            WHERE (SELECT count(*) FROM book_postings WHERE entry_id = new.entry_id)
                  > (SELECT lines FROM book_entries WHERE id = new.entry_id);
            DELETE FROM book_unbalanced WHERE entry_id = new.entry_id AND currency = ''
            AND NOT EXISTS (SELECT 1 FROM book_postings WHERE entry_id = new.entry_id
                            GROUP BY currency HAVING sum(amount) != 0)
            AND (SELECT count(value) IN (0, count(*)) AND coalesce(sum(value), 0) = 0
                 FROM book_postings WHERE entry_id = new.entry_id);
        END""")


@migrations(name="0004_memo_keys")
def m0004_memo_keys(db):
    """An entry posted by the app keeps its memo as a template and its values as well as the
    English text (`memo`, what exports and the command line print), so that the interface can
    say it in the user's language (journal.Memo). A memo typed by hand has neither."""
    db.execute("ALTER TABLE book_entries ADD COLUMN memo_key TEXT")
    db.execute("ALTER TABLE book_entries ADD COLUMN memo_args TEXT")
