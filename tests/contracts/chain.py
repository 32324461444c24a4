"""An in-process EVM with the escrow and test tokens deployed, for contract tests.

Every transaction mines its own block one second after the previous one, so a
test can place the next transaction at an exact timestamp (``at``) and check
deadlines to the second.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from eth_tester import EthereumTester
from eth_tester.exceptions import TransactionFailed
from eth_abi import decode
from eth_utils import abi_to_signature, get_abi_output_types, keccak, to_bytes, to_checksum_address
from web3 import EthereumTesterProvider, Web3
from web3.logs import DISCARD

from wallet.contract_artifacts import load_artifact
from wallet.escrow_abi import STATES
from wallet.escrow_types import (
    Offer,
    Payee,
    Settlement,
    offer_hash,
    sign_offer,
    sign_settlement,
)

GAS = 5_000_000
ROLES = ("deployer", "seller", "buyer", "arbitrator", "supplier", "upline", "other", "buyer2")
TOKENS = {
    "usd": "DemoUSD",
    "nobool": "test/NoBoolToken",
    "fee": "test/FeeToken",
    "callback": "test/CallbackToken",
    "senderfee": "test/SenderFeeToken",
}


class Reverted(AssertionError):
    """A transaction expected to succeed reverted; carries the decoded error name."""


@dataclass
class Party:
    """A funded account with its key."""

    address: str
    key: bytes


def _error_selectors() -> dict[bytes, str]:
    out = {}
    for name in ["Escrow", *TOKENS.values()]:
        for item in load_artifact(name)["abi"]:
            if item["type"] == "error":
                out[keccak(text=abi_to_signature(item))[:4]] = item["name"]
    return out


class Chain:
    """Escrow + tokens on a fresh eth-tester chain, with time and revert helpers."""

    def __init__(self) -> None:
        self.tester = EthereumTester()
        self.w3 = Web3(EthereumTesterProvider(self.tester))
        keys = self.tester.backend.account_keys
        self.parties = {
            role: Party(Web3.to_checksum_address(k.public_key.to_checksum_address()), k.to_bytes())
            for role, k in zip(ROLES, keys, strict=False)
        }
        for role, party in self.parties.items():
            setattr(self, role, party)
        self.chain_id = self.w3.eth.chain_id
        self.errors = _error_selectors()
        self.escrow = self.deploy("Escrow")
        self.tokens = {tag: self.deploy(name) for tag, name in TOKENS.items()}
        self.usd = self.tokens["usd"]

    # -------------------------------------------------------------- transactions

    def deploy(self, name: str, *args):
        """Deploy artifact ``name`` from the deployer; returns the contract."""
        art = load_artifact(name)
        factory = self.w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"])
        tx = factory.constructor(*args).transact({"from": self.deployer.address, "gas": 8_000_000})
        receipt = self.w3.eth.get_transaction_receipt(tx)
        assert receipt.status == 1, name
        return self.w3.eth.contract(address=receipt.contractAddress, abi=art["abi"])

    def send(self, fn, sender: Party | str):
        """Send a contract call from ``sender``; returns the receipt, raises Reverted."""
        address = sender.address if isinstance(sender, Party) else sender
        tx = fn.transact({"from": address, "gas": GAS})
        receipt = self.w3.eth.get_transaction_receipt(tx)
        if receipt.status != 1:
            raise Reverted(f"{fn.fn_name} reverted")
        return receipt

    def revert_reason(self, fn, sender: Party | str) -> str | None:
        """The custom error name ``fn`` would revert with in the next block, or None."""
        address = sender.address if isinstance(sender, Party) else sender
        tx = {"from": address, "to": fn.address, "data": fn._encode_transaction_data(), "gas": GAS}
        try:
            self.tester.call(tx, "pending")
        except TransactionFailed as exc:
            return self._decode(exc.args[0])
        return None

    def _decode(self, message) -> str:
        # eth-tester reports revert data as bytes, or as their repr inside a string.
        if isinstance(message, str):
            text = message.removeprefix("execution reverted: ")
            if not text.startswith(("b'", 'b"')):
                return message
            message = ast.literal_eval(text)
        return self.errors.get(message[:4], message.hex())

    def expect_revert(self, fn, sender: Party | str, error: str) -> None:
        """Assert that ``fn`` from ``sender`` reverts now with custom error ``error``."""
        reason = self.revert_reason(fn, sender)
        assert reason is not None, f"{fn.fn_name} did not revert (expected {error})"
        assert error in reason, f"{fn.fn_name} reverted with {reason}, expected {error}"

    def view(self, fn):
        """Call a view function straight on the tester: web3's layers cost 3x the EVM."""
        data = fn._encode_transaction_data()
        out = self.tester.call({"from": self.deployer.address, "to": fn.address, "data": data})
        values = decode(get_abi_output_types(fn.abi), to_bytes(hexstr=out))
        return values[0] if len(values) == 1 else values

    def events(self, receipt, name: str) -> list:
        """Decoded escrow events ``name`` in a receipt."""
        return list(getattr(self.escrow.events, name)().process_receipt(receipt, errors=DISCARD))

    # -------------------------------------------------------------- time

    def now(self) -> int:
        """Timestamp the next transaction will run at."""
        return self.tester.get_block_by_number("pending")["timestamp"]

    def at(self, timestamp: int) -> None:
        """Make the next transaction run exactly at ``timestamp`` (never backwards)."""
        pending = self.now()
        assert timestamp >= pending, "cannot go back in time"
        if timestamp > pending:
            # eth-tester mines a block just before the target, leaving it pending.
            self.tester.time_travel(timestamp)
        assert self.now() == timestamp

    # -------------------------------------------------------------- escrow steps

    def balance(self, who, token: str = "usd") -> int:
        """Token balance of a Party, an address or a contract."""
        address = getattr(who, "address", who)
        return self.view(self.tokens[token].functions.balanceOf(address))

    def mint(self, who: Party, amount: int, token: str = "usd") -> None:
        """Mint ``amount`` to ``who`` and approve the escrow for everything."""
        t = self.tokens[token]
        self.send(t.functions.mint(who.address, amount), self.deployer)
        self.send(t.functions.approve(self.escrow.address, 2**256 - 1), who)

    def offer(self, tag: str = "usd", **kw) -> Offer:
        """A default offer by the seller: price 100.000000, supplier + upline payees."""
        defaults = dict(
            seller=self.seller.address,
            token=self.tokens[tag].address,
            price=100_000_000,
            max_quantity=10,
            expiry=self.now() + 30 * 86400,
            arbitrator=self.arbitrator.address,
            arbitrator_fee=5_000_000,
            payees=(Payee(self.supplier.address, 60_000_000), Payee(self.upline.address, 8_000_000)),
        )
        defaults.update(kw)
        return Offer(**defaults)

    def sign(self, offer: Offer, signer: Party | None = None) -> bytes:
        """Offer signature for this chain and escrow (by the seller unless told)."""
        key = (signer or self.seller).key
        return sign_offer(offer, key, self.chain_id, self.escrow.address)

    def offer_id(self, offer: Offer) -> bytes:
        """The offer's hash as the contract keys it."""
        return offer_hash(offer, self.chain_id, self.escrow.address)

    def fund(self, offer: Offer, quantity: int = 1, buyer: Party | None = None, signer: Party | None = None) -> int:
        """Fund an escrow; returns its id."""
        buyer = buyer or self.buyer
        fn = self.escrow.functions.fund(offer.as_abi(), self.sign(offer, signer), quantity, b"")
        receipt = self.send(fn, buyer)
        return self.events(receipt, "Funded")[0]["args"]["id"]

    def settle_sigs(self, escrow_id: int, buyer_amount: int, seller_amount: int, nonce: int = 0,
                    buyer: Party | None = None):
        """Buyer and seller signatures of a settlement."""
        s = Settlement(escrow_id, buyer_amount, seller_amount, nonce)
        args = (self.chain_id, self.escrow.address)
        buyer_key = (buyer or self.buyer).key
        return sign_settlement(s, buyer_key, *args), sign_settlement(s, self.seller.key, *args)

    def get(self, escrow_id: int) -> dict:
        """getEscrow as a dict, with the state as its name."""
        fn = self.escrow.functions.getEscrow(escrow_id)
        names = [c["name"] for c in fn.abi["outputs"][0]["components"]]
        view = dict(zip(names, self.view(fn), strict=True))
        view["state"] = STATES[view["state"]]
        for key in ("buyer", "seller", "token", "arbitrator"):
            view[key] = to_checksum_address(view[key])
        return view

    def credit(self, who, token: str = "usd") -> int:
        """Payouts of ``token`` the escrow credited to ``who`` (the token refused them)."""
        address = getattr(who, "address", who)
        return self.view(self.escrow.functions.credit(self.tokens[token].address, address))

    def credited(self, token: str = "usd", *extra) -> int:
        """Outstanding credits of ``token``: every party's, and those of ``extra`` addresses."""
        return sum(self.credit(who, token) for who in [*self.parties.values(), *extra])

    def conserved(self, token: str = "usd", *extra) -> int:
        """Assert the funds-conserved invariant for ``token`` and return what the contract
        holds: what the open escrows owe plus the credits not yet withdrawn."""
        held = self.balance(self.escrow.address, token)
        owed, credited = self.owed(token), self.credited(token, *extra)
        assert held == owed + credited, (held, owed, credited)
        return held

    def owed(self, token: str = "usd") -> int:
        """What the open escrows in ``token`` owe, summed from getEscrow."""
        address = self.tokens[token].address
        return sum(v["held"] for v in map(self.get, self.escrow_ids()) if v["token"] == address)

    def escrow_ids(self) -> list[int]:
        """Every escrow ever funded, offer by offer (an id is offer index << 32 | n)."""
        f = self.escrow.functions
        return [self.view(f.escrowId(index, n))
                for index in range(1, self.view(f.offerCount()) + 1)
                for n in range(1, self.view(f.offers(index))[1] + 1)]
