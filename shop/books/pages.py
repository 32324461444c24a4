"""The journal a page at a time, newest first, one row per line: what the Books page shows.

Pages follow each other by key (the last row's time and line id), not by OFFSET, so the
millionth row comes as fast as the first; the filters (account, period, text) each have
an index or stop at the page's end.
"""

from __future__ import annotations

from dataclasses import dataclass

from shop.money import Money

from .journal import currency_of


@dataclass(frozen=True)
class JournalFilter:
    """Which lines to show: one account or all, a period [start, end), text in the memo."""

    account: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""


@dataclass(frozen=True)
class JournalRow:
    """One line of the journal with its entry's date, memo and what it posts."""

    line: int
    entry: int
    at: int
    memo: str
    source: str | None
    reverses: int | None
    reversed: bool
    account: str
    money: Money


def journal_page(conn, flt: JournalFilter, after: tuple[int, int] | None, limit: int
                 ) -> list[JournalRow]:
    """Up to `limit` lines matching flt, newest first, after the (at, line id) key of the
    last row of the page before (None for the first page)."""
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
           "r.reverses = e.id) FROM book_postings p JOIN book_entries e ON e.id = p.entry_id "
           "JOIN book_commodities c ON c.code = p.currency"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY p.at DESC, p.id DESC LIMIT ?")
    return [JournalRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[10]), r[6],
                       Money(r[9], currency_of(r[7], r[8])))
            for r in conn.execute(sql, [*args, int(limit)])]
