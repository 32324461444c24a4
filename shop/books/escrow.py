"""Escrow orders into the books, set-based per sync batch, each event once.

For a batch's changed orders, post_escrow reads the orders and the entries already posted
for them, takes their events from the ledger that just folded them (reading them only for
orders it was not handed), works out in Python which entries each order should have, and
posts only the new ones with journal.post_many (two statements). Measured in CPU seconds on
2,500 escrows walked to Confirmed (10,000 events, 25,000 lines) stored through EscrowLedger
in one batch: the lines and entries written row by row cost 0.72 s, written as one statement
each 0.44 s, by hundreds of rows to a statement 0.34 s (see shop.rows); bench
escrow_sync_seller measures the whole sync from anvil.

What this profile posts for an escrow, by its part in it:

- the seller: the price into escrow when funded, the bond when accepted, and the close
  (sale, refund, bond back or lost, the payees' shares as cost of goods or commissions);
- a payee that is not the seller (the supplier of a distributor's sale, or an upline):
  what the close paid it (offer_goods.payee_amount per unit, split as the contract splits
  it), as a sale when the offer names one of its own lot items, else as commission income
  (payee_income_account is the hook for the downline's own accounts);
- the arbitrator that ruled (the Ruled event's transaction is one its wallet sent): the fee.

The seller's entries carry each token line's value in 元 at the rate its offer was signed
with, where the offer has one (shop.books.valuation).

Every entry's source is under escrow:{chain}:{contract}:{escrow id}: and names the event
(with .payee or .fee for the last two), so a repeated sync posts nothing twice and a
reorganisation that takes an event away reverses its entry.
"""

from __future__ import annotations

import json
from operator import attrgetter

from shop.lots import _tx
from shop.money import Currency
from shop.orders.model import escrow_number

from .journal import UnitsDraft, memo, post_many, reverse
from .posting import (BONDS, COGS, DEPOSITS, ESCROW, SALES, WALLET, escrow_token, has_books,
                      our_accounts)
from .valuation import cny_per_unit, values_of

_CLOSING = ("Cancelled", "Declined", "Refunded", "Reclaimed", "Confirmed", "Claimed",
            "Ruled", "Settled", "DisputeTimedOut")
COMMISSIONS_IN, ARBITRATION_IN = "Income:Commissions", "Income:ArbitrationFees"
_CHAIN_ORDER = attrgetter("block_number", "log_index")


def payee_income_account(item_id: int | None) -> str:
    """The income account of what an escrow paid this profile as a payee: a sale when the
    offer names one of its own lot items (the supplier), else a commission.

    The downline (shop/downline) may name commission accounts of its own; this is where
    they plug in."""
    return SALES if item_id is not None else COMMISSIONS_IN


def post_escrow(db, order_ids, histories: dict | None = None) -> int:
    """Bring the entries of these escrow orders in line with their stored events (posting
    what is new, reversing what a reorganisation took away); how many entries were posted.
    `histories` maps an order id to every event it has (shop.orders.model.ChainEvent), for
    the orders whose caller holds them (a sync batch that just folded them): those are not
    read again."""
    ours = our_accounts(db)
    if not ours or not order_ids or not has_books(db):
        return 0
    with _tx.write(db):
        orders = db.execute(
            "SELECT o.id, o.chain_id, o.contract, o.escrow_id, o.offer_hash, o.quantity, "
            "o.price, o.bond, o.seller, g.item_id, g.payee_amount FROM orders o LEFT JOIN "
            "offer_goods g ON g.offer_hash = lower(o.offer_hash) WHERE o.id IN (SELECT value "
            "FROM json_each(?))", [json.dumps(sorted(set(order_ids)))]).fetchall()
        if not orders:
            return 0
        history = _history(db, [r[0] for r in orders], histories or {})
        prefixes = {r[0]: f"escrow:{r[1]}:{r[2].lower()}:{r[3]}:" for r in orders}
        posted = _posted_under(db, prefixes.values())
        ruled = _ruled_here(db, [h["Ruled"][2] for h in history.values() if "Ruled" in h])
        goods = _goods(db, {r[4] for r in orders if r[4]})
        tokens: dict = {}
        terms: dict = {}
        drafts = []
        for r in orders:
            key = (r[1], r[2].lower())
            if key not in tokens:
                tokens[key] = escrow_token(db, *key)
            events = history.get(r[0], {})
            taken, active = posted.get(prefixes[r[0]], (set(), {}))
            done = {s[len(prefixes[r[0]]):].split("#")[0] for s in active}
            wanted = _wanted(db, r, events, (r[8] or "").lower() in ours, ruled,
                             tokens[key], terms, done)
            drafts += _sync_order(db, prefixes[r[0]], r[3], events, wanted, (taken, active),
                                  goods.get((r[4] or "").lower(), (None, None)), tokens[key])
        return len(post_many(db, drafts))


