"""Refusals raised while reading a stock file."""

from shop.errors import ShopError
from .charsets import ENCODING_NAMES


class StockFileError(ShopError):
    """The file cannot be read safely: wrong format, damaged, too large, or hostile."""


class EncodingUnsure(StockFileError):
    """A CSV file's text encoding could not be told for certain: the user chooses it
    (`--encoding`, or in the import wizard, whose preview shows the names as read).
    `candidates` are the likely encodings (shop.stock.charsets.ENCODINGS), likeliest first."""

    def __init__(self, candidates):
        self.candidates = list(candidates)
        super().__init__("The file's text is neither UTF-8 nor GBK for certain: it may be "
                         "{candidates}. Choose its encoding with --encoding or in the import "
                         "wizard, whose preview shows the names as they will be read.",
                         candidates=", ".join(ENCODING_NAMES[c] for c in self.candidates))


class MappingError(ShopError):
    """The column mapping lacks a column the import needs, or points outside the header."""


class Cancelled(Exception):
    """The caller asked to stop; nothing read so far should be kept.

    Not a ShopError on purpose: a cancel is the user's own choice, not a refusal
    to show them.
    """
