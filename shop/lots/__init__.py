"""Clearance lots (档期): lots and their states, items imported from stock files,
reservations per order, sell-through and returns, and signed lot sheets.

No Qt, no wallet: signing and signature recovery are callables passed in.
"""

from .errors import (ImportRejected, LotError, LotStateError, NoSuchLot, OutOfStock,
                     ReservationError, SheetDamaged, SheetError, SheetExpired, SheetOutdated,
                     SheetTampered)
from .items import (ImportSummary, ItemPage, import_into, iter_items, item_by_sku, query_items,
                    remember_mapping, remembered_mapping, revise_item, store_rows, suppliers)
from .lots import (close, create_lot, delete_draft, get_lot, lot_by_id, lots, publish, settle,
                   update_lot)
from .model import (CLOSED, DRAFT, MAX_LEVELS, OPEN, PUBLISHED, SETTLED, THREE_LEVELS_WARNING,
                    Item, Lot, Terms)
from .reservations import (Reservation, cancel, expire_reservations, reservations_of, reserve,
                           sell)
from .sellthrough import (ReturnLine, SellThrough, export_items, export_sell_through, returns,
                          summaries, summary)
from .sheets import Sheet, SheetImport, export_sheet, import_sheet, read_sheet

__all__ = [
    "ImportRejected", "LotError", "LotStateError", "NoSuchLot", "OutOfStock",
    "ReservationError", "SheetDamaged", "SheetError", "SheetExpired", "SheetOutdated",
    "SheetTampered", "ImportSummary", "ItemPage", "import_into", "iter_items", "item_by_sku", "query_items",
    "remember_mapping", "remembered_mapping", "revise_item", "store_rows", "suppliers", "close",
    "create_lot", "delete_draft", "get_lot", "lot_by_id", "lots", "publish", "settle",
    "update_lot", "CLOSED", "DRAFT", "MAX_LEVELS", "OPEN", "PUBLISHED", "SETTLED",
    "THREE_LEVELS_WARNING", "Item", "Lot", "Terms", "Reservation", "cancel",
    "expire_reservations", "reservations_of", "reserve", "sell", "ReturnLine", "SellThrough",
    "export_items", "export_sell_through", "returns", "summaries", "summary", "Sheet",
    "SheetImport", "export_sheet", "import_sheet", "read_sheet",
]
