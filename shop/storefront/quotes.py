"""A listing's price as an amount of the token its offer is paid in.

A token pegged to the listing's currency (dCNY for a price in 元) takes the same number in
its own units, converted exactly between the two decimal places; a conversion that would
drop a part of the price is refused, never rounded. Any other token (USDT for a price in 元,
or a token pegged to nothing) takes the price only at a rate the seller states: how many
units of the listing's currency one unit of the token's currency is worth ("1 USD = 7.1130
CNY"). The amount is then rounded *up* to the token's smallest unit, so that at the stated
rate the seller never receives less than the listing's price. The rate is read as an exact
decimal and used as a ratio of integers; no float is involved, and there is no 1:1 default
between different currencies.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

from shop.money import Money

from .errors import StorefrontError

RATE_WHOLE_DIGITS = 9
RATE_DECIMALS = 8
_RATE = re.compile(rf"(\d{{1,{RATE_WHOLE_DIGITS}}})(?:\.(\d{{1,{RATE_DECIMALS}}}))?")


class RateError(StorefrontError):
    """A rate the seller typed that is not a positive decimal number."""


class RateNeeded(StorefrontError):
    """A listing priced in one currency, a token of another, and no rate stated for them."""

    def __init__(self, listing: str, token: str):
        super().__init__("Prices in {listing} become {token} only at a rate you state: give the "
                         "rate of 1 {token} in {listing}.", listing=listing, token=token)


class PrecisionLost(StorefrontError):
    """The token has fewer decimal places than a price needs."""

    def __init__(self, price: str, token: str, decimals: int):
        super().__init__("{price} cannot be paid exactly in {token}, which has {decimals} "
                         "decimal places.", price=price, token=token, decimals=decimals)


@dataclass(frozen=True)
class PaidIn:
    """The token an offer is paid in: its symbol, decimals and the currency code it is pegged
    to (None when pegged to nothing)."""

    symbol: str
    decimals: int
    peg: str | None

    @property
    def side(self) -> str:
        """What a rate prices this token as: its currency, or the token itself."""
        return self.peg or self.symbol


@dataclass(frozen=True)
class Rate:
    """A rate the seller stated at `stated_at` (UTC seconds): one unit of `token_side` (a
    currency code, or a token's symbol) is worth `value` units of `listing` (a currency code).
    `value` is the decimal text as stated, e.g. "7.1130"."""

    listing: str
    token_side: str
    value: str
    stated_at: int

    @property
    def ratio(self) -> Fraction:
        """The rate as an exact fraction."""
        whole, _, part = self.value.partition(".")
        return Fraction(int(whole + part), 10 ** len(part))

    @property
    def date(self) -> str:
        """The UTC day the rate was stated, as 2026-12-03."""
        return time.strftime("%Y-%m-%d", time.gmtime(self.stated_at))


def parse_rate(text: str, listing: str, token_side: str, *, at: int | None = None) -> Rate:
    """A rate typed as "7.12" or "７．１１３０" (1 `token_side` in `listing`), stated now or `at`;
    RateError unless it is a positive decimal with at most 9 whole digits and 8 decimals."""
    typed = unicodedata.normalize("NFKC", str(text)).strip()
    found = _RATE.fullmatch(typed)
    if found is None or not int(found[1] + (found[2] or "")):
        raise RateError("“{text}” is not a rate: give a positive number such as 7.12, with at most "
                        "{decimals} decimal places.", text=typed[:30], decimals=RATE_DECIMALS)
    value = str(int(found[1])) + ("." + found[2] if found[2] else "")
    return Rate(listing, token_side, value, int(time.time()) if at is None else int(at))


def token_units(price: Money, token: PaidIn, rate: Rate | None = None) -> int:
    """`price` in the token's base units: the same number when the token is pegged to the
    price's currency, else at the stated `rate`, rounded up to the token's smallest unit."""
    code = price.currency.code
    if token.peg == code:
        return _same_currency(price, token)
    if rate is None or (rate.listing, rate.token_side) != (code, token.side):
        raise RateNeeded(code, token.side)
    # units / 10**d_price listing-currency = amount / 10**d_token * rate, solved for amount.
    ratio = rate.ratio
    exact = Fraction(price.units * 10**token.decimals * ratio.denominator,
                     10**price.currency.decimals * ratio.numerator)
    return -(-exact.numerator // exact.denominator)


def _same_currency(price: Money, token: PaidIn) -> int:
    shift = token.decimals - price.currency.decimals
    if shift >= 0:
        return price.units * 10**shift
    whole, rest = divmod(price.units, 10**-shift)
    if rest:
        raise PrecisionLost(str(price), token.symbol, token.decimals)
    return whole


def quote_document(price: Money, token: PaidIn, rate: Rate | None) -> dict:
    """What the offer document carries besides the signed offer: the listing's price and
    currency, and the rate used with its date (none when the currency is the token's)."""
    cur = price.currency
    doc = {"price": str(price.units), "currency": cur.code, "symbol": cur.symbol,
           "decimals": cur.decimals, "before": cur.before, "priceText": str(price),
           "tokenSide": token.side, "rate": None, "rateDate": None, "ratedAt": None}
    if token.peg != cur.code and rate is not None:
        doc.update(rate=rate.value, rateDate=rate.date, ratedAt=rate.stated_at)
    return doc
