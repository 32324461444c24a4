"""The books for an accountant: a Beancount file (bean-check accepts it) and a CSV of the
journal, one row per line. Both are written beside their name and renamed into place, so a
crash never leaves half a file; rows are streamed, never all held at once.
"""

from __future__ import annotations

import time
from itertools import groupby

from shop.money import Money
from shop.stock.export import write_atomically, write_csv, write_xlsx

from .journal import currency_of
from .reports import report, sales_by

_LINES = ("SELECT e.id, e.at, e.memo, e.source, e.reverses, p.account, p.currency, "
          "c.decimals, p.amount FROM book_entries e JOIN book_postings p ON p.entry_id = e.id "
          "JOIN book_commodities c ON c.code = p.currency ORDER BY e.at, e.id, p.id")


def _day(at: int) -> str:
    """The local date of a UTC time, as the seller's calendar has it."""
    return time.strftime("%Y-%m-%d", time.localtime(at))


def _quoted(text: str) -> str:
    return '"' + " ".join(str(text).split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_beancount(db, path, *, title: str = "Ziliudi") -> int:
    """Write the whole journal as a Beancount file at path; how many entries it has."""
    count = 0

    def write(target):
        nonlocal count
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            out.write(f"; The books of {' '.join(title.split())}, written by Ziliudi.\n")
            out.write(f"option \"title\" {_quoted(title)}\n")
            out.write('option "operating_currency" "CNY"\n\n')
            first = db.execute("SELECT min(at) FROM book_entries").fetchone()[0]
            opened = _day(first if first is not None else int(time.time()))
            for code, decimals in db.execute("SELECT code, decimals FROM book_commodities "
                                             "ORDER BY code"):
                out.write(f"{opened} commodity {code}\n  precision: {decimals}\n")
            for (account,) in db.execute("SELECT code FROM book_accounts ORDER BY position"):
                out.write(f"{opened} open {account}\n")
            for (entry_id, at, memo, source, reverses), lines in groupby(
                    db.execute(_LINES), key=lambda r: r[:5]):
                out.write(f"\n{_day(at)} * {_quoted(memo)}\n  entry: {entry_id}\n")
                if source:
                    out.write(f"  source: {_quoted(source)}\n")
                if reverses:
                    out.write(f"  reverses: {reverses}\n")
                for *_, account, code, decimals, units in lines:
                    amount = Money(units, currency_of(code, decimals)).plain()
                    out.write(f"  {account}  {amount} {code}\n")
                count += 1

    write_atomically(path, write)
    return count


class _Number(str):
    """An amount's digits: written as they are, where text that starts with a minus sign
    would be escaped as a possible formula (shop.stock.export.escape_cell)."""


CSV_HEADER = ("entry", "date", "time_utc", "memo", "source", "reverses", "account",
              "currency", "amount")


def write_journal_csv(db, path) -> int:
    """Write the journal as CSV (UTF-8 with a BOM, for Excel), one row per line; how many
    rows. Amounts are numbers in whole currency, debits positive."""
    def rows():
        for entry_id, at, memo, source, reverses, account, code, decimals, units in db.execute(
                _LINES):
            yield (entry_id, _day(at), at, memo, source or "", reverses or "", account, code,
                   _Number(Money(units, currency_of(code, decimals)).plain()))

    return write_csv(path, rows(), header=CSV_HEADER)


REPORT_HEADER = ("section", "name", "currency", "amount", "cost", "margin")


def write_report(db, path, start: int | None = None, end: int | None = None) -> int:
    """Write the balance sheet at `end`, profit and loss within [start, end) and sales by lot
    and by day within it, as XLSX (a path ending .xlsx) or CSV; how many rows."""
    r = report(db, start, end)

    def rows():
        for b in r.balances:
            yield ("balance sheet", b.account, b.money.currency.code, _Number(b.money.plain()),
                   None, None)
        for b in r.profit:
            yield ("profit and loss", b.account, b.money.currency.code,
                   _Number(b.money.plain()), None, None)
        for m in r.net_income():
            yield ("profit and loss", "net income", m.currency.code, _Number(m.plain()), None,
                   None)
        for by in ("lot", "day"):
            for s in sales_by(db, by, start, end):
                yield (f"sales by {by}", s.key, s.sales.currency.code, _Number(s.sales.plain()),
                       _Number(s.cost.plain()), _Number(s.margin.plain()))

    if str(path).lower().endswith(".xlsx"):
        from decimal import Decimal

        # Numbers as numbers in the sheet (Decimal, never float), text as text.
        return write_xlsx(path, ([Decimal(v) if isinstance(v, _Number) else v for v in row]
                                 for row in rows()), header=REPORT_HEADER, sheet_title="Books")
    return write_csv(path, rows(), header=REPORT_HEADER)
