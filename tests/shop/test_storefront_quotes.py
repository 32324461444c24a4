"""A listing's price in the token its offer is paid in: the same number in a token of the
same currency, a stated rate rounded up otherwise, never 1:1 between currencies."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shop.money import CNY, HKD, USD, Money
from shop.storefront.quotes import (PaidIn, PrecisionLost, RateError, RateNeeded, parse_rate,
                                    quote_document, token_units)

USDT = PaidIn("USDT", 6, "USD")
DCNY = PaidIn("dCNY", 6, "CNY")
DEC = 1_764_720_000  # 2025-12-03 00:00 UTC


def yuan(units: int) -> Money:
    return Money(units, CNY)


def test_a_token_of_the_price_s_currency_takes_the_same_number():
    assert token_units(yuan(6900), DCNY) == 69_000_000
    assert token_units(yuan(6900), PaidIn("CNY2", 2, "CNY")) == 6900
    assert token_units(yuan(6900), PaidIn("CNY0", 0, "CNY")) == 69
    # A rate given anyway is not used for a token of the same currency.
    assert token_units(yuan(6900), DCNY, parse_rate("7.1", "CNY", "USD")) == 69_000_000


def test_a_token_with_too_few_decimals_refuses_rather_than_rounding():
    with pytest.raises(PrecisionLost, match=r"¥69.50 cannot be paid exactly in CNY0, which has 0"):
        token_units(yuan(6950), PaidIn("CNY0", 0, "CNY"))


def test_another_currency_needs_a_stated_rate_naming_both():
    with pytest.raises(RateNeeded) as refused:
        token_units(yuan(6900), USDT)
    assert refused.value.fields == {"listing": "CNY", "token": "USD"}
    assert "CNY" in str(refused.value) and "USD" in str(refused.value)
    # A rate for another pair is no rate for this one.
    with pytest.raises(RateNeeded, match="HKD"):
        token_units(Money(6900, HKD), USDT, parse_rate("7.1", "CNY", "USD"))
    # A token pegged to nothing is priced as itself.
    with pytest.raises(RateNeeded, match="TOK"):
        token_units(yuan(6900), PaidIn("TOK", 18, None))


def test_a_stated_rate_is_rounded_up_to_the_token_s_smallest_unit():
    rate = parse_rate("7.1130", "CNY", "USD", at=DEC)
    # ¥69.00 / 7.113 = 9.70054829... USDT: up to 9.700549.
    assert token_units(yuan(6900), USDT, rate) == 9_700_549
    assert token_units(yuan(6900), PaidIn("USD2", 2, "USD"), rate) == 971  # 9.7005… -> 9.71
    assert token_units(yuan(711_300), USDT, rate) == 1000 * 10**6  # exact: no rounding
    assert token_units(yuan(6900), PaidIn("TOK", 18, None),
                       parse_rate("0.5", "CNY", "TOK")) == 138 * 10**18


def test_the_same_price_in_dollars_is_the_same_number_of_a_dollar_token():
    assert token_units(Money(1999, USD), USDT) == 19_990_000


@given(units=st.integers(1, 10**14), whole=st.integers(0, 10**6), part=st.integers(0, 10**8 - 1),
       decimals=st.integers(0, 18))
def test_never_below_the_listing_price_at_the_stated_rate_and_never_a_unit_more(
        units, whole, part, decimals):
    if whole == part == 0:
        part = 1
    rate = parse_rate(f"{whole}.{part:08d}", "CNY", "USD")
    amount = token_units(yuan(units), PaidIn("USDT", decimals, "USD"), rate)
    worth = Fraction(amount, 10**decimals) * rate.ratio  # in yuan
    price = Fraction(units, 100)
    assert worth >= price
    assert Fraction(amount - 1, 10**decimals) * rate.ratio < price


@pytest.mark.parametrize("typed, value", [("7.12", "7.12"), ("7.1130", "7.1130"), ("007", "7"),
                                          ("０．１３９", "0.139"), (" 7.1 ", "7.1"),
                                          ("0.00000001", "0.00000001")])
def test_rates_are_read_as_exact_decimals(typed, value):
    rate = parse_rate(typed, "CNY", "USD", at=DEC)
    assert (rate.value, rate.listing, rate.token_side, rate.date) == (value, "CNY", "USD",
                                                                      "2025-12-03")
    assert rate.ratio == Fraction(value)


@pytest.mark.parametrize("typed", ["", "0", "0.0", "-7", "7,12", "1e3", "7.123456789", "inf",
                                   "NaN", "1234567890", "7.", ".5", "¥7"])
def test_what_is_not_a_rate_is_refused(typed):
    with pytest.raises(RateError, match="is not a rate"):
        parse_rate(typed, "CNY", "USD")


def test_the_offer_document_carries_the_price_and_the_rate_with_its_date():
    rate = parse_rate("7.1130", "CNY", "USD", at=DEC)
    doc = quote_document(yuan(6900), USDT, rate)
    assert doc == {"price": "6900", "currency": "CNY", "symbol": "¥", "decimals": 2,
                   "before": True, "priceText": "¥69.00", "tokenSide": "USD", "rate": "7.1130",
                   "rateDate": "2025-12-03", "ratedAt": DEC}
    same = quote_document(yuan(6900), DCNY, rate)
    assert same["rate"] is same["rateDate"] is None and same["priceText"] == "¥69.00"
