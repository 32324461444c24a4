"""Chain amounts as money people read: a token's base units and the coin's wei, through the
one Money type, with the wallet counting in integers only."""

import pytest

from desktop.services.amounts import NATIVE, coins, currency_of
from shop.money import Money, TooManyDecimals
from wallet.tokens import TokenInfo


def test_amounts_are_ints_of_the_token_s_base_units():
    tusd = currency_of(TokenInfo("0x" + "11" * 20, "TUSD", 6))
    assert Money.parse("12.5", tusd).units == 12_500_000
    assert Money.parse("1,000 TUSD", tusd).units == 1_000_000_000
    assert str(Money(12_500_000, tusd)) == "12.50 TUSD"
    assert str(Money(5, currency_of(TokenInfo("0x" + "11" * 20, "PTS", 0)))) == "5 PTS"
    assert str(Money(21_000 * 10**9, NATIVE)) == "0.000021 ETH"
    assert currency_of(None) == NATIVE and str(coins(10**18)) == "1.00 ETH"
    with pytest.raises(TooManyDecimals, match="more than 6 decimal places"):
        Money.parse("0.0000001", tusd)


def test_tokens_know_the_currency_they_are_pegged_to():
    from desktop.services.amounts import peg_currency
    from shop.money import CNY, USD

    def token(symbol):
        return TokenInfo("0x" + "11" * 20, symbol, 6)

    for symbol in ("USDT", "USDC", "dUSD", "usdt"):
        assert token(symbol).peg == "USD" and peg_currency(token(symbol)) == USD
    assert token("dCNY").peg == "CNY" and peg_currency(token("dCNY")) == CNY
    # Pegged to nothing: an unknown token, and the offshore yuan's token (CNH is not CNY).
    for symbol in ("TUSD", "CNHT", "WETH", ""):
        assert token(symbol).peg is None and peg_currency(token(symbol)) is None
    assert peg_currency(None) is None
