"""The books for an accountant: a Beancount file (bean-check accepts it) and a CSV of the
journal, one row per line; and every report as one table (XLSX or CSV; desktop/render
draws the same sections as a PDF). Both are written beside their name and renamed into
place, so a crash never leaves half a file; rows are streamed, never all held at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from itertools import groupby

from shop.lots.sellthrough import summaries
from shop.money import CNY, Money, currency
from shop.stock.export import write_atomically, write_csv, write_xlsx

from .journal import currency_of
from .reports import SALES_KEYS, flows, report, sales_by

_LINES = ("SELECT e.id, e.at, e.memo, e.source, e.reverses, p.account, p.currency, "
          "c.decimals, p.amount, p.value FROM book_entries e "
          "JOIN book_postings p ON p.entry_id = e.id "
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
                for *_, account, code, decimals, units, value in lines:
                    amount = Money(units, currency_of(code, decimals)).plain()
                    out.write(f"  {account}  {amount} {code}\n")
                    if value is not None:  # its worth in 元 at the offer's rate
                        out.write(f'    value: "{Money(value, CNY).plain()} CNY"\n')
                count += 1

    write_atomically(path, write)
    return count


class _Number(str):
    """An amount's digits: written as they are, where text that starts with a minus sign
    would be escaped as a possible formula (shop.stock.export.escape_cell)."""


CSV_HEADER = ("entry", "date", "time_utc", "memo", "source", "reverses", "account",
              "currency", "amount", "value_cny")


def write_journal_csv(db, path) -> int:
    """Write the journal as CSV (UTF-8 with a BOM, for Excel), one row per line; how many
    rows. Amounts are numbers in whole currency, debits positive; value_cny is a token
    line's worth in 元 at its offer's rate, where it has one."""
    def rows():
        for (entry_id, at, memo, source, reverses, account, code, decimals, units,
             value) in db.execute(_LINES):
            yield (entry_id, _day(at), at, memo, source or "", reverses or "", account, code,
                   _Number(Money(units, currency_of(code, decimals)).plain()),
                   "" if value is None else _Number(Money(value, CNY).plain()))

    return write_csv(path, rows(), header=CSV_HEADER)


#: The columns of the reports' one table; each section fills those that apply to it.
REPORT_HEADER = ("section", "name", "currency", "amount", "cost", "margin", "opening", "in",
                 "out", "sold", "offered", "sell_through")


@dataclass(frozen=True)
class Section:
    """One report as rows of cells, under the REPORT_HEADER names of its columns."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


def _n(money) -> _Number:
    return _Number(money.plain())


def report_sections(db, start: int | None = None, end: int | None = None,
                    buyer_names=None) -> list[Section]:
    """Every report of a period: the balance sheet at `end`, profit and loss, cash and token
    flows and sales by lot, listing, customer (escrow buyers named by `buyer_names`, see
    reports.sales_by) and day within [start, end), and each lot's sell-through as it stands
    (not of the period: stock has no history), its amount the supply value of what sold."""
    r = report(db, start, end)
    money = ("name", "currency", "amount")
    sections = [
        Section("balance sheet", money, tuple(
            (b.account, b.money.currency.code, _n(b.money)) for b in r.balances)),
        Section("profit and loss", money, tuple(
            (b.account, b.money.currency.code, _n(b.money)) for b in r.profit) + tuple(
            ("net income", m.currency.code, _n(m)) for m in r.net_income())),
        Section("cash and token flows", ("name", "currency", "opening", "in", "out", "amount"),
                tuple((f.account, f.opening.currency.code, _n(f.opening), _n(f.inflow),
                       _n(f.outflow), _n(f.closing)) for f in flows(db, start, end)))]
    for by in SALES_KEYS:
        sections.append(Section(f"sales by {by}", ("name", "currency", "amount", "cost",
                                                   "margin"), tuple(
            (s.key, s.sales.currency.code, _n(s.sales), _n(s.cost), _n(s.margin))
            for s in sales_by(db, by, start, end, buyer_names))))
    sections.append(sell_through_section(db))
    return sections


def sell_through_section(db) -> Section:
    """Each lot's sell-through as it stands (shop.lots.sellthrough): units sold of those
    offered, and the supply value of what sold."""
    lots = db.execute("SELECT id, title, currency FROM lots ORDER BY id").fetchall()
    totals = summaries(db, [lot_id for lot_id, _, _ in lots])
    return Section("sell-through", ("name", "currency", "sold", "offered", "sell_through",
                                    "amount"), tuple(
        (title, code, t.sold, t.quantity, f"{t.rate_bps / 100:.2f}%",
         _n(Money(t.supply_value_sold, currency(code))))
        for lot_id, title, code in lots if (t := totals.get(lot_id)) is not None))


def report_rows(sections):
    """The sections as rows of the one table (REPORT_HEADER)."""
    for section in sections:
        for row in section.rows:
            cells = dict(zip(section.columns, row))
            yield (section.title, *(cells.get(c) for c in REPORT_HEADER[1:]))


def write_report(db, path, start: int | None = None, end: int | None = None,
                 buyer_names=None) -> int:
    """Write every report of a period (report_sections) as XLSX (a path ending .xlsx) or
    CSV; how many rows."""
    sections = report_sections(db, start, end, buyer_names)
    if str(path).lower().endswith(".xlsx"):
        from decimal import Decimal

        # Numbers as numbers in the sheet (Decimal, never float), text as text.
        return write_xlsx(path, ([Decimal(v) if isinstance(v, _Number) else v for v in row]
                                 for row in report_rows(sections)), header=REPORT_HEADER,
                          sheet_title="Books")
    return write_csv(path, report_rows(sections), header=REPORT_HEADER)
