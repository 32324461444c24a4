"""The escrow contract's events as typed values, and their decoding from raw logs.

Each event the contract logs has a frozen dataclass here, checked against the
contract's ABI when the specs are built; every one carries where it was logged and
its block's time. decode_events() turns raw logs into typed events through a decoder
generated per event type. Apart from the scanner (escrow_sync), which fetches the
logs and the block times: what an event means does not depend on how or when it was
read. Where the events are kept is the caller's business (the shop folds them into
its orders).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from wallet.escrow_abi import abi, event_topic

# ---------------------------------------------------------------- typed events


@dataclass(frozen=True)
class EscrowEvent:
    """Where and when an event was logged (at: the block's time, UTC seconds); every
    typed event starts with these."""

    block_number: int
    block_hash: str
    tx_hash: str
    log_index: int
    at: int


@dataclass(frozen=True)
class OfferRevoked(EscrowEvent):
    seller: str
    offer_hash: bytes


@dataclass(frozen=True)
class Funded(EscrowEvent):
    escrow_id: int
    seller: str
    buyer: str
    offer_hash: bytes
    quantity: int
    price: int
    accept_deadline: int
    note: bytes  # opaque, encrypted to the seller by the buyer


@dataclass(frozen=True)
class Cancelled(EscrowEvent):
    escrow_id: int


@dataclass(frozen=True)
class Refunded(EscrowEvent):
    escrow_id: int


@dataclass(frozen=True)
class Declined(EscrowEvent):
    """The seller turned the escrow down before accepting; the buyer got the price back."""

    escrow_id: int


@dataclass(frozen=True)
class Accepted(EscrowEvent):
    escrow_id: int
    bond: int
    ship_deadline: int


@dataclass(frozen=True)
class Shipped(EscrowEvent):
    escrow_id: int
    tracking_hash: bytes  # keccak256 of the sealed shipment the markShipped call carried
    confirm_deadline: int


@dataclass(frozen=True)
class Confirmed(EscrowEvent):
    escrow_id: int


@dataclass(frozen=True)
class Claimed(EscrowEvent):
    escrow_id: int


@dataclass(frozen=True)
class Reclaimed(EscrowEvent):
    escrow_id: int


@dataclass(frozen=True)
class Disputed(EscrowEvent):
    escrow_id: int
    by: str
    arbitration_deadline: int


@dataclass(frozen=True)
class Statement(EscrowEvent):
    """A party's statement in a dispute, sealed to the arbitrator's key by its client."""

    escrow_id: int
    by: str
    statement: bytes  # opaque: only the arbitrator can open it


@dataclass(frozen=True)
class Ruled(EscrowEvent):
    escrow_id: int
    buyer_amount: int
    seller_amount: int
    fee: int


@dataclass(frozen=True)
class DisputeTimedOut(EscrowEvent):
    escrow_id: int


@dataclass(frozen=True)
class Settled(EscrowEvent):
    escrow_id: int
    buyer_amount: int
    seller_amount: int


@dataclass(frozen=True)
class SettlementsVoided(EscrowEvent):
    escrow_id: int
    next_nonce: int


@dataclass(frozen=True)
class Credited(EscrowEvent):
    """A payout the token refused (a blocked recipient, say), kept in the contract for
    ``to`` to withdraw. It names no escrow, like OfferRevoked."""

    token: str
    to: str
    amount: int


EVENT_TYPES = {cls.__name__: cls for cls in (
    OfferRevoked, Funded, Cancelled, Refunded, Declined, Accepted, Shipped, Confirmed,
    Claimed, Reclaimed, Disputed, Statement, Ruled, DisputeTimedOut, Settled, SettlementsVoided,
    Credited)}
_META = len(fields(EscrowEvent))


@lru_cache(maxsize=None)
def _snake(name: str) -> str:
    return "escrow_id" if name == "id" else re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


# ---------------------------------------------------------------- decoding

@dataclass(frozen=True)
class _Spec:
    kind: str
    cls: type
    indexed: tuple  # ((abi name, type), ...) in topic order
    data: tuple  # ((abi name, type), ...) in data order


def event_specs() -> dict[str, _Spec]:
    """How to decode each typed event, by its topic; RuntimeError if one differs from the ABI."""
    out = {}
    for item in abi():
        if item["type"] != "event" or item["name"] not in EVENT_TYPES:
            continue
        ins = item["inputs"]
        indexed = tuple((i["name"], i["type"]) for i in ins if i["indexed"])
        data = tuple((i["name"], i["type"]) for i in ins if not i["indexed"])
        cls = EVENT_TYPES[item["name"]]
        if [_snake(n) for n, _ in indexed + data] != [f.name for f in fields(cls)[_META:]]:
            raise RuntimeError(f"the {cls.__name__} event does not match the contract's ABI")
        out[event_topic(item["name"])] = _Spec(item["name"], cls, indexed, data)
    return out


@lru_cache(maxsize=4096)
def _checksum(hex40: str) -> str:
    # Checksumming hashes; a contract sees the same few parties over and over.
    from eth_utils import to_checksum_address

    return to_checksum_address("0x" + hex40)


def as_hex(value) -> str:
    """A hash or data as JSON-RPC gives it (a hex string), from the text or the bytes."""
    return value if isinstance(value, str) else "0x" + bytes(value).hex()


def as_int(value) -> int:
    """A number as a node gives it over HTTP (hex text) or through web3's formatters."""
    return int(value, 16) if isinstance(value, str) else int(value)


def as_hex_log(log) -> dict:
    """A log with every field as JSON-RPC gives it (hex strings), from web3's formatted one."""
    out = {"topics": [as_hex(t) for t in log["topics"]], "data": as_hex(log["data"]),
           "blockNumber": hex(as_int(log["blockNumber"])),
           "blockHash": as_hex(log["blockHash"]),
           "transactionHash": as_hex(log["transactionHash"]),
           "logIndex": hex(as_int(log["logIndex"]))}
    if log.get("blockTimestamp") is not None:
        out["blockTimestamp"] = hex(as_int(log["blockTimestamp"]))
    return out


def _decoder(spec: _Spec):
    """A function (log with hex strings, its topics, its data, block time) -> typed event,
    written out for one event type.

    Generated once per type so that decoding 10,000 logs runs no generic loop: each
    value is sliced from its topic or data word and converted in place. The frozen
    dataclass is filled in directly rather than through its __init__, which sets each
    field through object.__setattr__ and took a third of the decoding; the event is
    the same (equal, hashed and printed alike).
    """
    values = ["int(log['blockNumber'], 16)", "log['blockHash']", "log['transactionHash']",
              "int(log['logIndex'], 16)", "at"]
    for pos, (_, kind) in enumerate(spec.indexed, 1):
        values.append(_convert(kind, f"t[{pos}][2:]"))
    for word, (_, kind) in enumerate(spec.data):
        src = f"d[{2 + 64 * word}:{66 + 64 * word}]"
        # A dynamic value's word holds where its length and bytes start in the data.
        values.append(f"_note(d, int({src}, 16))" if kind == "bytes" else _convert(kind, src))
    items = ", ".join(f"{f.name!r}: {v}" for f, v in zip(fields(spec.cls), values))
    src = (f"def decode(log, t, d, at):\n"
           f"    event = new(CLS)\n"
           f"    event.__dict__.update({{{items}}})\n"
           f"    return event\n")
    scope = {"CLS": spec.cls, "new": object.__new__, "cs": _checksum, "_note": _note,
             "fromhex": bytes.fromhex}
    exec(compile(src, f"<decoder {spec.kind}>", "exec"), scope)
    return scope["decode"]


def _convert(kind: str, src: str) -> str:
    if kind == "address":
        return f"cs({src}[-40:])"
    if kind == "bytes32":
        return f"fromhex({src})"
    return f"int({src}, 16)"


def _note(data: str, offset: int) -> bytes:
    start = 2 + 2 * offset
    length = int(data[start:start + 64], 16)
    return bytes.fromhex(data[start + 64:start + 64 + 2 * length])


def decode_events(logs: list, specs: dict[str, _Spec], times: dict[str, int] | None = None
                  ) -> list[EscrowEvent]:
    """Typed events of raw logs with hex fields (unknown topics skipped), in the order given.

    A log's time is its blockTimestamp when the node gave one, else times[its block hash].
    """
    decoders = _decoders(specs)
    events = []
    append = events.append
    for log in logs:
        t = log["topics"]
        if not t:
            continue
        decode = decoders.get(t[0])
        if decode is not None:
            stamp = log.get("blockTimestamp")
            append(decode(log, t, log["data"],
                          int(stamp, 16) if stamp is not None else times[log["blockHash"]]))
    return events


_DECODERS: dict[int, tuple] = {}


def _decoders(specs: dict[str, _Spec]) -> dict:
    cached = _DECODERS.get(id(specs))
    if cached is None or cached[0] is not specs:
        cached = _DECODERS[id(specs)] = (specs, {topic: _decoder(spec)
                                                 for topic, spec in specs.items()})
    return cached[1]
