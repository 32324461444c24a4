"""A book with a million postings for the books' benchmarks, made in SQL (the triggers that
keep every entry balanced run for each line, as they do for the app's own postings)."""

import tempfile
from pathlib import Path

from desktop.services.book import open_profile_book

POSTINGS = 1_000_000
T0 = 1_700_000_000
# Pairs of accounts an entry moves money between: sales into the four ways of being paid,
# their cost out of inventory, stock in, and some expenses.
PAIRS = [("Assets:Cash", "Income:Sales"), ("Assets:WeChatPay", "Income:Sales"),
         ("Assets:Alipay", "Income:Sales"), ("Assets:Bank", "Income:Sales"),
         ("Expenses:CostOfGoods", "Assets:Inventory"), ("Assets:Inventory", "Equity:Opening"),
         ("Expenses:Other", "Assets:Cash"), ("Income:Refunds", "Assets:WeChatPay")]


def build(postings: int = POSTINGS, folder: str | None = None):
    """(db, path) of a new book with `postings` lines in postings // 2 entries over a year."""
    folder = Path(folder or tempfile.mkdtemp(prefix="bench-books-"))
    path = folder / "book.db"
    db = open_profile_book(path, create=True)
    conn = db.conn
    entries = postings // 2
    conn.execute("BEGIN")
    conn.execute("INSERT INTO book_commodities VALUES ('CNY', 2), ('USDT', 6)")
    conn.execute("CREATE TEMP TABLE pairs (n INTEGER PRIMARY KEY, debit TEXT, credit TEXT)")
    conn.executemany("INSERT INTO pairs VALUES (?, ?, ?)",
                     [(n, d, c) for n, (d, c) in enumerate(PAIRS)])
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO book_entries (id, at, memo, source, lines, recorded_at) "
        "SELECT i, ? + i * 60, 'Sale ' || i, 'bench:' || i, 2, ? FROM n",
        [entries, T0, T0])
    conn.execute(
        "INSERT INTO book_postings (entry_id, account, currency, amount, at) "
        "SELECT e.id, CASE WHEN k.side = 0 THEN p.debit ELSE p.credit END, "
        "CASE WHEN e.id % 10 = 0 THEN 'USDT' ELSE 'CNY' END, "
        "CASE WHEN k.side = 0 THEN 1 ELSE -1 END * (100 + e.id % 9973), e.at "
        "FROM book_entries e JOIN pairs p ON p.n = e.id % 8 "
        "JOIN (SELECT 0 AS side UNION ALL SELECT 1) k ORDER BY e.id, k.side")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    return db, path
