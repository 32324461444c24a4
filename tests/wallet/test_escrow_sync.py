"""The escrow event scanner on the in-process EVM, writing through the app's sink into the
orders: typed events with their block times, chunks, resume, re-runs."""

from dataclasses import fields

import pytest

from desktop.services.orders import OrderSink
from shop.orders.ledger import credited
from shop.orders.store import list_orders
import shop.schema
import shop.storefront.schema
from shop.orders.schema import migrations as orders_migrations
from wallet.escrow_client import tracking_hash
from wallet.escrow_events import (
    Accepted,
    Confirmed,
    Credited,
    Funded,
    OfferRevoked,
    Shipped,
)
from wallet.escrow_sync import EscrowSync
from tests.wallet.test_escrow_client_fixtures import E, PRICE, sandbox_escrow  # noqa: F401


@pytest.fixture
def env(sandbox_escrow):
    shop.schema.migrations.apply(sandbox_escrow.book)
    shop.storefront.schema.migrations.apply(sandbox_escrow.book)
    orders_migrations.apply(sandbox_escrow.book)
    return sandbox_escrow


def _sink(env):
    return OrderSink(env.book, env.chain.network.chain_id, env.client.address)


def _scanner(env, **kw):
    return EscrowSync(_sink(env), env.chain, env.client.address,
                      start_block=env.client.deploy_block, **kw)


def _walk(env, n=3):
    """n escrows: 1 completed, 2 shipped, the rest funded; plus a revoked offer."""
    c = env.client
    offer, sig = env.signed_offer()
    for i in range(n):
        c.fund(env.buyer, offer, sig, 1, note=f"note {i}".encode(), ref=f"w{i}")
    c.accept_many(env.seller, [E(1), E(2)])
    c.mark_shipped(env.seller, E(1), "sealed SF A1".encode())
    c.mark_shipped(env.seller, E(2), "sealed SF A2".encode())
    c.confirm(env.buyer, E(1))
    c.revoke_offer(env.seller, env.offer(salt=1))
    return offer


STORED = ("SELECT kind, block_number, block_hash, tx_hash, log_index, at, args FROM ("
          "SELECT kind, block_number, block_hash, tx_hash, log_index, at, args FROM order_events "
          "UNION ALL SELECT kind, block_number, block_hash, tx_hash, log_index, at, args "
          "FROM contract_events) ORDER BY block_number, log_index")


def _stored(env) -> list:
    """Every event in the book, orders' and contract's, in chain order."""
    return list(env.book.execute(STORED))


def _rescan_from_the_start(env) -> None:
    env.book.execute("UPDATE order_sync SET last_block = ?, last_hash = NULL",
                     [env.client.deploy_block - 1])


def test_typed_events_with_their_times_and_the_orders(env):
    offer = _walk(env)
    seen = []
    result = _scanner(env).run(progress=lambda d, t, text: seen.append((d, t)))
    kinds = [type(e).__name__ for e in result.events]
    assert kinds == ["Funded"] * 3 + ["Accepted"] * 2 + ["Shipped"] * 2 + ["Confirmed",
                                                                         "OfferRevoked"]
    funded = result.events[0]
    assert isinstance(funded, Funded) and funded.note == b"note 0"
    made = Funded(*(getattr(funded, f.name) for f in fields(Funded)))
    assert funded == made and hash(funded) == hash(made) and repr(funded) == repr(made)
    assert funded.buyer == env.buyer.address and funded.price == PRICE
    assert funded.offer_hash == env.client.offer_hash(offer)
    assert isinstance(result.events[3], Accepted) and result.events[3].bond == offer.bond
    shipped = result.events[5]
    assert isinstance(shipped, Shipped) and shipped.tracking_hash == tracking_hash(b"sealed SF A1")
    assert isinstance(result.events[-1], OfferRevoked)
    assert result.done and result.added == 9 and seen[-1][0] == seen[-1][1] > 0
    assert [e.at for e in result.events] == [
        env.w3.eth.get_block(e.block_number)["timestamp"] for e in result.events]
    assert [r[:6] for r in _stored(env)] == [
        (type(e).__name__, e.block_number, e.block_hash, e.tx_hash, e.log_index, e.at)
        for e in result.events]

    orders = sorted(list_orders(env.book), key=lambda o: o.escrow_id)
    assert [(o.escrow_id, o.state) for o in orders] == [(E(1), "Completed"), (E(2), "Shipped"),
                                                        (E(3), "Funded")]
    assert orders[1].deadline == env.client.read(E(2)).deadline and orders[0].deadline is None
    assert orders[2].note == b"note 2" and orders[2].deadline == env.client.read(E(3)).deadline
    assert orders[1].tracking_hash == "0x" + tracking_hash(b"sealed SF A2").hex()
    assert orders[0].last_event == "Confirmed" and orders[0].funded_at == funded.at


