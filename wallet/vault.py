"""Secrets in the OS keyring, and only in a keyring that encrypts them.

Every account's private key is stored as an eth-account keystore v3 (scrypt)
JSON inside the keyring; its recovery phrase, if any, as a second blob of the
same shape encrypted with the same password. RPC URLs carrying API keys are
kept here too. The book never sees any of it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from typing import TYPE_CHECKING

from wallet.refusals import (
    KeyMissing,
    KeyringLocked,
    KeyringUnavailable,
    NoSecureKeyring,
    WrongPassword,
)

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

#: scrypt cost used for new keystores (eth-account's default); tests pass a lower one.
DEFAULT_SCRYPT_N = 2**18
PHRASE_BLOB_KIND = "ziliudi-phrase"


def _priority(backend: KeyringBackend) -> float:
    try:
        return float(type(backend).priority)
    except Exception:  # a backend whose daemon is gone raises here
        return -1.0


def is_secure_backend(backend: KeyringBackend) -> bool:
    """True when this backend keeps secrets encrypted by the OS (not a plaintext file)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring, chainer.ChainerBackend)):
        return False
    module = type(backend).__module__ or ""
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return False
    return _priority(backend) >= 1


def secure_backend(backend: KeyringBackend | None = None) -> KeyringBackend:
    """The backend to use, or NoSecureKeyring with how to enable one.

    A chainer is unwrapped to its best secure member, so that writes never land
    in an insecure backend that the chainer would also try.
    """
    import keyring.errors
    from keyring.backends import chainer

    backend = backend if backend is not None else keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        for member in backend.backends:
            if is_secure_backend(member):
                return member
        raise NoSecureKeyring(_backend_name(backend))
    if not is_secure_backend(backend):
        raise NoSecureKeyring(_backend_name(backend))
    return backend


