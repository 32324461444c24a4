"""The arguments and help of `ziliudi books ...`; what they do is in desktop.commands.books."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.books"


def register(commands) -> None:
    books = commands.add_parser("books",
                                help=translate("cli.help", "the books: balances, profit, the "
                                                           "journal, exports"))
    sub = books.add_subparsers(dest="books_command", metavar="ACTION", required=True)

    p = sub.add_parser("balance",
                       help=translate("cli.help", "what is owned and owed: each account's balance"))
    p.add_argument("--at", metavar="DATE",
                   help=translate("cli.help", "at the end of this day (default: now)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "balance"))

    p = sub.add_parser("pnl", help=translate("cli.help", "profit and loss over a period"))
    p.add_argument("--from", dest="start", required=True, metavar="DATE",
                   help=translate("cli.help", "the first day, as 2025-01-01"))
    p.add_argument("--to", dest="end", required=True, metavar="DATE",
                   help=translate("cli.help", "the last day, included"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "pnl"))

    p = sub.add_parser("sales",
                       help=translate("cli.help", "net sales, cost of goods and margin by lot, "
                                                  "listing, customer or day"))
    p.add_argument("--by", choices=["lot", "listing", "customer", "day"], default="lot")
    _period(p)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "sales"))

    p = sub.add_parser("flows",
                       help=translate("cli.help", "cash and token flows: what each money account "
                                                  "held, took in and paid out"))
    _period(p)
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "show_flows"))

    p = sub.add_parser("sellthrough",
                       help=translate("cli.help", "each lot's units sold of those offered"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "sellthrough"))

    p = sub.add_parser("journal",
                       help=translate("cli.help", "the latest lines of the journal, newest first"))
    p.add_argument("--account", metavar="ACCOUNT",
                   help=translate("cli.help", "only this account (e.g. Assets:Cash)"))
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "show_journal"))

    p = sub.add_parser("record",
                       help=translate("cli.help", "post an entry by hand: an amount from one "
                                                  "account to another"))
    p.add_argument("--debit", required=True, metavar="ACCOUNT",
                   help=translate("cli.help", "the account that receives (e.g. Expenses:Other)"))
    p.add_argument("--credit", required=True, metavar="ACCOUNT",
                   help=translate("cli.help", "the account it comes from (e.g. Assets:Cash)"))
    p.add_argument("--amount", required=True, metavar="AMOUNT",
                   help=translate("cli.help", "e.g. 35 or ¥35.00"))
    p.add_argument("--currency", default="CNY", metavar="CODE",
                   help=translate("cli.help", "default CNY"))
    p.add_argument("--memo", required=True, metavar="TEXT",
                   help=translate("cli.help", "what it is for"))
    p.add_argument("--date", metavar="DATE",
                   help=translate("cli.help", "the day it happened (default: now)"))
    p.add_argument("--receipt", type=Path, metavar="FILE",
                   help=translate("cli.help", "a picture of the receipt"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "record"))

    p = sub.add_parser("reverse",
                       help=translate("cli.help", "undo an entry with a reversing entry"))
    p.add_argument("entry", type=int, metavar="ENTRY",
                   help=translate("cli.help", "the entry's number"))
    p.add_argument("--memo", default="", metavar="TEXT", help=translate("cli.help", "why"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "reverse"))

    p = sub.add_parser("receipt",
                       help=translate("cli.help", "write an entry's receipt picture to a file"))
    p.add_argument("entry", type=int, metavar="ENTRY",
                   help=translate("cli.help", "the entry's number"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help=translate("cli.help", "the file to write (replaced if it is there)"))
    p.add_argument("--json", action="store_true",
                   help=translate("cli.help", "print one JSON document"))
    p.set_defaults(run=Command(CODE, "receipt"))

    p = sub.add_parser("export",
                       help=translate("cli.help", "write the journal for an accountant, or the "
                                                  "reports"))
    p.add_argument("format", choices=["beancount", "csv", "report"],
                   help=translate("cli.help", "report: every report (balances, profit and loss, "
                                              "flows, sales, sell-through) as XLSX, PDF or CSV "
                                              "by the file's name"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help=translate("cli.help", "report: the first day"))
    p.add_argument("--to", dest="end", metavar="DATE",
                   help=translate("cli.help", "report: the last day, included"))
    p.set_defaults(run=Command(CODE, "export"))


def _period(p) -> None:
    p.add_argument("--from", dest="start", metavar="DATE",
                   help=translate("cli.help", "the first day, as 2025-01-01"))
    p.add_argument("--to", dest="end", metavar="DATE",
                   help=translate("cli.help", "the last day, included"))
