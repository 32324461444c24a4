"""Monthly statements at 100,000 distributors: 1,000,000 confirmed sales over twelve months in
a tree of 100,000 members, and every member's statement for every month of the year
(shop.downline.ledger.statements, whose one-month case is `ziliudi downline statement`: each
month's sales from its range of a covering index, the tree climbed two levels by integer id,
the tree read once for the year), against one GROUP BY seller and month over the same sales
in the same run."""

import random
import tempfile
import time
from pathlib import Path

from bench._report import median_seconds, report
import shop.downline.schema
import shop.schema
from shop.book import open_book
from shop.downline.ledger import month_of, statements

MEMBERS = 100_000
SALES = 1_000_000
YEAR = 1_767_225_600  # 2026-01-01 00:00 UTC
MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]
RUNS = 3


def build(path: Path):
    db = open_book(path, [shop.schema.migrations, shop.downline.schema.migrations],
                   create=True)
    rng = random.Random(15)
    members = [f"0x{n:040x}" for n in range(MEMBERS)]
    with db.conn:
        # Each member joined someone who joined before, most often recently: a deep, bushy tree.
        db.conn.executemany(
            "INSERT INTO downline_members (member, upline, code, expiry, invite_signature,"
            " joined_at, join_signature, recorded_at) VALUES (?, ?, 'c', 0, '0x', 0, '0x', 0)",
            ((m, members[rng.randrange(max(0, n - 1000), n)]) for n, m in
             enumerate(members) if n))

        ids = dict(db.conn.execute("SELECT address, id FROM downline_accounts"))

        def sales():
            # In the order they are confirmed, as the book records them.
            times = sorted(YEAR + rng.randrange(0, 365 * 86400) for _ in range(SALES))
            for n, at in enumerate(times):
                total = rng.randrange(1_000, 100_000)
                l2, l3 = total * 3 // 100, total // 100
                yield (f"s{n}", ids[members[rng.randrange(MEMBERS)]], "CNY", at, month_of(at),
                       at + 7 * 86400,
                       total, total - l2 - l3, l2, l3,
                       *[at + 8 * 86400 if n % 3 == 0 else None] * 2)

        db.conn.executemany(
            "INSERT INTO downline_sales (source, seller_id, currency, at, month, available_at,"
            " total, own, level2, level3, settled2_at, settled3_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sales())
    db.execute("ANALYZE")
    return db


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "commissions.db"
        started = time.perf_counter()
        db = build(path)
        print(f"built {MEMBERS:,} members and {SALES:,} sales in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        size = path.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("*-wal"))
        now = YEAR + 200 * 86400
        floor = median_seconds(lambda: db.conn.execute(
            "SELECT seller_id, at / 2592000, sum(total), sum(own), sum(level2), sum(level3)"
            " FROM downline_sales GROUP BY seller_id, at / 2592000").fetchall(), RUNS)
        ours = median_seconds(lambda: statements(db, MONTHS, at=now), RUNS)
        lines = sum(len(month) for month in statements(db, MONTHS, at=now).values())
        db.conn.close()
    report("commissions", ours, floor, members=MEMBERS, sales=SALES, statement_lines=lines,
           database_mb=round(size / 2**20, 1), goal=3.0)
    return 0
