"""Commissions through their life, and statements per member and month, from SQL.

A sale is recorded when the buyer confirms (or the seller claims after the deadline, or an
offline order is paid), with what it pays the uplines at levels 2 and 3. Each level's part
is then, at any time t: reversed as far as a refund, settlement or ruling took it back (pro
rata, rounded down as the escrow pays payees); of the rest, settled once paid, else frozen
while t is before the lot's after-sale window closes, else available.

Statements walk the tree up two levels from each seller with a recursive CTE over the
per-seller totals of the month, so the cost is one pass over the month's sales plus one
over the members who sold; a window function gives each member its share of all sales.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timezone

from shop.lots import _tx

from .errors import DownlineError

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
            "INSERT OR IGNORE INTO downline_sales (source, seller, lot_id, currency, at,"
            " available_at, total, own, level2, level3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [sale.source, sale.seller, sale.lot_id, sale.currency, sale.at, sale.available_at,
             sale.total, sale.own, sale.level2, sale.level3])
        return cur.rowcount > 0


def _row(db, source: str):
    row = db.execute("SELECT total, level2, level3, settled_at FROM downline_sales"
                     " WHERE source = ?", [source]).fetchone()
    if row is None:
        raise DownlineError("There is no recorded sale “{source}”.", source=source)
    return row


def reverse(db, source: str, seller_part: int) -> tuple[int, int]:
    """A refund, settlement or ruling left the seller `seller_part` of the sale's total:
    each level keeps the same fraction of its part, rounded down; the rest is reversed.
    Returns what levels 2 and 3 keep."""
    total, level2, level3, _ = _row(db, source)
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
        db.execute("UPDATE downline_sales SET settled_at = ?, settled_how = ?"
                   " WHERE source = ? AND settled_at IS NULL", [at, how, source])


def state_of(db, source: str, at: int) -> str:
    """The state of a sale's commissions at `at`."""
    row = db.execute("SELECT level2 + level3, reversed2 + reversed3, settled_at, available_at"
                     " FROM downline_sales WHERE source = ?", [source]).fetchone()
    if row is None:
        raise DownlineError("There is no recorded sale “{source}”.", source=source)
    amount, reversed_, settled_at, available_at = row
    if amount and reversed_ == amount:
        return REVERSED
    if settled_at is not None and at >= settled_at:
        return SETTLED
    return FROZEN if at < available_at else AVAILABLE


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


@dataclass(frozen=True)
class StatementLine:
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


#: Per seller and currency: the month's sales and, for each upline level, its part by state.
_PER_SELLER = """
    SELECT seller, currency, sum(total) AS sales, sum(refunded) AS refunded, sum(own) AS own,
      {level_sums}
    FROM downline_sales WHERE at >= :start AND at < :end GROUP BY seller, currency"""
_LEVEL_SUMS = """
      sum(CASE WHEN :now >= settled_at THEN 0 WHEN :now < available_at
          THEN level{n} - reversed{n} ELSE 0 END) AS frozen{n},
      sum(CASE WHEN :now >= settled_at THEN 0 WHEN :now >= available_at
          THEN level{n} - reversed{n} ELSE 0 END) AS available{n},
      sum(CASE WHEN :now >= settled_at THEN level{n} - reversed{n} ELSE 0 END) AS settled{n},
      sum(reversed{n}) AS reversed{n}"""

_CARRIED = ("sales", "refunded", "own", "frozen2", "available2", "settled2", "reversed2",
            "frozen3", "available3", "settled3", "reversed3")

# The month's totals per seller climb the tree with their amounts, so no join back is
# needed: a seller's row at level 1, its upline's at 2, the next at 3 (UNION ALL: a tree
# has no cycles, the bindings are refused that would make one).
STATEMENT_SQL = """
WITH RECURSIVE per_seller AS ({per_seller}),
up(member, level, currency, {carried}) AS (
    SELECT seller, 1, currency, {carried} FROM per_seller
    UNION ALL
    SELECT m.upline, up.level + 1, up.currency, {carried_up} FROM up
    JOIN downline_members m ON m.member = up.member WHERE up.level < 3),
lines AS (
    SELECT member, currency,
      sum(CASE level WHEN 1 THEN sales ELSE 0 END) AS sales,
      sum(CASE level WHEN 1 THEN refunded ELSE 0 END) AS refunded,
      sum(CASE level WHEN 1 THEN own ELSE 0 END) AS own,
      sum(CASE level WHEN 2 THEN frozen2 + available2 + settled2 ELSE 0 END) AS level2,
      sum(CASE level WHEN 3 THEN frozen3 + available3 + settled3 ELSE 0 END) AS level3,
      sum(CASE level WHEN 2 THEN frozen2 WHEN 3 THEN frozen3 ELSE 0 END) AS frozen,
      sum(CASE level WHEN 2 THEN available2 WHEN 3 THEN available3 ELSE 0 END) AS available,
      sum(CASE level WHEN 2 THEN settled2 WHEN 3 THEN settled3 ELSE 0 END) AS settled,
      sum(CASE level WHEN 2 THEN reversed2 WHEN 3 THEN reversed3 ELSE 0 END) AS reversed
    FROM up
    WHERE :member IS NULL OR member = :member COLLATE NOCASE
    GROUP BY member, currency)
SELECT member, currency, sales, refunded, own, level2, level3, frozen, available, settled,
       reversed,
       coalesce(sales * 10000 / nullif(sum(sales) OVER (PARTITION BY currency), 0), 0)
FROM lines
""".format(per_seller=_PER_SELLER.format(
    level_sums=",".join(_LEVEL_SUMS.format(n=n) for n in (2, 3))),
    carried=", ".join(_CARRIED), carried_up=", ".join(f"up.{c}" for c in _CARRIED))


def statement(db, month: str, *, at: int, member: str | None = None) -> list[StatementLine]:
    """Every member's statement for `month` ('2026-03') as it stands at `at` (or one
    member's): sales are counted in the month the buyer confirmed them."""
    start, end = month_bounds(month)
    rows = db.execute(STATEMENT_SQL, {"start": start, "end": end, "now": at,
                                      "member": member}).fetchall()
    # Sorted here: a sort in the query would be a second pass over every line.
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    return [StatementLine(*r) for r in rows]
