"""One signing interface for callers that must not know about keys.

A Signer signs EIP-191 messages, EIP-712 typed data and transactions. The
only implementation holding a key is UnlockedSigner, returned by
Accounts.unlock(): it forgets its key after idle_lock_seconds without use
(the clock is injectable for tests) or when lock() is called.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Protocol, TYPE_CHECKING, runtime_checkable

from wallet.refusals import AccountLocked

if TYPE_CHECKING:
    from eth_account.signers.local import LocalAccount


@runtime_checkable
class Signer(Protocol):
    """What callers sign with: an address and three signing methods."""

    address: str

    def sign_message(self, text: str) -> str:
        """EIP-191 personal-message signature as 0x-hex."""

    def sign_typed_data(self, full_message: dict) -> str:
        """EIP-712 signature over a full message (types, primaryType, domain, message)."""

    def sign_transaction(self, tx: dict) -> bytes:
        """The signed raw transaction bytes."""


class UnlockedSigner:
    """A short-lived unlocked account; locks itself after an idle time."""

    def __init__(self, account: LocalAccount, idle_lock_seconds: float,
                 clock: Callable[[], float] = time.monotonic):
        self.address = account.address
        self._account: LocalAccount | None = account
        self._idle = idle_lock_seconds
        self._clock = clock
        self._last_used = clock()

    @property
    def is_locked(self) -> bool:
        """True once locked by hand or by idling longer than idle_lock_seconds."""
        if self._account is not None and self._clock() - self._last_used > self._idle:
            self.lock()
        return self._account is None

    def lock(self) -> None:
        """Forget the key now."""
        self._account = None

    def _key(self) -> LocalAccount:
        if self.is_locked:
            raise AccountLocked()
        self._last_used = self._clock()
        return self._account

    def sign_message(self, text: str) -> str:
        """EIP-191 personal-message signature as 0x-hex."""
        from eth_account.messages import encode_defunct

        signed = self._key().sign_message(encode_defunct(text=text))
        return "0x" + bytes(signed.signature).hex()

    def sign_typed_data(self, full_message: dict) -> str:
        """EIP-712 signature over a full message (types, primaryType, domain, message)."""
        from eth_account.messages import encode_typed_data

        signed = self._key().sign_message(encode_typed_data(full_message=full_message))
        return "0x" + bytes(signed.signature).hex()

    def sign_transaction(self, tx: dict) -> bytes:
        """The signed raw transaction bytes for a complete transaction dict."""
        return bytes(self._key().sign_transaction(tx).raw_transaction)

    def __repr__(self) -> str:
        state = "locked" if self._account is None else "unlocked"
        return f"<UnlockedSigner {self.address} {state}>"


def recover_message(text: str, signature: str | bytes) -> str:
    """The address that signed text (EIP-191)."""
    from eth_account import Account
    from eth_account.messages import encode_defunct

    return Account.recover_message(encode_defunct(text=text), signature=signature)


def recover_typed_data(full_message: dict, signature: str | bytes) -> str:
    """The address that signed an EIP-712 full message."""
    from eth_account import Account
    from eth_account.messages import encode_typed_data

    return Account.recover_message(encode_typed_data(full_message=full_message),
                                   signature=signature)


def _field_types(types: dict, type_name: str) -> dict[str, str]:
    return {f["name"]: f["type"] for f in types.get(type_name, [])}


def _describe_value(value: Any, type_name: str, types: dict, label: str,
                    out: list[tuple[str, str]]) -> None:
    if type_name.endswith("]"):
        inner = type_name[: type_name.rindex("[")]
        for i, item in enumerate(value or []):
            _describe_value(item, inner, types, f"{label}[{i + 1}]", out)
        if not value:
            out.append((label, "(none)"))
        return
    if type_name in types:
        for name, sub_type in _field_types(types, type_name).items():
            _describe_value((value or {}).get(name), sub_type, types,
                            f"{label} › {name}" if label else name, out)
        return
    if isinstance(value, (bytes, bytearray)):
        text = "0x" + bytes(value).hex()
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    out.append((label, text))


def describe_typed_data(msg: dict) -> list[tuple[str, str]]:
    """(label, value) rows for a human confirmation screen of an EIP-712 message.

    First what is signed and for whom (domain), then every field of the message,
    nested structs flattened as "parent › child" and arrays numbered from 1.
    Integers are shown exactly as signed (base units), never rounded.
    """
    types = msg.get("types", {})
    rows: list[tuple[str, str]] = [("Signing", str(msg.get("primaryType", "")))]
    domain = msg.get("domain", {})
    for key, label in (("name", "For"), ("version", "Version"), ("chainId", "Chain"),
                       ("verifyingContract", "Contract"), ("salt", "Salt")):
        if key in domain:
            value = domain[key]
            if isinstance(value, (bytes, bytearray)):
                value = "0x" + bytes(value).hex()
            rows.append((label, str(value)))
    _describe_value(msg.get("message", {}), msg.get("primaryType", ""), types, "", rows)
    return rows