def _backend_name(backend: KeyringBackend) -> str:
    """The backend as its code names it, to tell which keyring was found."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        names = ", ".join(type(m).__name__ for m in backend.backends) or "none"
        return f"chained: {names}"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def encrypt_blob(secret: bytes, password: str, scrypt_n: int, kind: str) -> dict:
    """Encrypt arbitrary bytes the keystore-v3 way (scrypt, aes-128-ctr, keccak MAC)."""
    from Crypto.Cipher import AES
    from Crypto.Util import Counter

    from eth_utils import keccak

    salt = os.urandom(16)
    derived = hashlib.scrypt(
        password.encode(), salt=salt, n=scrypt_n, r=8, p=1, dklen=32,
        maxmem=256 * scrypt_n * 8 + 1024 * 1024,
    )
    iv = os.urandom(16)
    cipher = AES.new(derived[:16], AES.MODE_CTR,
                     counter=Counter.new(128, initial_value=int.from_bytes(iv, "big")))
    ciphertext = cipher.encrypt(secret)
    return {
        "kind": kind,
        "version": 1,
        "id": str(uuid.uuid4()),
        "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": {"iv": iv.hex()},
            "ciphertext": ciphertext.hex(),
            "kdf": "scrypt",
            "kdfparams": {"dklen": 32, "n": scrypt_n, "r": 8, "p": 1, "salt": salt.hex()},
            "mac": keccak(derived[16:32] + ciphertext).hex(),
        },
    }


def decrypt_blob(blob: dict, password: str) -> bytes:
    """Decrypt a blob from encrypt_blob; WrongPassword if the MAC does not match."""
    from Crypto.Cipher import AES
    from Crypto.Util import Counter

    from eth_utils import keccak

    crypto = blob["crypto"]
    params = crypto["kdfparams"]
    n = int(params["n"])
    derived = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(params["salt"]), n=n,
        r=int(params["r"]), p=int(params["p"]), dklen=int(params["dklen"]),
        maxmem=256 * n * 8 + 1024 * 1024,
    )
    ciphertext = bytes.fromhex(crypto["ciphertext"])
    if not hmac.compare_digest(keccak(derived[16:32] + ciphertext).hex(), crypto["mac"]):
        raise WrongPassword()
    iv = int.from_bytes(bytes.fromhex(crypto["cipherparams"]["iv"]), "big")
    cipher = AES.new(derived[:16], AES.MODE_CTR, counter=Counter.new(128, initial_value=iv))
    return cipher.decrypt(ciphertext)


class Vault:
    """One profile's secrets in the OS keyring, under its own service name.

    service: e.g. f"ziliudi:{profile_id}"; backend: None for the OS default.
    Raises NoSecureKeyring at construction when the keyring is not secure.
    """

    def __init__(self, service: str, backend: KeyringBackend | None = None,
                 scrypt_n: int = DEFAULT_SCRYPT_N):
        self.service = service
        self.backend = secure_backend(backend)
        self.scrypt_n = scrypt_n

    # -- raw entries -------------------------------------------------------
    def _call(self, fn, *args):
        import keyring.errors

        try:
            return fn(self.service, *args)
        except keyring.errors.PasswordDeleteError:
            raise
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked() from exc
        except keyring.errors.NoKeyringError as exc:
            raise NoSecureKeyring(str(type(self.backend).__name__)) from exc
        except Exception as exc:  # the daemon went away, no default collection, D-Bus
            detail = f"{type(exc).__name__}: {exc}"  # the library's words, not ours to translate
            raise KeyringUnavailable(detail) from exc

    def put(self, name: str, secret: str) -> None:
        """Store (or replace) a secret string under name."""
        self._call(self.backend.set_password, name, secret)

    def get(self, name: str) -> str | None:
        """The secret stored under name, or None."""
        return self._call(self.backend.get_password, name)

    def delete(self, name: str) -> None:
        """Remove the entry under name; missing entries are fine."""
        import keyring.errors

        try:
            self._call(self.backend.delete_password, name)
        except keyring.errors.PasswordDeleteError:
            pass

    def copy_out(self, names) -> dict[str, str]:
        """The entries under these names that exist, for a profile backup (still secret)."""
        found = {}
        for name in names:
            secret = self.get(name)
            if secret is not None:
                found[name] = secret
        return found

    def copy_in(self, entries: dict[str, str]) -> None:
        """Store entries from copy_out, replacing any under the same names."""
        for name, secret in entries.items():
            self.put(name, secret)

    # -- account keys ------------------------------------------------------
    @staticmethod
    def _key_name(address: str) -> str:
        return f"account:{address}:keystore"

    @staticmethod
    def _phrase_name(address: str) -> str:
        return f"account:{address}:phrase"

    def store_key(self, private_key: bytes, password: str) -> str:
        """Encrypt a private key into a keystore v3 and store it; returns the address."""
        from eth_account import Account

        keystore = Account.encrypt(private_key, password, kdf="scrypt",
                                   iterations=self.scrypt_n)
        address = Account.from_key(private_key).address
        self.put(self._key_name(address), json.dumps(keystore))
        return address

    def keystore(self, address: str) -> dict:
        """The account's keystore JSON (encrypted); KeyMissing when gone from the keyring."""
        raw = self.get(self._key_name(address))
        if raw is None:
            raise KeyMissing(address)
        return json.loads(raw)

    def decrypt_key(self, address: str, password: str) -> bytes:
        """The account's private key; WrongPassword or KeyMissing otherwise."""
        from eth_account import Account

        keystore = self.keystore(address)
        try:
            return bytes(Account.decrypt(keystore, password))
        except ValueError as exc:
            raise WrongPassword() from exc

    def store_phrase(self, address: str, phrase: str, password: str) -> None:
        """Store the recovery phrase encrypted with the account's password."""
        blob = encrypt_blob(phrase.encode("utf-8"), password, self.scrypt_n,
                            PHRASE_BLOB_KIND)
        self.put(self._phrase_name(address), json.dumps(blob))

    def decrypt_phrase(self, address: str, password: str) -> str:
        """The recovery phrase; WrongPassword or KeyMissing otherwise."""
        raw = self.get(self._phrase_name(address))
        if raw is None:
            raise KeyMissing(address)
        return decrypt_blob(json.loads(raw), password).decode("utf-8")

    def forget_account(self, address: str) -> None:
        """Delete an account's key and phrase from the keyring."""
        for name in self.account_entry_names(address):
            self.delete(name)

    @classmethod
    def account_entry_names(cls, address: str) -> list[str]:
        """The names an account's secrets are stored under."""
        return [cls._key_name(address), cls._phrase_name(address)]

    # -- RPC URLs ----------------------------------------------------------
    @staticmethod
    def rpc_entry_name(network_name: str) -> str:
        """The name a network's secret RPC URL is stored under."""
        return f"rpc:{network_name}"

    def store_rpc_url(self, network_name: str, url: str) -> None:
        """Keep an RPC URL (which may carry an API key) in the keyring."""
        self.put(self.rpc_entry_name(network_name), url)

    def rpc_url(self, network_name: str) -> str | None:
        """The stored RPC URL of a network, or None."""
        return self.get(self.rpc_entry_name(network_name))

    def forget_rpc_url(self, network_name: str) -> None:
        """Remove a network's RPC URL from the keyring."""
        self.delete(self.rpc_entry_name(network_name))
