"""Journaled actions on the escrow contract: deploy, fund, accept, ship, settle, withdraw.

EscrowClient adds them to EscrowContract (escrow_contract), which reads the
contract and makes the signatures bound to it. Each state change is sent
through the Journal under a purpose key such as
``escrow:{chain_id}:{contract}:{escrow_id}:accept``, so asking twice sends
once. Before anything is signed the call is simulated; a call that would fail
raises WouldRevert with the contract's reason in words. Token approvals (the
price for fund, the bond for accept) are sent first when the allowance is short.
"""

from __future__ import annotations

import ast
import hashlib
import uuid
from dataclasses import dataclass

from wallet.contract_artifacts import load_artifact
from wallet.errors import WalletError
from wallet.escrow_abi import escrow_event_topic
from wallet.escrow_contract import EscrowContract
from wallet.escrow_types import Offer, Settlement
from wallet.fees import estimate_fees, gas_with_margin
from wallet.journal import Entry, Journal
from wallet.networks import Chain, is_connection_error
from wallet.refusals import NodeDown, WouldRevert
from wallet.revert import (
    decode_revert,
    error_name,
    revert_data_from_exception,
    revert_error_name,
    revert_reason,
)
from wallet.signer import Signer


class EscrowTxFailed(WalletError):
    """A journaled escrow transaction was mined but failed, or was not mined in time."""

    def __init__(self, entry: Entry):
        self.entry = entry
        super().__init__("The escrow transaction {tx_hash} ended as {status}.",
                         tx_hash=entry.tx_hash, status=entry.status)


@dataclass(frozen=True)
class Funding:
    """A funded escrow: its id, the fund transaction and the approval sent first (if any)."""

    escrow_id: int
    entry: Entry
    approval: Entry | None = None


def tracking_hash(sealed: bytes) -> bytes:
    """What the Shipped event reports of a sealed shipment: keccak256 of its bytes."""
    from eth_utils import keccak

    return keccak(bytes(sealed))


def order_label(escrow_id: int) -> str:
    """An escrow id as people read it in the journal, "3-12": the contract makes ids as its
    offer's index << 32 | the escrow's number in that offer."""
    return f"{escrow_id >> 32}-{escrow_id & 0xFFFFFFFF}"


def _revert_data(exc: BaseException) -> bytes | None:
    """Revert bytes from a web3 error (a node) or an eth-tester failure (the sandbox)."""
    from eth_utils import to_bytes

    data = revert_data_from_exception(exc)
    if data is not None:
        return to_bytes(hexstr=data)
    arg = exc.args[0] if exc.args else None
    if isinstance(arg, (bytes, bytearray)):
        return bytes(arg)
    if isinstance(arg, str):
        text = arg.removeprefix("execution reverted: ")
        if text.startswith(("b'", 'b"')):
            try:
                return bytes(ast.literal_eval(text))
            except (ValueError, SyntaxError):
                return None
    return None


