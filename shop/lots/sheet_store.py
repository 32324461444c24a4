"""Storing a verified lot sheet in the distributor's book (inside one transaction)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from shop.stock.values import MAX_MONEY, MAX_QUANTITY
from .errors import SheetDamaged, SheetOutdated, SheetTampered
from .model import PRICE_FIELDS, PUBLISHED
from .revisions import Change, record

_ITEM_INSERT = ("INSERT INTO lot_items (lot_id, style_no, color, size, name, barcode, quantity,"
                " tag_price, supply_price, suggested_price, min_price, brand, category, image)"
                " VALUES (:lot_id, :style_no, :color, :size, :name, :barcode, :quantity,"
                " :tag_price, :supply_price, :suggested_price, :min_price, :brand, :category,"
                " :image)")


# A sheet is read like any other hostile file: every number bounded before it is stored
# (SQLite's INTEGER is 64 bits and a sum over items must stay inside it), every text cut.
MAX_TEXT = 1000
MAX_TIME = 2 ** 40  # seconds; far past any lot's end, far below SQLite's limit


@dataclass(frozen=True)
class SheetImport:
    """What importing a sheet did: the lot's title here, and items added or updated."""

    lot_id: int
    title: str
    seller: str
    revision: int
    added: int
    updated: int
    withdrawn: int
    created: bool
    pictures_left_out: tuple = ()  # (SKU, what the sheet named) of pictures not taken
    changes: tuple = ()  # revisions.Change of what a newer revision changed here


def _bounded(value, limit):
    if value is None:
        return None
    if type(value) is not int or not 0 <= value <= limit:
        raise ValueError(value)
    return value


def _item(entry: dict, lot_id: int, image_paths: dict, left_out: list) -> dict:
    text = {k: str(entry.get(k) or "")[:MAX_TEXT] for k in (
        "style_no", "color", "size", "name", "barcode", "brand", "category", "image")}
    named = text["image"]
    text["image"] = image_paths.get(named, "")
    if named and not text["image"]:
        left_out.append((_sku(text), named))
    quantity = _bounded(entry.get("quantity"), MAX_QUANTITY)
    if quantity is None or not text["style_no"]:
        raise ValueError(entry)
    return {"lot_id": lot_id, **text, "quantity": quantity,
            **{k: _bounded(entry.get(k), MAX_MONEY) for k in ("tag_price", "supply_price",
                                                               "suggested_price", "min_price")}}


def _sku(text: dict) -> str:
    return "/".join(p for p in (text["style_no"], text["color"], text["size"]) if p)


_STORE_KEY = re.compile(r"04[0-9a-f]{128}")


def _lot_columns(sheet, at) -> dict:
    lot = sheet.content["lot"]
    store_key = str(lot.get("store_key") or "").lower()
    if store_key and not _STORE_KEY.fullmatch(store_key):
        raise ValueError(store_key)
    terms = lot.get("terms") or {}
    bps = terms.get("commission_bps", [])
    if not isinstance(bps, list):
        raise ValueError(bps)
    return {"uid": str(sheet.uid)[:MAX_TEXT], "supplier": str(lot.get("supplier") or "")[:MAX_TEXT],
            "starts_at": _bounded(lot["starts_at"], MAX_TIME),
            "ends_at": _bounded(lot["ends_at"], MAX_TIME),
            "currency": str(lot.get("currency") or "CNY")[:16],
            "commission_bps": json.dumps([_bounded(b, 10_000) for b in bps][:3]),
            "freeze_seconds": _bounded(terms.get("freeze_seconds", 0), MAX_TIME),
            "return_days": _bounded(terms.get("return_days", 0), 3650),
            "return_note": str(terms.get("return_note") or "")[:MAX_TEXT],
            "revision": _bounded(sheet.revision, 2 ** 31), "seller_address": sheet.seller,
            "sheet_hash": sheet.content_hash, "store_key": store_key or None}


