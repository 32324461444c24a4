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
