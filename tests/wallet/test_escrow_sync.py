"""The escrow event scanner on the in-process EVM: typed events, chunks, resume, re-runs."""

import pytest

from wallet import escrow_store
from wallet.escrow_client import tracking_hash
from wallet.escrow_events import (
    Accepted,
    Confirmed,
    Credited,
    Funded,
    OfferRevoked,
    Shipped,
    stored_events,
)
from wallet.escrow_store import escrow_rows, read_cursor
from wallet.escrow_sync import EscrowSync
from tests.wallet.test_escrow_client_fixtures import E, PRICE, sandbox_escrow  # noqa: F401


@pytest.fixture
def env(sandbox_escrow):
    escrow_store.migrations.apply(sandbox_escrow.book)
    return sandbox_escrow


def _scanner(env, **kw):
    return EscrowSync(env.book, env.chain, env.client.address,
                      start_block=env.client.deploy_block, **kw)


def _walk(env, n=3):
    """n escrows: 1 completed, 2 shipped, the rest funded; plus a revoked offer."""
    c = env.client
    offer, sig = env.signed_offer()
    for i in range(n):
        c.fund(env.buyer, offer, sig, 1, note=f"note {i}".encode(), ref=f"w{i}")
    c.accept_many(env.seller, [E(1), E(2)])
    c.mark_shipped(env.seller, E(1), "SF", "A1")
    c.mark_shipped(env.seller, E(2), "SF", "A2")
    c.confirm(env.buyer, E(1))
    c.revoke_offer(env.seller, env.offer(salt=1))
    return offer


def _count(env) -> int:
    return env.book.execute("SELECT count(*) FROM escrow_events").fetchone()[0]


def test_typed_events_and_current_rows(env):
    offer = _walk(env)
    seen = []
    result = _scanner(env).run(progress=lambda d, t, text: seen.append((d, t)))
    kinds = [type(e).__name__ for e in result.events]
    assert kinds == ["Funded"] * 3 + ["Accepted"] * 2 + ["Shipped"] * 2 + ["Confirmed",
                                                                         "OfferRevoked"]
    funded = result.events[0]
    assert isinstance(funded, Funded) and funded.note == b"note 0"
    assert funded.buyer == env.buyer.address and funded.price == PRICE
    assert funded.offer_hash == env.client.offer_hash(offer)
    assert isinstance(result.events[3], Accepted) and result.events[3].bond == offer.bond
    shipped = result.events[5]
    assert isinstance(shipped, Shipped) and shipped.tracking_hash == tracking_hash("SF", "A1")
    assert isinstance(result.events[-1], OfferRevoked)
    assert result.done and result.added == 9 and seen[-1][0] == seen[-1][1] > 0
    assert stored_events(env.book, env.chain.network.chain_id, env.client.address) == \
        result.events

    rows = escrow_rows(env.book)
    assert [(r.escrow_id, r.state) for r in rows] == [(E(1), "Completed"), (E(2), "Shipped"),
                                                      (E(3), "Funded")]
    assert rows[1].deadline == env.client.read(E(2)).deadline and rows[0].deadline is None
    assert rows[2].note == b"note 2" and rows[2].deadline == env.client.read(E(3)).deadline
    assert rows[1].tracking_hash == "0x" + tracking_hash("SF", "A2").hex()
    assert rows[0].last_event == "Confirmed"


def test_re_running_changes_nothing(env):
    _walk(env)
    first = _scanner(env).run()
    dump = list(env.book.execute("SELECT * FROM escrow_events ORDER BY id"))
    again = _scanner(env).run()
    assert again.events == [] and again.added == 0
    assert list(env.book.execute("SELECT * FROM escrow_events ORDER BY id")) == dump
    # even a forced rescan of the same blocks stores nothing twice
    chain_id = env.chain.network.chain_id
    escrow_store._move_cursor(env.book, chain_id, env.client.address,
                              env.client.deploy_block - 1, None)
    rescan = _scanner(env).run()
    assert len(rescan.events) == len(first.events) and rescan.added == 0
    assert list(env.book.execute("SELECT * FROM escrow_events ORDER BY id")) == dump


