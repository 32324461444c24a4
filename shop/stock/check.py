"""Turn a stock file into validated rows and a list of rejections to show the user.

Each rejection names the row as the user sees it in the file, the column header,
and a reason with a stable code and an English message with named {fields}, so
the GUI can translate REASONS[code] and format it with `params`.
"""

import itertools
import unicodedata
from array import array
from dataclasses import dataclass, field
from operator import itemgetter

from shop.money import CNY, Money

from . import columns
from .errors import StockFileError
from .files import DEFAULT_LIMITS, open_table
from .values import ValueProblem, cell_text, parse_money, parse_quantity

REASONS = {
    "missing_name": "the product name is empty",
    "missing_style_no": "the style number is empty",
    "missing_quantity": "the quantity is empty",
    "missing_price": "there is no price: fill in the tag price or the supply price",
    "missing_supply_price": "the supply price is empty",
    "negative_quantity": "quantity {value} is negative",
    "not_whole_number": "quantity {value} is not a whole number",
    "negative_price": "price {value} is negative",
    "not_a_number": "“{value}” is not a number",
    "too_many_decimals": "{value} has more than 2 decimals",
    "quantity_too_large": "quantity {value} is more than {limit}, the most one row may hold",
    "price_too_large": "price {value} is more than {limit}, the highest price a row may have",
    "supply_above_tag": "supply price {supply} is above tag price {tag}",
    "duplicate_sku": "SKU {sku} is already on row {first_row}",
    "formula_without_value": "formula without a saved value: open the file in Excel or WPS, "
                             "save it, and import again",
    "picture_outside": "picture “{value}” is not a file in the stock file's folder",
    "picture_unreadable": "picture “{value}” is not an image that can be read",
    "picture_too_large": "picture “{value}” is larger than {limit} MB",
}

# Rows whose problems are kept one by one for the report; rows past these are counted only,
# so that a file of a million bad rows cannot fill the memory with its report.
REPORTED_ROWS = 10_000

HEADER_SCAN_ROWS = 50  # title rows above the header are seldom more than a few


@dataclass(slots=True)
class Rejection:
    """A row left out: `row` as numbered in the file, `column` its header text."""

    row: int
    column: str
    reason: str
    code: str = ""
    params: dict = field(default_factory=dict)


@dataclass(slots=True)
class StockRow:
    """One valid stock line. Prices are minor units (分) or None when not given;
    extras holds vip_price/live_price (minor units), year/season/material and any
    unmapped column by its header text."""

    row: int
    style_no: str
    color: str
    size: str
    name: str
    barcode: str
    quantity: int
    tag_price: int | None
    supply_price: int | None
    suggested_price: int | None
    min_price: int | None
    brand: str
    category: str
    image: str
    extras: dict

    @property
    def sku(self):
        """The SKU key: style number, color and size."""
        return (self.style_no, self.color, self.size)


@dataclass
class StockResult:
    """What an import read: valid rows, rejections, and how the file was understood.

    `rejections` are problems, one per bad cell, for the first REPORTED_ROWS rejected
    rows; `rejected_rows` counts every rejected row (a row with three problems is one)."""

    rows: list
    rejections: list
    header_row: int
    header: list
    mapping: dict
    sheet: str | None = None
    rows_read: int = 0
    rejected_rows: int = 0
    valid_rows: int = 0
    encoding: str | None = None


@dataclass
class Preview:
    """The start of a file for the mapping dialog: header found, guessed mapping, sample
    rows, and for CSV the text encoding they were read in: `encoding_sure` is False when
    it was guessed, and `encodings` lists the likely ones for the user to choose from."""

    header_row: int
    header: list
    mapping: dict
    sample: list  # [(row number, [cell text, ...]), ...]
    sheet: str | None
    sheets: list
    encoding: str | None = None
    encoding_sure: bool = True
    encodings: list = field(default_factory=list)


def rejection(row, column, code, **params):
    """Build a Rejection whose English reason is REASONS[code] filled with params."""
    return Rejection(row, column, REASONS[code].format(**params), code, params)


