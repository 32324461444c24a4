"""Read an XLSX stock sheet as a stream, with every size bounded before it is held.

The zip is checked from its directory first (members, unpacked size, compression ratio,
the rows a sheet declares); each XML part is parsed by expat in pieces of 1 MB and
refused if it declares a DTD (entity bombs, external entities) or holds a run of a
megabyte without markup (a tag or text that would have to be held whole). The shared
texts are counted and kept compactly (UTF-8 in one buffer); a sheet's rows, cells,
columns and the length of each cell are checked as they are read, and only the cells of
a row are ever held. Values come out as openpyxl's read-only mode gives them
(data_only), but for fractions: text, int, Decimal (a number with a fraction, to Excel's
15 digits, so a price never passes through a binary float), bool, datetime for date
formats, None for blanks.
"""

import posixpath
import zipfile
from array import array
from decimal import InvalidOperation
from xml.parsers import expat

from .errors import Cancelled, StockFileError
from .table import CHECK_EVERY, MB, Table, _tick, _too_long_row
from .values import sheet_number

_CHUNK = MB  # a piece of XML fed to the parser; each full piece must hold markup
_SMALL_PART = 16 * MB  # workbook, relationships and styles: larger is not a workbook of ours
_MAX_SHEETS = 1000
_MAX_STYLES = 200_000
_NUMBER_CHARS = 40  # a number cell longer than this is passed on as text, never converted
_EXCEL_COLUMNS = 16_384  # XFD: no sheet Excel writes reaches further
_LAST_SERIAL = 2_958_465  # 9999-12-31 as an Excel date


class _Declared(Exception):
    """A part declares a DTD."""


def _bomb():
    return StockFileError("The workbook contains XML entity declarations, which Excel never "
                          "writes (a possible XML bomb). It was refused.")


def _damaged(reason):
    return StockFileError("This file could not be read as an Excel workbook; it may be "
                          "damaged ({reason}).", reason=reason)


def _too_wide(row, column, limit):
    return StockFileError("Row {row} has a value in column {column:,}; sheets of more than "
                          "{limit:,} columns are not imported.", row=row, column=column,
                          limit=limit)


def _too_long(limit):
    return StockFileError("The workbook has a cell of more than {limit:,} characters, more "
                          "than Excel allows; it was refused.", limit=limit)


def _too_many_rows(limit):
    return StockFileError("The sheet has more than {limit:,} rows; split it into parts.",
                          limit=limit)


# ---------------------------------------------------------------- the zip

def _open_zip(handle, limits):
    """Open an XLSX as a zip and refuse bombs from its directory alone."""
    import re

    try:
        handle.seek(0)
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise StockFileError("This file is not a valid Excel workbook (.xlsx): it is damaged, "
                             "cut short, or another kind of file.") from None
    except OSError as exc:
        raise StockFileError("Cannot open the file: {reason}.",
                             reason=exc.strerror or exc) from None
    dimension = re.compile(rb"<(?:[\w.-]+:)?dimension\s+ref=\"[A-Z]*\d*:?[A-Z]*(\d+)\"")
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
                    match = dimension.search(part.read(4096))
                if match and len(match.group(1)) < 12 and int(match.group(1)) > limits.rows + 1:
                    raise StockFileError("A sheet has {rows:,} rows; more than {limit:,} rows "
                                         "are not imported.", rows=int(match.group(1)),
                                         limit=limits.rows)
    except zipfile.BadZipFile:
        archive.close()
        raise StockFileError("This workbook is damaged (a part fails its checksum).") from None
    except (StockFileError, Cancelled):
        archive.close()
        raise
    except Exception as exc:
        archive.close()
        raise _damaged(_reason(exc)) from None
    return archive


def _reason(exc):
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


# ---------------------------------------------------------------- parsing parts

_LOCAL = {}


def _local(name):
    """An element's name without its namespace prefix ("x:c" -> "c")."""
    local = _LOCAL.get(name)
    if local is None:
        local = name.rpartition(":")[2]
        if len(_LOCAL) < 1000:
            _LOCAL[name] = local
    return local


def _refuse_dtd(*_args):
    raise _Declared()


