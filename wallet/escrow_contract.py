"""The escrow contract as read and signed for: escrow views, credits, offers, permits.

EscrowContract reads what the contract reports (an escrow, a credit, an offer's
index or revocation) and makes the EIP-712 signatures bound to its chain and

address: offers, settlements, and the EIP-2612 permits that let it take the
price. Nothing here sends a transaction; EscrowClient (escrow_client) builds
the journaled actions on top, so reading and signing stay apart from sending.
"""

from __future__ import annotations

from dataclasses import dataclass


from wallet.contract_artifacts import load_artifact
from wallet.errors import WalletError
from wallet.escrow_abi import STATES, escrow_event_topic, offer_fields, output_names
from wallet.escrow_types import (
    Offer,
    Settlement,
    offer_hash,
    offer_typed_data,
    permit_typed_data,
    settlement_typed_data,
)
from wallet.networks import Chain, is_connection_error
from wallet.refusals import NodeDown
from wallet.signer import Signer

# The contract keeps no record of a closed escrow (STATES' "Closed"): how it closed
# (completed, refunded, split) is in its events, which the sync folds into the book.
OPEN_STATES = frozenset({"Funded", "Accepted", "Shipped", "Disputed"})
PERMIT_LIFETIME = 3600


@dataclass(frozen=True)
class EscrowView:
    """One escrow as the contract reports it; amounts in token base units, times UTC seconds.

    ``deadline`` is the current one: accept (Funded), ship (Accepted), confirm
    (Shipped) or arbitration (Disputed). ``price`` and ``bond`` are totals.
    """

    id: int
    offer_hash: bytes
    buyer: str
    seller: str
    token: str
    arbitrator: str
    state: str
    quantity: int
    deadline: int
    settlement_nonce: int
    price: int
    bond: int
    arbitrator_fee: int
    held: int

    @property
    def is_open(self) -> bool:
        """True while the contract still holds money for it."""
        return self.state in OPEN_STATES


def _token_abi() -> list:
    keep = {"allowance", "approve", "nonces", "name", "eip712Domain", "permit", "balanceOf"}
    return [i for i in load_artifact("DemoUSD")["abi"]
            if i.get("name") in keep or i["type"] == "error"]


