from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from shop.stock.values import (ValueProblem, cell_text, format_money, parse_money,
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
    (True, "not_a_number"), ("#REF!", "not_a_number"),
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


@given(st.integers(min_value=0, max_value=10**12))
def test_money_round_trips_through_text(minor):
    assert parse_money(format_money(minor)) == minor
    whole, cents = divmod(minor, 100)
    assert parse_money(f"￥{whole:,}.{cents:02d}") == minor


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_money_from_decimal_text_is_exact(number):
    assert parse_money(str(number)) == int(number * 100)
