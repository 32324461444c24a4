"""The arguments and help of the offline-order actions of `ziliudi orders`; what they do is in
desktop.commands.offline_orders."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.offline_orders"
# as shop.orders.offline.PAYMENTS; the command line is parsed without loading the shop
PAYMENTS = ("cash", "wechat", "alipay", "bank")


def register(sub) -> None:
    """Add the offline-order actions to `orders`' subcommands."""
    p = sub.add_parser("record",
                       help=translate("cli.help", "record a sale paid outside the escrow"))
    p.add_argument("--lot", required=True, metavar="TITLE",
                   help=translate("cli.help", "the lot the goods are from"))
    p.add_argument("--sku", required=True,
                   help=translate("cli.help", "the item, as `lots show` prints it (A01/黑色/XL)"))
    p.add_argument("--qty", type=int, default=1, metavar="N",
                   help=translate("cli.help", "units sold (default 1)"))
    p.add_argument("--price", required=True, metavar="AMOUNT",
                   help=translate("cli.help", "the price of one unit in 元, e.g. 159 or ¥159.00"))
    p.add_argument("--pay", required=True, choices=list(PAYMENTS),
                   help=translate("cli.help", "how the customer pays"))
    p.add_argument("--customer", default="", metavar="NAME")
    p.add_argument("--phone", default="", metavar="NO")
    p.add_argument("--address", default="", metavar="TEXT")
    p.add_argument("--unpaid", action="store_true",
                   help=translate("cli.help", "the money has not arrived yet: hold the stock "
                                              "until `orders paid`"))
    p.add_argument("--receipt", type=Path, metavar="FILE",
                   help=translate("cli.help", "a picture of the receipt"))
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "record"))

    p = sub.add_parser("offline",
                       help=translate("cli.help", "list the orders paid outside the escrow"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "list_offline"))

    for name, text in (
            ("paid", translate("cli.help", "the money of an unpaid offline order arrived")),
            ("cancel", translate("cli.help", "cancel an offline order, or refund a paid one (its "
                                             "stock comes back)"))):
        p = sub.add_parser(name, help=text)
        p.add_argument("order", metavar="ORDER",
                       help=translate("cli.help", "the offline order number, e.g. X-3"))
        if name == "paid":
            p.add_argument("--via", choices=list(PAYMENTS),
                           help=translate("cli.help", "how the money came (default: as recorded)"))
        p.add_argument("--json", action="store_true",
                       help=translate("cli.help", "print one JSON document"))
        p.set_defaults(run=Command(CODE, "move"), action=name)
    register_code_steps(sub)

    p = sub.add_parser("customers",
                       help=translate("cli.help", "customers of the offline orders and the "
                                                  "escrow orders whose delivery details name "
                                                  "them"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "list_customers"))


def register_code_steps(sub) -> None:
    """The order codes of the pay-by-QR checkout, and shipping and delivery of offline orders."""
    p = sub.add_parser("add-code",
                       help=translate("cli.help", "add the order code a buyer sent after paying "
                                                  "the store's WeChat Pay or Alipay QR (an "
                                                  "unpaid order)"))
    p.add_argument("code", metavar="CODE", nargs="?",
                   help=translate("cli.help", "the code (ZLD1-…), or - to read it from stdin"))
    p.add_argument("--picture", type=Path, metavar="FILE",
                   help=translate("cli.help", "read the code from a picture of its QR instead (a "
                                              "screenshot)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "add_code"))

    p = sub.add_parser("ship-offline",
                       help=translate("cli.help", "record that a paid offline order was sent"))
    p.add_argument("order", metavar="ORDER",
                   help=translate("cli.help", "the offline order number, e.g. X-3"))
    p.add_argument("--carrier", required=True, metavar="NAME",
                   help=translate("cli.help", "e.g. 顺丰速运"))
    p.add_argument("--tracking", required=True, metavar="NO",
                   help=translate("cli.help", "the tracking number"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "ship"))

    p = sub.add_parser("delivered-offline",
                       help=translate("cli.help", "record that a shipped offline order arrived"))
    p.add_argument("order", metavar="ORDER",
                   help=translate("cli.help", "the offline order number, e.g. X-3"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "delivered"))
