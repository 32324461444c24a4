"""The shop's events into the books, each once: stock received, offline sales and their
refunds, and the escrow orders this profile sells through.

Every entry names its event in `source` (unique in the book), so running any of these again
posts nothing twice. They run inside the transaction that records the event (an offline
order, an import, a sync batch) and again as a catch-up pass (catch_up) that posts whatever
an older version of the app left unposted.

Amounts stay in the currency or token they were paid in: nothing is converted. A database
with some parts of the book only and not the books' tables (as a part's own tests open
one) posts nothing.
"""

from __future__ import annotations

import json
import time

from shop.lots import _tx
from shop.money import Currency, Money, currency

from .journal import Line, currency_of, post, reverse

PAYMENT_ACCOUNTS = {"cash": "Assets:Cash", "wechat": "Assets:WeChatPay",
                    "alipay": "Assets:Alipay", "bank": "Assets:Bank"}
SALES, REFUNDS, COGS = "Income:Sales", "Income:Refunds", "Expenses:CostOfGoods"
INVENTORY, SUPPLIERS = "Assets:Inventory", "Liabilities:Payable:Suppliers"
WALLET, ESCROW, BONDS = "Assets:Wallet", "Assets:Escrow", "Assets:Bonds"
DEPOSITS, CREDITS = "Liabilities:CustomerDeposits", "Assets:Credits"
#: Unknown token: its raw units, named so nobody reads them as money of a known kind.
UNKNOWN_TOKEN = Currency.token("TOKEN", 0)


def has_books(db) -> bool:
    """Whether the database has the books' tables."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                      "name = 'book_entries'").fetchone() is not None


def _range(prefix: str) -> tuple[str, str]:
    """Bounds of the sources that start with prefix (ending in ':'), for the unique index."""
    return prefix, prefix[:-1] + ";"


def _posted(db, prefix: str) -> tuple[set[str], dict[str, int]]:
    """(every source under prefix, {source: entry id} of those not reversed)."""
    taken, active = set(), {}
    for source, entry_id, reversed_ in db.execute(
            "SELECT e.source, e.id, EXISTS (SELECT 1 FROM book_entries r WHERE r.reverses = "
            "e.id) FROM book_entries e WHERE e.source >= ? AND e.source < ?", _range(prefix)):
        taken.add(source)
        if not reversed_:
            active[source] = entry_id
    return taken, active


def _post_new(db, taken: set[str], prefix: str, name: str, lines, **kw) -> int | None:
    """Post under prefix+name, or prefix+name#n when earlier ones were reversed."""
    source, n = prefix + name, 1
    while source in taken:
        n += 1
        source = f"{prefix}{name}#{n}"
    return post(db, lines, source=source, **kw)


# ---------------------------------------------------------------- stock

def post_stock(db, lot_ids=None, *, at: int | None = None) -> int:
    """Post the change in each own lot's stock at supply price since it was last posted
    (all own lots, and lots posted before that are gone, when lot_ids is None); how many
    entries were posted."""
    import time

    if not has_books(db):
        return 0
    at = int(time.time()) if at is None else at
    with _tx.write(db):
        if lot_ids is None:
            lot_ids = {r[0] for r in db.execute("SELECT id FROM lots WHERE origin = 'own'")}
            lot_ids |= {r[0] for r in db.execute(
                "SELECT DISTINCT lot_id FROM book_entries WHERE source >= 'stock:' AND "
                "source < 'stock;'")}
        count = 0
        for lot_id in sorted(lot_ids):
            count += _post_lot_stock(db, lot_id, at)
    return count


def _post_lot_stock(db, lot_id: int, at: int) -> int:
    prefix = f"stock:{lot_id}:"
    lot = db.execute("SELECT title, currency, origin FROM lots WHERE id = ?", [lot_id]).fetchone()
    value = 0
    if lot is not None and lot[2] == "own":
        value = db.execute("SELECT coalesce(sum(quantity * supply_price), 0) FROM lot_items "
                           "WHERE lot_id = ? AND supply_price IS NOT NULL", [lot_id]).fetchone()[0]
    posted = db.execute(
        "SELECT p.currency, c.decimals, sum(p.amount) FROM book_entries e JOIN book_postings p "
        "ON p.entry_id = e.id JOIN book_commodities c ON c.code = p.currency WHERE "
        "e.source >= ? AND e.source < ? AND p.account = ? GROUP BY p.currency",
        [*_range(prefix), INVENTORY]).fetchall()
    lines = []
    for code, decimals, units in posted:  # what is there in a currency the lot left
        if lot is None or code != lot[1]:
            cur = currency_of(code, decimals)
            lines += [Line(INVENTORY, Money(-units, cur)),
                      Line("Equity:Opening", Money(units, cur))]
    if lot is not None:
        before = sum(units for code, _, units in posted if code == lot[1])
        cur = currency(lot[1])
        lines += [Line(INVENTORY, Money(value - before, cur)),
                  Line("Equity:Opening", Money(before - value, cur))]
    title = lot[0] if lot else f"#{lot_id}"
    n = db.execute("SELECT count(*) FROM book_entries WHERE source >= ? AND source < ?",
                   _range(prefix)).fetchone()[0]
    return int(post(db, lines, at=at, memo=f"Stock at supply price: {title}",
                    source=f"{prefix}{n + 1}", lot_id=lot_id) is not None)


