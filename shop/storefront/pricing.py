"""Price rules of a listing: the supplier's minimum and maximum retail price, and
bulk pricing (a markup on a base price, rounded to end in 9). Money in minor units.

The maximum retail price is the item's "max_price" extra when the supplier gave one,
else its tag price (吊牌价): nobody sells above the tag.
"""

from __future__ import annotations

from dataclasses import dataclass

from shop.money import CNY, Money

from .errors import PriceRuleError

BASES = ("supply", "suggested", "tag", "current")


@dataclass(frozen=True)
class Bounds:
    """What the supplier allows for one item; None where there is no limit."""

    minimum: int | None
    maximum: int | None


def bounds_of(item) -> Bounds:
    """The retail bounds of a lot item (shop.lots.Item)."""
    maximum = None
    extra = (item.extras or {}).get("max_price")
    if isinstance(extra, int) and extra > 0:
        maximum = extra
    elif item.tag_price:
        maximum = item.tag_price
    minimum = item.min_price if item.min_price else None
    if minimum is not None and maximum is not None and maximum < minimum:
        maximum = None  # contradictory sheet: keep the floor, which protects the supplier
    return Bounds(minimum, maximum)


def problem(item, price: int) -> PriceRuleError | None:
    """Why `price` breaks the item's rules, or None when it is fine."""
    if type(price) is not int or price <= 0:
        return PriceRuleError("The price of {sku} must be more than 0.", sku=item.sku)
    b = bounds_of(item)
    if b.minimum is not None and price < b.minimum:
        return PriceRuleError(
            "{price} is below the supplier's minimum retail price of {minimum} for {sku}.",
            price=_plain(price), minimum=_plain(b.minimum), sku=item.sku)
    if b.maximum is not None and price > b.maximum:
        return PriceRuleError(
            "{price} is above the supplier's maximum retail price of {maximum} for {sku}.",
            price=_plain(price), maximum=_plain(b.maximum), sku=item.sku)
    return None


def _plain(minor: int) -> str:
    # A lot item knows no currency (its lot does): the rules name bare amounts, 129.00.
    return Money(minor, CNY).plain()


def check_price(item, price: int) -> int:
    """The price if the item's rules allow it; PriceRuleError with the reason otherwise."""
    err = problem(item, price)
    if err is not None:
        raise err
    return price


def round_to_nine(minor: int) -> int:
    """Round up to the nearest whole-元 price whose last digit is 9: 12345 -> 12900,
    13100 -> 13900, 12900 -> 12900."""
    if minor <= 0:
        return minor
    whole = -(-minor // 100)
    whole += (9 - whole % 10) % 10
    return whole * 100


def nine_at_most(minor: int) -> int | None:
    """The highest whole-元 price ending in 9 that is not above `minor` (None if none)."""
    whole = minor // 100
    whole -= (whole - 9) % 10
    return whole * 100 if whole > 0 else None


def bulk_price(item, *, percent: int, base: str = "supply", current: int | None = None,
               end_in_nine: bool = True, clamp: bool = True) -> int | None:
    """The item's price after bulk pricing: base price × (100 + percent)%, rounded up to end
    in 9 (whole 元). With clamp the result is pulled inside the supplier's bounds (the
    minimum, or the highest price ending in 9 under the maximum). None when the base is unknown."""
    if base not in BASES:
        raise ValueError(f"unknown base {base!r}")
    start = {"supply": item.supply_price, "suggested": item.suggested_price,
             "tag": item.tag_price, "current": current}[base]
    if not start:
        return None
    price = -(-start * (100 + percent) // 100)  # ceiling: never below the markup asked for
    if end_in_nine:
        price = round_to_nine(price)
    if clamp:
        b = bounds_of(item)
        if b.maximum is not None and price > b.maximum:
            lower = nine_at_most(b.maximum) if end_in_nine else None
            price = lower if lower and (b.minimum is None or lower >= b.minimum) else b.maximum
        if b.minimum is not None and price < b.minimum:
            price = round_to_nine(b.minimum) if end_in_nine else b.minimum
            if b.maximum is not None and price > b.maximum:
                price = b.minimum
    return price
