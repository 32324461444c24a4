"""One object per open profile bundling the wallet's parts for the app to wire."""

from __future__ import annotations

import time
from typing import Callable, TYPE_CHECKING

from wallet.accounts import DEFAULT_IDLE_LOCK_SECONDS, Accounts
from wallet.journal import Journal
from wallet.networks import Networks, Sandbox
from wallet.signer import UnlockedSigner
from wallet.vault import DEFAULT_SCRYPT_N, Vault

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend


class WalletCore:
    """Accounts, networks and journal of one profile's book.

    service: the keyring service name of the profile, e.g. f"ziliudi:{profile_id}".
    The keyring is only touched when accounts (or secret RPC URLs) are used,
    so the journal and networks work even where no secure keyring exists.
    """

    def __init__(self, db, service: str,
                 idle_lock_seconds: float = DEFAULT_IDLE_LOCK_SECONDS,
                 backend: KeyringBackend | None = None, scrypt_n: int = DEFAULT_SCRYPT_N,
                 sandbox_factory: Callable[[], Sandbox] = Sandbox,
                 clock: Callable[[], float] = time.monotonic,
                 on_phrase: Callable[[str], None] | None = None):
        self.db = db
        self.service = service
        self.idle_lock_seconds = idle_lock_seconds
        self._backend = backend
        self._scrypt_n = scrypt_n
        self._vault: Vault | None = None
        self._clock = clock
        self._on_phrase = on_phrase
        self.journal = Journal(db)
        self._sandbox_factory = sandbox_factory
        self._networks: Networks | None = None

    @property
    def vault(self) -> Vault:
        """The profile's keyring vault; NoSecureKeyring if the OS has none."""
        if self._vault is None:
            self._vault = Vault(self.service, self._backend, self._scrypt_n)
        return self._vault

    @property
    def accounts(self) -> Accounts:
        """The profile's accounts (needs a secure keyring)."""
        return Accounts(self.db, self.vault, on_phrase=self._on_phrase)

    @property
    def networks(self) -> Networks:
        """The profile's networks (the book's migrations put the Sandbox and Local node in)."""
        if self._networks is None:
            try:
                vault = self.vault
            except Exception:
                vault = None  # custom networks with secret URLs will refuse
            self._networks = Networks(self.db, vault, self._sandbox_factory)
        return self._networks

    def unlock(self, address: str, password: str) -> UnlockedSigner:
        """The one unlock path: a signer that locks after the profile's idle time."""
        return self.accounts.unlock(address, password, self.idle_lock_seconds, self._clock)


def secret_names(db) -> list[str]:
    """Every keyring name the wallet of this book may keep a secret under: its accounts' keys
    and phrases and its networks' secret RPC URLs (read from the book: no keyring needed)."""
    names = []
    for (address,) in db.execute("SELECT address FROM wallet_accounts ORDER BY rowid"):
        names += Vault.account_entry_names(address)
    for (network,) in db.execute("SELECT name FROM wallet_networks WHERE rpc_url_in_keyring"):
        names.append(Vault.rpc_entry_name(network))
    return names
