"""Clearance lots (档期): lots and their states, items imported from stock files,
reservations per order, sell-through and returns, and signed lot sheets.

No Qt, no wallet: signing and signature recovery are callables passed in.
"""
