"""What the books say: account balances (the balance sheet), profit and loss over a period,
sales and margin by lot, listing, customer and day, cash and token flows, and the trial
balance.

Balances and profit come from one pass over the postings' totals index (account, currency,
at, amount), which is the same work as one SUM ... GROUP BY over the postings (see
bench/reports.py for the measure).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from shop.money import CNY, Money

from .journal import currency_of

#: The kinds on each side of the balance sheet and of profit and loss.
BALANCE_KINDS = ("asset", "liability", "equity")
PROFIT_KINDS = ("income", "expense")


@dataclass(frozen=True)
class Balance:
    """One account's total in one currency: debits positive, credits negative (as posted)."""

    account: str
    kind: str
    money: Money


@dataclass(frozen=True)
class Report:
    """The balance sheet at the end of a period and profit and loss within it."""

    balances: tuple[Balance, ...]   # assets, liabilities, equity at `end`
    profit: tuple[Balance, ...]     # income and expenses within [start, end)
    start: int | None
    end: int | None

    def net_income(self) -> tuple[Money, ...]:
        """Income less expenses within the period, per currency (positive is a profit)."""
        totals: dict = {}
        for b in self.profit:
            totals[b.money.currency] = totals.get(b.money.currency, 0) - b.money.units
        return tuple(Money(units, cur) for cur, units in totals.items())

    def retained(self) -> tuple[Money, ...]:
        """What income less expenses amounts to up to `end`: the balance sheet's missing
        side of equity, per currency."""
        totals: dict = {}
        for b in self.balances:  # debits less credits of the rest is what profit left
            totals[b.money.currency] = totals.get(b.money.currency, 0) + b.money.units
        return tuple(Money(units, cur) for cur, units in totals.items() if units)


def report(db, start: int | None = None, end: int | None = None) -> Report:
    """Balances at `end` (all time when None) and profit and loss within [start, end)."""
    lo = -(2**63) if start is None else int(start)
    hi = 2**63 - 1 if end is None else int(end)
    rows = db.execute(
        "SELECT t.account, a.kind, t.currency, c.decimals, t.total, t.period FROM ("
        " SELECT account, currency, sum(amount) FILTER (WHERE at < ?) AS total,"
        " sum(amount) FILTER (WHERE at >= ? AND at < ?) AS period"
        " FROM book_postings GROUP BY account, currency) t"
        " JOIN book_accounts a ON a.code = t.account"
        " JOIN book_commodities c ON c.code = t.currency"
        " ORDER BY a.position, t.currency", [hi, lo, hi]).fetchall()
    balances, profit = [], []
    for account, kind, code, decimals, total, period in rows:
        cur = currency_of(code, decimals)
        if kind in BALANCE_KINDS and total:
            balances.append(Balance(account, kind, Money(total, cur)))
        elif kind in PROFIT_KINDS and period:
            profit.append(Balance(account, kind, Money(period, cur)))
    return Report(tuple(balances), tuple(profit), start, end)


def trial_balance(db) -> dict[str, int]:
    """The sum of every posting per currency: zero in each, in books that balance."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT currency, sum(amount) FROM book_postings GROUP BY currency")}


@dataclass(frozen=True)
class SalesRow:
    """Sales less refunds and their cost of goods for one lot or day, in one currency."""

    key: str
    sales: Money
    cost: Money

    @property
    def margin(self) -> Money:
        return self.sales - self.cost


#: What sales_by can group by.
SALES_KEYS = ("lot", "listing", "customer", "day")


def sales_by(db, by: str, start: int | None = None, end: int | None = None,
             buyer_names=None) -> list[SalesRow]:
    """Net sales and cost of goods per lot (by="lot"), per listing (the item its offer or
    offline order sold, by="listing"), per customer (by="customer"), per UTC day (by="day")
    or per day of this computer's calendar (by="local_day").

    An offline sale's customer is the one recorded with it; an escrow sale's is its buyer,
    named as `buyer_names(order ids) -> {order id: name}` names them (the service opens
    the delivery details for this) or else by the buyer's short address (0x12ab…cd34)."""
    key = {"lot": "coalesce(l.title, '#' || e.lot_id, '')",
           "listing": "coalesce(nullif((SELECT title FROM listings WHERE item_id = e.item_id),"
                      " ''), (SELECT trim(name || ' ' || style_no) FROM lot_items WHERE id = "
                      "e.item_id), '#' || e.item_id, '')",
           "customer": "coalesce((SELECT name FROM customers WHERE id = e.customer_id), "
                       "'#' || e.customer_id, '')",
           "day": "date(p.at, 'unixepoch')",
           "local_day": "date(p.at, 'unixepoch', 'localtime')"}[by]
    # An escrow entry's order is in its source: the customer's rows keep it, to be named.
    escrow = ("CASE WHEN e.source >= 'escrow:' AND e.source < 'escrow;' THEN e.source END"
              if by == "customer" else "NULL")
    lo = -(2**63) if start is None else int(start)
    hi = 2**63 - 1 if end is None else int(end)
    rows = db.execute(
        f"SELECT {key}, {escrow}, p.currency, c.decimals,"
        " -sum(p.amount) FILTER (WHERE a.code IN ('Income:Sales', 'Income:Refunds')),"
        " sum(p.amount) FILTER (WHERE a.code = 'Expenses:CostOfGoods')"
        " FROM book_postings p JOIN book_entries e ON e.id = p.entry_id"
        " JOIN book_accounts a ON a.code = p.account"
        " JOIN book_commodities c ON c.code = p.currency"
        " LEFT JOIN lots l ON l.id = e.lot_id"
        " WHERE p.at >= ? AND p.at < ? AND a.code IN"
        " ('Income:Sales', 'Income:Refunds', 'Expenses:CostOfGoods')"
        " GROUP BY 1, 2, 3 ORDER BY 1, 3", [lo, hi]).fetchall()
    if by == "customer":
        buyers = _buyers(db, {r[1] for r in rows if r[1]}, buyer_names)
        totals: dict = {}
        for k, source, code, d, s, c in rows:
            name = buyers.get(source, "") if source else k
            before = totals.get((name, code), (d, 0, 0))
            totals[(name, code)] = (d, before[1] + (s or 0), before[2] + (c or 0))
        rows = [(name, None, code, d, s, c) for (name, code), (d, s, c) in sorted(
            totals.items())]
    return [SalesRow(k, Money(s or 0, currency_of(code, d)), Money(c or 0, currency_of(code, d)))
            for k, _, code, d, s, c in rows]


