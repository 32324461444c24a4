"""Commissions through their life, and statements per member and month, from SQL.

A sale is recorded when the buyer confirms (or the seller claims after the deadline, or an
offline order is paid), with what it pays the uplines at levels 2 and 3. Each level's part
is then, at any time t: reversed as far as a refund, settlement or ruling took it back (pro
rata, rounded down as the escrow pays payees); of the rest, settled once paid, else frozen
while t is before the lot's after-sale window closes, else available. What is paid by hand
is posted to the books as it is marked paid (shop.books.commissions).

A statement sums the month's sales per seller in one pass over an index that holds them in
seller order, then climbs the tree two levels from each seller by integer ids, so its cost
is one pass over the month's sales plus one over the members who sold.
"""

from __future__ import annotations

import calendar
import json
import time
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple
from datetime import datetime, timezone

from shop.books.commissions import post_paid_by_hand
from shop.books.posting import PAYMENT_ACCOUNTS
from shop.cycles import cycle_collection_paused
from shop.lots import _tx
from shop.money import Money, currency

from .errors import DownlineError
from .tree import account_id

FROZEN, AVAILABLE, SETTLED, REVERSED = "frozen", "available", "settled", "reversed"


@dataclass(frozen=True)
class Sale:
    """A confirmed sale as the downline counts it; amounts in minor units of `currency`."""

    source: str  # the business event, unique ("escrow:<chain>:<contract>:<id>", "offline:<id>")
    seller: str
    currency: str
    at: int
    available_at: int
    total: int
    own: int  # what the seller kept: its margin and its level-1 share
    level2: int = 0
    level3: int = 0
    lot_id: int | None = None


def record_sale(db, sale: Sale) -> bool:
    """Record a confirmed sale once (False when its source was recorded before)."""
    if min(sale.total, sale.level2, sale.level3) < 0 or sale.available_at < sale.at:
        raise DownlineError("A sale's amounts cannot be negative, and its commissions become "
                            "available after it is confirmed.")
    with _tx.write(db):
        cur = db.execute(
            "INSERT OR IGNORE INTO downline_sales (source, seller_id, lot_id, currency, at,"
            " month, available_at, total, own, level2, level3)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [sale.source, account_id(db, sale.seller), sale.lot_id, sale.currency, sale.at,
             month_of(sale.at), sale.available_at,
             sale.total, sale.own, sale.level2, sale.level3])
        return cur.rowcount > 0


def _row(db, source: str):
    row = db.execute("SELECT total, level2, level3 FROM downline_sales WHERE source = ?",
                     [source]).fetchone()
    if row is None:
        raise DownlineError("There is no recorded sale “{source}”.", source=source)
    return row


def reverse(db, source: str, seller_part: int) -> tuple[int, int]:
    """A refund, settlement or ruling left the seller `seller_part` of the sale's total:
    each level keeps the same fraction of its part, rounded down; the rest is reversed.
    Returns what levels 2 and 3 keep."""
    total, level2, level3 = _row(db, source)
    if not 0 <= seller_part <= total:
        raise DownlineError("The seller's part must be between 0 and the sale's total.")
    keep2 = level2 * seller_part // total if total else 0
    keep3 = level3 * seller_part // total if total else 0
    with _tx.write(db):
        db.execute("UPDATE downline_sales SET refunded = ?, reversed2 = ?, reversed3 = ?"
                   " WHERE source = ?",
                   [total - seller_part, level2 - keep2, level3 - keep3, source])
    return keep2, keep3


def settle(db, source: str, at: int, how: str = "chain") -> None:
    """Mark a sale's commissions paid from `at`: by the escrow ('chain': it paid the payees
    on closing, so they count as settled once the after-sale window is over) or by hand
    ('offline')."""
    _row(db, source)
    if how not in ("chain", "offline"):
        raise DownlineError("A commission is paid on chain or offline.")
    with _tx.write(db):
        db.execute("UPDATE downline_sales SET settled2_at = coalesce(settled2_at, :at),"
                   " settled3_at = coalesce(settled3_at, :at), settled_how = coalesce("
                   " settled_how, :how) WHERE source = :source",
                   {"at": at, "how": how, "source": source})


def state_of(db, source: str, at: int) -> str:
    """The state of a sale's commissions at `at`."""
    row = db.execute("SELECT level2, reversed2, settled2_at, level3, reversed3, settled3_at,"
                     " available_at FROM downline_sales WHERE source = ?", [source]).fetchone()
    if row is None:
        raise DownlineError("There is no recorded sale “{source}”.", source=source)
    level2, reversed2, settled2, level3, reversed3, settled3, available_at = row
    amount = level2 + level3
    if amount and reversed2 + reversed3 == amount:
        return REVERSED
    paid = [s is not None and at >= s for s in (settled2, settled3)]
    # Settled once each level that still has something to pay has been paid.
    if any(paid) and all(p or kept == 0 for p, kept in zip(
            paid, (level2 - reversed2, level3 - reversed3))):
        return SETTLED
    return FROZEN if at < available_at else AVAILABLE


