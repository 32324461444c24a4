"""Orders from escrow events: one order per escrow, its state folded from the contract's
events, its on-chain history, and the shipment details entered in the app.

Pure Python: no Qt, no web3, no wallet. The book's one store of escrow events is here
(ledger): the desktop services hand the wallet's sync an EscrowLedger to write through.
"""
