"""Errors meant for people, and how any error becomes a sentence."""

from __future__ import annotations

from shop.errors import ShopError
from wallet.errors import WalletError


class UserFacingError(Exception):
    """A refusal the user should read. The message may hold {fields} filled from kwargs after translation."""

    def __init__(self, message: str, **fields):
        self.template = message
        self.fields = fields
        super().__init__(message.format(**fields) if fields else message)


USER_FACING = (UserFacingError, ShopError, WalletError)


def is_user_facing(error: BaseException) -> bool:
    return isinstance(error, USER_FACING)


UNEXPECTED = "Something went wrong ({kind}). Details were written to the log."


def describe(error: BaseException) -> str:
    """A readable sentence for any error; the traceback of an unexpected one belongs in the log, not here."""
    if is_user_facing(error):
        return str(error)
    return UNEXPECTED.format(kind=type(error).__name__)
