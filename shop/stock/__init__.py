"""Supplier stock files: safe reading (CSV/XLSX), column mapping, validation, export.

Pure Python: no Qt, no chain, no database. The lots side calls read_stock() (or
preview() first for the mapping dialog) and stores StockResult.rows in one
transaction.
"""

from .check import (REASONS, Preview, Rejection, StockResult, StockRow, check_rows, preview,
                    read_stock, rejection)
from .columns import FIELDS, check_mapping, from_json, guess_mapping, to_json
from .errors import Cancelled, MappingError, StockFileError
from .export import write_csv, write_xlsx
from .files import DEFAULT_LIMITS, Limits, Table, list_sheets, open_table
from .values import format_money, parse_money, parse_quantity

__all__ = [
    "REASONS", "Preview", "Rejection", "StockResult", "StockRow", "check_rows", "preview",
    "read_stock", "rejection", "FIELDS", "check_mapping", "from_json", "guess_mapping",
    "to_json", "Cancelled", "MappingError", "StockFileError", "write_csv", "write_xlsx",
    "DEFAULT_LIMITS", "Limits", "Table", "list_sheets", "open_table", "format_money",
    "parse_money", "parse_quantity",
]
