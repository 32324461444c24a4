"""The arguments and help of `ziliudi about`; what it does is in desktop.commands.about."""

from __future__ import annotations

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.about"


def register(commands) -> None:
    parser = commands.add_parser("about",
                                 help=translate("cli.help", "the version, the data folder, the "
                                                            "log file and the Qt, PySide and "
                                                            "Python versions (Help → About)"))
    parser.add_argument("--json", action="store_true",
                        help=translate("cli.help", "print one JSON document"))
    parser.set_defaults(run=Command(CODE, "run"))
