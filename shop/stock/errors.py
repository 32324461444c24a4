"""Refusals raised while reading a stock file."""

from shop.errors import ShopError


class StockFileError(ShopError):
    """The file cannot be read safely: wrong format, damaged, too large, or hostile."""


class MappingError(ShopError):
    """The column mapping lacks a column the import needs, or points outside the header."""


class Cancelled(Exception):
    """The caller asked to stop; nothing read so far should be kept.

    Not a ShopError on purpose: a cancel is the user's own choice, not a refusal
    to show them.
    """
