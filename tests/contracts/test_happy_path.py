"""The protocol's main road: fund, accept, ship, confirm; and its gas."""

from tests.contracts.chain import Chain


def test_fund_accept_ship_confirm_pays_everyone(funded: Chain):
    c = funded
    offer = c.offer()
    esc = c.escrow.functions
    buyer0, seller0 = c.balance(c.buyer), c.balance(c.seller)

    receipt = c.send(esc.fund(offer.as_abi(), c.sign(offer), 2, b"sealed note"), c.buyer)
    (ev,) = c.events(receipt, "Funded")
    eid = ev["args"]["id"]
    assert ev["args"]["note"] == b"sealed note"
    assert ev["args"]["price"] == 200_000_000
    assert ev["args"]["offerHash"] == c.offer_id(offer)
    v = c.get(eid)
    assert v["state"] == "Funded" and v["quantity"] == 2 and v["held"] == 200_000_000
    assert v["deadline"] == c.w3.eth.get_block("latest").timestamp + offer.accept_window

    c.send(esc.accept(eid), c.seller)
    assert c.get(eid)["held"] == 260_000_000
    assert c.balance(c.escrow.address) == 260_000_000
    c.send(esc.markShipped(eid, b"\x11" * 32), c.seller)
    receipt = c.send(esc.confirm(eid), c.buyer)
    assert c.events(receipt, "Confirmed")

    assert c.get(eid)["state"] == "Closed"
    assert c.balance(c.escrow.address) == 0
    assert c.balance(c.supplier) == 120_000_000
    assert c.balance(c.upline) == 16_000_000
    assert c.balance(c.buyer) == buyer0 - 200_000_000
    assert c.balance(c.seller) == seller0 + 200_000_000 - 136_000_000


def _happy_path_gas(c: Chain, offer, buyer) -> dict:
    esc = c.escrow.functions
    gas = {}
    r = c.send(esc.fund(offer.as_abi(), c.sign(offer), 1, b"\x00" * 64), buyer)
    gas["fund"] = r.gasUsed
    eid = c.events(r, "Funded")[0]["args"]["id"]
    gas["accept"] = c.send(esc.accept(eid), c.seller).gasUsed
    # a carrier and tracking number as the app seals them: 57 bytes
    gas["markShipped"] = c.send(esc.markShipped(eid, b"\x11" * 57), c.seller).gasUsed
    gas["confirm"] = c.send(esc.confirm(eid), buyer).gasUsed
    return gas


def test_happy_path_gas(funded: Chain):
    """Gas of the four steps (two payees, 64-byte note), first and later buyers of an offer.

    The bounds only catch regressions; bench/ compares against a bare contract.
    """
    c = funded
    c.mint(c.buyer2, 10**9)
    offer = c.offer()
    first = _happy_path_gas(c, offer, c.buyer)
    again = _happy_path_gas(c, offer, c.buyer2)
    print(f"\nfirst buyer of an offer: {first} total {sum(first.values())}")
    print(f"later buyer of an offer: {again} total {sum(again.values())}")
    assert sum(first.values()) < 520_000
    assert sum(again.values()) < 320_000
