"""The Orders & escrow page on the demo profile's Sandbox: the simulated buyer signs nothing
until offers are signed, funds, and the order appears after sync with its delivery details;
the countdown ticks without rebuilding the model; accept many; mark shipped; reminders; an
order that changed since it was chosen is refused with the reason."""

import time

import re

import pytest

from shop.orders.model import escrow_number

from desktop.ui import dialogs

from desktop.services.demo import DEMO_SELLER_PASSWORD

#: How every sent transaction ends its sentence: its short hash, mined.
MINED = r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: mined\."


@pytest.fixture
def page(ui, qtbot, secret_keyring, monkeypatch):
    from desktop.services import storefront
    from desktop.services.wallet import close_sandboxes

    errors = []
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, e, title=None: errors.append(dialogs.error_text(e)))
    monkeypatch.setattr(dialogs, "ask_password", lambda *a: DEMO_SELLER_PASSWORD)
    monkeypatch.setattr(dialogs, "ask", lambda *a: True)
    said = []
    monkeypatch.setattr(dialogs, "notice", lambda parent, text, path=None: said.append(text))
    ui.open_profile("demo")
    page = ui.page("orders")
    ui.ctx.session.wallet_options = {**ui.ctx.session.wallet_options, "scrypt_n": 2**12}
    page._wallet = ui.ctx.session.work().wallet
    [seller] = [a.address for a in page.wallet.accounts.list()]  # the demo's seller
    page.wallet.networks.sandbox.fund(seller, 10**19)
    page.wallet.networks.sandbox.mint(seller, 10**10)
    ui.show_page("orders")
    qtbot.waitUntil(lambda: page.snapshot.network != "", timeout=20_000)
    page.errors = errors
    page.said = said
    yield page
    ui.ctx.tasks.wait(20_000)
    for a in page.wallet.accounts.list():
        page.wallet.accounts.remove(a.address, force=True)
    from wallet.vault import Vault

    Vault("ziliudi:" + ui.ctx.session.profile_id).delete(storefront.KEY_NAME)
    ui.ctx.session.close()
    close_sandboxes()


def idle(page, qtbot):
    qtbot.waitUntil(lambda: not page.ctx.tasks.running and page._syncing is None, timeout=30_000)
    assert not page.errors, page.errors


def fund(page, qtbot, count=1):
    panel = page.buyer_panel
    if not panel.listing.count():
        panel.buttons["sign"].click()
        qtbot.waitUntil(lambda: panel.listing.count() > 0 or bool(page.errors), timeout=30_000)
        assert not page.errors, (page.errors, page.status.text())
    before = page.model.rowCount()
    for _ in range(count):
        panel.buttons["fund"].click()
        idle(page, qtbot)
    page.sync(quiet=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + count, timeout=30_000)
    idle(page, qtbot)


def test_simulated_buyer_funds_and_the_order_shows_details(page, qtbot):
    assert page.buyer_panel.isVisible()
    assert "Sign offers" in page.buyer_panel.hint.text()
    fund(page, qtbot)
    view = page.model.views[0]
    assert view.order.state == "Funded" and view.details["name"] == "Wang Xiaoming"
    assert re.fullmatch(r"The simulated buyer paid \d+\.\d{2,6} dCNY into order \d+-\d+\."
                        + MINED, page.said[-1])
    assert page._money(view.order.price) in page.said[-1]
    assert escrow_number(view.order.escrow_id) in page.said[-1]
    assert re.fullmatch(r"\d+\.\d{2,6} dCNY", page.model.data(page.model.index(0, 4)))
    page.table.selectRow(0)
    assert "Wang Xiaoming" in page.details.toPlainText()
    assert page.history.rowCount() == 1 and page.history.item(0, 0).text() == "Funded"
    assert page.history.item(0, 2).text().startswith("0x")
    assert page.buttons["accept"].isEnabled() and not page.buttons["ship"].isEnabled()


