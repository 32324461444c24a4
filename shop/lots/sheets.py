"""Signed lot sheets: one file a seller sends to distributors.

The file is a zip: `lot.json` (the lot, its terms and items, as canonical JSON),
`images/<sha256>.<ext>` (the pictures, named by their hash, each hash listed in
lot.json) and `signature.json`. The seller signs EIP-712 typed data holding the
lot's identity, revision, window and the SHA-256 of lot.json, so the typed data
stays small while the signature covers every byte of the content and images.

Signing and recovery are callables passed in (the wallet lives outside shop).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass

from shop import pictures
from . import _tx
from .errors import (LotError, LotStateError, SheetDamaged, SheetError, SheetExpired,
                     SheetOutdated, SheetTampered)
from .lots import get_lot
from .model import OPEN, PUBLISHED, now
from .search import iter_items
from .sheet_store import SheetImport, store_sheet

FORMAT = "ziliudi-lot-sheet"
VERSION = 1
DOMAIN = {"name": "Ziliudi Lot Sheet", "version": "1"}
TYPES = {
    "EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"}],
    "LotSheet": [
        {"name": "lot", "type": "string"},
        {"name": "title", "type": "string"},
        {"name": "revision", "type": "uint32"},
        {"name": "seller", "type": "address"},
        {"name": "startsAt", "type": "uint64"},
        {"name": "endsAt", "type": "uint64"},
        {"name": "items", "type": "uint32"},
        {"name": "contentHash", "type": "bytes32"},
    ],
}
# Pictures in a sheet: named by their hash; sheets of earlier versions used these suffixes.
_IMAGE_NAME = re.compile(r"images/[0-9a-f]{64}\.(?:jpg|jpeg|png|webp|gif)")
MB = 1024 * 1024
MAX_IMAGE = 5 * MB
MAX_FILE = 300 * MB
MAX_UNZIPPED = 600 * MB
MAX_MEMBERS = 20_000
ITEM_FIELDS = ("style_no", "color", "size", "name", "barcode", "quantity", "tag_price",
               "supply_price", "suggested_price", "min_price", "brand", "category", "image")


def canonical(document) -> bytes:
    """The one byte string of a JSON document that is hashed and signed."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def typed_data(content: dict, content_hash: bytes) -> dict:
    """The EIP-712 full message a seller signs for a sheet with this content."""
    lot = content["lot"]
    return {"types": TYPES, "primaryType": "LotSheet", "domain": dict(DOMAIN),
            "message": {"lot": lot["uid"], "title": lot["title"], "revision": lot["revision"],
                        "seller": content["seller"], "startsAt": lot["starts_at"],
                        "endsAt": lot["ends_at"], "items": len(content["items"]),
                        "contentHash": content_hash}}


@dataclass(frozen=True)
class Sheet:
    """A verified lot sheet: who signed it and what it holds."""

    seller: str
    uid: str
    title: str
    revision: int
    content: dict
    content_hash: str
    images: dict  # {name in the zip: bytes}


def _embed_image(image: str, images_dir, images: dict) -> str:
    # Only a picture stored in the profile (a hash name) travels; any other text an item
    # holds, a path or a link, is left out rather than read from disk.
    path = pictures.resolve(images_dir, image) if images_dir is not None else None
    if path is None or path.stat().st_size > MAX_IMAGE:
        return ""
    name = f"images/{image}"
    images[name] = path.read_bytes()
    return name


