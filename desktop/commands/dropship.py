"""`ziliudi orders shipping-list | open-shipping-list | shipped-from`: drop-ship (一件代发)
lists for a supplier, and the supplier's reply marking orders shipped in one transaction."""

from __future__ import annotations

import sys

from desktop.cli import print_json, read_password
from desktop.i18n import error_text, sent_text, shipped_text, translate
from desktop.services import dropship
from desktop.services.errors import UserFacingError
from shop.orders.model import escrow_number


def shipping_list(ctx, args) -> int:
    written = dropship.export_shipping_list(ctx.work(), args.supplier, args.file,
                                            sealed=args.sealed)
    said = (translate("cli.dropship", "wrote {count} orders sealed to the supplier's store key "
                                      "to {file}") if args.sealed
            else translate("cli.dropship", "wrote {count} orders to {file}"))
    print(said.format(count=len(written.lines), file=args.file))
    if written.pickups:
        print(translate("cli.dropship", "{count} pickup orders are left out: they are collected "
                                        "in the shop.").format(count=written.pickups))
    return 0


def open_list(ctx, args) -> int:
    dropship.open_shipping_list(ctx.work(), args.file, args.out)
    print(translate("cli.dropship", "opened the shipping list into {file}").format(
        file=args.out))
    return 0


def shipped_from(ctx, args) -> int:
    work = ctx.work()
    plan = dropship.read_reply(work, args.file, args.network)
    refused = [dropship.refusal_text(code, fields) for code, fields in plan.refused]
    # said as the window says them; --json keeps the English sentences
    for code, fields in plan.refused:
        print(error_text(UserFacingError(dropship.REASONS[code], **fields), translate),
              file=sys.stderr)
    if not plan.ready and plan.already:
        raise dropship.already_shipped(plan.already)
    if not plan.ready:
        raise UserFacingError("No row of the reply names an order waiting to be shipped.")
    if refused and not args.accept_valid:
        raise UserFacingError("{count} rows were refused; nothing was marked shipped. Fix the "
                              "file, or ship the valid rows with --accept-valid.",
                              count=len(refused))
    if plan.seller is None:
        raise UserFacingError("The orders of one reply must be of one seller account.")
    with work.wallet.unlocked(plan.seller, read_password(args)) as signer:
        entry = dropship.ship_from_reply(work, signer, plan, args.network)
    shipped = [e for e, *_ in plan.ready]
    if args.json:
        print_json({"shipped": [escrow_number(e) for e in shipped],
                    "already": [escrow_number(e) for e in plan.already], "refused": refused,
                    "tx_hash": entry.tx_hash, "status": entry.status})
    else:
        print(sent_text(shipped_text(shipped, plan.already, translate), entry, translate))
    return 0
