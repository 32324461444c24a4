"""A pickup order (到店自提) end to end on anvil in headless Chromium: the checkout offers the
store's pickup point in place of an address and seals it into the delivery note; the seller
accepts and marks the order ready (carrier 自提, a pickup code); the buyer's order page shows
the point, a state line that says ready for pickup (not shipped) and a QR that decodes to
the order, the buyer confirms there, and the counter's
look-up of the scanned text sees the confirmation on chain."""

import pytest
import zxingcpp
from web3 import Web3

from desktop.services import pickup
from desktop.services import storefront as service
from desktop.services.tasks import run_inline
from shop.orders.model import escrow_number
from shop.storefront.pickup import PICKUP_CARRIER
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401
from tests.e2e.test_storefront_checkout import (BRIDGE, CHROMIUM, FLAGS, SELLER_KEY, KeySigner,
                                                deploy, require_browser)

POINT = {"name": "西湖店", "address": "杭州市西湖区文三路 1 号", "hours": "10:00-21:00",
         "phone": "0571-8888"}


def qr_texts(png: bytes) -> list[str]:
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format_Grayscale8)
    rows = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    lines = b"".join(rows[y * image.bytesPerLine(): y * image.bytesPerLine() + image.width()]
                     for y in range(image.height()))
    return [r.text for r in zxingcpp.read_barcodes(
        memoryview(lines).cast("B", (image.height(), image.width())))]


def sync(work, anvil, escrow_address):
    from desktop.services.orders import OrderSink
    from wallet.escrow_sync import EscrowSync
    from wallet.networks import Chain, Network, make_web3

    net = Network(0, "Anvil", "custom", anvil.url, anvil.chain_id, None, None, None, None)
    chain = Chain(net, make_web3(anvil.url), anvil.url)
    EscrowSync(OrderSink(work.db, anvil.chain_id, escrow_address), chain, escrow_address).run()


