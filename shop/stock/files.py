"""Open supplier stock files safely and yield their raw rows.

CSV (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text", GBK/GB18030, and on
the user's word Big5 or Shift-JIS; comma, tab or semicolon) and XLSX (see .xlsx).
Everything is bounded before it is parsed: only a regular file is opened (never a
device, a pipe or a folder), its size is capped, a CSV is read as a stream (its encoding
judged from a sample, then decoded piece by piece) with every line and row counted, and
a workbook's parts, rows, columns, cells and texts are counted before they are held.
A file beyond a limit is refused as a StockFileError naming the limit.
"""

import codecs
import csv
import io
import itertools
import os
import re
import stat
from dataclasses import dataclass

from . import xlsx
from .charsets import ENCODING_NAMES, ENCODINGS
from .errors import Cancelled, EncodingUnsure, StockFileError
from .table import CHECK_EVERY, MB, Table, _tick, _too_long_row

_CHUNK = MB
SAMPLE_BYTES = 256 * 1024  # the text an encoding is judged on


@dataclass(frozen=True)
class Limits:
    """What we agree to read. Anything beyond is refused, before parsing where it can be."""

    file_bytes: int = 50 * MB
    unzipped_bytes: int = 500 * MB  # all members of an XLSX together
    ratio: int = 200  # uncompressed / compressed size of one member
    ratio_floor: int = 8 * MB  # members smaller than this may compress as well as they like
    members: int = 10_000
    rows: int = 1_000_000
    columns: int = 1_000
    cells: int = 20_000_000  # cells of one XLSX sheet, empty ones included
    shared_strings: int = 1_500_000  # distinct texts of a workbook
    shared_strings_bytes: int = 64 * MB  # its shared-text part, unpacked
    cell_chars: int = 32_767  # as Excel allows
    line_chars: int = 100_000  # one line of a CSV file
    row_chars: int = 1_000_000  # all the cells of one row together


DEFAULT_LIMITS = Limits()

# The codec for each encoding (Excel on Windows writes Big5 and Shift-JIS as code pages 950
# and 932).
_CODECS = {"utf-8": "utf-8-sig", "gb18030": "gb18030", "big5": "cp950",
           "shift-jis": "cp932", "utf-16": "utf-16"}
_ALIASES = {"utf8": "utf-8", "utf-8-sig": "utf-8", "gbk": "gb18030", "gb2312": "gb18030",
            "cp936": "gb18030", "cp950": "big5", "big5": "big5", "big5-hkscs": "big5",
            "shift-jis": "shift-jis", "sjis": "shift-jis", "cp932": "shift-jis",
            "ms932": "shift-jis", "windows-31j": "shift-jis", "utf16": "utf-16",
            "utf-16le": "utf-16", "utf-16be": "utf-16", "utf-16-le": "utf-16",
            "utf-16-be": "utf-16"}


def encoding_label(name):
    """One of ENCODINGS for a name a person typed ("GBK", "shift_jis", "UTF8" …), or a
    StockFileError naming the choices."""
    key = str(name).strip().lower().replace("_", "-")
    label = key if key in ENCODINGS else _ALIASES.get(key)
    if label is None:
        raise StockFileError("Unknown text encoding “{name}”: choose UTF-8, GB18030, Big5, "
                             "Shift-JIS or UTF-16.", name=name)
    return label


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


def _cannot_open(exc):
    return StockFileError("Cannot open the file: {reason}.", reason=exc.strerror or exc)


