"""Shared set-up for the escrow client and sync tests: a chain, parties, a token, a client.

The same EscrowEnv runs on the in-process EVM (fast) and on a real anvil node.
Everything, even the token's deployment and minting, goes through the journal.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest
from eth_account import Account

from wallet.contract_artifacts import load_artifact
from wallet.escrow_client import EscrowClient
from wallet.escrow_types import Offer, Payee
from wallet.journal import Journal
from wallet.networks import Chain, Network, Sandbox, make_web3
from wallet.signer import UnlockedSigner

ROLES = ("deployer", "seller", "buyer", "arbitrator", "supplier", "upline", "other")
PRICE = 100_000_000  # 100 dUSD (6 decimals)


def E(n: int, offer: int = 1) -> int:
    """The id of the n-th escrow funded against the offer stored as ``offer``."""
    return offer << 32 | n


def signer_for(key) -> UnlockedSigner:
    return UnlockedSigner(Account.from_key(key), idle_lock_seconds=10**9)


@dataclass
class EscrowEnv:
    """An escrow contract and DemoUSD on one chain, with funded parties."""

    chain: Chain
    book: object
    journal: Journal
    parties: dict
    sandbox: Sandbox | None = None
    node: object = None
    client: EscrowClient | None = None
    token: object = None
    extra: dict = field(default_factory=dict)

    def __getattr__(self, name):
        parties = self.__dict__.get("parties", {})
        if name in parties:
            return parties[name]
        raise AttributeError(name)

    @property
    def w3(self):
        return self.chain.w3

    def now(self) -> int:
        return int(self.w3.eth.get_block("latest")["timestamp"])

    def advance(self, seconds: int) -> None:
        """Let time pass: the next block is at least ``seconds`` later."""
        if self.sandbox is not None:
            self.sandbox.tester.time_travel(self.now() + seconds)
        else:
            self.w3.provider.make_request("evm_increaseTime", [seconds])
            self.w3.provider.make_request("evm_mine", [])

    def send_token(self, fn_name: str, *args, signer=None):
        data = self.token.encode_abi(fn_name, args=list(args))
        signer = signer or self.deployer
        entry = self.journal.send(self.chain, signer, f"test:{fn_name}:{uuid.uuid4()}",
                                  self.token.address, data=data)
        entry = self.journal.wait(self.chain, entry, timeout=30)
        assert entry.status == "mined"

    def balance(self, who) -> int:
        address = getattr(who, "address", who)
        return int(self.token.functions.balanceOf(address).call())

    def offer(self, **kw) -> Offer:
        defaults = dict(
            seller=self.seller.address, token=self.token.address, price=PRICE,
            max_quantity=10, expiry=self.now() + 30 * 86400,
            arbitrator=self.arbitrator.address, arbitrator_fee=5_000_000,
            payees=(Payee(self.supplier.address, 60_000_000),
                    Payee(self.upline.address, 8_000_000)))
        defaults.update(kw)
        return Offer(**defaults)

    def signed_offer(self, **kw):
        offer = self.offer(**kw)
        return offer, self.client.sign_offer(self.seller, offer)


def _set_up(env: EscrowEnv) -> EscrowEnv:
    env.client = EscrowClient.deploy(env.chain, env.journal, env.deployer, timeout=30)
    art = load_artifact("DemoUSD")
    entry = env.journal.send(env.chain, env.deployer, "test:deploy-token", None,
                             data=art["bytecode"])
    entry = env.journal.wait(env.chain, entry, timeout=30)
    address = env.w3.eth.get_transaction_receipt(entry.tx_hash)["contractAddress"]
    env.token = env.w3.eth.contract(address=address, abi=art["abi"])
    for role in ("buyer", "seller"):
        env.send_token("mint", env.parties[role].address, 10_000_000_000)
    return env


def sandbox_env(book) -> EscrowEnv:
    sandbox = Sandbox()
    keys = sandbox.tester.backend.account_keys
    parties = {role: signer_for(k.to_bytes()) for role, k in zip(ROLES, keys)}
    net = Network(0, "Sandbox", "sandbox", None, sandbox.chain_id, None, None, None, None)
    chain = Chain(net, sandbox.w3, "the sandbox")
    return _set_up(EscrowEnv(chain, book, Journal(book), parties, sandbox=sandbox))


def anvil_env(book, node) -> EscrowEnv:
    parties = {role: signer_for(a.key) for role, a in zip(ROLES, node.accounts)}
    net = Network(0, "Anvil", "custom", node.url, node.chain_id, None, None, None, None)
    chain = Chain(net, make_web3(node.url), node.url)
    return _set_up(EscrowEnv(chain, book, Journal(book), parties, node=node))


@pytest.fixture
def sandbox_escrow(book) -> EscrowEnv:
    """Escrow + DemoUSD on the in-process EVM; buyer and seller hold 10,000 dUSD."""
    return sandbox_env(book)


@pytest.fixture
def anvil_escrow(book, anvil_node) -> EscrowEnv:
    """Escrow + DemoUSD on a real anvil node; buyer and seller hold 10,000 dUSD."""
    return anvil_env(book, anvil_node)
