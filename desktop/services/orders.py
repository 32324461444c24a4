"""Orders and escrow for the GUI page and the command line: sync the store's escrow contract,
turn its events into orders and act on them as the seller (the Sandbox's simulated buyers are
in simulated_buyer).

Every function takes a work unit (desktop.services.work.Work) made on the calling thread: its
book connection, its wallet (work.wallet) for networks, accounts and the journal. Writes to the
book are recorded with work.changed("orders"); the caller's runner announces them.
Delivery notes are decrypted only in memory, for the caller; nothing here logs them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from desktop.services import storefront
from desktop.services.amounts import currency_of
from desktop.services.errors import UserFacingError
from desktop.services.store_arbitrator import seal_for
from desktop.services.wallet import SERVICE_PREFIX
from shop.money import Currency, Money
from shop.orders import (goods as orders_goods, ledger as orders_ledger, model,
                         store as orders_store)
from shop.orders.goods import goods_names
from shop.cycles import cycle_collection_paused
from shop.errors import ShopError
from shop.storefront import notes as storefront_notes, tracking
from shop.storefront.offers import offer_by_hash
from shop.storefront.share import order_link
from wallet.escrow_client import EscrowClient, tracking_hash
from wallet.escrow_events import EscrowEvent
from wallet.escrow_sync import EscrowSync
from wallet.escrow_types import Settlement, settlement_typed_data
from wallet.signer import recover_typed_data
from wallet.tokens import token_info
from wallet.vault import Vault
from desktop.services.chainless import require_chain

AREA = "orders"
JOURNAL_AREA = "wallet"  # what a send records: the journal is the wallet's
DEV_CHAINS = frozenset({31337, 1337})  # anvil, hardhat: blocks are final at once
DEFAULT_CONFIRMATIONS = 3


# ------------------------------------------------------------------ plumbing

@dataclass(frozen=True)
class Target:
    """The escrow contract the store uses on a network, and a live connection to it."""

    network: str
    chain: object
    chain_id: int
    contract: str
    is_sandbox: bool


def target(work, network: str | None = None) -> Target:
    """The network's escrow contract, connected; refused when the network has none."""
    from web3 import Web3

    w = work.wallet
    net = w.network(network)
    if not net.escrow_address:
        raise UserFacingError("The network {network} has no escrow contract set.",
                              network=net.name)
    chain = w.connect(net.name)
    chain_id = chain.require_ready()
    return Target(net.name, chain, chain_id, Web3.to_checksum_address(net.escrow_address),
                  net.is_sandbox)


def client(work, t: Target, journal=None):
    """An EscrowClient on the target sending through the profile's journal (or `journal`)."""
    return EscrowClient(t.chain, journal or work.wallet.journal, t.contract)


def chain_now(work, t: Target) -> int:
    """The chain's clock (UTC seconds): the sandbox's, after any time jumps; else the head's."""
    if t.is_sandbox:
        sandbox = work.wallet.networks.sandbox
        return int(sandbox.now()) if hasattr(sandbox, "now") else int(time.time())
    return int(t.chain.w3.eth.get_block("latest")["timestamp"])


# ------------------------------------------------------------------ sync

@dataclass(frozen=True)
class SyncSummary:
    """What one sync did; from_block..to_block were read, `events` new ones stored."""

    network: str
    from_block: int
    to_block: int
    events: int
    orders_changed: int
    cancelled: bool = False
    chain_now: int | None = None
    #: Shipped orders whose tracking number could not be read back from the chain, and why.
    unreadable: tuple[UserFacingError, ...] = ()

    def as_json(self) -> dict:
        """The summary `ziliudi sync --json` prints."""
        return {"network": self.network, "from_block": self.from_block,
                "to_block": self.to_block, "events": self.events,
                "orders_changed": self.orders_changed,
                "unreadable": [str(e) for e in self.unreadable]}


