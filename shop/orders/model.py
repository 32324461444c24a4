"""An order's state, folded from its escrow events: a pure state machine.

fold() takes an escrow's events in any order and any number of times and gives
the same Order: events are keyed by (tx hash, log index), sorted by (block,
log index), and a closing event ends the order for good. States use the
contract's words: Funded, Accepted, Shipped, Disputed (open) and Completed,
Refunded, Resolved (closed). A Statement (a party's sealed words in a dispute)
joins the order's history but changes nothing the fold gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

OPEN_STATES = frozenset({"Funded", "Accepted", "Shipped", "Disputed"})
CLOSED_STATES = frozenset({"Completed", "Refunded", "Resolved"})
#: An event opening a state, and the args key of that state's deadline.
OPENING = {"Funded": "acceptDeadline", "Accepted": "shipDeadline",
           "Shipped": "confirmDeadline", "Disputed": "arbitrationDeadline"}
#: An event closing the escrow, and the state it leaves.
CLOSING = {"Cancelled": "Refunded", "Refunded": "Refunded", "Declined": "Refunded",
           "Reclaimed": "Refunded", "Confirmed": "Completed", "Claimed": "Completed",
           "Ruled": "Resolved", "DisputeTimedOut": "Resolved", "Settled": "Resolved"}
KINDS = frozenset(OPENING) | frozenset(CLOSING) | {"SettlementsVoided"}
_DEADLINE_FIELD = {"Funded": "accept_deadline", "Accepted": "ship_deadline",
                   "Shipped": "confirm_deadline", "Disputed": "arbitration_deadline"}
REMIND_WITHIN = 12 * 3600


def escrow_number(escrow_id: int) -> str:
    """An escrow id as people read it: its offer's index on the contract and its number
    among that offer's escrows ("3-12"); the contract makes ids as index << 32 | n."""
    return f"{escrow_id >> 32}-{escrow_id & 0xFFFFFFFF}"


def parse_escrow_number(text: str) -> int | None:
    """The escrow id a person typed: its number as escrow_number shows it ("3-12") or the
    raw id; None when the text is neither."""
    text = text.strip()
    index, dash, n = text.partition("-")
    if not dash:
        return int(text) if text.isdigit() and text.isascii() else None
    if not (index.isdigit() and n.isdigit() and index.isascii() and n.isascii()):
        return None
    index, n = int(index), int(n)
    return index << 32 | n if index < 2**32 and n < 2**32 else None


@dataclass(slots=True)
class ChainEvent:
    """One escrow event as read from chain: where it was logged, its kind and arguments.

    escrow_id is None for the events that name no escrow (Credited, OfferRevoked);
    args uses the contract's (camelCase) names, e.g. {"acceptDeadline": ...};
    at is the block's time (UTC seconds) when known; note is the buyer's
    encrypted delivery note of a Funded event. Nothing changes an event once made; it
    is not frozen only because a sync makes one per log, and a frozen dataclass takes
    six times as long to make.
    """

    chain_id: int
    contract: str
    escrow_id: int | None
    kind: str
    block_number: int
    block_hash: str
    tx_hash: str
    log_index: int
    args: dict = field(default_factory=dict)
    note: bytes | None = None
    at: int | None = None

    @property
    def key(self) -> tuple:
        """What makes the event unique on a chain."""
        return (self.tx_hash.lower(), self.log_index)

    @property
    def position(self) -> tuple:
        """Chain order."""
        return (self.block_number, self.log_index)


