"""Numbers as people type them in stock sheets: money and quantities.

Money becomes an integer of minor units (分), never through float: a number cell becomes
the text it shows, and text other than plain digits is read by shop.money. A bad value
raises ValueProblem carrying a stable reason code and the named fields of its message, so
the caller can report it in the user's language.
"""

import re
import unicodedata
from decimal import Context, Decimal, InvalidOperation

from shop.money import CNY, Money, MoneyError

# The largest values a stock line may carry, stated in refusals: a row's quantity, and a
# price in minor units (¥10,000,000.00). Sums over a lot stay far inside SQLite's 64 bits.
MAX_QUANTITY = 1_000_000
MAX_MONEY = 1_000_000_000
# A quantity is checked by its length before it is parsed: "9" * 5000 or "1e999999999" is
# refused at once, never handed to int(). No quantity needs more characters (shop.money
# judges a price's size by its count of digits alike).
MAX_NUMBER_TEXT = 40
SHOWN_CHARS = 30  # a value quoted in a message is cut to this many characters

_MONEY_DIGITS = len(str(MAX_MONEY // 100)) - 1  # whole numbers this short are in range
_QUANTITY_DIGITS = len(str(MAX_QUANTITY)) - 1
_NUMBER_CHARS = str.maketrans("", "", "0123456789,.+-")

_QTY_NOISE = re.compile(r"(?i)(?:件|个|双|条|套|pcs|pc)$")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_SPACES = re.compile(r"\s+")
# A spreadsheet's number cell is a binary double, which Excel keeps and shows to 15
# significant digits: what lies past them (12.3 saved as 12.300000000000001) is noise of
# the encoding, not data.
_SHEET_DIGITS = Context(prec=15)
_PLAIN_DIGITS = 30  # a Decimal this close to 1 is written out in full; others stay short


class ValueProblem(ValueError):
    """A cell value that cannot be used; `code` is stable, `params` fill its message."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def sheet_number(text: str) -> Decimal:
    """A spreadsheet number cell's text as a Decimal of Excel's 15 significant digits;
    InvalidOperation for text that is no number."""
    return _SHEET_DIGITS.plus(Decimal(text))


def _plain(number: Decimal) -> str:
    """A finite Decimal as people write it: 12.3, 6901234567890 (no exponent, no '.0')."""
    if abs(number.adjusted()) > _PLAIN_DIGITS:
        return str(number)  # written out, 1e999999999 would be a billion zeros
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def shown(value):
    """The value as the user would see it in a message (floats without binary noise, long
    text cut short)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite():
        value = _plain(value)
    text = str(value).strip()
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def money_limit():
    """The largest price as a message states it: '10,000,000.00'."""
    return Money(MAX_MONEY, CNY).plain(grouped=True)


def _too_large(kind, raw):
    if kind == "price":
        return ValueProblem("price_too_large", value=shown(raw), limit=money_limit())
    return ValueProblem("quantity_too_large", value=shown(raw), limit=f"{MAX_QUANTITY:,}")


def _long_text(raw, bare):
    """The problem with a quantity written with more than MAX_NUMBER_TEXT characters: far
    too large if it is only digits and separators, else not a number (never parsed)."""
    if not bare.translate(_NUMBER_CHARS) and any(c.isdigit() for c in bare):
        if bare.startswith("-"):
            return ValueProblem("negative_quantity", value=shown(raw))
        whole = bare.lstrip("+").partition(".")[0].replace(",", "").lstrip("0")
        if len(whole) > MAX_NUMBER_TEXT // 2:
            return _too_large("quantity", raw)
        # A short whole part and a long fraction.
        return ValueProblem("not_whole_number", value=shown(raw))
    return ValueProblem("not_a_number", value=shown(raw))


def _normalise(text):
    # Full-width digits and the Chinese comma become ASCII here.
    text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub("", text)


def _ungroup(text):
    if "," in text:
        if not _GROUPED.fullmatch(text):
            return None
        return text.replace(",", "")
    return text


def _decimal(text):
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def parse_money(value):
    """Return minor units (分) for a typed price, or None when the cell is blank.

    Accepts 89, 12.5, "￥1,299.00", "¥89", "89元", "１２３", with stray spaces, up to
    MAX_MONEY. Raises ValueProblem: not_a_number, too_many_decimals, negative_price,
    price_too_large. Prices in sheets are written in 元: shop.money reads them as yuan.
    """
    kind = type(value)
    if kind is str:
        text = value
    elif kind is int:
        if value < 0:
            raise ValueProblem("negative_price", value=shown(value))
        if value > MAX_MONEY // 100:
            raise _too_large("price", value)
        return value * 100
    elif kind is float:
        # Taken as the number a sheet cell shows, as exact text: no arithmetic on a binary
        # fraction ever decides a price.
        text = str(sheet_number(repr(value)))
    elif kind is Decimal:
        text = str(value)  # "1E+400", "NaN" and "Infinity" are refused as text
    elif value is None:
        return None
    else:
        raise ValueProblem("not_a_number", value=shown(value))
    # isdecimal() is exactly what int() accepts, full-width digits included; numbers this
    # short cannot pass the maximum.
    if len(text) <= _MONEY_DIGITS and text.isdecimal():
        return int(text) * 100
    whole, dot, cents = text.partition(".")
    if (dot and len(whole) <= _MONEY_DIGITS and whole.isdecimal() and cents.isdecimal()
            and len(cents) <= 2):
        return int(whole) * 100 + int(cents) * (10 if len(cents) == 1 else 1)
    if not text.strip():
        return None
    try:
        return Money.parse(text, CNY, limit=MAX_MONEY).units
    except MoneyError as refused:
        code = _MONEY_CODES.get(refused.code, refused.code)
    if code == "price_too_large":
        raise _too_large("price", value) from None
    raise ValueProblem(code, value=shown(value)) from None


# shop.money's reasons under the names stock rejections have always used.
_MONEY_CODES = {"negative": "negative_price", "too_large": "price_too_large"}


def parse_quantity(value):
    """Return a non-negative whole quantity, or None when the cell is blank.

    Accepts 12, "12", "１２", "1,200", "12件", 12.0, up to MAX_QUANTITY. Raises
    ValueProblem: not_a_number, not_whole_number, negative_quantity, quantity_too_large.
    A value is checked by its length and range before it is converted.
    """
    kind = type(value)
    if kind is str:
        if len(value) <= _QUANTITY_DIGITS and value.isdecimal():
            return int(value)
        return _quantity_text(value)
    if kind is int:
        if value < 0:
            raise ValueProblem("negative_quantity", value=shown(value))
        if value > MAX_QUANTITY:
            raise _too_large("quantity", value)
        return value
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem("not_a_number", value=shown(value))
        if value < 0:
            raise ValueProblem("negative_quantity", value=shown(value))
        if value > MAX_QUANTITY:
            raise _too_large("quantity", value)
        if not value.is_integer():
            raise ValueProblem("not_whole_number", value=shown(value))
        return int(value)
    if value is None:
        return None
    if kind is Decimal and value.is_finite():
        return _quantity_decimal(value, value)
    raise ValueProblem("not_a_number", value=shown(value))


def _quantity_text(value):
    text = _normalise(value)
    if not text:
        return None
    bare = _QTY_NOISE.sub("", text)
    if len(bare) > MAX_NUMBER_TEXT:
        raise _long_text(value, bare)
    bare = _ungroup(bare)
    number = _decimal(bare) if bare else None
    if number is None:
        raise ValueProblem("not_a_number", value=shown(value))
    return _quantity_decimal(number, value)


def _quantity_decimal(number, raw):
    # Compared as a Decimal first: a huge exponent never reaches int().
    if number < 0:
        raise ValueProblem("negative_quantity", value=shown(raw))
    if number > MAX_QUANTITY:
        raise _too_large("quantity", raw)
    if number != number.to_integral_value():
        raise ValueProblem("not_whole_number", value=shown(raw))
    return int(number)


def cell_text(value):
    """A cell as clean text: '' for blank, whole floats without '.0' (barcodes, years)."""
    kind = type(value)
    if kind is str:
        return value.strip()
    if value is None:
        return ""
    if kind is float and value.is_integer():
        return str(int(value))
    if kind is Decimal and value.is_finite():
        return _plain(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)

