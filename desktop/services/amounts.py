"""Amounts on a chain as money people read: the chain's own coin and a token's base units
as shop.money values. The wallet counts in integers only and knows nothing of the shop;
the two meet here."""

from __future__ import annotations

from shop.money import Currency, Money, currency
from wallet.tokens import NATIVE_DECIMALS, NATIVE_SYMBOL

#: The chain's own coin, counted in wei: what fees are paid in.
NATIVE = Currency.token(NATIVE_SYMBOL, NATIVE_DECIMALS)


def currency_of(token) -> Currency:
    """The currency a wallet.tokens.TokenInfo counts in (the coin's for None)."""
    return NATIVE if token is None else Currency.token(token.symbol, token.decimals)


def coins(wei: int) -> Money:
    """Wei as the coin people read ("0.000021 ETH")."""
    return Money(wei, NATIVE)


#: Decimals a wallet amount is shown with where space is short; the full value goes beside
#: it (a tooltip), as 18 decimals of ETH are more than anyone reads.
SHOWN_DECIMALS = 6


def short_text(money: Money) -> str:
    """The amount rounded (half up) to SHOWN_DECIMALS decimals ("9999.999979 ETH"); an amount
    too small for that keeps its first SHOWN_DECIMALS significant digits ("0.0000000123 ETH")
    rather than showing as nothing."""
    places = money.currency.decimals
    size = abs(money.units)
    if places <= SHOWN_DECIMALS or size == 0:
        return money.text()
    keep = SHOWN_DECIMALS
    if size < 10 ** (places - SHOWN_DECIMALS):
        keep = min(places, places - len(str(size)) + SHOWN_DECIMALS)
    step = 10 ** (places - keep)
    whole, rest = divmod(size, step)
    if 2 * rest >= step:
        whole += 1
    sign = -1 if money.units < 0 else 1
    return Money(sign * whole * step, money.currency).text()


def peg_currency(token) -> Currency | None:
    """The currency a wallet.tokens.TokenInfo is pegged to (shop.money's, for display), or
    None for a token pegged to nothing."""
    code = None if token is None else token.peg
    return None if code is None else currency(code)