def test_re_running_changes_nothing(env):
    _walk(env)
    first = _scanner(env).run()
    dump, orders = _stored(env), list_orders(env.book)
    again = _scanner(env).run()
    assert again.events == [] and again.added == 0
    assert _stored(env) == dump
    # even a forced rescan of the same blocks stores nothing twice
    _rescan_from_the_start(env)
    rescan = _scanner(env).run()
    assert rescan.events == first.events and rescan.added == 0
    assert _stored(env) == dump and list_orders(env.book) == orders


def test_small_chunks_grow_and_resume_after_cancel(env):
    _walk(env, n=4)
    scanner = _scanner(env, chunk_size=1, max_chunk=1)
    calls = []
    result = scanner.run(cancelled=lambda: len(calls) >= 9,
                         progress=lambda d, t, text: calls.append(d))
    assert result.cancelled and not result.done and result.events
    last_block, last_hash = _sink(env).cursor()
    assert last_block == result.last_block == env.client.deploy_block + 7
    assert calls[1:] == list(range(1, 9))
    assert last_hash == "0x" + bytes(env.w3.eth.get_block(last_block)["hash"]).hex()
    assert [b for b, _ in _sink(env).checkpoints()] == list(range(last_block,
                                                                   last_block - 8, -1))
    rest = _scanner(env, chunk_size=1, max_chunk=4).run()
    assert rest.done and rest.chunk_size == 4  # it grew while answers were quick
    assert len(_stored(env)) == len(result.events) + len(rest.events) == 10


def test_a_range_too_big_shrinks_the_chunk(env, monkeypatch):
    _walk(env)
    scanner = _scanner(env, chunk_size=64)
    real = scanner._request
    asked = []

    def picky(method, params):
        if method == "eth_getLogs":
            span = int(params[0]["toBlock"], 16) - int(params[0]["fromBlock"], 16) + 1
            asked.append(span)
            if span > 2:
                from wallet.escrow_sync import _TooMuch

                raise _TooMuch("query returned more than 10000 results")
        return real(method, params)

    monkeypatch.setattr(scanner, "_request", picky)
    scanner.fast_seconds = 0  # never grow again
    result = scanner.run()
    assert result.done and len(result.events) == 9 and result.chunk_size <= 2
    assert asked[0] > 2 and max(asked[-3:]) <= 2


def test_raw_node_error_words_shrink_the_chunk(env):
    from wallet.escrow_sync import _TOO_MUCH

    for message in ("query returned more than 10000 results",
                    "Log response size exceeded. You can make eth_getLogs requests with up "
                    "to a 2K block range", "request timed out"):
        assert _TOO_MUCH.search(message)


def test_confirmations_hold_back_recent_blocks(env):
    _walk(env)
    head = env.w3.eth.block_number
    result = _scanner(env, confirmations=3).run()
    assert result.last_block == head - 3 and result.target == head - 3
    assert [r for r in _stored(env) if r[1] > head - 3] == []
    env.sandbox.tester.mine_blocks(3)
    later = _scanner(env, confirmations=3).run()
    assert later.last_block == head and any(isinstance(e, Confirmed) for e in later.events)


def test_block_times_are_asked_once_per_block_with_events(env):
    """The in-process chain's logs carry no block time: each block that has events is
    asked for its header once, by hash, and no other block is."""
    _walk(env)
    scanner = _scanner(env)
    asked = []
    real = scanner._block_time
    scanner._block_time = lambda block_hash: asked.append(block_hash) or real(block_hash)
    result = scanner.run()
    assert sorted(asked) == sorted({e.block_hash for e in result.events})
    assert len(asked) < result.last_block - env.client.deploy_block


def test_credited_is_stored_once_apart_from_the_orders(env):
    """A payout the token refused is a Credited event: it names no escrow, so it is kept in
    the contract's own events (idempotent), not in an order, and listed by credited()."""
    from tests.wallet.test_escrow_client import _blocking_token

    _blocking_token(env)
    c, token = env.client, env.token.address
    offer, sig = env.signed_offer()
    c.fund(env.buyer, offer, sig, 1, ref="credit")
    c.accept(env.seller, E(1))
    c.mark_shipped(env.seller, E(1), "sealed EMS E1".encode())
    env.send_token("block", env.supplier.address)
    c.confirm(env.buyer, E(1))

    first = _scanner(env).run()
    [credit] = [e for e in first.events if isinstance(e, Credited)]
    assert (credit.token, credit.to, credit.amount) == (token, env.supplier.address, 60_000_000)
    chain_id, contract = env.chain.network.chain_id, env.client.address
    assert env.book.execute("SELECT kind, block_number, log_index, at FROM contract_events"
                            ).fetchall() == [("Credited", credit.block_number, credit.log_index,
                                              credit.at)]
    assert [(o.escrow_id, o.state) for o in list_orders(env.book)] == [(E(1), "Completed")]
    assert credited(env.book, chain_id, contract) == [(token, env.supplier.address)]

    dump = _stored(env)
    _rescan_from_the_start(env)
    rescan = _scanner(env).run()
    assert rescan.added == 0 and credit in rescan.events
    assert _stored(env) == dump
