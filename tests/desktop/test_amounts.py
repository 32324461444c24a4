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


@pytest.mark.parametrize("wei, shown", [
    (10**18, "1.00 ETH"),
    (9_999_999_979_000_000_000_123, "9999.999979 ETH"),  # 18 decimals of change
    (1_234_567_500_000_000_000, "1.234568 ETH"),  # half up
    (999_999_999_999_999_999, "1.00 ETH"),
    (21_000 * 10**9, "0.000021 ETH"),
    (12_345_678_912, "0.0000000123457 ETH"),  # too small for 6 decimals: 6 digits of it
    (1, "0.000000000000000001 ETH"),
    (-1_500_000_000_000_000_001, "-1.50 ETH"),
    (0, "0.00 ETH"),
])
def test_short_text_rounds_to_six_decimals_and_keeps_small_amounts_visible(wei, shown):
    from desktop.services.amounts import short_text

    assert short_text(coins(wei)) == shown


def test_short_text_leaves_a_token_of_few_decimals_whole():
    from desktop.services.amounts import short_text

    tusd = currency_of(TokenInfo("0x" + "11" * 20, "TUSD", 6))
    assert short_text(Money(12_345_678, tusd)) == "12.345678 TUSD"


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
