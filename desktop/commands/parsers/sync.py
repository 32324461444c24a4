"""The arguments and help of `ziliudi sync`; what they do is in desktop.commands.sync."""

from __future__ import annotations

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.sync"


def register(commands) -> None:
    parser = commands.add_parser("sync",
                                 help=translate("cli.help", "read new escrow events and update "
                                                            "the orders"))
    parser.add_argument("--network",
                        help=translate("cli.help", "network name (default: the profile's)"))
    parser.add_argument("--json", action="store_true",
                        help=translate("cli.help", "print the summary as JSON"))
    parser.set_defaults(run=Command(CODE, "run"))
