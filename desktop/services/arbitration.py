"""Arbitration for the GUI page and `ziliudi arbitration`, and the store's arbitrator.

Any profile can arbitrate: its statement key (an ECDH P-256 pair, like the store's delivery
key) sits in the OS keyring and its card (account, public key, contact) goes to the stores
that name it. The disputes it sees are the book's disputed orders whose escrow names one of
the profile's accounts as arbitrator (read from the chain: the book does not keep an order's
arbitrator); both parties' statements are opened in memory only. A ruling gives the buyer
an amount; the seller gets the rest less the arbitrator's fee.

Sealing a statement for a dispute (the seller's, or the Sandbox buyer's) also lives here:
the escrow's arbitrator must be the store's, whose card holds the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shop.orders as orders_core
from desktop.services.errors import UserFacingError
from shop import arbitration as core

KEY_NAME = "arbitration:statement-key"
AREA = "orders"
ZERO = "0x" + "00" * 20
NO_ARBITRATOR = "No arbitrator: a dispute can only time out."
#: What a ruling gives each side, shown before it is signed.
RULING_WORDS = ("Order {order}: the buyer gets {buyer}; the seller gets {seller} (its payees' "
                "shares come out of it); the arbitrator's fee is {fee}.")


def _vault(work, vault=None):
    if vault is not None:
        return vault
    from desktop.services.wallet import SERVICE_PREFIX
    from wallet.vault import Vault

    return Vault(SERVICE_PREFIX + work.profile_id)


# ------------------------------------------------------------------ the arbitrator's card

def ensure_key(work, vault=None) -> str:
    """The profile's public statement key, making the pair on first use (the private half
    goes to the OS keyring only)."""
    from shop.storefront.notes import new_key_pair, public_of

    vault = _vault(work, vault)
    secret = vault.get(KEY_NAME)
    if secret:
        return public_of(secret)
    pem, public = new_key_pair()
    vault.put(KEY_NAME, pem)
    return public


def _account(work, ref: str | None) -> str:
    """The wallet account named by address or label, or the only one; refused otherwise."""
    accounts = work.wallet.accounts.list()
    if ref:
        ref = ref.strip().lower()
        accounts = [a for a in accounts if ref in (a.address.lower(), a.label.lower())]
    if len(accounts) != 1:
        raise UserFacingError("Choose the account that arbitrates with --account ADDRESS|LABEL "
                              "({count} accounts match).", count=len(accounts))
    return accounts[0].address


def card(work, account: str | None = None, contact: str = "", vault=None) -> core.ArbitratorCard:
    """This profile's arbitrator card: one of its accounts, its statement key, a contact."""
    return core.check_card(core.ArbitratorCard(_account(work, account),
                                               ensure_key(work, vault), contact))


def write_card(path, c: core.ArbitratorCard) -> None:
    """Write a card file for a store to import."""
    Path(path).write_text(c.to_json() + "\n", encoding="utf-8")


# ------------------------------------------------------------------ the store's arbitrator

@dataclass(frozen=True)
class StoreArbitrator:
    """The arbitrator the store's offers name, its fee (Money in the store's currency), or
    none (account "")."""

    account: str
    contact: str
    public_key: str
    fee: object  # shop.money.Money


def store_arbitrator(work) -> StoreArbitrator:
    """The arbitrator in the store profile."""
    from shop.money import Money
    from shop.storefront import get_profile

    p = get_profile(work.db)
    return StoreArbitrator(p.arbitrator_account, p.arbitrator_contact, p.arbitrator_key,
                           Money.of(p.arbitrator_fee, p.currency))


def card_text(path) -> str:
    """The text of an arbitrator card file; refused when it cannot be read."""
    if not str(path).strip():
        raise UserFacingError("Choose the arbitrator's card file.")
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserFacingError("The arbitrator card {path} cannot be read.",
                              path=str(path)) from None


def set_store_arbitrator(work, text: str, fee: str) -> StoreArbitrator:
    """Name the arbitrator of a card file's text in the store profile with its fee per order
    (an amount in the store's currency); later offers carry both."""
    from shop.money import Money, currency
    from shop.storefront import get_profile, set_arbitrator

    c = core.read_card(text)
    amount = Money.parse(fee, currency(get_profile(work.db).currency))
    if any(c.account.lower() == a.address.lower() for a in _own_accounts(work)):
        raise UserFacingError("An arbitrator must be someone else: {account} is an account of "
                              "this profile.", account=c.account)
    set_arbitrator(work.db, c.account, c.public_key, c.contact, amount.units)
    work.changed("storefront")
    return store_arbitrator(work)


def clear_store_arbitrator(work) -> StoreArbitrator:
    """Name no arbitrator in later offers."""
    from shop.storefront import clear_arbitrator

    clear_arbitrator(work.db)
    work.changed("storefront")
    return store_arbitrator(work)


def _own_accounts(work):
    from wallet.errors import WalletError

    try:
        return work.wallet.accounts.list()
    except WalletError:  # no keyring: the profile has no account to compare
        return []


# ------------------------------------------------------------------ statements