def sync(work, network: str | None = None, progress: Callable[[int, int, str], None] | None = None,
         cancelled: Callable[[], bool] | None = None,
         confirmations: int | None = None) -> SyncSummary:
    """Read the escrow contract's new events into the orders, batch by batch.

    Each batch's events, the orders they change and the cursor land in one transaction.
    NodeDown when the node is lost: the whole batches read before stay, with their orders.
    """
    require_chain(work)
    t = target(work, network)
    if confirmations is None:
        confirmations = 0 if t.is_sandbox or t.chain_id in DEV_CHAINS else DEFAULT_CONFIRMATIONS
    accounts = {a.address.lower() for a in work.wallet.accounts.list()}
    reader = client(work, t)
    sink = OrderSink(work.db, t.chain_id, t.contract, accounts=accounts,
                     parties=reader.offer_parties, funded_offer=reader.funded_offer)
    before = sink.cursor()
    try:
        result = EscrowSync(sink, t.chain, t.contract, confirmations=confirmations).run(
            progress, cancelled)
    finally:
        if sink.changed:
            work.changed(AREA)
        if sink.lots:
            work.changed("lots")
    unreadable = recover_shipments(work, t, reader, accounts)
    return SyncSummary(t.network, before[0] + 1 if before else 0, result.last_block,
                       result.added, len(sink.changed), result.cancelled, chain_now(work, t),
                       tuple(unreadable))


class OrderSink:
    """Where the wallet's escrow sync writes (its EventSink): the shop's ledger of one
    contract, with the wallet's typed events turned into the shop's ChainEvents here.
    `changed` collects the ids of the orders the run changed.

    With `accounts` (lower-case addresses) it keeps only the escrows where one of them is
    seller, buyer, payee or arbitrator, and the credits and revocations naming one of them:
    a shared contract holds every store's escrows. `parties(offer hash) -> addresses` reads
    an offer's payees and arbitrator from the chain (asked once per offer).

    For an escrow kept because its offer pays one of `accounts` (the supplier of another's
    sale), `funded_offer(offer hash, escrow id, tx hash) -> Offer or None` reads the signed
    offer back once per offer, so the book learns which of its lot items it sells."""

    def __init__(self, db, chain_id: int, contract: str, accounts: set[str] | None = None,
                 parties=None, funded_offer=None):
        self.ledger = orders_ledger.EscrowLedger(db, chain_id, contract)
        self.changed: set[int] = set()
        self.lots: set[int] = set()  # lots whose stock the changed orders moved
        self.accounts, self._parties, self._funded_offer = accounts, parties, funded_offer
        self._offers: dict[bytes, bool] = {}
        self._goods: dict[str, object] = {}  # offers of others read in this batch

    def _offer_is_mine(self, offer_hash: bytes) -> bool:
        if offer_hash not in self._offers:
            found = self._parties(offer_hash) if self._parties else ()
            self._offers[offer_hash] = any(a.lower() in self.accounts for a in found)
        return self._offers[offer_hash]

    def _mine(self, events: list) -> list:
        """The events of this profile's escrows (all of them without `accounts`)."""
        if self.accounts is None:
            return events
        mine = self.accounts
        known = self.ledger.known_escrows({e.escrow_id for e in events
                                           if getattr(e, "escrow_id", None) is not None})
        kept = []
        for e in events:
            escrow_id = getattr(e, "escrow_id", None)
            if escrow_id is None:  # a credit or a revocation: whose it is
                who = getattr(e, "to", None) or getattr(e, "seller", "")
                if who.lower() in mine:
                    kept.append(e)
            elif type(e).__name__ == "Funded":
                if e.seller.lower() in mine:
                    known.add(escrow_id)
                    kept.append(e)
                elif e.buyer.lower() in mine or self._offer_is_mine(e.offer_hash):
                    known.add(escrow_id)
                    kept.append(e)
                    if self._funded_offer and self._offer_is_mine(e.offer_hash):
                        self._read_goods(e)
            elif escrow_id in known:
                kept.append(e)
        return kept

    def _read_goods(self, funded) -> None:
        """Read once what another seller's offer paying this profile sells (its salt)."""
        key = "0x" + bytes(funded.offer_hash).hex()
        if key in self._goods or self.ledger.known_offers([key]):
            return
        offer = self._funded_offer(funded.offer_hash, funded.escrow_id, funded.tx_hash)
        self._goods[key] = None if offer is None else orders_goods.FundedOffer(
            offer.salt, sum(p.amount for p in offer.payees if p.account.lower() in self.accounts),
            offer.token)

    def cursor(self) -> tuple[int, str | None] | None:
        """The ledger's cursor: (last block, its hash) or None."""
        return self.ledger.cursor()

    def checkpoints(self) -> list[tuple[int, str]]:
        """The ledger's recent batch ends, newest first."""
        return self.ledger.checkpoints()

    def save(self, events: list, end_block: int, end_hash: str) -> int:
        """Store a batch of typed events with the cursor move; how many were new."""
        ledger = self.ledger
        mine = self._mine(events)
        goods, self._goods = self._goods, {}
        # A batch of 10,000 events makes ~300,000 objects in no cycle (events, rows, lines):
        # the cycle collector's passes over the heap were 0.05 s of a 0.4 s sync, 0.15 s of
        # 1.1 s with the books (bench escrow_sync, escrow_sync_seller).
        with cycle_collection_paused():
            applied = ledger.save([chain_event(ledger.chain_id, ledger.contract, e)
                                   for e in mine], end_block, end_hash, offers=goods)
        self.changed.update(applied.changed)
        self.lots.update(applied.lots)
        return applied.new_events

    def rewind(self, to_block: int, to_hash: str | None) -> int:
        """Forget what came after to_block; how many events went."""
        rewound = self.ledger.rewind(to_block, to_hash)
        self.changed.update(rewound.changed)
        self.lots.update(rewound.lots)
        return rewound.removed


