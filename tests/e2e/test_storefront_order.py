"""End to end in headless Chromium: the buttons of the exported storefront's order page.

The buyer pays on the checkout page (through the same EIP-1193 bridge to anvil as the checkout
test); the seller accepts with its bond and marks the parcel shipped through the app's escrow
client, journaled and signed with the seller's key; then the buyer opens order.html and clicks
"confirm receipt" (the contract pays the payees and the seller, bond included) or "open a
dispute". The app's escrow sync then shows the order Completed or Disputed."""


import pytest

from desktop.services import storefront as service
from desktop.services.tasks import run_inline
from shop.orders.model import escrow_number
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401
from tests.e2e.test_storefront_checkout import (  # noqa: F401
    BRIDGE,
    CHROMIUM,
    FLAGS,
    SELLER_KEY,
    KeySigner,
    deploy,
    require_browser,
)

QUANTITY = 2


def _balance(token, account) -> int:
    return int(token.functions.balanceOf(account).call())


def _fund_on_checkout_page(page, site, item, errors) -> int:
    url = (site / "checkout" / f"{item.product_key}.html").as_uri()
    page.goto(f"{url}?v={item.id}")
    page.select_option("#variant", str(item.id))
    page.fill("#quantity", str(QUANTITY))
    page.fill("#name", "李四")
    page.fill("#phone", "13800002222")
    page.fill("#address", "广东省深圳市南山区科技园 2 号")
    page.click("#pay")
    page.wait_for_selector("#order-link:not([hidden])", timeout=60_000)
    status = page.text_content("#status")
    assert "付款成功" in status, (status, errors)
    href = page.get_attribute("#order-link", "href")
    escrow_id = int(href.rsplit("id=", 1)[1])
    assert f"订单号 {escrow_number(escrow_id)}。" in status
    return escrow_id


def _open_order_page(page, site, escrow_id, expected_state):
    page.goto(f"{(site / 'order.html').as_uri()}?id={escrow_id}")
    page.wait_for_function(
        "s => document.getElementById('order-state').textContent.includes(s)",
        arg=expected_state, timeout=30_000)
    assert page.text_content("#order-id") == escrow_number(escrow_id) == f"1-{escrow_id & 0xFF}"


def _buttons(page) -> set[str]:
    """The order page's action buttons the buyer can see now."""
    return {b for b in ("confirm", "dispute", "cancel", "refund", "reclaim", "timeout")
            if page.is_visible(f"#{b}")}


def _click_and_wait(page, button, expected_state, errors):
    assert page.is_visible(button) and page.is_enabled(button), page.content()
    page.click(button)
    page.wait_for_function(
        "s => document.getElementById('order-state').textContent.includes(s)",
        arg=expected_state, timeout=60_000)
    page.wait_for_function("!document.getElementById('status').textContent.endsWith('…')")
    status = page.text_content("#status")
    assert "完成" in status and "error" not in (page.get_attribute("#status", "class") or ""), \
        (status, errors)


