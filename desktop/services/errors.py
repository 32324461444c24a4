"""Errors meant for people, and how any error becomes a sentence."""

from __future__ import annotations

import logging
from pathlib import Path

from shop.book import storage_refusal
from shop.errors import ShopError
from shop.money import MoneyError
from wallet.errors import WalletError


class UserFacingError(Exception):
    """A refusal the user should read. The message may hold {fields} filled from kwargs after translation."""

    def __init__(self, message: str, **fields):
        self.template = message
        self.fields = fields
        super().__init__(message.format(**fields) if fields else message)


USER_FACING = (UserFacingError, ShopError, WalletError, MoneyError)


def refusal(error: BaseException) -> BaseException | None:
    """The refusal `error` stands for: itself when it is one; for a write the book or the
    disk could not take (read-only, full, a file size limit, locked, a number beyond 64
    bits) the matching shop.book.StorageRefused; None for anything else (a bug).

    The one place where such failures become sentences, for the command line and the GUI.
    """
    if isinstance(error, USER_FACING):
        return error

    return storage_refusal(error)


def is_user_facing(error: BaseException) -> bool:
    return refusal(error) is not None


UNEXPECTED = "Something went wrong ({kind}). Details were written to the log."
UNEXPECTED_UNLOGGED = "Something went wrong ({kind})."  # no log file took the details

_LOGGED = "_ziliudi_logged"  # set on an error once its traceback went to the log


def log_file() -> Path | None:
    """The file desktop.cli.setup_logging writes to, or None when it could not open one."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "ziliudi", None) == "file":
            return Path(handler.baseFilename)
    return None


def log_unexpected(error: BaseException, message: str = "unexpected error",
                   logger: logging.Logger | None = None) -> bool:
    """Log an unexpected error with its traceback, once however often it is reported;
    True when the log file holds it, the only case where a message may say so."""
    done = getattr(error, _LOGGED, None)
    if done is not None:
        return done
    path = log_file()
    before = _size(path)
    (logger or logging.getLogger("ziliudi")).error(message, exc_info=error)
    done = path is not None and _size(path) > before
    try:
        setattr(error, _LOGGED, done)
    except (AttributeError, TypeError):  # an exception type without a __dict__
        pass
    return done


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else -1
    except OSError:
        return -1


def unexpected(error: BaseException) -> str:
    """The sentence template for an unexpected error, its traceback logged first: it says
    "Details were written to the log" only when they were."""
    return UNEXPECTED if log_unexpected(error) else UNEXPECTED_UNLOGGED


def describe(error: BaseException) -> str:
    """A readable sentence for any error; the traceback of an unexpected one goes to the log, not here."""
    refused = refusal(error)
    if refused is not None:
        return str(refused)
    return unexpected(error).format(kind=type(error).__name__)