# ---------------------------------------------------------------- offline orders

def post_offline(db, order_ids=None) -> int:
    """Post the sale of each paid offline order and the refund of each cancelled after it
    was paid (all of them when order_ids is None); how many entries were posted."""
    if not has_books(db):
        return 0
    with _tx.write(db):
        where, args = "", []
        if order_ids is not None:
            where, args = "AND o.id IN (SELECT value FROM json_each(?))", [json.dumps(
                sorted(set(order_ids)))]
        rows = db.execute(
            "SELECT o.id, o.item_id, i.lot_id, o.customer_id, o.quantity, o.unit_price, "
            "o.currency, o.payment, o.state, o.paid_at, o.cancelled_at, i.supply_price, "
            "l.origin, l.currency, i.style_no, i.name FROM offline_orders o "
            "JOIN lot_items i ON i.id = o.item_id JOIN lots l ON l.id = i.lot_id "
            f"WHERE o.paid_at IS NOT NULL {where} ORDER BY o.id", args).fetchall()
        return sum(_post_offline_order(db, r) for r in rows)


def _post_offline_order(db, r) -> int:
    (order_id, item_id, lot_id, customer_id, qty, unit, code, payment, state, paid_at,
     cancelled_at, supply, origin, lot_code, style_no, name) = r
    cur = currency(code)
    total = Money(qty * unit, cur)
    pay = PAYMENT_ACCOUNTS[payment]
    cost_lines = []
    if supply is not None and lot_code == code:
        cost = Money(qty * supply, cur)
        cost_lines = [Line(COGS, cost), Line(INVENTORY if origin == "own" else SUPPLIERS, -cost)]
    tags = {"lot_id": lot_id, "item_id": item_id, "customer_id": customer_id}
    count = int(post(db, [Line(pay, total), Line(SALES, -total), *cost_lines], at=paid_at,
                     memo=f"Sale X-{order_id}: {qty} x {name} ({style_no})",
                     source=f"offline:{order_id}:sale", **tags) is not None)
    if state == "cancelled":
        back = [Line(line.account, -line.money) for line in cost_lines]
        count += int(post(db, [Line(REFUNDS, total), Line(pay, -total), *back],
                          at=cancelled_at or paid_at, memo=f"Refund X-{order_id}",
                          source=f"offline:{order_id}:refund", **tags) is not None)
    return count


# ---------------------------------------------------------------- escrow orders

_CLOSING = ("Cancelled", "Declined", "Refunded", "Reclaimed", "Confirmed", "Claimed",
            "Ruled", "Settled", "DisputeTimedOut")


def _ours(db) -> set[str]:
    try:
        return {r[0].lower() for r in db.execute("SELECT address FROM wallet_accounts")}
    except Exception:  # a book without the wallet's tables
        return set()


def _token(db, chain_id: int, contract: str) -> Currency:
    try:
        row = db.execute("SELECT token_symbol, token_decimals FROM wallet_networks WHERE "
                         "chain_id = ? AND lower(escrow_address) = lower(?) AND token_symbol "
                         "IS NOT NULL", [chain_id, contract]).fetchone()
    except Exception:
        row = None
    return Currency.token(row[0], int(row[1] or 0)) if row else UNKNOWN_TOKEN


def _terms(db, offer_hash: str | None):
    """(payees [(account, amount per unit)], supplier address or None) of the offer this
    book signed, or ([], None) when it is not here."""
    if not offer_hash:
        return [], None
    try:
        row = db.execute(
            "SELECT o.offer, l.seller_address FROM listing_offers o LEFT JOIN lot_items i ON "
            "i.id = o.item_id LEFT JOIN lots l ON l.id = i.lot_id WHERE lower(o.offer_hash) = "
            "lower(?)", [offer_hash]).fetchone()
    except Exception:
        row = None
    if row is None:
        return [], None
    offer = json.loads(row[0])
    payees = [(a.lower(), int(n)) for a, n in zip(offer.get("payees", []),
                                                  offer.get("payeeAmounts", []))]
    return payees, (row[1] or "").lower() or None


