"""`ziliudi wallet ...`: accounts, balances and transfers from the command line.

Secrets (passwords, phrases, keys) come from a prompt or from stdin, never from arguments.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.services.errors import UserFacingError


def register(commands) -> None:
    parser = commands.add_parser("wallet", help="accounts, balances and transfers")
    sub = parser.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)

    p = sub.add_parser("new", help="create an account from a new recovery phrase")
    p.add_argument("--label", required=True)
    p.add_argument("--words", type=int, choices=[12, 24], default=12)
    p.add_argument("--language", choices=["en", "zh"], default="en", help="word list")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=new)

    p = sub.add_parser("import", help="import an account from a phrase, a private key or a keystore file")
    p.add_argument("--label", required=True)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--phrase", action="store_true", help="a recovery phrase (asked, or the first stdin line)")
    source.add_argument("--key", action="store_true", help="a raw private key (asked, or the first stdin line)")
    source.add_argument("--keystore", type=Path, metavar="FILE", help="a keystore JSON file")
    p.add_argument("--index", type=int, default=0, help="account number within the phrase")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the secret (if any) and then the password from stdin, one per line")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=import_account)

    p = sub.add_parser("list", help="list the accounts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=list_accounts)

    p = sub.add_parser("balance", help="show balances on a network")
    p.add_argument("address", nargs="?", help="an account (default: all)")
    p.add_argument("--network", help="network name (default: the profile's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=balance)

    p = sub.add_parser("send", help="send tokens (or the native coin) to an address")
    p.add_argument("--from", dest="sender", required=True, help="the sending account")
    p.add_argument("--to", required=True)
    p.add_argument("--amount", required=True, help="in whole units, e.g. 12.50")
    p.add_argument("--native", action="store_true", help="send the native coin instead of the token")
    p.add_argument("--network")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--again", action="store_true",
                   help="send even though the same transfer is pending or was confirmed "
                        "within the hour")
    p.add_argument("--no-wait", dest="wait", action="store_false",
                   help="do not wait for the transfer to be mined")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=send)

    p = sub.add_parser("journal", help="the transactions sent, brought up to date with the network")
    p.add_argument("--network", help="network name (default: the profile's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=journal)

    for name, run, what in (("speed-up", speed_up, "send a pending transaction again with a higher fee"),
                            ("cancel", cancel, "replace a pending transaction with one that does nothing")):
        p = sub.add_parser(name, help=what)
        p.add_argument("hash", help="the transaction's hash (as `wallet journal` lists it)")
        p.add_argument("--network", help="network name (default: the profile's)")
        p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        p.add_argument("--password-stdin", action="store_true")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=run)

    p = sub.add_parser("networks", help="list the networks and their state")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=networks)

    p = sub.add_parser("add-network", help="add a network by its RPC URL")
    p.add_argument("name")
    p.add_argument("--rpc-url-stdin", action="store_true",
                   help="read the RPC URL from stdin (for URLs carrying an API key)")
    p.add_argument("--rpc-url", help="an RPC URL without secrets")
    p.add_argument("--chain-id", type=int, required=True, help="the chain id the node must serve")
    p.add_argument("--token", help="the stablecoin's address")
    p.add_argument("--escrow", help="the escrow contract's address")
    p.set_defaults(run=add_network)

    p = sub.add_parser("use-network", help="choose the profile's network")
    p.add_argument("name")
    p.set_defaults(run=use_network)

    p = sub.add_parser("remove", help="forget an account (its keys leave the keyring)")
    p.add_argument("address", help="the account's address or label")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--force", action="store_true", help="even if its new phrase was never backed up")
    p.set_defaults(run=remove)


def _wallet(ctx):
    """The profile's wallet, on a work unit of this command's thread."""
    return ctx.work().wallet


def _account(wallet, ref: str):
    """An account by address or by its label."""
    matches = [a for a in wallet.accounts.list() if ref.lower() in (a.address.lower(), a.label.lower())]
    if len(matches) != 1:
        raise UserFacingError("There is no single account with the address or label “{ref}”.", ref=ref)
    return matches[0]


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline()
    if not line:
        raise UserFacingError("Expected {what} on stdin.", what=what)
    return line.rstrip("\r\n")


def _secret(args, prompt: str, what: str) -> str:
    if args.password_stdin:
        return _stdin_line(what)
    import getpass

    return getpass.getpass(prompt)


def _account_json(info) -> dict:
    return {"label": info.label, "address": info.address, "backup": info.backup_state, "source": info.source}


def new(ctx, args) -> int:
    from desktop.cli import print_json

    wallet = _wallet(ctx)
    password = _secret(args, "Password for the new account: ", "a password")
    language = {"en": "english", "zh": "chinese_simplified"}[args.language]
    made = wallet.accounts.create(args.label, password, words=args.words, language=language)
    if args.json:
        print_json({**_account_json(made.account), "phrase": made.phrase})
    else:
        print(made.account.address)
        print(made.phrase)
        print("Write the phrase down now; it is not shown again without the password. "
              "The account counts as backed up once you confirm it in the app.", file=sys.stderr)
    return 0


def import_account(ctx, args) -> int:
    from desktop.cli import print_json

    wallet = _wallet(ctx)
    if args.keystore:
        try:
            text = args.keystore.read_text(encoding="utf-8")
        except OSError as e:
            raise UserFacingError("Cannot read {path}: {reason}", path=str(args.keystore), reason=e.strerror)
        file_password = _secret(args, "Password of the keystore file: ", "the keystore's password")
        info = wallet.accounts.import_keystore(args.label, text, file_password)
    elif args.phrase:
        phrase = _secret(args, "Recovery phrase: ", "the recovery phrase")
        password = _secret(args, "Password for the account: ", "a password")
        info = wallet.accounts.import_phrase(args.label, phrase, password, index=args.index)
    else:
        key = _secret(args, "Private key: ", "the private key")
        password = _secret(args, "Password for the account: ", "a password")
        info = wallet.accounts.import_private_key(args.label, key.strip(), password)
    if args.json:
        print_json(_account_json(info))
    else:
        print(info.address)
    return 0


def list_accounts(ctx, args) -> int:
    from desktop.cli import print_json

    accounts = _wallet(ctx).accounts.list()
    if args.json:
        print_json({"accounts": [_account_json(a) for a in accounts]})
    else:
        for a in accounts:
            print(f"{a.address}  {a.label}  {a.backup_state}")
    return 0


def balance(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.services.amounts import coins
    from shop.money import Currency, Money
    from wallet.transfers import balances

    wallet = _wallet(ctx)
    network = wallet.network(args.network)
    chain = wallet.connect(network.name)
    chain.require_ready()
    addresses = [args.address] if args.address else [a.address for a in wallet.accounts.list()]
    rows = []
    for address in addresses:
        b = balances(chain, address, network.token)
        rows.append({"address": b.address, "native": b.native,
                     "token": b.token.symbol if b.token else None, "token_amount": b.token_amount,
                     "token_decimals": b.token.decimals if b.token else None})
    if args.json:
        print_json({"network": network.name, "balances": rows})
    else:
        for r in rows:
            token = (f"  {Money(r['token_amount'], Currency.token(r['token'], r['token_decimals']))}"
                     if r["token"] else "")
            print(f"{r['address']}  {coins(r['native'])}{token}")
    return 0


def send(ctx, args) -> int:
    from desktop.cli import confirm, print_json
    from desktop.services.amounts import coins, short_text
    from desktop.services.wallet import (TwinTransfer, amount_text, plan_send, reconcile,
                                         send_planned, twin)

    wallet = _wallet(ctx)
    network = wallet.network(args.network)
    token = None if args.native else network.token
    if token is None and not args.native:
        raise UserFacingError("The network {network} has no token set; use --native to send its coin.",
                              network=network.name)
    sender = _account(wallet, args.sender)
    plan = plan_send(wallet.work, network.name, sender.address, args.to, args.amount, token)
    reconcile(wallet.work, network.name)
    if not args.again and (same := twin(wallet.work, plan)) is not None:
        raise UserFacingError("{reason} Add --again to send it once more.",
                              reason=str(TwinTransfer(plan, same)))
    summary = (f"Send {amount_text(plan)} to {plan.recipient} on {network.name}; "
               f"network fee about {short_text(coins(plan.fee.likely_fee))} "
               f"(at most {short_text(coins(plan.fee.max_fee))}).")
    print(summary, file=sys.stderr)
    password = _secret(args, "Password: ", "the password")
    if not confirm(args, "Send?"):
        raise UserFacingError("Not sent.")
    with wallet.unlocked(sender.address, password) as signer:
        entry = send_planned(wallet.work, network.name, signer, plan, again=args.again)
    if args.wait:
        entry = wallet.journal.wait(wallet.connect(network.name), entry)
    if args.json:
        print_json({"hash": entry.tx_hash, "status": entry.status, "nonce": entry.nonce})
    else:
        print(entry.tx_hash)
        print(f"{entry.status}", file=sys.stderr)
    return 0


def _entry_json(e) -> dict:
    return {"id": e.id, "hash": e.tx_hash, "status": e.status, "what": e.description or e.purpose,
            "from": e.sender, "to": e.to_address, "nonce": e.nonce, "block": e.block_number,
            "created_at": e.created_at, "mined_at": e.mined_at}


def journal(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.services.wallet import reconcile

    wallet = _wallet(ctx)
    reconcile(wallet.work, wallet.network(args.network).name)
    entries = wallet.journal.entries()
    if args.json:
        print_json({"entries": [_entry_json(e) for e in entries]})
    else:
        for e in entries:
            print(f"{e.tx_hash}  {e.status}  {e.description or e.purpose}")
    return 0


def _replace_pending(ctx, args, question: str, act) -> int:
    """Speed-up and cancel: the entry by its hash, the password of its sender, then act."""
    from desktop.cli import confirm, print_json
    from desktop.services.wallet import journal_entry

    wallet = _wallet(ctx)
    network = wallet.network(args.network).name
    entry = journal_entry(wallet.work, args.hash)
    password = _secret(args, "Password: ", "the password")
    if not confirm(args, question):
        raise UserFacingError("Nothing sent.")
    with wallet.unlocked(entry.sender, password) as signer:
        new = act(wallet.work, network, signer, entry)
    if args.json:
        print_json(_entry_json(new))
    else:
        print(new.tx_hash)
    return 0


def speed_up(ctx, args) -> int:
    from desktop.services.wallet import speed_up as act

    return _replace_pending(ctx, args, "Send it again with a higher fee?", act)


def cancel(ctx, args) -> int:
    from desktop.services.wallet import cancel as act

    return _replace_pending(ctx, args, "Cancel it (a transfer of nothing to yourself takes its place)?", act)


def remove(ctx, args) -> int:
    from desktop.cli import confirm

    wallet = _wallet(ctx)
    info = _account(wallet, args.address)
    if not confirm(args, f"Remove {info.label} ({info.address}) and its keys?"):
        raise UserFacingError("Nothing removed.")
    wallet.accounts.remove(info.address, force=args.force)
    print(f"removed {info.address}")
    return 0


def networks(ctx, args) -> int:
    from desktop.cli import print_json

    wallet = _wallet(ctx)
    current = wallet.current_network_name()
    rows = [_network_row(wallet, n, current) for n in wallet.networks.list()]
    if args.json:
        print_json({"networks": rows})
    else:
        for r in rows:
            token = (f"  {r['token_symbol']}" + (f" ({r['token_peg']})" if r["token_peg"] else "")
                     if r["token_symbol"] else "")
            print(f"{'*' if r['current'] else ' '} {r['name']}  {r['state']}  {r['url'] or ''}"
                  f"{token}")
    return 0


def _network_row(wallet, n, current: str) -> dict:
    """A network as `wallet networks` shows it, with its token and the currency it is pegged
    to (the Sandbox's as its chain has them)."""
    from desktop.services.amounts import peg_currency

    state = wallet.networks.state(n.name)
    if n.is_sandbox and state == "connected":
        n = wallet.network(n.name)
    peg = peg_currency(n.token)
    return {"name": n.name, "kind": n.kind, "url": n.rpc_url_redacted, "chain_id": n.chain_id,
            "token": n.token_address, "token_symbol": n.token_symbol,
            "token_peg": peg.code if peg else None, "escrow": n.escrow_address,
            "current": n.name == current, "state": state}


def add_network(ctx, args) -> int:
    if bool(args.rpc_url) == bool(args.rpc_url_stdin):
        raise UserFacingError("Give the RPC URL with --rpc-url or --rpc-url-stdin.")
    url = _stdin_line("the RPC URL") if args.rpc_url_stdin else args.rpc_url
    wallet = _wallet(ctx)
    network = wallet.networks.add_custom(args.name, url.strip(), args.chain_id, args.token, args.escrow)
    if network.token_address:
        network = wallet.networks.refresh_token(network.name)
    print(f"added {network.name} ({network.rpc_url_redacted})")
    return 0


def use_network(ctx, args) -> int:
    _wallet(ctx).choose_network(args.name)
    print(f"using {args.name}")
    return 0
