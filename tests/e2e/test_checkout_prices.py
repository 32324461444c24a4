"""The buyer's checkout in headless Chromium shows what a variant costs: for a store priced in 元
paid in a dollar token, the price in 元, the token amount and the seller's rate with its date;
paid in a yuan token, the one amount."""

import pytest

from desktop.services import storefront as service
from desktop.services.tasks import run_inline
from shop.money import CNY, Currency, Money
from shop.storefront.quotes import parse_rate, token_units
from tests.desktop.test_storefront_hostile import Signer
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401
from tests.e2e.test_storefront_checkout import CHROMIUM, FLAGS, require_browser

DEC_3 = 1_796_256_000  # 2026-12-03 00:00 UTC


def _deployment(symbol: str, name: str) -> service.EscrowDeployment:
    return service.EscrowDeployment(31337, "0x" + "11" * 20, "0x" + "22" * 20, symbol, 6, name)


def _totals(work, vault, site, dep, rate) -> tuple[object, list[str]]:  # noqa: F811
    """The first live listing and the checkout's total for 1 and then 3 units."""
    playwright = require_browser()
    assert service.sign_offers(work, Signer(), dep, rate=rate) > 0
    run_inline(service.export_site_task(site, dep, vault=vault), work)
    item = service.listings(work, live_only=True)[0]
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            page = browser.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto((site / "checkout" / f"{item.product_key}.html").as_uri() + f"?v={item.id}")
            totals = [page.text_content("#total")]
            page.fill("#quantity", "3")
            totals.append(page.text_content("#total"))
            assert errors == []
        finally:
            browser.close()
    return item, totals


def test_a_dollar_token_shows_both_amounts_and_the_rate_with_its_date(demo_work, vault,  # noqa: F811
                                                                      tmp_path):
    dep, rate = _deployment("dUSD", "Demo USD"), parse_rate("7.1130", "CNY", "USD", at=DEC_3)
    item, (one, three) = _totals(demo_work, vault, tmp_path / "site", dep, rate)
    token = Currency.token("dUSD", 6)
    unit = token_units(Money(item.price, CNY), dep.paid_in, rate)
    for total, n in ((one, 1), (three, 3)):
        paid = Money(n * unit, token).plain().rstrip("0").rstrip(".")
        assert total == (f"{Money(n * item.price, CNY)} ≈ {paid} dUSD"
                         f"（汇率 1 USD = 7.1130 CNY，2026-12-03）（卖家签名的价格 × {n}）")


def test_a_yuan_token_shows_the_one_amount(demo_work, vault, tmp_path):  # noqa: F811
    item, (one, three) = _totals(demo_work, vault, tmp_path / "site",
                                 _deployment("dCNY", "Demo CNY"), None)
    yuan = Money(item.price, CNY).plain().rstrip("0").rstrip(".")
    assert one == f"{yuan} dCNY（卖家签名的价格 × 1）"
    assert "≈" not in three and "汇率" not in three
