import time
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from shop.money import (CNY, CURRENCIES, HKD, LARGEST_WHOLE, USD, AmountTooLarge, Currency,
                        CurrencyMismatch, Money, MoneyError, NegativeAmount, NotAnAmount,
                        TooManyDecimals, currency)

USDT6 = Currency.token("USDT", 6)
ETH = Currency.token("ETH", 18)
WHOLE = Currency.token("PTS", 0)


@pytest.mark.parametrize("typed, units", [
    ("89", 8900), ("12.5", 1250), ("12.50", 1250), ("12.500", 1250), ("0.05", 5),
    ("¥1,299.00", 129900), ("￥89", 8900), ("89元", 8900), ("￥89元", 8900), ("１２３", 12300),
    ("１，２９９．５", 129950), ("  45 ", 4500), ("RMB 10", 1000), ("rmb10", 1000),
    ("10 CNY", 1000), ("人民币 8", 800), ("¥ 1 299", 129900), ("\u3000７\u3000", 700),
    (".5", 50), ("5.", 500), ("+5", 500), ("-0", 0), ("0", 0), ("1.2E+3", 120000),
    ("1e2", 10000), ("15e-1", 150),
])
def test_yuan_as_people_type_them(typed, units):
    assert Money.parse(typed, CNY) == Money(units, CNY)


@pytest.mark.parametrize("typed, currency_, units", [
    ("1.5 USDT", USDT6, 1_500_000), ("1.5usdt", USDT6, 1_500_000), ("22.39", USDT6, 22_390_000),
    ("0.000001", USDT6, 1), ("1,000", USDT6, 1_000_000_000), ("0.000000000000000001 ETH", ETH, 1),
    ("12", WHOLE, 12), ("$5.25", USD, 525), ("HK$5", HKD, 500), ("5 HKD", HKD, 500),
])
def test_other_currencies_as_people_type_them(typed, currency_, units):
    assert Money.parse(typed, currency_) == Money(units, currency_)


@pytest.mark.parametrize("typed, currency_", [
    ("5 USDT", CNY), ("¥5", USDT6), ("89元", USD), ("$5", CNY), ("1.5 ETH", USDT6),
    ("HK$5", USD), ("5 USDT USDT", USDT6), ("¥¥5", CNY), ("1¥2", CNY),
])
def test_another_currency_s_marks_are_not_an_amount(typed, currency_):
    with pytest.raises(NotAnAmount):
        Money.parse(typed, currency_)


@pytest.mark.parametrize("typed", [
    "", "   ", "¥", "元", "abc", "NaN", "nan", "Infinity", "-Infinity", "inf", "sNaN", "1,2",
    "1,2345", "12,34.5", "1.000,50", ".", "e5", "1e", "1e+", "--5", "-+5", "+-5", "5-", "1.2.3",
    "0x10", "#REF!", "=1+1", "1_000", "١٢٣abc", "5 %", "\x00", "1e5.5",
])
def test_what_is_not_an_amount(typed):
    with pytest.raises(NotAnAmount) as caught:
        Money.parse(typed, CNY)
    assert caught.value.code == "not_a_number"
    assert caught.value.template == "“{text}” is not an amount."
    assert caught.value.fields["text"] == typed.strip()


@pytest.mark.parametrize("typed, currency_", [
    ("12.345", CNY), ("0.001", CNY), ("0.0000001", USDT6), ("1.5", WHOLE),
    ("0." + "0" * 60 + "1", CNY), ("1e-999999999", CNY), ("1" + "0" * 4000 + "1e-4000", CNY),
])
def test_finer_than_a_unit_is_too_many_decimals(typed, currency_):
    with pytest.raises(TooManyDecimals) as caught:
        Money.parse(typed, currency_)
    assert caught.value.fields["decimals"] == currency_.decimals
    assert str(currency_.decimals) in str(caught.value)


@pytest.mark.parametrize("typed", ["-5", "-¥5.00", "¥-5", "－５", "\u22125", "-0.01",
                                   "-" + "9" * 5000, "-1e400"])
def test_negative_amounts_are_refused(typed):
    with pytest.raises(NegativeAmount) as caught:
        Money.parse(typed, CNY)
    assert caught.value.code == "negative"


@pytest.mark.parametrize("typed", [
    "1e400", "1E+999999999", "9" * 5000, "9" * 100_000, "¥" + "9" * 60,
    "1" + "0" * 4000 + "e999999999", "1e" + "9" * 5000, "1000000000000000000.01",
    "1,000,000,000,000,000,001",
])
def test_hostile_sizes_are_too_large_at_once(typed):
    start = time.perf_counter()
    with pytest.raises(AmountTooLarge) as caught:
        Money.parse(typed, CNY)
    assert time.perf_counter() - start < 0.1
    assert caught.value.code == "too_large"
    assert caught.value.fields["limit"] == "¥1,000,000,000,000,000,000.00"
    assert len(caught.value.fields["text"]) <= 31


def test_the_largest_amount_without_a_limit_is_taken():
    assert Money.parse("1,000,000,000,000,000,000.00", CNY).units == LARGEST_WHOLE * 100


def test_a_limit_is_the_largest_amount_taken_and_stated():
    assert Money.parse("¥10,000,000.00", CNY, limit=10**9).units == 10**9
    for typed in ("10000000.01", "10,000,001", "1e8", "10000000.001"):
        with pytest.raises(AmountTooLarge) as caught:
            Money.parse(typed, CNY, limit=10**9)
        assert str(caught.value) == "An amount can be at most ¥10,000,000.00."
    with pytest.raises(AmountTooLarge, match=r"at most 5\.00 USDT"):
        Money.parse("5.000001", USDT6, limit=5_000_000)