@pytest.fixture
def store(demo_work, vault, anvil, tmp_path):  # noqa: F811
    """A store with signed offers on a fresh escrow on anvil, its site exported, a browser page
    whose wallet is the buyer, and the seller's escrow client."""
    playwright = require_browser()
    from eth_account import Account
    from web3 import Web3

    from wallet.escrow_client import EscrowClient
    from wallet.journal import Journal
    from wallet.networks import Chain, Network, make_web3
    from wallet.signer import UnlockedSigner

    w3 = Web3(Web3.HTTPProvider(anvil.url))
    deployer, buyer, supplier = w3.eth.accounts[0], w3.eth.accounts[2], w3.eth.accounts[3]
    token = deploy(w3, "DemoToken", deployer, "Demo CNY", "dCNY", 6)  # the store sells in 元
    escrow = deploy(w3, "Escrow", deployer)
    seller = KeySigner(SELLER_KEY)
    for account in (buyer, seller.address):  # the seller needs tokens for its bond
        w3.eth.wait_for_transaction_receipt(
            token.functions.mint(account, 10**12).transact({"from": deployer}))
    dep = service.EscrowDeployment(anvil.chain_id, escrow.address, token.address, "dCNY", 6,
                                   "Demo CNY", permit=True)
    now = w3.eth.get_block("latest")["timestamp"]
    # The demo lot as a distributor has it from a supplier's lot sheet: the supplier is then a
    # payee of every offer, paid its supply price in the same transaction as the seller.
    with demo_work.db.conn:
        demo_work.db.execute("UPDATE lots SET origin = 'sheet', seller_address = ?", [supplier])
    assert service.sign_offers(demo_work, seller, dep, at=now) > 0
    site = tmp_path / "site"
    run_inline(service.export_site_task(site, dep, vault=vault, at=now), demo_work)
    item = service.listings(demo_work, live_only=True, at=now)[0]

    net = Network(0, "Anvil", "custom", anvil.url, anvil.chain_id, None, None, None, None)
    chain = Chain(net, make_web3(anvil.url), anvil.url)
    client = EscrowClient(chain, Journal(demo_work.db), escrow.address, timeout=30)
    seller_signer = UnlockedSigner(Account.from_key(SELLER_KEY), idle_lock_seconds=10**9)

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            context = browser.new_context()
            context.add_init_script(f"window.__node = {anvil.url!r}; window.__buyer = {buyer!r};"
                                    + BRIDGE)
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            yield type("Store", (), dict(
                w3=w3, token=token, escrow=escrow, buyer=buyer, seller=seller_signer,
                client=client, chain=chain, site=site, item=item, page=page, errors=errors,
                work=demo_work, vault=vault))
        finally:
            browser.close()


def _sync(store):
    from desktop.services.orders import OrderSink
    from wallet.escrow_sync import EscrowSync

    sink = OrderSink(store.work.db, store.chain.require_ready(), store.escrow.address)
    EscrowSync(sink, store.chain, store.escrow.address).run()
    orders = service.orders(store.work, store.vault)
    assert len(orders) == 1
    return orders[0]


def _payees(store, escrow_id) -> list[tuple[str, int]]:
    """The payees of the escrow's offer and what each gets per unit, from the offer the
    seller signed and the app keeps."""
    from shop.storefront import offers as storefront_offers

    view = store.client.read(escrow_id)
    kept = storefront_offers.offer_by_hash(store.work.db, "0x" + view.offer_hash.hex())
    return list(zip(kept.offer["payees"], (int(a) for a in kept.offer["payeeAmounts"])))


@pytest.mark.anvil
def test_buyer_confirms_receipt_on_the_order_page(store):
    page, client, seller = store.page, store.client, store.seller
    escrow_id = _fund_on_checkout_page(page, store.site, store.item, store.errors)
    _open_order_page(page, store.site, escrow_id, "等待卖家接单")
    assert _buttons(page) == {"cancel"}

    client.accept(seller, escrow_id)
    # The page still offers to cancel; the contract would refuse now that the seller has
    # accepted: the page says so without sending a transaction, and shows the new state.
    nonce = store.w3.eth.get_transaction_count(store.buyer)
    page.click("#cancel")
    page.wait_for_function("document.getElementById('status').classList.contains('error')")
    assert "状态不能这样操作" in page.text_content("#status")
    page.wait_for_function("document.getElementById('order-state').textContent.includes('卖家已接单')")
    assert store.w3.eth.get_transaction_count(store.buyer) == nonce
    assert _buttons(page) == {"confirm", "dispute"}

    # bytes that were not sealed for this order's key: the page refuses them in words
    client.mark_shipped(seller, escrow_id, b"\x01" + "sealed 顺丰 SF1234567890".encode() * 2)
    view = client.read(escrow_id)
    assert view.state == "Shipped" and view.quantity == QUANTITY
    payees = _payees(store, escrow_id)
    assert payees and all(amount > 0 for _, amount in payees)
    assert view.price == QUANTITY * store.item.price * 10**4
    watched = [seller.address, store.buyer] + [a for a, _ in payees]
    before = {a: _balance(store.token, a) for a in watched}
    held_before = _balance(store.token, store.escrow.address)

    _open_order_page(page, store.site, escrow_id, "卖家已发货")
    assert _buttons(page) == {"confirm", "dispute"}
    page.wait_for_selector("#order-tracking:not([hidden])", timeout=30_000)
    assert page.text_content("#order-tracking") == (
        "卖家发来的快递单号无法解开：它被改动过，或不是给这笔订单的。请联系卖家。")
    _click_and_wait(page, "#confirm", "已完成", store.errors)
    assert _buttons(page) == set()

    after = {a: _balance(store.token, a) for a in watched}
    to_payees = 0
    for account, per_unit in payees:
        assert after[account] - before[account] == per_unit * QUANTITY
        to_payees += per_unit * QUANTITY
    assert after[seller.address] - before[seller.address] == view.price + view.bond - to_payees
    assert after[store.buyer] == before[store.buyer]
    assert held_before - _balance(store.token, store.escrow.address) == view.price + view.bond
    assert client.read(escrow_id).state == "Closed"
    assert not store.errors

    order = _sync(store)
    assert order.escrow_id == escrow_id and order.state == "Completed"
    assert order.listing_id == store.item.id and order.quantity == QUANTITY
    assert order.details["name"] == "李四"