def store_sheet(db, sheet, image_paths: dict, free_title, at: int):
    """Insert or update the lot of a verified sheet; returns a SheetImport. `image_paths`
    maps the sheet's picture names to stored pictures; an item naming anything else keeps
    no picture and is listed in SheetImport.pictures_left_out."""
    left_out: list = []
    try:
        columns = _lot_columns(sheet, at)
        entries = [_item(e, 0, image_paths, left_out) for e in sheet.content["items"]]
    except (ValueError, KeyError, TypeError):
        raise SheetDamaged("The lot sheet's content is damaged (an item or a term is not "
                           "valid).") from None
    existing = db.execute("SELECT id, title, origin, revision, seller_address, sheet_hash"
                          " FROM lots WHERE uid = ?", [sheet.uid]).fetchone()
    if existing is None:
        title = free_title(db, sheet.title, sheet.uid)
        cursor = db.execute(
            "INSERT INTO lots (uid, title, supplier, starts_at, ends_at, currency, state,"
            " commission_bps, freeze_seconds, return_days, return_note, revision, origin,"
            " seller_address, sheet_hash, store_key, created_at, published_at) VALUES (:uid,"
            " :title, :supplier, :starts_at, :ends_at, :currency, 'published', :commission_bps,"
            " :freeze_seconds, :return_days, :return_note, :revision, 'sheet',"
            " :seller_address, :sheet_hash, :store_key, :at, :at)",
            {**columns, "title": title, "at": at})
        lot_id = cursor.lastrowid
        if sheet.content["lot"].get("closed") is True:
            db.execute("UPDATE lots SET state = 'closed', closed_at = ? WHERE id = ?",
                       [at, lot_id])
        for entry in entries:
            db.execute(_ITEM_INSERT, {**entry, "lot_id": lot_id})
        return SheetImport(lot_id, title, sheet.seller, sheet.revision, len(entries), 0, 0, True,
                           tuple(left_out))
    lot_id, title, origin, revision, seller, _ = existing
    closed = sheet.content["lot"].get("closed") is True
    if origin == "own":
        raise SheetOutdated("“{title}” is your own lot; its sheet is not imported here.",
                            title=title)
    if str(seller).lower() != sheet.seller.lower():
        raise SheetTampered("This sheet of “{title}” is signed by {signer}, but the lot "
                            "came from {seller}; it was refused.",
                            title=title, signer=sheet.seller, seller=seller)
    if sheet.revision <= revision:
        if sheet.revision == revision:
            raise SheetOutdated("This is the same sheet of “{title}” (revision {revision}; "
                                "revision {current} is here already). Nothing was changed.",
                                title=title, revision=sheet.revision, current=revision)
        raise SheetOutdated("This is an older sheet of “{title}” (revision {revision}; "
                            "revision {current} is here already). Nothing was changed.",
                            title=title, revision=sheet.revision, current=revision)
    old_end, old_state = db.execute("SELECT ends_at, state FROM lots WHERE id = ?",
                                    [lot_id]).fetchone()
    db.execute("UPDATE lots SET supplier = :supplier, starts_at = :starts_at, ends_at = :ends_at,"
               " currency = :currency, commission_bps = :commission_bps,"
               " freeze_seconds = :freeze_seconds, return_days = :return_days,"
               " return_note = :return_note, revision = :revision, store_key = :store_key,"
               " sheet_hash = :sheet_hash, state = CASE WHEN state = 'draft' THEN :published"
               " ELSE state END WHERE id = :id", {**columns, "id": lot_id, "published": PUBLISHED})
    changes = []
    if columns["ends_at"] != old_end:
        changes.append(Change("", "ends_at", old_end, columns["ends_at"]))
    if closed and old_state != "closed":
        db.execute("UPDATE lots SET state = 'closed', closed_at = ? WHERE id = ?", [at, lot_id])
        changes.append(Change("", "closed", 0, 1))
    current = {(r[1], r[2], r[3]): r for r in db.execute(
        "SELECT id, style_no, color, size, quantity, tag_price, supply_price, suggested_price,"
        " min_price FROM lot_items WHERE lot_id = ?", [lot_id])}
    added = updated = 0
    for entry in entries:
        key = (entry["style_no"], entry["color"], entry["size"])
        old = current.pop(key, None)
        if old is None:
            db.execute(_ITEM_INSERT, {**entry, "lot_id": lot_id})
            changes.append(Change(_sku(entry), "added", None, entry["quantity"]))
            added += 1
            continue
        for what, before in zip(("quantity", *PRICE_FIELDS), old[4:]):
            if entry[what] != before:
                changes.append(Change(_sku(entry), what, before, entry[what]))
        # Units already reserved or sold here stay counted; the rest follow the sheet.
        db.execute("UPDATE lot_items SET name = :name, barcode = :barcode,"
                   " quantity = max(:quantity, reserved + sold), tag_price = :tag_price,"
                   " supply_price = :supply_price, suggested_price = :suggested_price,"
                   " min_price = :min_price, brand = :brand, category = :category,"
                   " image = :image WHERE id = :id", {**entry, "id": old[0]})
        updated += 1
    for old in current.values():
        db.execute("UPDATE lot_items SET quantity = reserved + sold WHERE id = ?", [old[0]])
        changes.append(Change("/".join(p for p in old[1:4] if p), "withdrawn", old[4], 0))
    record(db, lot_id, sheet.revision, at, changes)
    return SheetImport(lot_id, title, sheet.seller, sheet.revision, added, updated,
                       len(current), False, tuple(left_out), tuple(changes))
