"""Open supplier stock files safely and yield their raw rows.

CSV (UTF-8, UTF-8 with BOM, UTF-16 from Excel's "Unicode text", GBK/GB18030;
comma, tab or semicolon) and XLSX. Everything a hostile or broken file could do
to us is refused as a StockFileError before the slow parsing starts: too many
bytes, a zip bomb, too many rows, XML entity tricks.
"""

import codecs
import csv
import io
import os
import re
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass

import defusedxml

from .errors import Cancelled, StockFileError

MB = 1024 * 1024
CHECK_EVERY = 1000  # rows between progress reports and cancel checks
_CHUNK = 4 * MB


@dataclass(frozen=True)
class Limits:
    """What we agree to read. Anything beyond is refused before parsing."""

    file_bytes: int = 50 * MB
    unzipped_bytes: int = 500 * MB  # all members of an XLSX together
    ratio: int = 200  # uncompressed / compressed size of one member
    ratio_floor: int = 8 * MB  # members smaller than this may compress as well as they like
    members: int = 10_000
    rows: int = 1_000_000


DEFAULT_LIMITS = Limits()


def _kind(path, head):
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise StockFileError("This is an old Excel file (.xls). Open it in Excel or WPS and "
                             "save it as .xlsx, then import again.")
    ext = os.path.splitext(str(path))[1].lower()
    if ext in (".xlsx", ".xlsm"):
        raise StockFileError("This file is not a valid Excel workbook (.xlsx): it is damaged "
                             "or is another kind of file renamed.")
    return "csv"