class EscrowContract:
    """The escrow contract at ``address`` on ``chain``, read and signed for; sends nothing."""

    def __init__(self, chain: Chain, address: str):
        from web3 import Web3

        self.chain = chain
        self.address = Web3.to_checksum_address(address)
        self.abi = load_artifact("Escrow")["abi"]
        self.contract = chain.w3.eth.contract(address=self.address, abi=self.abi)
        self.token_abi = _token_abi()
        self._chain_id: int | None = None

    # -- reading ---------------------------------------------------------------
    @property
    def chain_id(self) -> int:
        """The chain id, asked of the node once."""
        if self._chain_id is None:
            self._chain_id = self.chain.require_ready()
        return self._chain_id

    def _read(self, fn):
        try:
            return fn.call()
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(self.chain.where, type(exc).__name__) from exc
            raise

    def read(self, escrow_id: int) -> EscrowView:
        """The escrow ``escrow_id`` (state "None" for an id never funded)."""
        v = dict(zip(output_names("getEscrow"), self._read(
            self.contract.functions.getEscrow(escrow_id)), strict=True))
        return EscrowView(
            id=escrow_id, offer_hash=bytes(v["offerHash"]), buyer=v["buyer"],
            seller=v["seller"], token=v["token"], arbitrator=v["arbitrator"],
            state=STATES[v["state"]], quantity=int(v["quantity"]), deadline=int(v["deadline"]),
            settlement_nonce=int(v["settlementNonce"]), price=int(v["price"]),
            bond=int(v["bond"]), arbitrator_fee=int(v["arbitratorFee"]), held=int(v["held"]))

    def credit_of(self, token: str, address: str) -> int:
        """Payouts in ``token`` the contract keeps for ``address`` because the token
        refused to deliver them (a blacklisted address, say); see EscrowClient.withdraw."""
        from web3 import Web3

        return int(self._read(self.contract.functions.credit(
            Web3.to_checksum_address(token), Web3.to_checksum_address(address))))

    def offer_parties(self, offer_hash: bytes) -> tuple[str, ...]:
        """The accounts an offer stored on chain pays or names: its seller, its arbitrator and
        its payees (empty for an offer never funded)."""
        terms, payees = self._read(self.contract.functions.getTerms(bytes(offer_hash)))
        seller, arbitrator = terms[0], terms[4]
        return tuple(a for a in (seller, arbitrator, *(p[0] for p in payees))
                     if int(a, 16) != 0)

    def funded_offer(self, offer_hash: bytes, escrow_id: int,
                     tx_hash: bytes | str | None = None) -> Offer | None:
        """The whole signed offer behind an escrow, as the buyer sent it on the offer's first
        funding (the contract keeps its terms but not its salt); `tx_hash` is the escrow's
        own funding when it is that first one. None when the first funding did not call
        this contract with the offer (a call through another contract, say) or what it sent
        does not hash to `offer_hash`."""
        first = (escrow_id >> 32) << 32 | 1
        try:
            if tx_hash is None or escrow_id != first:
                tx_hash = self._funding_tx(first)
                if tx_hash is None:
                    return None
            tx = self.chain.w3.eth.get_transaction(tx_hash)
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(self.chain.where, type(exc).__name__) from exc
            return None
        offer = self._decoded_offer(tx)
        if offer is None or self.offer_hash(offer) != bytes(offer_hash):
            return None
        return offer

    def sealed_shipment(self, escrow_id: int, tx_hash: bytes | str,
                        expected_hash: bytes | str) -> bytes | None:
        """The sealed carrier and tracking number that the markShipped (or markShippedMany)
        transaction `tx_hash` carried for `escrow_id`, checked against the hash its Shipped
        event reported; None when the transaction carries none for it or the bytes do not
        hash to `expected_hash` (tampered or garbled)."""
        from eth_utils import keccak, to_bytes
        from web3 import Web3

        try:
            tx = self.chain.w3.eth.get_transaction(tx_hash)
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(self.chain.where, type(exc).__name__) from exc
            return None
        to = tx.get("to")
        if not to or Web3.to_checksum_address(to) != self.address:
            return None
        try:
            fn, args = self.contract.decode_function_input(tx["input"])
        except Exception:  # another function, or input that is not ABI-encoded
            return None
        if fn.fn_name == "markShipped" and int(args["id"]) == escrow_id:
            sealed = bytes(args["tracking"])
        elif fn.fn_name == "markShippedMany" and escrow_id in [int(i) for i in args["ids"]]:
            sealed = bytes(args["trackings"][[int(i) for i in args["ids"]].index(escrow_id)])
        else:
            return None
        if isinstance(expected_hash, str):
            expected_hash = to_bytes(hexstr=expected_hash)
        return sealed if keccak(sealed) == bytes(expected_hash) else None

    def _funding_tx(self, escrow_id: int):
        """The transaction whose Funded event opened `escrow_id`, or None."""
        logs = self.chain.w3.eth.get_logs({
            "address": self.address, "fromBlock": 0, "toBlock": "latest",
            "topics": [escrow_event_topic("Funded"), "0x" + escrow_id.to_bytes(32, "big").hex()]})
        return logs[0]["transactionHash"] if logs else None

    def _decoded_offer(self, tx) -> Offer | None:
        """The offer a fund or fundWithPermit call to this contract carries, else None."""
        from web3 import Web3

        to = tx.get("to")
        if not to or Web3.to_checksum_address(to) != self.address:
            return None
        try:
            fn, args = self.contract.decode_function_input(tx["input"])
        except Exception:  # another function, or input that is not ABI-encoded
            return None
        if fn.fn_name not in ("fund", "fundWithPermit"):
            return None
        raw = args["o"]
        values = dict(raw) if isinstance(raw, dict) else dict(
            zip((name for name, _type in offer_fields()), raw, strict=True))
        try:
            return Offer.from_json({**values, "payees": list(values["payees"]),
                                    "payeeAmounts": list(values["payeeAmounts"])})
        except Exception:  # payees and amounts of different lengths: not a valid offer
            return None

    def offer_hash(self, offer: Offer) -> bytes:
        """The offer's id in this contract (its EIP-712 digest)."""
        return offer_hash(offer, self.chain_id, self.address)

    def offer_index(self, offer: Offer) -> int:
        """The offer's index in this contract, 0 until it is first funded (and from a
        deployment older than offer indexes, which is funded with the whole offer)."""
        try:
            return int(self._read(self.contract.functions.offerIndex(self.offer_hash(offer))))
        except NodeDown:
            raise
        except Exception:
            return 0

    def is_revoked(self, offer: Offer) -> bool:
        """True once the seller has revoked the offer."""
        from web3 import Web3

        return bool(self._read(self.contract.functions.revoked(
            Web3.to_checksum_address(offer.seller), self.offer_hash(offer))))

    # -- signing ---------------------------------------------------------------
    def sign_offer(self, signer: Signer, offer: Offer) -> bytes:
        """The seller's EIP-712 signature of ``offer`` for this chain and contract."""
        from eth_utils import to_bytes

        if signer.address.lower() != offer.seller.lower():
            raise WalletError("Only the offer's seller can sign it.")
        problems = offer.problems(self.address)
        if problems:
            raise WalletError("The offer cannot be signed: {problems}.",
                              problems="; ".join(problems))
        typed = offer_typed_data(offer, self.chain_id, self.address)
        return to_bytes(hexstr=signer.sign_typed_data(typed))

    def sign_settlement(self, signer: Signer, settlement: Settlement) -> bytes:
        """One party's EIP-712 signature of a settlement for this chain and contract."""
        from eth_utils import to_bytes

        typed = settlement_typed_data(settlement, self.chain_id, self.address)
        return to_bytes(hexstr=signer.sign_typed_data(typed))

    def _sign_permit(self, signer: Signer, token: str, value: int,
                     deadline: int | None) -> tuple:
        """The EIP-2612 permit (deadline, v, r, s) letting this contract take ``value``
        of ``token`` from the signer; the deadline defaults to PERMIT_LIFETIME from now."""
        from eth_utils import to_bytes
        from web3 import Web3

        erc20 = self.chain.w3.eth.contract(address=Web3.to_checksum_address(token),
                                           abi=self.token_abi)
        owner = Web3.to_checksum_address(signer.address)
        try:
            domain = self._read(erc20.functions.eip712Domain())
            name, version = domain[1], domain[2]
        except NodeDown:
            raise
        except Exception:
            name, version = self._read(erc20.functions.name()), "1"
        nonce = int(self._read(erc20.functions.nonces(owner)))
        if deadline is None:
            deadline = int(self.chain.w3.eth.get_block("latest")["timestamp"]) + PERMIT_LIFETIME
        typed = permit_typed_data(erc20.address, name, version, self.chain_id, {
            "owner": owner, "spender": self.address, "value": value, "nonce": nonce,
            "deadline": deadline})
        sig = to_bytes(hexstr=signer.sign_typed_data(typed))
        return (deadline, sig[64], sig[:32], sig[32:64])