def _history(db, order_ids, given: dict) -> dict[int, dict]:
    """{order id: {kind: (at, args, tx hash) of its first event of that kind in chain order}},
    from `given` where it has the order's events, else from the book."""
    history: dict[int, dict] = {}
    missing = []
    for order_id in order_ids:
        events = given.get(order_id)
        if events is None:
            missing.append(order_id)
            continue
        kinds = history[order_id] = {}
        for e in sorted(events, key=_CHAIN_ORDER):
            kinds.setdefault(e.kind, (e.at, e.args, e.tx_hash))
    if missing:
        for order_id, kind, at, args, tx_hash in db.execute(
                # Only these events' args are read: a Funded note or a Statement is not.
                "SELECT order_id, kind, at, CASE WHEN kind IN ('Accepted', 'Ruled', 'Settled') "
                "THEN args END, tx_hash FROM order_events WHERE order_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY order_id, block_number, log_index",
                [json.dumps(missing)]):
            kinds = history.setdefault(order_id, {})
            if kind not in kinds:
                kinds[kind] = (at, json.loads(args) if args else {}, tx_hash)
    return history


def _posted_under(db, prefixes) -> dict[str, tuple[set[str], dict[str, int]]]:
    """{prefix: (every source under it, {source: entry id} of those not reversed)} for the
    entries under these prefixes (each ending in ':'), read by ranges of the source index."""
    out: dict = {}
    for prefix, source, entry_id, reversed_ in db.execute(
            "SELECT j.value, e.source, e.id, EXISTS (SELECT 1 FROM book_entries r WHERE "
            "r.reverses = e.id) FROM json_each(?) j JOIN book_entries e ON e.source >= j.value "
            "AND e.source < substr(j.value, 1, length(j.value) - 1) || ';'",
            [json.dumps(sorted(set(prefixes)))]):
        taken, active = out.setdefault(prefix, (set(), {}))
        taken.add(source)
        if not reversed_:
            active[source] = entry_id
    return out


def _ruled_here(db, tx_hashes) -> set[str]:
    """Those of these rulings' transactions (lower case) that this profile's wallet sent."""
    if not tx_hashes:
        return set()
    try:
        return {r[0] for r in db.execute(
            "SELECT lower(tx_hash) FROM wallet_journal WHERE status = 'mined' AND "
            "lower(tx_hash) IN (SELECT lower(value) FROM json_each(?))",
            [json.dumps(tx_hashes)])}
    except Exception:  # a book without the wallet's journal
        return set()