def test_countdown_ticks_without_rebuilding(page, qtbot):
    fund(page, qtbot)
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    index = page.model.index(0, 7)
    first = page.model.data(index)
    base = page.model.clock()
    page.model.clock = lambda: base + 3600
    qtbot.waitUntil(lambda: page.model.data(index) != first, timeout=3000)
    changed = []
    page.model.dataChanged.connect(lambda a, b, roles: changed.append((a.column(), b.column())))
    qtbot.waitUntil(lambda: bool(changed), timeout=3000)
    assert set(changed) == {(7, 7)} and not resets
    assert "d" in page.model.data(index)  # about 47 hours left: "1 d 22:…"


def test_accept_many_then_ship_then_reminder(page, qtbot, monkeypatch):
    from desktop.ui.order_dialogs import ShipDialog

    fund(page, qtbot, count=2)
    page.table.selectAll()
    assert page.buttons["accept"].isEnabled()
    prompts = []
    monkeypatch.setattr(dialogs, "ask_password",
                        lambda *a: prompts.append(a) or DEMO_SELLER_PASSWORD)
    page.buttons["accept"].click()
    qtbot.waitUntil(lambda: {v.order.state for v in page.model.views} == {"Accepted"},
                    timeout=30_000)
    idle(page, qtbot)
    # The prompt says, in words and money, what accepting posts: the bond of both orders.
    [(_, _, _, rows, details)] = prompts
    said = dict(rows)
    numbers = sorted(escrow_number(v.order.escrow_id) for v in page.model.views)
    assert all(n in said["What"] for n in numbers) and details is None
    bonds = [v.order.bond for v in page.model.views]
    assert all(b > 0 for b in bonds) and said["Your bond"] == page._money(sum(bonds))
    assert re.fullmatch(r"\d+\.\d{2,6} dCNY", said["Your bond"])
    assert not any(str(v.order.escrow_id) in " ".join(said.values()) for v in page.model.views)
    assert re.fullmatch(r"Accepted orders \d+-\d+, \d+-\d+; bond posted: \d+\.\d{2,6} dCNY\."
                        + MINED, page.said[-1])
    assert said["Your bond"] in page.said[-1] and all(n in page.said[-1] for n in numbers)

    def filled(dialog):
        dialog.carrier.setCurrentText("顺丰速运")
        dialog.number.setText("SF1001")
        return ShipDialog.Accepted

    monkeypatch.setattr(ShipDialog, "exec", filled)
    page.table.clearSelection()
    page.table.selectRow(0)
    shipped_id = page.model.views[0].order.escrow_id
    page.buttons["ship"].click()
    qtbot.waitUntil(lambda: page.model.views[0].order.state == "Shipped", timeout=30_000)
    idle(page, qtbot)
    page.table.clearSelection()
    page.table.selectRow(0)
    assert page.model.views[0].order.escrow_id == shipped_id
    assert "SF1001" in page.details.toPlainText()
    assert re.fullmatch(re.escape(f"Order {escrow_number(shipped_id)} marked shipped with 顺丰速运, "
                                  "tracking number SF1001.") + MINED, page.said[-1])
    assert not page.reminders.isVisible()
    page.buyer_panel.jump.emit(6 * 86400 + 13 * 3600)  # the other one's ship deadline is near
    qtbot.waitUntil(lambda: page.reminders.isVisible(), timeout=30_000)
    assert "ship" in page.reminders.text()


def test_return_to_buyer_refunds_an_order_not_accepted_in_time(page, qtbot):
    fund(page, qtbot)
    page.buyer_panel.jump.emit(3 * 86400)  # past the accept deadline
    qtbot.waitUntil(lambda: "refund" in page.model.views[0].order.actions(page.model.now()),
                    timeout=30_000)
    idle(page, qtbot)
    page.table.selectRow(0)
    assert page.buttons["reclaim"].isEnabled() and not page.buttons["accept"].isEnabled()
    page.buttons["reclaim"].click()
    qtbot.waitUntil(lambda: page.model.views[0].order.state == "Refunded", timeout=30_000)
    idle(page, qtbot)
    o = page.model.views[0].order
    assert re.fullmatch(re.escape(
        f"Order {escrow_number(o.escrow_id)} returned to the buyer: "
        f"{page._money(o.price + o.bond)} paid out to the buyer.") + MINED, page.said[-1])


def _select(page, escrow_id):
    page.table.clearSelection()
    page.table.selectRow([v.order.escrow_id for v in page.model.views].index(escrow_id))


