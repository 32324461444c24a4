"""Each way the wallet refuses, as its own WalletError with words for people."""

import os
import platform
import shutil

from wallet.errors import WalletError


#: How to get a keyring, one sentence per kind of system (see keyring_advice).
KEYRING_ADVICE = {
    "debian": "This computer has no keyring to keep keys in: install one with “sudo apt install "
              "gnome-keyring”, log out and back in, and start Ziliudi again (everything that "
              "needs no key works meanwhile).",
    "fedora": "This computer has no keyring to keep keys in: install one with “sudo dnf install "
              "gnome-keyring”, log out and back in, and start Ziliudi again (everything that "
              "needs no key works meanwhile).",
    "linux": "This computer has no keyring to keep keys in: install gnome-keyring or KWallet with "
             "the system's package manager, log out and back in, and start Ziliudi again "
             "(everything that needs no key works meanwhile).",
    "no_session": "The keyring that keeps keys runs only in a desktop session, and this is not "
                  "one: start Ziliudi from the desktop (everything that needs no key works "
                  "meanwhile).",
    "builtin": "The system keyring that keeps keys (the Keychain on macOS, the Credential Locker "
               "on Windows) could not be used: sign in to your user account and start Ziliudi "
               "again (everything that needs no key works meanwhile).",
}


def keyring_advice(system: str | None = None, environ=None, which=shutil.which) -> str:
    """Which KEYRING_ADVICE fits this computer: its system, its package manager, and whether
    a desktop session (a D-Bus session bus) is there for the keyring to run in."""
    system = system or platform.system()
    environ = os.environ if environ is None else environ
    if system != "Linux":
        return "builtin"
    if which("gnome-keyring-daemon") or which("kwalletd5") or which("kwalletd6"):
        if not environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return "no_session"
    if which("apt-get"):
        return "debian"
    if which("dnf"):
        return "fedora"
    return "linux"


class NoSecureKeyring(WalletError):
    """The OS offers no keyring that keeps secrets encrypted; the sentence says how to get one
    on this kind of system (the backend found, for logs, is in .backend)."""

    def __init__(self, backend_name: str = ""):
        self.backend = backend_name
        super().__init__(KEYRING_ADVICE[keyring_advice()])


class KeyringLocked(WalletError):
    """The keyring exists but stayed locked (the user dismissed its prompt)."""

    def __init__(self):
        super().__init__(
            "The system keyring is locked. Unlock it (it usually asks for your "
            "login password) and try again."
        )


class KeyringUnavailable(WalletError):
    """The keyring could not be reached or opened (daemon gone, no collection)."""

    def __init__(self, detail: str = ""):
        if detail:
            super().__init__(
                "The system keyring could not be opened ({detail}). Make sure it is "
                "running (on Linux: gnome-keyring or KWallet) and try again.",
                detail=detail,
            )
        else:
            super().__init__(
                "The system keyring could not be opened. Make sure it is running (on "
                "Linux: gnome-keyring or KWallet) and try again."
            )


class WrongPassword(WalletError):
    """The password does not open this account's key."""

    def __init__(self):
        super().__init__("Wrong password for this account.")


class PasswordRequired(WalletError):
    """An empty password was given where one must be chosen."""

    def __init__(self):
        super().__init__("Choose a password for this account.")


class KeyMissing(WalletError):
    """The account is in the book but its key is gone from the keyring."""

    def __init__(self, address: str):
        self.address = address
        super().__init__(
            "The key for account {address} is missing from the system keyring "
            "(it may have been deleted there). Import it again from its recovery "
            "phrase, private key or keystore file.",
            address=address,
        )


class NotBackedUp(WalletError):
    """Removing an account whose recovery phrase was never confirmed."""

    def __init__(self, address: str):
        super().__init__(
            "The recovery phrase of {address} was never confirmed as written down. "
            "Removing the account now loses everything it holds; back it up first.",
            address=address,
        )


