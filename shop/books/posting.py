"""The shop's events into the books, each once: stock received, offline sales and their
refunds, credits and withdrawals, network fees; the escrow orders are in shop.books.escrow.

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

from .journal import Draft, Line, currency_of, memo, post, post_many

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
    return int(post(db, lines, at=at, memo=memo("Stock at supply price: {lot}", lot=title),
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
                     memo=memo("Sale X-{order}: {quantity} x {item} ({style})", order=order_id,
                               quantity=qty, item=name, style=style_no),
                     source=f"offline:{order_id}:sale", **tags) is not None)
    if state == "cancelled":
        back = [Line(line.account, -line.money) for line in cost_lines]
        count += int(post(db, [Line(REFUNDS, total), Line(pay, -total), *back],
                          at=cancelled_at or paid_at, memo=memo("Refund X-{order}", order=order_id),
                          source=f"offline:{order_id}:refund", **tags) is not None)
    return count


# ---------------------------------------------------------------- escrow orders
# (set-based, in shop.books.escrow; these two it shares with the rest)

def our_accounts(db) -> set[str]:
    """This profile's accounts (lower case); none in a book without the wallet's tables."""
    try:
        return {r[0].lower() for r in db.execute("SELECT address FROM wallet_accounts")}
    except Exception:  # a book without the wallet's tables
        return set()


def escrow_token(db, chain_id: int, contract: str) -> Currency:
    """The token an escrow contract's network is set up with (UNKNOWN_TOKEN when none)."""
    try:
        row = db.execute("SELECT token_symbol, token_decimals FROM wallet_networks WHERE "
                         "chain_id = ? AND lower(escrow_address) = lower(?) AND token_symbol "
                         "IS NOT NULL", [chain_id, contract]).fetchone()
    except Exception:
        row = None
    return Currency.token(row[0], int(row[1] or 0)) if row else UNKNOWN_TOKEN


def post_credits(db, chain_id: int, contract: str) -> int:
    """Post the payouts the contract credited to this profile's accounts instead of sending
    them (withdrawable later): from the wallet, where the payout was posted, to credits."""
    ours = our_accounts(db)
    if not ours or not has_books(db):
        return 0
    token = escrow_token(db, chain_id, contract)
    drafts = []
    for block_hash, log_index, at, args in db.execute(
            "SELECT block_hash, log_index, at, args FROM contract_events WHERE chain_id = ? "
            "AND contract = ? AND kind = 'Credited'", [chain_id, contract]).fetchall():
        a = json.loads(args)
        if str(a.get("to", "")).lower() not in ours:
            continue
        m = Money(int(a.get("amount", 0)), token)
        drafts.append(Draft((Line(CREDITS, m), Line(WALLET, -m)), at or 0,
                            memo("Payout credited, to withdraw"),
                            f"credit:{chain_id}:{contract.lower()}:{block_hash}:{log_index}"))
    return len(post_many(db, drafts))


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
    return len(post_many(db, [
        Draft((Line("Expenses:NetworkFees", Money(int(fee), coin)),
               Line(WALLET, -Money(int(fee), coin))), at,
              memo("Network fee: {purpose}", purpose=purpose.split(":", 1)[0]),
              f"fee:{chain_id}:{tx_hash.lower()}")
        for chain_id, tx_hash, fee, at, purpose in rows]))


def post_withdrawals(db) -> int:
    """Post each credit this profile's wallet withdrew (a mined withdraw transaction): from
    credits back to the wallet; how many entries were posted.

    The amount is the credit as the wallet read it when it sent the transaction (its journal
    purpose names it); the contract pays out the whole credit, so a payout credited while
    the withdrawal was pending stays in Assets:Credits until the next one."""
    if not has_books(db):
        return 0
    try:
        rows = db.execute("SELECT chain_id, tx_hash, updated_at, purpose FROM wallet_journal "
                          "WHERE status = 'mined' AND purpose LIKE 'escrow:%:credit-%:withdraw-%'"
                          " ORDER BY id").fetchall()
    except Exception:  # a book without the wallet's journal
        return 0
    drafts = []
    for chain_id, tx_hash, at, purpose in rows:
        _, _, contract, _, action = purpose.split(":", 4)
        amount = action.split("-")[1]
        if not amount.isdigit():
            continue
        m = Money(int(amount), escrow_token(db, chain_id, contract))
        drafts.append(Draft((Line(WALLET, m), Line(CREDITS, -m)), at,
                            memo("Credit withdrawn"), f"withdrawal:{chain_id}:{tx_hash.lower()}"))
    return len(post_many(db, drafts))


def catch_up(db, coin: Currency | None = None) -> int:
    """Post everything not posted yet (stock, offline orders, escrow orders, credits and
    withdrawals, and the network fees in `coin` when it is given), in one transaction; how
    many entries were posted. Running it twice posts nothing the second time."""
    from .escrow import post_escrow, reverse_vanished

    with _tx.write(db):
        count = post_stock(db) + post_offline(db) + post_withdrawals(db)
        if coin is not None:
            count += post_fees(db, coin)
        count += post_escrow(db, [r[0] for r in db.execute("SELECT id FROM orders")])
        reverse_vanished(db)
        for chain_id, contract in db.execute("SELECT DISTINCT chain_id, contract FROM "
                                             "contract_events").fetchall():
            count += post_credits(db, chain_id, contract)
    return count
