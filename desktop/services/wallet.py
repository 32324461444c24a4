"""The wallet of the open profile, and the profile's choice of network.

The wallet modules pull in eth-account and web3, which take most of a second to import, so
they are imported when first used, never at start-up.
"""

from __future__ import annotations

from functools import cached_property

from desktop.services.session import Session

SERVICE_PREFIX = "ziliudi:"
NETWORK_KEY = "wallet.network"


class WalletService:
    """One profile's wallet (accounts, networks, journal); the keyring is opened on first use."""

    def __init__(self, session: Session, idle_lock_seconds: float | None = None, **core_options):
        self.session = session
        self._idle = idle_lock_seconds
        self._options = core_options

    @cached_property
    def core(self):
        from wallet.core import WalletCore

        options = dict(self._options)
        if self._idle is not None:
            options["idle_lock_seconds"] = self._idle
        return WalletCore(self.session.db, SERVICE_PREFIX + self.session.profile_id, **options)

    @property
    def accounts(self):
        return self.core.accounts

    @property
    def networks(self):
        return self.core.networks

    @property
    def journal(self):
        return self.core.journal

    def unlock(self, address: str, password: str):
        """The one unlock path: a signer that locks itself after the idle time."""
        return self.core.unlock(address, password)

    def current_network_name(self) -> str:
        """The network chosen for this profile (the Sandbox until one is chosen)."""
        from wallet.networks import SANDBOX

        row = self.session.db.execute("SELECT value FROM book_info WHERE key = ?", [NETWORK_KEY]).fetchone()
        names = {n.name for n in self.networks.list()}
        return row[0] if row and row[0] in names else SANDBOX

    def choose_network(self, name: str) -> None:
        self.networks.get(name)  # refuses an unknown name
        with self.session.db.atomic():
            self.session.db["book_info"].upsert({"key": NETWORK_KEY, "value": name}, pk="key")
        self.session.changed("wallet")

    def connect(self, name: str | None = None):
        """A Chain for the named (or current) network; checked before anything is sent."""
        return self.networks.connect(name or self.current_network_name())
