"""The arguments and help of `ziliudi profile ...`; what they do is in desktop.commands.profile."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.i18n import translate
from desktop.services.roles import ROLES

CODE = "desktop.commands.profile"


def register(commands) -> None:
    parser = commands.add_parser("profile", help=translate("cli.help", "manage profiles"))
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help=translate("cli.help", "list the profiles"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "list_profiles"))

    p = sub.add_parser("create", help=translate("cli.help", "create a profile"))
    p.add_argument("name")
    p.add_argument("--no-chain", action="store_true",
                   help=translate("cli.help", "sell without a chain: payments by WeChat Pay and "
                                              "Alipay only, no wallet, no network (只用微信/支付宝收款)"))
    p.add_argument("--role", choices=ROLES,
                   help=translate("cli.help", "what the business does: sells its own lots "
                                              "(seller), others' lots (distributor), or both; "
                                              "the window opens on the page it starts from"))
    p.set_defaults(run=Command(CODE, "create"))

    p = sub.add_parser("set", help=translate("cli.help", "change a profile's settings"))
    p.add_argument("name", nargs="?",
                   help=translate("cli.help", "the profile (default: --profile, else the one in "
                                              "use)"))
    chain = p.add_mutually_exclusive_group()
    chain.add_argument("--no-chain", dest="no_chain", action="store_true", default=None,
                       help=translate("cli.help", "sell without a chain: WeChat Pay and Alipay "
                                                  "only, no wallet, no network"))
    chain.add_argument("--chain", dest="no_chain", action="store_false",
                       help=translate("cli.help", "sell through the escrow too"))
    p.add_argument("--role", choices=ROLES,
                   help=translate("cli.help", "seller, distributor or both"))
    p.set_defaults(run=Command(CODE, "set_settings"))

    p = sub.add_parser("info",
                       help=translate("cli.help", "show a profile's book: path, size, schema"))
    p.add_argument("name")
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "info"))

    p = sub.add_parser("rename", help=translate("cli.help", "rename a profile"))
    p.add_argument("old")
    p.add_argument("new")
    p.set_defaults(run=Command(CODE, "rename"))

    p = sub.add_parser("backup",
                       help=translate("cli.help", "back up a profile's book, keyring secrets and "
                                                  "pictures into one password-encrypted file "
                                                  "(safe while the app runs)"))
    p.add_argument("where", nargs="+", metavar="[NAME] FILE",
                   help=translate("cli.help", "the profile (default: --profile, else the only "
                                              "one) and a file, or a folder to put a dated file "
                                              "in"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the backup's password from stdin"))
    p.set_defaults(run=Command(CODE, "backup"))

    p = sub.add_parser("restore",
                       help=translate("cli.help", "make a profile from a backup file (book, "
                                                  "keyring secrets and pictures)"))
    p.add_argument("file", type=Path)
    p.add_argument("name", nargs="?",
                   help=translate("cli.help", "the restored profile's name (default: the one in "
                                              "the backup)"))
    p.add_argument("--replace", action="store_true",
                   help=translate("cli.help", "replace an existing profile (its book is kept as "
                                              "book.db.before-restore)"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the backup's password from stdin"))
    p.set_defaults(run=Command(CODE, "restore"))

    p = sub.add_parser("delete",
                       help=translate("cli.help", "delete a profile: its folder and its keyring "
                                                  "entries"))
    p.add_argument("name")
    p.add_argument("--yes", action="store_true",
                   help=translate("cli.help", "do not ask for confirmation"))
    p.set_defaults(run=Command(CODE, "delete"))

    p = sub.add_parser("reset",
                       help=translate("cli.help", "delete the demo profile and make it afresh"))
    p.add_argument("--demo", action="store_true", required=True,
                   help=translate("cli.help", "the demo profile (the only one reset)"))
    p.set_defaults(run=Command(CODE, "reset"))
