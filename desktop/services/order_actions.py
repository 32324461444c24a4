"""Whether the seller may act on orders now, checked the same way for the Orders page and for
`ziliudi orders`: the order a typed number names, whether each order's state allows the action
at the chain's time, the one seller account that signs, and a settlement's split. Every
refusal is a sentence that names the order and the reason.

The actions are the words of shop.orders.Order.actions, and "give_back", the page's "Return to
buyer": whichever of decline (before the seller accepts), refund, reclaim or timeout the
order allows (each pays the buyer).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from desktop.services.errors import UserFacingError
from desktop.services.orders import chain_now, target
from shop.orders import model, store

GIVE_BACK = ("refund", "reclaim", "timeout", "decline")
#: How a refusal names what cannot be done ("it cannot be {done} now").
DONE = {"accept": "accepted", "ship": "marked shipped", "dispute": "disputed",
        "statement": "given a statement",
        "claim": "claimed", "settle": "settled", "give_back": "returned to the buyer"}
#: How a refusal lists what can be done instead ("what can be done now: {possible}", joined
#: with ", "); the other actions are named by their own word.
CAN = {"decline": "return to the buyer", "refund": "return to the buyer",
       "reclaim": "return to the buyer", "timeout": "return to the buyer",
       "statement": "add a statement"}


@dataclass(frozen=True)
class Checked:
    """Orders that allow an action now: the seller account that signs for them and the
    contract call of each (the action itself, or the give-back that applies)."""

    seller: str
    orders: tuple[model.Order, ...]
    calls: tuple[str, ...]


def order_id(text: str) -> int:
    """The escrow id of an order number as people type it ("1-2", or the raw escrow id)."""
    escrow_id = model.parse_escrow_number(text)
    if escrow_id is None:
        raise UserFacingError("“{text}” is not an order number (order numbers look like 1-2).",
                              text=text)
    return escrow_id


def give_back(order: model.Order, now: int) -> str | None:
    """The call that returns the money to the buyer now (refund, reclaim or timeout), or None."""
    allowed = order.actions(now)
    return next((a for a in GIVE_BACK if a in allowed), None)


def _allows(order: model.Order, action: str, now: int) -> str | None:
    if action == "give_back":
        return give_back(order, now)
    return action if action in order.actions(now) else None


def _when(seconds: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def require_open(order: model.Order) -> None:
    """Refused when the escrow is closed (its money paid out): nothing more can be done."""
    if not order.is_open or order.deadline is None:
        raise UserFacingError("Order {order} is closed ({state}): nothing more can be done "
                              "with it.", order=model.escrow_number(order.escrow_id),
                              state=order.state)


def allowed(order: model.Order, action: str, now: int) -> str:
    """The contract call for `action` when the order's state allows it at `now` (chain time);
    refused with the reason otherwise: closed, too early, too late, or not in this state."""
    call = _allows(order, action, now)
    if call is not None:
        return call
    require_open(order)
    number = model.escrow_number(order.escrow_id)
    done, deadline = DONE[action], order.deadline
    if now < deadline and _allows(order, action, deadline):
        raise UserFacingError("Order {order} is {state}: it can be {done} only once its "
                              "deadline, {deadline}, has passed.", order=number,
                              state=order.state, done=done, deadline=_when(deadline))
    if now >= deadline and _allows(order, action, deadline - 1):
        raise UserFacingError("Order {order} is {state} and its deadline, {deadline}, has "
                              "passed: it can no longer be {done}.", order=number,
                              state=order.state, done=done, deadline=_when(deadline))
    can = ", ".join(sorted({CAN.get(a, a) for a in order.actions(now)}))
    raise UserFacingError("Order {order} is {state}: it cannot be {done} now (what can be "
                          "done now: {possible}).", order=number, state=order.state, done=done,
                          possible=can)


def seller_of(orders) -> str:
    """The one seller account of the orders; refused when they have several (or none)."""
    sellers = {o.seller for o in orders}
    if len(sellers) != 1 or None in sellers:
        raise UserFacingError("Choose orders of one seller account.")
    return sellers.pop()


def find(work, t, escrow_id: int) -> model.Order:
    """The book's order of an escrow on the target's contract (services.orders.Target)."""
    order = store.get_order(work.db, t.chain_id, t.contract, escrow_id)
    if order is None or order.state == "None":
        raise UserFacingError("There is no order {order} on {network}; sync first if it is "
                              "new.", order=model.escrow_number(escrow_id), network=t.network)
    return order


def check(work, escrow_ids: list[int], action: str, network: str | None = None) -> Checked:
    """Read the orders from the book and check that each allows `action` at the chain's time
    now and that one seller signs for all; refused, naming the first order that does not."""
    t = target(work, network)
    orders = [find(work, t, escrow_id) for escrow_id in sorted(set(escrow_ids))]
    if not orders:
        raise UserFacingError("Choose one order first.")
    now = chain_now(work, t)
    calls = tuple(allowed(o, action, now) for o in orders)
    return Checked(seller_of(orders), tuple(orders), calls)


def split(held: int, buyer_amount: int) -> tuple[int, int]:
    """(buyer's part, seller's part) of what an escrow holds; refused when the buyer's part is
    negative or more than the escrow holds."""
    if not 0 <= buyer_amount <= held:
        raise UserFacingError("The buyer's part must be at least 0 and at most what the "
                              "escrow holds.")
    return buyer_amount, held - buyer_amount
