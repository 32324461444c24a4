"""The balance sheet and profit and loss over 1,000,000 postings (shop.books.reports.report,
as `ziliudi books balance` and the Books page build them) against one SUM ... GROUP BY over
the same postings. Both read the postings' totals index; the report's single pass gives the
balances at the period's end and the profit within it at once."""

import time

from bench._books import T0, build
from bench._report import median_seconds, report
from shop.books import reports

RUNS = 7


def main() -> int:
    started = time.perf_counter()
    db, _ = build()
    print(f"built 1,000,000 postings in {time.perf_counter() - started:.1f} s", flush=True)
    conn = db.conn
    start, end = T0 + 86400 * 30, T0 + 86400 * 200
    floor = median_seconds(lambda: conn.execute(
        "SELECT account, currency, sum(amount) FROM book_postings GROUP BY account, currency"
    ).fetchall(), RUNS)
    ours = median_seconds(lambda: reports.report(db, start, end), RUNS)
    r = reports.report(db, start, end)
    assert all(v == 0 for v in reports.trial_balance(db).values())
    report("reports", ours, floor, postings=1_000_000, accounts=len(r.balances) + len(r.profit),
           goal=2.0)
    return 0