def _wanted(db, row, events, seller: bool, ruled: set[str], token: Currency, terms: dict,
            done: set[str]) -> dict:
    """{name: lines} of the entries an order's events call for, for this profile's parts,
    each line (account, units of `token`, 元 value or None); None instead of the lines of
    those in `done` (posted already: most of a sync's orders have one new event, and their
    earlier entries need not be made again)."""
    (_, _, _, _, offer_hash, qty, price, bond, _, item_id, per_unit) = row
    closing = next((k for k in _CLOSING if k in events), None)
    bond = bond if "Accepted" in events else 0
    wanted: dict = {}

    def want(name, make):
        wanted[name] = None if name in done else make()

    if seller and "Funded" in events:
        if offer_hash not in terms:
            terms[offer_hash] = _terms(db, offer_hash)
        rate = cny_per_unit(terms[offer_hash][2], token)  # the offer's own, when it has one
        want("Funded", lambda: _valued(_pair(ESCROW, DEPOSITS, price), rate))
        if "Accepted" in events:
            want("Accepted", lambda: _valued(_pair(BONDS, WALLET, int(
                events["Accepted"][1].get("bond", bond))), rate))
        if closing:
            want(closing, lambda: _valued(_closed(closing, events[closing][1],
                                                  terms[offer_hash], qty, price, bond), rate))
    if not seller and per_unit and closing:
        want(closing + ".payee", lambda: _valued(_pair(
            WALLET, payee_income_account(item_id),
            _payee_share(closing, events[closing][1], qty, price, bond, per_unit))))
    if "Ruled" in events and events["Ruled"][2].lower() in ruled:
        want("Ruled.fee", lambda: _valued(_pair(WALLET, ARBITRATION_IN, int(
            events["Ruled"][1].get("fee", 0)))))
    return wanted


def _sync_order(db, prefix: str, escrow_id: int, events: dict, wanted: dict, posted,
                item, token: Currency) -> list:
    """Reverse the order's entries no longer wanted; the drafts (in `token`) of those not
    posted yet (whose lines are not None), tagged with the (lot, item) its offer sells."""
    taken, active = posted
    for source, entry_id in active.items():
        if source[len(prefix):].split("#")[0] not in wanted:
            reverse(db, entry_id, memo=_gone(escrow_id))
    number = escrow_number(escrow_id)
    drafts = []
    for name, lines in wanted.items():
        if lines is None:
            continue
        source, n = prefix + name, 1
        while source in taken:  # earlier ones were reversed
            n += 1
            source = f"{prefix}{name}#{n}"
        kind, _, part = name.partition(".")
        drafts.append(UnitsDraft(token, lines, events[kind][0] or 0,
                                 memo(_MEMOS[part], number=number, event=kind), source,
                                 lot_id=item[0], item_id=item[1]))
    return drafts


#: The memo of an escrow's entry, by its part: the seller's (""), a payee's, the arbitrator's.
_MEMOS = {"": "Escrow {number}: {event}",
          "payee": "Escrow {number}: our share as a payee ({event})",
          "fee": "Escrow {number}: our arbitration fee ({event})"}


def _gone(escrow_id: int):
    return memo("Gone from the chain: escrow {number}", number=escrow_number(escrow_id))


def _goods(db, offer_hashes) -> dict[str, tuple[int, int]]:
    """{offer hash (lower case): (lot id, item id)} of these offers, this book's own (its
    listing offers) or others' that sell one of its lot items (offer_goods)."""
    hashes = json.dumps(sorted({h.lower() for h in offer_hashes}))
    out = {}
    for sql in ("SELECT lower(o.offer_hash), i.lot_id, i.id FROM listing_offers o JOIN lot_items "
                "i ON i.id = o.item_id WHERE lower(o.offer_hash) IN (SELECT value FROM "
                "json_each(?))",
                "SELECT g.offer_hash, i.lot_id, i.id FROM offer_goods g JOIN lot_items i ON "
                "i.id = g.item_id WHERE g.offer_hash IN (SELECT value FROM json_each(?))"):
        try:
            out.update({h: (lot, item) for h, lot, item in db.execute(sql, [hashes])})
        except Exception:  # a book without the storefront's tables
            pass
    return out


def _pair(debit: str, credit: str, units: int) -> list[tuple[str, int]]:
    return [(debit, units), (credit, -units)]


