"""The arguments and help of the drop-ship actions of `ziliudi orders`; what they do is in desktop.commands.dropship."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.dropship"


def register(sub) -> None:
    """Add the drop-ship actions to `orders`' subcommands."""
    p = sub.add_parser("shipping-list",
                       help=translate("cli.help", "write the accepted orders a supplier ships "
                                                  "(order, goods, SKU, quantity, consignee); "
                                                  "pickup orders are left out"))
    p.add_argument("--supplier", required=True, metavar="ADDRESS",
                   help=translate("cli.help", "the supplier's account address (from its lot "
                                              "sheets)"))
    p.add_argument("file", type=Path,
                   help=translate("cli.help", "FILE.xlsx or FILE.csv (with --sealed: any name)"))
    p.add_argument("--sealed", action="store_true",
                   help=translate("cli.help", "seal the list to the supplier's store key: only "
                                              "its app opens it"))
    p.set_defaults(run=Command(CODE, "shipping_list"))

    p = sub.add_parser("open-shipping-list",
                       help=translate("cli.help", "open a shipping list sealed to this store"))
    p.add_argument("file", type=Path, help=translate("cli.help", "the sealed list"))
    p.add_argument("out", type=Path, help=translate("cli.help", "FILE.xlsx to write"))
    p.set_defaults(run=Command(CODE, "open_list"))

    p = sub.add_parser("shipped-from",
                       help=translate("cli.help", "mark orders shipped from a supplier's reply "
                                                  "file (order number, carrier, tracking number); "
                                                  "orders already marked shipped, or with a ship "
                                                  "transaction on its way, are left as they are"))
    p.add_argument("file", type=Path, help=translate("cli.help", "FILE.xlsx or FILE.csv"))
    p.add_argument("--accept-valid", action="store_true",
                   help=translate("cli.help", "ship the rows that read well even when others are "
                                              "refused"))
    p.add_argument("--network", metavar="NAME",
                   help=translate("cli.help", "default: the profile's network"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the password from stdin"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "shipped_from"))