def chain_event(chain_id: int, contract: str, event) -> model.ChainEvent:
    """The shop's ChainEvent of one of the wallet's typed escrow events: its arguments under
    the contract's names, hashes as 0x-hex text."""
    names, hashes = _arguments(type(event))
    args = {key: getattr(event, name) for name, key in names}
    for key in hashes:
        args[key] = "0x" + args[key].hex()
    return model.ChainEvent(chain_id, contract, getattr(event, "escrow_id", None),
                           type(event).__name__, event.block_number, event.block_hash,
                           event.tx_hash, event.log_index, args, getattr(event, "note", None),
                           event.at)


@lru_cache(maxsize=None)
def _arguments(cls) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """((field, the contract's camelCase name), ...) of a typed event's arguments, and the
    names of those that are bytes (hashes, a sealed statement), kept as hex text. Every
    field counts but where the event was logged, the escrow id and the note, which
    ChainEvent has apart."""
    from dataclasses import fields

    skip = {f.name for f in fields(EscrowEvent)} | {"escrow_id", "note"}
    names, hashes = [], []
    for f in fields(cls):
        if f.name in skip:
            continue
        head, *rest = f.name.split("_")
        names.append((f.name, head + "".join(word.title() for word in rest)))
        if f.type in (bytes, "bytes"):
            hashes.append(names[-1][1])
    return tuple(names), tuple(hashes)


# ------------------------------------------------------------------ reading

@dataclass(frozen=True)
class OrderView:
    """An order with its listing's name and the buyer's delivery details (when the store's
    key is in the keyring); `problem` says why details could not be read."""

    order: model.Order
    listing: str = ""
    details: dict | None = None
    problem: str = ""
    bond: int | None = None  # what the seller posts or posted (base units); None if unknown


def bond_of(work, order: model.Order) -> int | None:
    """The order's bond in base units: posted (from the chain's Accepted event) or, before the
    seller accepts, what its offer asks for its quantity; None for an offer this book lacks."""
    if order.state != "Funded":
        return order.bond
    kept = offer_by_hash(work.db, order.offer_hash or "")
    return int(kept.offer["bond"]) * order.quantity if kept else None


