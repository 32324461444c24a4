"""`ziliudi wallet ...`: accounts, balances and transfers from the command line.

Secrets (passwords, phrases, keys) come from a prompt or from stdin, never from arguments.
"""

from __future__ import annotations

import sys

from desktop.cli import confirm, print_json
from desktop.i18n import network_text, replaced_text, sent_text, transferred_text, translate
from desktop.services.amounts import coins, peg_currency, short_text
from desktop.services.errors import UserFacingError
from desktop.services.wallet import (TwinTransfer, amount_text, cancel as cancel_pending,
                                     journal_entry, plan_send, reconcile, send_planned,
                                     speed_up as speed_up_pending, twin)
from shop.money import Currency, Money
from wallet.transfers import balances


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
    wallet = _wallet(ctx)
    password = _secret(args, translate("cli.wallet", "Password for the new account: "),
                             translate("cli.wallet", "a password"))
    language = {"en": "english", "zh": "chinese_simplified"}[args.language]
    made = wallet.accounts.create(args.label, password, words=args.words, language=language)
    if args.json:
        print_json({**_account_json(made.account), "phrase": made.phrase})
    else:
        print(made.account.address)
        print(made.phrase)
        print(translate("cli.wallet",
                        "Write the phrase down now; it is not shown again without the password. "
                        "The account counts as backed up once you confirm it in the app."),
              file=sys.stderr)
    return 0


def import_account(ctx, args) -> int:
    wallet = _wallet(ctx)
    if args.keystore:
        try:
            text = args.keystore.read_text(encoding="utf-8")
        except OSError as e:
            raise UserFacingError("Cannot read {path}: {reason}", path=str(args.keystore), reason=e.strerror)
        file_password = _secret(args, translate("cli.wallet", "Password of the keystore file: "),
                                translate("cli.wallet", "the keystore's password"))
        info = wallet.accounts.import_keystore(args.label, text, file_password)
    elif args.phrase:
        phrase = _secret(args, translate("cli.wallet", "Recovery phrase: "),
                               translate("cli.wallet", "the recovery phrase"))
        password = _secret(args, translate("cli.wallet", "Password for the account: "),
                                 translate("cli.wallet", "a password"))
        info = wallet.accounts.import_phrase(args.label, phrase, password, index=args.index)
    else:
        key = _secret(args, translate("cli.wallet", "Private key: "),
                            translate("cli.wallet", "the private key"))
        password = _secret(args, translate("cli.wallet", "Password for the account: "),
                                 translate("cli.wallet", "a password"))
        info = wallet.accounts.import_private_key(args.label, key.strip(), password)
    if args.json:
        print_json(_account_json(info))
    else:
        print(info.address)
    return 0


def list_accounts(ctx, args) -> int:
    accounts = _wallet(ctx).accounts.list()
    if args.json:
        print_json({"accounts": [_account_json(a) for a in accounts]})
    else:
        for a in accounts:
            print(f"{a.address}  {a.label}  {a.backup_state}")
    return 0


def balance(ctx, args) -> int:
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


def faucet(ctx, args) -> int:
    wallet = _wallet(ctx)
    account = _account(wallet, args.account)
    native, tokens = wallet.faucet(account.address)
    if args.json:
        print_json({"account": account.address, "native": native.units,
                    "token": tokens.currency.code, "token_amount": tokens.units})
    else:
        print(translate("cli.wallet",
                        "{account} got {coins} and {tokens} of test money (Sandbox only)").format(
            account=account.address, coins=native.text(grouped=True), tokens=tokens.text(grouped=True)))
    return 0


def send(ctx, args) -> int:
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
    summary = translate("cli.wallet", "Send {amount} to {recipient} on {network}; network fee about {fee} "
                                      "(at most {max_fee}).").format(
        amount=amount_text(plan), recipient=plan.recipient, network=network.name,
        fee=short_text(coins(plan.fee.likely_fee)), max_fee=short_text(coins(plan.fee.max_fee)))
    print(summary, file=sys.stderr)
    password = _secret(args, translate("cli.wallet", "Password: "), translate("cli.wallet", "the password"))
    if not confirm(args, translate("cli.wallet", "Send?")):
        raise UserFacingError("Not sent.")
    with wallet.unlocked(sender.address, password) as signer:
        entry = send_planned(wallet.work, network.name, signer, plan, again=args.again)
    if args.wait:
        entry = wallet.journal.wait(wallet.connect(network.name), entry)
    if args.json:
        print_json({"hash": entry.tx_hash, "status": entry.status, "nonce": entry.nonce})
    else:
        said = transferred_text(amount_text(plan), plan.recipient, network_text(network.name, translate),
                                translate)
        print(sent_text(said, entry, translate))
    return 0


def _entry_json(e) -> dict:
    return {"id": e.id, "hash": e.tx_hash, "status": e.status, "what": e.description or e.purpose,
            "from": e.sender, "to": e.to_address, "nonce": e.nonce, "block": e.block_number,
            "created_at": e.created_at, "mined_at": e.mined_at}


def journal(ctx, args) -> int:
    wallet = _wallet(ctx)
    reconcile(wallet.work, wallet.network(args.network).name)
    entries = wallet.journal.entries()
    if args.json:
        print_json({"entries": [_entry_json(e) for e in entries]})
    else:
        for e in entries:
            print(f"{e.tx_hash}  {e.status}  {e.description or e.purpose}")
    return 0


def _replace_pending(ctx, args, question: str, act, how: str) -> int:
    """Speed-up and cancel: the entry by its hash, the password of its sender, then act."""
    wallet = _wallet(ctx)
    network = wallet.network(args.network).name
    entry = journal_entry(wallet.work, args.hash)
    password = _secret(args, translate("cli.wallet", "Password: "), translate("cli.wallet", "the password"))
    if not confirm(args, question):
        raise UserFacingError("Nothing sent.")
    with wallet.unlocked(entry.sender, password) as signer:
        new = act(wallet.work, network, signer, entry)
    if args.json:
        print_json(_entry_json(new))
    else:
        print(sent_text(replaced_text(how, entry, translate), new, translate))
    return 0


def speed_up(ctx, args) -> int:
    question = translate("cli.wallet", "Send it again with a higher fee?")
    return _replace_pending(ctx, args, question, speed_up_pending, "speed_up")


def cancel(ctx, args) -> int:
    question = translate("cli.wallet", "Cancel it (a transfer of nothing to yourself takes its place)?")
    return _replace_pending(ctx, args, question, cancel_pending, "cancel")


def remove(ctx, args) -> int:
    wallet = _wallet(ctx)
    info = _account(wallet, args.address)
    if not confirm(args, translate("cli.wallet", "Remove {label} ({address}) and its keys?").format(
            label=info.label, address=info.address)):
        raise UserFacingError("Nothing removed.")
    wallet.accounts.remove(info.address, force=args.force)
    print(translate("cli.wallet", "removed {address}").format(address=info.address))
    return 0


def networks(ctx, args) -> int:
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
    url = _stdin_line(translate("cli.wallet", "the RPC URL")) if args.rpc_url_stdin else args.rpc_url
    wallet = _wallet(ctx)
    network = wallet.networks.add_custom(args.name, url.strip(), args.chain_id, args.token, args.escrow)
    if network.token_address:
        network = wallet.networks.refresh_token(network.name)
    print(translate("cli.wallet", "added {network} ({url})").format(
        network=network.name, url=network.rpc_url_redacted))
    return 0


def use_network(ctx, args) -> int:
    _wallet(ctx).choose_network(args.name)
    print(translate("cli.wallet", "using {network}").format(network=args.name))
    return 0
