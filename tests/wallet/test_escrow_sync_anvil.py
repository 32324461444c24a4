"""The escrow scanner on a real anvil node: a reorganisation, and a node killed mid-sync."""

import pytest

from wallet import escrow_store
from wallet.escrow_store import escrow_rows, read_cursor
from wallet.escrow_sync import Accepted, EscrowSync, Funded, stored_events
from wallet.refusals import NodeDown
from tests.wallet.test_escrow_client_fixtures import anvil_escrow  # noqa: F401

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
    c.accept(env.seller, 1)
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
    assert [(r.escrow_id, r.state, r.quantity) for r in rows] == [(1, "Funded", 1),
                                                                  (2, "Funded", 3)]
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
