"""Which column holds what: header names suppliers use, mapped to our fields.

A mapping is a plain dict {field: column index (0-based)} that the user can
correct; to_json/from_json let the caller remember it per supplier.
"""

import json
import re
import unicodedata

from .errors import MappingError

# Our fields, in the order a mapping dialog shows them.
FIELDS = (
    "name", "style_no", "barcode", "color", "size", "quantity",
    "tag_price", "supply_price", "suggested_price", "min_price",
    "brand", "category", "image",
    # Kept in StockRow.extras under these keys:
    "vip_price", "live_price", "year", "season", "material",
)
REQUIRED = ("name", "style_no", "quantity")
# A row needs at least one of these; a file needs a column for at least one.
PRICE_FIELDS = ("tag_price", "supply_price")
MONEY_FIELDS = ("tag_price", "supply_price", "suggested_price", "min_price",
                "vip_price", "live_price")
EXTRA_FIELDS = ("vip_price", "live_price", "year", "season", "material")

# Header names seen in the trade, before normalisation (see normalise_header).
SYNONYMS = {
    "name": ("商品名称", "名称", "品名", "商品名", "产品名称", "货品名称", "name",
             "product name", "item name", "title"),
    "style_no": ("货号", "款号", "供应商款号", "商品货号", "款式编号", "商家编码", "style no.",
                 "style no", "style", "style number", "sku code", "item no.", "item no"),
    "barcode": ("条码", "产品条码", "商品编码", "商品条码", "条形码", "国际条码", "barcode",
                "ean", "upc", "gtin"),
    "color": ("颜色", "颜色分类", "色号", "花色", "color", "colour"),
    "size": ("尺码", "规格", "尺寸", "size"),
    "quantity": ("库存", "数量", "可售库存", "库存数量", "可用库存", "库存数", "现有库存",
                 "quantity", "qty", "stock"),
    "tag_price": ("吊牌价", "原价", "标价", "市场价", "tag price", "list price", "msrp"),
    "supply_price": ("供货价", "供货价（不含税）", "供货价（含税）", "采购价", "进货价", "批发价",
                     "结算价", "成本价", "supply price", "cost price", "cost", "wholesale price"),
    "suggested_price": ("建议零售价", "零售价", "建议售价", "suggested retail",
                        "suggested retail price", "retail price", "srp"),
    "min_price": ("最低售价", "最低价", "最低零售价", "控价", "minimum price", "min price"),
    "vip_price": ("唯品价", "唯品会价"),
    "live_price": ("直播价",),
    "brand": ("品牌", "brand"),
    "category": ("类目", "类别", "品类", "分类", "category"),
    "image": ("图片", "主图", "图片链接", "图片地址", "image", "image url", "picture", "photo"),
    "year": ("年份", "上市年份", "year"),
    "season": ("季节", "上市季节", "season"),
    "material": ("材质", "面料", "成分", "material", "fabric"),
}

_DROP = re.compile(r"[\s*:：]+")
# Suppliers in Hong Kong and Taiwan write the same headers in traditional characters (貨號,
# 庫存, 吊牌價): those of the names above are read as their simplified forms.
_SIMPLIFIED = str.maketrans("稱貨號應碼條產編際顏類規庫數現價標場採進結議會別圖鏈節質稅單範",
                            "称货号应码条产编际颜类规库数现价标场采进结议会别图链节质税单范")
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]|【.*?】")


def normalise_header(text):
    """Header text reduced for comparison: NFKC (full-width brackets and letters to
    ASCII), simplified characters, no spaces, no '*' required-markers or colons, lower case."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(_SIMPLIFIED)
    return _DROP.sub("", text).lower()


def _build_lookup():
    lookup = {}
    for field, names in SYNONYMS.items():
        for name in names:
            lookup.setdefault(normalise_header(name), field)
    return lookup


_LOOKUP = _build_lookup()


def field_for_header(text):
    """The field a header names, or None. '吊牌价(元)' falls back to '吊牌价'."""
    key = normalise_header(text)
    if not key:
        return None
    field = _LOOKUP.get(key)
    if field is None:
        bare = _BRACKETED.sub("", key)
        if bare and bare != key:
            field = _LOOKUP.get(bare)
    return field


def guess_mapping(header):
    """Map fields to column indexes by header names; the first column naming a field wins."""
    mapping = {}
    for index, text in enumerate(header):
        field = field_for_header(text)
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def header_score(cells):
    """How many distinct fields a row names; used to find the header below title rows."""
    seen = set()
    for cell in cells:
        if type(cell) is str:
            field = field_for_header(cell)
            if field is not None:
                seen.add(field)
    return len(seen)


def find_header(rows, min_score=3):
    """Return the position in `rows` (a list of cell lists) of the header row, or None.

    The first row naming at least `min_score` known fields wins; title rows and
    merged banners above it name none. If no row reaches it, the best row naming
    two fields is taken, so a sheet with only 名称 and 库存 still works.
    """
    best, best_score = None, 1
    for position, cells in enumerate(rows):
        score = header_score(cells)
        if score >= min_score:
            return position
        if score > best_score:
            best, best_score = position, score
    return best


def check_mapping(mapping, header):
    """Raise MappingError if the mapping lacks a required column or points outside the header."""
    width = len(header)
    for field, index in mapping.items():
        if field not in FIELDS:
            raise MappingError("Unknown field “{field}” in the column mapping.", field=field)
        if not isinstance(index, int) or not 0 <= index < width:
            raise MappingError("The column for “{field}” is not in this file.", field=field)
    missing = [field for field in REQUIRED if field not in mapping]
    if not any(field in mapping for field in PRICE_FIELDS):
        missing.append("tag_price or supply_price")
    if missing:
        raise MappingError("No column found for: {columns}.", columns=", ".join(missing))


def to_json(mapping, header=None):
    """Serialise a mapping; with the header, each column's name is kept too so a
    supplier's next file still maps if its columns moved."""
    fields = {}
    for field, index in mapping.items():
        entry = {"column": index}
        if header is not None and 0 <= index < len(header):
            entry["header"] = "" if header[index] is None else str(header[index])
        fields[field] = entry
    return json.dumps({"version": 1, "fields": fields}, ensure_ascii=False, sort_keys=True)


def from_json(text, header=None):
    """Restore a mapping saved by to_json. Given the new file's header, a field is
    found by its remembered header name first, then by its column index."""
    try:
        data = json.loads(text)
        fields = data["fields"]
        if data.get("version") != 1 or not isinstance(fields, dict):
            raise ValueError
    except (ValueError, TypeError, KeyError):
        raise MappingError("The saved column mapping is damaged; map the columns again.") from None
    by_name = {}
    if header is not None:
        for index, cell in enumerate(header):
            by_name.setdefault(normalise_header(cell), index)
    mapping = {}
    for field, entry in fields.items():
        if field not in FIELDS or not isinstance(entry, dict):
            continue
        name = normalise_header(entry.get("header"))
        index = entry.get("column")
        if header is not None and name:
            # A remembered name that is gone means the file changed: let the user map it.
            if name in by_name:
                mapping[field] = by_name[name]
            continue
        if isinstance(index, int) and index >= 0 and (header is None or index < len(header)):
            mapping[field] = index
    return mapping