def _check_size(path, limits):
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise StockFileError("Cannot open the file: {reason}.",
                             reason=exc.strerror or exc) from None
    if size > limits.file_bytes:
        raise StockFileError("The file is {size} MB; files over {limit} MB are not imported. "
                             "Split it into parts.", size=size // MB,
                             limit=limits.file_bytes // MB)
    return size


# ---------------------------------------------------------------- CSV

def decode_text(data):
    """Decode CSV bytes: UTF-16 by its BOM, else strict UTF-8 (BOM optional), else GB18030.

    GB18030 is a superset of GBK and GB2312, what Excel in Chinese saves without a BOM.
    Returns (text, encoding name).
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise StockFileError("The file's text is neither UTF-8 nor GBK. Save it from Excel "
                             "as “CSV UTF-8” or as .xlsx and import again.") from None


def sniff_delimiter(text):
    """Comma, tab or semicolon: whichever the first lines use most (comma on a tie)."""
    sample = text[:64 * 1024]
    lines = sample.splitlines()[:30]
    block = "\n".join(lines)
    counts = {sep: block.count(sep) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: (counts[sep], sep == ","))
    return best if counts[best] else ","


def _csv_rows(text, delimiter, limits, total, progress, cancelled):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rowno = 0
    try:
        for cells in reader:
            rowno += 1
            if rowno % CHECK_EVERY == 0:
                _tick(rowno, total, limits, progress, cancelled)
            if not any(map(str.strip, cells)):
                continue
            yield rowno, cells
    except csv.Error as exc:
        raise StockFileError("Row {row} of the file cannot be read as CSV: {reason}.",
                             row=rowno + 1, reason=exc) from None
    if progress is not None:
        progress(rowno, rowno)


def _tick(rowno, total, limits, progress, cancelled):
    if rowno > limits.rows:
        raise StockFileError("The sheet has more than {limit:,} rows; split it into parts.",
                             limit=limits.rows)
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(rowno, max(total, rowno))


# ---------------------------------------------------------------- XLSX

_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\s+ref=\"[A-Z]*\d*:?[A-Z]*(\d+)\"")
# A cell whose only child is a formula: Excel saves the value in <v> next to <f>,
# so without one the sheet was written by a program that never calculated it.
_FORMULA_NO_VALUE = re.compile(
    rb"<(?:[\w.-]+:)?c\b([^>]*)>\s*<(?:[\w.-]+:)?f\b(?:[^>]*/>|[^>]*>[^<]*</(?:[\w.-]+:)?f>)"
    rb"\s*</(?:[\w.-]+:)?c>")
_CELL_REF = re.compile(rb"\br=\"([A-Z]{1,3})(\d+)\"")


def _open_zip(path, limits):
    """Open an XLSX as a zip and refuse bombs from its directory alone."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise StockFileError("This file is not a valid Excel workbook (.xlsx): it is damaged, "
                             "cut short, or another kind of file.") from None
    except OSError as exc:
        raise StockFileError("Cannot open the file: {reason}.",
                             reason=exc.strerror or exc) from None
    try:
        members = archive.infolist()
        if len(members) > limits.members:
            raise StockFileError("The workbook has too many parts to be a stock sheet.")
        total = 0
        for info in members:
            total += info.file_size
            if info.file_size >= limits.ratio_floor and (
                    info.compress_size == 0 or info.file_size / info.compress_size > limits.ratio):
                raise StockFileError("The workbook unpacks to far more than its size (a zip "
                                     "bomb). It was refused.")
        if total > limits.unzipped_bytes:
            raise StockFileError("The workbook unpacks to {size} MB; more than {limit} MB "
                                 "is not imported.", size=total // MB,
                                 limit=limits.unzipped_bytes // MB)
        for info in members:
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                with archive.open(info) as part:
                    match = _DIMENSION.search(part.read(4096))
                if match and int(match.group(1)) > limits.rows:
                    raise StockFileError("A sheet has {rows:,} rows; more than {limit:,} rows "
                                         "are not imported.", rows=int(match.group(1)),
                                         limit=limits.rows)
    except zipfile.BadZipFile:
        archive.close()
        raise StockFileError("This workbook is damaged (a part fails its checksum).") from None
    except BaseException:
        archive.close()
        raise
    return archive


def _load_workbook(path):
    import openpyxl
    # openpyxl parses through defusedxml only when that is importable and not turned
    # off by OPENPYXL_DEFUSEDXML; without it an entity bomb would hang the app.
    if not openpyxl.DEFUSEDXML:
        raise StockFileError("Excel import is disabled: the XML safety layer (defusedxml) is "
                             "not active. Reinstall the application.")
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise _xlsx_error(exc) from None


def _xlsx_error(exc):
    if isinstance(exc, StockFileError):
        return exc
    # openpyxl wraps the parser's error in its own ValueError; look down the chain.
    cause, seen = exc, 0
    while cause is not None and seen < 10:
        if isinstance(cause, defusedxml.DefusedXmlException):
            return StockFileError("The workbook contains XML entity declarations, which Excel "
                                  "never writes (a possible XML bomb). It was refused.")
        if isinstance(cause, ElementTree.ParseError):
            return StockFileError("The workbook is damaged: its XML is broken ({reason}).",
                                  reason=cause)
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return StockFileError("This file could not be read as an Excel workbook; it may be "
                          "damaged ({reason}).", reason=detail)


def _scan_sheet(archive, member, limits):
    """One fast pass over the sheet's raw XML: count rows, and find formula cells
    that have no saved value. Returns (rows, {row: {column index}})."""
    rows, missing = 0, {}
    carry = b""
    from openpyxl.utils import column_index_from_string
    with archive.open(member) as part:
        while True:
            chunk = part.read(_CHUNK)
            data = carry + chunk
            if chunk:
                # Cut after the last complete row so no cell straddles two chunks.
                cut = data.rfind(b"row>") + 4
                if cut < 4:
                    cut = data.rfind(b"/>") + 2
                if cut < 2:
                    carry = data
                    continue
                data, carry = data[:cut], data[cut:]
            # Approximate on purpose (prefixed or bare <row> tags): the exact limit is
            # enforced again while iterating; this one fails fast and sizes progress.
            rows += data.count(b"row>") - data.count(b"<row>")
            if rows > limits.rows:
                raise StockFileError("The sheet has more than {limit:,} rows; split it "
                                     "into parts.", limit=limits.rows)
            if b"<f" in data or b":f" in data:
                for match in _FORMULA_NO_VALUE.finditer(data):
                    ref = _CELL_REF.search(match.group(1))
                    if ref is None:
                        raise StockFileError("The sheet has formulas without saved values. Open "
                                             "it in Excel or WPS, save it, and import again.")
                    column = column_index_from_string(ref.group(1).decode()) - 1
                    missing.setdefault(int(ref.group(2)), set()).add(column)
            if not chunk:
                return rows, missing


def _xlsx_rows(workbook, ws, limits, total, progress, cancelled):
    rowno = 0
    try:
        for cells in ws.iter_rows(values_only=True):
            rowno += 1
            if rowno % CHECK_EVERY == 0:
                _tick(rowno, total, limits, progress, cancelled)
            width = len(cells)
            if cells.count(None) == width or cells.count(None) + cells.count("") == width:
                continue
            yield rowno, cells
    except (StockFileError, Cancelled):
        raise
    except Exception as exc:
        raise _xlsx_error(exc) from None
    finally:
        workbook.close()
    if progress is not None:
        progress(rowno, rowno)


# ---------------------------------------------------------------- public

class Table:
    """An opened stock file: `rows()` yields (row number as the user sees it, cells)
    for every non-blank row, title and header rows included. Use as a context
    manager, or call close(); rows() can be iterated once.

    Attributes: kind ("csv"/"xlsx"), sheet (XLSX sheet name or None), sheets (all
    worksheet names), total (row count for progress), encoding and delimiter (CSV),
    formula_cells ({row: {column index}} of formulas with no saved value).
    """

    def __init__(self, kind, rows, total, sheet=None, sheets=(), encoding=None,
                 delimiter=None, formula_cells=None, closer=None):
        self.kind, self.total, self.sheet, self.sheets = kind, total, sheet, list(sheets)
        self.encoding, self.delimiter = encoding, delimiter
        self.formula_cells = formula_cells or {}
        self._rows, self._closer = rows, closer

    def rows(self):
        """The row iterator (one pass)."""
        return self._rows

    def close(self):
        """Release the file."""
        if self._closer is not None:
            self._closer()
            self._closer = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_table(path, sheet=None, *, limits=DEFAULT_LIMITS, progress=None, cancelled=None):
    """Open a CSV or XLSX stock file after the safety checks; see Table.

    `sheet` picks an XLSX worksheet by name (default: the one Excel shows first).
    `progress(done, total)` is called every ~1000 rows; when `cancelled()` returns
    True the row iterator raises Cancelled. Raises StockFileError for a file that
    is refused or cannot be read.
    """
    _check_size(path, limits)
    with open(path, "rb") as handle:
        head = handle.read(8)
        kind = _kind(path, head)
        data = head + handle.read() if kind == "csv" else None
    if kind == "csv":
        text, encoding = decode_text(data)
        del data
        delimiter = sniff_delimiter(text)
        total = text.count("\n") + 1
        if total > limits.rows + 1:
            raise StockFileError("The file has more than {limit:,} rows; split it into parts.",
                                 limit=limits.rows)
        rows = _csv_rows(text, delimiter, limits, total, progress, cancelled)
        return Table("csv", rows, total, encoding=encoding, delimiter=delimiter)
    archive = _open_zip(path, limits)
    try:
        workbook = _load_workbook(path)
        try:
            names = [ws.title for ws in workbook.worksheets]
            if not names:
                raise StockFileError("The workbook has no worksheets.")
            if sheet is None:
                ws = workbook.active if workbook.active in workbook.worksheets else workbook.worksheets[0]
            elif sheet in names:
                ws = workbook[sheet]
            else:
                raise StockFileError("The workbook has no sheet named “{sheet}”.", sheet=sheet)
            member = getattr(ws, "_worksheet_path", None)
            total, formulas = _scan_sheet(archive, member, limits) if member else (0, {})
            # Some writers record a wrong size (even "A1"); read-only mode would stop there.
            ws.reset_dimensions()
        except BaseException as exc:
            workbook.close()
            raise _xlsx_error(exc) if isinstance(exc, Exception) else exc from None
    finally:
        archive.close()
    rows = _xlsx_rows(workbook, ws, limits, total, progress, cancelled)

    def closer():
        rows.close()
        workbook.close()  # the generator's own cleanup never runs if it was not started

    return Table("xlsx", rows, total, sheet=ws.title, sheets=names, formula_cells=formulas,
                 closer=closer)


def list_sheets(path, *, limits=DEFAULT_LIMITS):
    """Worksheet names of an XLSX in their order, or [] for a CSV file."""
    _check_size(path, limits)
    with open(path, "rb") as handle:
        if _kind(path, handle.read(8)) == "csv":
            return []
    _open_zip(path, limits).close()
    workbook = _load_workbook(path)
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()