# A level's commissions of a month that `member` is owed from sales no escrow pays, available
# at `at` and not yet paid: the sellers one level (2) or two levels (3) below the member.
_UNPAID = """
    month = :month AND available_at <= :at
      AND settled{n}_at IS NULL AND level{n} > reversed{n}
      AND coalesce(settled_how, 'offline') = 'offline' AND seller_id IN ({sellers})"""
_SELLERS = {
    2: "SELECT id FROM downline_accounts WHERE upline_id = :member",
    3: "SELECT a.id FROM downline_accounts a JOIN downline_accounts b ON b.id = a.upline_id"
       " WHERE b.upline_id = :member"}


@dataclass(frozen=True)
class Payable:
    """What a member is owed in one currency, by hand, and from how many sales."""

    currency: str
    amount: int
    sales: int


def _unpaid_args(db, member: str, month: str, at: int) -> dict | None:
    row = db.execute("SELECT id FROM downline_accounts WHERE address = ?", [member]).fetchone()
    return None if row is None else {"member": row[0], "month": _month_key(month), "at": at}


def payable(db, member: str, month: str, *, at: int) -> list[Payable]:
    """What `member` is owed for `month`'s sales no escrow pays (offline orders), available
    at `at` and not yet marked paid, per currency."""
    args = _unpaid_args(db, member, month, at)
    if args is None:
        return []
    owed: dict = {}
    for n in (2, 3):
        for currency, amount, count in db.execute(
                f"SELECT currency, sum(level{n} - reversed{n}), count(*) FROM downline_sales"
                f" WHERE {_UNPAID.format(n=n, sellers=_SELLERS[n])} GROUP BY currency", args):
            was = owed.get(currency, (0, 0))
            owed[currency] = (was[0] + amount, was[1] + count)
    return [Payable(c, a, n) for c, (a, n) in sorted(owed.items())]


def nothing_to_pay(member: str, month: str) -> DownlineError:
    """The refusal of marking paid when `member` is owed nothing by hand for `month`."""
    return DownlineError("{member} has no commission of {month} to mark paid: none is "
                         "available yet, or it was paid already.", member=member, month=month)


def mark_paid(db, member: str, month: str, *, at: int, via: str = "cash") -> list[Payable]:
    """Mark paid, from `at`, what `member` is owed for `month` by hand (see payable): those
    commissions become settled, and the payment (by `via`: cash, wechat, alipay, bank) is
    posted to the books in the same transaction. Refused, with the reason, when nothing is
    available; then nothing is marked or posted."""
    if via not in PAYMENT_ACCOUNTS:
        raise DownlineError("“{payment}” is not a way of paying here (cash, wechat, alipay, "
                            "bank).", payment=via)
    with _tx.write(db):
        owed = payable(db, member, month, at=at)
        if not owed:
            raise nothing_to_pay(member, month)
        args = _unpaid_args(db, member, month, at)
        parts = _unpaid_by_seller(db, args)
        for n in (2, 3):
            db.execute(f"UPDATE downline_sales SET settled{n}_at = :at, settled_how = 'offline'"
                       f" WHERE {_UNPAID.format(n=n, sellers=_SELLERS[n])}", args)
        post_paid_by_hand(db, member, month_text(month), parts, at=at, via=via)
    return owed


