"""Drop-ship (一件代发): the distributor's shipping list for one supplier, and the supplier's
reply naming carrier and tracking number per order.

The list is a plain table (XLSX or CSV), optionally sealed to the supplier's store key so
that only the supplier's app opens it. The reply is read like a stock file: any CSV or XLSX
whose header names the order, carrier and tracking columns in the words of the trade; each
bad row is refused with its row number and reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from shop.errors import ShopError
from shop.stock.columns import normalise_header

#: The shipping list's columns, in order (the header the supplier sees).
HEADER = ("订单号", "商品", "SKU", "数量", "收货人", "电话", "地址")
SEALED_MAGIC = b"ZLSHIP1\n"
SEAL_INFO = b"ziliudi drop-ship list v1"
MAX_CELL = 100
HEADER_ROWS = 10  # rows searched for the header (a title may sit above it)

_REPLY = {
    "order": ("订单号", "订单编号", "订单", "单号", "order", "order no", "order no.",
              "order number"),
    "carrier": ("快递公司", "物流公司", "快递", "承运商", "承运公司", "carrier", "courier",
                "shipping company"),
    "tracking": ("快递单号", "运单号", "物流单号", "运单编号", "快递单号码", "tracking",
                 "tracking no", "tracking no.", "tracking number", "waybill", "waybill no"),
}
_LOOKUP = {normalise_header(name): field for field, names in _REPLY.items() for name in names}


@dataclass(frozen=True)
class ShippingLine:
    """One order to ship: its number, goods, SKU, quantity and where it goes."""

    number: str
    goods: str
    sku: str
    quantity: int
    name: str
    phone: str
    address: str

    def cells(self) -> list:
        return [self.number, self.goods, self.sku, self.quantity, self.name, self.phone,
                self.address]


@dataclass(frozen=True)
class ReplyRow:
    """A reply row that reads well: the order number as written, carrier, tracking number."""

    row: int
    order: str
    carrier: str
    tracking: str


@dataclass(frozen=True)
class ReplyRejection:
    """A refused reply row: its number in the file, why (a code), and the order it named."""

    row: int
    reason: str  # missing_order, missing_carrier, missing_tracking, too_long, repeated
    order: str = ""


class ReplyFileError(ShopError):
    """The reply file has no header naming the order, carrier and tracking columns."""


def _mapping(cells) -> dict:
    found = {}
    for index, text in enumerate(cells):
        field = _LOOKUP.get(normalise_header(text))
        if field is not None and field not in found:
            found[field] = index
    return found


def read_reply(rows) -> tuple[list[ReplyRow], list[ReplyRejection]]:
    """The good rows and the refused ones of a reply file's rows ((row number, cells) as
    shop.stock.files.Table.rows() yields them). ReplyFileError without a usable header."""
    mapping, good, bad, seen = None, [], [], set()
    for index, (rowno, cells) in enumerate(rows):
        if mapping is None:
            if index >= HEADER_ROWS:
                break
            found = _mapping(cells)
            if len(found) == len(_REPLY):
                mapping = found
            continue

        def cell(field):
            at = mapping[field]
            return str(cells[at]).strip() if at < len(cells) and cells[at] is not None else ""

        order, carrier, tracking = cell("order"), cell("carrier"), cell("tracking")
        if not order:
            bad.append(ReplyRejection(rowno, "missing_order"))
        elif max(len(order), len(carrier), len(tracking)) > MAX_CELL:
            bad.append(ReplyRejection(rowno, "too_long", order[:MAX_CELL]))
        elif not carrier:
            bad.append(ReplyRejection(rowno, "missing_carrier", order))
        elif not tracking:
            bad.append(ReplyRejection(rowno, "missing_tracking", order))
        elif order in seen:
            bad.append(ReplyRejection(rowno, "repeated", order))
        else:
            seen.add(order)
            good.append(ReplyRow(rowno, order, carrier, tracking))
    if mapping is None:
        raise ReplyFileError("The file has no header naming the order number, the carrier and "
                             "the tracking number (e.g. 订单号, 快递公司, 快递单号).")
    return good, bad
