"""Refusals about lots, their stock and their sheets, each a sentence for the user."""

from shop.errors import ShopError


class LotError(ShopError):
    """A lot rule was broken (unknown lot, wrong state, bad terms)."""


class NoSuchLot(LotError):
    def __init__(self, title):
        super().__init__(f"There is no lot named “{title}”.")


class LotStateError(LotError):
    """The lot is not in a state that allows this."""


class ImportRejected(LotError):
    """The file has rejected rows and the user did not accept importing only the valid ones."""

    def __init__(self, rejections):
        self.rejections = list(rejections)
        super().__init__(f"{len(self.rejections)} rows were rejected; nothing was imported. "
                         "Fix the file, or import only the valid rows.")


class OutOfStock(LotError):
    def __init__(self, sku, wanted, available):
        self.sku, self.wanted, self.available = sku, wanted, available
        super().__init__(f"Only {available} of {sku} left; {wanted} were asked for.")


class ReservationError(LotError):
    """The reservation is unknown or already ended."""


class SheetError(ShopError):
    """A lot sheet was refused; the message says why."""


class SheetDamaged(SheetError):
    """The file is not a complete lot sheet (truncated, not a zip, parts missing)."""


class SheetTampered(SheetError):
    """The content or the signature does not match: someone changed the sheet."""


class SheetExpired(SheetError):
    """The lot's window has ended."""


class SheetOutdated(SheetError):
    """A sheet of the same lot with this or a newer revision is already here."""
