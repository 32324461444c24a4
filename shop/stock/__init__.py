"""Supplier stock files: safe reading (CSV/XLSX, bounded before parsing), column mapping,
validation, export.

Pure Python: no Qt, no chain, no database. The lots side calls read_stock() (or
preview() first for the mapping dialog) and stores StockResult.rows in one
transaction.

Names load with their submodule on first use, so that importing one part does not
pull in the whole package at start-up.
"""

from shop._exports import lazy_exports

# name -> the submodule that defines it
_EXPORTS = {
    "REASONS": "check",
    "Preview": "check",
    "Rejection": "check",
    "StockResult": "check",
    "StockRow": "check",
    "check_rows": "check",
    "preview": "check",
    "read_stock": "check",
    "rejection": "check",
    "FIELDS": "columns",
    "check_mapping": "columns",
    "from_json": "columns",
    "guess_mapping": "columns",
    "to_json": "columns",
    "Cancelled": "errors",
    "EncodingUnsure": "errors",
    "MappingError": "errors",
    "StockFileError": "errors",
    "write_atomically": "export",
    "write_csv": "export",
    "write_xlsx": "export",
    "DEFAULT_LIMITS": "files",
    "ENCODINGS": "files",
    "ENCODING_NAMES": "files",
    "Limits": "files",
    "Table": "files",
    "encoding_label": "files",
    "list_sheets": "files",
    "open_table": "files",
    "MAX_MONEY": "values",
    "MAX_QUANTITY": "values",
    "ValueProblem": "values",
    "parse_money": "values",
    "parse_quantity": "values",
}
__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
