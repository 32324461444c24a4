from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from shop.money import CNY, Money
from shop.stock.values import (MAX_MONEY, MAX_QUANTITY, ValueProblem, cell_text, parse_money,
                               parse_quantity)


@pytest.mark.parametrize("typed, minor", [
    ("89", 8900), ("12.5", 1250), ("12.50", 1250), ("0.05", 5), ("￥1,299.00", 129900),
    ("¥89", 8900), ("89元", 8900), ("１２３", 12300), ("  45 ", 4500), ("RMB 10", 1000),
    ("１，２９９．５", 129950), ("12.500", 1250), (89, 8900), (12.5, 1250), (89.0, 8900),
    (19.99, 1999), (0.1 + 0.2, 30), (Decimal("3.2"), 320), ("¥ 1 299", 129900),
])
def test_money_as_people_type_it(typed, minor):
    assert parse_money(typed) == minor


@pytest.mark.parametrize("blank", [None, "", "   ", "\u3000"])
def test_blank_money_is_none(blank):
    assert parse_money(blank) is None


@pytest.mark.parametrize("typed, code", [
    ("12.345", "too_many_decimals"), (12.345, "too_many_decimals"), ("abc", "not_a_number"),
    ("-5", "negative_price"), (-5, "negative_price"), (-0.5, "negative_price"),
    ("1,2", "not_a_number"), ("NaN", "not_a_number"), ("Infinity", "not_a_number"),
    (True, "not_a_number"), ("#REF!", "not_a_number"), (Decimal("NaN"), "not_a_number"),
    (Decimal("-1"), "negative_price"), (Decimal("1.234"), "too_many_decimals"),
    (float("nan"), "not_a_number"), ("89 USDT", "not_a_number"), ("$89", "not_a_number"),
])
def test_bad_money(typed, code):
    with pytest.raises(ValueProblem) as caught:
        parse_money(typed)
    assert caught.value.code == code
    assert "value" in caught.value.params


@pytest.mark.parametrize("typed, qty", [
    ("12", 12), ("１２", 12), (" 7 ", 7), ("1,200", 1200), ("12件", 12), (12, 12),
    (12.0, 12), ("0", 0),
])
def test_quantity(typed, qty):
    assert parse_quantity(typed) == qty


@pytest.mark.parametrize("typed, code", [
    ("-3", "negative_quantity"), (-3, "negative_quantity"), (-3.0, "negative_quantity"),
    ("2.5", "not_whole_number"), (2.5, "not_whole_number"), ("many", "not_a_number"),
])
def test_bad_quantity(typed, code):
    with pytest.raises(ValueProblem) as caught:
        parse_quantity(typed)
    assert caught.value.code == code


def test_cell_text_keeps_barcodes_whole():
    assert cell_text(6901234567890.0) == "6901234567890"
    assert cell_text(6901234567890) == "6901234567890"
    assert cell_text("  A01 ") == "A01"
    assert cell_text(None) == ""


@given(st.integers(min_value=0, max_value=MAX_MONEY))
def test_money_round_trips_through_text(minor):
    assert parse_money(Money(minor, CNY).plain()) == minor
    assert parse_money(Money(minor, CNY).text()) == minor
    whole, cents = divmod(minor, 100)
    assert parse_money(f"￥{whole:,}.{cents:02d}") == minor


@given(st.decimals(min_value=0, max_value=MAX_MONEY // 100, places=2, allow_nan=False))
def test_money_from_decimal_text_is_exact(number):
    assert parse_money(str(number)) == int(number * 100)


@pytest.mark.parametrize("typed", [
    "10000000.01", "10,000,001", "1e8", "1E+999999999", "9" * 5000, 10_000_001, 1e300,
    10**400, Decimal("1e999999999"), float(MAX_MONEY), "１２３４５６７８９", "¥" + "9" * 60,
])
def test_money_above_the_maximum_is_refused_with_it(typed):
    with pytest.raises(ValueProblem) as caught:
        parse_money(typed)
    assert caught.value.code == "price_too_large"
    assert caught.value.params["limit"] == "10,000,000.00"
    assert len(caught.value.params["value"]) <= 31


def test_money_at_the_maximum():
    assert parse_money("10000000") == parse_money("¥10,000,000.00") == MAX_MONEY
    assert parse_money(10_000_000) == parse_money(10_000_000.0) == MAX_MONEY


@pytest.mark.parametrize("typed", [
    "1000001", "1,000,001", "1e6000", "1E+999999999", "9" * 5000, 1_000_001, 1e300,
    10**400, float(MAX_QUANTITY + 1), "2" * 41 + "件",
])
def test_quantity_above_the_maximum_is_refused_with_it(typed):
    with pytest.raises(ValueProblem) as caught:
        parse_quantity(typed)
    assert caught.value.code == "quantity_too_large"
    assert caught.value.params["limit"] == "1,000,000"


def test_quantity_at_the_maximum():
    assert parse_quantity("1000000") == parse_quantity("1,000,000") == MAX_QUANTITY
    assert parse_quantity(MAX_QUANTITY) == parse_quantity(float(MAX_QUANTITY)) == MAX_QUANTITY


@pytest.mark.parametrize("typed, code", [
    ("1e-999999999", "not_whole_number"), ("0." + "0" * 60 + "1", "not_whole_number"),
    ("x" * 5000, "not_a_number"), ("-" + "9" * 5000, "negative_quantity"),
])
def test_odd_long_quantities(typed, code):
    with pytest.raises(ValueProblem) as caught:
        parse_quantity(typed)
    assert caught.value.code == code


def test_huge_numbers_are_refused_at_once():
    # Never converted: an int of a billion digits would take the rest of the day.
    import time
    start = time.perf_counter()
    for typed in ("1e999999999", "9" * 5000, "9" * 100_000, "1" + "0" * 4000 + "e999999999"):
        for parse in (parse_money, parse_quantity):
            with pytest.raises(ValueProblem):
                parse(typed)
    assert time.perf_counter() - start < 0.5
