"""`ziliudi lots ...`: clearance lots from the command line (import, show, export, sheets).

`ziliudi lots sheet export TITLE FILE` signs a published lot's sheet; `ziliudi lots sheet
import FILE` verifies and imports one (`sheet-export`/`sheet-import` are the same)."""

from __future__ import annotations

import sys
from datetime import datetime

from desktop.cli import print_json, read_password
from desktop.i18n import LOT_STATUS, translate
from desktop.services import lots as service
from desktop.services.errors import UserFacingError
from desktop.services.tasks import run_inline
from shop.money import Money


def _when(text: str | None) -> int:
    if text is None:
        return 0
    if text.isdigit():
        return int(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UserFacingError("“{text}” is not a date and time like 2025-06-01T10:00.",
                              text=text) from None
    return int(moment.timestamp())  # naive means local time


def _pairs(values: list[str], what: str, convert=str) -> dict:
    """{SKU: value} of SKU=VALUE arguments; refused when one has no "="."""
    out = {}
    for text in values:
        sku, sep, value = text.rpartition("=")
        if not sep or not sku.strip():
            raise UserFacingError("“{text}” is not {what} (SKU=VALUE).", text=text, what=what)
        try:
            out[sku.strip()] = convert(value.strip())
        except ValueError:
            raise UserFacingError("“{text}” is not {what} (SKU=VALUE).", text=text,
                                  what=what) from None
    return out


def _change_json(c) -> dict:
    return {"sku": c.sku, "what": c.what, "old": c.old, "new": c.new}


def _change_text(c, currency: str = "CNY") -> str:
    """One change as people read it: prices in the lot's currency, times as dates."""
    def shown(v):
        if v is None:
            return translate("cli.lots", "none")
        if c.what == "ends_at":
            return _iso(v)
        return Money.of(v, currency).text() if c.what.endswith("_price") else str(v)

    if c.what == "closed":
        return translate("cli.lots", "the lot was closed")
    if c.what == "added":
        return translate("cli.lots", "{sku}: new item, {units} units").format(sku=c.sku,
                                                                               units=c.new)
    if c.what == "withdrawn":
        return translate("cli.lots", "{sku}: withdrawn ({units} units before)").format(
            sku=c.sku, units=c.old)
    change = translate("cli.lots", "{what} {old} -> {new}").format(
        what=_field_words(c.what), old=shown(c.old), new=shown(c.new))
    return f"{c.sku}: {change}" if c.sku else change


def _field_words(what: str) -> str:
    """A revised field's name in words; one this list lacks reads as its name, spaced."""
    words = {"ends_at": translate("cli.lots", "ends at"),
             "quantity": translate("cli.lots", "quantity"),
             "suggested_price": translate("cli.lots", "suggested price"),
             "supply_price": translate("cli.lots", "supply price"),
             "min_price": translate("cli.lots", "min price"),
             "tag_price": translate("cli.lots", "tag price")}
    return words.get(what, what.replace("_", " "))


def revise(ctx, args) -> int:
    prices: dict = {}
    for field in ("suggested_price", "supply_price", "min_price", "tag_price"):
        for sku, text in _pairs(getattr(args, field), translate("cli.lots", "a price")).items():
            prices.setdefault(sku, {})[field] = text
    add = _pairs(args.add, translate("cli.lots", "a number of units"), int)
    done = service.revise(ctx.work(), args.title,
                          ends_at=_when(args.ends) if args.ends else None, add=add,
                          prices=prices)
    if args.json:
        print_json({"lot": args.title, "revision": done.revision,
                    "changes": [_change_json(c) for c in done.changes]})
        return 0
    print(translate("cli.lots", "{lot} is now at revision {revision}:").format(
        lot=args.title, revision=done.revision))
    money_in = service.get_lot(ctx.work(), args.title).currency
    for c in done.changes:
        print(f"  {_change_text(c, money_in)}")
    return 0


def list_revisions(ctx, args) -> int:
    found = service.revisions(ctx.work(), args.title)
    if args.json:
        print_json({"revisions": [{"revision": r.revision, "at": r.at,
                                   "changes": [_change_json(c) for c in r.changes]}
                                  for r in found]})
        return 0
    money_in = service.get_lot(ctx.work(), args.title).currency
    for r in found:
        print(translate("cli.lots", "revision {revision} ({at}):").format(
            revision=r.revision, at=_iso(r.at)))
        for c in r.changes:
            print(f"  {_change_text(c, money_in)}")
    return 0


def _iso(seconds: int) -> str:
    """A moment as people read it, in this computer's time: 2026-12-03 21:51."""
    return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M") if seconds else ""


def _lot_json(row) -> dict:
    return {"title": row.title, "supplier": row.supplier, "status": row.status,
            "starts_at": row.starts_at, "ends_at": row.ends_at, "currency": row.currency,
            "items": row.items, "quantity": row.quantity, "sold": row.sold,
            "reserved": row.reserved, "sell_through_bps": row.rate_bps,
            "revision": row.revision, "origin": row.origin, "seller": row.seller_address}


def list_lots(ctx, args) -> int:
    rows = service.list_lots(ctx.work())
    if args.json:
        print_json({"lots": [_lot_json(r) for r in rows]})
        return 0
    for r in rows:
        rate = f"{r.rate_bps / 100:.1f}%"
        print(translate("cli.lots", "{lot}\t{status}\t{starts} – {ends}\t{items} SKUs\t"
                        "{sold}/{quantity} sold ({rate})").format(
            lot=r.title, status=translate("LotsPage", LOT_STATUS.get(r.status, r.status)),
            starts=_iso(r.starts_at), ends=_iso(r.ends_at),
            items=r.items, sold=r.sold, quantity=r.quantity, rate=rate))
    return 0


def _item_json(item) -> dict:
    return {"sku": item.sku, "style_no": item.style_no, "color": item.color, "size": item.size,
            "name": item.name, "barcode": item.barcode, "quantity": item.quantity,
            "reserved": item.reserved, "sold": item.sold, "tag_price": item.tag_price,
            "supply_price": item.supply_price, "suggested_price": item.suggested_price,
            "min_price": item.min_price, "brand": item.brand, "category": item.category}


def show(ctx, args) -> int:
    work = ctx.work()
    lot = service.get_lot(work, args.title)
    row = next(r for r in service.list_lots(work) if r.id == lot.id)
    page = service.items(work, args.title, limit=1_000_000_000)
    if args.json:
        t = lot.terms
        print_json({"lot": {**_lot_json(row), "commission_bps": list(t.commission_bps),
                            "freeze_seconds": t.freeze_seconds, "return_days": t.return_days,
                            "return_note": t.return_note},
                    "items": [_item_json(i) for i in page.items]})
        return 0
    print(translate("cli.lots", "{lot} ({status}), supplier {supplier}, {starts} – {ends}, "
                    "{currency}").format(
        lot=lot.title, status=_status(lot.status), supplier=lot.supplier or "-",
        starts=_iso(lot.starts_at), ends=_iso(lot.ends_at), currency=lot.currency))

    def price(minor):
        return "-" if minor is None else Money.of(minor, lot.currency)

    for i in page.items:
        print(translate("cli.lots", "{sku}\t{name}\t{quantity}\tsupply {supply}\t"
                        "suggested {suggested}\tmin {min}").format(
            sku=i.sku, name=i.name, quantity=i.quantity, supply=price(i.supply_price),
            suggested=price(i.suggested_price), min=price(i.min_price)))
    return 0


def import_file(ctx, args) -> int:
    work = ctx.work()
    task = service.import_task(args.file, args.lot, supplier=args.supplier,
                               sheet=args.sheet, accept_valid=args.accept_valid,
                               encoding=args.encoding)
    outcome = run_inline(task, work)
    # Problems are listed one per bad cell; rows are counted once however many they have.
    rows = outcome.rejected_rows
    listed = len({r.row for r in outcome.rejected})
    if args.json:
        print_json({"lot": outcome.lot, "imported": outcome.imported, "rejected_rows": rows,
                    "rejected": [{"row": r.row, "column": r.column, "reason": r.reason}
                                 for r in outcome.rejected]})
    else:
        for r in outcome.rejected:
            print(translate("cli.lots", "row {row}, {column}: {reason}").format(
                row=r.row, column=r.column, reason=r.reason), file=sys.stderr)
        if outcome.stored and rows:
            print(translate("cli.lots", "imported {count} items into {lot}; {rows} rows left out")
                  .format(count=outcome.imported, lot=outcome.lot, rows=rows))
        elif outcome.stored:
            print(translate("cli.lots", "imported {count} items into {lot}").format(
                count=outcome.imported, lot=outcome.lot))
    if listed < rows:
        print("ziliudi: " + translate("cli.lots", "the problems of the first {count} rejected "
                                      "rows are listed").format(count=listed), file=sys.stderr)
    if not outcome.stored:
        hint = (translate("cli.lots", "no row is valid") if args.accept_valid
                else translate("cli.lots", "use --accept-valid to import the valid rows"))
        print("ziliudi: " + translate("cli.lots", "{rows} rows were rejected; nothing was "
                                      "imported ({hint})").format(rows=rows, hint=hint),
              file=sys.stderr)
        return 1
    return 0


def create(ctx, args) -> int:
    lot = service.create_lot(ctx.work(), args.title, supplier=args.supplier,
                             starts_at=_when(args.starts), ends_at=_when(args.ends),
                             currency=args.currency)
    print(translate("cli.lots", "created draft lot {lot}").format(lot=lot.title))
    return 0


def window(ctx, args) -> int:
    lot = service.update_lot(ctx.work(), args.title, starts_at=_when(args.starts),
                             ends_at=_when(args.ends))
    print(translate("cli.lots", "{lot}: {starts} – {ends}").format(
        lot=lot.title, starts=_iso(lot.starts_at), ends=_iso(lot.ends_at)))
    return 0


def transition(ctx, args) -> int:
    lot = getattr(service, args.transition)(ctx.work(), args.title)
    print(translate("cli.lots", "{lot} is {status}").format(lot=lot.title,
                                                            status=_status(lot.status)))
    return 0


def _status(status: str) -> str:
    """A lot's status in the Lots page's words."""
    return translate("LotsPage", LOT_STATUS[status]) if status in LOT_STATUS else status


def export(ctx, args) -> int:
    write = service.export_sell_through if args.sell_through else service.export_items
    count = write(ctx.work(), args.title, args.file)
    print(translate("cli.lots", "wrote {count} rows to {file}").format(count=count,
                                                                       file=args.file))
    return 0


def settlement(ctx, args) -> int:
    done = service.settlement(ctx.work(), args.title)
    if args.json:
        print_json(done.as_json())
        return 0
    if done.own:
        if not done.distributors:
            print(translate("cli.lots", "{lot}: no distributor has sold its goods on chain")
                  .format(lot=done.lot))
        for d in done.distributors:
            allotted = translate("cli.lots", "no allotment") if d.allotted is None else \
                translate("cli.lots", "allotted {allotted}, unsold {unsold}").format(
                    allotted=d.allotted, unsold=d.unsold)
            print(translate("cli.lots", "{distributor}: sold {sold}, held {held}, refunded "
                            "{refunded}, {allotted}, paid on chain {paid}; orders {orders}")
                  .format(distributor=d.distributor, sold=d.sold, held=d.held,
                          refunded=d.refunded, allotted=allotted, paid=d.paid or 0,
                          orders=" ".join(d.orders) or "-"))
        print(translate("cli.lots", "Offline sales are not on chain: each distributor's own "
                        "sell-through export lists them, owed at supply price."))
        return 0
    for o in done.offline:
        print(translate("cli.lots", "{sku} {name}: sold offline {sold}, unpaid {unpaid}, "
                        "owed {owed}").format(sku=o.sku, name=o.name, sold=o.sold,
                                              unpaid=o.unpaid, owed=o.owed))
    print(translate("cli.lots", "owed to the supplier for offline sales: {owed}").format(
        owed=done.offline_owed))
    print(translate("cli.lots", "Sales on chain paid the supplier in the escrow."))
    return 0


def sheet_import(ctx, args) -> int:
    done = service.import_sheet(ctx.work(), args.file)
    if args.json:
        print_json({"lot": done.title, "seller": done.seller, "revision": done.revision,
                    "added": done.added, "updated": done.updated, "withdrawn": done.withdrawn,
                    "created": done.created,
                    "changes": [_change_json(c) for c in done.changes],
                    "pictures_left_out": [{"sku": sku, "picture": named}
                                          for sku, named in done.pictures_left_out]})
    else:
        said = (translate("cli.lots", "imported {lot} (revision {revision}) signed by {seller}: "
                          "{added} added, {updated} updated, {withdrawn} withdrawn")
                if done.created else
                translate("cli.lots", "updated {lot} (revision {revision}) signed by {seller}: "
                          "{added} added, {updated} updated, {withdrawn} withdrawn"))
        print(said.format(lot=done.title, revision=done.revision, seller=done.seller,
                          added=done.added, updated=done.updated, withdrawn=done.withdrawn))
        money_in = service.lot_by_id(ctx.work(), done.lot_id).currency
        for c in done.changes:
            print(f"  {_change_text(c, money_in)}")
        for sku, named in done.pictures_left_out:
            print(translate("cli.lots", "{sku}: the picture “{picture}” is not a picture the "
                            "sheet carries; the item was imported without it").format(
                sku=sku, picture=named))
    return 0


def _signing_account(wallet, ref: str | None):
    accounts = wallet.accounts.list()
    if ref is None:
        if len(accounts) != 1:
            raise UserFacingError("Choose the signing account with --account "
                                  "({count} accounts are here).", count=len(accounts))
        return accounts[0]
    matches = [a for a in accounts if ref.lower() in (a.address.lower(), a.label.lower())]
    if len(matches) != 1:
        raise UserFacingError("There is no single account with the address or label “{ref}”.",
                              ref=ref)
    return matches[0]


def sheet_export(ctx, args) -> int:
    work = ctx.work()
    wallet = work.wallet
    account = _signing_account(wallet, args.account)
    service.get_lot(work, args.title)  # refuse an unknown lot before asking for a password
    if args.allot and not args.for_address:
        raise UserFacingError("--allot sets stock aside for a distributor named with --for.")
    allot = _pairs(args.allot, translate("cli.lots", "an allotment"), int)
    with wallet.unlocked(account.address, read_password(args)) as signer:
        sheet = service.export_sheet(work, args.title, args.file, signer,
                                     for_address=args.for_address,
                                     allot=allot if args.for_address else None)
    print(translate("cli.lots", "wrote the sheet of {lot} (revision {revision}, {count} items) "
                    "signed by {seller} to {file}").format(
        lot=sheet.title, revision=sheet.revision, count=len(sheet.content["items"]),
        seller=sheet.seller, file=args.file))
    return 0
