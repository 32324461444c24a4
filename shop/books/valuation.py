"""Token amounts valued in 元 at the rate their offer carried.

The rule: a 元 value is a second measure of an entry's own lines, never a line of its own.
A line in a token keeps its amount in the token (what the balance per currency counts) and
may carry `value`, its worth in 分 at the offer's rate; an entry has values on all of its
lines or on none, and they sum to zero as the amounts do (the database checks both at the
entry's last line, books 0003). So no memo or extra CNY line can put a currency out of
balance, and the CNY accounts hold only money that was paid in 元.

Each line's value is its amount times the rate, rounded half away from zero; what the
rounding leaves over (a 分 or two) goes on the line of the largest value, so that the values
sum to zero. Only an offer whose listing was priced in 元 gives a rate: the rate its seller
stated, or 1 when the token is pegged to 元 (shop.storefront.quotes).
"""

from __future__ import annotations

from fractions import Fraction

from shop.money import Currency
from shop.storefront.quotes import RateError, parse_rate

from .journal import Line


def cny_per_unit(quote: dict | None, token: Currency) -> Fraction | None:
    """分 per base unit of `token` at an offer's quote (quotes.quote_document), or None when
    the quote values nothing in 元."""
    if not quote or quote.get("currency") != "CNY" or token.code == "TOKEN":
        return None
    rate = quote.get("rate")
    if rate:
        try:
            ratio = parse_rate(str(rate), "CNY", str(quote.get("tokenSide", ""))).ratio
        except RateError:  # an offer document is what its file says: check it
            return None
    elif quote.get("tokenSide") == "CNY":
        ratio = Fraction(1)
    else:
        return None
    return ratio * 10 ** int(quote.get("decimals", 2)) / 10 ** token.decimals


def _round(x: Fraction) -> int:
    """x rounded half away from zero."""
    n = (abs(x.numerator) * 2 + x.denominator) // (2 * x.denominator)
    return n if x >= 0 else -n


def values_of(units: list[int], per_unit: Fraction) -> list[int]:
    """The 元 values (分) of balanced amounts in one token at `per_unit` 分 a base unit,
    summing to zero (the rounding's rest on the largest)."""
    values = [_round(n * per_unit) for n in units]
    largest = max(range(len(values)), key=lambda n: abs(values[n]))
    values[largest] -= sum(values)
    return values


def valued(lines, per_unit: Fraction | None) -> list[Line]:
    """The lines (balanced, in one token) with their 元 value at `per_unit` 分 a base unit;
    as they are when per_unit is None."""
    lines = list(lines)
    if per_unit is None or not lines:
        return lines
    values = values_of([line.money.units for line in lines], per_unit)
    return [Line(line.account, line.money, v) for line, v in zip(lines, values)]
