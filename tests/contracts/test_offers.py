"""Funding against signed offers: signatures, caps, expiry, revocation, permits."""

from dataclasses import replace

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

from eth_utils import keccak, to_checksum_address

from tests.contracts.chain import Chain
from wallet.escrow_types import Payee, default_bond, offer_typed_data, sign_offer


def _fund(c: Chain, offer, quantity=1, sig=None, buyer=None):
    sig = c.sign(offer) if sig is None else sig
    return c.escrow.functions.fund(offer.as_abi(), sig, quantity, b""), buyer or c.buyer


def test_python_offer_hash_matches_contract(chain: Chain):
    offer = chain.offer()
    assert chain.escrow.functions.offerHash(offer.as_abi()).call() == chain.offer_id(offer)
    assert offer.bond == default_bond(offer.price) == 30_000_000
    assert offer.problems() == []


def test_offer_json_round_trip(chain: Chain):
    offer = chain.offer()
    assert type(offer).from_json(offer.to_json()) == offer


def test_terms_are_stored_once_and_reused_without_signature(funded: Chain):
    c = funded
    c.mint(c.buyer2, 1_000_000_000)
    offer = c.offer()
    first = c.fund(offer)
    terms, payees = c.escrow.functions.getTerms(c.offer_id(offer)).call()
    assert terms[0] == c.seller.address and terms[1] == offer.price
    assert [tuple(p) for p in payees] == [(p.account, p.amount) for p in offer.payees]
    # The second buyer needs no signature: the stored terms were verified already.
    second = c.send(c.escrow.functions.fund(offer.as_abi(), b"", 3, b""), c.buyer2)
    assert c.events(second, "Funded")[0]["args"]["id"] == first + 1
    assert c.get(first + 1)["buyer"] == c.buyer2.address


def test_quantity_cap_and_release_on_cancel(funded: Chain):
    c = funded
    offer = c.offer(max_quantity=3)
    eid = c.fund(offer, 2)
    c.expect_revert(*_fund(c, offer, 2), "OfferSoldOut")
    c.fund(offer, 1)
    c.expect_revert(*_fund(c, offer, 1), "OfferSoldOut")
    c.send(c.escrow.functions.cancel(eid), c.buyer)
    c.fund(offer, 2)  # the cancelled units are free again


def test_zero_quantity(funded: Chain):
    funded.expect_revert(*_fund(funded, funded.offer(), 0), "BadQuantity")


def test_expiry_is_exclusive(funded: Chain):
    c = funded
    offer = c.offer(expiry=c.now() + 100)
    c.at(offer.expiry - 1)
    c.fund(offer)
    c.at(offer.expiry)
    c.expect_revert(*_fund(c, offer), "OfferExpired")


def test_revoke_by_seller_only_counts(funded: Chain):
    c = funded
    offer = c.offer()
    oid = c.offer_id(offer)
    receipt = c.send(c.escrow.functions.revokeOffer(oid), c.other)
    assert c.events(receipt, "OfferRevoked")[0]["args"]["seller"] == c.other.address
    c.fund(offer)  # someone else's "revocation" is no revocation
    receipt = c.send(c.escrow.functions.revokeOffer(oid), c.seller)
    assert c.events(receipt, "OfferRevoked")[0]["args"]["offerHash"] == oid
    c.expect_revert(*_fund(c, offer), "OfferWasRevoked")
    assert c.escrow.functions.revoked(c.seller.address, oid).call()


def test_revoking_many_offers_in_one_transaction(funded: Chain):
    c = funded
    offers = [c.offer(), c.offer(), c.offer()]
    c.fund(offers[0])  # an offer already funded from is revoked as well
    ids = [c.offer_id(o) for o in offers]
    receipt = c.send(c.escrow.functions.revokeOffers(ids[:2]), c.seller)
    assert [e["args"]["offerHash"] for e in c.events(receipt, "OfferRevoked")] == ids[:2]
    for offer in offers[:2]:
        c.expect_revert(*_fund(c, offer), "OfferWasRevoked")
    c.fund(offers[2])  # not in the batch
    assert c.send(c.escrow.functions.revokeOffers([]), c.seller)["status"] == 1


