"""The escrow's and the token's custom errors as sentences people read.

A refused call names its custom error (OfferSoldOut(), WrongState(id, state) …); people are
shown the sentence here instead, without the raw values (ids and base units mean nothing to
them). The sentences have no fields, so the GUI translates each as it is (desktop/ui/
core_texts.py lists them); tests check that every error of the compiled ABIs has one.
"""

from __future__ import annotations

#: By the error's name in the ABI (resources/contracts/Escrow.json and DemoUSD.json, whose
#: errors every ERC-20 with EIP-2612 of OpenZeppelin shares).
SENTENCES = {
    # the escrow
    "BadQuantity": "The quantity is zero or more than one order may buy.",
    "BadSplit": "The two parts do not add up to what the escrow holds.",
    "BadStatement": "A statement is empty or longer than the escrow accepts (1,024 bytes).",
    "BadTracking": "The sealed tracking number is empty or longer than the escrow accepts "
                   "(160 bytes).",
    "BuyerNotAllowed": "The buyer cannot be the offer's arbitrator or one of its payees.",
    "FeeOnTransfer": "The token takes a fee on transfers, which the escrow does not accept.",
    "InvalidOffer": "The offer breaks one of the escrow's rules (its amounts, windows, payees "
                    "or arbitrator).",
    "InvalidSignature": "A signature does not match: it was not made by the right account for "
                        "this offer or settlement, or the settlement was voided.",
    "LengthMismatch": "The lists of orders and tracking numbers are not the same length.",
    "NotArbitrator": "Only the offer's arbitrator can rule on this order.",
    "NotBuyer": "Only the order's buyer can do this.",
    "NotParty": "Only the order's buyer or seller can do this.",
    "NotSeller": "Only the order's seller can do this.",
    "NothingToWithdraw": "The escrow keeps nothing for this account to withdraw.",
    "OfferExpired": "The offer has expired.",
    "OfferSoldOut": "The offer is sold out: its quantity is used up.",
    "OfferWasRevoked": "The seller has revoked this offer.",
    "TooEarly": "It is too early: the order's deadline has not passed yet.",
    "TooLate": "It is too late: the order's deadline has passed.",
    "WrongState": "The order's state does not allow this now; sync to see its latest state.",
    "ReentrancyGuardReentrantCall": "The escrow refused a call made from inside another of "
                                    "its calls.",
    "SafeCastOverflowedUintDowncast": "A number is too large for the escrow to store.",
    "SafeERC20FailedOperation": "The token refused the transfer; check the balance and what "
                                "the escrow is allowed to take.",
    "InvalidShortString": "A name given to the contract cannot be read.",
    "StringTooLong": "A name given to the contract is too long.",
    # the token
    "ECDSAInvalidSignature": "The signature is not valid.",
    "ECDSAInvalidSignatureLength": "The signature has the wrong length.",
    "ECDSAInvalidSignatureS": "The signature is malformed.",
    "ERC20InsufficientAllowance": "The escrow is not allowed to take that many tokens yet; "
                                  "approve the amount first.",
    "ERC20InsufficientBalance": "The account does not hold enough of the token.",
    "ERC20InvalidApprover": "The token refused an empty address as the one who approves.",
    "ERC20InvalidReceiver": "The token refused an empty address as the recipient.",
    "ERC20InvalidSender": "The token refused an empty address as the sender.",
    "ERC20InvalidSpender": "The token refused an empty address as the one allowed to spend.",
    "ERC2612ExpiredSignature": "The payment permit has expired; sign a new one.",
    "ERC2612InvalidSigner": "The payment permit was not signed by the paying account.",
    "InvalidAccountNonce": "The payment permit was already used or is out of order; sign a "
                           "new one.",
}


def sentence(name: str | None) -> str | None:
    """The sentence for custom error `name`, or None for an error this app does not know."""
    return SENTENCES.get(name) if name else None
