"""How one unit's price is split among the supplier, the uplines and the seller.

The rule, stated once: level i of the plan earns floor(base × rate_i / 10,000) per unit,
where the base is the supply price when a supplier is paid (the supplier funds the plan out
of its supply price and keeps what rounding leaves) and the unit price otherwise (the seller
funds it). The supplier is paid its supply price less every level's commission; each
upline is paid its level's commission; the seller gets the rest, which holds its own
margin and its level-1 commission. The parts therefore add up to the price exactly, and
rounding only ever favours the one who funds the plan. Levels above the seller with nobody
bound there are not paid (their commission stays with whoever funds the plan).
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
    seller_commission: int  # the level-1 part of what the seller gets

    @property
    def parts(self) -> list[int]:
        return [self.supplier, *(a for _, a in self.uplines), self.seller]


def split_unit(price: int, levels_bps, uplines, *, supply: int | None = None) -> UnitSplit:
    """Split `price` under the plan `levels_bps` (level 1 the seller) among the supplier
    (owed `supply`, None for the seller's own stock), `uplines` (accounts above the seller,
    nearest first) and the seller. Refuses a split where someone would get less than
    nothing."""
    levels = list(levels_bps)
    paid_levels = levels[:1 + len(uplines)]
    base = price if supply is None else supply
    if price < 0 or base < 0:
        raise DownlineError("Prices cannot be negative.")
    commissions = [base * bps // 10_000 for bps in paid_levels]
    above = tuple(zip(uplines, commissions[1:]))
    funded = sum(commissions)
    supplier = 0 if supply is None else supply - funded
    seller = price - supplier - sum(a for _, a in above)
    if supplier < 0 or seller < 0:
        raise DownlineError("The price {price} does not cover the supply price and the "
                            "commissions of the plan.", price=price)
    return UnitSplit(price, supplier, above, seller, commissions[0] if commissions else 0)