def test_signatures_bound_to_signer_chain_contract_and_terms(funded: Chain):
    c = funded
    offer = c.offer()
    c.expect_revert(*_fund(c, offer, sig=c.sign(offer, c.other)), "InvalidSignature")
    other_chain = sign_offer(offer, c.seller.key, c.chain_id + 1, c.escrow.address)
    c.expect_revert(*_fund(c, offer, sig=other_chain), "InvalidSignature")
    other_contract = sign_offer(offer, c.seller.key, c.chain_id, c.usd.address)
    c.expect_revert(*_fund(c, offer, sig=other_contract), "InvalidSignature")
    tampered = replace(offer, price=offer.price - 1)
    c.expect_revert(*_fund(c, tampered, sig=c.sign(offer)), "InvalidSignature")
    c.expect_revert(*_fund(c, offer, sig=b"\x00" * 65), "InvalidSignature")
    c.expect_revert(*_fund(c, offer, sig=b""), "InvalidSignature")


def test_offer_signed_for_another_deployment_is_refused(funded: Chain):
    c = funded
    twin = c.deploy("Escrow")
    offer = c.offer()
    c.send(c.usd.functions.approve(twin.address, 2**256 - 1), c.buyer)
    c.fund(offer)  # used on the first deployment
    fn = twin.functions.fund(offer.as_abi(), c.sign(offer), 1, b"")
    c.expect_revert(fn, c.buyer, "InvalidSignature")


def test_wallet_typed_data_signature_is_accepted(funded: Chain):
    # A browser wallet signs the full typed data (eth_signTypedData_v4 shape).
    c = funded
    offer = c.offer()
    typed = offer_typed_data(offer, c.chain_id, c.escrow.address)
    sig = Account.sign_message(encode_typed_data(full_message=typed), c.seller.key).signature
    c.send(*_fund(c, offer, sig=bytes(sig)))


DAY, YEAR = 86400, 365 * 86400


@pytest.mark.parametrize(
    "change",
    [
        dict(price=0, bond=0),
        dict(max_quantity=0),
        dict(accept_window=0),
        dict(ship_window=0),
        dict(confirm_window=0),
        dict(arbitration_window=0),
        dict(accept_window=DAY - 1),
        dict(ship_window=DAY - 1),
        dict(confirm_window=DAY - 1),
        dict(arbitration_window=1),
        dict(accept_window=YEAR + 1),
        dict(ship_window=YEAR + 1),
        dict(confirm_window=YEAR + 1),
        dict(arbitration_window=2**32 - 1),  # its deadline would not fit: no dispute at all
        dict(bond=100_000_001),
        dict(arbitrator_fee=20_000_001),
        dict(arbitrator_fee=130_000_001),
        dict(payees=tuple(Payee("0x" + f"{i:040x}", 1) for i in range(1, 6))),
        dict(payees=(Payee("0x" + "00" * 20, 1),)),
        dict(payees=(Payee("ESCROW", 1),)),
        dict(payees=(Payee("0x" + "11" * 20, 100_000_001),)),
        dict(arbitrator="SELLER"),
        dict(token="0x" + "00" * 20),
    ],
)
def test_invalid_offers(funded: Chain, change):
    c = funded
    names = {"SELLER": c.seller.address, "ESCROW": c.escrow.address}
    change = {k: names.get(v, v) if isinstance(v, str) else v for k, v in change.items()}
    if "payees" in change:
        change["payees"] = tuple(Payee(names.get(p.account, p.account), p.amount)
                                 for p in change["payees"])
    offer = c.offer(**change)
    c.expect_revert(*_fund(c, offer), "InvalidOffer")
    # The app can tell before signing.
    assert offer.problems(c.escrow.address)


def test_offer_bounds_are_inclusive(funded: Chain):
    c = funded
    for offer in (c.offer(accept_window=DAY, ship_window=DAY, confirm_window=DAY,
                          arbitration_window=DAY, bond=0),
                  c.offer(accept_window=YEAR, ship_window=YEAR, confirm_window=YEAR,
                          arbitration_window=YEAR, bond=100_000_000,
                          arbitrator_fee=20_000_000)):
        assert offer.problems(c.escrow.address) == []
        c.fund(offer)


@pytest.mark.parametrize("role", ["arbitrator", "supplier"])
def test_the_arbitrator_and_the_payees_cannot_buy(funded: Chain, role):
    c = funded
    party = getattr(c, role)
    c.mint(party, 1_000_000_000)
    offer = c.offer()
    c.expect_revert(*_fund(c, offer, buyer=party), "BuyerNotAllowed")
    c.fund(offer)
    index = c.escrow.functions.offerIndex(c.offer_id(offer)).call()
    c.expect_revert(c.escrow.functions.fundOffer(index, 1, b""), party, "BuyerNotAllowed")


