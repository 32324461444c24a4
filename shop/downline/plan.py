"""The commission plan of a lot, and who a lot's customer is bound to.

Levels count the distributor who made the sale: level 1 is that distributor, level 2 its
upline, level 3 the upline's upline. Two levels is the default (WeChat's line); three is
the most, with a warning; anything that pays for joining or recruiting is refused, because
that is what makes a plan pyramid selling in China.
"""

from __future__ import annotations

from dataclasses import dataclass

from shop.lots import _tx
from shop.lots.model import MAX_LEVELS, THREE_LEVELS_WARNING

from .errors import DownlineError, PlanRefused

PERMANENT, DAYS, LATEST = "permanent", "days", "latest"
BINDINGS = (PERMANENT, DAYS, LATEST)
DEFAULT_BINDING_DAYS = 30


def check_plan(levels_bps, *, entry_fee: int = 0, recruit_reward: int = 0) -> list[str]:
    """The warnings of a lawful plan (basis points per level, level 1 the seller); refuses a
    plan deeper than three levels, an entry fee or a reward for recruiting, with the law."""
    levels = list(levels_bps)
    if entry_fee:
        raise PlanRefused("An entry fee is never allowed: charging people to join a sales "
                          "network is pyramid selling (Regulations on Prohibiting Pyramid "
                          "Selling art. 2; Criminal Code art. 224-1).")
    if recruit_reward:
        raise PlanRefused("A reward for recruiting is never allowed: commissions come only "
                          "from real sales (Regulations on Prohibiting Pyramid Selling art. 2; "
                          "Criminal Code art. 224-1).")
    if len(levels) > MAX_LEVELS:
        raise PlanRefused("A plan pays at most {most} levels, counting the distributor who "
                          "made the sale; {count} were asked for. Deeper plans are pyramid "
                          "selling (Regulations on Prohibiting Pyramid Selling art. 2; "
                          "Criminal Code art. 224-1).", most=MAX_LEVELS, count=len(levels))
    if any(type(b) is not int or not 0 <= b <= 10_000 for b in levels) or sum(levels) > 10_000:
        raise DownlineError("Each level's rate is between 0% and 100%, and all of them "
                            "together at most 100%.")
    return [THREE_LEVELS_WARNING] if len(levels) == MAX_LEVELS else []


def parse_levels(text: str) -> tuple:
    """'10,3' or '10%,3%' or '2.5,1' (percent per level) as basis points (1000, 300)."""
    from decimal import Decimal, InvalidOperation

    out = []
    for part in (text or "").split(","):
        part = part.strip().rstrip("%")
        try:
            value = Decimal(part) * 100
        except InvalidOperation:
            value = None
        if value is None or value != value.to_integral_value() or value < 0:
            raise DownlineError("“{text}” is not a list of percentages per level, such as "
                                "10,3.", text=text)
        out.append(int(value))
    return tuple(out)


@dataclass(frozen=True)
class Binding:
    """How a lot's customers stay with the distributor who brought them."""

    mode: str = DAYS
    days: int = DEFAULT_BINDING_DAYS


def binding_of(db, lot_id: int) -> Binding:
    """The lot's customer binding (30 days when the seller chose none)."""
    row = db.execute("SELECT mode, days FROM downline_lot_binding WHERE lot_id = ?",
                     [lot_id]).fetchone()
    return Binding(*row) if row else Binding()


def set_binding(db, lot_id: int, binding: Binding) -> None:
    """Set the lot's customer binding: permanent, N days or latest referrer wins."""
    if binding.mode not in BINDINGS:
        raise DownlineError("A customer is bound permanently, for some days, or to the latest "
                            "referrer; “{mode}” is none of these.", mode=binding.mode)
    if type(binding.days) is not int or not 1 <= binding.days <= 3650:
        raise DownlineError("A customer is bound for 1 to 3650 days.")
    with _tx.write(db):
        db.execute("INSERT INTO downline_lot_binding (lot_id, mode, days) VALUES (?, ?, ?)"
                   " ON CONFLICT (lot_id) DO UPDATE SET mode = excluded.mode,"
                   " days = excluded.days", [lot_id, binding.mode, binding.days])


def referrer_for(db, lot_id: int, customer: str, referrer: str, at: int) -> str:
    """The distributor credited for `customer`'s purchase in the lot at `at`, who came
    through `referrer` now, under the lot's binding; records the binding."""
    binding = binding_of(db, lot_id)
    with _tx.write(db):
        row = db.execute("SELECT referrer, bound_at FROM downline_customers"
                         " WHERE lot_id = ? AND customer = ?", [lot_id, customer]).fetchone()
        if row is not None:
            bound, since = row
            kept = (binding.mode == PERMANENT
                    or (binding.mode == DAYS and at < since + binding.days * 86400))
            if kept or bound.lower() == referrer.lower():
                return bound
        db.execute("INSERT INTO downline_customers (lot_id, customer, referrer, bound_at)"
                   " VALUES (?, ?, ?, ?) ON CONFLICT (lot_id, customer) DO UPDATE SET"
                   " referrer = excluded.referrer, bound_at = excluded.bound_at",
                   [lot_id, customer, referrer, at])
        return referrer
