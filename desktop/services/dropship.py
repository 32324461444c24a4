"""Drop-ship (一件代发) for the GUI and the command line: the distributor's shipping list
for one supplier (XLSX or CSV, optionally sealed to the supplier's store key), the
supplier opening a sealed list with its own key, and the supplier's reply marking the
orders shipped on chain in one transaction.

Every function takes the work unit first. Delivery details are read in memory and written
only into the file the user asked for.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.services import orders
from desktop.services.errors import UserFacingError
from desktop.services.storefront import KEY_NAME, _vault, read_delivery_note
from shop.orders import model, store as orders_store
from shop.orders import dropship as core
from shop.stock.export import write_atomically, write_csv, write_xlsx
from shop.stock.files import open_table
from shop.storefront.errors import NoteError
from shop.storefront.notes import open_bytes, seal_bytes
from shop.storefront.pickup import pickup_of
from wallet.escrow_client import tracking_hash

AREAS = ("orders", "wallet")
MAX_SEALED = 50 * 1024 * 1024


def _offers_of(work, supplier: str) -> dict:
    """{offer hash: (goods, SKU)} of the offers selling lot items of this supplier."""
    rows = work.db.execute(
        "SELECT f.offer_hash, i.name, i.style_no, i.color, i.size FROM listing_offers f "
        "JOIN lot_items i ON i.id = f.item_id JOIN lots l ON l.id = i.lot_id "
        "WHERE lower(l.seller_address) = lower(?)", [supplier]).fetchall()
    return {r[0]: (r[1], "/".join(p for p in r[2:] if p)) for r in rows}


@dataclass(frozen=True)
class ShippingList:
    """The lines of a supplier's shipping list, and how many accepted orders of its goods
    were left out because the buyers collect them in the shop (到店自提)."""

    lines: tuple
    pickups: int = 0


def shipping_lines(work, supplier: str) -> ShippingList:
    """The accepted orders not yet shipped whose goods come from `supplier`'s lots, oldest
    first, with the buyers' delivery details (refused when one cannot be read); pickup orders
    are counted, not listed, as the shop hands them over at its counter."""
    goods = _offers_of(work, supplier)
    lines, pickups = [], 0
    for view in reversed(orders.order_views(work)):
        o = view.order
        if o.state != "Accepted" or (o.offer_hash or "").lower() not in goods:
            continue
        number = model.escrow_number(o.escrow_id)
        if view.details is None:
            raise UserFacingError("The delivery details of order {number} cannot be read: "
                                  "{problem}", number=number, problem=view.problem)
        if pickup_of(view.details) is not None:
            pickups += 1
            continue
        name, sku = goods[o.offer_hash.lower()]
        d = view.details
        lines.append(core.ShippingLine(number, name, sku, o.quantity, str(d.get("name", "")),
                                       str(d.get("phone", "")), str(d.get("address", ""))))
    return ShippingList(tuple(lines), pickups)


def _store_key_of(work, supplier: str) -> str:
    row = work.db.execute("SELECT store_key FROM lots WHERE lower(seller_address) = lower(?) "
                          "AND store_key IS NOT NULL ORDER BY revision DESC LIMIT 1",
                          [supplier]).fetchone()
    if row is None:
        raise UserFacingError("The lot sheets of {supplier} carry no store key, so a list "
                              "cannot be sealed to it; ask for a newer sheet, or export the "
                              "list unsealed.", supplier=supplier)
    return row[0]


def export_shipping_list(work, supplier: str, path, *, sealed: bool = False) -> ShippingList:
    """Write the shipping list for `supplier` (an account address) to FILE.xlsx or FILE.csv,
    or sealed to the supplier's store key (any name; only the supplier's app opens it).
    Returns what was written (and the pickup orders left out); refused when no order waits
    to be shipped."""
    path = Path(path)
    found = shipping_lines(work, supplier)
    if not found.lines and found.pickups:
        raise UserFacingError("No accepted order waits to be shipped from {supplier}'s goods: "
                              "its {count} pickup orders are collected in the shop.",
                              supplier=supplier, count=found.pickups)
    if not found.lines:
        raise UserFacingError("No accepted order waits to be shipped from {supplier}'s goods.",
                              supplier=supplier)
    rows = [line.cells() for line in found.lines]
    if sealed:
        key = _store_key_of(work, supplier)
        with tempfile.TemporaryDirectory() as folder:
            plain = Path(folder) / "list.xlsx"
            write_xlsx(plain, rows, header=list(core.HEADER), sheet_title="发货单")
            data = plain.read_bytes()
        sealed_data = core.SEALED_MAGIC + seal_bytes(data, key, core.SEAL_INFO)
        write_atomically(path, lambda temp: Path(temp).write_bytes(sealed_data))
    elif path.suffix.lower() == ".csv":
        write_csv(path, rows, header=list(core.HEADER))
    elif path.suffix.lower() == ".xlsx":
        write_xlsx(path, rows, header=list(core.HEADER), sheet_title="发货单")
    else:
        raise UserFacingError("Name the file FILE.xlsx or FILE.csv (or seal it).")
    return found


def open_shipping_list(work, sealed_path, out_path) -> int:
    """Open a shipping list sealed to this store's key and write it as FILE.xlsx; returns
    its size in bytes. Refused when it was sealed to another key or changed on the way."""
    sealed_path, out_path = Path(sealed_path), Path(out_path)
    if out_path.suffix.lower() != ".xlsx":
        raise UserFacingError("Name the opened list FILE.xlsx.")
    try:
        if sealed_path.stat().st_size > MAX_SEALED:
            raise UserFacingError("The file is larger than any shipping list may be.")
        blob = sealed_path.read_bytes()
    except OSError as e:
        raise UserFacingError("Cannot read {path}: {reason}.", path=str(sealed_path),
                              reason=e.strerror or str(e)) from None
    if not blob.startswith(core.SEALED_MAGIC):
        raise UserFacingError("This file is not a sealed shipping list.")
    secret = _vault(work).get(KEY_NAME)
    if not secret:
        raise UserFacingError("The store's key for delivery details is not in the keyring.")
    try:
        data = open_bytes(blob[len(core.SEALED_MAGIC):], secret, core.SEAL_INFO)
    except NoteError:
        raise UserFacingError("This shipping list was sealed to another store's key, or "
                              "changed after it was sealed; it cannot be opened here.") from None
    write_atomically(out_path, lambda temp: Path(temp).write_bytes(data))
    return len(data)


REASONS = {
    "missing_order": "Row {row}: no order number.",
    "missing_carrier": "Row {row}: order {order} has no carrier.",
    "missing_tracking": "Row {row}: order {order} has no tracking number.",
    "too_long": "Row {row}: a cell is longer than any order, carrier or tracking number.",
    "repeated": "Row {row}: order {order} is named again.",
    "unknown_order": "Row {row}: there is no order {order} here.",
    "not_accepted": "Row {row}: order {order} is {state}, not waiting to be shipped.",
    "pickup": "Row {row}: order {order} is collected in the shop, not shipped.",
}


@dataclass(frozen=True)
class ReplyPlan:
    """A read reply: the orders to mark shipped (escrow id, carrier, tracking number, row),
    the refused rows as (code, fields) for REASONS, the seller account of the orders (None
    when they have more than one), and the escrow ids of the orders it names that are
    already marked shipped or have a ship transaction on its way (left as they are)."""

    ready: tuple
    refused: tuple
    seller: str | None = None
    already: tuple = ()


def already_shipped(escrow_ids) -> UserFacingError:
    """The refusal when every order left to ship is already marked shipped (or on its way)."""
    return UserFacingError("Nothing was marked shipped: orders {orders} are already marked "
                           "shipped, or their ship transaction is on its way.",
                           orders=", ".join(model.escrow_number(e) for e in escrow_ids))


def refusal_text(code: str, fields: dict) -> str:
    """A refused reply row in words (English; the GUI translates the template)."""
    return REASONS[code].format(**fields)


def _collected(work, order) -> bool:
    """Whether the buyer collects the order in the shop (its note names a pickup point)."""
    if not order.note:
        return False
    try:
        details = read_delivery_note(work, order.note)
    except (UserFacingError, NoteError):
        return False  # never on a list (its details cannot be read), shipped as any other
    return pickup_of(details) is not None


def read_reply(work, path, network: str | None = None) -> ReplyPlan:
    """Read a supplier's reply file and check each row against the orders in the book."""
    t = orders.target(work, network)
    with open_table(path, guess=True) as table:
        good, bad = core.read_reply(table.rows())
    refused = [(r.reason, {"row": r.row, "order": r.order}) for r in bad]
    ready, sellers, already = [], set(), []
    # a ship sent since the last sync leaves the book saying Accepted: the journal knows
    shipping = orders.client(work, t).shipping()
    for r in good:
        escrow_id = model.parse_escrow_number(r.order)
        order = (orders_store.get_order(work.db, t.chain_id, t.contract, escrow_id)
                 if escrow_id is not None else None)
        if order is None:
            refused.append(("unknown_order", {"row": r.row, "order": r.order}))
        elif order.state == "Shipped" or (order.state == "Accepted" and escrow_id in shipping):
            already.append(escrow_id)
        elif order.state != "Accepted":
            refused.append(("not_accepted", {"row": r.row, "order": r.order,
                                             "state": order.state}))
        elif _collected(work, order):
            refused.append(("pickup", {"row": r.row, "order": r.order}))
        else:
            ready.append((escrow_id, r.carrier, r.tracking, r.row))
            sellers.add(order.seller)
    refused.sort(key=lambda x: x[1]["row"])
    return ReplyPlan(tuple(ready), tuple(refused), sellers.pop() if len(sellers) == 1 else None,
                     tuple(already))