def _locate_header(rows, header_row):
    """Split off the header: returns (header row number, header cells, remaining rows)."""
    head = list(itertools.islice(rows, HEADER_SCAN_ROWS))
    if header_row is not None:
        position = next((i for i, (rowno, _) in enumerate(head) if rowno == header_row), None)
    else:
        position = columns.find_header([cells for _, cells in head])
    if position is None:
        raise StockFileError("No header row found: none of the first rows names the columns "
                             "we know (商品名称, 货号, 库存, 吊牌价 …). Check the sheet, or "
                             "choose the header row and columns by hand.")
    rowno, cells = head[position]
    header = [cell_text(cell) for cell in cells]
    return rowno, header, itertools.chain(head[position + 1:], rows)


def preview(path, sheet=None, *, sample=20, limits=DEFAULT_LIMITS, encoding=None):
    """Read the header and the first `sample` rows and guess the column mapping.

    A CSV file's text is read in `encoding` (see files.encoding_label), else in the one
    found; when that is not certain the likeliest is used and Preview.encoding_sure is
    False, so the user can check the sample and choose.
    """
    with open_table(path, sheet, limits=limits, encoding=encoding, guess=True) as table:
        try:
            header_row, header, rows = _locate_header(table.rows(), None)
        except StockFileError as error:
            if table.encoding_sure or len(table.encodings) < 2:
                raise
            missing = error
        else:
            lines = [(rowno, [cell_text(c) for c in cells])
                     for rowno, cells in itertools.islice(rows, sample)]
            return Preview(header_row, header, columns.guess_mapping(header), lines,
                           table.sheet, table.sheets, table.encoding, table.encoding_sure,
                           table.encodings)
    # Not certain of the encoding, and no header in the likeliest one: the first of the
    # others that shows a header (still to be confirmed by the user).
    for other in table.encodings[1:]:
        try:
            shown = preview(path, sheet, sample=sample, limits=limits, encoding=other)
        except StockFileError:
            continue
        shown.encoding_sure, shown.encodings = False, list(table.encodings)
        return shown
    raise missing


def read_stock(path, sheet=None, *, mapping=None, header_row=None, limits=DEFAULT_LIMITS,
               progress=None, cancelled=None, sink=None, encoding=None, picture=None):
    """Read and validate a whole stock file; returns a StockResult.

    `mapping` ({field: column index}) defaults to the one guessed from the header; it
    may also be a function of the header text returning a mapping or None (a
    supplier's remembered one, if it fits). `header_row` (as numbered in the file)
    defaults to the row found automatically. `encoding` is a CSV file's text encoding
    (the user's choice; by default it is found, and EncodingUnsure is raised when that
    is not certain). `progress(done, total)` and `cancelled()` are passed to the reader
    (see open_table). With `sink`, valid rows go to sink(list of StockRow) in batches
    as they are read, and result.rows stays empty. `picture` is passed to check_rows.
    Raises StockFileError, MappingError or Cancelled.
    """
    with open_table(path, sheet, limits=limits, progress=progress, cancelled=cancelled,
                    encoding=encoding) as table:
        found_row, header, rows = _locate_header(table.rows(), header_row)
        if callable(mapping):
            mapping = mapping(header)
        if mapping is None:
            mapping = columns.guess_mapping(header)
        columns.check_mapping(mapping, header)
        valid, rejected, count, bad, good = check_rows(
            rows, header, mapping, table.formula_cells, text_only=table.kind == "csv",
            sink=sink, picture=picture, expected=table.total)
        return StockResult(valid, rejected, found_row, header, dict(mapping), table.sheet,
                           count, bad, good, table.encoding)


def _column_name(header, index):
    text = header[index] if index < len(header) else ""
    return text or f"column {_column_letters(index)}"


