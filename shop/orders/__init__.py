"""Orders from escrow events: one order per escrow, its state folded from the contract's
events, its on-chain history, and the shipment details entered in the app.

Pure Python: no Qt, no web3, no wallet. The desktop services read the events from the
wallet's escrow sync and apply them here.
"""

from .model import (CLOSED_STATES, OPEN_STATES, REMIND_WITHIN, ChainEvent, Order, escrow_number,
                    fold, parse_escrow_number, reminders)
from .store import (Applied, HistoryEntry, apply_events, as_dict, get_order, history,
                    list_orders, read_cursor, record_shipment, rewind, set_cursor)

__all__ = [
    "CLOSED_STATES", "OPEN_STATES", "REMIND_WITHIN", "ChainEvent", "Order", "escrow_number",
    "fold", "parse_escrow_number", "reminders",
    "Applied", "HistoryEntry", "apply_events", "as_dict", "get_order", "history", "list_orders",
    "read_cursor", "record_shipment", "rewind", "set_cursor",
]
