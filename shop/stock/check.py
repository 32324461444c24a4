"""Turn a stock file into validated rows and a list of rejections to show the user.

Each rejection names the row as the user sees it in the file, the column header,
and a reason with a stable code and an English message with named {fields}, so
the GUI can translate REASONS[code] and format it with `params`.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from operator import itemgetter

from . import columns
from .errors import StockFileError
from .files import DEFAULT_LIMITS, open_table
from .values import ValueProblem, cell_text, format_money, parse_money, parse_quantity

REASONS = {
    "missing_name": "the product name is empty",
    "missing_style_no": "the style number is empty",
    "missing_quantity": "the quantity is empty",
    "missing_price": "there is no price: fill in the tag price or the supply price",
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
}

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
    """What an import read: valid rows, rejections, and how the file was understood."""

    rows: list
    rejections: list
    header_row: int
    header: list
    mapping: dict
    sheet: str | None = None
    rows_read: int = 0


@dataclass
class Preview:
    """The start of a file for the mapping dialog: header found, guessed mapping, sample rows."""

    header_row: int
    header: list
    mapping: dict
    sample: list  # [(row number, [cell text, ...]), ...]
    sheet: str | None
    sheets: list


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


_CJK = re.compile("[\u4e00-\u9fff]")


def _check_text(path, table):
    """Refuse CSV text that decoded but would import garbage: NUL bytes (a binary file,
    or UTF-16 without its byte order mark), or rows in UTF-8 next to rows in GBK (a file
    appended to by two programs), which GB18030 decodes without error as nonsense."""
    if table.kind != "csv" or table.encoding == "utf-16":
        return
    with open(path, "rb") as handle:
        data = handle.read()
    if b"\0" in data:
        raise StockFileError("The file contains NUL bytes, so it is not plain CSV text (it may "
                             "be UTF-16 without its mark, or not a text file). Save it from "
                             "Excel as “CSV UTF-8” or as .xlsx and import again.")
    if table.encoding != "gb18030":
        return
    utf8 = other = False
    for line in data.decode("utf-8", "replace").splitlines():
        if line.isascii():
            continue
        if "\ufffd" in line:
            other = True
        elif _CJK.search(line):
            utf8 = True
        if utf8 and other:
            raise StockFileError("The file mixes two text encodings (some rows UTF-8, others "
                                 "GBK), so some names would come out garbled. Save it from "
                                 "Excel as “CSV UTF-8” or as .xlsx and import again.")


def preview(path, sheet=None, *, sample=20, limits=DEFAULT_LIMITS):
    """Read the header and the first `sample` rows and guess the column mapping."""
    with open_table(path, sheet, limits=limits) as table:
        _check_text(path, table)
        header_row, header, rows = _locate_header(table.rows(), None)
        lines = [(rowno, [cell_text(c) for c in cells])
                 for rowno, cells in itertools.islice(rows, sample)]
        return Preview(header_row, header, columns.guess_mapping(header), lines,
                       table.sheet, table.sheets)


def read_stock(path, sheet=None, *, mapping=None, header_row=None, limits=DEFAULT_LIMITS,
               progress=None, cancelled=None, sink=None):
    """Read and validate a whole stock file; returns a StockResult.

    `mapping` ({field: column index}) defaults to the one guessed from the header; it
    may also be a function of the header text returning a mapping or None (a
    supplier's remembered one, if it fits). `header_row` (as numbered in the file)
    defaults to the row found automatically. `progress(done, total)` and
    `cancelled()` are passed to the reader (see open_table). With `sink`, valid rows
    go to sink(list of StockRow) in batches as they are read, and result.rows stays
    empty. Raises StockFileError, MappingError or Cancelled.
    """
    with open_table(path, sheet, limits=limits, progress=progress,
                    cancelled=cancelled) as table:
        _check_text(path, table)
        found_row, header, rows = _locate_header(table.rows(), header_row)
        if callable(mapping):
            mapping = mapping(header)
        if mapping is None:
            mapping = columns.guess_mapping(header)
        columns.check_mapping(mapping, header)
        valid, rejected, count = check_rows(rows, header, mapping, table.formula_cells,
                                            text_only=table.kind == "csv", sink=sink)
        return StockResult(valid, rejected, found_row, header, dict(mapping), table.sheet, count)


def _column_name(header, index):
    text = header[index] if index < len(header) else ""
    if text:
        return text
    from openpyxl.utils import get_column_letter
    return f"column {get_column_letter(index + 1)}"


def _sku_key(style, color, size):
    # 'ab-01' and 'AB-01', or a full-width 'ＡＢ０１', are the same style to a person.
    if not style.isascii():
        style = unicodedata.normalize("NFKC", style)
    if not size.isascii():
        size = unicodedata.normalize("NFKC", size)
    return (style.upper(), color, size.upper())


_CORE = ("name", "style_no", "quantity", "barcode", "color", "size", "tag_price",
         "supply_price", "suggested_price", "min_price", "brand", "category", "image")


SINK_BATCH = 2000  # valid rows handed to a sink at a time


def check_rows(rows, header, mapping, formula_cells=None, *, text_only=False, sink=None):
    """Validate data rows (an iterable of (row number, cells)) under a checked mapping.

    `text_only` says every cell is a str (CSV), which allows a faster path.
    Returns (valid StockRows, Rejections, number of data rows read). A row with any
    problem is rejected whole, each problem reported once. With `sink`, valid rows
    are passed to sink(list) every SINK_BATCH rows and at the end instead of being
    returned.
    """
    formula_cells = formula_cells or {}
    names = [_column_name(header, i) for i in range(max([len(header), *mapping.values()]) + 1)]
    has = {f: f in mapping for f in _CORE}
    index = [mapping.get(f, 0) for f in _CORE]
    need = max(index) + 1
    get = itemgetter(*index)
    i_name, i_style, i_qty = index[0], index[1], index[2]
    i_tag, i_supply = index[6], index[7]
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

    valid, rejected, seen = [], [], {}
    count = 0
    for rowno, cells in rows:
        count += 1
        if len(cells) < all_need:
            cells = (*cells, *pad[len(cells):])
        v = get(cells)
        name, style, qty = text(v[0]), text(v[1]), v[2]
        color = text(v[4]) if has_color else ""
        size = text(v[5]) if has_size else ""
        skip = formula_cells.get(rowno)
        bad = False
        if skip:
            skip = skip & used
            for col in sorted(skip):
                rejected.append(rejection(rowno, names[col], "formula_without_value"))
                bad = True
        if not name and not (skip and i_name in skip):
            rejected.append(rejection(rowno, names[i_name], "missing_name"))
            bad = True
        if not style and not (skip and i_style in skip):
            rejected.append(rejection(rowno, names[i_style], "missing_style_no"))
            bad = True
        try:
            quantity = parse_quantity(qty)
            if quantity is None and not (skip and i_qty in skip):
                rejected.append(rejection(rowno, names[i_qty], "missing_quantity"))
                bad = True
        except ValueProblem as problem:
            rejected.append(rejection(rowno, names[i_qty], problem.code, **problem.params))
            bad = True
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
                    rejected.append(rejection(rowno, names[col], problem.code, **problem.params))
            bad = True
        else:
            if tag is None and supply is None:
                missing_at = i_supply if has_supply else i_tag
                if not (skip and (i_tag in skip or i_supply in skip)):
                    rejected.append(rejection(rowno, names[missing_at], "missing_price"))
                    bad = True
            elif tag is not None and supply is not None and supply > tag:
                rejected.append(rejection(rowno, names[i_supply], "supply_above_tag",
                                          supply=format_money(supply), tag=format_money(tag)))
                bad = True
        if style:
            if style.isascii() and size.isascii():
                key = (style.upper(), color, size.upper())
            else:
                key = _sku_key(style, color, size)
            first = seen.get(key)
            if first is None:
                seen[key] = rowno
            else:
                sku = " / ".join(part for part in (style, color, size) if part)
                rejected.append(rejection(rowno, names[i_style], "duplicate_sku",
                                          sku=sku, first_row=first))
                bad = True
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
        for col, fld in extra_money:
            try:
                amount = money(cells[col])
            except ValueProblem as problem:
                rejected.append(rejection(rowno, names[col], problem.code, **problem.params))
                bad = True
            else:
                if amount is not None:
                    extras[fld] = amount
        if bad:
            continue
        valid.append(StockRow(
            rowno, style, color, size, name,
            text(v[3]) if has_barcode else "",
            quantity, tag, supply, suggested, minimum,
            text(v[10]) if has_brand else "",
            text(v[11]) if has_category else "",
            text(v[12]) if has_image else "",
            extras))
        if sink is not None and len(valid) >= SINK_BATCH:
            sink(valid)
            valid = []
    if sink is not None:
        if valid:
            sink(valid)
        valid = []
    return valid, rejected, count
