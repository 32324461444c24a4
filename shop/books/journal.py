"""Posting entries: a balanced set of lines, once per business event; and reversing one.

post() checks the lines before it writes (so a refusal says what is wrong); the database
checks the balance again at commit whatever wrote the lines (see shop.books.schema).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass

from shop.errors import ShopError
from shop.lots import _tx
from shop.money import CURRENCIES, Currency, Money
from shop.rows import insert_rows

from .chart import ACCOUNTS

MAX_MEMO = 500
_COMMODITY = re.compile(r"[A-Z][A-Z0-9'._-]{0,22}[A-Z0-9]")


class BooksError(ShopError):
    """A posting or a reversal was refused; nothing was written."""


class Unbalanced(BooksError):
    def __init__(self, currency: str, off: str):
        super().__init__("The entry does not balance in {currency}: it is off by {off}.",
                         currency=currency, off=off)


class TooLarge(BooksError):
    def __init__(self, amount: str):
        super().__init__("{amount} is more than the books can hold in one line.", amount=amount)


class UnknownAccount(BooksError):
    def __init__(self, account: str):
        super().__init__("“{account}” is not an account of the books.", account=account)


@dataclass(frozen=True)
class Line:
    """One line of an entry: an account, and money debited (positive) or credited (negative);
    for a token, maybe its value in 元 (分) at the rate its offer carried (shop.books.valuation).
    """

    account: str
    money: Money
    value: int | None = None


@dataclass(frozen=True)
class Entry:
    """An entry as the books keep it."""

    id: int
    at: int
    memo: str
    source: str | None
    reverses: int | None
    receipt: str
    lines: tuple[Line, ...]


def commodity(db, cur: Currency) -> str:
    """The books' code of a currency or token (registered on first use): its code in capitals
    when that is a valid commodity name, else a name made from it; a code already taken with
    other decimals gets the decimals appended."""
    base = re.sub(r"[^A-Z0-9'._-]", "", cur.code.upper()) or "TOKEN"
    if not base[0].isalpha():
        base = "T" + base
    base = base[:22].rstrip("'._-") or "TOKEN"
    if len(base) < 2:
        base += "X"
    code = base
    row = db.execute("SELECT decimals FROM book_commodities WHERE code = ?", [code]).fetchone()
    if row is not None and row[0] != cur.decimals:
        code = f"{base[:19]}-D{cur.decimals}"
        row = db.execute("SELECT decimals FROM book_commodities WHERE code = ?",
                         [code]).fetchone()
    if row is None:
        db.execute("INSERT INTO book_commodities (code, decimals) VALUES (?, ?)",
                   [code, cur.decimals])
    assert _COMMODITY.fullmatch(code), code
    return code


@dataclass(frozen=True)
class Memo:
    """What an entry the app posts is about: an English template (its key for translation)
    and the values it is filled with. The books keep the filled text for exports and the
    command line, and both parts for the interface to say it in the user's language."""

    key: str
    args: dict

    @property
    def text(self) -> str:
        return self.key.format(**self.args)


def memo(key: str, **args) -> Memo:
    """A Memo of this template with these values."""
    return Memo(key, args)


@dataclass(frozen=True)
class Draft:
    """An entry to post: its lines, its time, and what it is about (typed text or a Memo)."""

    lines: tuple[Line, ...]
    at: int
    memo: str | Memo = ""
    source: str | None = None
    receipt: str = ""
    lot_id: int | None = None
    item_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class UnitsDraft:
    """A Draft whose lines are all in one currency, each (account, units, 元 value or None):
    what a sync posts by the thousand, without a Money and a Line made for every line."""

    currency: Currency
    lines: tuple[tuple[str, int, int | None], ...]
    at: int
    memo: str | Memo = ""
    source: str | None = None
    receipt: str = ""
    lot_id: int | None = None
    item_id: int | None = None
    customer_id: int | None = None


