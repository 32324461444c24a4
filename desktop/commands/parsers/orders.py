"""The arguments and help of `ziliudi orders ...`; what they do is in desktop.commands.orders."""

from __future__ import annotations

from desktop.commands import Command
from desktop.commands.parsers import dropship, offline_orders, pickup
from desktop.i18n import translate

CODE = "desktop.commands.orders"


def register(commands) -> None:
    parser = commands.add_parser("orders",
                                 help=translate("cli.help", "orders paid into the escrow"))
    sub = parser.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    p = sub.add_parser("list",
                       help=translate("cli.help", "list the orders, newest first (run `sync` "
                                                  "first)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "list_orders"))

    def action(name: str, helptext: str, run: str, many: bool = False):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("order", nargs="+" if many else None, metavar="ORDER",
                       help=translate("cli.help", "the order number, as `orders list` shows it "
                                                  "(1-2)"))
        _signing(p)
        p.set_defaults(run=Command(CODE, run))
        return p

    action("accept", translate("cli.help", "co-sign orders and post the bond (several in one "
                                           "transaction)"), "accept", many=True)
    action("decline", translate("cli.help", "return an order's money to the buyer: decline it "
                                            "before accepting, or the refund, reclaim or timeout "
                                            "its deadlines allow"), "decline")
    p = action("ship", translate("cli.help", "mark an order shipped: the carrier and tracking "
                                             "number stay in the book and go on chain sealed for "
                                             "the buyer and the store"), "ship")
    p.add_argument("--carrier", required=True, metavar="NAME",
                   help=translate("cli.help", "e.g. 顺丰速运"))
    p.add_argument("--tracking", required=True, metavar="NO",
                   help=translate("cli.help", "the tracking number"))
    action("claim", translate("cli.help", "take the payment of a shipped order the buyer did not "
                                          "confirm in time"), "claim")
    p = action("dispute", translate("cli.help", "open a dispute: the offer's arbitrator rules a "
                                                "split"), "dispute")
    p.add_argument("--yes", action="store_true",
                   help=translate("cli.help", "do not ask for confirmation"))
    p.add_argument("--statement", default="", metavar="TEXT",
                   help=translate("cli.help", "what happened, sealed to the arbitrator (only it "
                                              "can read it)"))
    p = action("statement", translate("cli.help", "add your statement to an open dispute, sealed "
                                                  "to the arbitrator"), "statement")
    p.add_argument("--statement", required=True, metavar="TEXT",
                   help=translate("cli.help", "what happened; only the arbitrator can read it"))
    p = action("settle", translate("cli.help", "split what the escrow holds with the buyer's "
                                               "agreement: without --buyer-signature print the "
                                               "request the buyer signs"), "settle")
    p.add_argument("--buyer-gets", required=True, metavar="AMOUNT",
                   help=translate("cli.help", "the buyer's part in the token, e.g. 10.5; you get "
                                              "the rest"))
    p.add_argument("--buyer-signature", metavar="CODE",
                   help=translate("cli.help", "the buyer's reply code (0x…, from the store's "
                                              "order page or their wallet's signature of the "
                                              "request): sign and submit"))

    p = sub.add_parser("withdraw",
                       help=translate("cli.help", "take out money the escrow keeps for you "
                                                  "because the token refused to pay it (a "
                                                  "blocked address, say)"))
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help=translate("cli.help", "the wallet account credited (default: the only "
                                              "account with a credit)"))
    _signing(p)
    p.set_defaults(run=Command(CODE, "withdraw"))

    offline_orders.register(sub)
    dropship.register(sub)
    pickup.register_orders(sub, _signing)


def _signing(p) -> None:
    p.add_argument("--network", metavar="NAME",
                   help=translate("cli.help", "default: the profile's network"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the password from stdin"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
