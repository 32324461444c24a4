"""End to end in headless Chromium from file://: a store without a chain and with a WeChat Pay
code; the checkout's 扫码付款 shows the store's payment QR with the amount and an order code
(also as a QR the seller's camera reads); the app opens that code into an unpaid offline
order with the buyer's delivery details."""

import io

from desktop.services import pay_by_code
from desktop.services import storefront as service
from desktop.services.tasks import run_inline
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401
from tests.e2e.test_storefront_checkout import CHROMIUM, FLAGS, require_browser

WECHAT = "wxp://f2f0Zl8cTestCodeOfTheStore"


def wechat_picture(path):
    import segno

    segno.make(WECHAT, error="m").save(str(path), scale=6)
    return path


def decode(png: bytes) -> list[str]:
    import zxingcpp
    from PIL import Image

    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("RGB"))]


def test_scan_pay_checkout_makes_a_code_the_app_opens(demo_work, vault, tmp_path):  # noqa: F811
    playwright = require_browser()
    pay_by_code.add_payment_code(demo_work, "wechat", wechat_picture(tmp_path / "wx.png"))
    summary = run_inline(service.export_site_task(tmp_path / "site", None, vault=vault), demo_work)
    assert summary.pay_codes == 1 and summary.payable == 0
    # The site shows the code drawn anew from its text, never the seller's picture.
    drawn = (tmp_path / "site" / "images" / "pay-wechat.png").read_bytes()
    assert drawn != (tmp_path / "wx.png").read_bytes() and decode(drawn) == [WECHAT]
    item = service.listings(demo_work, live_only=True)[0]
    held = item.available

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            page = browser.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            url = (tmp_path / "site" / "checkout" / f"{item.product_key}.html").as_uri()
            page.goto(f"{url}?v={item.id}")
            assert not page.is_visible("#pay")  # no chain: no wallet button
            page.select_option("#variant", str(item.id))
            page.fill("#quantity", "2")
            page.fill("#name", "王小明")
            page.fill("#phone", "13900001111")
            page.fill("#address", "浙江省杭州市西湖区文三路 1 号")
            page.fill("#note", "下午送")
            page.click("#scan-pay")
            page.wait_for_selector("#scanpay-result:not([hidden])", timeout=30_000)
            code = page.input_value("#order-code")
            amount = page.text_content("#scanpay-amount")
            shown_pay_qr = page.get_attribute(".paycodes img", "src")
            qr_png = page.locator("#order-qr").screenshot()
            page.click("#copy-code")
            page.wait_for_function("document.getElementById('copy-state').textContent !== ''")
            assert errors == []
        finally:
            browser.close()

    assert code.startswith("ZLD1-") and len(code) < 500, code
    assert amount.startswith("¥") and f"{2 * item.price // 100}.{2 * item.price % 100:02d}" in amount
    assert shown_pay_qr == "../images/pay-wechat.png"
    assert decode(qr_png) == [code]  # the seller can scan the order code off the buyer's screen

    order = pay_by_code.add_order_code(demo_work, code, vault)
    assert (order.state, order.quantity, order.unit_price, order.payment) == (
        "pending", 2, item.price, "wechat")
    assert order.item_id == item.item_id and order.due_at - order.created_at == 24 * 3600
    assert (order.customer.name, order.customer.phone) == ("王小明", "13900001111")
    assert order.customer.address == "浙江省杭州市西湖区文三路 1 号" and order.note == "下午送"
    assert service.listing(demo_work, item.id).available == held - 2
