"""How one unit's price is split among the supplier, the uplines and the seller.

The rule, stated once: the supplier is paid its supply price (nothing for the seller's own
stock); the upline at level i of the plan (level 1 is the seller itself, so uplines start
at level 2) is paid floor(price × rate_i / 10,000) per unit; the seller gets the rest,
which is its own margin and its level-1 share. The parts therefore add up to the price
exactly, no level gets more than its rate, and what rounding leaves goes to the seller, who
funds the plan out of its margin. A level with nobody bound there is not paid.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DownlineError


@dataclass(frozen=True)
class UnitSplit:
    """One unit's price in parts; all amounts in the same integer units."""

    price: int
    supplier: int
    uplines: tuple  # ((account, amount), ...) nearest upline first
    seller: int

    @property
    def parts(self) -> list[int]:
        return [self.supplier, *(a for _, a in self.uplines), self.seller]


def split_unit(price: int, levels_bps, uplines, *, supply: int | None = None) -> UnitSplit:
    """Split `price` under the plan `levels_bps` (level 1 the seller) among the supplier
    (owed `supply`, None for the seller's own stock), `uplines` (accounts above the seller,
    nearest first) and the seller. Refuses a split that leaves the seller less than nothing."""
    if price < 0 or (supply or 0) < 0:
        raise DownlineError("Prices cannot be negative.")
    above = tuple((account, price * bps // 10_000)
                  for account, bps in zip(uplines, list(levels_bps)[1:]))
    supplier = supply or 0
    seller = price - supplier - sum(a for _, a in above)
    if seller < 0:
        raise DownlineError("The price {price} does not cover the supply price and the "
                            "uplines' commissions of the plan.", price=price)
    return UnitSplit(price, supplier, above, seller)
