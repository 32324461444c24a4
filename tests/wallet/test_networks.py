"""Networks: defaults, custom RPC with its key in the keyring, the sandbox chain."""

import pytest
from eth_account import Account

from wallet.networks import (
    LOCAL_NODE,
    SANDBOX,
    Networks,
    network_state,
    redact_url,
)
from wallet.refusals import BadNetworkSettings
from wallet.tokens import token_balance, token_info
from wallet.transfers import plan_transfer, send_transfer

KEY = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"


def test_redact_url():
    assert redact_url("http://127.0.0.1:8545") == "http://127.0.0.1:8545"
    assert redact_url(f"https://mainnet.infura.io/v3/{KEY}") == \
        "https://mainnet.infura.io/v3/***"
    assert redact_url("https://user:pw@node.example/rpc?apikey=zzz") == \
        "https://***@node.example/rpc?apikey=***"


def test_defaults(book):
    """The book's migrations put the built-in networks in; reading them writes nothing."""
    networks = Networks(book)
    changed = book.conn.total_changes
    names = [n.name for n in networks.list()]
    assert names == [SANDBOX, LOCAL_NODE]
    sandbox = networks.get(SANDBOX)
    assert sandbox.is_sandbox and "not real money" in sandbox.notice
    local = networks.get(LOCAL_NODE)
    assert local.rpc_url_redacted == "http://127.0.0.1:8545" and local.chain_id is None
    assert book.conn.total_changes == changed
    with pytest.raises(BadNetworkSettings):
        networks.remove(SANDBOX)


@pytest.mark.keyring
@pytest.mark.anvil
def test_custom_rpc_url_with_key_lives_in_keyring(book, vault, anvil_node):
    networks = Networks(book, vault)
    url = f"{anvil_node.url}/?apikey={KEY}"
    net = networks.add_custom("Hosted", url, 31337)
    assert net.rpc_url_in_keyring and KEY not in net.rpc_url_redacted
    row = book.execute("SELECT * FROM wallet_networks").fetchall()
    assert KEY not in repr(row)
    assert vault.rpc_url("Hosted") == url
    assert networks.rpc_url(net) == url
    assert network_state(net, networks) == "connected"
    gone = networks.add_custom("Wrong path", f"{anvil_node.url}/v3/{KEY}", 31337)
    assert network_state(gone, networks) == "offline"
    plain = networks.add_custom("Plain", anvil_node.url, 31337)
    assert not plain.rpc_url_in_keyring
    assert network_state(plain, networks) == "connected"
    assert network_state(plain) == "connected" and networks.state("Plain") == "connected"
    networks.remove("Hosted")
    assert vault.rpc_url("Hosted") is None
    with pytest.raises(BadNetworkSettings, match="unique"):
        networks.add_custom("Plain", anvil_node.url, 31337)
    with pytest.raises(BadNetworkSettings, match="http"):
        networks.add_custom("Bad", "ftp://x", 31337)


@pytest.mark.keyring
def test_sandbox_chain_deploy_and_send(book, accounts, test_token_artifact):
    from wallet.journal import Journal

    networks = Networks(book, accounts.vault)
    changed = book.conn.total_changes
    chain = networks.connect(SANDBOX)
    assert chain.state() == "connected"
    assert network_state(networks.get(SANDBOX), networks) == "connected"
    sandbox = networks.sandbox
    # Connecting is a read: the chain's id is used, not written into the book.
    assert chain.network.chain_id == sandbox.chain_id and networks.get(SANDBOX).chain_id is None
    assert book.conn.total_changes == changed
    me = accounts.create("Demo", "pw").account.address
    sandbox.fund(me, 10**18)
    token_address = sandbox.deploy_artifact(test_token_artifact)
    token = sandbox.w3.eth.contract(address=token_address, abi=test_token_artifact["abi"])
    token.functions.mint(me, 5_000_000).transact({"from": sandbox.funded_accounts[0]})
    networks.set_contracts(SANDBOX, token_address=token_address)
    net = networks.refresh_token(SANDBOX, chain)
    assert net.token.symbol == "TUSD"
    bob = Account.create().address
    plan = plan_transfer(chain, me, bob, 2_000_000, token=token_info(chain.w3, token_address))
    journal = Journal(book)
    entry = journal.wait(chain, send_transfer(journal, chain, accounts.unlock(me, "pw"), plan))
    assert entry.status == "mined"
    assert token_balance(chain.w3, token_address, bob) == 2_000_000