def order_views(work, contract: str | None = None, vault=None,
                decrypt: bool = True) -> list[OrderView]:
    """The book's orders (of one contract if given), newest first, notes decrypted."""
    names = {x.id: f"{x.name} {x.variant}".strip() for x in storefront.listings(work)}
    goods = goods_names(work.db)  # of the book's own lots, sold by others
    if decrypt:
        if vault is None:
            vault = Vault(SERVICE_PREFIX + work.profile_id)
        vault = storefront.OnceVault(vault)
    out = []
    for o in orders_store.list_orders(work.db, contract=contract):
        details, problem = None, ""
        if decrypt and o.note:
            try:
                details = storefront.read_delivery_note(work, o.note, vault)
            except Exception as e:  # a note not for this key, or no key: say so, go on
                problem = str(e)
        name = names.get(o.listing_id) or goods.get((o.offer_hash or "").lower(), "")
        out.append(OrderView(o, name, details, problem, bond_of(work, o)))
    return out


def order_history(work, order: model.Order) -> list[orders_store.HistoryEntry]:
    """An order's on-chain events (block, tx hash, time)."""
    return orders_store.history(work.db, order.id)


# ------------------------------------------------------------------ the seller's actions

def accept(work, signer, escrow_ids: list[int], network: str | None = None):
    """Co-sign one escrow (accept) or several in one transaction (accept_many)."""
    c = client(work, target(work, network))
    ids = sorted(set(escrow_ids))
    work.changed(JOURNAL_AREA)
    return c.accept(signer, ids[0]) if len(ids) == 1 else c.accept_many(signer, ids)


def _store_secret(work, vault=None) -> str:
    """The store's private delivery key, made now when the store has none yet."""
    try:
        return storefront.delivery_secret(work, vault)
    except UserFacingError:
        storefront.ensure_delivery_key(work, vault)  # refused when the keyring lost the key
        return storefront.delivery_secret(work, vault)


def _reply_key(order: model.Order | None, secret: str) -> str | None:
    """The buyer's reply key from the order's delivery note (None without one)."""
    if order is None or not order.note:
        return None
    try:
        details = storefront_notes.open_note(order.note, secret)
    except ShopError:
        return None
    return tracking.usable_reply_key(details.get("reply"))


def seal_shipment(work, t: Target, escrow_id: int, carrier: str, tracking_number: str,
                  vault=None) -> bytes:
    """The carrier and tracking number sealed for this order's buyer and for the store (see
    shop.storefront.tracking), as mark-shipped carries them on chain."""
    secret = _store_secret(work, vault)
    order = orders_store.get_order(work.db, t.chain_id, t.contract, escrow_id)
    return tracking.seal(carrier, tracking_number, secret, _reply_key(order, secret),
                         tracking.place(t.chain_id, t.contract, escrow_id))


def mark_shipped(work, signer, escrow_id: int, carrier: str, tracking_number: str,
                 network: str | None = None, vault=None):
    """Keep carrier and tracking number in the book, then put them on chain sealed for the
    buyer and the store (a profile restored from the phrase reads them back)."""
    if not carrier.strip() or not tracking_number.strip():
        raise UserFacingError("Enter the carrier and the tracking number.")
    t = target(work, network)
    sealed = seal_shipment(work, t, escrow_id, carrier, tracking_number, vault)
    orders_store.record_shipment(work.db, t.chain_id, t.contract, escrow_id, carrier,
                                 tracking_number.strip().upper(),
                                 "0x" + tracking_hash(sealed).hex())
    work.changed(AREA, JOURNAL_AREA)
    return client(work, t).mark_shipped(signer, escrow_id, sealed)