@pytest.mark.anvil
def test_buyer_opens_a_dispute_on_the_order_page(store):
    page, client, seller = store.page, store.client, store.seller
    escrow_id = _fund_on_checkout_page(page, store.site, store.item, store.errors)
    client.accept(seller, escrow_id)
    assert client.read(escrow_id).state == "Accepted"

    _open_order_page(page, store.site, escrow_id, "卖家已接单")
    assert _buttons(page) == {"confirm", "dispute"}
    # The offer names no arbitrator: the page says so, and there is no one to write to.
    assert page.text_content("#arbitration") == "没有仲裁人：争议只能等到超时处理。"
    assert not page.is_visible("#statement")
    _click_and_wait(page, "#dispute", "争议中", store.errors)
    assert _buttons(page) == {"confirm"}  # the buyer may still concede; not dispute twice
    assert client.read(escrow_id).state == "Disputed"
    assert not store.errors

    order = _sync(store)
    assert order.escrow_id == escrow_id and order.state == "Disputed"
    assert order.details["phone"] == "13800002222"


@pytest.fixture
def arbiter(demo_work):  # noqa: F811
    """The store names an arbitrator before its offers are signed: (account, private key)."""
    from shop.storefront.profile import set_arbitrator
    from shop.storefront.notes import new_key_pair

    pem, public = new_key_pair()
    account = "0x" + "A7" * 20
    set_arbitrator(demo_work.db, account, public, "微信 arb-7", 100)
    return account, pem


@pytest.mark.anvil
def test_the_buyers_statement_is_sealed_to_the_arbitrator(arbiter, store):
    from shop.arbitration import open_statement
    from shop.orders.store import get_order, statements

    account, pem = arbiter
    page, client = store.page, store.client
    escrow_id = _fund_on_checkout_page(page, store.site, store.item, store.errors)
    client.accept(store.seller, escrow_id)
    assert client.read(escrow_id).arbitrator.lower() == account.lower()
    _open_order_page(page, store.site, escrow_id, "卖家已接单")
    assert "微信 arb-7" in page.text_content("#arbitration")
    page.fill("#statement", "字" * 400)  # more than the contract takes, sealed
    page.click("#dispute")
    page.wait_for_function("document.getElementById('status').classList.contains('error')")
    assert "陈述太长" in page.text_content("#status")
    page.wait_for_function("!document.getElementById('dispute').disabled")
    page.fill("#statement", "收到的颜色和图片不一样。")
    _click_and_wait(page, "#dispute", "争议中", store.errors)
    assert not page.is_visible("#statement")

    [log] = store.escrow.events.Statement().get_logs(from_block=0)
    assert log["args"]["id"] == escrow_id and log["args"]["by"] == store.buyer
    assert open_statement(log["args"]["statement"], pem) == "收到的颜色和图片不一样。"
    _sync(store)
    order = get_order(store.work.db, store.chain.require_ready(), store.escrow.address, escrow_id)
    [said] = statements(store.work.db, order)
    assert said.role == "buyer" and open_statement(said.sealed, pem) == "收到的颜色和图片不一样。"


@pytest.mark.anvil
def test_a_cancelled_order_reads_refunded(store):
    page = store.page
    escrow_id = _fund_on_checkout_page(page, store.site, store.item, store.errors)
    _open_order_page(page, store.site, escrow_id, "等待卖家接单")
    _click_and_wait(page, "#cancel", "已退款", store.errors)
    assert _buttons(page) == set() and store.client.read(escrow_id).state == "Closed"
    assert not store.errors