def short_address(address: str) -> str:
    """An account's address as people tell it apart: 0x12ab…cd34."""
    return address if len(address) <= 12 else f"{address[:6]}…{address[-4:]}"


def _buyers(db, sources, buyer_names) -> dict[str, str]:
    """{escrow entry source: its buyer as sales by customer names them} ("" for an order
    no longer in the book)."""
    keys = {}
    for source in sources:
        _, chain, contract, escrow_id, _name = source.split(":", 4)
        keys[source] = (int(chain), contract, int(escrow_id))
    wanted = set(keys.values())
    orders = {}
    for order_id, chain, contract, escrow_id, buyer in db.execute(
            "SELECT id, chain_id, lower(contract), escrow_id, lower(buyer) FROM orders WHERE "
            "escrow_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted({k[2] for k in wanted}))]):
        if (chain, contract, escrow_id) in wanted:
            orders[(chain, contract, escrow_id)] = (order_id, buyer or "")
    names = buyer_names([o for o, _ in orders.values()]) if buyer_names and orders else {}
    out = {}
    for source, key in keys.items():
        order_id, buyer = orders.get(key, (None, ""))
        out[source] = str(names.get(order_id) or "").strip() or short_address(buyer)
    return out


#: The accounts money is in, whose flows flows() reports.
FLOW_ACCOUNTS = ("Assets:Cash", "Assets:WeChatPay", "Assets:Alipay", "Assets:Bank",
                 "Assets:Wallet", "Assets:Escrow", "Assets:Bonds", "Assets:Credits")


@dataclass(frozen=True)
class Flow:
    """One money account's movement in one currency or token over a period: what it held at
    the start, what came in and went out within it, and what it held at the end."""

    account: str
    opening: Money
    inflow: Money
    outflow: Money  # positive: what went out

    @property
    def closing(self) -> Money:
        return self.opening + self.inflow - self.outflow


def flows(db, start: int | None = None, end: int | None = None) -> list[Flow]:
    """Cash and token flows of the money accounts within [start, end), per currency, in the
    chart's order; accounts that neither held nor moved anything are left out."""
    lo = -(2**63) if start is None else int(start)
    hi = 2**63 - 1 if end is None else int(end)
    rows = db.execute(
        "SELECT p.account, p.currency, c.decimals,"
        " coalesce(sum(p.amount) FILTER (WHERE p.at < ?), 0),"
        " coalesce(sum(p.amount) FILTER (WHERE p.at >= ? AND p.at < ? AND p.amount > 0), 0),"
        " coalesce(-sum(p.amount) FILTER (WHERE p.at >= ? AND p.at < ? AND p.amount < 0), 0)"
        " FROM book_postings p JOIN book_accounts a ON a.code = p.account"
        " JOIN book_commodities c ON c.code = p.currency"
        " WHERE p.account IN (SELECT value FROM json_each(?)) AND p.at < ?"
        " GROUP BY p.account, p.currency ORDER BY a.position, p.currency",
        [lo, lo, hi, lo, hi, json.dumps(FLOW_ACCOUNTS), hi]).fetchall()
    out = []
    for account, code, decimals, opening, inflow, outflow in rows:
        cur = currency_of(code, decimals)
        if opening or inflow or outflow:
            out.append(Flow(account, Money(opening, cur), Money(inflow, cur),
                            Money(outflow, cur)))
    return out


def cny_values(db, start: int | None = None, end: int | None = None) -> list[Balance]:
    """Income and expenses within [start, end) of the token lines valued in 元 at their
    offers' rates (shop.books.valuation): each account's value, in CNY."""
    lo = -(2**63) if start is None else int(start)
    hi = 2**63 - 1 if end is None else int(end)
    return [Balance(account, kind, Money(total, CNY)) for account, kind, total in db.execute(
        "SELECT p.account, a.kind, sum(p.value) FROM book_postings p JOIN book_accounts a ON "
        "a.code = p.account WHERE p.at >= ? AND p.at < ? AND p.value IS NOT NULL AND a.kind IN "
        "('income', 'expense') GROUP BY p.account HAVING sum(p.value) != 0 ORDER BY a.position",
        [lo, hi])]
