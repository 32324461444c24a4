"""Refusals about lots, their stock and their sheets, each a sentence for the user."""

from shop.errors import ShopError


class LotError(ShopError):
    """A lot rule was broken (unknown lot, wrong state, bad terms)."""


class NoSuchLot(LotError):
    def __init__(self, title=None, *, lot_id=None):
        if lot_id is not None:
            super().__init__("There is no lot named “#{lot_id}”.", lot_id=lot_id)
        else:
            super().__init__("There is no lot named “{title}”.", title=title)


class LotStateError(LotError):
    """The lot is not in a state that allows this."""


class ImportRejected(LotError):
    """The file has rejected rows and the user did not accept importing only the valid ones."""

    def __init__(self, rejections, rows=None):
        self.rejections = list(rejections)
        # Rows, not problems: a row with three bad cells is one rejected row.
        self.rows = len({r.row for r in self.rejections}) if rows is None else rows
        super().__init__("{count} rows were rejected; nothing was imported. "
                         "Fix the file, or import only the valid rows.", count=self.rows)


class OutOfStock(LotError):
    def __init__(self, sku, wanted, available):
        self.sku, self.wanted, self.available = sku, wanted, available
        super().__init__("Only {available} of {sku} left; {wanted} were asked for.",
                         available=available, sku=sku, wanted=wanted)


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
