"""The arguments and help of `ziliudi lots ...`; what they do is in desktop.commands.lots."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.commands.parsers.downline import plan_args
from desktop.i18n import translate

CODE = "desktop.commands.lots"


def register(commands) -> None:
    parser = commands.add_parser("lots",
                                 help=translate("cli.help", "clearance lots (档期): stock, sheets, "
                                                            "exports"))
    sub = parser.add_subparsers(dest="lots_command", metavar="ACTION", required=True)

    p = sub.add_parser("list",
                       help=translate("cli.help", "list the lots with status and sell-through"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "list_lots"))

    p = sub.add_parser("show", help=translate("cli.help", "show a lot and its items"))
    p.add_argument("title")
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "show"))

    p = sub.add_parser("import",
                       help=translate("cli.help", "import a supplier's stock file (CSV or XLSX) "
                                                  "into a lot"))
    p.add_argument("file", type=Path)
    p.add_argument("--lot", required=True, metavar="TITLE",
                   help=translate("cli.help", "the lot (created if new)"))
    p.add_argument("--sheet", metavar="NAME",
                   help=translate("cli.help", "the XLSX worksheet (default: the first shown)"))
    p.add_argument("--supplier", default="",
                   help=translate("cli.help", "the supplier (its column mapping is remembered)"))
    p.add_argument("--accept-valid", action="store_true",
                   help=translate("cli.help", "import the valid rows even when some rows are "
                                              "rejected"))
    p.add_argument("--encoding", metavar="NAME",
                   help=translate("cli.help", "a CSV file's text encoding when it cannot be told "
                                              "for certain: utf-8, gb18030 (gbk), big5, "
                                              "shift-jis or utf-16"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "import_file"))

    p = sub.add_parser("create", help=translate("cli.help", "create a draft lot"))
    p.add_argument("title")
    p.add_argument("--supplier", default="")
    p.add_argument("--starts", metavar="WHEN",
                   help=translate("cli.help", "start, e.g. 2025-06-01T10:00 (local time)"))
    p.add_argument("--ends", metavar="WHEN",
                   help=translate("cli.help", "end, e.g. 2025-06-08T22:00 (local time)"))
    p.add_argument("--currency", default="CNY")
    p.set_defaults(run=Command(CODE, "create"))

    p = sub.add_parser("window", help=translate("cli.help", "set a draft lot's start and end"))
    p.add_argument("title")
    p.add_argument("--starts", metavar="WHEN", required=True)
    p.add_argument("--ends", metavar="WHEN", required=True)
    p.set_defaults(run=Command(CODE, "window"))

    for name, helptext in (("publish", translate("cli.help", "publish a draft lot")),
                           ("close", translate("cli.help", "close a published lot before its end")),
                           ("settle", translate("cli.help", "settle a closed lot"))):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("title")
        p.set_defaults(run=Command(CODE, "transition"), transition=name)

    p = sub.add_parser("revise",
                       help=translate("cli.help", "a new revision of your own published lot: a "
                                                  "later end, more stock, new prices"))
    p.add_argument("title")
    p.add_argument("--ends", metavar="WHEN",
                   help=translate("cli.help", "the new, later end (local time)"))
    p.add_argument("--add", action="append", default=[], metavar="SKU=N",
                   help=translate("cli.help", "add N units of an item (repeat for more items)"))
    for flag, field, helptext in (
            ("suggested", "suggested_price",
             translate("cli.help", "a new suggested price in 元 (empty for none)")),
            ("supply", "supply_price",
             translate("cli.help", "a new supply price in 元 (empty for none)")),
            ("minimum", "min_price", translate("cli.help", "a new min price in 元 (empty for none)")),
            ("tag", "tag_price", translate("cli.help", "a new tag price in 元 (empty for none)"))):
        p.add_argument(f"--{flag}", action="append", default=[], dest=field,
                       metavar="SKU=AMOUNT", help=helptext)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "revise"))

    p = sub.add_parser("revisions",
                       help=translate("cli.help", "what each revision of a lot changed"))
    p.add_argument("title")
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "list_revisions"))

    p = sub.add_parser("export",
                       help=translate("cli.help", "export a lot's items (or sell-through and "
                                                  "settlement) to CSV or XLSX"))
    p.add_argument("title")
    p.add_argument("file", type=Path, help=translate("cli.help", "FILE.csv or FILE.xlsx"))
    p.add_argument("--sell-through", action="store_true",
                   help=translate("cli.help", "export sell-through per item and the lot's "
                                              "settlement"))
    p.set_defaults(run=Command(CODE, "export"))

    plan_args(sub.add_parser("terms",
                             help=translate("cli.help", "show or set a lot's commission terms: "
                                                        "the same as “downline plan” (percent "
                                                        "per level, customer binding)")))

    p = sub.add_parser("settlement",
                       help=translate("cli.help", "a lot's settlement: for your own lot, what "
                                                  "each distributor sold and paid you on chain; "
                                                  "for a supplier's lot, your offline sales owed "
                                                  "to it"))
    p.add_argument("title")
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "settlement"))

    p = sub.add_parser("sheet",
                       help=translate("cli.help", "signed lot sheets: export one for "
                                                  "distributors, or import one from a seller"))
    actions = p.add_subparsers(dest="sheet_command", metavar="ACTION", required=True)
    _sheet_export_args(actions.add_parser(
        "export", help=translate("cli.help", "sign a published lot's sheet with a wallet account")))
    _sheet_import_args(actions.add_parser("import",
                                          help=translate("cli.help", "verify and import a lot "
                                                                     "sheet")))
    # The earlier one-word spellings keep working.
    _sheet_export_args(sub.add_parser("sheet-export",
                                      help=translate("cli.help", "the same as: sheet export")))
    _sheet_import_args(sub.add_parser("sheet-import",
                                      help=translate("cli.help", "the same as: sheet import")))


def _sheet_export_args(p) -> None:
    p.add_argument("title")
    p.add_argument("file", type=Path)
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help=translate("cli.help", "the signing account (default: the only one)"))
    p.add_argument("--for", dest="for_address", metavar="ADDRESS",
                   help=translate("cli.help", "a sheet for this distributor alone (its account "
                                              "address)"))
    p.add_argument("--allot", action="append", default=[], metavar="SKU=N",
                   help=translate("cli.help", "with --for: units of an item set aside for that "
                                              "distributor (repeat; items not named get none)"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the password from stdin"))
    p.set_defaults(run=Command(CODE, "sheet_export"))


def _sheet_import_args(p) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "sheet_import"))
