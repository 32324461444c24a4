"""Amounts of money: a whole number of minor units (分, or a token's base units) with its
currency, read from text as people type it and written as people read it.

No float is involved anywhere: typed text is read digit by digit, so "0.1" is exactly ten
分, and a size is judged from the count of digits before any number is built, so "1e400"
or a line of ten thousand nines is refused at once instead of computed. Only the standard
library is imported, because the wallet uses this module as well as the shop.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

# Without a limit of its own, an amount may have at most this many whole units: far above
# any price or balance, and it keeps a typed "1e999999999" from being computed.
LARGEST_WHOLE = 10**18
MAX_DECIMALS = 255  # ERC-20 keeps decimals in a uint8
SHOWN_CHARS = 30  # typed text quoted in a refusal is cut to this many characters

# Marks made of these characters could be part of the number they touch (a token named
# "1INCH" after "5"): they are taken off only when a space sets them apart.
_NUMBER_CHARS = frozenset("0123456789.,+-")
_SIGNS = {"-": "-", "\u2212": "-", "+": "+"}  # U+2212 is the minus sign of typeset text
_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:[eE]([+-]?)(\d+))?")
_EXPONENT_DIGITS = 12  # a longer exponent is beyond any text's length: clamped, never parsed


class MoneyError(ValueError):
    """Text that is not an amount of its currency, told as a sentence for people.

    `code` names the reason for programs; the message is a template whose {fields} come
    from the keyword arguments, so a translated template can be filled with the same values
    (as with ShopError and WalletError)."""

    code = "not_a_number"

    def __init__(self, message: str, **fields):
        self.template = message
        self.fields = fields
        super().__init__(message.format(**fields) if fields else message)


class NotAnAmount(MoneyError):
    """The text is no number, or is written in another currency's marks."""

    code = "not_a_number"


class TooManyDecimals(MoneyError):
    """The amount has finer parts than the currency's smallest unit."""

    code = "too_many_decimals"


class NegativeAmount(MoneyError):
    """The amount is below zero."""

    code = "negative"


class AmountTooLarge(MoneyError):
    """The amount is above the limit it was read with."""

    code = "too_large"


class CurrencyMismatch(ValueError):
    """Two amounts of different currencies were added, subtracted or compared (a bug)."""


@dataclass(frozen=True)
class Currency:
    """A currency or a token: its code, its decimal places, and how an amount is written,
    with the symbol before the number ("¥159.00") or after it ("22.39 USDT").

    `aliases` are further marks people type around a number of it (元, RMB)."""

    code: str
    decimals: int
    symbol: str
    before: bool = False
    aliases: tuple[str, ...] = ()

    def __post_init__(self):
        if type(self.decimals) is not int or not 0 <= self.decimals <= MAX_DECIMALS:
            raise ValueError(f"decimals must be a whole number from 0 to {MAX_DECIMALS}")

    @classmethod
    def token(cls, symbol: str, decimals: int) -> Currency:
        """A token as its contract describes it, written with its symbol after the number."""
        return cls(symbol, decimals, symbol)

    @cached_property
    def _typed(self) -> re.Pattern:
        """Typed text of this currency: a sign, a mark, the number, a mark; the sign may
        also follow the first mark ("-¥5", "¥-5"). Marks are matched regardless of case."""
        marks = {unicodedata.normalize("NFKC", m) for m in (self.symbol, self.code, *self.aliases)}
        marks = sorted((m.strip() for m in marks if m.strip()), key=len, reverse=True)
        front = "|".join(re.escape(m) + (r"(?=\s)" if m[-1] in _NUMBER_CHARS else "")
                         for m in marks)
        end = "|".join((r"(?<=\s)" if m[0] in _NUMBER_CHARS else "") + re.escape(m)
                       for m in marks)
        return re.compile(rf"\s*([-+\u2212]?)\s*(?:{front})?\s*([-+\u2212]?)(.*?)\s*(?:{end})?\s*",
                          re.IGNORECASE | re.DOTALL)


CNY = Currency("CNY", 2, "¥", before=True, aliases=("元", "RMB", "人民币"))
USD = Currency("USD", 2, "$", before=True)
HKD = Currency("HKD", 2, "HK$", before=True)
# Prices of a listing or a lot in a stablecoin are kept in its cents, as in the other
# currencies; the token's own base units are Currency.token(symbol, decimals).
USDC = Currency("USDC", 2, "USDC")
USDT = Currency("USDT", 2, "USDT")

#: The currencies a lot or a store may price in, by code.
CURRENCIES = {c.code: c for c in (CNY, USD, HKD, USDC, USDT)}


def currency(code: str) -> Currency:
    """The currency a code names; an unknown code (an old book's) as two decimals after."""
    known = CURRENCIES.get(code)
    return known if known is not None else Currency(code, 2, code)


