"""The arguments and help of `ziliudi storefront pickup | handover` and `orders ready | counter`;
what they do is in desktop.commands.pickup."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.pickup"


def register_storefront(sub) -> None:
    """`storefront pickup add|list|remove` and `storefront handover`."""
    p = sub.add_parser("pickup",
                       help=translate("cli.help", "pickup points where buyers collect orders in "
                                                  "person"))
    what = p.add_subparsers(dest="pickup_command", metavar="WHAT", required=True)
    q = what.add_parser("add",
                        help=translate("cli.help", "add a pickup point to the store profile"))
    q.add_argument("--name", required=True, metavar="NAME", help=translate("cli.help", "e.g. 西湖店"))
    q.add_argument("--address", required=True, metavar="TEXT",
                   help=translate("cli.help", "where the shop is"))
    q.add_argument("--hours", default="", metavar="TEXT",
                   help=translate("cli.help", "opening hours, e.g. 10:00-21:00"))
    q.add_argument("--phone", default="", metavar="NO",
                   help=translate("cli.help", "the shop's phone"))
    q.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    q.set_defaults(run=Command(CODE, "add_point"))
    q = what.add_parser("list", help=translate("cli.help", "list the pickup points"))
    q.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    q.set_defaults(run=Command(CODE, "list_points"))
    q = what.add_parser("remove", help=translate("cli.help", "remove a pickup point"))
    q.add_argument("name", metavar="NAME", help=translate("cli.help", "the pickup point's name"))
    q.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    q.set_defaults(run=Command(CODE, "remove_point"))

    p = sub.add_parser("handover",
                       help=translate("cli.help", "whether buyers get a listing delivered, "
                                                  "collect it at a pickup point, or choose"))
    p.add_argument("listing", type=int, nargs="+", metavar="LISTING",
                   help=translate("cli.help", "the listing numbers (see storefront list)"))
    p.add_argument("handover", choices=("delivery", "pickup", "both"))
    p.set_defaults(run=Command(CODE, "handover"))


def register_orders(sub, signing) -> None:
    """`orders ready` and `orders counter`."""
    p = sub.add_parser("ready",
                       help=translate("cli.help", "mark a pickup order ready: the escrow's ship "
                                                  "step with carrier 自提 and a new pickup code"))
    p.add_argument("order", metavar="ORDER",
                   help=translate("cli.help", "the order number, as `orders list` shows it"))
    signing(p)
    p.set_defaults(run=Command(CODE, "ready"))
    p = sub.add_parser("counter",
                       help=translate("cli.help", "look an order up at the counter: goods, "
                                                  "pickup point, and whether the buyer confirmed "
                                                  "receipt"))
    p.add_argument("order", metavar="ORDER|QR", nargs="?",
                   help=translate("cli.help", "the order number (1-2), or the text of the "
                                              "buyer's QR code"))
    p.add_argument("--picture", type=Path, metavar="FILE",
                   help=translate("cli.help", "read the buyer's QR code from a photo (as the "
                                              "counter's camera does)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "counter"))