def _parser():
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def _pieces(archive, info):
    """The member's bytes in pieces of _CHUNK; a full piece without '<' is refused (a tag
    or a text of a megabyte, which expat would have to hold whole)."""
    with archive.open(info) as part:
        while True:
            chunk = part.read(_CHUNK)
            if len(chunk) == _CHUNK and b"<" not in chunk:
                raise StockFileError("The workbook is damaged: its XML is broken ({reason}).",
                                     reason="a megabyte without markup")
            yield chunk
            if not chunk:
                return


def _guarded(work):
    """Run work(); turn what a damaged or hostile part raises into a StockFileError."""
    try:
        return work()
    except (StockFileError, Cancelled):
        raise
    except _Declared:
        raise _bomb() from None
    except expat.ExpatError as exc:
        raise StockFileError("The workbook is damaged: its XML is broken ({reason}).",
                             reason=exc) from None
    except zipfile.BadZipFile:
        raise StockFileError("This workbook is damaged (a part fails its checksum).") from None
    except Exception as exc:
        raise _damaged(_reason(exc)) from None


def _parse(archive, info, start, end=None, chars=None):
    """Parse one part with these handlers, in pieces."""
    def work():
        parser = _parser()
        parser.StartElementHandler = start
        if end is not None:
            parser.EndElementHandler = end
        if chars is not None:
            parser.CharacterDataHandler = chars
        for chunk in _pieces(archive, info):
            parser.Parse(chunk, not chunk)
    _guarded(work)


def _small(archive, name):
    """The ZipInfo of a small part, or None when the workbook has no such part."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _SMALL_PART:
        raise StockFileError("The workbook has too many parts to be a stock sheet.")
    return info


def _relationships(archive, part):
    """{id: (type's last word, target part, external)} of a part ("" for the package)."""
    folder, name = posixpath.split(part)
    info = _small(archive, posixpath.join(folder, "_rels", name + ".rels"))
    found = {}
    if info is None:
        return found

    def start(tag, attrs):
        if _local(tag) == "Relationship" and len(found) < _MAX_SHEETS * 4:
            target = attrs.get("Target", "")
            if target.startswith("/"):
                path = target.lstrip("/")
            else:
                path = posixpath.normpath(posixpath.join(folder, target))
            found[attrs.get("Id", "")] = (attrs.get("Type", "").rpartition("/")[2], path,
                                          attrs.get("TargetMode") == "External")
    _parse(archive, info, start)
    return found


class _Texts:
    """The workbook's shared texts, kept as UTF-8 in one buffer with their end offsets."""

    def __init__(self):
        self._blob = bytearray()
        self._ends = array("Q")
        self._view = None

    def append(self, text):
        self._blob += text.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._blob))

    def freeze(self):
        self._view = memoryview(self._blob)
        return self

    def __len__(self):
        return len(self._ends)

    def __getitem__(self, index):
        end = self._ends[index]
        begin = self._ends[index - 1] if index else 0
        return str(self._view[begin:end], "utf-8", "surrogatepass")


