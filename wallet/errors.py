"""Errors the wallet raises for people to read."""


class WalletError(Exception):
    """A refusal meant for the user: wrong password, no keyring, a node that is down."""