def _move_chain_clock(store, seconds: int) -> None:
    store.w3.provider.make_request("evm_increaseTime", [seconds])
    store.w3.provider.make_request("evm_mine", [])


def _token_text(units: int) -> str:
    """An amount of the store's yuan token (6 decimals) as the page writes it."""
    whole, frac = divmod(units, 10**6)
    frac_text = f"{frac:06d}".rstrip("0")
    return f"{whole}.{frac_text} dCNY" if frac_text else f"{whole} dCNY"


@pytest.mark.anvil
def test_buyer_takes_the_price_back_when_the_seller_does_not_accept_in_time(store):
    page = store.page
    escrow_id = _fund_on_checkout_page(page, store.site, store.item, store.errors)
    view = store.client.read(escrow_id)
    _open_order_page(page, store.site, escrow_id, "等待卖家接单")
    assert _buttons(page) == {"cancel"}
    terms = page.text_content("#order-terms")
    assert f"货款：{_token_text(view.price)}（{QUANTITY} 件）" in terms
    assert f"卖家保证金：{_token_text(view.bond)}（卖家接单时交）" in terms
    assert "发货期限：接单后 7 天" in terms and "仲裁人：无" in terms
    assert "没有仲裁人" in page.text_content("#order-warnings")

    _move_chain_clock(store, 49 * 3600)  # past the 48-hour accept window
    _open_order_page(page, store.site, escrow_id, "卖家没有在")
    assert _buttons(page) == {"refund"}
    before = _balance(store.token, store.buyer)
    _click_and_wait(page, "#refund", "已退款", store.errors)
    assert _balance(store.token, store.buyer) - before == view.price
    assert _buttons(page) == set() and store.client.read(escrow_id).state == "Closed"
    assert not store.errors


@pytest.mark.anvil
def test_buyer_reclaims_price_and_bond_when_the_seller_does_not_ship_in_time(store):
    page, client = store.page, store.client
    escrow_id = _fund_on_checkout_page(page, store.site, store.item, store.errors)
    client.accept(store.seller, escrow_id)
    view = client.read(escrow_id)
    assert view.bond > 0
    _open_order_page(page, store.site, escrow_id, "卖家需在")
    assert _buttons(page) == {"confirm", "dispute"}
    assert f"卖家保证金：{_token_text(view.bond)}（卖家不按时发货，归你）" in page.text_content(
        "#order-terms")

    _move_chain_clock(store, 7 * 86400 + 60)  # past the 7-day ship window
    _open_order_page(page, store.site, escrow_id, "卖家没有在")
    assert _buttons(page) == {"reclaim", "confirm"}
    before = _balance(store.token, store.buyer)
    _click_and_wait(page, "#reclaim", "已退款", store.errors)
    assert _balance(store.token, store.buyer) - before == view.price + view.bond
    assert _buttons(page) == set() and client.read(escrow_id).state == "Closed"
    assert not store.errors