def _state(page, escrow_id):
    return next(v.order.state for v in page.model.views if v.order.escrow_id == escrow_id)


def test_the_buyer_s_confirm_and_the_seller_s_claim_say_what_was_paid_out(page, qtbot,
                                                                          monkeypatch):
    from desktop.ui.order_dialogs import ShipDialog

    fund(page, qtbot, count=2)
    page.table.selectAll()
    page.buttons["accept"].click()
    qtbot.waitUntil(lambda: {v.order.state for v in page.model.views} == {"Accepted"},
                    timeout=30_000)
    idle(page, qtbot)

    def filled(dialog):
        dialog.carrier.setCurrentText("顺丰速运")
        dialog.number.setText("SF2002")
        return ShipDialog.Accepted
    monkeypatch.setattr(ShipDialog, "exec", filled)
    first, second = [v.order.escrow_id for v in page.model.views]
    for escrow_id in (first, second):
        _select(page, escrow_id)
        page.buttons["ship"].click()
        qtbot.waitUntil(lambda: _state(page, escrow_id) == "Shipped", timeout=30_000)
        idle(page, qtbot)

    _select(page, first)
    page.buyer_panel.buttons["confirm"].click()
    qtbot.waitUntil(lambda: _state(page, first) == "Completed", timeout=30_000)
    idle(page, qtbot)
    o = next(v.order for v in page.model.views if v.order.escrow_id == first)
    assert re.fullmatch(re.escape(
        f"The simulated buyer confirmed order {escrow_number(first)}: "
        f"{page._money(o.price + o.bond)} paid out to you.") + MINED, page.said[-1])

    page.buyer_panel.jump.emit(30 * 86400)  # past the confirm deadline
    qtbot.waitUntil(lambda: "claim" in next(
        v.order for v in page.model.views if v.order.escrow_id == second).actions(
        page.model.now()), timeout=30_000)
    idle(page, qtbot)
    _select(page, second)
    page.buttons["claim"].click()
    qtbot.waitUntil(lambda: _state(page, second) == "Completed", timeout=30_000)
    idle(page, qtbot)
    o = next(v.order for v in page.model.views if v.order.escrow_id == second)
    assert re.fullmatch(re.escape(
        f"Order {escrow_number(second)} claimed: {page._money(o.price + o.bond)} paid out to "
        "you.") + MINED, page.said[-1])


def test_settle_says_what_each_side_gets(page, ui, qtbot, monkeypatch):
    from desktop.services import simulated_buyer
    from desktop.ui.order_dialogs import SettleDialog

    fund(page, qtbot)
    page.table.selectRow(0)
    page.buttons["accept"].click()
    qtbot.waitUntil(lambda: page.model.views[0].order.state == "Accepted", timeout=30_000)
    idle(page, qtbot)
    page.table.clearSelection()
    page.table.selectRow(0)
    o = page.model.views[0].order
    buyer_gets = o.price // 2

    def agreed(dialog):
        dialog.buyer_amount.setText(page._money(buyer_gets).split()[0])
        signature = simulated_buyer.simulate_buyer_signature(ui.ctx.session.work(),
                                                             dialog.settlement())
        dialog.buyer_signature.setPlainText(signature)
        return SettleDialog.Accepted
    monkeypatch.setattr(SettleDialog, "exec", agreed)
    page.buttons["settle"].click()
    qtbot.waitUntil(lambda: page.model.views[0].order.state == "Resolved", timeout=30_000)
    idle(page, qtbot)
    assert re.fullmatch(re.escape(
        f"Order {escrow_number(o.escrow_id)} settled: {page._money(buyer_gets)} to the buyer, "
        f"{page._money(o.price + o.bond - buyer_gets)} to you.") + MINED, page.said[-1])


