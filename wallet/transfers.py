"""Transfers of the native coin or a token: plan for a confirmation screen, then send."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from wallet.errors import WalletError
from wallet.fees import FeeEstimate, estimate_fees, gas_with_margin
from wallet.journal import Entry, Journal
from wallet.networks import Chain, is_connection_error
from wallet.refusals import CoinsShort, InsufficientFunds, NodeDown, TokensShort, WouldRevert
from wallet.revert import is_insufficient_funds, is_revert, revert_error_name, revert_reason
from wallet.signer import Signer
from wallet.tokens import TokenInfo, erc20, native_balance, token_balance

#: How long after a transfer was mined a second one just like it is asked about first.
TWIN_WINDOW = 3600


@dataclass(frozen=True)
class Balances:
    """An account's money on one network: native coin in wei, token in base units."""

    address: str
    native: int
    token: TokenInfo | None
    token_amount: int | None


def balances(chain: Chain, address: str, token: TokenInfo | None = None) -> Balances:
    """Read native and (if given) token balances; NodeDown/WrongChain otherwise."""
    from web3 import Web3

    chain.require_ready()
    address = Web3.to_checksum_address(address)
    try:
        native = native_balance(chain.w3, address)
        amount = token_balance(chain.w3, token.address, address) if token else None
    except Exception as exc:
        if is_connection_error(exc):
            raise NodeDown(chain.where, type(exc).__name__) from exc
        raise
    return Balances(address, native, token, amount)


@dataclass(frozen=True)
class TransferPlan:
    """What the confirmation screen shows, and what send_transfer() sends."""

    purpose: str
    chain_id: int
    sender: str
    recipient: str
    amount: int  # base units of the token (or wei)
    token: TokenInfo | None  # None: the chain's native coin
    to: str  # the transaction's target: recipient, or the token contract
    value: int
    data: str
    fee: FeeEstimate


def plan_transfer(chain: Chain, sender: str, recipient: str, amount: int,
                  token: TokenInfo | None = None, purpose: str | None = None,
                  abi: list | None = None) -> TransferPlan:
    """Check and price a transfer without signing it.

    purpose: make it once per confirmation screen, so that pressing Send twice
    sends once (a fresh one is made when not given). Raises NodeDown,
    WrongChain, InsufficientFunds or WouldRevert (with the contract's reason).
    """
    from web3 import Web3

    if not isinstance(amount, int) or amount <= 0:
        raise WalletError("The amount must be more than zero.")
    try:
        recipient = Web3.to_checksum_address(recipient)
    except ValueError as exc:
        raise WalletError("{recipient!r} is not an address.", recipient=recipient) from exc
    sender = Web3.to_checksum_address(sender)
    chain_id = chain.require_ready()
    w3 = chain.w3
    if token is None:
        to, value, data = recipient, amount, "0x"
    else:
        to, value = token.address, 0
        data = erc20(w3, token.address).encode_abi("transfer", args=[recipient, amount])
    try:
        if token is not None:
            have = int(erc20(w3, token.address).functions.balanceOf(sender).call())
            if have < amount:
                raise TokensShort(have, token)
        gas = int(w3.eth.estimate_gas({"from": sender, "to": to, "value": value,
                                       "data": data}))
        fee = estimate_fees(w3, gas_with_margin(gas))
        coins = int(w3.eth.get_balance(sender))
    except WalletError:
        raise
    except Exception as exc:
        if is_revert(exc):
            raise WouldRevert(revert_reason(exc, abi), revert_error_name(exc, abi)) from exc
        if is_insufficient_funds(exc):
            raise InsufficientFunds("Not enough coins for this amount and its network "
                                    "fee.") from exc
        if is_connection_error(exc):
            raise NodeDown(chain.where, type(exc).__name__) from exc
        raise
    if coins < value + fee.max_fee:
        raise CoinsShort(fee.max_fee)
    return TransferPlan(purpose or f"transfer:{uuid.uuid4()}", chain_id, sender,
                        recipient, amount, token, to, value, data, fee)


def twin_of(journal: Journal, plan: TransferPlan) -> Entry | None:
    """A transfer like this plan (same account, recipient, token and amount) that is pending
    or was mined within TWIN_WINDOW; the plan's own earlier send does not count. Reconcile
    the journal first, or a pending entry may stand for one the node has dropped."""
    return journal.twin(plan.chain_id, plan.sender, plan.to, plan.value, plan.data,
                        int(journal.clock()) - TWIN_WINDOW, other_than=plan.purpose)


def send_transfer(journal: Journal, chain: Chain, signer: Signer,
                  plan: TransferPlan, abi: list | None = None,
                  description: str | None = None) -> Entry:
    """Send a confirmed plan (journaled first); the same plan twice sends once.
    `description` is the journal's line for it (the caller words the amount)."""
    from web3 import Web3

    if Web3.to_checksum_address(signer.address) != plan.sender:
        raise WalletError("This transfer was prepared for another account.")
    return journal.send(chain, signer, plan.purpose, plan.to, data=plan.data,
                        value=plan.value, fees=plan.fee,
                        description=description or f"Send to {plan.recipient}",
                        abi=abi)
