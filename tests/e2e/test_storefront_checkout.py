"""End to end in headless Chromium: the exported storefront's checkout pays into the escrow on
anvil through an EIP-1193 provider that a page script bridges to the node, and the app's escrow
sync then shows the order with the buyer's delivery details decrypted."""

import shutil

import pytest
from eth_account import Account

from desktop.services import storefront as service
from desktop.services.tasks import run_inline
from shop.money import CNY, Money
from shop.storefront.quotes import parse_rate, token_units
from tests.conftest import missing_component
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401

CHROMIUM = "/usr/bin/chromium"


def require_browser():
    """Playwright's sync API, once Debian's chromium and Playwright are known to be here."""
    if not shutil.which(CHROMIUM):
        missing_component("Debian's chromium is not installed (apt-get install chromium)")
    try:
        import playwright.sync_api as playwright
    except ImportError:
        missing_component("playwright for Python is not installed (pip install -e .[test])")
    return playwright
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
# anvil's well-known test account #1 (the seller); the buyer is an unlocked node account
SELLER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"

BRIDGE = """
window.ethereum = {
  isBridge: true,
  request: async function (args) {
    const method = args.method;
    const params = args.params || [];
    if (method === "eth_requestAccounts" || method === "eth_accounts") return [window.__buyer];
    if (method === "wallet_switchEthereumChain") return null;
    const r = await fetch(window.__node, {method: "POST", headers: {"content-type": "application/json"},
      body: JSON.stringify({jsonrpc: "2.0", id: Date.now(), method: method, params: params})});
    const body = await r.json();
    if (body.error) {  // as an EIP-1193 ProviderRpcError: message, code and data
      const err = new Error(body.error.message);
      err.code = body.error.code;
      err.data = body.error.data;
      throw err;
    }
    return body.result;
  }
};
"""


class KeySigner:
    def __init__(self, key):
        self.account = Account.from_key(key)
        self.address = self.account.address

    def sign_typed_data(self, full_message):
        from eth_account.messages import encode_typed_data

        return "0x" + bytes(self.account.sign_message(
            encode_typed_data(full_message=full_message)).signature).hex()


def deploy(w3, name, sender, *args):
    from wallet.contract_artifacts import load_artifact

    art = load_artifact(name)
    tx = w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor(*args).transact(
        {"from": sender})
    address = w3.eth.wait_for_transaction_receipt(tx)["contractAddress"]
    return w3.eth.contract(address=address, abi=art["abi"])


@pytest.mark.anvil
@pytest.mark.parametrize("method", ["approve", "permit"])
def test_checkout_pays_and_sync_shows_the_order(demo_work, vault, anvil, tmp_path,  # noqa: F811
                                                method):
    playwright = require_browser()
    from web3 import Web3

    from desktop.services.orders import OrderSink
    from wallet.networks import Chain, Network, make_web3
    from wallet.escrow_sync import EscrowSync

    w3 = Web3(Web3.HTTPProvider(anvil.url))
    deployer, buyer = w3.eth.accounts[0], w3.eth.accounts[2]
    token = deploy(w3, "DemoUSD", deployer)
    escrow = deploy(w3, "Escrow", deployer)
    w3.eth.wait_for_transaction_receipt(token.functions.mint(buyer, 10**12).transact({"from": deployer}))
    dep = service.EscrowDeployment(anvil.chain_id, escrow.address, token.address, "dUSD", 6,
                                   "Demo USD", permit=True)
    now = w3.eth.get_block("latest")["timestamp"]
    seller = KeySigner(SELLER_KEY)
    # The store sells in 元 and the token is a dollar: the seller states the rate.
    rate = parse_rate("7.1130", "CNY", "USD", at=now)
    assert service.sign_offers(demo_work, seller, dep, at=now, rate=rate) > 0
    run_inline(service.export_site_task(tmp_path / "site", dep, vault=vault, at=now), demo_work)
    item = service.listings(demo_work, live_only=True, at=now)[0]
    unit_price = token_units(Money(item.price, CNY), dep.paid_in, rate)

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            context = browser.new_context()
            context.add_init_script(f"window.__node = {anvil.url!r}; window.__buyer = {buyer!r};"
                                    + BRIDGE)
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            url = (tmp_path / "site" / "checkout" / f"{item.product_key}.html").as_uri()
            page.goto(f"{url}?v={item.id}")
            page.select_option("#variant", str(item.id))
            page.fill("#quantity", "2")
            total = page.text_content("#total")
            assert total.startswith(f"{Money(2 * item.price, CNY)} ≈ "), total
            assert "（汇率 1 USD = 7.1130 CNY，" + rate.date + "）" in total
            page.fill("#name", "王小明")
            page.fill("#phone", "13900001111")
            page.fill("#address", "浙江省杭州市西湖区文三路 1 号")
            page.fill("#note", "下午送")
            page.select_option("#method", method)
            page.click("#pay")
            page.wait_for_selector("#order-link:not([hidden])", timeout=60_000)
            status = page.text_content("#status")
            assert "付款成功" in status, (status, errors)
            page.click("#order-link")
            page.wait_for_url("**/order.html?id=*")
            page.wait_for_function("document.getElementById('order-state').textContent !== '—'",
                                   timeout=30_000)
            assert "等待卖家接单" in page.text_content("#order-state")
        finally:
            browser.close()

    net = Network(0, "Anvil", "custom", anvil.url, anvil.chain_id, None, None, None, None)
    chain = Chain(net, make_web3(anvil.url), anvil.url)
    EscrowSync(OrderSink(demo_work.db, anvil.chain_id, escrow.address), chain,
               escrow.address).run()
    orders = service.orders(demo_work, vault)
    assert len(orders) == 1
    order = orders[0]
    assert order.listing_id == item.id and order.quantity == 2 and order.state == "Funded"
    assert order.price == 2 * unit_price
    assert order.details["name"] == "王小明" and order.details["address"].startswith("浙江省")
    assert order.details["quantity"] == 2 and order.buyer.lower() == buyer.lower()
