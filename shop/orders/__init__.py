"""Orders from escrow events: one order per escrow, its state folded from the contract's
events, its on-chain history, and the shipment details entered in the app.

Pure Python: no Qt, no web3, no wallet. The book's one store of escrow events is here
(ledger): the desktop services hand the wallet's sync an EscrowLedger to write through.
"""

from .goods import DistributorSales, FundedOffer, distributor_sales, goods_ref, salt_for
from .ledger import KEEP_CHECKPOINTS, Applied, EscrowLedger, Rewound, apply_events, credited
from .model import (CLOSED_STATES, OPEN_STATES, REMIND_WITHIN, ChainEvent, Order, escrow_number,
                    fold, parse_escrow_number, party_of, reminders)
from .store import (DisputeStatement, HistoryEntry, as_dict, get_order, history, list_orders,
                    record_shipment, statements)

__all__ = [
    "CLOSED_STATES", "OPEN_STATES", "REMIND_WITHIN", "ChainEvent", "Order", "escrow_number",
    "fold", "parse_escrow_number", "party_of", "reminders",
    "KEEP_CHECKPOINTS", "Applied", "EscrowLedger", "Rewound", "apply_events", "credited",
    "DisputeStatement", "DistributorSales", "FundedOffer", "distributor_sales", "goods_ref",
    "salt_for", "HistoryEntry", "as_dict", "get_order", "history", "list_orders",
    "record_shipment", "statements",
]