def post(db, lines, *, at: int, memo: str | Memo = "", source: str | None = None,
         receipt: str = "", lot_id: int | None = None, item_id: int | None = None,
         customer_id: int | None = None) -> int | None:
    """Post one entry; its id, or None when `source` was posted already (nothing is written).
    Lines of zero are left out; refused when the rest do not balance per currency or name an
    account the books do not have."""
    ids = post_many(db, [Draft(tuple(lines), at, memo, source, receipt, lot_id, item_id,
                                 customer_id)])
    return ids[0] if ids else None


_ENTRY_COLUMNS = ("id", "at", "memo", "memo_key", "memo_args", "source", "receipt", "lot_id",
                  "item_id", "customer_id", "lines", "recorded_at")
_LINE_COLUMNS = ("entry_id", "account", "currency", "amount", "at", "value")
#: The largest integer SQLite keeps.
_LARGEST = 2**63 - 1
_json_args = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def post_many(db, drafts) -> list[int]:
    """Post entries (Draft or UnitsDraft) together, in one transaction and two writing
    statements; the ids of those posted.
    A draft whose source is posted already (or earlier among drafts) is skipped, and so is
    one with no line that is not zero. Refused as a whole, before anything is written, when
    one of them does not balance or names an account the books do not have.

    Set-based for a sync's batch: one read for the sources taken, ids given in order after
    the largest (entries are never deleted, and the write lock is held), the entries and
    then their lines a few hundred rows to a statement (shop.rows). The unique source and the
    balance at commit are still the database's to enforce."""
    checked = []
    for d in drafts:
        lines = _lines_of(d)
        _check(lines)
        if lines:
            checked.append((d, lines))
    if not checked:
        return []
    now = int(time.time())
    with _tx.write(db):
        conn = db.conn
        sources = [d.source for d, _ in checked if d.source is not None]
        taken = {r[0] for r in conn.execute(
            "SELECT source FROM book_entries WHERE source IN (SELECT value FROM json_each(?))",
            [json.dumps(sources)])} if sources else set()
        next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM book_entries").fetchone()[0]
        codes: dict[Currency, str] = {}
        last, last_code = None, ""  # a batch's lines are mostly of one token: hash it once
        entries, rows = [], []
        for d, lines in checked:
            if d.source is not None:
                if d.source in taken:
                    continue
                taken.add(d.source)
            at = int(d.at)
            entries.append((next_id, at, *_memo_columns(d.memo), d.source, d.receipt, d.lot_id,
                            d.item_id, d.customer_id, len(lines), now))
            for account, cur, units, value in lines:
                if cur is not last:
                    last, last_code = cur, codes.get(cur)
                    if last_code is None:
                        last_code = codes[cur] = commodity(db, cur)
                rows.append((next_id, account, last_code, units, at, value))
            next_id += 1
        insert_rows(conn, "INSERT INTO book_entries", _ENTRY_COLUMNS, entries)
        insert_rows(conn, "INSERT INTO book_postings", _LINE_COLUMNS, rows)
    return [e[0] for e in entries]


def _lines_of(d) -> list[tuple[str, Currency, int, int | None]]:
    """A draft's lines that are not zero, as (account, currency, units, value)."""
    if isinstance(d, UnitsDraft):
        cur = d.currency
        return [(account, cur, units, value) for account, units, value in d.lines if units]
    return [(line.account, line.money.currency, line.money.units, line.value)
            for line in d.lines if line.money.units != 0]


def _memo(memo) -> str:
    return " ".join(str(memo).split())[:MAX_MEMO]


def _memo_columns(m: str | Memo) -> tuple[str, str | None, str | None]:
    """(memo, memo_key, memo_args as JSON text) as an entry keeps them."""
    if isinstance(m, Memo):
        return _memo(m.text), m.key, _json_args(m.args)
    return _memo(m), None, None


