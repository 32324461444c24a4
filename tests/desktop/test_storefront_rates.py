"""Signing offers for a store priced in 元: a yuan token takes the same number, a dollar token
takes the price only at a rate the seller states, rounded up, and the offer document carries
the listing's price, the rate and its date. Never 1:1 between currencies."""

import json
from fractions import Fraction

import pytest

from desktop.services import storefront as service
from shop.storefront.quotes import RateNeeded, parse_rate
from tests.desktop.test_storefront_hostile import Signer
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401

DEC_3 = 1_796_256_000  # 2026-12-03 00:00 UTC
DUSD = service.EscrowDeployment(31337, "0x" + "11" * 20, "0x" + "22" * 20, "dUSD", 6, "Demo USD")
DCNY = service.EscrowDeployment(31337, "0x" + "11" * 20, "0x" + "33" * 20, "dCNY", 6, "Demo CNY")


def kept(work) -> list[tuple]:
    return work.db.execute("SELECT listing_id, offer, quote FROM listing_offers ORDER BY id"
                           ).fetchall()


def test_a_yuan_token_takes_the_same_number_and_needs_no_rate(demo_work):  # noqa: F811
    live = service.listings(demo_work, live_only=True)
    assert live and {x.currency for x in live} == {"CNY"}
    assert service.sign_offers(demo_work, Signer(), DCNY) == len(live)
    prices = {x.id: x.price for x in live}
    for listing_id, offer, quote in kept(demo_work):
        assert int(json.loads(offer)["price"]) == prices[listing_id] * 10**4
        quote = json.loads(quote)
        assert quote["price"] == str(prices[listing_id]) and quote["currency"] == "CNY"
        assert quote["rate"] is None and quote["rateDate"] is None


def test_a_dollar_token_without_a_rate_is_refused_and_nothing_is_signed(demo_work):  # noqa: F811
    with pytest.raises(RateNeeded) as refused:
        service.sign_offers(demo_work, Signer(), DUSD)
    assert refused.value.fields == {"listing": "CNY", "token": "USD"}
    assert kept(demo_work) == []
    # A rate for another pair is no rate for this one.
    with pytest.raises(RateNeeded):
        service.sign_offers(demo_work, Signer(), DUSD, rate=parse_rate("7.8", "HKD", "USD"))
    assert kept(demo_work) == []


def test_a_dollar_token_takes_the_stated_rate_rounded_up_and_the_offer_carries_it(
        demo_work):  # noqa: F811
    rate = parse_rate("7.1130", "CNY", "USD", at=DEC_3)
    live = service.listings(demo_work, live_only=True)
    assert service.sign_offers(demo_work, Signer(), DUSD, rate=rate) == len(live)
    prices = {x.id: x.price for x in live}
    for listing_id, offer, quote in kept(demo_work):
        amount, quote = int(json.loads(offer)["price"]), json.loads(quote)
        assert quote == {"price": str(prices[listing_id]), "currency": "CNY", "symbol": "¥",
                         "decimals": 2, "before": True, "tokenSide": "USD", "rate": "7.1130",
                         "rateDate": "2026-12-03", "ratedAt": DEC_3,
                         "priceText": f"¥{prices[listing_id] // 100}.{prices[listing_id] % 100:02d}"}
        # never below the listing's price at the stated rate, and not a unit more
        worth = Fraction(amount, 10**6) * Fraction("7.1130")
        assert Fraction(amount - 1, 10**6) * Fraction("7.1130") < Fraction(prices[listing_id], 100) <= worth
        assert amount != prices[listing_id] * 10**4  # never 1:1
    # The rate is remembered for the pair, with its date, to prefill the next signing.
    last = service.last_rate(demo_work, "CNY", "USD")
    assert (last.value, last.stated_at, last.date) == ("7.1130", DEC_3, "2026-12-03")
    assert service.last_rate(demo_work, "CNY", "EUR") is None


def test_the_site_embeds_the_price_and_rate_beside_each_signed_offer(demo_work, vault, tmp_path):  # noqa: F811
    from desktop.services.tasks import run_inline
    from tests.desktop.test_storefront_sign import checkout_data

    service.sign_offers(demo_work, Signer(), DUSD, rate=parse_rate("7.1130", "CNY", "USD",
                                                                     at=DEC_3))
    run_inline(service.export_site_task(tmp_path / "site", DUSD, vault=vault), demo_work)
    listing = service.listings(demo_work, live_only=True)[0]
    variant = next(v for v in checkout_data(tmp_path / "site", listing)["variants"]
                   if v["listing"] == listing.id)
    assert variant["quote"]["rate"] == "7.1130" and variant["quote"]["rateDate"] == "2026-12-03"
    assert variant["quote"]["price"] == str(listing.price) and variant["offer"]["price"]


def test_offers_in_another_token_are_not_current_so_the_store_signs_again(demo_work):  # noqa: F811
    from shop.storefront.offers import current_offers

    rate = parse_rate("7.1130", "CNY", "USD", at=DEC_3)
    signed = service.sign_offers(demo_work, Signer(), DUSD, rate=rate)
    assert len(current_offers(demo_work.db, 31337, DUSD.contract, token=DUSD.token)) == signed
    assert current_offers(demo_work.db, 31337, DCNY.contract, token=DCNY.token) == {}
    # The store moves to the yuan token: each listing gets an offer in it, and the site's
    # offers are those.
    assert service.sign_offers(demo_work, Signer(), DCNY) == signed
    now = current_offers(demo_work.db, 31337, DCNY.contract, token=DCNY.token)
    assert len(now) == signed and all(o.offer["token"] == DCNY.token for o in now.values())