def _valued(lines: list[tuple[str, int]], per_unit=None) -> tuple:
    """The (account, units) lines as a UnitsDraft's, with their 元 values at `per_unit` 分 a
    base unit when it is given (shop.books.valuation)."""
    if per_unit is None or not lines:
        return tuple((account, units, None) for account, units in lines)
    values = values_of([units for _, units in lines], per_unit)
    return tuple((account, units, v) for (account, units), v in zip(lines, values))


def _terms(db, offer_hash: str | None):
    """(payees [(account, amount per unit)], supplier address or None, quote or None) of the
    offer this book signed, or ([], None, None) when it is not here."""
    if not offer_hash:
        return [], None, None
    try:
        row = db.execute(
            "SELECT o.offer, l.seller_address, o.quote FROM listing_offers o LEFT JOIN "
            "lot_items i ON i.id = o.item_id LEFT JOIN lots l ON l.id = i.lot_id WHERE "
            "lower(o.offer_hash) = lower(?)", [offer_hash]).fetchone()
    except Exception:
        row = None
    if row is None:
        return [], None, None
    offer = json.loads(row[0])
    payees = [(a.lower(), int(n)) for a, n in zip(offer.get("payees", []),
                                                  offer.get("payeeAmounts", []))]
    return payees, (row[1] or "").lower() or None, json.loads(row[2]) if row[2] else None


def _split(kind: str, args: dict, price: int, bond: int) -> tuple[int, int, int]:
    """(to the buyer, to the seller, the arbitrator's fee) of a closed escrow."""
    if kind in ("Cancelled", "Declined", "Refunded"):
        return price, 0, 0
    if kind == "Reclaimed":
        return price + bond, 0, 0
    if kind in ("Confirmed", "Claimed"):
        return 0, price + bond, 0
    if kind == "DisputeTimedOut":
        return price, bond, 0
    return int(args.get("buyerAmount", 0)), int(args.get("sellerAmount", 0)), \
        int(args.get("fee", 0))  # Ruled, Settled


def _payee_share(kind: str, args: dict, qty: int, price: int, bond: int, per_unit: int) -> int:
    """What a payee of `per_unit` a unit got at the close: all of it when the seller kept the
    whole price, the part of it the seller kept (rounded down, as the contract pays)."""
    _, to_seller, _ = _split(kind, args, price, bond)
    sale = max(to_seller - bond, 0)
    whole = per_unit * qty
    return whole if sale >= price else whole * sale // price if price else 0


def _closed(kind, args, terms, qty, price, bond) -> list[tuple[str, int]]:
    """The seller's lines (account, units) of a closed escrow: the price leaves the escrow
    and the deposits, the bond comes back or is lost, and the seller's part of the price is
    a sale less what its payees got (their shares as the contract computes them)."""
    to_buyer, to_seller, fee = _split(kind, args, price, bond)
    lost_bond = bond - min(bond, to_seller)
    if to_seller == 0 and fee == 0:  # nothing sold: the price goes back, a bond may be lost
        return [(DEPOSITS, price), (ESCROW, -price), (BONDS, -bond),
                ("Expenses:ForfeitedBonds", bond)]
    sale = max(to_seller - bond, 0)
    payees, supplier, _quote = terms
    shares = {COGS: 0, "Expenses:Commissions": 0}
    for account, amount in payees if sale else ():
        share = amount * qty if sale == price else amount * qty * sale // price
        shares[COGS if account == supplier else "Expenses:Commissions"] += share
    refund = price + bond - fee - lost_bond - to_seller
    return [(DEPOSITS, price), (ESCROW, -price), (BONDS, -bond), (SALES, -price),
            ("Income:Refunds", refund), ("Expenses:ArbitrationFees", fee),
            ("Expenses:ForfeitedBonds", lost_bond), (WALLET, to_seller - sum(shares.values())),
            *shares.items()]


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
                reverse(db, entry_id, memo=_gone(int(escrow.rsplit(":", 1)[1])))
                count += 1
    return count
