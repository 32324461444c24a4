"""The arguments and help of `ziliudi storefront ...`; what they do is in desktop.commands.storefront
(and storefront_drawings)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.commands.parsers import pickup
from desktop.i18n import translate

CODE = "desktop.commands.storefront"
DRAWINGS = "desktop.commands.storefront_drawings"  # poster and catalog, which load Qt


def register(commands) -> None:
    parser = commands.add_parser("storefront",
                                 help=translate("cli.help", "your storefront: listings, share "
                                                            "kit, site"))
    sub = parser.add_subparsers(dest="storefront_command", metavar="ACTION", required=True)

    p = sub.add_parser("list",
                       help=translate("cli.help", "list the listings with price and whether "
                                                  "buyers see them"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.add_argument("--live", action="store_true",
                   help=translate("cli.help", "only what buyers see now"))
    p.set_defaults(run=Command(CODE, "list_listings"))

    p = sub.add_parser("add",
                       help=translate("cli.help", "put a published lot's items into the "
                                                  "storefront at their suggested prices"))
    p.add_argument("lot", metavar="LOT", help=translate("cli.help", "the lot's title"))
    p.add_argument("--sku", action="append", metavar="SKU",
                   help=translate("cli.help", "only this item (style/color/size, as lots show "
                                              "prints it); repeatable"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "add"))

    p = sub.add_parser("remove", help=translate("cli.help", "take a listing out of the storefront"))
    p.add_argument("listing", type=int,
                   help=translate("cli.help", "the listing number (see storefront list)"))
    p.set_defaults(run=Command(CODE, "remove"))

    p = sub.add_parser("price",
                       help=translate("cli.help", "set a listing's price, within the supplier's "
                                                  "rules"))
    p.add_argument("listing", type=int,
                   help=translate("cli.help", "the listing number (see storefront list)"))
    p.add_argument("price", help=translate("cli.help", "the price in 元, e.g. 159 or ¥159.00"))
    p.set_defaults(run=Command(CODE, "price"))

    p = sub.add_parser("profile",
                       help=translate("cli.help", "show the store profile, or change its fields"))
    for name, helptext in (
            ("name", translate("cli.help", "the store's name")),
            ("url", translate("cli.help", "the store's web address (http:// or https://)")),
            ("notice", translate("cli.help", "the notice buyers read on the front page")),
            ("wechat", translate("cli.help", "the store's WeChat ID")),
            ("phone", translate("cli.help", "the store's phone")),
            ("avatar", translate("cli.help", "a picture file (PNG, JPEG, WebP) for the avatar; "
                                             "\"\" removes it"))):
        p.add_argument(f"--{name}", metavar="FILE" if name == "avatar" else "TEXT",
                       help=helptext)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "profile"))

    p = sub.add_parser("arbitrator",
                       help=translate("cli.help", "the arbitrator the store's offers name: show, "
                                                  "set from a card, or clear"))
    arb = p.add_subparsers(dest="arbitrator_command", metavar="WHAT", required=True)
    q = arb.add_parser("show",
                       help=translate("cli.help", "show the store's arbitrator and its fee"))
    q.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    q.set_defaults(run=Command(CODE, "arbitrator_show"))
    q = arb.add_parser("set",
                       help=translate("cli.help", "name the arbitrator of a card file "
                                                  "(arbitration card)"))
    q.add_argument("card", metavar="CARD", help=translate("cli.help", "the arbitrator's card file"))
    q.add_argument("--fee", required=True, metavar="AMOUNT",
                   help=translate("cli.help", "its fee per disputed order, in the store's "
                                              "currency (at most 20%% of a listing's price)"))
    q.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    q.set_defaults(run=Command(CODE, "arbitrator_set"))
    q = arb.add_parser("clear",
                       help=translate("cli.help", "name no arbitrator: disputes can only time out"))
    q.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    q.set_defaults(run=Command(CODE, "arbitrator_clear"))

    p = sub.add_parser("sign-offers",
                       help=translate("cli.help", "sign escrow offers for the live listings so "
                                                  "buyers can pay"))
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help=translate("cli.help", "the wallet account that sells (default: the "
                                              "store's payout account, else the only account)"))
    p.add_argument("--network", metavar="NAME",
                   help=translate("cli.help", "default: the store's payout network, else the "
                                              "profile's network"))
    p.add_argument("--rate", metavar="RATE",
                   help=translate("cli.help", "needed when the token is not pegged to the "
                                              "store's currency: what 1 unit of the token's "
                                              "currency is worth in the store's, e.g. 7.12 (1 "
                                              "USD = 7.12 CNY); amounts are rounded up to the "
                                              "token's smallest unit"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the password from stdin"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "sign_offers"))

    p = sub.add_parser("stale-offers",
                       help=translate("cli.help", "signed offers that no longer hold (lot "
                                                  "closed, price changed, stock short, listing "
                                                  "removed)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "stale_offers"))

    p = sub.add_parser("revoke-offers",
                       help=translate("cli.help", "revoke every offer that no longer holds on "
                                                  "chain, in one transaction"))
    p.add_argument("--network", metavar="NAME",
                   help=translate("cli.help", "default: the store's payout network, else the "
                                              "profile's network"))
    p.add_argument("--yes", action="store_true",
                   help=translate("cli.help", "pay the network fee without asking (needed with "
                                              "--password-stdin)"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the password from stdin"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "revoke_offers"))

    p = sub.add_parser("site",
                       help=translate("cli.help", "export the static storefront site to a folder "
                                                  "(with the offers signed last, its checkout "
                                                  "takes payment)"))
    p.add_argument("folder", type=Path,
                   help=translate("cli.help", "an empty folder, or an earlier export to replace"))
    p.set_defaults(run=Command(CODE, "site"))

    register_payment_codes(sub)

    p = sub.add_parser("poster",
                       help=translate("cli.help", "draw a listing's 750x1334 share poster (PNG)"))
    p.add_argument("listing", type=int,
                   help=translate("cli.help", "the listing number (see storefront list)"))
    p.add_argument("file", type=Path, help=translate("cli.help", "FILE.png"))
    p.set_defaults(run=Command(DRAWINGS, "poster"))

    p = sub.add_parser("share",
                       help=translate("cli.help", "the text to paste into a chat, for the store "
                                                  "or one listing"))
    p.add_argument("listing", type=int, nargs="?",
                   help=translate("cli.help", "the listing number (default: the store)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "share"))

    p = sub.add_parser("catalog",
                       help=translate("cli.help", "write the printable A4 catalog (PDF)"))
    p.add_argument("file", type=Path, help=translate("cli.help", "FILE.pdf"))
    p.set_defaults(run=Command(DRAWINGS, "catalog"))

    pickup.register_storefront(sub)


def register_payment_codes(sub) -> None:
    """`storefront payment add | list | remove`: the store's WeChat Pay and Alipay QR codes."""
    parser = sub.add_parser("payment",
                            help=translate("cli.help", "the store's WeChat Pay and Alipay "
                                                       "payment QR codes, for buyers who pay "
                                                       "without a chain"))
    actions = parser.add_subparsers(dest="payment_command", metavar="ACTION", required=True)
    p = actions.add_parser("add",
                           help=translate("cli.help", "read a payment QR code from a picture and "
                                                      "keep it (only a payment code of that kind "
                                                      "is taken)"))
    p.add_argument("--kind", required=True, choices=["wechat", "alipay"])
    p.add_argument("file", type=Path, metavar="FILE",
                   help=translate("cli.help", "a picture of the QR code"))
    p.set_defaults(run=Command(CODE, "payment_add"))
    p = actions.add_parser("list", help=translate("cli.help", "list the store's payment codes"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "payment_list"))
    p = actions.add_parser("remove",
                           help=translate("cli.help", "forget the store's payment code of a kind"))
    p.add_argument("kind", choices=["wechat", "alipay"], metavar="KIND",
                   help=translate("cli.help", "wechat or alipay"))
    p.set_defaults(run=Command(CODE, "payment_remove"))
