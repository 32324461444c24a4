"""The arguments and help of `ziliudi sandbox ...`; what they do is in desktop.commands.sandbox."""

from __future__ import annotations

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.sandbox"
# The page's sample delivery details.
DETAILS = {"name": "Wang Xiaoming", "phone": "13900001111", "address": "1 Wensan Road, Hangzhou"}


def register(commands) -> None:
    parser = commands.add_parser("sandbox",
                                 help=translate("cli.help", "play the buyer and the clock on the "
                                                            "Sandbox (try it with --demo)"))
    sub = parser.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)

    p = sub.add_parser("buy",
                       help=translate("cli.help", "a simulated buyer pays a listing's signed "
                                                  "offer; prints the order number"))
    p.add_argument("listing", type=int, metavar="LISTING",
                   help=translate("cli.help", "the listing number (see storefront list; sign "
                                              "offers first)"))
    p.add_argument("--qty", type=int, default=1, metavar="N",
                   help=translate("cli.help", "how many (default 1)"))
    p.add_argument("--buyer", metavar="ADDRESS",
                   help=translate("cli.help", "default: the first simulated buyer"))
    helps = {"name": translate("cli.help", "delivery name (default: {value})"),
             "phone": translate("cli.help", "delivery phone (default: {value})"),
             "address": translate("cli.help", "delivery address (default: {value})")}
    for name, value in DETAILS.items():
        p.add_argument(f"--{name}", default=value, help=helps[name].format(value=value))
    p.add_argument("--pickup", metavar="NAME",
                   help=translate("cli.help", "collect the order at this pickup point instead of "
                                              "a delivery"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "buy"))

    for name, helptext in (
            ("confirm", translate("cli.help", "the buyer confirms receipt: the seller is paid")),
            ("dispute", translate("cli.help", "the buyer opens a dispute")),
            ("statement", translate("cli.help", "the buyer adds a statement to an open dispute"))):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("order", metavar="ORDER",
                       help=translate("cli.help", "the order number (1-2)"))
        p.add_argument("--json", action="store_true",
                       help=translate("cli.help", "print one JSON document"))
        if name != "confirm":
            p.add_argument("--statement", default="", required=name == "statement",
                           metavar="TEXT",
                           help=translate("cli.help", "the buyer's words, sealed to the "
                                                      "arbitrator"))
        p.set_defaults(run=Command(CODE, "buyer_acts"), action=name, network=None, statement="")

    p = sub.add_parser("sign-settlement",
                       help=translate("cli.help", "the order's buyer signs a settlement and the "
                                                  "signature is printed (for orders settle)"))
    p.add_argument("order", metavar="ORDER", help=translate("cli.help", "the order number (1-2)"))
    p.add_argument("--buyer-gets", required=True, metavar="AMOUNT",
                   help=translate("cli.help", "the buyer's part in the token, as given to orders "
                                              "settle"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "sign_settlement"), network=None)

    p = sub.add_parser("advance",
                       help=translate("cli.help", "move the Sandbox's clock forward, e.g. past a "
                                                  "deadline"))
    p.add_argument("days", metavar="DAYS",
                   help=translate("cli.help", "days, fractions allowed (0.5 is 12 hours)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "advance"))
