"""Clearance lots (档期): lots and their states, items imported from stock files,
reservations per order, sell-through and returns, and signed lot sheets.

No Qt, no wallet: signing and signature recovery are callables passed in.

Names load with their submodule on first use, so that importing one part (opening a
book needs only the tables) does not pull in the whole package at start-up.
"""

from shop._exports import lazy_exports

# The submodule .lots shares its name with the function lots(); importing it here, light as it
# is, lets the function win the name for good.
from .lots import lots

# name -> the submodule that defines it
_EXPORTS = {
    "ImportRejected": "errors",
    "LotError": "errors",
    "LotStateError": "errors",
    "NoSuchLot": "errors",
    "OutOfStock": "errors",
    "ReservationError": "errors",
    "SheetDamaged": "errors",
    "SheetError": "errors",
    "SheetExpired": "errors",
    "SheetOutdated": "errors",
    "SheetTampered": "errors",
    "ImportSummary": "items",
    "ItemPage": "search",
    "import_into": "items",
    "iter_items": "search",
    "item_by_sku": "items",
    "item_by_sku_text": "items",
    "query_items": "search",
    "remember_mapping": "items",
    "remembered_mapping": "items",
    "revise_item": "items",
    "store_rows": "items",
    "suppliers": "items",
    "close": "lots",
    "create_lot": "lots",
    "delete_draft": "lots",
    "get_lot": "lots",
    "lot_by_id": "lots",
    "publish": "lots",
    "settle": "lots",
    "update_lot": "lots",
    "CLOSED": "model",
    "DRAFT": "model",
    "MAX_LEVELS": "model",
    "OPEN": "model",
    "PUBLISHED": "model",
    "SETTLED": "model",
    "THREE_LEVELS_WARNING": "model",
    "Item": "model",
    "Lot": "model",
    "Terms": "model",
    "Reservation": "reservations",
    "cancel": "reservations",
    "expire_reservations": "reservations",
    "reservations_of": "reservations",
    "reserve": "reservations",
    "sell": "reservations",
    "Change": "revisions",
    "Revision": "revisions",
    "close_early": "revisions",
    "revise": "revisions",
    "lot_revisions": "revisions",
    "ReturnLine": "sellthrough",
    "SellThrough": "sellthrough",
    "export_items": "sellthrough",
    "export_sell_through": "sellthrough",
    "returns": "sellthrough",
    "summaries": "sellthrough",
    "summary": "sellthrough",
    "Sheet": "sheets",
    "SheetImport": "sheets",
    "allotments": "sheets",
    "export_sheet": "sheets",
    "import_sheet": "sheets",
    "read_sheet": "sheets",
}
__all__ = sorted([*_EXPORTS, "lots"])


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
