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


def peg_currency(token) -> Currency | None:
    """The currency a wallet.tokens.TokenInfo is pegged to (shop.money's, for display), or
    None for a token pegged to nothing."""
    code = None if token is None else token.peg
    return None if code is None else currency(code)