def build_content(db, title: str, seller: str, *, images_dir=None, for_address: str | None = None,
                  allot: dict | None = None, store_key: str = "", at: int | None = None):
    """(content dict, {image name: bytes}) of a published lot, ready to sign; its pictures
    come from `images_dir`, the profile's stored pictures. A lot closed early is sent as
    closed, so the distributors close it too. With `for_address` the sheet is for that
    distributor alone and offers it `allot` ({item id: units}) of each item (none of the
    others); the allotment is kept in the book. `store_key` is the seller's store key (hex),
    which drop-ship lists for it are sealed to."""
    lot = get_lot(db, title, at=at)
    closed = lot.state == "closed"
    if lot.status not in (PUBLISHED, OPEN) and not closed:
        raise LotStateError("“{title}” is {status}; only a published lot that has not "
                            "closed can be sent as a sheet.", title=title, status=lot.status)
    if allot is not None and for_address is None:
        raise LotError("An allotment is for a named distributor.")
    images: dict = {}
    items = []
    for item in iter_items(db, lot.id):
        entry = {f: getattr(item, f) for f in ITEM_FIELDS}
        entry["quantity"] = item.quantity - item.sold
        if for_address is not None:
            units = (allot or {}).get(item.id, 0)
            if type(units) is not int or not 0 <= units <= entry["quantity"]:
                raise LotError("{sku} has {n} units that are not sold; an allotment of "
                               "{units} is more than that.", sku=item.sku, n=entry["quantity"],
                               units=units)
            entry["quantity"] = units
        entry["image"] = _embed_image(item.image, images_dir, images)
        items.append(entry)
    unknown = set(allot or {}) - {item.id for item in iter_items(db, lot.id)}
    if unknown:
        raise LotError("Item #{item} is not in “{title}”.", item=min(unknown), title=title)
    t = lot.terms
    content = {
        "format": FORMAT, "version": VERSION, "seller": seller,
        "lot": {"uid": lot.uid, "title": lot.title, "supplier": lot.supplier,
                "currency": lot.currency, "starts_at": lot.starts_at, "ends_at": lot.ends_at,
                "revision": lot.revision, "closed": closed,
                "terms": {"commission_bps": list(t.commission_bps),
                          "freeze_seconds": t.freeze_seconds, "return_days": t.return_days,
                          "return_note": t.return_note}},
        "items": items,
        "images": {name: hashlib.sha256(data).hexdigest() for name, data in images.items()},
    }
    if for_address is not None:
        content["lot"]["for"] = for_address
    if store_key:
        content["lot"]["store_key"] = store_key
    return content, images


def _keep_allotment(db, lot_id: int, distributor: str, allot: dict, revision: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM lot_allotments WHERE lot_id = ? AND lower(distributor) = "
                   "lower(?)", [lot_id, distributor])
        for item_id, units in allot.items():
            db.execute("INSERT INTO lot_allotments (lot_id, distributor, item_id, quantity, "
                       "revision) VALUES (?, ?, ?, ?, ?)",
                       [lot_id, distributor, item_id, units, revision])


def allotments(db, lot_id: int) -> dict:
    """{distributor address: {item id: units}} the lot's sheets set aside."""
    out: dict = {}
    for who, item_id, units in db.execute("SELECT distributor, item_id, quantity FROM "
                                          "lot_allotments WHERE lot_id = ?", [lot_id]):
        out.setdefault(who, {})[item_id] = units
    return out


def export_sheet(db, title: str, path, *, seller: str, sign, images_dir=None,
                 for_address: str | None = None, allot: dict | None = None,
                 store_key: str = "", at: int | None = None) -> Sheet:
    """Write the signed sheet of a published lot to `path` (atomically).

    `seller` is the signing account's address; `sign(full_message) -> signature`
    signs EIP-712 typed data with it. `for_address` and `allot` make it a sheet for one
    distributor with its allotment (see build_content).
    """
    content, images = build_content(db, title, seller, images_dir=images_dir,
                                    for_address=for_address, allot=allot, store_key=store_key,
                                    at=at)
    body = canonical(content)
    digest = hashlib.sha256(body).digest()
    signature = sign(typed_data(content, digest))
    if isinstance(signature, (bytes, bytearray)):
        signature = "0x" + bytes(signature).hex()
    folder = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(dir=folder, suffix=".part")
    os.close(handle)
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("lot.json", body)
            for name, data in images.items():
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
            archive.writestr("signature.json", json.dumps(
                {"signature": signature, "contentHash": "0x" + digest.hex()}))
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    if for_address is not None:
        _keep_allotment(db, get_lot(db, title).id, for_address, allot or {},
                        content["lot"]["revision"])
    return Sheet(seller, content["lot"]["uid"], content["lot"]["title"],
                 content["lot"]["revision"], content, "0x" + digest.hex(), images)