class Workbook:
    """An XLSX opened for reading: its worksheets by name, and their rows."""

    def __init__(self, handle, limits):
        self.limits = limits
        self.archive = _open_zip(handle, limits)
        try:
            self._read_workbook()
        except BaseException:
            self.archive.close()
            raise
        self._texts = None
        self._dates = None

    def close(self):
        self.archive.close()

    def _read_workbook(self):
        package = _relationships(self.archive, "")
        book = next((path for kind, path, external in package.values()
                     if kind == "officeDocument" and not external), "xl/workbook.xml")
        info = _small(self.archive, book)
        if info is None:
            raise _damaged("it has no workbook part")
        sheets, state = [], {"active": 0, "date1904": False}

        def start(tag, attrs):
            tag = _local(tag)
            if tag == "sheet":
                if len(sheets) >= _MAX_SHEETS:
                    raise StockFileError("The workbook has too many parts to be a stock sheet.")
                rid = next((v for k, v in attrs.items() if _local(k) == "id"), "")
                sheets.append((attrs.get("name", ""), rid))
            elif tag == "workbookView":
                active = attrs.get("activeTab", "0")
                state["active"] = int(active) if active.isdigit() and len(active) < 6 else 0
            elif tag == "workbookPr":
                state["date1904"] = attrs.get("date1904", "0").lower() in ("1", "true")
        _parse(self.archive, info, start)
        rels = _relationships(self.archive, book)
        self.date1904 = state["date1904"]
        # Only worksheets; a chart sheet holds no rows.
        kinds = [(name, rels.get(rid, ("", "", True))) for name, rid in sheets]
        self.paths = {name: path for name, (kind, path, external) in kinds
                      if kind == "worksheet" and not external}
        self.names = [name for name, (kind, _, external) in kinds
                      if kind == "worksheet" and not external]
        active = kinds[state["active"]][0] if state["active"] < len(kinds) else None
        self.active = active if active in self.paths else (self.names[0] if self.names else None)
        self._parts = {kind: path for kind, path, external in rels.values() if not external}

    # ------------------------------------------------------------ shared texts and styles

    def texts(self):
        """The shared texts, read and counted once."""
        if self._texts is None:
            self._texts = self._read_texts()
        return self._texts

    def _read_texts(self):
        texts = _Texts()
        path = self._parts.get("sharedStrings")
        try:
            info = self.archive.getinfo(path) if path else None
        except KeyError:
            info = None
        if info is None:
            return texts.freeze()
        limits = self.limits
        if info.file_size > limits.shared_strings_bytes:
            raise StockFileError("The workbook's shared texts unpack to {size} MB; more than "
                                 "{limit} MB is not imported.", size=info.file_size // MB,
                                 limit=limits.shared_strings_bytes // MB)
        most, longest = limits.shared_strings, limits.cell_chars
        parts, state = [], {"in": False, "t": False, "ph": False, "n": 0}

        def many():
            return StockFileError("The workbook holds more than {limit:,} different texts; "
                                  "split it into parts.", limit=most)

        def start(tag, attrs):
            tag = _local(tag)
            if tag == "t":
                state["t"] = state["in"] and not state["ph"]
            elif tag == "si":
                if len(texts) >= most:
                    raise many()
                state["in"], state["n"] = True, 0
                parts.clear()
            elif tag == "rPh":
                state["ph"] = True
            elif tag == "sst":
                count = attrs.get("uniqueCount", "")
                if count.isdigit() and (len(count) > 10 or int(count) > most):
                    raise many()

        def end(tag):
            tag = _local(tag)
            if tag == "t":
                state["t"] = False
            elif tag == "si":
                texts.append("".join(parts))
                state["in"] = False
            elif tag == "rPh":
                state["ph"] = False

        def chars(data):
            if state["t"]:
                state["n"] += len(data)
                if state["n"] > longest:
                    raise _too_long(longest)
                parts.append(data)

        _parse(self.archive, info, start, end, chars)
        return texts.freeze()

    def dates(self):
        """{style index as text: "date" or "time"} for the cell styles that show a date."""
        if self._dates is None:
            self._dates = self._read_styles()
        return self._dates

    def _read_styles(self):
        path = self._parts.get("styles")
        info = _small(self.archive, path) if path else None
        if info is None:
            return {}
        formats, styles, state = {}, [], {"xfs": False}

        def start(tag, attrs):
            tag = _local(tag)
            if tag == "xf" and state["xfs"]:
                if len(styles) < _MAX_STYLES:
                    styles.append(attrs.get("numFmtId", "0"))
            elif tag == "cellXfs":
                state["xfs"] = True
            elif tag == "numFmt" and len(formats) < _MAX_STYLES:
                formats[attrs.get("numFmtId", "")] = attrs.get("formatCode", "")

        def end(tag):
            if _local(tag) == "cellXfs":
                state["xfs"] = False

        _parse(self.archive, info, start, end)
        from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

        kinds = {}
        for number in set(styles):
            code = formats.get(number)
            if code is None and number.isdigit() and len(number) < 4:
                code = BUILTIN_FORMATS.get(int(number))
            if code and is_date_format(code):
                kinds[number] = "time" if is_timedelta_format(code) else "date"
        return {str(i): kinds[n] for i, n in enumerate(styles) if n in kinds}

    # ------------------------------------------------------------ a sheet

    def scan(self, name):
        """One fast pass over a sheet's raw XML: its rows (for progress), and refusals
        of too many cells or a column past Excel's last before any is parsed."""
        import re

        info = self._sheet_info(name)
        limits = self.limits
        far = re.compile(rb"\sr=\"([A-Z]{3,})\d")
        rows = cells = 0

        def work():
            nonlocal rows, cells
            for chunk in _pieces(self.archive, info):
                # Approximate on purpose (prefixed or bare <row> tags): the exact limits are
                # enforced again while parsing; this pass fails fast and sizes progress.
                rows += chunk.count(b"row>") - chunk.count(b"<row>")
                cells += chunk.count(b"<c ") + chunk.count(b"<c>")
                if cells > limits.cells:
                    raise StockFileError("The sheet has more than {limit:,} cells; split it "
                                         "into parts.", limit=limits.cells)
                for match in far.finditer(chunk):
                    column = _column(match.group(1).decode())
                    if column > _EXCEL_COLUMNS and column > limits.columns:
                        raise StockFileError("The sheet reaches column {column:,}; sheets of "
                                             "more than {limit:,} columns are not imported.",
                                             column=column, limit=limits.columns)
        _guarded(work)
        return rows

    def _sheet_info(self, name):
        try:
            return self.archive.getinfo(self.paths[name])
        except KeyError:
            raise _damaged("a sheet's part is missing") from None

    def rows(self, name, total, progress, cancelled, formulas):
        """(row number, cells) of every row with a value, as the sheet is parsed; records
        formula cells without a saved value in `formulas` ({row: {column index}}) before
        their row comes out."""
        info = self._sheet_info(name)
        texts = self.texts()
        dates = self.dates()
        limits = self.limits
        most_rows, most_columns, most_cells = limits.rows + 1, limits.columns, limits.cells
        longest, row_chars = limits.cell_chars, limits.row_chars
        ready, parts, cells = [], [], []
        row = column = count = length = held = widest = 0
        shared = len(texts)
        kind = style = None
        value_here = formula = collecting = inline = phonetic = False

        def start(tag, attrs):
            nonlocal row, column, count, length, kind, style, value_here, formula, collecting
            nonlocal inline, phonetic, held, widest
            if tag == "v":  # the most frequent first, unprefixed as Excel writes them
                collecting = value_here = True
                return
            if tag != "c":
                tag = _LOCAL.get(tag) or _local(tag)
                if tag == "v":
                    collecting = value_here = True
                    return
            if tag == "c":
                ref = attrs.get("r")
                if ref is None:
                    column += 1
                else:
                    column = _COLUMNS.get(ref.rstrip(_DIGITS))
                    if column is None:
                        column = _ref_column(ref)
                kind = attrs.get("t", "n")
                style = attrs.get("s")
                value_here = formula = False
                length = 0
                parts.clear()
                count += 1
                if count > most_cells:
                    raise StockFileError("The sheet has more than {limit:,} cells; split it "
                                         "into parts.", limit=most_cells)
            elif tag == "t":
                collecting = inline and not phonetic
            elif tag == "row":
                number = attrs.get("r")
                if number is None:
                    row += 1
                elif number.isdigit() and len(number) < 10:
                    row = int(number)
                else:
                    raise _damaged(f"row number {number[:20]!r}")
                if row > most_rows:  # the stock rows and their header
                    raise _too_many_rows(limits.rows)
                column = widest = -1
                held = 0
                cells.clear()
            elif tag == "f":
                formula = True
            elif tag == "is":
                inline = True
            elif tag == "rPh":
                phonetic = True

        def end(tag):
            nonlocal collecting, inline, phonetic, held, widest
            if tag == "v":
                collecting = False
                return
            if tag != "c":
                tag = _LOCAL.get(tag) or _local(tag)
            if tag == "c":
                collecting = False
                if not value_here and formula:
                    if column < most_columns:
                        formulas.setdefault(row, set()).add(column)
                    return
                if not parts:
                    return
                text = parts[0] if len(parts) == 1 else "".join(parts)
                if kind == "s":
                    if not text.isdigit() or len(text) > 10 or int(text) >= shared:
                        raise _damaged(f"a cell names shared text {text[:20]!r}, which is not "
                                       "there")
                    value = texts[int(text)]
                elif kind == "n":
                    value = _number(text)
                    if style is not None and dates and style in dates and type(value) is not str:
                        value = _date(value, self.date1904, dates[style])
                else:
                    value = _value(kind, text)
                if value is None or value == "":
                    return
                if column >= most_columns:
                    raise _too_wide(row, column + 1, most_columns)
                if type(value) is str:
                    # One shared text may fill every cell of a row: the row is bounded whole.
                    held += len(value)
                    if held > row_chars:
                        raise _too_long_row(row, row_chars)
                cells.append((column, value))
                if column > widest:
                    widest = column
            elif tag == "v" or tag == "t":
                collecting = False
            elif tag == "row":
                if cells:
                    line = [None] * (widest + 1)
                    for c, value in cells:
                        line[c] = value
                    ready.append((row, line))
                    cells.clear()
            elif tag == "is":
                inline = False
            elif tag == "rPh":
                phonetic = False

        def chars(data):
            nonlocal length
            if collecting:
                length += len(data)
                if length > longest:
                    raise _too_long(longest)
                parts.append(data)

        def generate():
            parser = _parser()
            parser.StartElementHandler = start
            parser.EndElementHandler = end
            parser.CharacterDataHandler = chars
            pieces = _pieces(self.archive, info)
            last, next_tick = 0, CHECK_EVERY
            while (chunk := _guarded(lambda: next(pieces, None))) is not None:
                _guarded(lambda: parser.Parse(chunk, not chunk))
                for number, line in ready:
                    if number >= next_tick:
                        next_tick = (number // CHECK_EVERY + 1) * CHECK_EVERY
                        _tick(number, total, limits, progress, cancelled)
                    last = number
                    yield number, line
                ready.clear()
            if progress is not None:
                progress(max(last, row), max(last, row))

        return generate()


def _column(letters):
    """1-based column of 'A', 'AB', … (computed for at most 7 letters; more is far)."""
    if len(letters) > 7:
        return 10 ** 10
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


_DIGITS = "0123456789"
# 0-based columns of the letters of the first 702 columns (A to ZZ), looked up per cell.
_COLUMNS = {}
for _first in ("", *map(chr, range(65, 91))):
    for _second in map(chr, range(65, 91)):
        _COLUMNS[_first + _second] = _column(_first + _second) - 1


def _ref_column(ref):
    """0-based column of a cell reference such as 'B12'."""
    letters = ref.rstrip(_DIGITS)
    if not letters or not letters.isascii() or not letters.isalpha() or not letters.isupper():
        raise _damaged(f"cell reference {ref[:20]!r}")
    return _column(letters) - 1


def _value(kind, text):
    """A cell's value by its type, other than a number or a shared text."""
    if kind == "b":
        return text.strip() in ("1", "true")
    if kind == "d":
        from datetime import datetime
        try:
            return datetime.fromisoformat(text.strip())
        except ValueError:
            return text
    return text  # inlineStr, str (a formula's text), e (an error such as #N/A)


def _number(text):
    text = text.strip()
    if not text:
        return None
    if len(text) > _NUMBER_CHARS:
        return text  # bounded: the stock checks refuse it as text, never converting it
    try:
        if "." in text or "e" in text or "E" in text:
            return sheet_number(text)
        return int(text)
    except (ValueError, InvalidOperation):
        return text


def _date(value, date1904, kind):
    """A serial number shown as a date (or a time span) as a datetime (timedelta)."""
    if not 0 <= value <= _LAST_SERIAL:
        return value
    value = float(value)  # a date's serial, not money: openpyxl's calendar counts in floats
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    try:
        return from_excel(value, CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900,
                          timedelta=kind == "time")
    except (ValueError, OverflowError):
        return value


# ---------------------------------------------------------------- for files.open_table

def sheet_names(handle, limits):
    """Worksheet names in their order."""
    book = Workbook(handle, limits)
    book.close()
    return list(book.names)


def open_sheet(handle, sheet, limits, progress, cancelled, head=False):
    """A files.Table over one worksheet (the one Excel shows first by default). With
    `head` (a preview, which reads a few dozen rows) the sheet is not first scanned whole
    for its rows' count: the limits are enforced as rows are parsed all the same."""
    book = Workbook(handle, limits)
    try:
        if not book.names:
            raise StockFileError("The workbook has no worksheets.")
        if sheet is None:
            sheet = book.active
        elif sheet not in book.paths:
            raise StockFileError("The workbook has no sheet named “{sheet}”.", sheet=sheet)
        total = 0 if head else book.scan(sheet)
        book.texts()
        book.dates()
        formulas = {}
        rows = book.rows(sheet, total, progress, cancelled, formulas)
    except BaseException:
        book.close()
        raise
    return Table("xlsx", rows, total, sheet=sheet, sheets=book.names, formula_cells=formulas,
                 closer=book.close)