def test_the_network_watch_syncs_when_the_head_moves_and_the_page_follows(page, ui, qtbot):
    from desktop.services import simulated_buyer

    assert not hasattr(page, "sync_timer")  # no page polls the book
    panel = page.buyer_panel
    panel.buttons["sign"].click()
    qtbot.waitUntil(lambda: panel.listing.count() > 0 or bool(page.errors), timeout=30_000)
    idle(page, qtbot)
    work = ui.ctx.session.work()
    buyer = simulated_buyer.sandbox_buyers(work)[0]
    listing = sorted(simulated_buyer.offers(work))[0]
    simulated_buyer.simulate_fund(work, buyer, listing, 1, {"name": "Li Lei"})
    assert page.model.rowCount() == 0
    ui.network_watch.probe()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    assert page.model.views[0].details["name"] == "Li Lei"


def test_an_order_that_changed_since_it_was_chosen_is_refused_with_the_reason(page, ui, qtbot):
    from desktop.services import simulated_buyer

    fund(page, qtbot)
    page.table.selectRow(0)
    assert page.buttons["accept"].isEnabled()
    # The chain's clock passes the accept deadline behind the page's back.
    simulated_buyer.time_travel(ui.ctx.session.work(), 3 * 86400)
    page.buttons["accept"].click()
    qtbot.waitUntil(lambda: bool(page.errors), timeout=30_000)
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(page.model.views[0].order.deadline))
    assert page.errors == [f"Order 1-1 is Funded and its deadline, {when}, has passed: it can "
                           "no longer be accepted."]
    page.errors.clear()
    assert page.model.views[0].order.state == "Funded"


def test_the_settle_dialog_copies_a_link_to_the_store_s_order_page(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    from desktop.ui.order_dialogs import SettleDialog

    escrow_id = 1 << 32 | 2
    dialog = SettleDialog(None, escrow_id, 12_500_000, 3, 31337, "0x" + "11" * 20, 6, "dUSD",
                          site_url="https://shop.example/")
    qtbot.addWidget(dialog)
    dialog.buyer_amount.setText("10")
    dialog.findChild(QPushButton, "copy_link").click()
    assert QGuiApplication.clipboard().text() == (
        f"https://shop.example/order.html?id={escrow_id}&settle=1-2.10000000.2500000.3")


def test_the_settle_dialog_splits_in_the_token_s_units(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from desktop.ui.order_dialogs import SettleDialog

    dialog = SettleDialog(None, 7, 12_500_000, 0, 31337, "0x" + "11" * 20, 6, "dUSD")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "The escrow holds 12.50 dUSD. Split it between the buyer and you." in texts
    assert dialog.buyer_amount.text() == "12.50" and dialog.seller_amount.text() == "0.00 dUSD"
    for typed, buyer, seller in (("10", 10_000_000, "2.50 dUSD"), ("0.000001 dUSD", 1,
                                                                      "12.499999 dUSD")):
        dialog.buyer_amount.setText(typed)
        assert dialog.split() == (buyer, 12_500_000 - buyer) and ok.isEnabled()
        assert dialog.seller_amount.text() == seller
    for typed in ("abc", "12.6", "-1", "0.0000001", "1 USDT"):
        dialog.buyer_amount.setText(typed)
        assert dialog.split() is None and not ok.isEnabled()
        assert dialog.seller_amount.text() == "not a valid split"


def test_dispute_and_statement_buttons_seal_to_the_stores_arbitrator(page, ui, qtbot,
                                                                     monkeypatch):
    from shop.arbitration import open_statement
    from shop.orders.store import statements
    from shop.storefront.profile import set_arbitrator
    from shop.storefront.notes import new_key_pair

    from desktop.ui.order_dialogs import DisputeDialog

    pem, public = new_key_pair()
    work = ui.ctx.session.work()
    set_arbitrator(work.db, "0x" + "a7" * 20, public, "微信 a7", 100)
    fund(page, qtbot)
    page.table.selectRow(0)
    page.buttons["accept"].click()
    qtbot.waitUntil(lambda: page.model.views[0].order.state == "Accepted", timeout=30_000)
    idle(page, qtbot)
    page.table.clearSelection()
    page.table.selectRow(0)
    assert not page.buttons["statement"].isEnabled()

    asked = []

    def dispute(dialog):
        asked.append(dialog.findChild(type(dialog.statement)).isEnabled())
        dialog.statement.setPlainText("买家已签收却说没收到。")
        return DisputeDialog.Accepted
    monkeypatch.setattr(DisputeDialog, "exec", dispute)
    page.buttons["dispute"].click()
    qtbot.waitUntil(lambda: page.model.views[0].order.state == "Disputed", timeout=30_000)
    idle(page, qtbot)
    assert asked == [True]
    number = escrow_number(page.model.views[0].order.escrow_id)
    assert re.fullmatch(rf"Order {number} disputed: the arbitrator decides who gets "
                        r"\d+\.\d{2,6} dCNY\." + MINED, page.said[-1])
    page.table.clearSelection()
    page.table.selectRow(0)
    assert page.buttons["statement"].isEnabled() and not page.buttons["dispute"].isEnabled()
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "有快递签收记录。")
    page.buttons["statement"].click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 5, timeout=30_000)
    idle(page, qtbot)
    assert re.fullmatch(rf"Statement added to order {number}, sealed to the arbitrator\."
                        + MINED, page.said[-1])
    events = [page.history.item(r, 0).text() for r in range(page.history.rowCount())]
    assert events[-3:] == ["Disputed", "Statement from the seller", "Statement from the seller"]
    order = page.model.views[0].order
    assert [open_statement(s.sealed, pem) for s in statements(work.db, order)] == [
        "买家已签收却说没收到。", "有快递签收记录。"]