def seal_for(work, view, text: str) -> bytes:
    """`text` sealed to the arbitrator of an escrow (wallet EscrowView), or b"" for no text.
    Refused when the escrow names no arbitrator or one whose card the store does not hold."""
    if not text.strip():
        return b""
    if view.arbitrator.lower() == ZERO:
        raise UserFacingError("Order {order} names no arbitrator: a dispute can only time out, "
                              "so there is no one to read a statement.",
                              order=orders_core.escrow_number(view.id))
    mine = store_arbitrator(work)
    if mine.account.lower() != view.arbitrator.lower() or not mine.public_key:
        raise UserFacingError("The arbitrator of order {order}, {arbitrator}, is not the one in "
                              "the store profile: its key is unknown, so a statement cannot be "
                              "sealed to it.", order=orders_core.escrow_number(view.id),
                              arbitrator=view.arbitrator)
    return core.seal_statement(text, mine.public_key)


def offer_arbitrator(work, order) -> str | None:
    """The arbitrator the order's offer names ("" for none) when the store kept that offer;
    None when the offer is not this store's (ask the chain)."""
    from shop.storefront import offer_by_hash

    kept = offer_by_hash(work.db, order.offer_hash) if order.offer_hash else None
    if kept is None:
        return None
    account = str(kept.offer.get("arbitrator") or ZERO)
    return "" if account.lower() == ZERO else account


def check_statement(text: str) -> None:
    """Refused before any password is asked when a statement is too long."""
    if len(text.strip().encode("utf-8")) > core.MAX_STATEMENT_BYTES:
        raise UserFacingError("A statement has at most {limit} bytes of text; this one has "
                              "{length}.", limit=core.MAX_STATEMENT_BYTES,
                              length=len(text.strip().encode("utf-8")))


# ------------------------------------------------------------------ disputes to rule

@dataclass(frozen=True)
class Statement:
    """One party's statement as the arbitrator reads it (problem: why it could not be read)."""

    role: str  # "buyer" or "seller"
    text: str
    at: int | None
    problem: str = ""


@dataclass(frozen=True)
class Dispute:
    """A disputed order this profile arbitrates; amounts in token base units."""

    order: orders_core.Order
    arbitrator: str
    held: int
    fee: int
    deadline: int
    statements: tuple[Statement, ...]


def _open_statements(work, order, secret) -> tuple[Statement, ...]:
    from shop.storefront.errors import NoteError

    out = []
    for s in orders_core.statements(work.db, order):
        if not secret:
            out.append(Statement(s.role, "", s.at, "The arbitrator's key is not in the keyring."))
            continue
        try:
            out.append(Statement(s.role, core.open_statement(s.sealed, secret), s.at))
        except NoteError:
            out.append(Statement(s.role, "", s.at, "This statement was sealed to another key."))
    return tuple(out)


def token_currency(work, network: str | None = None):
    """The currency of the network's token (shop.money.Currency), its symbol read from the
    chain when the network does not know it yet."""
    from desktop.services.amounts import currency_of

    net = work.wallet.network(network)
    if net.token_address and net.token_symbol is None:
        net = work.wallet.networks.refresh_token(net.name)
    if net.token is None:
        raise UserFacingError("The network {network} has no token set.", network=net.name)
    return currency_of(net.token)


def disputes(work, network: str | None = None, vault=None) -> list[Dispute]:
    """The open disputes of the network's contract that name one of this profile's accounts
    as arbitrator, soonest deadline first, statements decrypted (run a sync first)."""
    from desktop.services.orders import client, target

    t = target(work, network)
    mine = {a.address.lower() for a in work.wallet.accounts.list()}
    open_ = orders_core.list_orders(work.db, t.chain_id, t.contract, states=["Disputed"])
    if not open_:
        return []
    c = client(work, t)
    secret = _vault(work, vault).get(KEY_NAME)
    out = []
    for o in open_:
        view = c.read(o.escrow_id)
        if view.state != "Disputed" or view.arbitrator.lower() not in mine:
            continue
        out.append(Dispute(o, view.arbitrator, view.held, view.arbitrator_fee, view.deadline,
                           _open_statements(work, o, secret)))
    return sorted(out, key=lambda d: d.deadline)


def find_dispute(work, escrow_id: int, network: str | None = None, vault=None) -> Dispute:
    """The dispute of one order this profile arbitrates; refused when there is none."""
    for d in disputes(work, network, vault):
        if d.order.escrow_id == escrow_id:
            return d
    raise UserFacingError("Order {order} is not an open dispute this profile arbitrates; sync "
                          "first if it is new.", order=orders_core.escrow_number(escrow_id))


def ruling(d: Dispute, buyer_gets: int, show=str) -> core.Split:
    """The split of a dispute that gives the buyer `buyer_gets` (refused when it does not fit)."""
    return core.ruling(d.held, d.fee, buyer_gets, show)


def rule(work, signer, d: Dispute, split: core.Split, network: str | None = None):
    """Send the ruling, signed by the arbitrator's account (unlocked `signer`)."""
    from desktop.services.orders import JOURNAL_AREA, client, target

    if signer.address.lower() != d.arbitrator.lower():
        raise UserFacingError("Order {order} is arbitrated by {arbitrator}, not by {account}.",
                              order=orders_core.escrow_number(d.order.escrow_id),
                              arbitrator=d.arbitrator, account=signer.address)
    work.changed(JOURNAL_AREA)
    return client(work, target(work, network)).rule(signer, d.order.escrow_id, split.buyer,
                                                    split.seller)
