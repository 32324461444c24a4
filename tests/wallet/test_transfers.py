"""Balances and transfers on a real anvil node, through the journal."""

import pytest
from eth_account import Account

from wallet.networks import network_state
from wallet.refusals import NodeDown, TokensShort, WouldRevert, WrongChain
from wallet.tokens import native_balance, token_balance
from wallet.transfers import balances, plan_transfer, send_transfer

pytestmark = [pytest.mark.anvil, pytest.mark.keyring]


def test_token_info_read_from_chain(chain_env):
    net = chain_env.network
    assert (net.token_symbol, net.token_decimals) == ("TUSD", 6)
    assert network_state(net, chain_env.networks) == "connected"
    held = balances(chain_env.chain, chain_env.address, net.token)
    assert held.native == 10**19 and held.token_amount == 1_000_000_000


def test_journal_refuses_to_hide_in_an_open_transaction(chain_env):
    env = chain_env
    with pytest.raises(RuntimeError, match="own committed transaction"):
        with env.book.atomic():
            env.journal.send(env.chain, env.signer(), "nested", Account.create().address,
                             value=1)
    assert env.journal.entries() == []


def test_node_lost_after_journaling_keeps_the_entry(chain_env, monkeypatch):
    env = chain_env
    w3 = env.chain.w3
    real = type(w3.eth).send_raw_transaction

    def unreachable(self, raw):
        env.node.stop()
        return real(self, raw)

    monkeypatch.setattr(type(w3.eth), "send_raw_transaction", unreachable)
    with pytest.raises(NodeDown, match="saved and will be sent"):
        env.journal.send(env.chain, env.signer(), "late", Account.create().address, value=1)
    (entry,) = env.journal.entries()
    assert entry.status == "pending" and entry.broadcast_count == 0


def test_token_transfer_plan_then_send(chain_env):
    env = chain_env
    w3 = env.chain.w3
    bob = Account.create().address
    amount = 12_500_000  # 12.5 TUSD of 6 decimals
    plan = plan_transfer(env.chain, env.address, bob, amount, token=env.token)
    assert plan.amount == 12_500_000 and plan.recipient == bob
    assert plan.fee.gas > 21000 and plan.fee.max_fee >= plan.fee.likely_fee > 0
    assert plan.fee.max_fee_per_gas > plan.fee.max_priority_fee_per_gas > 0
    signer = env.signer()
    entry = send_transfer(env.journal, env.chain, signer, plan)
    entry = env.journal.wait(env.chain, entry)
    assert entry.status == "mined" and entry.block_number
    assert token_balance(w3, env.token.address, bob) == 12_500_000
    # the same confirmed plan sent again: the same entry, no second transaction
    again = send_transfer(env.journal, env.chain, signer, plan)
    assert again.id == entry.id
    assert w3.eth.get_transaction_count(env.address) == 1


def test_native_transfer(chain_env):
    env = chain_env
    bob = Account.create().address
    plan = plan_transfer(env.chain, env.address, bob, 10**18)
    assert plan.fee.gas == 21000 and plan.amount == 10**18 and plan.token is None
    entry = env.journal.wait(env.chain, send_transfer(env.journal, env.chain,
                                                      env.signer(), plan))
    assert entry.status == "mined"
    assert native_balance(env.chain.w3, bob) == 10**18


def test_revert_reasons_in_words(chain_env):
    env = chain_env
    with pytest.raises(TokensShort, match=r"^Not enough TUSD for this amount\.$") as short:
        plan_transfer(env.chain, env.address, Account.create().address, 10**12,
                      token=env.token)
    assert short.value.have == 10**9  # base units; the app words it as money
    # custom error, named from the ABI (the balance check is skipped by going direct)
    token = env.chain.w3.eth.contract(address=env.token.address, abi=env.token_abi)
    data = token.encode_abi("transfer", args=[Account.create().address, 10**12])
    with pytest.raises(WouldRevert, match=r"InsufficientBalance\(available=1000000000, "
                                          r"required=1000000000000\)"):
        env.journal.send(env.chain, env.signer(), "p1", env.token.address, data=data,
                         abi=env.token_abi)
    data = token.encode_abi("transfer", args=["0x" + "00" * 20, 1])
    with pytest.raises(WouldRevert, match="transfer to the zero address"):
        env.journal.send(env.chain, env.signer(), "p2", env.token.address, data=data)
    assert env.journal.entries() == []


def test_wrong_chain_refused(chain_env):
    env = chain_env
    net = env.networks.add_custom("Mislabelled", env.node.url, 1)
    chain = env.networks.connect(net)
    assert chain.state() == "wrong_chain"
    assert network_state(net, env.networks) == "wrong_chain"
    with pytest.raises(WrongChain, match="chain 31337 but this network expects chain 1"):
        plan_transfer(chain, env.address, Account.create().address, 1)
    with pytest.raises(WrongChain):
        env.journal.send(chain, env.signer(), "x", Account.create().address, value=1)
    assert env.journal.entries() == []


def test_node_down_leaves_journal_unchanged(chain_env):
    env = chain_env
    entry = env.journal.wait(env.chain, env.journal.send(
        env.chain, env.signer(), "first", Account.create().address, value=5))
    before = env.journal.entries()
    env.node.stop()
    assert env.chain.state() == "offline"
    assert network_state(env.network, env.networks) == "offline"
    with pytest.raises(NodeDown, match="Cannot reach the network node at http://127.0.0.1"):
        env.journal.send(env.chain, env.signer(), "second", Account.create().address,
                         value=5)
    with pytest.raises(NodeDown):
        plan_transfer(env.chain, env.address, Account.create().address, 1)
    with pytest.raises(NodeDown):
        env.journal.reconcile(env.chain)
    assert env.journal.entries() == before and before[0].id == entry.id