@dataclass(frozen=True)
class Order:
    """An order in the shop: one escrow's terms and state; amounts in token base units,
    times in UTC seconds. deadline is the current one while open, None once closed."""

    chain_id: int
    contract: str
    escrow_id: int
    state: str = "None"
    last_event: str = ""
    offer_hash: str | None = None
    listing_id: int | None = None
    quantity: int = 0
    price: int = 0
    bond: int = 0
    buyer: str | None = None
    seller: str | None = None
    deadline: int | None = None
    accept_deadline: int | None = None
    ship_deadline: int | None = None
    confirm_deadline: int | None = None
    arbitration_deadline: int | None = None
    tracking_hash: str | None = None
    disputed_by: str | None = None
    buyer_amount: int | None = None
    seller_amount: int | None = None
    arbitrator_fee: int | None = None
    settlement_nonce: int = 0
    note: bytes | None = None
    funded_at: int | None = None
    funded_block: int | None = None
    updated_block: int | None = None
    id: int | None = None
    carrier: str | None = None
    tracking_number: str | None = None

    @property
    def is_open(self) -> bool:
        """True while the escrow still holds money."""
        return self.state in OPEN_STATES

    def seconds_left(self, now: int) -> int | None:
        """Seconds to the current deadline (negative once passed), None when closed."""
        return None if self.deadline is None else self.deadline - now

    def actions(self, now: int) -> frozenset[str]:
        """What the seller can do now: accept, decline, ship, dispute, statement (add one to
        an open dispute), settle, claim, reclaim, refund, timeout (decline and the last three
        pay the buyer; anyone may send the last three)."""
        if not self.is_open or self.deadline is None:
            return frozenset()
        before = now < self.deadline
        out = {"settle"}
        if self.state == "Funded":
            out |= {"accept", "decline"} if before else {"refund", "decline"}
        elif self.state == "Accepted":
            out |= {"ship", "dispute"} if before else {"reclaim"}
        elif self.state == "Shipped":
            out |= {"dispute"} if before else {"claim"}
        elif self.state == "Disputed":
            out.add("statement" if before else "timeout")
        return frozenset(out)


def party_of(order: Order, account: str | None) -> str:
    """"buyer" or "seller" when `account` is that party of the order, else ""."""
    account = (account or "").lower()
    for role, who in (("buyer", order.buyer), ("seller", order.seller)):
        if who and account == who.lower():
            return role
    return ""


_CHAIN_ORDER = attrgetter("block_number", "log_index")


def fold(chain_id: int, contract: str, escrow_id: int, events) -> Order:
    """The order of one escrow from its events (any order, duplicates allowed)."""
    return Order(chain_id, contract, escrow_id, **folded(events))


def folded(events) -> dict:
    """What fold() gives, as the Order fields its events set (state always): the book
    writes a sync's thousands of new orders from these without making Orders."""
    # e.key and e.position written out, for the same reason.
    unique = {(e.tx_hash.lower(), e.log_index): e for e in events if e.kind in KINDS}
    values: dict = {}
    state, closed = "None", False
    for e in sorted(unique.values(), key=_CHAIN_ORDER):
        kind, a = e.kind, e.args
        if closed and kind in OPENING:
            continue  # nothing reopens a closed escrow; a stray event cannot either
        values["last_event"], values["updated_block"] = kind, e.block_number
        if kind in OPENING:
            if not closed:
                state = kind
            deadline = a.get(OPENING[kind])
            values["deadline"] = deadline
            values[_DEADLINE_FIELD[kind]] = deadline
        elif kind in CLOSING:
            state, closed = CLOSING[kind], True
            values["deadline"] = None
        if kind == "Funded":
            values.update(buyer=a.get("buyer"), seller=a.get("seller"),
                          offer_hash=a.get("offerHash"), quantity=int(a.get("quantity", 0)),
                          price=int(a.get("price", 0)), note=e.note, funded_at=e.at,
                          funded_block=e.block_number)
        elif kind == "Accepted":
            values["bond"] = int(a.get("bond", 0))
        elif kind == "Shipped":
            values["tracking_hash"] = a.get("trackingHash")
        elif kind == "Disputed":
            values["disputed_by"] = a.get("by")
        elif kind in ("Ruled", "Settled"):
            values.update(buyer_amount=a.get("buyerAmount"), seller_amount=a.get("sellerAmount"))
            if kind == "Ruled":
                values["arbitrator_fee"] = a.get("fee")
        elif kind == "SettlementsVoided":
            values["settlement_nonce"] = int(a.get("nextNonce", 0))
    if closed:
        values["deadline"] = None
    values["state"] = state
    return values


def reminders(orders, now: int, within: int = REMIND_WITHIN) -> list[Order]:
    """Orders whose accept or ship deadline is still ahead but within `within` seconds,
    soonest first: what the seller must do before the money goes back."""
    due = [o for o in orders if o.state in ("Funded", "Accepted") and o.deadline is not None
           and 0 < o.deadline - now <= within]
    return sorted(due, key=lambda o: o.deadline)