def test_payee_amounts_must_fit_uint96(funded: Chain):
    offer = funded.offer(price=2**96, bond=0, payees=())
    funded.expect_revert(*_fund(funded, offer), "SafeCastOverflowedUintDowncast")


def test_fund_needs_allowance(chain: Chain):
    c = chain
    c.send(c.usd.functions.mint(c.buyer.address, 10**9), c.deployer)
    c.expect_revert(*_fund(c, c.offer()), "ERC20InsufficientAllowance")


def _permit(c: Chain, owner, value, deadline):
    nonce = c.usd.functions.nonces(owner.address).call()
    typed = {
        "types": {
            "EIP712Domain": [
                {"name": "name", "type": "string"},
                {"name": "version", "type": "string"},
                {"name": "chainId", "type": "uint256"},
                {"name": "verifyingContract", "type": "address"},
            ],
            "Permit": [
                {"name": "owner", "type": "address"},
                {"name": "spender", "type": "address"},
                {"name": "value", "type": "uint256"},
                {"name": "nonce", "type": "uint256"},
                {"name": "deadline", "type": "uint256"},
            ],
        },
        "primaryType": "Permit",
        "domain": {"name": "Demo USD", "version": "1", "chainId": c.chain_id,
                   "verifyingContract": c.usd.address},
        "message": {"owner": owner.address, "spender": c.escrow.address, "value": value,
                    "nonce": nonce, "deadline": deadline},
    }
    s = Account.sign_message(encode_typed_data(full_message=typed), owner.key)
    return (deadline, s.v, s.r.to_bytes(32, "big"), s.s.to_bytes(32, "big"))


def test_fund_with_permit_without_prior_approval(chain: Chain):
    c = chain
    c.send(c.usd.functions.mint(c.buyer.address, 10**9), c.deployer)
    offer = c.offer()
    permit = _permit(c, c.buyer, 3 * offer.price, c.now() + 3600)
    fn = c.escrow.functions.fundWithPermit(offer.as_abi(), c.sign(offer), 3, b"n", permit)
    receipt = c.send(fn, c.buyer)
    eid = c.events(receipt, "Funded")[0]["args"]["id"]
    assert c.get(eid)["held"] == 3 * offer.price
    assert c.usd.functions.allowance(c.buyer.address, c.escrow.address).call() == 0


def test_fund_with_permit_survives_front_run_permit(chain: Chain):
    c = chain
    c.send(c.usd.functions.mint(c.buyer.address, 10**9), c.deployer)
    offer = c.offer()
    permit = _permit(c, c.buyer, offer.price, c.now() + 3600)
    # Someone copies the permit from the mempool and submits it first.
    c.send(c.usd.functions.permit(c.buyer.address, c.escrow.address, offer.price, *permit), c.other)
    c.send(c.escrow.functions.fundWithPermit(offer.as_abi(), c.sign(offer), 1, b"", permit), c.buyer)


def test_fund_with_bad_permit_reverts_on_allowance(chain: Chain):
    c = chain
    c.send(c.usd.functions.mint(c.buyer.address, 10**9), c.deployer)
    offer = c.offer()
    permit = _permit(c, c.other, offer.price, c.now() + 3600)  # signed by the wrong owner
    fn = c.escrow.functions.fundWithPermit(offer.as_abi(), c.sign(offer), 1, b"", permit)
    c.expect_revert(fn, c.buyer, "ERC20InsufficientAllowance")


# ------------------------------------------------------------- stored offers by index

def test_stored_offer_is_funded_by_its_index(funded: Chain):
    c = funded
    offer = c.offer(max_quantity=4)
    assert c.escrow.functions.offerIndex(c.offer_id(offer)).call() == 0
    first = c.fund(offer)
    index = c.escrow.functions.offerIndex(c.offer_id(offer)).call()
    assert index == c.escrow.functions.offerCount().call() == 1
    receipt = c.send(c.escrow.functions.fundOffer(index, 2, b"note"), c.buyer)
    event = c.events(receipt, "Funded")[0]["args"]
    assert event["id"] == first + 1 and event["offerHash"] == c.offer_id(offer)
    assert event["seller"] == c.seller.address and event["price"] == 2 * offer.price
    assert event["note"] == b"note"
    view = c.get(first + 1)
    assert (view["state"], view["quantity"], view["held"]) == ("Funded", 2, 2 * offer.price)
    assert view["offerHash"] == c.offer_id(offer) and view["seller"] == c.seller.address
    # the cap counts fundings both ways
    c.expect_revert(c.escrow.functions.fundOffer(index, 2, b""), c.buyer, "OfferSoldOut")
    c.expect_revert(*_fund(c, offer, 2), "OfferSoldOut")
    c.send(c.escrow.functions.fundOffer(index, 1, b""), c.buyer)