def test_small_chunks_grow_and_resume_after_cancel(env):
    _walk(env, n=4)
    scanner = _scanner(env, chunk_size=1, max_chunk=1)
    calls = []
    result = scanner.run(cancelled=lambda: len(calls) >= 9,
                         progress=lambda d, t, text: calls.append(d))
    assert result.cancelled and not result.done and result.events
    cursor = read_cursor(env.book, env.chain.network.chain_id, env.client.address)
    assert cursor.last_block == result.last_block == env.client.deploy_block + 7
    assert calls[1:] == list(range(1, 9))
    assert cursor.last_hash == "0x" + bytes(env.w3.eth.get_block(cursor.last_block)["hash"]).hex()
    rest = _scanner(env, chunk_size=1, max_chunk=4).run()
    assert rest.done and rest.chunk_size == 4  # it grew while answers were quick
    assert _count(env) == len(result.events) + len(rest.events) == 10


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
    held_back = [e for e in stored_events(env.book, env.chain.network.chain_id,
                                          env.client.address) if e.block_number > head - 3]
    assert held_back == []
    env.sandbox.tester.mine_blocks(3)
    later = _scanner(env, confirmations=3).run()
    assert later.last_block == head and any(isinstance(e, Confirmed) for e in later.events)


def test_events_of_an_older_book_are_kept_under_their_source(tmp_path):
    import sqlite_utils

    db = sqlite_utils.Database(tmp_path / "old.db")
    escrow_store.migrations.apply(db, stop_before="0003_events_by_source")
    one, two = "0x" + "ab" * 20, "0x" + "cd" * 20
    old = [(7, one, 5, "0x" + "01" * 32, "0x" + "02" * 32, 0, "Funded", 1, '{"quantity":1}', b"n"),
           (7, one, 5, "0x" + "01" * 32, "0x" + "03" * 32, 1, "Accepted", 1, '{"bond":3}', None),
           (7, two, 5, "0x" + "01" * 32, "0x" + "04" * 32, 2, "Funded", 1, '{"quantity":2}', b"m")]
    db.conn.executemany("INSERT INTO escrow_events (chain_id, contract, block_number, "
                        "block_hash, tx_hash, log_index, kind, escrow_id, args, note) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", old)
    escrow_store.migrations.apply(db)
    assert [tuple(r) for r in escrow_store.event_rows(db)] == old
    assert [tuple(r) for r in escrow_store.event_rows(db, 7, two)] == old[2:]
    assert [tuple(r) for r in escrow_store.event_rows(db, 7, one, escrow_id=1)] == old[:2]
    # Storing the same logs again adds nothing; a third contract gets a source of its own.
    assert escrow_store.save_batch(db, 7, one, [r[2:] for r in old[:2]], 5, "0x" + "01" * 32) == 0
    assert escrow_store.save_batch(db, 7, "0x" + "ef" * 20, [r[2:] for r in old[:1]], 5,
                                   "0x" + "01" * 32) == 1
    assert db.execute("SELECT count(*) FROM escrow_sources").fetchone()[0] == 3
    indexes = {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'escrow_events'")}
    assert not any(name.startswith("escrow_events_") for name in indexes)  # just the unique one
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN DELETE FROM escrow_events WHERE source = 1 AND block_number > 3"))
    assert "USING INDEX" in plan  # a rewind does not scan the table
    assert escrow_store.rewind(db, 7, one, 4, None) == 2
    assert [tuple(r)[1] for r in escrow_store.event_rows(db, 7)] == [two, "0x" + "ef" * 20]


def test_credited_is_stored_once_with_no_escrow_id(env):
    """A payout the token refused is a Credited event: stored like the others (idempotent,
    escrow_id NULL), kept out of the escrows' current rows, listed by escrow_store.credited."""
    from tests.wallet.test_escrow_client import _blocking_token

    _blocking_token(env)
    c, token = env.client, env.token.address
    offer, sig = env.signed_offer()
    c.fund(env.buyer, offer, sig, 1, ref="credit")
    c.accept(env.seller, E(1))
    c.mark_shipped(env.seller, E(1), "EMS", "E1")
    env.send_token("block", env.supplier.address)
    c.confirm(env.buyer, E(1))

    first = _scanner(env).run()
    [credit] = [e for e in first.events if isinstance(e, Credited)]
    assert (credit.token, credit.to, credit.amount) == (token, env.supplier.address, 60_000_000)
    chain_id, contract = env.chain.network.chain_id, env.client.address
    assert env.book.execute("SELECT escrow_id FROM escrow_events WHERE kind = 'Credited'"
                            ).fetchall() == [(None,)]
    assert credit in stored_events(env.book, chain_id, contract)
    assert [(r.escrow_id, r.state) for r in escrow_rows(env.book)] == [(E(1), "Completed")]
    assert escrow_store.credited(env.book, chain_id, contract) == [(token, env.supplier.address)]

    dump = list(env.book.execute("SELECT * FROM escrow_events ORDER BY id"))
    escrow_store._move_cursor(env.book, chain_id, contract, env.client.deploy_block - 1, None)
    rescan = _scanner(env).run()
    assert rescan.added == 0 and credit in rescan.events
    assert list(env.book.execute("SELECT * FROM escrow_events ORDER BY id")) == dump
