"""Commissions settled by hand (no escrow pays them) into the books, one entry a payment.

The downline marks a month's commissions paid to a member (shop.downline.ledger.mark_paid)
and posts the payment in the same transaction, so a payment is in the books exactly when it
is marked. Whose money moves depends on whose accounts the seller and the member are:

- our sale, another's commission: money leaves by the chosen way of paying, as commissions
  paid (Expenses:Commissions);
- another's sale, our commission: money arrives the same way, as commission income;
- both ours: the expense and the income, and no money moves;
- neither ours (a member's sale this book only follows): nothing to post.

The entry's source counts the member's payments for the month, so each payment posts once
and a later one (of sales that became available since) posts anew.
"""

from __future__ import annotations

from shop.money import Money

from .journal import Line, memo, post
from .posting import PAYMENT_ACCOUNTS, has_books, our_accounts

PAID, EARNED = "Expenses:Commissions", "Income:Commissions"


def post_paid_by_hand(db, member: str, month: str, parts, *, at: int, via: str) -> int | None:
    """Post one payment of `month`'s commissions to `member`: `parts` are (seller, Money)
    pairs, what each seller's sales owed; `via` is how the money moved (cash, wechat,
    alipay, bank). The entry's id, or None when nothing of it is this book's money."""
    if not has_books(db):
        return None
    pay = PAYMENT_ACCOUNTS[via]
    ours = our_accounts(db)
    theirs_paid = member.lower() not in ours
    lines = []
    for seller, money in parts:
        if seller.lower() in ours:
            lines += [Line(PAID, money), Line(pay if theirs_paid else EARNED, -money)]
        elif not theirs_paid:
            lines += [Line(pay, money), Line(EARNED, -money)]
    prefix = f"commission:{member.lower()}:{month}:"
    earlier = db.execute("SELECT count(*) FROM book_entries WHERE source >= ? AND source < ?",
                         [prefix, prefix[:-1] + ";"]).fetchone()[0]
    return post(db, _merged(lines), at=at, source=f"{prefix}{earlier + 1}",
                memo=memo("Commission for {month} paid to {member} by hand", month=month,
                          member=member))


def _merged(lines) -> list[Line]:
    """The lines summed per account and currency, in the order they first came."""
    totals: dict = {}
    for line in lines:
        key = (line.account, line.money.currency)
        totals[key] = totals.get(key, 0) + line.money.units
    return [Line(account, Money(units, cur)) for (account, cur), units in totals.items()]