class UnknownAccount(WalletError):
    """No account with this address in the profile."""

    def __init__(self, address: str):
        super().__init__("There is no account {address} in this profile.", address=address)


class InvalidPhrase(WalletError):
    """The words are not a valid BIP-39 recovery phrase."""


class InvalidKey(WalletError):
    """The private key or keystore file could not be read."""


class AccountExists(WalletError):
    """This address is already an account of the profile."""

    def __init__(self, address: str):
        super().__init__("Account {address} is already in this profile.", address=address)


class AccountLocked(WalletError):
    """Signing was asked of an account that is locked (or locked itself when idle)."""

    def __init__(self):
        super().__init__("The account is locked. Enter its password to unlock it.")


class NodeDown(WalletError):
    """The network's node did not answer."""

    def __init__(self, where: str, detail: str = "", saved: bool = False):
        if detail and saved:
            super().__init__(
                "Cannot reach the network node at {where} ({detail}). Check that it is "
                "running and that this computer is online. The transaction is saved and "
                "will be sent when the node is back.",
                where=where, detail=detail,
            )
        elif detail:
            super().__init__(
                "Cannot reach the network node at {where} ({detail}). Check that it is "
                "running and that this computer is online. Nothing was sent.",
                where=where, detail=detail,
            )
        elif saved:
            super().__init__(
                "Cannot reach the network node at {where}. Check that it is running and "
                "that this computer is online. The transaction is saved and will be sent "
                "when the node is back.",
                where=where,
            )
        else:
            super().__init__(
                "Cannot reach the network node at {where}. Check that it is running and "
                "that this computer is online. Nothing was sent.",
                where=where,
            )


class WrongChain(WalletError):
    """The node serves a different chain than the network expects."""

    def __init__(self, expected: int, actual: int):
        self.expected, self.actual = expected, actual
        super().__init__(
            "The node is on chain {actual} but this network expects chain {expected}. "
            "Nothing will be sent until the network settings match the node.",
            actual=actual, expected=expected,
        )


class WouldRevert(WalletError):
    """The transaction would fail on chain; it was not sent. `error`: the contract's custom
    error by name, when it gave one (the reason is then its sentence)."""

    def __init__(self, reason: str, error: str | None = None):
        self.reason = reason
        self.error = error
        super().__init__("This transaction would fail, so it was not sent: {reason}",
                         reason=reason)


class InsufficientFunds(WalletError):
    """Not enough native coin to pay the fee, or not enough tokens."""


class TokensShort(InsufficientFunds):
    """The sender has fewer of the token than the transfer sends; `have` in base units."""

    def __init__(self, have: int, token):
        self.have, self.token = have, token
        super().__init__("Not enough {symbol} for this amount.", symbol=token.symbol)


class CoinsShort(InsufficientFunds):
    """The sender's coins do not cover the amount and the fee; `max_fee` in wei."""

    def __init__(self, max_fee: int):
        self.max_fee = max_fee
        super().__init__("Not enough coins for this amount and its network fee.")


class BadNetworkSettings(WalletError):
    """A network's settings are incomplete or contradictory."""


class NotPending(WalletError):
    """A speed-up or cancel of a transaction the node no longer has waiting."""

    def __init__(self, status: str, superseded: bool = False):
        self.status = status
        if superseded:
            super().__init__("This transaction was sped up or cancelled already; act on its "
                             "newest attempt instead.")
        elif status == "mined":
            super().__init__("This transaction is already confirmed; only a pending one can be "
                             "sped up or cancelled.")
        elif status == "failed":
            super().__init__("This transaction was already mined, and failed; only a pending "
                             "one can be sped up or cancelled.")
        elif status == "replaced":
            super().__init__("A speed-up or cancel of this transaction was mined in its place; "
                             "only a pending one can be sped up or cancelled.")
        else:
            super().__init__("This transaction will not be mined (the network dropped or "
                             "refused it); only a pending one can be sped up or cancelled.")
