"""The escrow contract's events as typed values, and their decoding from raw logs.

Each event the contract logs has a frozen dataclass here, checked against the
contract's ABI when the specs are built. decode_rows() turns raw logs into
escrow_events rows through a decoder generated per event type; event_from_row()
and stored_events() turn stored rows back into typed events. Apart from the
scanner (escrow_sync), which fetches the logs: what an event means does not
depend on how or when it was read, and reading the book back needs no node.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from functools import lru_cache

from eth_utils import to_checksum_address

from wallet import escrow_store as store
from wallet.escrow_abi import abi, event_topic


# ---------------------------------------------------------------- typed events

@dataclass(frozen=True)
class EscrowEvent:
    """Where an event was logged; every typed event starts with these."""

    block_number: int
    block_hash: str
    tx_hash: str
    log_index: int


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
    tracking_hash: bytes
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
    ``to`` to withdraw. It names no escrow: its row's escrow_id is NULL, like OfferRevoked."""

    token: str
    to: str
    amount: int


EVENT_TYPES = {cls.__name__: cls for cls in (
    OfferRevoked, Funded, Cancelled, Refunded, Declined, Accepted, Shipped, Confirmed,
    Claimed, Reclaimed, Disputed, Ruled, DisputeTimedOut, Settled, SettlementsVoided,
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
    names: tuple  # ABI names of indexed then data, which is the dataclass field order
    # Precomputed for the fast path: where each value sits (topic number or data word),
    # how it is converted, and the args JSON as a %-template (same text json.dumps gives).
    plan: tuple = ()
    template: str = ""
    has_id: bool = False
    note_word: int | None = None


def _plan(indexed: tuple, data: tuple, names: tuple):
    """(plan, template, note word) of one event. plan entries: (from topics?, position,
    kind, goes into args?)."""
    plan, parts, note_word = [], [], None
    for i, (name, kind) in enumerate(indexed):
        plan.append((True, i + 1, kind, name != "id"))
    for j, (name, kind) in enumerate(data):
        if kind == "bytes":
            note_word = j
            continue
        plan.append((False, j, kind, True))
    for name, kind in (indexed + data):
        if name in ("id", "note") or kind == "bytes":
            continue
        quote = kind in ("address", "bytes32")
        parts.append(f'"{name}":' + ('"%s"' if quote else "%d"))
    return tuple(plan), "{" + ",".join(parts) + "}", note_word


def event_specs() -> dict[str, _Spec]:
    """How to decode each typed event, by its topic; RuntimeError if one differs from the ABI."""
    out = {}
    for item in abi():
        if item["type"] != "event" or item["name"] not in EVENT_TYPES:
            continue
        topic = event_topic(item["name"])
        ins = item["inputs"]
        indexed = tuple((i["name"], i["type"]) for i in ins if i["indexed"])
        data = tuple((i["name"], i["type"]) for i in ins if not i["indexed"])
        names = tuple(n for n, _ in indexed + data)
        cls = EVENT_TYPES[item["name"]]
        if [_snake(n) for n in names] != [f.name for f in fields(cls)[_META:]]:
            raise RuntimeError(f"the {cls.__name__} event does not match the contract's ABI")
        plan, template, note_word = _plan(indexed, data, names)
        out[topic] = _Spec(item["name"], cls, indexed, data, names, plan, template,
                           names[0] == "id", note_word)
    return out


@lru_cache(maxsize=4096)
def _checksum(hex40: str) -> str:
    # Checksumming hashes; a contract sees the same few parties over and over.
    return to_checksum_address("0x" + hex40)


def as_hex(value) -> str:
    """A hash or data as JSON-RPC gives it (a hex string), from the text or the bytes."""
    return value if isinstance(value, str) else "0x" + bytes(value).hex()


def as_int(value) -> int:
    """A number as a node gives it over HTTP (hex text) or through web3's formatters."""
    return int(value, 16) if isinstance(value, str) else int(value)


def _as_hex_log(log) -> dict:
    """A log with every field as JSON-RPC gives it (hex strings), from web3's formatted one."""
    return {"topics": [as_hex(t) for t in log["topics"]], "data": as_hex(log["data"]),
            "blockNumber": hex(as_int(log["blockNumber"])),
            "blockHash": as_hex(log["blockHash"]),
            "transactionHash": as_hex(log["transactionHash"]),
            "logIndex": hex(as_int(log["logIndex"]))}


def _row_decoder(spec: _Spec):
    """A function (log with hex strings) -> escrow_events row, written out for one event.

    Generated once per event type so that decoding 10,000 logs runs no generic loop:
    each value is sliced from its topic or data word and converted in place.
    """
    args, eid = [], "None"
    for from_topic, pos, kind, in_args in spec.plan:
        src = f"t[{pos}][2:]" if from_topic else f"d[{2 + 64 * pos}:{66 + 64 * pos}]"
        if kind == "address":
            expr = f"cs({src}[-40:])"
        elif kind == "bytes32":
            expr = f"'0x' + {src}"
        else:
            expr = f"int({src}, 16)"
        if in_args:
            args.append(expr)
        else:
            eid = expr
    note = "None"
    if spec.note_word is not None:
        w = spec.note_word
        note = f"_note(d, int(d[{2 + 64 * w}:{66 + 64 * w}], 16))"
    values = "(" + "".join(a + ", " for a in args) + ")"
    src = (f"def decode(log, t, d):\n"
           f"    return (int(log['blockNumber'], 16), log['blockHash'], "
           f"log['transactionHash'], int(log['logIndex'], 16), {spec.kind!r}, {eid}, "
           f"TEMPLATE % {values}, {note})\n")
    scope = {"cs": _checksum, "_note": _note, "TEMPLATE": spec.template}
    exec(compile(src, f"<decoder {spec.kind}>", "exec"), scope)
    return scope["decode"]


def _note(data: str, offset: int) -> bytes:
    start = 2 + 2 * offset
    length = int(data[start:start + 64], 16)
    return bytes.fromhex(data[start + 64:start + 64 + 2 * length])


def decode_rows(logs: list, specs: dict[str, _Spec]) -> list[tuple]:
    """escrow_events rows of raw logs (unknown topics skipped), in the order given.

    A row is (block_number, block_hash, tx_hash, log_index, kind, escrow_id, args_json,
    note). The args JSON is built from a per-event template: the values are hex
    strings, checksummed addresses and integers, which need no escaping.
    """
    decoders = _decoders(specs)
    rows = []
    append = rows.append
    for log in logs:
        t = log["topics"]
        if not t:
            continue
        if not isinstance(t[0], str):
            log = _as_hex_log(log)
            t = log["topics"]
        decode = decoders.get(t[0])
        if decode is not None:
            append(decode(log, t, log["data"]))
    return rows


_DECODERS: dict[int, tuple] = {}


def _decoders(specs: dict[str, _Spec]) -> dict:
    cached = _DECODERS.get(id(specs))
    if cached is None or cached[0] is not specs:
        cached = _DECODERS[id(specs)] = (specs, {topic: _row_decoder(spec)
                                                 for topic, spec in specs.items()})
    return cached[1]


def event_from_row(block: int, block_hash: str, tx: str, index: int, kind: str,
                   escrow_id: int | None, args_text: str, note: bytes | None):
    """The typed event of one escrow_events row."""
    cls = EVENT_TYPES[kind]
    values = {_snake(k): v for k, v in json.loads(args_text).items()}
    for name in ("offer_hash", "tracking_hash"):
        if name in values:
            values[name] = bytes.fromhex(values[name][2:])
    if escrow_id is not None:
        values["escrow_id"] = escrow_id
    if kind == "Funded":
        values["note"] = bytes(note or b"")
    return cls(block, block_hash, tx, index, **values)


def stored_events(db, chain_id: int, contract: str, escrow_id: int | None = None) -> list:
    """The typed events stored for a contract (or one escrow), in chain order."""
    return [event_from_row(*row[2:]) for row in store.event_rows(
        db, chain_id, to_checksum_address(contract), escrow_id)]