def recover_shipments(work, t: Target, reader, accounts: set[str],
                      vault=None) -> list[UserFacingError]:
    """Read back from the chain the carrier and tracking number of the store's shipped
    orders the book has none for (a profile restored from the phrase, a shipment sent from
    another computer); returns a refusal for each one that cannot be read."""
    missing = [o for o in orders_store.orders_without_shipment(work.db, t.chain_id, t.contract)
               if (o.seller or "").lower() in accounts]
    if not missing:
        return []
    try:
        secret = storefront.delivery_secret(work, vault)
    except UserFacingError as e:
        return [e]
    problems = []
    for order in missing:
        shipped = [h for h in orders_store.history(work.db, order.id) if h.kind == "Shipped"]
        if not shipped:
            continue
        number = model.escrow_number(order.escrow_id)
        sealed = reader.sealed_shipment(order.escrow_id, shipped[-1].tx_hash, order.tracking_hash)
        if sealed is None:
            problems.append(UserFacingError(
                "The shipment of order {order} on chain does not match its hash: it was changed "
                "or garbled, so its tracking number cannot be read back.", order=number))
            continue
        try:
            carrier, tracking_number = tracking.open_sealed(
                sealed, secret, _reply_key(order, secret),
                tracking.place(t.chain_id, t.contract, order.escrow_id))
        except ShopError:
            problems.append(UserFacingError(
                "The tracking number of order {order} cannot be read with this store's key: it "
                "was changed or sealed for another order.", order=number))
            continue
        orders_store.record_shipment(work.db, t.chain_id, t.contract, order.escrow_id, carrier,
                                     tracking_number, order.tracking_hash, at=shipped[-1].at)
        work.changed(AREA)
    return problems


_ACTIONS = {"claim": "claim", "reclaim": "reclaim", "refund": "refund",
            "timeout": "timeout_dispute", "decline": "decline"}


def act(work, signer, escrow_id: int, action: str, network: str | None = None):
    """claim, reclaim, refund, decline or timeout on one escrow (a dispute: dispute())."""
    c = client(work, target(work, network))
    work.changed(JOURNAL_AREA)
    return getattr(c, _ACTIONS[action])(signer, escrow_id)


def dispute(work, signer, escrow_id: int, statement: str = "", network: str | None = None,
            journal=None):
    """Open a dispute on one escrow with a statement (may be empty) sealed to its arbitrator
    (see services.store_arbitrator.seal_for)."""
    c = client(work, target(work, network), journal)
    sealed = seal_for(work, c.read(escrow_id), statement)
    work.changed(JOURNAL_AREA)
    return c.dispute(signer, escrow_id, sealed)


def add_statement(work, signer, escrow_id: int, statement: str, network: str | None = None,
                  journal=None):
    """Add a statement, sealed to the escrow's arbitrator, to its open dispute."""
    if not statement.strip():
        raise UserFacingError("The statement is empty.")
    c = client(work, target(work, network), journal)
    sealed = seal_for(work, c.read(escrow_id), statement)
    work.changed(JOURNAL_AREA)
    return c.add_statement(signer, escrow_id, sealed)


def settlement(work, escrow_id: int, buyer_amount: int, seller_amount: int,
               network: str | None = None):
    """A settlement of what the escrow holds now, with its current nonce; checks the sum."""
    t = target(work, network)
    view = client(work, t).read(escrow_id)
    if buyer_amount < 0 or seller_amount < 0 or buyer_amount + seller_amount != view.held:
        held = Money(view.held, currency_of(work.wallet.network(t.network).token))
        raise UserFacingError("The two parts must add up to {held}, what the escrow holds.",
                              held=str(held))
    return Settlement(escrow_id, buyer_amount, seller_amount, view.settlement_nonce)


def settlement_request(work, s, network: str | None = None) -> dict:
    """The settlement's EIP-712 typed data, for the buyer to sign in any wallet
    (eth_signTypedData_v4); the signature comes back to be pasted into the settle dialog."""
    t = target(work, network)
    return settlement_typed_data(s, t.chain_id, t.contract)


