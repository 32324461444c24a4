"""wallet.escrow_abi derives the contract's interface from the compiled artifacts: the typed
offer has the ABI's Offer fields in order, STATES is the contract's enum, and every selector
and topic is what eth_utils computes from the ABI item."""

import re
from dataclasses import fields
from pathlib import Path

import pytest
from eth_utils import event_abi_to_log_topic, function_abi_to_4byte_selector

from wallet import escrow_abi
from wallet.contract_artifacts import load_artifact
from wallet.escrow_contract import EscrowView
from wallet.escrow_types import OFFER_TYPE, Offer, Payee

ROOT = Path(__file__).resolve().parents[2]


def _abi(name):
    return load_artifact(name)["abi"]


def _function(name, contract="Escrow"):
    (fn,) = [i for i in _abi(contract) if i["type"] == "function" and i["name"] == name]
    return fn


def test_the_typed_offer_has_the_abi_offer_fields_in_order():
    components = _function("fund")["inputs"][0]["components"]
    assert [(f["name"], f["type"]) for f in OFFER_TYPE] == [(c["name"], c["type"])
                                                            for c in components]
    assert escrow_abi.offer_fields() == tuple((c["name"], c["type"]) for c in components)


def test_every_function_taking_an_offer_takes_the_same_fields():
    shapes = [p["components"] for i in _abi("Escrow") if i["type"] == "function"
              for p in i["inputs"] if p.get("internalType") == "struct IEscrowTypes.Offer"]
    assert len(shapes) >= 3  # fund, fundWithPermit, offerHash
    assert all(s == shapes[0] for s in shapes)


def test_an_offer_is_encoded_in_the_abi_order():
    offer = Offer(seller="0x" + "11" * 20, token="0x" + "22" * 20, price=1000, max_quantity=3,
                  expiry=2**40, payees=(Payee("0x" + "33" * 20, 100),), salt=7)
    message = offer.message()
    assert offer.as_abi() == tuple(message[c["name"]]
                                   for c in _function("fund")["inputs"][0]["components"])


def test_states_are_the_contracts_enum():
    source = (ROOT / "contracts" / "EscrowTypes.sol").read_text(encoding="utf-8")
    body = re.search(r"enum State \{([^}]*)\}", source).group(1)
    assert escrow_abi.STATES == tuple(re.findall(r"\w+", body))


def test_selectors_topics_and_errors_are_the_abis():
    for contract in ("Escrow", "DemoUSD"):
        for item in _abi(contract):
            if item["type"] == "function":  # neither artifact overloads a function
                expected = "0x" + function_abi_to_4byte_selector(item).hex()
                assert escrow_abi.selector(item["name"], contract) == expected, item["name"]
    events = {i["name"]: "0x" + event_abi_to_log_topic(i).hex()
              for i in _abi("Escrow") if i["type"] == "event"}
    assert escrow_abi.event_topics() == events
    errors = {"0x" + function_abi_to_4byte_selector(i).hex(): i["name"]
              for c in ("Escrow", "DemoUSD") for i in _abi(c) if i["type"] == "error"}
    assert escrow_abi.error_names() == errors


def test_the_escrow_view_reads_getescrow_by_name():
    names = escrow_abi.output_names("getEscrow")
    assert names == tuple(c["name"] for c in _function("getEscrow")["outputs"][0]["components"])
    snake = [re.sub(r"(?<!^)([A-Z])", r"_\1", n).lower() for n in names]
    assert snake == [f.name for f in fields(EscrowView)][1:]


def test_id_topics_are_only_given_for_events_indexed_by_the_escrow():
    assert escrow_abi.escrow_event_topic("Funded") == escrow_abi.event_topic("Funded")
    with pytest.raises(RuntimeError):
        escrow_abi.escrow_event_topic("OfferRevoked")
    with pytest.raises(LookupError):
        escrow_abi.selector("noSuchFunction")


def test_importing_it_loads_no_hashing_or_web3_library():
    import subprocess
    import sys

    code = ("import sys, wallet.escrow_abi; "
            "print(sorted(m for m in ('eth_utils', 'eth_hash', 'web3', 'eth_account') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "[]"