def _too_big(size, limits):
    return StockFileError("The file is {size} MB; files over {limit} MB are not imported. "
                          "Split it into parts.", size=size // MB,
                          limit=limits.file_bytes // MB)


def _check_regular(path, st, limits):
    if not stat.S_ISREG(st.st_mode):
        raise StockFileError("{name} is not a file but a folder, a device or a pipe; only a "
                             "stock file itself is imported.", name=os.path.basename(path))
    if st.st_size > limits.file_bytes:
        raise _too_big(st.st_size, limits)


_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_NOCTTY", 0))


def open_file(path, limits=None):
    """Open a stock file for reading, if it is a regular file within the size limit.

    The path is checked before it is opened (a link to /dev/zero or a pipe is never
    read) and the opened file again (it cannot be swapped in between); opening does not
    wait on a pipe. Returns a binary file object; raises StockFileError.
    """
    limits = limits or DEFAULT_LIMITS
    path = os.fspath(path)
    try:
        _check_regular(path, os.stat(path), limits)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _cannot_open(exc) from None
    try:
        _check_regular(path, os.fstat(fd), limits)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class _Upto(io.RawIOBase):
    """The first `size` bytes of a file, however it grows meanwhile."""

    def __init__(self, handle, size):
        super().__init__()
        self._handle, self._left = handle, size

    def readable(self):
        return True

    def readinto(self, buffer):
        if self._left <= 0:
            return 0
        view = memoryview(buffer)[:self._left]
        got = self._handle.readinto(view)
        self._left -= got or 0
        return got


# ---------------------------------------------------------------- CSV encodings

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_HIGH = re.compile(rb"[\x80-\xff]")


@dataclass
class TextGuess:
    """How a CSV file's text was judged: `encoding` (one of ENCODINGS), whether that is
    certain, the likely ones in order when it is not, and what the bytes hold."""

    encoding: str
    sure: bool
    candidates: list
    bom: bytes
    size: int
    lines: int
    chosen: bool = False  # the user named the encoding
    utf16_order: str = ""  # "le"/"be" for UTF-16 without a byte order mark
    head: bytes = b""  # the file's first bytes (up to SAMPLE_BYTES)

    def settle(self, guess):
        """This guess, or EncodingUnsure when it is not certain and may not be guessed."""
        if not self.sure and not guess:
            raise EncodingUnsure(self.candidates)
        return self


def _decodes(data, codec):
    """The text of a sample (which may end inside a character), or None."""
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _outside_gb2312(text):
    """(Chinese characters, how many of them are outside GB2312, private-use characters)."""
    han = "".join(_HAN.findall(text))
    return len(han), len(han) - len(han.encode("gb2312", "ignore")) // 2, len(
        _PRIVATE.findall(text))


def _oddness(text, label):
    """How unlikely a decoded sample is as text in this encoding, from 0 (plausible).

    GB18030 decodes nearly any bytes; Big5 or Shift-JIS read as GB18030 give characters
    from its private-use areas and Chinese characters outside the 6,763 of GB2312, which
    a Chinese stock list hardly ever has (measured: half of them for Big5, all for
    Shift-JIS). The other encodings are judged by private-use characters alone.
    """
    han, outside, private = _outside_gb2312(text)
    if label != "gb18030":
        outside = 0
    return (private + outside) / max(1, han + private)


def _plausible_gb18030(text):
    han, outside, private = _outside_gb2312(text)
    return not private and outside * 10 <= han