def ship_from_reply(work, signer, plan: ReplyPlan, network: str | None = None):
    """Keep each carrier and tracking number and mark the ready orders shipped in one
    transaction, each sealed for its buyer and the store; returns the journal entry."""
    if not plan.ready:
        raise UserFacingError("No row of the reply names an order waiting to be shipped.")
    if plan.seller is None:
        raise UserFacingError("The orders of one reply must be of one seller account.")
    t = orders.target(work, network)
    # the same reply sent twice before a sync must not record new tracking hashes
    shipping = orders.client(work, t).shipping()
    again = [e for e, *_ in plan.ready if e in shipping]
    if again:
        raise already_shipped(again)
    sealed = [(e, orders.seal_shipment(work, t, e, c, n)) for e, c, n, _r in plan.ready]
    with work.db.atomic():
        for (escrow_id, carrier, number, _row), (_e, blob) in zip(plan.ready, sealed):
            orders_store.record_shipment(work.db, t.chain_id, t.contract, escrow_id, carrier,
                                        number.upper(), "0x" + tracking_hash(blob).hex())
    work.changed(*AREAS)
    return orders.client(work, t).mark_shipped_many(signer, sealed)


@dataclass(frozen=True)
class Supplier:
    """A supplier whose lot sheets are here: its account, its name, whether a list can be
    sealed to it (its sheets carry its store key)."""

    address: str
    name: str
    sealable: bool


def suppliers(work) -> list[Supplier]:
    """The suppliers of the lots imported from sheets, by name."""
    rows = work.db.execute(
        "SELECT seller_address, max(supplier), max(store_key IS NOT NULL) FROM lots WHERE "
        "origin = 'sheet' AND seller_address IS NOT NULL GROUP BY lower(seller_address) "
        "ORDER BY 2, 1").fetchall()
    return [Supplier(r[0], r[1] or "", bool(r[2])) for r in rows]
