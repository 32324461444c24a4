"""The carrier and tracking number sealed for buyer and seller: one key from either side,
bound to one order, refused with a sentence when changed, too long or of another kind."""

import pytest

from shop.storefront import notes, tracking
from shop.storefront.errors import NoteError, StorefrontError

WHERE = tracking.place(31337, "0xAbC0000000000000000000000000000000000001", 7 << 32 | 1)


def _buyer_pair():
    """The reply key pair as the checkout page makes it (a P-256 ECDH pair)."""
    return notes.new_key_pair()


def test_the_buyer_and_the_store_open_the_same_sealed_shipment():
    store_pem, store_public = notes.new_key_pair()
    buyer_pem, buyer_public = _buyer_pair()
    sealed = tracking.seal(" 顺丰速运 ", "sf1234567890123 ", store_pem, buyer_public, WHERE)
    assert len(sealed) == 1 + 12 + len("顺丰速运\nSF1234567890123".encode()) + 16
    assert tracking.open_sealed(sealed, store_pem, buyer_public, WHERE) == (
        "顺丰速运", "SF1234567890123")
    # the buyer's side: its private key with the store's public key gives the same key
    assert tracking.open_sealed(sealed, buyer_pem, store_public, WHERE) == (
        "顺丰速运", "SF1234567890123")
    assert tracking.seal("SF", "1", store_pem, buyer_public, WHERE) != tracking.seal(
        "SF", "1", store_pem, buyer_public, WHERE)  # a fresh IV every time


def test_without_a_reply_key_only_the_store_reads_it():
    store_pem, _ = notes.new_key_pair()
    other_pem, other_public = notes.new_key_pair()
    sealed = tracking.seal("自提", "123456", store_pem, None, WHERE)
    assert tracking.open_sealed(sealed, store_pem, None, WHERE) == ("自提", "123456")
    with pytest.raises(NoteError, match="cannot be read with this store's key"):
        tracking.open_sealed(sealed, other_pem, None, WHERE)


def test_a_changed_or_misplaced_shipment_is_refused_with_a_sentence():
    store_pem, _ = notes.new_key_pair()
    sealed = tracking.seal("EMS", "E1", store_pem, None, WHERE)
    for bad in (sealed[:-1] + bytes([sealed[-1] ^ 1]), sealed[:20]):
        with pytest.raises(NoteError) as e:
            tracking.open_sealed(bad, store_pem, None, WHERE)
        assert str(e.value).startswith("The sealed tracking number")
    with pytest.raises(NoteError, match="damaged or of an unknown kind"):
        tracking.open_sealed(b"\x02" + sealed[1:], store_pem, None, WHERE)
    elsewhere = tracking.place(31337, "0xabc0000000000000000000000000000000000001", 7 << 32 | 2)
    with pytest.raises(NoteError, match="made for another order"):
        tracking.open_sealed(sealed, store_pem, None, elsewhere)


def test_what_does_not_fit_on_chain_is_refused_before_sealing():
    store_pem, _ = notes.new_key_pair()
    with pytest.raises(StorefrontError, match="Enter the carrier"):
        tracking.seal(" ", "E1", store_pem, None, WHERE)
    with pytest.raises(StorefrontError) as e:
        tracking.seal("顺丰速运", "9" * tracking.MAX_PLAIN, store_pem, None, WHERE)
    assert e.value.fields == {"limit": tracking.MAX_PLAIN}
    longest = tracking.seal("S", "9" * (tracking.MAX_PLAIN - 2), store_pem, None, WHERE)
    assert len(longest) == tracking.MAX_SEALED == 160


def test_a_reply_key_is_used_only_when_it_is_a_point():
    import base64

    pem, public = notes.new_key_pair()
    assert tracking.usable_reply_key(public.upper()) == public
    # as the checkout page writes it: the compressed point in base64, which seals alike
    x, y = bytes.fromhex(public)[1:33], bytes.fromhex(public)[33:]
    short = base64.b64encode(bytes([2 + (y[-1] & 1)]) + x).decode()
    assert len(short) == 44
    store_pem, _ = notes.new_key_pair()
    sealed = tracking.seal("SF", "1", store_pem, tracking.usable_reply_key(short), WHERE)
    assert tracking.open_sealed(sealed, store_pem, public, WHERE) == ("SF", "1")
    assert tracking.usable_reply_key(base64.b64encode(b"\x02" + b"\xff" * 32).decode()) is None
    assert tracking.usable_reply_key("04" + "00" * 64) is None
    assert tracking.usable_reply_key("zz") is None and tracking.usable_reply_key(None) is None
