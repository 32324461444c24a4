"""The escrow scanner on a real anvil node, writing through the app's sink into the orders:
a reorganisation, a node killed mid-sync, parts read at once, block times."""

import pytest

from desktop.services.orders import OrderSink
from shop.orders.store import list_orders
import shop.schema
import shop.storefront.schema
from shop.orders.schema import migrations as orders_migrations
from wallet.escrow_events import Accepted, Funded
from wallet.escrow_sync import EscrowSync
from wallet.refusals import NodeDown
from tests.wallet.test_escrow_client_fixtures import E, anvil_escrow  # noqa: F401

pytestmark = [pytest.mark.anvil]


@pytest.fixture
def env(anvil_escrow):
    shop.schema.migrations.apply(anvil_escrow.book)
    shop.storefront.schema.migrations.apply(anvil_escrow.book)
    orders_migrations.apply(anvil_escrow.book)
    return anvil_escrow


def _sink(env):
    return OrderSink(env.book, env.chain.network.chain_id, env.client.address)


def _scanner(env, **kw):
    return EscrowSync(_sink(env), env.chain, env.client.address,
                      start_block=env.client.deploy_block, **kw)


def _funded(env) -> list[tuple[int, bytes]]:
    """(block, note) of every Funded event in the orders' histories, in chain order."""
    return [(b, bytes(n)) for b, n in env.book.execute(
        "SELECT block_number, note FROM order_events WHERE kind = 'Funded' "
        "ORDER BY block_number, log_index")]


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

    sink = _sink(env)
    third = EscrowSync(sink, env.chain, c.address, start_block=c.deploy_block).run()
    assert third.rewound_to == fork_point and third.removed == 2
    assert [type(e) for e in third.events] == [Funded]
    assert third.events[0].note == b"other fork" and third.events[0].quantity == 3
    assert [note for _, note in _funded(env)] == [b"kept", b"other fork"]
    orders = sorted(list_orders(env.book, chain_id, c.address), key=lambda o: o.escrow_id)
    assert [(o.escrow_id, o.state, o.quantity) for o in orders] == [(E(1), "Funded", 1),
                                                                    (E(2), "Funded", 3)]
    assert {o.id for o in orders} <= sink.changed  # E(1) went back to Funded, E(2) is new
    last_block, last_hash = sink.cursor()
    assert last_hash == "0x" + env.w3.eth.get_block(last_block)["hash"].hex()
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
    last_block, _ = _sink(env).cursor()
    assert last_block == env.client.deploy_block + 6
    assert f"up to block {last_block} are saved" in str(caught.value)
    stored = _funded(env)
    assert stored and all(block <= last_block for block, _ in stored)
    assert len(list_orders(env.book, chain_id, c.address)) == len(stored)


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


HISTORY = ("SELECT block_number, block_hash, tx_hash, log_index, kind, escrow_id, at, args, "
           "e.note FROM order_events e JOIN orders o ON o.id = e.order_id "
           "ORDER BY block_number, log_index")


def test_parts_read_at_once_store_what_one_request_stores(env):
    _walk(env)
    whole = _scanner(env, parallel=1).run()
    dump = list(env.book.execute(HISTORY))
    _sink(env).rewind(env.client.deploy_block - 1, None)
    assert list(env.book.execute(HISTORY)) == []
    scanner = _scanner(env, parallel=4)
    asked = []
    real = scanner._logs
    scanner._logs = lambda a, b: asked.append((a, b)) or real(a, b)
    parts = scanner.run()
    assert len(asked) == 4 and asked[0][0] == env.client.deploy_block
    assert all(asked[i][1] + 1 == asked[i + 1][0] for i in range(3))
    assert parts.events == whole.events and parts.added == len(dump) == 12
    assert list(env.book.execute(HISTORY)) == dump


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
    return env.book.execute("SELECT count(*) FROM order_events").fetchone()[0]


def test_block_times_come_with_the_logs_or_are_asked_by_block_hash(env):
    """anvil gives each log its blockTimestamp, so no header is asked; a node that does not
    is asked for the header of each block with events, by hash, in parallel."""
    _walk(env, n=3)
    scanner = _scanner(env, parallel=2)
    asked = []
    real_time = scanner._block_time
    scanner._block_time = lambda block_hash: asked.append(block_hash) or real_time(block_hash)
    given = scanner.run()
    assert asked == [] and given.added == 6
    assert [e.at for e in given.events] == [
        env.w3.eth.get_block(e.block_number)["timestamp"] for e in given.events]

    _sink(env).rewind(env.client.deploy_block - 1, None)
    scanner = _scanner(env, parallel=2)
    real_logs = scanner._logs
    scanner._logs = lambda a, b: [{k: v for k, v in lg.items() if k != "blockTimestamp"}
                                  for lg in real_logs(a, b)]
    scanner._block_time = lambda block_hash: asked.append(block_hash) or real_time(block_hash)
    without = scanner.run()
    assert without.events == given.events
    assert sorted(asked) == sorted({e.block_hash for e in given.events})
