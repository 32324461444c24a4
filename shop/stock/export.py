"""Write rows to XLSX or CSV that spreadsheets open safely.

A text cell starting with = + - @ (or a tab or carriage return) would be run as a
formula by Excel or WPS when someone opens the file; it gets a leading apostrophe
so it stays text. Numbers are written as numbers and need no escape.
"""

import csv
import os
import tempfile

_RISKY = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value):
    """Return `value` with a leading apostrophe if it is text a spreadsheet would execute."""
    if type(value) is str and value.startswith(_RISKY):
        return "'" + value
    return value


def _table(rows, header):
    """(header, iterator of value lists) from dicts or from sequences plus a header."""
    rows = iter(rows)
    if header is not None:
        header = list(header)
        first = next(rows, None)
        if first is None:
            return header, iter(())
        if isinstance(first, dict):
            keys = header
            return header, ([row.get(k) for k in keys] for row in _prepend(first, rows))
        return header, (list(row) for row in _prepend(first, rows))
    dicts = list(rows)
    keys = []
    seen = set()
    for row in dicts:
        for key in row:
            if key not in seen:
                seen.add(key)
                keys.append(key)
    return keys, ([row.get(k) for k in keys] for row in dicts)


def _prepend(first, rest):
    yield first
    yield from rest


def write_atomically(path, write):
    """Call write(temporary path) beside `path`, then rename it there: a crash never leaves
    half a file under the name."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(dir=folder, suffix=".part")
    os.close(handle)
    try:
        write(temp)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def write_csv(path, rows, header=None):
    """Write rows (dicts, or sequences with `header`) as CSV in UTF-8 with a BOM,
    which Excel needs to read Chinese correctly. Returns the number of data rows."""
    header, values = _table(rows, header)
    count = 0

    def write(target):
        nonlocal count
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow([_csv_text(h) for h in header])
            for row in values:
                out.writerow([_csv_text(cell) for cell in row])
                count += 1

    write_atomically(path, write)
    return count


def _csv_text(value):
    if value is None:
        return ""
    if type(value) is str:
        return escape_cell(value)
    return value


def write_xlsx(path, rows, header=None, sheet_title="Sheet1"):
    """Write rows (dicts, or sequences with `header`) to an XLSX with openpyxl's
    streaming writer. Returns the number of data rows."""
    from openpyxl import Workbook

    header, values = _table(rows, header)
    count = 0

    def write(target):
        nonlocal count
        book = Workbook(write_only=True)
        sheet = book.create_sheet(sheet_title)
        sheet.append([escape_cell(h) for h in header])
        for row in values:
            sheet.append([escape_cell(cell) for cell in row])
            count += 1
        book.save(target)

    write_atomically(path, write)
    return count