def test_fund_by_index_checks_what_fund_checks(funded: Chain):
    c = funded
    offer = c.offer(expiry=c.now() + 100)
    c.fund(offer)
    index = c.escrow.functions.offerIndex(c.offer_id(offer)).call()
    by_index = c.escrow.functions.fundOffer
    c.expect_revert(by_index(0, 1, b""), c.buyer, "InvalidOffer")  # never stored
    c.expect_revert(by_index(index + 1, 1, b""), c.buyer, "InvalidOffer")
    c.expect_revert(by_index(index, 0, b""), c.buyer, "BadQuantity")
    c.expect_revert(by_index(index, 2**24, b""), c.buyer, "BadQuantity")
    c.mint(c.arbitrator, 1_000_000_000)
    c.expect_revert(by_index(index, 1, b""), c.arbitrator, "BuyerNotAllowed")
    c.at(offer.expiry)
    c.expect_revert(by_index(index, 1, b""), c.buyer, "OfferExpired")


def test_revoking_a_stored_offer_stops_funding_by_index(funded: Chain):
    c = funded
    offer = c.offer()
    c.fund(offer)
    index = c.escrow.functions.offerIndex(c.offer_id(offer)).call()
    c.send(c.escrow.functions.revokeOffer(c.offer_id(offer)), c.other)  # not the seller
    c.send(c.escrow.functions.fundOffer(index, 1, b""), c.buyer)
    c.send(c.escrow.functions.revokeOffer(c.offer_id(offer)), c.seller)
    c.expect_revert(c.escrow.functions.fundOffer(index, 1, b""), c.buyer, "OfferWasRevoked")
    c.expect_revert(*_fund(c, offer), "OfferWasRevoked")


@pytest.mark.parametrize("index", [1, 0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x10000, 0xFFFFFF,
                                   0x1000000, 2**32 - 1])
def test_terms_live_where_create_puts_them(chain: Chain, index):
    import rlp
    from eth_utils import keccak, to_bytes

    address = to_bytes(hexstr=chain.escrow.address)
    expected = to_checksum_address(keccak(rlp.encode([address, index]))[12:])
    assert chain.escrow.functions.offerTermsAddress(index).call() == expected


def test_each_offer_gets_its_own_terms(funded: Chain):
    c = funded
    offers = [c.offer(price=(i + 1) * 1_000_000, arbitrator_fee=0,
                      payees=(Payee(c.supplier.address, i),))
              for i in range(3)]
    ids = [c.fund(o) for o in offers]
    for i, (o, eid) in enumerate(zip(offers, ids, strict=True)):
        assert c.escrow.functions.offerIndex(c.offer_id(o)).call() == i + 1
        assert c.get(eid)["price"] == o.price
        terms, payees = c.escrow.functions.getTerms(c.offer_id(o)).call()
        assert terms[1] == o.price and [tuple(p) for p in payees] == [(c.supplier.address, i)]
    assert c.escrow.functions.getTerms(b"\x00" * 32).call()[0][0] == "0x" + "00" * 20


def test_marking_many_escrows_shipped_in_one_transaction(funded: Chain):
    c = funded
    offer = c.offer()
    ids = [c.fund(offer) for _ in range(3)]
    c.send(c.escrow.functions.acceptMany(ids), c.seller)
    hashes = [bytes([i + 1]) * (40 + i) for i in range(3)]  # sealed shipments of any length
    c.expect_revert(c.escrow.functions.markShippedMany(ids, hashes[:2]), c.seller,
                    "LengthMismatch")
    c.expect_revert(c.escrow.functions.markShippedMany(ids, hashes), c.other, "NotSeller")
    receipt = c.send(c.escrow.functions.markShippedMany(ids[:2], hashes[:2]), c.seller)
    shipped = c.events(receipt, "Shipped")
    assert [(e["args"]["id"], e["args"]["trackingHash"]) for e in shipped] == list(
        zip(ids[:2], [keccak(h) for h in hashes[:2]]))
    # one that is not in the Accepted state any more fails the whole batch
    c.expect_revert(c.escrow.functions.markShippedMany(ids, hashes), c.seller, "WrongState")
