"""Revert data into words: Error(string), custom errors as sentences (wallet.contract_errors)
or by name, panic codes."""

from __future__ import annotations

from wallet.contract_errors import sentence
from wallet.escrow_abi import type_string

ERROR_SELECTOR = bytes.fromhex("08c379a0")  # Error(string)
PANIC_SELECTOR = bytes.fromhex("4e487b71")  # Panic(uint256)

PANIC_WORDS = {
    0x00: "a generic failure inside the contract",
    0x01: "an internal check (assert) failed",
    0x11: "a number went below zero or overflowed",
    0x12: "division by zero",
    0x21: "a value out of range for its list of choices",
    0x22: "damaged storage data",
    0x31: "taking an item from an empty list",
    0x32: "reading past the end of a list",
    0x41: "too much memory asked for",
    0x51: "calling a function that was never set",
}


def _custom_errors(abi: list | None) -> dict[bytes, dict]:
    from eth_utils import function_signature_to_4byte_selector

    out = {}
    for item in abi or []:
        if item.get("type") == "error":
            types = ",".join(type_string(p) for p in item.get("inputs", []))
            out[function_signature_to_4byte_selector(f"{item['name']}({types})")] = item
    return out


def _show(value) -> str:
    if isinstance(value, (bytes, bytearray)):
        return "0x" + bytes(value).hex()
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    return str(value)


def _raw(data: str | bytes) -> bytes:
    from eth_utils import to_bytes

    return to_bytes(hexstr=data) if isinstance(data, str) else bytes(data)


def error_name(data: str | bytes | None, abi: list | None = None) -> str | None:
    """The name of the custom error of `abi` that revert data carries, or None."""
    if not data:
        return None
    item = _custom_errors(abi).get(_raw(data)[:4])
    return item["name"] if item is not None else None


def decode_revert(data: str | bytes | None, abi: list | None = None) -> str:
    """Words for revert data; abi (a contract ABI) lets custom errors be named, and the
    escrow's and the token's be told as sentences."""
    from eth_abi import decode as abi_decode

    if data is None:
        return "the contract refused without giving a reason"
    raw = _raw(data)
    if not raw:
        return "the contract refused without giving a reason"
    selector, body = raw[:4], raw[4:]
    if selector == ERROR_SELECTOR:
        try:
            (reason,) = abi_decode(["string"], body)
            return reason
        except Exception:
            return "the contract refused with an unreadable reason"
    if selector == PANIC_SELECTOR:
        try:
            (code,) = abi_decode(["uint256"], body)
        except Exception:
            return "the contract stopped with an unreadable panic"
        words = PANIC_WORDS.get(code, "an unknown kind of failure")
        return f"the contract stopped on {words} (panic 0x{code:02x})"
    item = _custom_errors(abi).get(selector)
    if item is not None and sentence(item["name"]):
        return sentence(item["name"])
    if item is not None:
        inputs = item.get("inputs", [])
        try:
            values = abi_decode([type_string(p) for p in inputs], body)
        except Exception:
            return item["name"]
        args = ", ".join(f"{p.get('name') or i}={_show(v)}"
                         for i, (p, v) in enumerate(zip(inputs, values)))
        return f"{item['name']}({args})"
    return f"the contract refused with an unknown error 0x{selector.hex()}"


def revert_data_from_exception(exc: BaseException) -> str | None:
    """The raw revert data a web3 error carries, when it carries any."""
    data = getattr(exc, "data", None)
    if isinstance(data, dict):
        data = data.get("data") or data.get("result")
    if isinstance(data, str):
        if data.startswith("Reverted "):
            data = data[len("Reverted "):]
        if data.startswith("0x"):
            return data
    return None


def revert_reason(exc: BaseException, abi: list | None = None) -> str:
    """Words for a web3 revert exception (ContractLogicError and friends)."""
    data = revert_data_from_exception(exc)
    if data is not None and len(data) > 2:
        return decode_revert(data, abi)
    message = getattr(exc, "message", None) or str(exc)
    prefix = "execution reverted: "
    if message.startswith(prefix):
        return message[len(prefix):]
    return message or "the contract refused without giving a reason"


def revert_error_name(exc: BaseException, abi: list | None = None) -> str | None:
    """The name of the custom error of `abi` a web3 revert exception carries, or None."""
    return error_name(revert_data_from_exception(exc), abi)


def is_revert(exc: BaseException) -> bool:
    """True for a call the chain refused: web3's ContractLogicError, or the in-process EVM's own error."""
    from web3.exceptions import ContractLogicError

    if isinstance(exc, ContractLogicError):
        return True
    try:
        from eth_tester.exceptions import TransactionFailed
    except ImportError:  # the sandbox's package is optional for a node-only install
        return False
    return isinstance(exc, TransactionFailed)


def is_insufficient_funds(exc: BaseException) -> bool:
    """True when the sender cannot pay value plus gas (a node's and the in-process EVM's wording)."""
    text = str(exc).lower()
    return "insufficient funds" in text or "cannot afford" in text