@pytest.mark.anvil
def test_buyer_signs_the_sellers_settlement_proposal_on_the_order_page(store):
    from desktop.services.orders import proposal_code, proposal_link
    from wallet.escrow_types import Settlement, settlement_typed_data
    from wallet.signer import recover_typed_data

    page, client = store.page, store.client
    escrow_id = _fund_on_checkout_page(page, store.site, store.item, store.errors)
    client.accept(store.seller, escrow_id)
    view = client.read(escrow_id)
    buyer_part = view.price // 2 + 1  # not a round amount, to see it written as money
    s = Settlement(escrow_id, buyer_part, view.held - buyer_part, view.settlement_nonce)
    stale = Settlement(escrow_id, buyer_part, view.held - buyer_part, view.settlement_nonce + 1)

    # A proposal under another nonce than the escrow's (voided) is not offered for signing.
    code = proposal_code(stale)
    assert code == (f"{escrow_number(escrow_id)}.{buyer_part}.{view.held - buyer_part}."
                    f"{view.settlement_nonce + 1}")
    assert proposal_link("https://shop.example", stale) == (
        f"https://shop.example/order.html?id={escrow_id}&settle={code}")
    page.goto(f"{(store.site / 'order.html').as_uri()}?id={escrow_id}&settle={code}")
    page.wait_for_selector("#settlement:not([hidden])", timeout=30_000)
    assert "已作废" in page.text_content("#settle-text")
    assert not page.is_visible("#settle-sign")

    # The current one, pasted as a code, reads as money and is signed by the buyer's wallet.
    page.click(".settle-paste summary")
    page.fill("#settle-code", proposal_code(s))
    page.click("#settle-open")
    text = page.text_content("#settle-text")
    assert text.startswith(f"卖家提议：你拿回 {_token_text(s.buyer_amount)}，卖家得到 "
                           f"{_token_text(s.seller_amount)}（托管中共 {_token_text(view.held)}）"), text
    assert str(s.buyer_amount) not in text
    page.click("#settle-sign")
    page.wait_for_selector("#settle-done:not([hidden])", timeout=30_000)
    reply = page.input_value("#settle-reply")
    typed = settlement_typed_data(s, store.w3.eth.chain_id, store.escrow.address)
    assert recover_typed_data(typed, reply).lower() == store.buyer.lower()

    # The seller pastes the reply; its own signature and the buyer's settle the escrow.
    before = {a: _balance(store.token, a) for a in (store.buyer, store.seller.address)}
    seller_signature = client.sign_settlement(store.seller, s)
    client.settle(store.seller, s, bytes.fromhex(reply.removeprefix("0x")), seller_signature)
    assert _balance(store.token, store.buyer) - before[store.buyer] == s.buyer_amount
    assert client.read(escrow_id).state == "Closed"
    _open_order_page(page, store.site, escrow_id, "已结束")
    assert _buttons(page) == set() and not store.errors


@pytest.mark.anvil
def test_the_order_page_warns_of_unusual_terms_and_names_the_arbitrator(store):
    """An offer with no bond, one-day windows and an arbitrator: the page says each, and
    warns of the missing bond and the short windows."""
    from wallet.escrow_types import DAY, Offer, offer_typed_data

    w3, escrow, seller = store.w3, store.escrow, KeySigner(SELLER_KEY)
    arbitrator = w3.eth.accounts[5]
    now = w3.eth.get_block("latest")["timestamp"]
    offer = Offer(seller=seller.address, token=store.token.address, price=5 * 10**6,
                  max_quantity=1, expiry=now + DAY, bond=0, ship_window=DAY,
                  confirm_window=DAY, arbitration_window=2 * DAY, arbitrator=arbitrator,
                  arbitrator_fee=10**5)
    signature = seller.sign_typed_data(offer_typed_data(offer, w3.eth.chain_id, escrow.address))
    for tx in (store.token.functions.approve(escrow.address, offer.price),
               escrow.functions.fund(offer.as_abi(), bytes.fromhex(signature[2:]), 1, b"")):
        w3.eth.wait_for_transaction_receipt(tx.transact({"from": store.buyer}))
    [escrow_id] = [e["args"]["id"] for e in escrow.events.Funded().get_logs(from_block=0)]
    store.client.accept(store.seller, escrow_id)

    _open_order_page(store.page, store.site, escrow_id, "卖家需在")
    terms = store.page.text_content("#order-terms")
    assert "卖家保证金：无" in terms and "发货期限：接单后 1 天" in terms
    assert f"仲裁人：{arbitrator.lower()}（卖家在报价中写明的第三方" in terms
    assert "仲裁费：0.1 dCNY（只在仲裁人裁决时收取）" in terms
    warnings = store.page.text_content("#order-warnings")
    assert "没有保证金" in warnings and "没有仲裁人" not in warnings
    assert "期限很短：发货只有 1 天，确认收货只有 1 天，仲裁只有 2 天" in warnings
    assert not store.errors


def test_the_order_page_knows_every_event_that_closes_an_escrow():
    from eth_utils import keccak

    from shop.orders.model import CLOSING
    from wallet.contract_artifacts import load_artifact

    config = service.chain_config(service.EscrowDeployment(1, "0x" + "11" * 20, "0x" + "22" * 20,
                                                           "dUSD", 6))
    def topic(event: dict) -> str:
        types = ",".join(x["type"] for x in event["inputs"])
        return "0x" + keccak(text=f"{event['name']}({types})").hex()

    events = {i["name"]: topic(i) for i in load_artifact("Escrow")["abi"] if i["type"] == "event"}
    outcome = {"Completed": "completed", "Refunded": "refunded", "Resolved": "resolved"}
    assert config["closedTopics"] == {events[kind]: outcome[state] for kind, state in CLOSING.items()}


