"""Revert data in words: Error(string), custom errors by name, panics."""

import pytest
from eth_abi import encode

from wallet.revert import decode_revert


def test_error_string():
    data = "0x08c379a0" + encode(["string"], ["余额不足"]).hex()
    assert decode_revert(data) == "余额不足"


def test_custom_error_named_from_abi(test_token_artifact):
    from eth_utils import function_signature_to_4byte_selector

    selector = function_signature_to_4byte_selector("InsufficientBalance(uint256,uint256)")
    data = selector + encode(["uint256", "uint256"], [5, 9])
    assert decode_revert(data, test_token_artifact["abi"]) == \
        "InsufficientBalance(available=5, required=9)"
    assert "unknown error 0x" + selector.hex() in decode_revert(data)


@pytest.mark.parametrize("code, words", [(0x11, "overflowed"), (0x12, "division by zero"),
                                         (0x32, "past the end"), (0x99, "unknown kind")])
def test_panic_codes(code, words):
    data = "0x4e487b71" + encode(["uint256"], [code]).hex()
    assert words in decode_revert(data)


def test_empty():
    assert "without giving a reason" in decode_revert("0x")
    assert "without giving a reason" in decode_revert(None)


@pytest.mark.anvil
def test_panic_from_a_real_node(anvil_node, test_token_artifact):
    from web3 import Web3
    from web3.exceptions import ContractLogicError

    from tests.wallet.conftest import send_as
    from wallet.revert import revert_reason

    w3 = Web3(Web3.HTTPProvider(anvil_node.url))
    receipt = send_as(w3, anvil_node.accounts[0], {"data": test_token_artifact["bytecode"]})
    token = w3.eth.contract(address=receipt["contractAddress"],
                            abi=test_token_artifact["abi"])
    with pytest.raises(ContractLogicError) as info:
        token.functions.split(10, 0).call()
    assert revert_reason(info.value) == "the contract stopped on division by zero (panic 0x12)"


def test_the_escrows_errors_are_sentences_without_raw_values():
    from eth_utils import function_signature_to_4byte_selector

    from wallet.contract_artifacts import load_artifact
    from wallet.revert import error_name

    abi = load_artifact("Escrow")["abi"]
    data = function_signature_to_4byte_selector("WrongState(uint256,uint8)") + encode(
        ["uint256", "uint8"], [4294967298, 2])
    words = decode_revert(data, abi)
    assert words == "The order's state does not allow this now; sync to see its latest state."
    assert error_name(data, abi) == "WrongState" and error_name(data) is None
    assert error_name("0x") is None and error_name(None, abi) is None
