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


def refusal(error: BaseException) -> BaseException | None:
    """The refusal `error` stands for: itself when it is one; for a write the book or the
    disk could not take (read-only, full, a file size limit, locked, a number beyond 64
    bits) the matching shop.book.StorageRefused; None for anything else (a bug).

    The one place where such failures become sentences, for the command line and the GUI.
    """
    if isinstance(error, USER_FACING):
        return error
    from shop.book import storage_refusal  # loads SQLite's helpers only when needed

    return storage_refusal(error)


def is_user_facing(error: BaseException) -> bool:
    return refusal(error) is not None


UNEXPECTED = "Something went wrong ({kind}). Details were written to the log."


def describe(error: BaseException) -> str:
    """A readable sentence for any error; the traceback of an unexpected one belongs in the log, not here."""
    refused = refusal(error)
    if refused is not None:
        return str(refused)
    return UNEXPECTED.format(kind=type(error).__name__)