@dataclass(frozen=True)
class Money:
    """An amount: whole `units` of the currency's smallest part (159.00 ¥ is 15900)."""

    units: int
    currency: Currency

    def __post_init__(self):
        if type(self.units) is not int:
            raise TypeError(f"money is a whole number of units, not {type(self.units).__name__}")
        if not isinstance(self.currency, Currency):
            raise TypeError("money needs a Currency")

    @classmethod
    def of(cls, units: int, code: str) -> Money:
        """Units of the currency named by its code, as a lot or listing keeps them."""
        return cls(units, currency(code))

    @classmethod
    def parse(cls, text: str, currency: Currency, *, limit: int | None = None) -> Money:
        """An amount typed as people write it: "¥1,299.00", "￥89", "89元", "１２.５",
        "1.5 USDT". `limit` is the largest amount in units (LARGEST_WHOLE whole units
        without one). Raises NotAnAmount, TooManyDecimals, NegativeAmount or AmountTooLarge."""
        if not isinstance(text, str):
            raise TypeError("Money.parse reads text")
        found = _NUMBER.fullmatch(_bare(text, currency))
        if found is None or not (found[2] or found[3]):
            raise NotAnAmount("“{text}” is not an amount.", text=_shown(text))
        sign, whole, fraction, exp_sign, exp = found.groups()
        fraction = fraction or ""
        digits = whole.replace(",", "") + fraction
        significant = digits.strip("0")
        if not significant:
            return cls(0, currency)
        if sign == "-":
            raise NegativeAmount("An amount cannot be negative.", text=_shown(text))
        ceiling = LARGEST_WHOLE * 10**currency.decimals if limit is None else limit
        # The amount is int(significant) * 10**shift units. How many digits it has before
        # the point is judged on their count, so no number longer than the limit is built.
        shift = (_exponent(exp_sign, exp) - len(fraction) + currency.decimals
                 + len(digits.lstrip("0")) - len(significant))
        size = len(significant) + shift
        if size > len(str(ceiling)) or (
                shift < 0 and size > 0 and int(significant[:size]) >= ceiling):
            raise _too_large(text, cls(ceiling, currency))
        if shift < 0:
            raise TooManyDecimals("{text} has more than {decimals} decimal places.",
                                  text=_shown(text), decimals=currency.decimals)
        units = int(significant) * 10**shift
        if units > ceiling:
            raise _too_large(text, cls(ceiling, currency))
        return cls(units, currency)

    def plain(self, *, grouped: bool = False) -> str:
        """The number alone, for an input field or a sheet: "159.00", "-5.00", "22.39".

        Two decimals at least (fewer only when the currency has fewer), more only when the
        amount has them; `grouped` puts commas between thousands."""
        places = self.currency.decimals
        whole, part = divmod(abs(self.units), 10**places)
        shown = f"{whole:,}" if grouped else str(whole)
        if places:
            fraction = str(part).rjust(places, "0")
            keep = max(min(2, places), len(fraction.rstrip("0")))
            shown += "." + fraction[:keep]
        return "-" + shown if self.units < 0 else shown

    def text(self, *, grouped: bool = False) -> str:
        """The amount as people read it: "¥159.00", "-¥5.00", "22.39 USDT"."""
        number = abs(self).plain(grouped=grouped)
        sign = "-" if self.units < 0 else ""
        if self.currency.before:
            return f"{sign}{self.currency.symbol}{number}"
        return f"{sign}{number} {self.currency.symbol}"

    __str__ = text

    def _same(self, other: Money) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{other.currency.code} ({other.currency.decimals} decimals)"
                                   f" cannot meet {self.currency.code}"
                                   f" ({self.currency.decimals} decimals)")
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.units + self._same(other).units, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self.units - self._same(other).units, self.currency)

    def __mul__(self, times: int) -> Money:
        if type(times) is not int:
            return NotImplemented
        return Money(self.units * times, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.units, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.units), self.currency)

    def __lt__(self, other: Money) -> bool:
        return self.units < self._same(other).units

    def __le__(self, other: Money) -> bool:
        return self.units <= self._same(other).units

    def __gt__(self, other: Money) -> bool:
        return self.units > self._same(other).units

    def __ge__(self, other: Money) -> bool:
        return self.units >= self._same(other).units


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _too_large(text: str, limit: Money) -> AmountTooLarge:
    return AmountTooLarge("An amount can be at most {limit}.", text=_shown(text),
                          limit=limit.text(grouped=True))


def _exponent(sign: str | None, digits: str | None) -> int:
    if not digits:
        return 0
    digits = digits.lstrip("0")
    value = int(digits or "0") if len(digits) <= _EXPONENT_DIGITS else 10**_EXPONENT_DIGITS
    return -value if sign == "-" else value


def _bare(text: str, currency: Currency) -> str:
    """The number of typed text without its currency's marks and spaces, a sign in front:
    "-¥ 1 299.00" -> "-1299.00". Full-width digits and signs become ASCII here."""
    typed = currency._typed.fullmatch(unicodedata.normalize("NFKC", text))
    first, second, number = typed.groups()
    if first and second:
        return "?"  # two signs
    return _SIGNS.get(first or second, "") + "".join(number.split())
