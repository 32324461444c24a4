"""Numbers as people type them in stock sheets: money and quantities.

Money becomes an integer of minor units (分) through Decimal, never float. A bad
value raises ValueProblem carrying a stable reason code and the named fields of
its message, so the caller can report it in the user's language.
"""

import re
import unicodedata
from decimal import Decimal, InvalidOperation

# The largest values a stock line may carry, stated in refusals: a row's quantity, and a
# price in minor units (¥10,000,000.00). Sums over a lot stay far inside SQLite's 64 bits.
MAX_QUANTITY = 1_000_000
MAX_MONEY = 1_000_000_000

# Currency marks and units people add around a number: ¥, ￥ (NFKC makes it ¥), 元, RMB.
_MONEY_NOISE = re.compile(r"(?i)(?:rmb|cny|¥|\$|元|人民币)")
_QTY_NOISE = re.compile(r"(?i)(?:件|个|双|条|套|pcs|pc)$")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_SPACES = re.compile(r"\s+")
_CENT = Decimal("0.01")
# Binary floats from a sheet (12.3 stored as 12.300000000000001) are noise, not data.
_FLOAT_NOISE = Decimal("0.000001")


class ValueProblem(ValueError):
    """A cell value that cannot be used; `code` is stable, `params` fill its message."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def shown(value):
    """The value as the user would see it in a message (floats without binary noise)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _normalise(text):
    # Full-width digits, the full-width ￥ and the Chinese comma become ASCII here.
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

    Accepts 89, 12.5, "￥1,299.00", "¥89", "89元", "１２３", with stray spaces.
    Raises ValueProblem: not_a_number, too_many_decimals, negative_price.
    """
    kind = type(value)
    if kind is str:
        # isdecimal() is exactly what int() accepts, full-width digits included.
        if value.isdecimal():
            return int(value) * 100
        whole, dot, cents = value.partition(".")
        if dot and whole.isdecimal() and cents.isdecimal() and len(cents) <= 2:
            return int(whole) * 100 + int(cents) * (10 if len(cents) == 1 else 1)
        return _money_text(value)
    if kind is int:
        if value < 0:
            raise ValueProblem("negative_price", value=shown(value))
        return value * 100
    if kind is float:
        return _money_float(value)
    if value is None:
        return None
    if kind is Decimal:
        return _money_decimal(value, shown(value))
    raise ValueProblem("not_a_number", value=shown(value))


def _money_text(value):
    text = _normalise(value)
    if not text:
        return None
    bare = _MONEY_NOISE.sub("", text)
    bare = _ungroup(bare) if bare else None
    number = _decimal(bare) if bare else None
    if number is None:
        raise ValueProblem("not_a_number", value=value.strip())
    return _money_decimal(number, value.strip())


def _money_decimal(number, raw):
    if number < 0:
        raise ValueProblem("negative_price", value=raw)
    if number.as_tuple().exponent < -2 and number != number.quantize(_CENT):
        raise ValueProblem("too_many_decimals", value=raw)
    return int(number * 100)


def _money_float(value):
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueProblem("not_a_number", value=shown(value))
    if value < 0:
        raise ValueProblem("negative_price", value=shown(value))
    if value.is_integer():
        return int(value) * 100
    number = Decimal(repr(value))
    rounded = number.quantize(_CENT)
    if abs(number - rounded) > _FLOAT_NOISE:
        raise ValueProblem("too_many_decimals", value=shown(value))
    return int(rounded * 100)


def parse_quantity(value):
    """Return a non-negative whole quantity, or None when the cell is blank.

    Accepts 12, "12", "１２", "1,200", "12件", 12.0. Raises ValueProblem:
    not_a_number, not_whole_number, negative_quantity.
    """
    kind = type(value)
    if kind is str:
        if value.isdecimal():
            return int(value)
        return _quantity_text(value)
    if kind is int:
        if value < 0:
            raise ValueProblem("negative_quantity", value=shown(value))
        return value
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem("not_a_number", value=shown(value))
        if value < 0:
            raise ValueProblem("negative_quantity", value=shown(value))
        if not value.is_integer():
            raise ValueProblem("not_whole_number", value=shown(value))
        return int(value)
    if value is None:
        return None
    raise ValueProblem("not_a_number", value=shown(value))


def _quantity_text(value):
    text = _normalise(value)
    if not text:
        return None
    bare = _ungroup(_QTY_NOISE.sub("", text))
    number = _decimal(bare) if bare else None
    if number is None:
        raise ValueProblem("not_a_number", value=value.strip())
    if number < 0:
        raise ValueProblem("negative_quantity", value=value.strip())
    if number != number.to_integral_value():
        raise ValueProblem("not_whole_number", value=value.strip())
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
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def format_money(minor):
    """Minor units as the plain decimal text a sheet or a message shows: 129900 -> '1299.00'."""
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}"