def post_escrow(db, order_ids) -> int:
    """Bring the entries of these escrow orders in line with their stored events (posting
    what is new, reversing what a reorganisation took away), for the orders whose seller
    is an account of this profile; how many entries were posted."""
    ours = _ours(db)
    if not ours or not order_ids or not has_books(db):
        return 0
    count = 0
    with _tx.write(db):
        tokens: dict = {}
        for order_id in order_ids:
            row = db.execute("SELECT chain_id, contract, escrow_id, offer_hash, quantity, "
                             "price, bond, seller FROM orders WHERE id = ?", [order_id]).fetchone()
            if row is None or (row[7] or "").lower() not in ours:
                continue  # not our sale, or gone (reverse_vanished reverses its entries)
            key = (row[0], row[1].lower())
            if key not in tokens:
                tokens[key] = _token(db, *key)
            count += _post_order(db, order_id, row, tokens[key])
    return count


def _post_order(db, order_id: int, row, token: Currency) -> int:
    chain_id, contract, escrow_id, offer_hash, qty, price, bond, _ = row
    prefix = f"escrow:{chain_id}:{contract.lower()}:{escrow_id}:"
    events = {}
    for kind, at, args in db.execute(
            "SELECT kind, at, args FROM order_events WHERE order_id = ? "
            "ORDER BY block_number, log_index", [order_id]):
        events.setdefault(kind, (at, json.loads(args)))
    closing = next((k for k in _CLOSING if k in events), None)
    wanted = {}
    if "Funded" in events:
        wanted["Funded"] = _funded(price, token)
        if "Accepted" in events:
            wanted["Accepted"] = _accepted(int(events["Accepted"][1].get("bond", bond)), token)
        if closing:
            shipped = "Shipped" in events
            wanted[closing] = _closed(db, closing, events[closing][1], offer_hash, qty, price,
                                      bond if "Accepted" in events else 0, shipped, token)
    taken, active = _posted(db, prefix)
    count = 0
    for source, entry_id in active.items():
        if source[len(prefix):].split("#")[0] not in wanted:
            reverse(db, entry_id, memo=f"Gone from the chain: escrow {escrow_id}")
    posted = {s[len(prefix):].split("#")[0] for s in active}
    number = f"{escrow_id >> 32}-{escrow_id & 0xFFFFFFFF}"
    for kind, lines in wanted.items():
        if kind not in posted:
            at = events[kind][0] or 0
            count += int(_post_new(db, taken, prefix, kind, lines, at=at,
                                   memo=f"Escrow {number}: {kind}") is not None)
    return count


def _funded(price: int, token: Currency):
    m = Money(price, token)
    return [Line(ESCROW, m), Line(DEPOSITS, -m)]


def _accepted(bond: int, token: Currency):
    m = Money(bond, token)
    return [Line(BONDS, m), Line(WALLET, -m)]


def _closed(db, kind, args, offer_hash, qty, price, bond, shipped, token):
    """The seller's lines of a closed escrow: the price leaves the escrow and the deposits,
    the bond comes back or is lost, and the seller's part of the price is a sale less what
    its payees got (their shares as the contract computes them)."""
    if kind in ("Cancelled", "Declined", "Refunded"):
        to_buyer, to_seller, fee = price, 0, 0
    elif kind == "Reclaimed":
        to_buyer, to_seller, fee = price + bond, 0, 0
    elif kind in ("Confirmed", "Claimed"):
        to_buyer, to_seller, fee = 0, price + bond, 0
    elif kind == "DisputeTimedOut":
        to_buyer, to_seller, fee = price, bond, 0
    else:  # Ruled, Settled
        to_buyer, to_seller = int(args.get("buyerAmount", 0)), int(args.get("sellerAmount", 0))
        fee = int(args.get("fee", 0))
    m = lambda units: Money(units, token)  # noqa: E731
    lost_bond = bond - min(bond, to_seller)
    if to_seller == 0 and fee == 0:  # nothing sold: the price goes back, a bond may be lost
        return [Line(DEPOSITS, m(price)), Line(ESCROW, m(-price)), Line(BONDS, m(-bond)),
                Line("Expenses:ForfeitedBonds", m(bond))]
    sale = max(to_seller - bond, 0)
    payees, supplier = _terms(db, offer_hash)
    shares = {COGS: 0, "Expenses:Commissions": 0}
    for account, amount in payees if sale else ():
        share = amount * qty if sale == price else amount * qty * sale // price
        shares[COGS if account == supplier else "Expenses:Commissions"] += share
    refund = price + bond - fee - lost_bond - to_seller
    lines = [Line(DEPOSITS, m(price)), Line(ESCROW, m(-price)), Line(BONDS, m(-bond)),
             Line(SALES, m(-price)), Line(REFUNDS, m(refund)),
             Line("Expenses:ArbitrationFees", m(fee)),
             Line("Expenses:ForfeitedBonds", m(lost_bond)),
             Line(WALLET, m(to_seller - sum(shares.values())))]
    lines += [Line(account, m(units)) for account, units in shares.items()]
    return lines