def test_the_page_says_it_is_reading_until_the_orders_come(ui, qtbot, secret_keyring):
    ui.open_profile("demo")
    page = ui.page("orders")
    ui.show_page("orders")
    assert page.status.text() == "Reading the orders…"  # before the read has come back
    qtbot.waitUntil(lambda: page.snapshot.network != "", timeout=20_000)
    assert page.status.text().startswith(f"{page.snapshot.network}: ")
    ui.ctx.tasks.wait(20_000)
    from desktop.services.wallet import close_sandboxes

    for a in page.wallet.accounts.list():  # the demo's seller, out of the session's keyring
        page.wallet.accounts.remove(a.address, force=True)
    ui.ctx.session.close()
    close_sandboxes()


def test_in_chinese_the_page_says_what_the_command_line_says(page, ui, qtbot, monkeypatch):
    """The notices of the simulated buyer's payment, accepting and shipping are the sentences
    `ziliudi --lang zh_CN orders|sandbox ...` print (desktop.i18n, read from the .ts)."""
    from desktop import i18n
    from desktop.ui.order_dialogs import ShipDialog

    words = i18n.read_words("zh_CN")

    def chinese(context, text):
        return words.get((context, text), text)

    def says(sentence):
        assert re.fullmatch(re.escape(sentence) + r"交易 0x[0-9a-f]{4}…[0-9a-f]{4}：已上链。",
                            page.said[-1]), (page.said[-1], sentence)

    ui.ctx.translations.apply("zh_CN")
    try:
        fund(page, qtbot)
        o = page.model.views[0].order
        says(i18n.order_done("buyer_fund", o.escrow_id, chinese, amount=page._amount(o.price)))
        assert page.said[-1].startswith(f"模拟买家已向订单 {escrow_number(o.escrow_id)} 付款 ")
        page.table.selectRow(0)
        page.buttons["accept"].click()
        qtbot.waitUntil(lambda: page.model.views[0].order.state == "Accepted", timeout=30_000)
        idle(page, qtbot)
        bond = page.model.views[0].order.bond  # posted by accepting
        assert bond > 0
        says(i18n.accepted_text([o.escrow_id], page._amount(bond), chinese))

        def filled(dialog):
            dialog.carrier.setCurrentText("EMS")
            dialog.number.setText("E1")
            return ShipDialog.Accepted
        monkeypatch.setattr(ShipDialog, "exec", filled)
        page.table.clearSelection()
        page.table.selectRow(0)
        page.buttons["ship"].click()
        qtbot.waitUntil(lambda: page.model.views[0].order.state == "Shipped", timeout=30_000)
        idle(page, qtbot)
        says(i18n.order_done("ship", o.escrow_id, chinese, carrier="EMS", number="E1"))
        assert page.said[-1].startswith(f"订单 {escrow_number(o.escrow_id)} 已标记发货：EMS，运单号 E1。")
    finally:
        ui.ctx.translations.apply("en")
