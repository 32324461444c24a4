"""The checks the Orders page and `ziliudi orders` share: which order a typed number names,
whether an order's state allows an action at a time, one seller, a settlement's split."""

import time
from dataclasses import replace

import pytest

from desktop.services import order_actions as actions
from desktop.services.errors import UserFacingError
from shop.orders.model import Order

DEADLINE = 1_000_000
WHEN = time.strftime("%Y-%m-%d %H:%M", time.localtime(DEADLINE))
FUNDED = Order(31337, "0x" + "cc" * 20, 1 << 32 | 2, state="Funded", deadline=DEADLINE,
               seller="0x" + "5e" * 20, price=5_000_000)


def refusal(order, action, now) -> str:
    with pytest.raises(UserFacingError) as e:
        actions.allowed(order, action, now)
    return str(e.value)


def test_an_action_the_state_allows_gives_its_contract_call():
    assert actions.allowed(FUNDED, "accept", DEADLINE - 1) == "accept"
    assert actions.allowed(FUNDED, "give_back", DEADLINE) == "refund"
    # Before its deadline the seller declines it: the contract returns the price at once.
    assert actions.allowed(FUNDED, "give_back", DEADLINE - 1) == "decline"
    accepted = replace(FUNDED, state="Accepted")
    assert actions.allowed(accepted, "give_back", DEADLINE + 5) == "reclaim"
    assert actions.allowed(replace(FUNDED, state="Disputed"), "give_back", DEADLINE) == "timeout"
    assert actions.allowed(replace(FUNDED, state="Shipped"), "claim", DEADLINE) == "claim"
    assert actions.allowed(accepted, "settle", DEADLINE + 5) == "settle"


def test_each_refusal_names_the_order_and_why():
    accepted = replace(FUNDED, state="Accepted")
    assert refusal(accepted, "give_back", DEADLINE - 1) == (
        f"Order 1-2 is Accepted: it can be returned to the buyer only once its deadline, "
        f"{WHEN}, has passed.")
    assert refusal(FUNDED, "accept", DEADLINE) == (
        f"Order 1-2 is Funded and its deadline, {WHEN}, has passed: it can no longer be "
        "accepted.")
    assert refusal(FUNDED, "ship", DEADLINE - 1) == (
        "Order 1-2 is Funded: it cannot be marked shipped now (what can be done now: "
        "accept, return to the buyer, settle).")
    assert refusal(replace(FUNDED, state="Shipped"), "accept", DEADLINE + 1) == (
        "Order 1-2 is Shipped: it cannot be accepted now (what can be done now: claim, settle).")
    closed = replace(FUNDED, state="Completed", deadline=None)
    assert refusal(closed, "settle", 0) == (
        "Order 1-2 is closed (Completed): nothing more can be done with it.")


def test_one_seller_signs():
    assert actions.seller_of([FUNDED, replace(FUNDED, escrow_id=3)]) == FUNDED.seller
    for orders in ([FUNDED, replace(FUNDED, seller="0x" + "77" * 20)], [],
                   [replace(FUNDED, seller=None)]):
        with pytest.raises(UserFacingError, match="one seller account"):
            actions.seller_of(orders)


def test_a_split_gives_the_rest_to_the_seller_and_never_more_than_is_held():
    assert actions.split(100, 0) == (0, 100) and actions.split(100, 100) == (100, 0)
    assert actions.split(100, 37) == (37, 63)
    for wrong in (-1, 101):
        with pytest.raises(UserFacingError, match="at most what the escrow holds"):
            actions.split(100, wrong)


def test_an_order_number_or_raw_id_names_an_escrow():
    assert actions.order_id("1-2") == actions.order_id(str(1 << 32 | 2)) == 1 << 32 | 2
    with pytest.raises(UserFacingError, match="“12x” is not an order number"):
        actions.order_id("12x")
