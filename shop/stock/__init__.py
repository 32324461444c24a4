"""Supplier stock files: safe reading (CSV/XLSX, bounded before parsing), column mapping,
validation, export.

Pure Python: no Qt, no chain, no database. The lots side calls read_stock() (or
preview() first for the mapping dialog) and stores StockResult.rows in one
transaction.
"""