class EscrowClient(EscrowContract):
    """The escrow contract at ``address`` on ``chain``, sending through ``journal``.

    wait=True makes each action wait until mined (EscrowTxFailed if it failed);
    wait=False returns the pending journal entry.
    """

    def __init__(self, chain: Chain, journal: Journal, address: str, wait: bool = True,
                 timeout: float = 120, deploy_block: int | None = None):
        super().__init__(chain, address)
        self.journal = journal
        self.wait = wait
        self.timeout = timeout
        self.deploy_block = deploy_block
        self._errors_abi = self.abi + [i for i in self.token_abi if i["type"] == "error"]

    # -- deployment -------------------------------------------------------------
    @classmethod
    def deploy(cls, chain: Chain, journal: Journal, signer: Signer,
               purpose: str | None = None, **kw) -> EscrowClient:
        """Deploy a new escrow contract (sandbox, tests) through the journal; waits for it."""
        chain_id = chain.require_ready()
        art = load_artifact("Escrow")
        purpose = purpose or f"escrow-deploy:{chain_id}:{uuid.uuid4()}"
        entry = journal.send(chain, signer, purpose, None, data=art["bytecode"],
                             description="Deploy the escrow contract", abi=art["abi"])
        entry = journal.wait(chain, entry, timeout=kw.get("timeout", 120))
        if entry.status != "mined":
            raise EscrowTxFailed(entry)
        receipt = chain.w3.eth.get_transaction_receipt(entry.tx_hash)
        return cls(chain, journal, receipt["contractAddress"],
                   deploy_block=int(receipt["blockNumber"]), **kw)

    # -- plumbing --------------------------------------------------------------
    def purpose(self, escrow_id: int | str, action: str) -> str:
        """The journal purpose key of one action on one escrow."""
        return f"escrow:{self.chain_id}:{self.address}:{escrow_id}:{action}"

    def _simulate(self, sender: str, to: str, data: str, abi: list) -> None:
        """eth_call the transaction; WouldRevert with the decoded reason when it fails."""
        from web3 import Web3
        from web3.exceptions import ContractLogicError

        call = {"from": Web3.to_checksum_address(sender), "to": to, "data": data}
        try:
            self.chain.w3.eth.call(call, "pending")
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(self.chain.where, type(exc).__name__) from exc
            raw = _revert_data(exc)
            if raw is not None:
                raise WouldRevert(decode_revert(raw, abi), error_name(raw, abi)) from exc
            if isinstance(exc, ContractLogicError) or "revert" in str(exc).lower():
                raise WouldRevert(revert_reason(exc, abi), revert_error_name(exc, abi)) from exc
            raise

    def _finish(self, entry: Entry) -> Entry:
        if not self.wait:
            return entry
        entry = self.journal.wait(self.chain, entry, timeout=self.timeout)
        if entry.status != "mined":
            raise EscrowTxFailed(entry)
        return entry

    def _send(self, signer: Signer, purpose: str, data: str, description: str,
              to: str | None = None) -> Entry:
        """Return the live entry of ``purpose``, else simulate, journal and send."""
        existing = self.journal.live(purpose)
        if existing is not None:
            return self._finish(existing)
        self.chain.require_ready()
        target = to or self.address
        self._simulate(signer.address, target, data, self._errors_abi)
        entry = self.journal.send(self.chain, signer, purpose, target, data=data,
                                  description=description, abi=self._errors_abi)
        return self._finish(entry)

    def _call(self, signer: Signer, escrow_id, action: str, fn_name: str, *args,
              description: str = "") -> Entry:
        data = self.contract.encode_abi(fn_name, args=list(args))
        return self._send(signer, self.purpose(escrow_id, action), data,
                          description or f"Order {order_label(escrow_id)}: {action}")

    def _ensure_allowance(self, signer: Signer, token: str, amount: int,
                          purpose: str, main_data: str) -> Entry | None:
        """Approve ``amount`` of ``token`` to the escrow when the allowance is short.

        The main call is simulated first: if it would fail for any reason other
        than the allowance, nothing is approved.
        """
        from web3 import Web3

        erc20 = self.chain.w3.eth.contract(address=Web3.to_checksum_address(token),
                                           abi=self.token_abi)
        owner = Web3.to_checksum_address(signer.address)
        have = int(self._read(erc20.functions.allowance(owner, self.address)))
        if have >= amount:
            return None
        try:
            self._simulate(owner, self.address, main_data, self._errors_abi)
        except WouldRevert as exc:
            if not _is_allowance_refusal(exc):
                raise
        data = erc20.encode_abi("approve", args=[self.address, amount])
        # The allowance seen is part of the key: a retry in the same state finds
        # the same approval, a spent allowance gets a new one.
        entry = self._send(signer, f"{purpose}:approve:{have}", data,
                           "Allow the escrow to take tokens", to=erc20.address)
        if entry.status != "mined":
            entry = self.journal.wait(self.chain, entry, timeout=self.timeout)
            if entry.status != "mined":
                raise EscrowTxFailed(entry)
        return entry

    # -- buyer -----------------------------------------------------------------
    def fund_purpose(self, ref: str) -> str:
        """The journal purpose of funding under the caller's reference (e.g. an order id)."""
        return f"escrow:{self.chain_id}:{self.address}:fund:{ref}"

    def fund(self, signer: Signer, offer: Offer, signature: bytes, quantity: int,
             note: bytes = b"", ref: str | None = None) -> Funding:
        """Approve the price (if needed) and fund a new escrow against a signed offer.

        ref names this funding for the journal: the same ref twice funds once.
        """
        purpose = self.fund_purpose(ref or str(uuid.uuid4()))
        existing = self.journal.live(purpose)
        if existing is not None:
            data = existing.calldata
        else:
            # An offer funded here before has its terms stored: name it by its index,
            # which costs far less gas than sending and checking the whole offer again.
            index = self.offer_index(offer)
            if index:
                data = self.contract.encode_abi("fundOffer", args=[index, quantity, bytes(note)])
            else:
                data = self.contract.encode_abi(
                    "fund", args=[offer.as_abi(), bytes(signature), quantity, bytes(note)])
        approval = None
        if existing is None:
            approval = self._ensure_allowance(signer, offer.token, offer.price * quantity,
                                              purpose, data)
        entry = self._send(signer, purpose, data, f"Fund {quantity} x offer")
        return Funding(self._funded_id(entry), entry, approval)

    def fund_with_permit(self, signer: Signer, offer: Offer, signature: bytes,
                         quantity: int, note: bytes = b"", ref: str | None = None,
                         permit_deadline: int | None = None) -> Funding:
        """Fund in one transaction with an EIP-2612 permit signed through ``signer``."""
        purpose = self.fund_purpose(ref or str(uuid.uuid4()))
        existing = self.journal.live(purpose)
        if existing is None:
            permit = self._sign_permit(signer, offer.token, offer.price * quantity,
                                       permit_deadline)
            data = self.contract.encode_abi(
                "fundWithPermit",
                args=[offer.as_abi(), bytes(signature), quantity, bytes(note), permit])
        else:
            data = existing.calldata
        entry = self._send(signer, purpose, data, f"Fund {quantity} x offer with a permit")
        return Funding(self._funded_id(entry), entry)

    def _funded_id(self, entry: Entry) -> int:
        from web3 import Web3

        if entry.status != "mined":
            entry = self.journal.wait(self.chain, entry, timeout=self.timeout)
            if entry.status != "mined":
                raise EscrowTxFailed(entry)
        receipt = self.chain.w3.eth.get_transaction_receipt(entry.tx_hash)
        funded = bytes.fromhex(escrow_event_topic("Funded")[2:])
        for log in receipt["logs"]:
            if (Web3.to_checksum_address(log["address"]) == self.address
                    and bytes(log["topics"][0]) == funded):
                return int.from_bytes(bytes(log["topics"][1]), "big")
        raise WalletError("The funding transaction has no Funded event.")

    def cancel(self, signer: Signer, escrow_id: int) -> Entry:
        """Buyer takes the price back before the seller accepts."""
        return self._call(signer, escrow_id, "cancel", "cancel", escrow_id)

    def confirm(self, signer: Signer, escrow_id: int) -> Entry:
        """Buyer confirms receipt: payees and seller paid, bond returned."""
        return self._call(signer, escrow_id, "confirm", "confirm", escrow_id)

    # -- seller ----------------------------------------------------------------
    def accept(self, signer: Signer, escrow_id: int) -> Entry:
        """Seller co-signs and posts the bond (approved first when needed)."""
        view = self.read(escrow_id)
        purpose = self.purpose(escrow_id, "accept")
        data = self.contract.encode_abi("accept", args=[escrow_id])
        if self.journal.live(purpose) is None and view.state == "Funded":
            self._ensure_allowance(signer, view.token, view.bond, purpose, data)
        return self._send(signer, purpose, data, f"Accept order {order_label(escrow_id)}")

    def decline(self, signer: Signer, escrow_id: int) -> Entry:
        """Seller turns a funded escrow down instead of accepting it; the buyer gets the
        price back at once."""
        return self._call(signer, escrow_id, "decline", "decline", escrow_id)

    def accept_many(self, signer: Signer, escrow_ids: list[int]) -> Entry:
        """Accept several escrows in one transaction (their bonds approved first)."""
        ids = sorted(set(int(i) for i in escrow_ids))
        if not ids:
            raise WalletError("Choose at least one escrow to accept.")
        digest = hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:16]
        purpose = self.purpose(f"many-{digest}", "accept")
        data = self.contract.encode_abi("acceptMany", args=[ids])
        if self.journal.live(purpose) is None:
            views = [self.read(i) for i in ids]
            tokens = {v.token for v in views}
            if len(tokens) == 1:
                self._ensure_allowance(signer, tokens.pop(), sum(v.bond for v in views),
                                       purpose, data)
        return self._send(signer, purpose, data, f"Accept {len(ids)} escrows")

    def mark_shipped(self, signer: Signer, escrow_id: int, sealed: bytes) -> Entry:
        """Seller records the shipment: the carrier and tracking number sealed by the caller
        (shop.storefront.tracking) go into the call, their hash into the Shipped event."""
        return self._call(signer, escrow_id, "ship", "markShipped", escrow_id, bytes(sealed))

    def mark_shipped_many(self, signer: Signer, shipments: list[tuple[int, bytes]]) -> Entry:
        """Seller records several shipments (escrow id, sealed carrier and number) in one
        transaction."""
        ordered = sorted(shipments)
        ids = [s[0] for s in ordered]
        # The ids alone name the batch: a sealed shipment differs on every try.
        batch = hashlib.sha256(b"".join(i.to_bytes(32, "big") for i in ids)).hexdigest()[:16]
        return self._call(signer, f"ship-{batch}", "ship", "markShippedMany", ids,
                          [bytes(s[1]) for s in ordered],
                          description=f"Mark {len(ids)} orders shipped")

    def shipping(self) -> set[int]:
        """The escrows named by a markShipped or markShippedMany transaction of the journal
        that is pending or mined: shipped as far as this wallet knows, before any sync."""
        found = set()
        for entry in self.journal.live_under(f"escrow:{self.chain_id}:{self.address}:"):
            if not entry.purpose.endswith(":ship"):
                continue
            try:
                fn, args = self.contract.decode_function_input(entry.calldata)
            except Exception:  # not a call this contract's ABI knows
                continue
            if fn.fn_name == "markShipped":
                found.add(int(args["id"]))
            elif fn.fn_name == "markShippedMany":
                found.update(int(i) for i in args["ids"])
        return found

    def claim(self, signer: Signer, escrow_id: int) -> Entry:
        """After the confirm deadline: pay as on confirm (anyone may send it)."""
        return self._call(signer, escrow_id, "claim", "claim", escrow_id)

    def revoke_offer(self, signer: Signer, offer: Offer) -> Entry:
        """Seller withdraws an offer; escrows already funded are unaffected."""
        h = self.offer_hash(offer)
        return self._call(signer, f"offer-{h.hex()}", "revoke", "revokeOffer", h,
                          description="Revoke an offer")

    def revoke_offers(self, signer: Signer, hashes: list[bytes]) -> Entry:
        """Seller withdraws several offers (by their 32-byte hashes) in one transaction."""
        ordered = sorted(set(bytes(h) for h in hashes))
        batch = hashlib.sha256(b"".join(ordered)).hexdigest()[:16]
        return self._call(signer, f"offers-{batch}", "revoke", "revokeOffers", ordered,
                          description=f"Revoke {len(ordered)} offers")

    def revoke_offers_fee(self, sender: str, hashes: list[bytes]):
        """The network fee (wallet.fees.FeeEstimate) of revoking these offers at once."""
        from web3 import Web3

        ordered = sorted(set(bytes(h) for h in hashes))
        data = self.contract.encode_abi("revokeOffers", args=[ordered])
        try:
            gas = self.chain.w3.eth.estimate_gas({"from": Web3.to_checksum_address(sender),
                                                  "to": self.address, "data": data})
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(self.chain.where, type(exc).__name__) from exc
            raise
        return estimate_fees(self.chain.w3, gas_with_margin(int(gas)))

    # -- deadlines passed ------------------------------------------------------
    def reclaim(self, signer: Signer, escrow_id: int) -> Entry:
        """Not shipped by the ship deadline: buyer gets price and bond."""
        return self._call(signer, escrow_id, "reclaim", "reclaim", escrow_id)

    def refund(self, signer: Signer, escrow_id: int) -> Entry:
        """Not accepted by the accept deadline: buyer gets the price back."""
        return self._call(signer, escrow_id, "refund", "refund", escrow_id)

    def timeout_dispute(self, signer: Signer, escrow_id: int) -> Entry:
        """Silent arbitrator: price to the buyer and the bond to the seller, or both to the
        buyer when the dispute was opened before shipment."""
        return self._call(signer, escrow_id, "timeout", "timeoutDispute", escrow_id)

    # -- disputes and settlements ---------------------------------------------
    def dispute(self, signer: Signer, escrow_id: int, statement: bytes = b"") -> Entry:
        """Buyer or seller opens a dispute before the current deadline, with a statement
        already sealed to the arbitrator (empty for none)."""
        return self._call(signer, escrow_id, "dispute", "dispute", escrow_id, bytes(statement))

    def add_statement(self, signer: Signer, escrow_id: int, statement: bytes) -> Entry:
        """Buyer or seller adds a sealed statement to an open dispute."""
        from eth_utils import keccak

        # The statement's hash keys the journal: resending the same words finds the same
        # transaction, a new statement gets its own.
        key = f"statement-{keccak(bytes(statement)).hex()[:16]}"
        return self._call(signer, escrow_id, key, "addStatement", escrow_id, bytes(statement))

    def rule(self, signer: Signer, escrow_id: int, buyer_amount: int,
             seller_amount: int) -> Entry:
        """The offer's arbitrator splits price + bond less its fee."""
        return self._call(signer, escrow_id, "rule", "rule", escrow_id, buyer_amount,
                          seller_amount)

    def settle(self, signer: Signer, settlement: Settlement, buyer_signature: bytes,
               seller_signature: bytes) -> Entry:
        """Submit a settlement both parties signed (anyone may send it)."""
        s = settlement
        return self._call(signer, s.escrow_id, f"settle-{s.nonce}", "settle", s.escrow_id,
                          s.buyer_amount, s.seller_amount, bytes(buyer_signature),
                          bytes(seller_signature))

    def void_settlements(self, signer: Signer, escrow_id: int, nonce: int) -> Entry:
        """Withdraw every settlement signed with nonce ``nonce`` (the current one)."""
        return self._call(signer, escrow_id, f"void-{nonce}", "voidSettlements", escrow_id)

    # -- credits ---------------------------------------------------------------
    def withdraw(self, signer: Signer, token: str) -> Entry:
        """Take out the signer's credit in ``token`` (payouts the token refused earlier).

        Refused (WouldRevert) while the token still refuses the transfer, the credit
        then stays in the contract, and when there is nothing to withdraw. The
        journal key names the credit being withdrawn, so asking again while it is
        pending sends nothing, and a later credit of the same amount gets its own
        transaction.
        """
        from web3 import Web3

        token = Web3.to_checksum_address(token)
        amount = self.credit_of(token, signer.address)
        data = self.contract.encode_abi("withdraw", args=[token])
        base = self.purpose(f"credit-{token}-{Web3.to_checksum_address(signer.address)}",
                            f"withdraw-{amount}")
        n = 0
        while True:
            purpose = f"{base}-{n}"
            existing = self.journal.live(purpose)
            if existing is None or existing.status != "mined":
                break
            n += 1  # that one is done; this is a new credit of the same amount
        return self._send(signer, purpose, data, "Withdraw a credited payout")


def _is_allowance_refusal(exc: WouldRevert) -> bool:
    if exc.error is not None:
        return exc.error in ("ERC20InsufficientAllowance", "SafeERC20FailedOperation")
    return "allowance" in exc.reason.lower()  # an older token's Error(string)
