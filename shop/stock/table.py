"""An opened stock file (Table) and the row checks the CSV and XLSX readers share."""

from .errors import Cancelled, StockFileError

MB = 1024 * 1024
CHECK_EVERY = 1000  # rows between progress reports and cancel checks


class Table:
    """An opened stock file: `rows()` yields (row number as the user sees it, cells)
    for every non-blank row, title and header rows included. Use as a context
    manager, or call close(); rows() can be iterated once.

    Attributes: kind ("csv"/"xlsx"), sheet (XLSX sheet name or None), sheets (all
    worksheet names), total (row count for progress), encoding (CSV: one of ENCODINGS),
    encoding_sure (False when a preview guessed it) and encodings (the likely ones then),
    delimiter (CSV), formula_cells ({row: {column index}} of formulas with no saved
    value; for XLSX filled in as the rows are read).
    """

    def __init__(self, kind, rows, total, sheet=None, sheets=(), encoding=None,
                 delimiter=None, formula_cells=None, closer=None, encoding_sure=True,
                 encodings=()):
        self.kind, self.total, self.sheet, self.sheets = kind, total, sheet, list(sheets)
        self.encoding, self.delimiter = encoding, delimiter
        self.encoding_sure, self.encodings = encoding_sure, list(encodings)
        self.formula_cells = formula_cells if formula_cells is not None else {}
        self._rows, self._closers = rows, [closer] if closer else []

    def rows(self):
        """The row iterator (one pass)."""
        return self._rows

    def close(self):
        """Release the file."""
        self._rows.close()
        while self._closers:
            self._closers.pop()()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _tick(rowno, total, limits, progress, cancelled):
    if rowno > limits.rows + 1:  # the stock rows and their header
        raise StockFileError("The sheet has more than {limit:,} rows; split it into parts.",
                             limit=limits.rows)
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(rowno, max(total, rowno))


def _too_long_row(row, limit):
    return StockFileError("Row {row} holds more than {limit:,} characters, more than a stock "
                          "row ever does; check the file.", row=row, limit=limit)
