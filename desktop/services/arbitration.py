"""Arbitration for the GUI page and `ziliudi arbitration`, and the store's arbitrator.

Any profile can arbitrate: its statement key (an ECDH P-256 pair, like the store's delivery
key) sits in the OS keyring and its card (account, public key, contact) goes to the stores
that name it. The disputes it sees are the book's disputed orders whose escrow names one of
the profile's accounts as arbitrator (read from the chain: the book does not keep an order's
arbitrator); both parties' statements are opened in memory only. A ruling gives the buyer
an amount; the seller gets the rest less the arbitrator's fee.

The store's own arbitrator, and sealing a statement to it, are in store_arbitrator (the
orders' disputes seal with it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services.amounts import currency_of
from desktop.services.errors import UserFacingError
from desktop.services.orders import JOURNAL_AREA, client, target
from desktop.services.store_arbitrator import ZERO, StoreArbitrator, store_arbitrator
from desktop.services.wallet import SERVICE_PREFIX
from shop import arbitration as core
from shop.money import Money, currency
from shop.orders.model import Order, escrow_number
from shop.orders.store import list_orders, statements
from shop.storefront.errors import NoteError
from shop.storefront.notes import new_key_pair, public_of
from shop.storefront.offers import offer_by_hash
from shop.storefront.profile import clear_arbitrator, get_profile, set_arbitrator
from wallet.errors import WalletError
from wallet.vault import Vault

KEY_NAME = "arbitration:statement-key"
AREA = "orders"
NO_ARBITRATOR = "No arbitrator: a dispute can only time out."


def _vault(work, vault=None):
    if vault is not None:
        return vault
    return Vault(SERVICE_PREFIX + work.profile_id)


# ------------------------------------------------------------------ the arbitrator's card

def ensure_key(work, vault=None) -> str:
    """The profile's public statement key, making the pair on first use (the private half
    goes to the OS keyring only)."""
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
    clear_arbitrator(work.db)
    work.changed("storefront")
    return store_arbitrator(work)


def _own_accounts(work):
    try:
        return work.wallet.accounts.list()
    except WalletError:  # no keyring: the profile has no account to compare
        return []


# ------------------------------------------------------------------ statements

def offer_arbitrator(work, order) -> str | None:
    """The arbitrator the order's offer names ("" for none) when the store kept that offer;
    None when the offer is not this store's (ask the chain)."""
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

    order: Order
    arbitrator: str
    held: int
    fee: int
    deadline: int
    statements: tuple[Statement, ...]


def _open_statements(work, order, secret) -> tuple[Statement, ...]:
    out = []
    for s in statements(work.db, order):
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
    net = work.wallet.network(network)
    if net.token_address and net.token_symbol is None:
        net = work.wallet.networks.refresh_token(net.name)
    if net.token is None:
        raise UserFacingError("The network {network} has no token set.", network=net.name)
    return currency_of(net.token)


def disputes(work, network: str | None = None, vault=None) -> list[Dispute]:
    """The open disputes of the network's contract that name one of this profile's accounts
    as arbitrator, soonest deadline first, statements decrypted (run a sync first)."""
    t = target(work, network)
    mine = {a.address.lower() for a in work.wallet.accounts.list()}
    open_ = list_orders(work.db, t.chain_id, t.contract, states=["Disputed"])
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
                          "first if it is new.", order=escrow_number(escrow_id))


def ruling(d: Dispute, buyer_gets: int, show=str) -> core.Split:
    """The split of a dispute that gives the buyer `buyer_gets` (refused when it does not fit)."""
    return core.ruling(d.held, d.fee, buyer_gets, show)


def rule(work, signer, d: Dispute, split: core.Split, network: str | None = None):
    """Send the ruling, signed by the arbitrator's account (unlocked `signer`)."""
    if signer.address.lower() != d.arbitrator.lower():
        raise UserFacingError("Order {order} is arbitrated by {arbitrator}, not by {account}.",
                              order=escrow_number(d.order.escrow_id),
                              arbitrator=d.arbitrator, account=signer.address)
    work.changed(JOURNAL_AREA)
    return client(work, target(work, network)).rule(signer, d.order.escrow_id, split.buyer,
                                                    split.seller)
