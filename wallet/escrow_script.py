"""The escrow contract as the storefront's script calls it: the functions, errors, topic and
states it needs from the ABI (wallet.escrow_abi), with the typed offer and permit it signs
(wallet.escrow_types)."""

from __future__ import annotations

from wallet.escrow_abi import (SCRIPT_CALLS, STATES, error_names, escrow_event_topic, item,
                               offer_fields, selector)
from wallet.escrow_types import OFFER_TYPE, PERMIT_TYPES


def _bare(params: list) -> list:
    """ABI parameters with only what encoding needs: name, type and components."""
    out = []
    for p in params:
        q = {"name": p["name"], "type": p["type"]}
        if "components" in p:
            q["components"] = _bare(p["components"])
        out.append(q)
    return out


def script_interface() -> dict:
    """The contract as the storefront's script needs it, JSON-ready: each function it calls
    with its selector and ABI inputs and outputs (so it encodes an offer by the ABI's field
    names and order), the custom errors by selector, the Funded topic, the escrow states in
    order and the EIP-712 types of a permit. RuntimeError if the typed offer and the ABI
    disagree."""
    if tuple((f["name"], f["type"]) for f in OFFER_TYPE) != offer_fields():
        raise RuntimeError("the typed offer does not match the escrow contract's ABI")
    functions = {}
    for contract, names in SCRIPT_CALLS.items():
        for name in names:
            fn = item(contract, "function", name)
            functions[name] = {"selector": selector(name, contract),
                               "inputs": _bare(fn["inputs"]), "outputs": _bare(fn["outputs"])}
    return {"functions": functions, "errors": error_names(),
            "fundedTopic": escrow_event_topic("Funded"), "states": list(STATES),
            "permitTypes": PERMIT_TYPES}