@pytest.mark.anvil
def test_a_pickup_order_from_checkout_to_the_counter(demo_work, vault, anvil,  # noqa: F811
                                                     tmp_path):
    playwright = require_browser()
    from shop.storefront import tracking

    w3 = Web3(Web3.HTTPProvider(anvil.url))
    deployer, seller_account, buyer = w3.eth.accounts[0], w3.eth.accounts[1], w3.eth.accounts[2]
    token = deploy(w3, "DemoUSD", deployer)
    escrow = deploy(w3, "Escrow", deployer)
    for who in (buyer, seller_account):
        w3.eth.wait_for_transaction_receipt(token.functions.mint(who, 10**12).transact(
            {"from": deployer}))
    dep = service.EscrowDeployment(anvil.chain_id, escrow.address, token.address, "dCNY", 6,
                                   "Demo CNY", permit=False)
    now = w3.eth.get_block("latest")["timestamp"]
    items = service.listings(demo_work, live_only=True, at=now)
    item, delivered_only = items[0], items[1]
    pickup.add_point(demo_work, **POINT)
    pickup.set_handover(demo_work, item.id, "both")
    seller = KeySigner(SELLER_KEY)
    assert seller.address == seller_account
    assert service.sign_offers(demo_work, seller, dep, at=now) > 0
    run_inline(service.export_site_task(tmp_path / "site", dep, vault=vault, at=now), demo_work)
    site = tmp_path / "site"

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            context = browser.new_context()
            context.add_init_script(f"window.__node = {anvil.url!r}; window.__buyer = {buyer!r};"
                                    + BRIDGE)
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            # A listing delivered only shows no pickup choice.
            if delivered_only.product_key != item.product_key:
                page.goto((site / "checkout" / f"{delivered_only.product_key}.html").as_uri())
                assert not page.is_visible("#handover")
            page.goto((site / "checkout" / f"{item.product_key}.html").as_uri()
                      + f"?v={item.id}")
            assert page.is_visible("#address") and not page.is_visible("#pickup-point")
            page.select_option("#handover", "pickup")
            assert not page.is_visible("#address") and page.is_visible("#pickup-point")
            assert page.text_content("#pickup-info") == (
                "杭州市西湖区文三路 1 号，营业时间 10:00-21:00，电话 0571-8888")
            page.click("#pay")
            assert "请填写取货人和电话" in page.text_content("#status")
            page.fill("#name", "王小明")
            page.fill("#phone", "13900001111")
            page.click("#pay")
            page.wait_for_selector("#order-link:not([hidden])", timeout=60_000)
            assert "付款成功" in page.text_content("#status"), errors
            page.click("#order-link")
            page.wait_for_url("**/order.html?id=*")
            page.wait_for_function("document.getElementById('order-state').textContent !== '—'",
                                   timeout=30_000)
            assert "西湖店" in page.text_content("#pickup-where")
            assert not page.is_visible("#pickup-qr")  # not ready yet
            escrow_id = int(page.url.split("id=")[1].split("&")[0])

            sync(demo_work, anvil, escrow.address)
            [order] = service.orders(demo_work, vault)
            assert order.details["pickup"] == POINT and "address" not in order.details
            assert order.details["name"] == "王小明" and order.state == "Funded"

            # The seller accepts and marks it ready, as `orders ready` does on chain.
            w3.eth.wait_for_transaction_receipt(token.functions.approve(
                escrow.address, 10**12).transact({"from": seller_account}))
            w3.eth.wait_for_transaction_receipt(escrow.functions.accept(escrow_id).transact(
                {"from": seller_account}))
            # sealed as orders.mark_shipped seals it, for the reply key the checkout made
            reply = tracking.usable_reply_key(order.details["reply"])
            assert reply and len(order.details["reply"]) == 44  # compressed, in base64
            sealed = tracking.seal(PICKUP_CARRIER, "123456",
                                   service.delivery_secret(demo_work, vault), reply,
                                   tracking.place(anvil.chain_id, escrow.address, escrow_id))
            # in a list of one, as a drop-ship reply sends them: the page finds its own
            w3.eth.wait_for_transaction_receipt(escrow.functions.markShippedMany(
                [escrow_id], [sealed]).transact({"from": seller_account}))

            # Another visit to the order page (no ?pickup=) remembers the point in this browser.
            page.goto((site / "order.html").as_uri() + f"?id={escrow_id}")
            page.wait_for_selector("#pickup-qr", state="visible", timeout=30_000)
            assert "卖家已备好货" in page.text_content("#pickup-where")
            # The state line says ready for pickup too, not the delivery's 卖家已发货.
            state_line = page.text_content("#order-state")
            assert state_line.startswith("卖家已备好货，请到店自提（请在 "), state_line
            assert "已发货" not in state_line
            # the buyer reads the pickup code the seller sealed for this browser's key
            page.wait_for_selector("#order-tracking:not([hidden])", timeout=30_000)
            assert page.text_content("#order-tracking") == "取货码：123456", errors
            scanned = qr_texts(page.locator("#pickup-qr").screenshot())
            assert scanned == [f"ZLD-PICKUP:{escrow_number(escrow_id)}"]

            sync(demo_work, anvil, escrow.address)
            view = pickup.counter_view(demo_work, scanned[0], vault=vault)
            assert view.state == "Shipped" and not view.confirmed
            assert view.pickup["name"] == "西湖店" and view.buyer_name == "王小明"

            page.click("#confirm")
            page.wait_for_function(
                "document.getElementById('order-state').textContent === '已完成'",
                timeout=60_000)
            assert not page.is_visible("#pickup-qr")
            assert not errors, errors
        finally:
            browser.close()

    sync(demo_work, anvil, escrow.address)
    view = pickup.counter_view(demo_work, scanned[0], vault=vault)
    assert view.confirmed and view.state == "Completed"