def _check(lines) -> None:
    """Refuse lines (account, currency, units, value) that make no entry of the books.

    One pass over the lines: a sync checks 25,000 of them. Amounts in the first line's
    currency object are summed without hashing it (the usual case: one currency)."""
    one = lines[0][1] if lines else None
    total, others = 0, {}
    valued, values = 0, 0
    for account, cur, units, value in lines:
        if type(units) is not int:  # a Line's Money checks this; a UnitsDraft's tuple not
            raise TypeError(f"money is a whole number of units, not {type(units).__name__}")
        if account not in ACCOUNTS:
            raise UnknownAccount(account)
        if abs(units) > _LARGEST or (value is not None and abs(value) > _LARGEST):
            raise TooLarge(Money(units, cur).text())
        if cur is one:
            total += units
        else:
            others[cur] = others.get(cur, 0) + units
        if value is not None:
            valued += 1
            values += value
    totals = {one: total}
    for cur, units in others.items():  # equal currencies made apart count as one
        totals[cur] = totals.get(cur, 0) + units
    for cur, units in totals.items():
        if units:
            raise Unbalanced(cur.code, Money(units, cur).text())
    if valued and (valued != len(lines) or values):
        # A value on some lines only is as far off as the values it lacks.
        cny = CURRENCIES["CNY"]
        raise Unbalanced(cny.code, Money(values, cny).text())
    if len(lines) == 1:
        raise Unbalanced(one.code, Money(lines[0][2], one).text())


def reverse(db, entry_id: int, *, at: int | None = None, memo: str | Memo = "") -> int:
    """Post the entry that undoes `entry_id` (each line with its sign turned); its id.
    Refused for an entry already reversed and for a reversal (post a new entry instead)."""
    at = int(time.time()) if at is None else int(at)
    with _tx.write(db):
        row = db.execute("SELECT memo, reverses, lot_id, item_id, customer_id FROM book_entries"
                         " WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            raise BooksError("There is no entry #{entry}.", entry=entry_id)
        if row[1] is not None:
            raise BooksError("Entry #{entry} is a reversal; post a new entry to correct it.",
                             entry=entry_id)
        if db.execute("SELECT 1 FROM book_entries WHERE reverses = ?", [entry_id]).fetchone():
            raise BooksError("Entry #{entry} is already reversed.", entry=entry_id)
        lines = db.execute("SELECT account, currency, -amount, -value FROM book_postings "
                           "WHERE entry_id = ? ORDER BY id", [entry_id]).fetchall()
        if not isinstance(memo, Memo) and not _memo(memo):
            memo = Memo("Reversal of #{entry}", {"entry": entry_id})
        text, key, args = _memo_columns(memo)
        new_id = db.execute(
            "INSERT INTO book_entries (at, memo, memo_key, memo_args, source, reverses, lot_id,"
            " item_id, customer_id, lines, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [at, text, key, args, f"reversal:{entry_id}",
             entry_id, row[2], row[3], row[4], len(lines), int(time.time())]).lastrowid
        insert_rows(db.conn, "INSERT INTO book_postings", _LINE_COLUMNS,
                    [(new_id, a, c, n, at, v) for a, c, n, v in lines])
    return new_id


def entry(db, entry_id: int) -> Entry:
    """One entry with its lines."""
    row = db.execute("SELECT id, at, memo, source, reverses, receipt FROM book_entries "
                     "WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise BooksError("There is no entry #{entry}.", entry=entry_id)
    lines = tuple(Line(a, Money(n, currency_of(c, d)), v) for a, c, n, d, v in db.execute(
        "SELECT p.account, p.currency, p.amount, c.decimals, p.value FROM book_postings p "
        "JOIN book_commodities c ON c.code = p.currency WHERE p.entry_id = ? ORDER BY p.id",
        [entry_id]))
    return Entry(*row, lines)


def currency_of(code: str, decimals: int) -> Currency:
    """The Currency a commodity code of the books stands for (a known one's symbol kept)."""
    known = CURRENCIES.get(code)
    return known if known is not None and known.decimals == decimals else Currency(
        code, decimals, code)


def accounts(db) -> list[tuple[str, str]]:
    """The chart of accounts: (code, kind) in the chart's order."""
    return [(r[0], r[1]) for r in db.execute("SELECT code, kind FROM book_accounts "
                                             "ORDER BY position")]
