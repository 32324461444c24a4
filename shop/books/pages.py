"""The journal a page at a time, newest first, one row per line: what the Books page shows.

Pages follow each other by key (the last row's time and line id), not by OFFSET, so the
millionth row comes as fast as the first; the filters (account, period, text) each have
an index or stop at the page's end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from shop.money import Money

from .journal import currency_of


@dataclass(frozen=True)
class JournalFilter:
    """Which lines to show: one account or all, a period [start, end), text in the memo."""

    account: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""


class JournalRow(NamedTuple):
    """One line of the journal with its entry's date, memo and what it posts. A row is the
    query's tuple as it comes (a page of them is made at the cost of the query); its money
    is made when asked for."""

    line: int
    entry: int
    at: int
    memo: str
    source: str | None
    reverses: int | None
    account: str
    currency: str
    decimals: int
    units: int
    reversed: int  # 1 when a later entry reverses this one
    memo_key: str | None  # the memo's template and values (JSON) of an automatic entry
    memo_args: str | None
    receipt: str  # the entry's receipt picture (its stored name), "" without one

    @property
    def money(self) -> Money:
        return Money(self.units, currency_of(self.currency, self.decimals))


def journal_page(conn, flt: JournalFilter, after: tuple[int, int] | None, limit: int
                 ) -> list[JournalRow]:
    """Up to `limit` lines matching flt, newest first, after the (at, line id) key of the
    last row of the page before (None for the first page)."""
    sql, args = journal_query(flt, after, limit)
    return list(map(JournalRow._make, conn.execute(sql, args)))


def journal_query(flt: JournalFilter, after: tuple[int, int] | None, limit: int
                  ) -> tuple[str, list]:
    """The SQL of one page of the journal and its arguments."""
    where, args = [], []
    if flt.account:
        where.append("p.account = ?")
        args.append(flt.account)
    if flt.start is not None:
        where.append("p.at >= ?")
        args.append(int(flt.start))
    if flt.end is not None:
        where.append("p.at < ?")
        args.append(int(flt.end))
    if flt.text.strip():
        where.append("instr(lower(e.memo), lower(?)) > 0")
        args.append(flt.text.strip())
    if after is not None:
        where.append("(p.at < ? OR (p.at = ? AND p.id < ?))")
        args += [after[0], after[0], after[1]]
    sql = ("SELECT p.id, p.entry_id, p.at, e.memo, e.source, e.reverses, p.account, "
           "p.currency, c.decimals, p.amount, EXISTS (SELECT 1 FROM book_entries r WHERE "
           "r.reverses = e.id), e.memo_key, e.memo_args, e.receipt FROM book_postings p "
           "JOIN book_entries e ON e.id = p.entry_id "
           "JOIN book_commodities c ON c.code = p.currency"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY p.at DESC, p.id DESC LIMIT ?")
    return sql, [*args, int(limit)]
