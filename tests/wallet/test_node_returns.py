"""A node that stops answering and comes back: refusals while it is away, normal work after."""

import os
import signal

import pytest

from wallet.refusals import NodeDown
from wallet.transfers import plan_transfer, send_transfer

RECIPIENT = "0x" + "22" * 20


@pytest.fixture
def paused(chain_env):
    """Freeze the node's process (it keeps its chain) and thaw it at the end whatever happens."""
    pid = chain_env.node.process.pid

    def pause():
        os.killpg(pid, signal.SIGSTOP)

    def resume():
        os.killpg(pid, signal.SIGCONT)

    yield pause, resume
    resume()


def test_node_away_then_back(chain_env, paused):
    pause, resume = paused
    env = chain_env
    networks = env.networks
    first = send_transfer(env.journal, env.chain, env.signer(),
                          plan_transfer(env.chain, env.address, RECIPIENT, 1_000, env.token))
    env.journal.wait(env.chain, first, timeout=30)
    entries_before = env.journal.entries()

    pause()
    assert networks.state("Anvil", timeout=1.0) == "offline"
    slow_chain = networks.connect("Anvil", timeout=1.0)
    with pytest.raises(NodeDown) as refused:
        plan_transfer(slow_chain, env.address, RECIPIENT, 1_000, env.token)
    assert str(refused.value)
    assert env.journal.entries() == entries_before, "nothing is journaled while the node is away"

    resume()
    assert networks.state("Anvil") == "connected"
    env.journal.reconcile(env.chain)
    second = send_transfer(env.journal, env.chain, env.signer(),
                           plan_transfer(env.chain, env.address, RECIPIENT, 2_000, env.token))
    env.journal.wait(env.chain, second, timeout=30)
    assert env.journal.get(second.id).status == "mined"
    assert second.nonce == first.nonce + 1