def _utf16_order(head):
    """'le' or 'be' when the bytes look like UTF-16 without a byte order mark, else ''."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if even + odd < len(head) // 10 or not head:
        return ""
    if odd >= 9 * even:
        return "le"
    if even >= 9 * odd:
        return "be"
    return ""


class _MixedCheck:
    """Finds a file that has lines in UTF-8 next to lines in another encoding (a file
    appended to by two programs), which GB18030 would decode without error as nonsense."""

    def __init__(self):
        self.utf8 = self.other = False

    def valid_utf8(self, text):
        if not self.utf8 and _HAN.search(text):
            self.utf8 = True

    def lines(self, chunk):
        if chunk.isascii() or self.mixed:
            return
        for line in chunk.decode("utf-8", "replace").split("\n"):
            if line.isascii():
                continue
            if "\ufffd" in line:
                self.other = True
            elif not self.utf8 and _HAN.search(line):
                self.utf8 = True
            if self.utf8 and self.other:
                return

    @property
    def mixed(self):
        return self.utf8 and self.other


def _neither():
    return StockFileError("The file's text is neither UTF-8 nor GBK, nor another encoding the "
                          "app reads (Big5, Shift-JIS, UTF-16). Save it from Excel as “CSV "
                          "UTF-8” or as .xlsx and import again.")


def guess_text(handle, limits, chosen=None, *, guess=False):
    """Read a CSV file once as bytes and judge its encoding (see TextGuess).

    A byte order mark decides; else `chosen` (one of ENCODINGS, the user's word) is
    taken; else UTF-8 if the whole file is UTF-8; else GB18030 when a sample of it
    reads as plausible Chinese. When that is not certain, EncodingUnsure lists the
    likely encodings. Refuses NUL bytes and files that mix UTF-8 with another encoding.
    With `guess`, for a preview that lets the user choose, only the head is read and
    judged (the import judges the whole file again), and when the encoding is not
    certain the likeliest is taken (sure=False).
    """
    handle.seek(0)
    head = handle.read(SAMPLE_BYTES)
    bom, known, user = b"", chosen, chosen is not None
    for mark, label in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                        (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(mark):
            bom, known = mark, label
            break
    order = "" if bom else _utf16_order(head)
    utf16 = known == "utf-16" or (known is None and order)
    # UTF-8 is checked over the whole file when nothing says what the file is; lines of
    # UTF-8 among lines of another encoding are looked for unless the file is UTF-8.
    utf8 = codecs.getincrementaldecoder("utf-8")("strict") if known is None else None
    mixed = _MixedCheck() if known != "utf-8" else None
    size = lines = 0
    nul = False
    sample = None
    # The head is the first piece of the scan: the file's bytes are read once here.
    rest = () if guess else iter(lambda: handle.read(_CHUNK), b"")
    for chunk in itertools.chain([head], rest):
        size += len(chunk)
        if size > limits.file_bytes:
            raise _too_big(size, limits)
        lines += chunk.count(b"\n")
        if utf16:
            continue
        if not nul and b"\0" in chunk:
            nul = True
        if utf8 is not None:
            try:
                mixed.valid_utf8(utf8.decode(chunk))
                continue
            except UnicodeDecodeError:
                utf8 = None
        if mixed is not None:
            mixed.lines(chunk)
        if known is None:
            if sample is None:
                high = _HIGH.search(chunk)
                if high is not None:
                    start = chunk.rfind(b"\n", 0, high.start()) + 1
                    sample = chunk[start:start + SAMPLE_BYTES]
            elif len(sample) < SAMPLE_BYTES:
                sample += chunk[:SAMPLE_BYTES - len(sample)]
    if utf8 is not None and not guess:  # a head may end inside a character
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = None
    if guess:  # the rows shown are decoded from the file as it is, past the head
        size = os.fstat(handle.fileno()).st_size
    if utf16:
        return TextGuess("utf-16", bool(known), [] if known else ["utf-16"], bom, size, lines,
                         user, order or "le", head).settle(guess)
    if mixed is not None and mixed.mixed:
        raise StockFileError("The file mixes two text encodings (some rows UTF-8, others "
                             "GBK), so some names would come out garbled. Save it from "
                             "Excel as “CSV UTF-8” or as .xlsx and import again.")
    candidates = []
    if not known and utf8 is None:
        for label in ("gb18030", "big5", "shift-jis"):
            text = _decodes(sample or head, _CODECS[label])
            if text is not None:
                candidates.append((_oddness(text, label), len(candidates), label, text))
        if not candidates:
            raise _neither()
    if nul:
        raise StockFileError("The file contains NUL bytes, so it is not plain CSV text (it may "
                             "be UTF-16 without its mark, or not a text file). Save it from "
                             "Excel as “CSV UTF-8” or as .xlsx and import again.")
    if known:
        return TextGuess(known, True, [], bom, size, lines, user, head=head)
    if utf8 is not None:
        return TextGuess("utf-8", True, [], bom, size, lines, head=head)
    if candidates[0][2] == "gb18030" and _plausible_gb18030(candidates[0][3]):
        return TextGuess("gb18030", True, [], bom, size, lines, head=head)
    candidates.sort()
    return TextGuess(candidates[0][2], False, [c[2] for c in candidates], bom, size,
                     lines, head=head).settle(guess)


def _codec(text):
    if text.encoding == "utf-16" and not text.bom:
        return "utf-16-be" if text.utf16_order == "be" else "utf-16-le"
    return _CODECS[text.encoding]


def sniff_delimiter(text):
    """Comma, tab or semicolon: whichever the first lines use most (comma on a tie)."""
    sample = text[:64 * 1024]
    lines = sample.splitlines()[:30]
    block = "\n".join(lines)
    counts = {sep: block.count(sep) for sep in (",", "\t", ";")}
    best = max(counts, key=lambda sep: (counts[sep], sep == ","))
    return best if counts[best] else ","


# ---------------------------------------------------------------- CSV rows

# Fed to the CSV reader after the last line: if it comes back inside a cell, a quote
# opened somewhere was never closed and swallowed the rest of the file.
_END = "\ufdd0\ufdd1"


def _unterminated(row):
    return StockFileError("Row {row} opens a quote (\") that is never closed, so every row "
                          "after it would be read into one cell. Close the quote and import "
                          "again.", row=row)


def _not_text(text, row):
    if text.chosen:
        return StockFileError("Row {row} of the file is not {encoding} text; choose another "
                              "encoding.", row=row, encoding=ENCODING_NAMES[text.encoding])
    return _neither()


def _csv_rows(stream, guess, delimiter, limits, total, progress, cancelled):
    line_chars, row_chars = limits.line_chars, limits.row_chars
    state = {"ended": False, "chars": 0}
    readline = stream.readline

    def lines():
        while line := readline(line_chars):
            if len(line) >= line_chars and line[-1] not in "\r\n":
                raise _too_long_row(rowno + 1, line_chars)
            # A row may run over many lines inside quotes: its text is bounded as a whole.
            state["chars"] += len(line)
            if state["chars"] > row_chars:
                raise _too_long_row(rowno + 1, row_chars)
            yield line
        state["ended"] = True
        yield _END

    reader = csv.reader(lines(), delimiter=delimiter)
    columns, most = limits.columns, limits.rows + 1
    rowno = 0
    try:
        for cells in reader:
            if state["ended"] and cells and _END in cells[-1]:
                if cells == [_END]:
                    break
                raise _unterminated(rowno + 1)
            rowno += 1
            state["chars"] = 0
            if rowno % CHECK_EVERY == 0 or rowno > most:
                _tick(rowno, total, limits, progress, cancelled)
            if len(cells) > columns:
                raise StockFileError("Row {row} has {count:,} columns; files of more than "
                                     "{limit:,} columns are not imported.", row=rowno,
                                     count=len(cells), limit=columns)
            if not any(map(str.strip, cells)):
                continue
            yield rowno, cells
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _unterminated(rowno + 1) from None
        raise StockFileError("Row {row} of the file cannot be read as CSV: {reason}.",
                             row=rowno + 1, reason=exc) from None
    except UnicodeDecodeError:
        raise _not_text(guess, rowno + 1) from None
    if progress is not None:
        progress(rowno, rowno)


def _open_csv(handle, limits, progress, cancelled, encoding, guess):
    text = guess_text(handle, limits, encoding, guess=guess)
    if text.encoding != "utf-16" and text.lines > limits.rows + 1:
        raise StockFileError("The file has more than {limit:,} rows; split it into parts.",
                             limit=limits.rows)
    codec = _codec(text)
    delimiter = sniff_delimiter(_decodes(text.head[:64 * 1024], codec) or "")
    handle.seek(0)
    # A preview reads a few dozen rows: in small pieces, not the import's large ones.
    raw = io.BufferedReader(_Upto(handle, text.size), 64 * 1024 if guess else _CHUNK)
    stream = io.TextIOWrapper(raw, encoding=codec, errors="strict", newline="")
    total = text.lines + 1
    rows = _csv_rows(stream, text, delimiter, limits, total, progress, cancelled)
    return Table("csv", rows, total, encoding=text.encoding, delimiter=delimiter,
                 encoding_sure=text.sure, encodings=text.candidates, closer=stream.close)


# ---------------------------------------------------------------- public

def open_table(path, sheet=None, *, limits=DEFAULT_LIMITS, progress=None, cancelled=None,
               encoding=None, guess=False):
    """Open a CSV or XLSX stock file after the safety checks; see Table.

    `sheet` picks an XLSX worksheet by name (default: the one Excel shows first).
    `encoding` (a name for encoding_label) is how a CSV file's text is read; without
    it the encoding is found, and if that is not certain EncodingUnsure lists the likely
    ones; with `guess` (for a preview, which reads only the file's head) the encoding is
    judged on the head and when not certain the likeliest is taken, and an XLSX sheet is
    not scanned whole first. `progress(done, total)`
    is called every ~1000 rows; when `cancelled()` returns True the row iterator raises
    Cancelled. Raises StockFileError for a file that is refused or cannot be read.
    """
    chosen = encoding_label(encoding) if encoding else None
    handle = open_file(path, limits)
    try:
        kind = _kind(path, handle.read(8))
        if kind == "csv":
            table = _open_csv(handle, limits, progress, cancelled, chosen, guess)
        else:
            table = xlsx.open_sheet(handle, sheet, limits, progress, cancelled, head=guess)
    except BaseException:
        handle.close()
        raise
    table._closers.insert(0, handle.close)
    return table


def list_sheets(path, *, limits=DEFAULT_LIMITS):
    """Worksheet names of an XLSX in their order, or [] for a CSV file."""
    with open_file(path, limits) as handle:
        if _kind(path, handle.read(8)) == "csv":
            return []

        return xlsx.sheet_names(handle, limits)
