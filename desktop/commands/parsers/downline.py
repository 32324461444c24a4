"""The arguments and help of `ziliudi downline ...`; what they do is in desktop.commands.downline."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.commands.parsers.offline_orders import PAYMENTS
from desktop.i18n import translate

CODE = "desktop.commands.downline"


def register(commands) -> None:
    parser = commands.add_parser("downline",
                                 help=translate("cli.help", "downline (分销团队): invites, members, "
                                                            "plans"))
    sub = parser.add_subparsers(dest="downline_command", metavar="ACTION", required=True)

    p = sub.add_parser("invite",
                       help=translate("cli.help", "sign an invite: a code, a link and a QR"))
    p.add_argument("--days", type=int, default=7,
                   help=translate("cli.help", "how long it can be used (default 7)"))
    p.add_argument("--qr", type=Path, metavar="FILE",
                   help=translate("cli.help", "also write the QR code as a PNG"))
    _account_args(p, signs=True)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "invite"))

    p = sub.add_parser("join",
                       help=translate("cli.help", "join the downline of an invite's upline"))
    p.add_argument("invite", metavar="CODE|FILE",
                   help=translate("cli.help", "the invite's code or link, or a file"))
    p.add_argument("--out", type=Path, metavar="FILE",
                   help=translate("cli.help", "also write the acceptance to send back to a file"))
    _account_args(p, signs=True)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "join"))

    p = sub.add_parser("accept", help=translate("cli.help", "record a member from its acceptance"))
    p.add_argument("acceptance", metavar="CODE|FILE",
                   help=translate("cli.help", "the acceptance's code, or a file"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "accept"))

    for name in ("tree", "list"):
        p = sub.add_parser(name,
                           help=translate("cli.help", "the upline and every member below the "
                                                      "account"))
        _account_args(p, signs=False)
        p.add_argument("--json", action="store_true",
                       help=translate("cli.help", "print one JSON document"))
        p.set_defaults(run=Command(CODE, "tree"))

    p = sub.add_parser("months",
                       help=translate("cli.help", "a team's sales and its member's commission "
                                                  "per month"))
    p.add_argument("--member", metavar="ADDR",
                   help=translate("cli.help", "the member whose team (default: the account "
                                              "itself)"))
    p.add_argument("--months", type=int, default=12,
                   help=translate("cli.help", "how many months up to this one (12)"))
    _account_args(p, signs=False)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "months"))

    p = sub.add_parser("statement",
                       help=translate("cli.help", "every member's statement for a month"))
    p.add_argument("--month", "--period", dest="month", metavar="YYYY-MM",
                   help=translate("cli.help", "the month (default: this month, UTC)"))
    p.add_argument("--member", metavar="ADDR", help=translate("cli.help", "one member only"))
    p.add_argument("--csv", type=Path, metavar="FILE",
                   help=translate("cli.help", "also write it as CSV"))
    p.add_argument("--xlsx", type=Path, metavar="FILE",
                   help=translate("cli.help", "also write it as an XLSX workbook"))
    p.add_argument("--pdf", type=Path, metavar="FILE",
                   help=translate("cli.help", "also write it as an A4 PDF"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "statement"))

    p = sub.add_parser("paid",
                       help=translate("cli.help", "mark paid by hand what a member is owed for a "
                                                  "month's offline orders (their commissions "
                                                  "once available)"))
    p.add_argument("member", metavar="MEMBER", help=translate("cli.help", "the member's address"))
    p.add_argument("--month", required=True, metavar="YYYY-MM",
                   help=translate("cli.help", "the month of the sales"))
    p.add_argument("--via", choices=list(PAYMENTS), default="cash",
                   help=translate("cli.help", "how the commission was paid, which the books "
                                              "post it through (default: cash)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "paid"))

    plan_args(sub.add_parser(
        "plan",
                             help=translate("cli.help", "show or set a lot's commission plan "
                                                        "and customer binding")))


def plan_args(p) -> None:
    """A lot's commission plan, as `downline plan` and `lots terms` take it."""
    p.add_argument("lot", metavar="LOT")
    p.add_argument("--levels", metavar="PERCENTS",
                   help=translate("cli.help", "percent per level, level 1 the seller: 10,3 (at "
                                              "most three levels)"))
    p.add_argument("--binding", choices=("permanent", "days", "latest"),
                   help=translate("cli.help", "how a customer stays with the distributor who "
                                              "brought it"))
    p.add_argument("--days", type=int,
                   help=translate("cli.help", "with --binding days: for how many days (30)"))
    p.add_argument("--entry-fee", default="0", metavar="AMOUNT",
                   help=translate("cli.help", "never allowed"))
    p.add_argument("--recruit-reward", default="0", metavar="AMOUNT",
                   help=translate("cli.help", "never allowed"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "plan"))


def _account_args(p, *, signs: bool) -> None:
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help=translate("cli.help", "the account (default: the store's payout account, "
                                              "else the only one)"))
    if signs:
        p.add_argument("--password-stdin", action="store_true",
                       help=translate("cli.help", "read the password from stdin"))
