"""The one place that knows the escrow contract's interface.

Selectors, event topics, error selectors and the offer's field order are derived here
from the compiled ABI artifacts (resources/contracts/Escrow.json, and DemoUSD.json for
the ERC-20 and EIP-2612 functions every token shares), never written by hand. The
wallet's modules, the storefront's chain config and through it the site's script all
take them from here; tests check that the typed offer (escrow_types.OFFER_TYPE) has the
ABI's Offer fields in order and that STATES is the contract's enum.

Only json and the artifacts load with this module; the hashing library is imported on
the first selector or topic asked for.
"""

from __future__ import annotations

from functools import lru_cache

from wallet.contract_artifacts import load_artifact

ESCROW = "Escrow"
#: The token artifact whose ABI holds the ERC-20 and EIP-2612 functions (approve,
#: allowance, nonces, permit): the demo token is a plain OpenZeppelin ERC20Permit.
TOKEN = "DemoUSD"

#: The contract's enum IEscrowTypes.State, in order (the ABI only says uint8). Closed: the
#: escrow has paid out and its record is gone; its events say how it ended.
STATES = ("None", "Funded", "Accepted", "Shipped", "Disputed", "Closed")

#: The functions the storefront's script calls, by the artifact that declares them.
# markShipped and markShippedMany are only decoded: the order page reads the sealed shipment
# back from the seller's call.
SCRIPT_CALLS = {ESCROW: ("fund", "fundWithPermit", "getEscrow", "getTerms", "confirm", "dispute",
                         "cancel", "refund", "reclaim", "timeoutDispute", "markShipped",
                         "markShippedMany"),
                TOKEN: ("approve", "allowance", "nonces")}


@lru_cache(maxsize=None)
def _abi(contract: str) -> tuple:
    return tuple(load_artifact(contract)["abi"])


def abi(contract: str = ESCROW) -> list:
    """The ABI of `contract` (an artifact name) as a fresh list."""
    return list(_abi(contract))


def type_string(param: dict) -> str:
    """A parameter's canonical type: a tuple as its components' types in parentheses."""
    kind = param["type"]
    if kind.startswith("tuple"):
        inner = ",".join(type_string(c) for c in param.get("components", []))
        return f"({inner}){kind[len('tuple'):]}"
    return kind


def signature(item: dict) -> str:
    """An ABI item's canonical signature, as hashed for selectors and topics."""
    return f"{item['name']}({','.join(type_string(p) for p in item.get('inputs', []))})"


@lru_cache(maxsize=None)
def _keccak_hex(text: str) -> str:
    from eth_utils import keccak

    return "0x" + keccak(text=text).hex()


def item(contract: str, kind: str, name: str) -> dict:
    """The one ABI item of `kind` ("function", "event", "error") called `name`; LookupError
    when the artifact has none, or more than one (an overload the caller must not guess)."""
    found = [i for i in _abi(contract) if i["type"] == kind and i.get("name") == name]
    if len(found) != 1:
        raise LookupError(f"{contract} has {len(found)} {kind}s named {name!r}")
    return found[0]


def selector(name: str, contract: str = ESCROW) -> str:
    """The 4-byte selector of function `name` of `contract`, as 0x-prefixed hex."""
    return _keccak_hex(signature(item(contract, "function", name)))[:10]


def event_topic(name: str) -> str:
    """topics[0] of the escrow contract's event `name`, as 0x-prefixed hex."""
    return _keccak_hex(signature(item(ESCROW, "event", name)))


def event_topics() -> dict[str, str]:
    """topics[0] of every event of the escrow contract, by event name."""
    return {i["name"]: _keccak_hex(signature(i)) for i in _abi(ESCROW) if i["type"] == "event"}


def escrow_event_topic(name: str) -> str:
    """event_topic(name) for an event whose first indexed value (topics[1]) is the escrow's
    id, as readers that filter or read logs by id assume; RuntimeError otherwise."""
    indexed = [p for p in item(ESCROW, "event", name)["inputs"] if p["indexed"]]
    if not indexed or (indexed[0]["name"], indexed[0]["type"]) != ("id", "uint256"):
        raise RuntimeError(f"the {name} event's first indexed value is not the escrow id")
    return event_topic(name)


def error_names(*contracts: str) -> dict[str, str]:
    """The custom errors of `contracts` (default: the escrow and the token) by selector."""
    out = {}
    for contract in contracts or (ESCROW, TOKEN):
        for i in _abi(contract):
            if i["type"] == "error":
                out[_keccak_hex(signature(i))[:10]] = i["name"]
    return out


def output_names(name: str, contract: str = ESCROW) -> tuple[str, ...]:
    """The field names of what function `name` returns, in order (a single returned struct
    is opened: getEscrow gives offerHash, buyer, ...)."""
    outputs = item(contract, "function", name)["outputs"]
    if len(outputs) == 1 and outputs[0]["type"] == "tuple":
        outputs = outputs[0]["components"]
    return tuple(p["name"] for p in outputs)


@lru_cache(maxsize=None)
def offer_fields() -> tuple[tuple[str, str], ...]:
    """(name, type) of the contract's Offer struct in ABI order, which is how fund() and
    every other function taking an offer encode it; RuntimeError if two of them differ."""
    shapes = {tuple((c["name"], c["type"]) for c in p["components"])
              for i in _abi(ESCROW) if i["type"] == "function"
              for p in i["inputs"] if p.get("internalType") == "struct IEscrowTypes.Offer"}
    if len(shapes) != 1:
        raise RuntimeError(f"the escrow's ABI has {len(shapes)} shapes of Offer")
    return shapes.pop()