def reverse_vanished(db) -> int:
    """Reverse the entries of escrow orders that are no longer in the book (every event of
    theirs was taken away by a reorganisation); how many."""
    if not has_books(db):
        return 0
    count = 0
    with _tx.write(db):
        known = {f"{c}:{k.lower()}:{e}" for c, k, e in db.execute(
            "SELECT chain_id, contract, escrow_id FROM orders")}
        for entry_id, source in db.execute(
                "SELECT e.id, e.source FROM book_entries e WHERE e.source >= 'escrow:' AND "
                "e.source < 'escrow;' AND NOT EXISTS (SELECT 1 FROM book_entries r WHERE "
                "r.reverses = e.id)").fetchall():
            escrow = source.split(":", 1)[1].rsplit(":", 1)[0]
            if escrow not in known:
                reverse(db, entry_id, memo=f"Gone from the chain: {source}")
                count += 1
    return count


def post_credits(db, chain_id: int, contract: str) -> int:
    """Post the payouts the contract credited to this profile's accounts instead of sending
    them (withdrawable later): from the wallet, where the payout was posted, to credits."""
    ours = _ours(db)
    if not ours or not has_books(db):
        return 0
    token = _token(db, chain_id, contract)
    count = 0
    with _tx.write(db):
        for block_hash, log_index, at, args in db.execute(
                "SELECT block_hash, log_index, at, args FROM contract_events WHERE chain_id = ? "
                "AND contract = ? AND kind = 'Credited'", [chain_id, contract]).fetchall():
            a = json.loads(args)
            if str(a.get("to", "")).lower() not in ours:
                continue
            m = Money(int(a.get("amount", 0)), token)
            count += int(post(db, [Line(CREDITS, m), Line(WALLET, -m)], at=at or 0,
                              memo="Payout credited, to withdraw",
                              source=f"credit:{chain_id}:{contract.lower()}:{block_hash}:"
                                     f"{log_index}") is not None)
    return count


def post_fees(db, coin: Currency) -> int:
    """Post what each transaction the wallet sent paid the network (mined or failed, once its
    receipt was read), in the chain's own coin `coin`; how many entries were posted."""
    if not has_books(db):
        return 0
    try:
        rows = db.execute("SELECT chain_id, tx_hash, fee_paid, updated_at, purpose FROM "
                          "wallet_journal WHERE fee_paid > 0 AND status IN ('mined', 'failed') "
                          "ORDER BY id").fetchall()
    except Exception:  # a book without the wallet's journal
        return 0
    count = 0
    with _tx.write(db):
        for chain_id, tx_hash, fee, at, purpose in rows:
            m = Money(int(fee), coin)
            count += int(post(db, [Line("Expenses:NetworkFees", m), Line(WALLET, -m)], at=at,
                              memo=f"Network fee: {purpose.split(':', 1)[0]}",
                              source=f"fee:{chain_id}:{tx_hash.lower()}") is not None)
    return count


def catch_up(db, coin: Currency | None = None) -> int:
    """Post everything not posted yet (stock, offline orders, escrow orders, credits, and the
    network fees in `coin` when it is given), in one transaction; how many entries were
    posted. Running it twice posts nothing the second time."""
    with _tx.write(db):
        count = post_stock(db) + post_offline(db)
        if coin is not None:
            count += post_fees(db, coin)
        count += post_escrow(db, [r[0] for r in db.execute("SELECT id FROM orders")])
        reverse_vanished(db)
        for chain_id, contract in db.execute("SELECT DISTINCT chain_id, contract FROM "
                                             "contract_events").fetchall():
            count += post_credits(db, chain_id, contract)
    return count
