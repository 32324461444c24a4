"""The arguments and help of `ziliudi profile ...`; what they do is in desktop.commands.profile."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command

CODE = "desktop.commands.profile"


def register(commands) -> None:
    parser = commands.add_parser("profile", help="manage profiles")
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list the profiles")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=Command(CODE, "list_profiles"))

    p = sub.add_parser("create", help="create a profile")
    p.add_argument("name")
    p.set_defaults(run=Command(CODE, "create"))

    p = sub.add_parser("info", help="show a profile's book: path, size, schema")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=Command(CODE, "info"))

    p = sub.add_parser("rename", help="rename a profile")
    p.add_argument("old")
    p.add_argument("new")
    p.set_defaults(run=Command(CODE, "rename"))

    p = sub.add_parser("backup", help="back up a profile's book (safe while the app runs)")
    p.add_argument("name")
    p.add_argument("dest", type=Path, help="a file, or a folder to put a dated file in")
    p.set_defaults(run=Command(CODE, "backup"))

    p = sub.add_parser("restore", help="make a profile from a backup file")
    p.add_argument("file", type=Path)
    p.add_argument("name")
    p.add_argument("--replace", action="store_true",
                   help="replace an existing profile (its book is kept as book.db.before-restore)")
    p.set_defaults(run=Command(CODE, "restore"))
