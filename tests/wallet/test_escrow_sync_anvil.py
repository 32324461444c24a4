"""The escrow scanner on a real anvil node: a reorganisation, and a node killed mid-sync."""

import pytest

from wallet import escrow_store
from wallet.escrow_events import Accepted, Funded, stored_events
from wallet.escrow_store import escrow_rows, read_cursor
from wallet.escrow_sync import EscrowSync
from wallet.refusals import NodeDown
from tests.wallet.test_escrow_client_fixtures import E, anvil_escrow  # noqa: F401

pytestmark = [pytest.mark.anvil]


@pytest.fixture
def env(anvil_escrow):
    escrow_store.migrations.apply(anvil_escrow.book)
    return anvil_escrow


def _scanner(env, **kw):
    return EscrowSync(env.book, env.chain, env.client.address,
                      start_block=env.client.deploy_block, **kw)


def _rpc(env, method, *params):
    response = env.w3.provider.make_request(method, list(params))
    assert "error" not in response, response
    return response["result"]


def test_reorganisation_is_detected_rewound_and_rescanned(env):
    c = env.client
    chain_id = env.chain.network.chain_id
    offer, sig = env.signed_offer()
    c.fund(env.buyer, offer, sig, 1, note=b"kept", ref="a")
    first = _scanner(env).run()
    fork_point = first.last_block
    snapshot = _rpc(env, "evm_snapshot")

    c.fund(env.buyer, offer, sig, 1, note=b"dropped", ref="b")
    c.accept(env.seller, E(1))
    second = _scanner(env).run()
    assert [type(e) for e in second.events] == [Funded, Accepted]
    old_head = second.last_block

    # Drop those blocks and mine a different history past the old head.
    assert _rpc(env, "evm_revert", snapshot) is True
    c.fund(env.buyer, offer, sig, 3, note=b"other fork", ref="c")
    while env.w3.eth.block_number <= old_head:
        _rpc(env, "evm_mine")
    assert env.w3.eth.get_block(old_head)["hash"].hex() != second.events[-1].block_hash[2:]

    third = _scanner(env).run()
    assert third.rewound_to == fork_point and third.removed == 2
    assert [type(e) for e in third.events] == [Funded]
    assert third.events[0].note == b"other fork" and third.events[0].quantity == 3
    notes = [e.note for e in stored_events(env.book, chain_id, c.address)
             if isinstance(e, Funded)]
    assert notes == [b"kept", b"other fork"]
    rows = escrow_rows(env.book, chain_id, c.address)
    assert [(r.escrow_id, r.state, r.quantity) for r in rows] == [(E(1), "Funded", 1),
                                                                  (E(2), "Funded", 3)]
    cursor = read_cursor(env.book, chain_id, c.address)
    assert cursor.last_hash == "0x" + env.w3.eth.get_block(cursor.last_block)["hash"].hex()
    assert _scanner(env).run().rewound_to is None


def test_node_killed_mid_sync_keeps_the_last_whole_batch(env):
    c = env.client
    chain_id = env.chain.network.chain_id
    offer, sig = env.signed_offer()
    for i in range(4):
        c.fund(env.buyer, offer, sig, 1, ref=f"k{i}")
    batches = []

    def progress(done, total, text):
        batches.append(done)
        if len(batches) == 8:  # the start, then seven one-block batches
            env.node.stop()

    scanner = _scanner(env, chunk_size=1, max_chunk=1)
    with pytest.raises(NodeDown, match="Cannot reach.*events up to block") as caught:
        scanner.run(progress=progress)
    cursor = read_cursor(env.book, chain_id, c.address)
    assert cursor.last_block == env.client.deploy_block + 6
    assert f"up to block {cursor.last_block} are saved" in str(caught.value)
    stored = stored_events(env.book, chain_id, c.address)
    assert stored and all(e.block_number <= cursor.last_block for e in stored)
    funded_blocks = [e.block_number for e in stored]
    assert funded_blocks == sorted(funded_blocks)


def test_confirmations_on_a_real_node(env):
    offer, sig = env.signed_offer()
    env.client.fund(env.buyer, offer, sig, 1, ref="z")
    result = _scanner(env, confirmations=2).run()
    assert result.events == [] and result.last_block == env.w3.eth.block_number - 2
    _rpc(env, "anvil_mine", "0x2")
    assert [type(e) for e in _scanner(env, confirmations=2).run().events] == [Funded]


def _walk(env, n=6):
    offer, sig = env.signed_offer()
    for i in range(n):
        env.client.fund(env.buyer, offer, sig, 1, note=f"p{i}".encode(), ref=f"p{i}")
    env.client.accept_many(env.seller, [E(i) for i in range(1, n + 1)])


def test_parts_read_at_once_store_what_one_request_stores(env):
    _walk(env)
    whole = _scanner(env, parallel=1).run()
    dump = list(env.book.execute(
        "SELECT block_number, block_hash, tx_hash, log_index, kind, escrow_id, args, note "
        "FROM escrow_events ORDER BY block_number, log_index"))
    env.book.execute("DELETE FROM escrow_events")
    escrow_store.rewind(env.book, env.chain.network.chain_id, env.client.address,
                        env.client.deploy_block - 1, None)
    scanner = _scanner(env, parallel=4)
    asked = []
    real = scanner._logs
    scanner._logs = lambda a, b: asked.append((a, b)) or real(a, b)
    parts = scanner.run()
    assert len(asked) == 4 and asked[0][0] == env.client.deploy_block
    assert all(asked[i][1] + 1 == asked[i + 1][0] for i in range(3))
    assert parts.events == whole.events and parts.added == len(dump) == 12
    assert list(env.book.execute(
        "SELECT block_number, block_hash, tx_hash, log_index, kind, escrow_id, args, note "
        "FROM escrow_events ORDER BY block_number, log_index")) == dump


def test_a_chain_change_while_parts_are_read_reads_the_batch_again(env):
    _walk(env, n=3)
    scanner = _scanner(env, parallel=4)
    real = scanner._block_hash
    calls = []

    def moving(number):
        calls.append(number)
        if len(calls) == 2:  # the hash read after the parts differs from the one before
            return "0x" + "ee" * 32
        return real(number)

    scanner._block_hash = moving
    result = scanner.run()
    assert result.done and result.added == 6
    assert len(calls) > 2  # it checked the chain and read the batch again
    assert _count_rows(env) == 6


def _count_rows(env) -> int:
    return env.book.execute("SELECT count(*) FROM escrow_events").fetchone()[0]