def _column_letters(index):
    """A 0-based column index as a spreadsheet names it: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sku_key(style, color, size):
    # 'ab-01' and 'AB-01', or a full-width 'ＡＢ０１', are the same style to a person.
    if not style.isascii():
        style = unicodedata.normalize("NFKC", style)
    if not size.isascii():
        size = unicodedata.normalize("NFKC", size)
    return (style.upper(), color, size.upper())


_CORE = ("name", "style_no", "quantity", "barcode", "color", "size", "tag_price",
         "supply_price", "suggested_price", "min_price", "brand", "category", "image")


class _Seen:
    """The first row of each SKU, by a 64-bit hash of its key, in two flat arrays (open
    addressing): about 24 bytes a row, where a dict of the keys takes 170."""

    def __init__(self, expected=0):
        size = 1 << max(12, (2 * expected).bit_length())  # grown (slowly) if not enough
        self._keys = array("q", bytes(8 * size))  # 0 marks a free slot
        self._rows = array("l", bytes(array("l").itemsize * size))
        self._free = size // 2  # slots to fill before the table grows

    def first(self, key, rowno):
        """The row where `key` was seen before, or None (and this row is remembered)."""
        key = key or 1
        keys = self._keys
        mask = len(keys) - 1
        slot = key & mask
        while True:
            found = keys[slot]
            if found == key:
                return self._rows[slot]
            if not found:
                break
            slot = (slot + 1) & mask
        keys[slot] = key
        self._rows[slot] = rowno
        self._free -= 1
        if not self._free:
            self._grow()
        return None

    def _grow(self):
        old_keys, old_rows = self._keys, self._rows
        size = 2 * len(old_keys)
        keys = self._keys = array("q", bytes(8 * size))
        rows = self._rows = array("l", bytes(old_rows.itemsize * size))
        self._free = size // 2 - len(old_keys) // 2
        mask = size - 1
        for key, rowno in zip(old_keys, old_rows):
            if key:
                slot = key & mask
                while keys[slot]:
                    slot = (slot + 1) & mask
                keys[slot] = key
                rows[slot] = rowno


SINK_BATCH = 2000  # valid rows handed to a sink at a time
SINK_CHARS = 1_000_000  # … or fewer, when their text adds up to this many characters


def check_rows(rows, header, mapping, formula_cells=None, *, text_only=False, sink=None,
               picture=None, expected=0):
    """Validate data rows (an iterable of (row number, cells)) under a checked mapping.

    `text_only` says every cell is a str (CSV), which allows a faster path. A row needs
    a name, a style number, a quantity, and a price: its supply price when the mapping
    has that column, else its tag price. A row with any problem is rejected whole, each
    problem reported once (for the first REPORTED_ROWS rejected rows). With an image
    column, a non-blank cell goes to `picture(cell text)`, which returns the stored
    picture's name for StockRow.image or raises ValueProblem (the row is rejected for
    that column); without `picture` the text is kept as it is (a preview).

    `expected` is about how many rows come (it sizes the table of SKUs seen).
    Returns (valid StockRows, Rejections, data rows read, rejected rows, valid rows).
    With `sink`, valid rows are passed to sink(list) in batches of at most SINK_BATCH
    rows or SINK_CHARS characters, and at the end, instead of being returned.
    """
    formula_cells = formula_cells if formula_cells is not None else {}
    names = [_column_name(header, i) for i in range(max([len(header), *mapping.values()]) + 1)]
    has = {f: f in mapping for f in _CORE}
    index = [mapping.get(f, 0) for f in _CORE]
    need = max(index) + 1
    get = itemgetter(*index)
    i_name, i_style, i_qty = index[0], index[1], index[2]
    i_tag, i_supply, i_image = index[6], index[7], index[12]
    price_cols = [(mapping[f], f) for f in ("tag_price", "supply_price", "suggested_price",
                                            "min_price") if f in mapping]
    extra_money = [(mapping[f], f) for f in ("vip_price", "live_price") if f in mapping]
    used = set(mapping.values())
    extra_cols = [(mapping[f], f) for f in ("year", "season", "material") if f in mapping]
    extra_cols += [(i, header[i]) for i, text in enumerate(header) if text and i not in used]
    extra_index = [i for i, _ in extra_cols]
    extra_keys = [k for _, k in extra_cols]
    extra_get = itemgetter(*extra_index) if len(extra_index) > 1 else None
    extra_need = max(extra_index, default=-1) + 1
    all_need = max(need, extra_need, *(i + 1 for i, _ in extra_money))
    pad = ("" if text_only else None,) * all_need
    has_barcode, has_color, has_size = has["barcode"], has["color"], has["size"]
    has_brand, has_category, has_image = has["brand"], has["category"], has["image"]
    has_sugg, has_min = has["suggested_price"], has["min_price"]
    has_tag, has_supply = has["tag_price"], has["supply_price"]
    text = str.strip if text_only else cell_text
    money = parse_money

    # SKUs are told apart by a 64-bit hash of their key (a chance of about one in 30
    # million, in a file of a million rows, that two differ and share one), so that a
    # million rows take 24 MB.
    valid, rejected = [], []
    seen = _Seen(min(expected, 2_000_000)).first
    count = bad_rows = good_rows = chars = 0
    problems = []
    for rowno, cells in rows:
        count += 1
        if len(cells) < all_need:
            cells = (*cells, *pad[len(cells):])
        v = get(cells)
        name, style, qty = text(v[0]), text(v[1]), v[2]
        color = text(v[4]) if has_color else ""
        size = text(v[5]) if has_size else ""
        skip = formula_cells.get(rowno)
        if skip:
            skip = skip & used
            for col in sorted(skip):
                problems.append((names[col], "formula_without_value", {}))
        if not name and not (skip and i_name in skip):
            problems.append((names[i_name], "missing_name", {}))
        if not style and not (skip and i_style in skip):
            problems.append((names[i_style], "missing_style_no", {}))
        try:
            quantity = parse_quantity(qty)
            if quantity is None and not (skip and i_qty in skip):
                problems.append((names[i_qty], "missing_quantity", {}))
        except ValueProblem as problem:
            problems.append((names[i_qty], problem.code, problem.params))
        try:
            tag = money(v[6]) if has_tag else None
            supply = money(v[7]) if has_supply else None
            suggested = money(v[8]) if has_sugg else None
            minimum = money(v[9]) if has_min else None
        except ValueProblem:
            # Slow path, only for rows with a bad price: name every bad cell.
            tag = supply = suggested = minimum = None
            for col, fld in price_cols:
                try:
                    money(cells[col])
                except ValueProblem as problem:
                    problems.append((names[col], problem.code, problem.params))
        else:
            if skip and (i_tag in skip or i_supply in skip):
                pass
            elif tag is None and supply is None:
                problems.append((names[i_supply if has_supply else i_tag], "missing_price", {}))
            elif supply is None and has_supply:
                # The lot sells at its supply prices: a row without one cannot be offered.
                problems.append((names[i_supply], "missing_supply_price", {}))
            elif tag is not None and supply is not None and supply > tag:
                problems.append((names[i_supply], "supply_above_tag",
                                 {"supply": Money(supply, CNY).plain(),
                                  "tag": Money(tag, CNY).plain()}))
        if style:
            if style.isascii() and size.isascii():
                key = hash((style.upper(), color, size.upper()))
            else:
                key = hash(_sku_key(style, color, size))
            first = seen(key, rowno)
            if first is not None:
                sku = " / ".join(part for part in (style, color, size) if part)
                problems.append((names[i_style], "duplicate_sku",
                                 {"sku": sku, "first_row": first}))
        if extra_get is not None:
            if text_only:
                extras = {k: x for k, x in zip(extra_keys, map(text, extra_get(cells))) if x}
            else:
                extras = {k: text(x) for k, x in zip(extra_keys, extra_get(cells))
                          if x is not None and x != ""}
        elif extra_index:
            x = cells[extra_index[0]]
            extras = {extra_keys[0]: text(x)} if x is not None and x != "" else {}
        else:
            extras = {}
        size_of = sum(map(len, extras.values())) if extras else 0
        for col, fld in extra_money:
            try:
                amount = money(cells[col])
            except ValueProblem as problem:
                problems.append((names[col], problem.code, problem.params))
            else:
                if amount is not None:
                    extras[fld] = amount
        image = text(v[12]) if has_image else ""
        if image and picture is not None:
            try:
                image = picture(image)
            except ValueProblem as problem:
                problems.append((names[i_image], problem.code, problem.params))
        if problems:
            bad_rows += 1
            if bad_rows <= REPORTED_ROWS:
                rejected.extend(rejection(rowno, column, code, **params)
                                for column, code, params in problems)
            problems.clear()
            continue
        good_rows += 1
        barcode = text(v[3]) if has_barcode else ""
        brand = text(v[10]) if has_brand else ""
        category = text(v[11]) if has_category else ""
        valid.append(StockRow(
            rowno, style, color, size, name, barcode, quantity, tag, supply, suggested,
            minimum, brand, category, image, extras))
        if sink is not None:
            chars += (size_of + len(name) + len(style) + len(color) + len(size) + len(barcode)
                      + len(brand) + len(category) + len(image))
            if len(valid) >= SINK_BATCH or chars >= SINK_CHARS:
                sink(valid)
                valid, chars = [], 0
    if sink is not None:
        if valid:
            sink(valid)
        valid = []
    return valid, rejected, count, bad_rows, good_rows