def proposal_code(s) -> str:
    """A settlement as the short code the buyer opens on the store's order page: the order
    number, the buyer's and the seller's parts in token units and the escrow's nonce."""
    return f"{model.escrow_number(s.escrow_id)}.{s.buyer_amount}.{s.seller_amount}.{s.nonce}"


def proposal_link(site_url: str, s) -> str:
    """The store's order page at `site_url` opened on this settlement proposal."""
    return order_link(site_url, s.escrow_id, proposal_code(s))


def sign_settlement(work, signer, s, network: str | None = None) -> str:
    """The seller's signature of the settlement, 0x-hex."""
    return "0x" + client(work, target(work, network)).sign_settlement(signer, s).hex()


def settle(work, signer, s, buyer_signature: str, seller_signature: str,
           network: str | None = None):
    """Submit a settlement both parties signed; a signature that is not the buyer's is refused
    before anything is sent."""
    typed = settlement_request(work, s, network)
    try:
        signer_of = recover_typed_data(typed, buyer_signature.strip())
    except Exception:
        signer_of = None
    c = client(work, target(work, network))
    if signer_of is None or signer_of.lower() != c.read(s.escrow_id).buyer.lower():
        raise UserFacingError("That is not the buyer's signature of this settlement.")
    work.changed(JOURNAL_AREA)
    return c.settle(signer, s, bytes.fromhex(buyer_signature.strip().removeprefix("0x")),
                    bytes.fromhex(seller_signature.removeprefix("0x")))


# ------------------------------------------------------------------ credits

@dataclass(frozen=True)
class Credit:
    """Money the escrow keeps for one of the profile's accounts because the token refused to
    pay it out (a blocked address, say); taken out with withdraw_credit. Unpacks as
    (token, account, amount); symbol and decimals are the token's."""

    token: str
    account: str
    amount: int
    symbol: str = ""
    decimals: int = 0

    def __iter__(self):
        return iter((self.token, self.account, self.amount))

    @property
    def money(self) -> Money:
        """The amount in the token's units, named by its symbol (its address when it has none)."""
        return Money(self.amount, Currency.token(self.symbol or self.token, self.decimals))

    def as_json(self) -> dict:
        return {"token": self.token, "account": self.account, "amount": self.amount,
                "symbol": self.symbol, "decimals": self.decimals}


def credits(work, network: str | None = None) -> list[Credit]:
    """The credits waiting in the escrow for the profile's wallet accounts, non-zero only.

    The tokens asked about are the network's token and every token a stored Credited event
    names; the amounts are read from the contract (credit_of), which a withdrawal zeroes.
    """
    from web3 import Web3

    t = target(work, network)
    accounts = [Web3.to_checksum_address(a.address) for a in work.wallet.accounts.list()]
    if not accounts:
        return []
    token = work.wallet.network(t.network).token
    tokens = {Web3.to_checksum_address(token.address): (token.symbol, token.decimals)} \
        if token else {}
    seen = orders_ledger.credited(work.db, t.chain_id, t.contract)
    mine = {a.lower() for a in accounts}
    for tok, to in seen:
        if to and to.lower() in mine and Web3.to_checksum_address(tok) not in tokens:
            tokens[Web3.to_checksum_address(tok)] = None
    c = client(work, t)
    out = []
    for tok in sorted(tokens):
        for account in accounts:
            amount = c.credit_of(tok, account)
            if amount <= 0:
                continue
            if tokens[tok] is None:
                try:
                    info = token_info(t.chain.w3, tok)
                    tokens[tok] = (info.symbol, info.decimals)
                except Exception:
                    tokens[tok] = ("", 0)
            out.append(Credit(tok, account, amount, *tokens[tok]))
    return out


def withdraw_credit(work, signer, token: str, network: str | None = None):
    """Take the signer's credit in `token` out of the escrow (refused while the token still
    refuses the transfer, or when there is nothing to take); the credits shown with the
    orders change."""
    c = client(work, target(work, network))
    work.changed(AREA, JOURNAL_AREA)
    return c.withdraw(signer, token)