def _script() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[2] / "resources" / "storefront" / "app.js").read_text(
        encoding="utf-8")


def _config() -> dict:
    return service.chain_config(service.EscrowDeployment(1, "0x" + "11" * 20, "0x" + "22" * 20,
                                                         "dUSD", 6))


def test_the_config_gives_the_abis_selectors_types_and_topics():
    from eth_utils import event_abi_to_log_topic, function_abi_to_4byte_selector

    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_types import OFFER_TYPE

    config = _config()
    abis = {name: load_artifact(name)["abi"] for name in ("Escrow", "DemoUSD")}
    functions = {i["name"]: i for name in ("Escrow", "DemoUSD") for i in abis[name]
                 if i["type"] == "function"}
    assert set(config["functions"]) == {"fund", "fundWithPermit", "getEscrow", "getTerms",
                                        "confirm", "dispute", "cancel", "refund", "reclaim",
                                        "timeoutDispute", "markShipped", "markShippedMany",
                                        "approve", "allowance", "nonces"}
    for name, fn in config["functions"].items():
        item = functions[name]
        assert fn["selector"] == "0x" + function_abi_to_4byte_selector(item).hex(), name
        assert fn["inputs"] == _bare(item["inputs"]) and fn["outputs"] == _bare(item["outputs"])
    # the script encodes an offer by these fields, which are the ones the seller signs
    offer = config["functions"]["fund"]["inputs"][0]["components"]
    assert [(c["name"], c["type"]) for c in offer] == [(f["name"], f["type"]) for f in OFFER_TYPE]
    funded = [i for i in abis["Escrow"] if i.get("name") == "Funded"][0]
    assert config["fundedTopic"] == "0x" + event_abi_to_log_topic(funded).hex()
    shipped = [i for i in abis["Escrow"] if i.get("name") == "Shipped"][0]
    assert config["shippedTopic"] == "0x" + event_abi_to_log_topic(shipped).hex()
    errors = {"0x" + function_abi_to_4byte_selector(i).hex(): i["name"]
              for name in ("Escrow", "DemoUSD") for i in abis[name] if i["type"] == "error"}
    assert config["errors"] == errors
    assert config["states"] == ["None", "Funded", "Accepted", "Shipped", "Disputed", "Closed"]
    assert [f["name"] for f in config["permitTypes"]["Permit"]] == [
        "owner", "spender", "value", "nonce", "deadline"]


def _bare(params):
    return [{"name": p["name"], "type": p["type"]}
            | ({"components": _bare(p["components"])} if "components" in p else {})
            for p in params]


def test_the_script_hard_codes_no_selector_topic_signature_or_offer_field_order():
    import re

    from wallet.escrow_types import OFFER_TYPE

    script = _script()
    assert re.findall(r"0x[0-9a-fA-F]{8,}", script) == []  # no selector, topic or hash
    assert re.findall(r"""["'][A-Za-z_]\w*\([\w\[\](),]*\)["']""", script) == []  # "fund(...)"
    names = [f["name"] for f in OFFER_TYPE]
    for a, b in zip(names, names[1:]):  # fields are read by name, never listed in order
        assert not re.search(rf"\b{a}\b[^;\n]{{0,40}}\b{b}\b", script), (a, b)
    assert "selectors" not in script and "offerTuple" not in script


def test_the_pages_explain_the_contracts_refusals_by_name():
    """app.js words every custom error of the escrow and the token by name (the config maps
    selectors to names), and names no error the compiled contracts do not have."""
    import re

    from wallet.contract_artifacts import load_artifact

    known = {i["name"] for name in ("Escrow", "DemoUSD") for i in load_artifact(name)["abi"]
             if i["type"] == "error"}
    block = re.search(r"var REVERTS = \{(.*?)\};", _script(), re.S).group(1)
    table = re.findall(r"^\s*(\w+): \"", block, re.M)
    assert len(known) > 20 and len(table) == len(set(table))
    assert sorted(known - set(table)) == [] and sorted(set(table) - known) == []