def _read_zip(path) -> dict:
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise SheetDamaged("Cannot open the lot sheet: {reason}.",
                           reason=exc.strerror or exc) from None
    if size > MAX_FILE:
        raise SheetDamaged("The lot sheet is {size} MB, larger than any lot sheet may be.",
                           size=size // MB)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED:
                raise SheetDamaged("The lot sheet unpacks to far more than a lot sheet holds; "
                                   "it was refused.")
            parts = {}
            for m in members:
                if m.filename in ("lot.json", "signature.json") or m.filename.startswith("images/"):
                    parts[m.filename] = archive.read(m)
            return parts
    except (zipfile.BadZipFile, EOFError, zlib.error):
        raise SheetDamaged("This is not a complete lot sheet: the file is cut short or "
                           "damaged. Ask the seller to send it again.") from None


def read_sheet(path, *, recover, at: int | None = None) -> Sheet:
    """Open and verify a lot sheet: complete, unchanged since signing, signed by the
    seller it names, and not expired. `recover(full_message, signature) -> address`.
    Raises SheetDamaged, SheetTampered or SheetExpired with the reason."""
    at = now() if at is None else at
    parts = _read_zip(path)
    if "lot.json" not in parts or "signature.json" not in parts:
        raise SheetDamaged("This file is not a lot sheet: its content or signature is missing.")
    body = parts["lot.json"]
    try:
        content = json.loads(body)
        signed = json.loads(parts["signature.json"])
        signature, claimed_hash = signed["signature"], signed["contentHash"]
        lot = content["lot"]
        if content.get("format") != FORMAT:
            raise ValueError
        if content.get("version") != VERSION:
            raise SheetError("This lot sheet was made by a newer version of Ziliudi; "
                             "update the app to import it.")
        seller, items = content["seller"], content["items"]
        uid, title, revision = lot["uid"], lot["title"], lot["revision"]
    except SheetError:
        raise
    except (ValueError, KeyError, TypeError):
        raise SheetDamaged("This file is not a lot sheet, or its content is damaged.") from None
    digest = hashlib.sha256(body).digest()
    if claimed_hash != "0x" + digest.hex():
        raise SheetTampered("The lot sheet was changed after the seller signed it; "
                            "it was refused.")
    try:
        signer = recover(typed_data(content, digest), signature)
    except Exception:
        raise SheetTampered("The lot sheet's signature is not valid; it was refused.") from None
    if str(signer).lower() != str(seller).lower():
        raise SheetTampered("The lot sheet says it is from {seller}, but it was signed by "
                            "{signer}; it was refused.", seller=seller, signer=signer)
    listed = content.get("images") or {}
    if not isinstance(listed, dict):
        raise SheetDamaged("This file is not a lot sheet, or its content is damaged.")
    images = {}
    for name, expected in listed.items():
        if not _IMAGE_NAME.fullmatch(str(name)):
            raise SheetDamaged("The lot sheet lists a picture under a name no lot sheet "
                               "uses; it was refused.")
        data = parts.get(name)
        if data is None:
            raise SheetDamaged("The lot sheet is missing its picture {name}.", name=name)
        if len(data) > MAX_IMAGE:
            raise SheetDamaged("The picture {name} is larger than any picture in a lot sheet "
                               "may be.", name=name)
        if hashlib.sha256(data).hexdigest() != expected:
            raise SheetTampered("The picture {name} was changed after the seller signed "
                                "the sheet; it was refused.", name=name)
        images[name] = data
    if at >= lot["ends_at"]:
        raise SheetExpired("The lot “{title}” ended; its sheet has expired.", title=title)
    if not isinstance(items, list) or any(not isinstance(i, dict) for i in items):
        raise SheetDamaged("The lot sheet's item list is damaged.")
    return Sheet(seller, uid, title, revision, content, "0x" + digest.hex(), images)


def _free_title(db, title, uid):
    candidate, n = title, 1
    while True:
        row = db.execute("SELECT uid FROM lots WHERE title = ?", [candidate]).fetchone()
        if row is None or row[0] == uid:
            return candidate
        n += 1
        candidate = f"{title} ({n})"


def _save_images(sheet: Sheet, images_dir) -> dict:
    """Store the sheet's pictures re-encoded; {name in the sheet: stored name} of those
    that decode (the others are left out with the items that name them)."""
    stored = {}
    if not sheet.images or images_dir is None:
        return stored
    for name, data in sheet.images.items():
        try:
            stored[name] = pictures.store_bytes(data, images_dir)
        except pictures.PictureRefused:
            continue
    return stored


def import_sheet(db, sheet: Sheet, *, images_dir=None, accounts=None,
                 at: int | None = None) -> SheetImport:
    """Store a verified sheet: a new lot, or a newer revision of one imported before
    (prices and quantities updated; SKUs no longer listed get no more stock).
    An older or the same revision is refused with SheetOutdated; a sheet signed for
    another distributor than one of `accounts` (addresses) with SheetError."""
    at = now() if at is None else at
    meant_for = sheet.content["lot"].get("for")
    if meant_for is not None and accounts is not None and str(meant_for).lower() not in {
            str(a).lower() for a in accounts}:
        raise SheetError("This sheet of “{title}” was signed for the distributor {address}, "
                         "which is not an account of this profile; it was refused.",
                         title=sheet.title, address=meant_for)
    image_paths = _save_images(sheet, images_dir)
    with _tx.write(db):
        return store_sheet(db, sheet, image_paths, _free_title, at)
