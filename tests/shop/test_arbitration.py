"""Arbitration in the core: the arbitrator's card, statements sealed to it, a ruling's split,
and statements in an order's history."""

import pytest

from shop import arbitration as core
from shop.orders.ledger import EscrowLedger
from shop.orders.store import get_order, history, statements
from shop.storefront.errors import NoteError
from shop.storefront.notes import new_key_pair, seal_bytes
from tests.shop.test_orders_ledger import C, CHAIN, SELLER, db, ev, funded  # noqa: F401

BUYER = "0x" + "b0" * 20


def test_a_card_round_trips_and_bad_cards_are_refused():
    _pem, public = new_key_pair()
    card = core.ArbitratorCard("0x" + "a1" * 20, public, " 微信 arb ")
    read = core.read_card(card.to_json())
    assert read == core.ArbitratorCard("0x" + "a1" * 20, public, "微信 arb")
    with pytest.raises(core.ArbitrationError, match="not an arbitrator card"):
        core.read_card('{"account": "0x"}')
    with pytest.raises(core.ArbitrationError, match="not an account"):
        core.check_card(core.ArbitratorCard("0x12", public))
    with pytest.raises(core.ArbitrationError, match="public key is damaged"):
        core.check_card(core.ArbitratorCard("0x" + "a1" * 20, "04" + "00" * 10))


def test_a_statement_opens_only_with_the_arbitrators_key_and_fits_the_contract():
    pem, public = new_key_pair()
    other, _ = new_key_pair()
    text = "货不对版，" * (core.MAX_STATEMENT_BYTES // 15)
    sealed = core.seal_statement(text, public)
    assert len(sealed) <= core.MAX_SEALED
    assert core.open_statement(sealed, pem) == text.strip()
    with pytest.raises(NoteError):
        core.open_statement(sealed, other)
    # A delivery note sealed to the same key is not a statement.
    with pytest.raises(NoteError):
        core.open_statement(seal_bytes(b"note", public), pem)
    with pytest.raises(core.ArbitrationError, match="at most"):
        core.seal_statement("字" * (core.MAX_STATEMENT_BYTES // 3 + 1), public)
    with pytest.raises(core.ArbitrationError, match="empty"):
        core.seal_statement("  ", public)


def test_a_ruling_gives_the_seller_the_rest_less_the_fee():
    assert core.ruling(130, 5, 40) == core.Split(40, 85, 5)
    assert core.ruling(130, 5, 125) == core.Split(125, 0, 5)
    with pytest.raises(core.ArbitrationError, match="from 0 to 125"):
        core.ruling(130, 5, 126)
    with pytest.raises(core.ArbitrationError):
        core.ruling(130, 5, -1)


def test_statements_join_the_history_and_mark_the_order_changed(db):  # noqa: F811
    ledger = EscrowLedger(db, CHAIN, C)
    ledger.save([funded(1, 1), ev(1, "Accepted", 2, bond=1, shipDeadline=9),
                 ev(1, "Disputed", 3, by=BUYER, arbitrationDeadline=99),
                 ev(1, "Statement", 3, 1, by=BUYER, statement="0x01aa")], 3, "0xb3")
    order = get_order(db, CHAIN, C, 1)
    assert order.state == "Disputed" and order.last_event == "Disputed"
    applied = ledger.save([ev(1, "Statement", 4, by=SELLER, statement="0x01bb")], 4, "0xb4")
    assert applied.changed == (order.id,)
    assert get_order(db, CHAIN, C, 1) == order  # the fold is as it was
    assert [h.kind for h in history(db, order.id)][-2:] == ["Statement", "Statement"]
    got = statements(db, order)
    assert [(s.role, s.sealed) for s in got] == [("buyer", b"\x01\xaa"), ("seller", b"\x01\xbb")]