def _unpaid_by_seller(db, args: dict) -> list[tuple[str, Money]]:
    """What each seller's sales owe the member (see _UNPAID), per currency, both levels."""
    owed: dict = {}
    for n in (2, 3):
        for seller_id, code, amount in db.execute(
                f"SELECT seller_id, currency, sum(level{n} - reversed{n}) FROM downline_sales"
                f" WHERE {_UNPAID.format(n=n, sellers=_SELLERS[n])}"
                f" GROUP BY seller_id, currency", args):
            owed[seller_id, code] = owed.get((seller_id, code), 0) + amount
    address = dict(db.execute(
        "SELECT id, address FROM downline_accounts WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted({seller for seller, _ in owed}))]).fetchall())
    return [(address[seller], Money(amount, currency(code)))
            for (seller, code), amount in sorted(owed.items())]


def month_text(month: str) -> str:
    """A month as statements name it ('2026-03'), however it was written."""
    return time.strftime("%Y-%m", time.gmtime(month_bounds(month)[0]))


def month_bounds(month: str) -> tuple[int, int]:
    """'2026-03' as UTC seconds [start, end)."""
    try:
        start = datetime.strptime(month.strip(), "%Y-%m").replace(tzinfo=timezone.utc)
    except (ValueError, AttributeError):
        raise DownlineError("“{month}” is not a month (write it as 2026-03).",
                            month=month) from None
    days = calendar.monthrange(start.year, start.month)[1]
    begin = int(start.timestamp())
    return begin, begin + days * 86400


# A named tuple rather than a dataclass: a statement has a line per member, a hundred
# thousand of them at the scale we aim for, and a tuple is made several times faster.
class StatementLine(NamedTuple):
    """One member's month: own sales and what it kept, commission from levels 2 and 3 by
    state, and its share of all sales in the statement (per ten thousand)."""

    member: str
    currency: str
    sales: int
    refunded: int
    own: int
    level2: int
    level3: int
    frozen: int
    available: int
    settled: int
    reversed: int
    share_bps: int

    @property
    def commission(self) -> int:
        """Commission still due or paid (not reversed)."""
        return self.level2 + self.level3


#: The month's sales, each with what its upline levels keep and whether that is frozen or
#: settled for each level; the index on (month, seller_id, currency, ...) holds every column
#: read, so this is one range of it and no table read.
_MONTH_SALES = """
    SELECT seller_id, currency, total, refunded, own, level2 - reversed2, reversed2,
      level3 - reversed3, reversed3, available_at > :now, settled2_at <= :now,
      settled3_at <= :now
    FROM downline_sales WHERE month = :month"""

# A line's running sums, by their position in StatementLine.
(_SALES, _REFUNDED, _OWN, _LEVEL2, _LEVEL3, _FROZEN, _AVAILABLE, _SETTLED, _REVERSED,
 _SHARE) = range(2, 12)


def _month_key(month: str) -> int:
    return month_of(month_bounds(month)[0])


def month_of(at: int) -> int:
    """The UTC month of `at` as the sales table keys it: 202603 for March 2026."""
    day = time.gmtime(at)
    return day.tm_year * 100 + day.tm_mon


def _climb(rows, above: dict, address: dict) -> dict:
    """The month's sales (rows of _MONTH_SALES) as lines per currency and account, each a
    list in the order of StatementLine's fields: the seller's own at level 1, its upline's
    at 2, the next's at 3."""
    by_currency: dict = {}
    last, lines = None, {}
    # Summed here rather than per seller in SQL first: twelve sums of a CASE each cost SQLite
    # more than this loop does. Written out for each level, as it runs once per sale.
    for (seller, currency, total, refunded, own, kept2, reversed2, kept3, reversed3, frozen,
         settled2, settled3) in rows:
        if currency != last:
            last, lines = currency, by_currency.setdefault(currency, {})
        line = lines.get(seller)
        if line is None:
            line = lines[seller] = [address[seller], currency, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        line[_SALES] += total
        line[_REFUNDED] += refunded
        line[_OWN] += own
        upline = above.get(seller)
        if upline is None:
            continue
        line = lines.get(upline)
        if line is None:
            line = lines[upline] = [address[upline], currency, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        line[_LEVEL2] += kept2
        line[_SETTLED if settled2 else _FROZEN if frozen else _AVAILABLE] += kept2
        line[_REVERSED] += reversed2
        upline = above.get(upline)
        if upline is None:
            continue
        line = lines.get(upline)
        if line is None:
            line = lines[upline] = [address[upline], currency, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        line[_LEVEL3] += kept3
        line[_SETTLED if settled3 else _FROZEN if frozen else _AVAILABLE] += kept3
        line[_REVERSED] += reversed3
    return by_currency


def statement(db, month: str, *, at: int, member: str | None = None) -> list[StatementLine]:
    """Every member's statement for `month` ('2026-03') as it stands at `at` (or one
    member's): sales are counted in the month the buyer confirmed them."""
    return statements(db, [month], at=at, member=member)[month]


def statements(db, months, *, at: int, member: str | None = None) -> dict:
    """Each month's statement (see statement) as it stands at `at`, by month: the tree is
    read once for all of them, as a year's chart needs."""
    keys = {month: _month_key(month) for month in months}
    wanted = member.lower() if member is not None else None
    out = {}
    with cycle_collection_paused():
        accounts = db.execute("SELECT id, address, upline_id FROM downline_accounts").fetchall()
        above = {a: u for a, _, u in accounts if u is not None}
        address = {a: text for a, text, _ in accounts}
        for month, key in keys.items():
            # The climb is done in Python: in SQL it needs a sort of three rows per seller,
            # which cost more than the whole of this.
            by_currency = _climb(db.execute(_MONTH_SALES, {"month": key, "now": at}), above,
                                 address)
            out[month] = _lines(by_currency, wanted)
    return out


def _lines(by_currency: dict, wanted: str | None) -> list[StatementLine]:
    """The lines of a month, each with its share of its currency's sales; by currency, then
    the most sales first, then by member."""
    out = []
    for lines in by_currency.values():
        everyone = sum(line[_SALES] for line in lines.values())
        for line in lines.values():
            line[_SHARE] = line[_SALES] * 10_000 // everyone if everyone else 0
        out += [StatementLine._make(line) for line in lines.values()
                if wanted is None or line[0].lower() == wanted]
    # Stable sorts, the last key first.
    out.sort(key=attrgetter("member"))
    out.sort(key=attrgetter("sales"), reverse=True)
    out.sort(key=attrgetter("currency"))
    return out
