"""The arguments and help of `ziliudi wallet ...`; what they do is in desktop.commands.wallet."""

from __future__ import annotations

from pathlib import Path

from desktop.commands import Command
from desktop.i18n import translate

CODE = "desktop.commands.wallet"


def register(commands) -> None:
    parser = commands.add_parser("wallet",
                                 help=translate("cli.help", "accounts, balances and transfers"))
    sub = parser.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)

    p = sub.add_parser("new",
                       help=translate("cli.help", "create an account from a new recovery phrase"))
    p.add_argument("--label", required=True)
    p.add_argument("--words", type=int, choices=[12, 24], default=12)
    p.add_argument("--language", choices=["en", "zh"], default="en",
                   help=translate("cli.help", "word list"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the password from stdin"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "new"))

    p = sub.add_parser("import",
                       help=translate("cli.help", "import an account from a phrase, a private "
                                                  "key or a keystore file"))
    p.add_argument("--label", required=True)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--phrase", action="store_true",
                        help=translate("cli.help", "a recovery phrase (asked, or the first stdin "
                                                   "line)"))
    source.add_argument("--key", action="store_true",
                        help=translate("cli.help", "a raw private key (asked, or the first stdin "
                                                   "line)"))
    source.add_argument("--keystore", type=Path, metavar="FILE",
                        help=translate("cli.help", "a keystore JSON file"))
    p.add_argument("--index", type=int, default=0,
                   help=translate("cli.help", "account number within the phrase"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("cli.help", "read the secret (if any) and then the password "
                                              "from stdin, one per line"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "import_account"))

    p = sub.add_parser("list", help=translate("cli.help", "list the accounts"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "list_accounts"))

    p = sub.add_parser("balance", help=translate("cli.help", "show balances on a network"))
    p.add_argument("address", nargs="?", help=translate("cli.help", "an account (default: all)"))
    p.add_argument("--network", help=translate("cli.help", "network name (default: the profile's)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "balance"))

    p = sub.add_parser("faucet",
                       help=translate("cli.help", "test money for an account, on the Sandbox only"))
    p.add_argument("account", metavar="ADDRESS|LABEL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "faucet"))

    p = sub.add_parser("send",
                       help=translate("cli.help", "send tokens (or the native coin) to an address"))
    p.add_argument("--from", dest="sender", required=True,
                   help=translate("cli.help", "the sending account"))
    p.add_argument("--to", required=True)
    p.add_argument("--amount", required=True,
                   help=translate("cli.help", "in whole units, e.g. 12.50"))
    p.add_argument("--native", action="store_true",
                   help=translate("cli.help", "send the native coin instead of the token"))
    p.add_argument("--network")
    p.add_argument("--yes", action="store_true",
                   help=translate("cli.help", "do not ask for confirmation"))
    p.add_argument("--again", action="store_true",
                   help=translate("cli.help", "send even though the same transfer is pending or "
                                              "was confirmed within the hour"))
    p.add_argument("--no-wait", dest="wait", action="store_false",
                   help=translate("cli.help", "do not wait for the transfer to be mined"))
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "send"))

    p = sub.add_parser("journal",
                       help=translate("cli.help", "the transactions sent, brought up to date "
                                                  "with the network"))
    p.add_argument("--network", help=translate("cli.help", "network name (default: the profile's)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "journal"))

    for name, run, what in (
            ("speed-up", "speed_up",
             translate("cli.help", "send a pending transaction again with a higher fee")),
            ("cancel", "cancel",
             translate("cli.help", "replace a pending transaction with one that does nothing"))):
        p = sub.add_parser(name, help=what)
        p.add_argument("hash",
                       help=translate("cli.help", "the transaction's hash (as `wallet journal` "
                                                  "lists it)"))
        p.add_argument("--network",
                       help=translate("cli.help", "network name (default: the profile's)"))
        p.add_argument("--yes", action="store_true",
                       help=translate("cli.help", "do not ask for confirmation"))
        p.add_argument("--password-stdin", action="store_true")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=Command(CODE, run))

    p = sub.add_parser("networks", help=translate("cli.help", "list the networks and their state"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=Command(CODE, "networks"))

    p = sub.add_parser("add-network", help=translate("cli.help", "add a network by its RPC URL"))
    p.add_argument("name")
    p.add_argument("--rpc-url-stdin", action="store_true",
                   help=translate("cli.help", "read the RPC URL from stdin (for URLs carrying an "
                                              "API key)"))
    p.add_argument("--rpc-url", help=translate("cli.help", "an RPC URL without secrets"))
    p.add_argument("--chain-id", type=int, required=True,
                   help=translate("cli.help", "the chain id the node must serve"))
    p.add_argument("--token", help=translate("cli.help", "the stablecoin's address"))
    p.add_argument("--escrow", help=translate("cli.help", "the escrow contract's address"))
    p.set_defaults(run=Command(CODE, "add_network"))

    p = sub.add_parser("use-network", help=translate("cli.help", "choose the profile's network"))
    p.add_argument("name")
    p.set_defaults(run=Command(CODE, "use_network"))

    p = sub.add_parser("remove",
                       help=translate("cli.help", "forget an account (its keys leave the keyring)"))
    p.add_argument("address", help=translate("cli.help", "the account's address or label"))
    p.add_argument("--yes", action="store_true",
                   help=translate("cli.help", "do not ask for confirmation"))
    p.add_argument("--force", action="store_true",
                   help=translate("cli.help", "even if its new phrase was never backed up"))
    p.set_defaults(run=Command(CODE, "remove"))