def test_refusals_are_money_errors_with_templates_and_text_cut_short():
    with pytest.raises(MoneyError) as caught:
        Money.parse("x" * 5000, CNY)
    assert caught.value.fields["text"] == "x" * 30 + "…"
    assert isinstance(caught.value, ValueError)


def test_parse_reads_only_text():
    for value in (12.5, Decimal("12.5"), 1250, None):
        with pytest.raises(TypeError):
            Money.parse(value, CNY)


@pytest.mark.parametrize("units, currency_, text, plain", [
    (15900, CNY, "¥159.00", "159.00"), (-500, CNY, "-¥5.00", "-5.00"), (5, CNY, "¥0.05", "0.05"),
    (0, CNY, "¥0.00", "0.00"), (22_390_000, USDT6, "22.39 USDT", "22.39"),
    (12_500_000, USDT6, "12.50 USDT", "12.50"), (1_234_567, USDT6, "1.234567 USDT", "1.234567"),
    (-1, USDT6, "-0.000001 USDT", "-0.000001"), (10**18, ETH, "1.00 ETH", "1.00"),
    (21_000 * 10**9, ETH, "0.000021 ETH", "0.000021"), (7, WHOLE, "7 PTS", "7"),
    (12_990, USD, "$129.90", "129.90"), (100, HKD, "HK$1.00", "1.00"),
    (12_990, currency("USDT"), "129.90 USDT", "129.90"), (12_990, currency("XYZ"), "129.90 XYZ",
                                                          "129.90"),
])
def test_amounts_as_people_read_them(units, currency_, text, plain):
    money = Money(units, currency_)
    assert money.text() == str(money) == text
    assert money.plain() == plain


def test_grouped_thousands():
    assert Money(123_456_789, CNY).text(grouped=True) == "¥1,234,567.89"
    assert Money(-123_456_789, CNY).plain(grouped=True) == "-1,234,567.89"
    assert Money(1_234_567_000_000, USDT6).text(grouped=True) == "1,234,567.00 USDT"


def test_arithmetic_and_order_within_one_currency():
    a, b = Money(1500, CNY), Money(250, CNY)
    assert a + b == Money(1750, CNY) and a - b == Money(1250, CNY)
    assert a * 3 == 3 * a == Money(4500, CNY) and -b == Money(-250, CNY)
    assert b < a and b <= a and a > b and a >= b and a <= Money(1500, CNY)
    assert sorted([a, b, Money(0, CNY)]) == [Money(0, CNY), b, a]
    assert {a, Money(1500, CNY)} == {a}


@pytest.mark.parametrize("other", [Money(1, USD), Money(1, Currency.token("USDT", 2 + 4)),
                                   Money(1, currency("USDT"))])
def test_mixing_currencies_raises(other):
    yuan = Money(1, CNY)
    for combine in (lambda: yuan + other, lambda: yuan - other, lambda: yuan < other,
                    lambda: yuan <= other, lambda: yuan > other, lambda: yuan >= other):
        with pytest.raises(CurrencyMismatch):
            combine()
    assert yuan != other


def test_no_float_gets_in():
    for bad in (1.5, Decimal("1.5"), True, "15"):
        with pytest.raises(TypeError):
            Money(bad, CNY)
    with pytest.raises(TypeError):
        Money(100, CNY) * 1.5
    with pytest.raises(TypeError):
        Money(100, CNY) + 1


def test_currencies():
    assert list(CURRENCIES) == ["CNY", "USD", "HKD", "USDC", "USDT"]
    assert currency("CNY") is CNY and Money.of(100, "HKD") == Money(100, HKD)
    assert Currency.token("dUSD", 6) == Currency("dUSD", 6, "dUSD")
    for decimals in (-1, 256, 1.0, True):
        with pytest.raises(ValueError):
            Currency("X", decimals, "X")


def test_a_token_whose_symbol_ends_in_a_digit_is_read_only_apart_from_the_number():
    token = Currency.token("1INCH", 2)
    assert Money.parse("5 1INCH", token).units == 500
    for joined in ("51INCH", "5x1INCH"):  # never 5: the mark's digit could be the number's
        with pytest.raises(NotAnAmount):
            Money.parse(joined, token)


CURRENCY_CHOICES = st.sampled_from([CNY, USD, HKD, USDT6, ETH, WHOLE, currency("USDC")])


@given(st.integers(min_value=0, max_value=10**30), CURRENCY_CHOICES)
def test_text_round_trips(units, currency_):
    money = Money(units, currency_)
    for text in (money.text(), money.plain(), money.text(grouped=True), money.plain(grouped=True)):
        assert Money.parse(text, currency_, limit=10**30) == money


@given(st.integers(min_value=1, max_value=10**30), CURRENCY_CHOICES)
def test_negative_text_is_refused(units, currency_):
    with pytest.raises(NegativeAmount):
        Money.parse(Money(-units, currency_).text(), currency_)


@given(st.decimals(min_value=0, max_value=10**12, places=6, allow_nan=False))
def test_decimal_text_is_exact(number):
    assert Money.parse(str(number), USDT6).units == int(number * 10**6)
    assert Money.parse(f"{number:f}", USDT6).units == int(number * 10**6)
    assert Money.parse(f"{number:e}", USDT6).units == int(Decimal(f"{number:e}") * 10**6)


@given(st.decimals(allow_nan=True, allow_infinity=True))
def test_any_decimal_text_is_read_exactly_or_refused_for_its_reason(number):
    try:
        money = Money.parse(str(number), CNY)
    except NotAnAmount:
        assert not number.is_finite()
    except NegativeAmount:
        assert number < 0
    except AmountTooLarge:
        assert number > LARGEST_WHOLE
    except TooManyDecimals:
        assert number % Decimal("0.01") != 0
    else:
        assert Decimal(money.units).scaleb(-2) == number
