"""Signing behind one interface: EIP-191, EIP-712, and a screen's description."""

import pytest
from eth_account import Account

from wallet.signer import (
    Signer,
    UnlockedSigner,
    describe_typed_data,
    recover_message,
    recover_typed_data,
)

OFFER = {
    "types": {
        "EIP712Domain": [
            {"name": "name", "type": "string"},
            {"name": "version", "type": "string"},
            {"name": "chainId", "type": "uint256"},
            {"name": "verifyingContract", "type": "address"},
        ],
        "Payee": [{"name": "to", "type": "address"}, {"name": "amount", "type": "uint256"}],
        "Offer": [
            {"name": "token", "type": "address"},
            {"name": "unitPrice", "type": "uint256"},
            {"name": "payees", "type": "Payee[]"},
            {"name": "note", "type": "bytes32"},
            {"name": "open", "type": "bool"},
        ],
    },
    "primaryType": "Offer",
    "domain": {"name": "Ziliudi Escrow", "version": "1", "chainId": 31337,
               "verifyingContract": "0x" + "11" * 20},
    "message": {
        "token": "0x" + "22" * 20,
        "unitPrice": 12_500_000,
        "payees": [{"to": "0x" + "33" * 20, "amount": 9_000_000}],
        "note": b"\x01" * 32,
        "open": True,
    },
}


@pytest.fixture
def signer():
    return UnlockedSigner(Account.create(), idle_lock_seconds=60)


def test_is_a_signer(signer):
    assert isinstance(signer, Signer)
    assert "unlocked" in repr(signer) and "0x" in repr(signer)


def test_message_round_trip(signer):
    sig = signer.sign_message("付款 12.5 TUSD")
    assert recover_message("付款 12.5 TUSD", sig) == signer.address
    assert recover_message("付款 12.6 TUSD", sig) != signer.address


def test_typed_data_round_trip(signer):
    sig = signer.sign_typed_data(OFFER)
    assert recover_typed_data(OFFER, sig) == signer.address
    tampered = {**OFFER, "domain": {**OFFER["domain"], "chainId": 1}}
    assert recover_typed_data(tampered, sig) != signer.address


def test_describe_typed_data_rows():
    rows = describe_typed_data(OFFER)
    assert rows[:5] == [
        ("Signing", "Offer"), ("For", "Ziliudi Escrow"), ("Version", "1"),
        ("Chain", "31337"), ("Contract", "0x" + "11" * 20),
    ]
    body = dict(rows[5:])
    assert body["unitPrice"] == "12500000"
    assert body["payees[1] › to"] == "0x" + "33" * 20
    assert body["payees[1] › amount"] == "9000000"
    assert body["note"] == "0x" + "01" * 32
    assert body["open"] == "yes"
