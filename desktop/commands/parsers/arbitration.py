"""The arguments and help of `ziliudi arbitration ...`; what they do is in
desktop.commands.arbitration."""

from __future__ import annotations

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.arbitration"


def register(commands) -> None:
    parser = commands.add_parser("arbitration",
                                 help=translate("cli.help", "rule on disputes that name this "
                                                            "profile as arbitrator"))
    sub = parser.add_subparsers(dest="arbitration_command", metavar="ACTION", required=True)
    p = sub.add_parser("card",
                       help=translate("cli.help", "write this profile's arbitrator card "
                                                  "(account, public key, contact) for a store to "
                                                  "import"))
    p.add_argument("file", nargs="?", metavar="FILE",
                   help=translate("cli.help", "where to write it (default: print)"))
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help=translate("cli.help", "the account that rules (default: the only account)"))
    p.add_argument("--contact", default="", metavar="TEXT",
                   help=translate("cli.help", "how parties reach you"))
    p.set_defaults(run=Command(CODE, "card"))

    p = sub.add_parser("list",
                       help=translate("cli.help", "open disputes naming this profile's accounts, "
                                                  "with both statements"))
    p.add_argument("--network", metavar="NAME",
                   help=translate("cli.help", "default: the profile's network"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "list_disputes"))

    p = sub.add_parser("rule",
                       help=translate("cli.help", "rule on a dispute: the buyer gets AMOUNT, the "
                                                  "seller the rest less your fee"))
    p.add_argument("order", metavar="ORDER", help=translate("cli.help", "the order number (1-2)"))
    p.add_argument("--buyer-gets", required=True, metavar="AMOUNT",
                   help=translate("cli.help", "the buyer's part in the token, e.g. 40 or 40.5"))
    p.add_argument("--network", metavar="NAME",
                   help=translate("cli.help", "default: the profile's network"))
    p.add_argument("--yes", action="store_true",
                   help=translate("cli.help", "do not ask for confirmation"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the password from stdin"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "rule"))
