"""The dialogs of the demo in Chinese past the state they open in: each is driven as a user
would (a real stock file mapped and checked, the welcome wizard's every page, a wallet made
and its words checked, a real order chosen, a month's statement, a receipt, a plan with its
warning, refused entries, a wrong password) and every visible text of each state, and of
each message box it raises, is scanned as tests/desktop/test_chinese_screens.py scans pages.
The file's own data (a stock file's headers and cells, names typed in) is not English to
report."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QFileDialog, QMessageBox, QPlainTextEdit, QTextEdit,
                               QWidget, QWizard)

from desktop.services.demo import DEMO_SELLER_PASSWORD
from desktop.ui import dialogs
from tests.desktop.test_chinese_screens import (demo_window, english, shown_texts,  # noqa: F401
                                                sources)


# Qt's own buttons (dialog button boxes, the wizard's): single words, which the English check
# lets pass, so they are named here; Qt's translation says them in Chinese.
QT_BUTTONS = {"Cancel", "Close", "Yes", "No", "Apply", "Save", "Open", "Reset", "Help",
              "Next >", "< Back", "Finish", "Commit", "Done", "Discard", "Abort", "Retry",
              "Ignore"}


class Scan:
    """What each driven state shows, its English texts kept as "scenario: where: text"."""

    def __init__(self, window, qtbot, tmp):
        self.window, self.qtbot, self.tmp = window, qtbot, tmp
        self.known = sources()
        self.found: list[str] = []
        self.scenario = ""
        self.data: set[str] = set()  # texts that are the user's own, in this scenario
        # A dialog class's name -> what fills it in (None: accepted as filled, or a result
        # code); "ask_text" (or a list, one per prompt), "save" and "open" -> what the
        # prompt or file chooser answers.
        self.answers: dict[str, object] = {}
        self.password = "wrong password"  # what the password prompt answers

    def text(self, where: str, text: str) -> None:
        """Check one text shown at `where`."""
        if not text or text in self.data or text.strip() in self.data:
            return
        if text in self.known or english(text) or text.replace("&", "") in QT_BUTTONS:
            self.found.append(f"{self.scenario}: {where}: {text!r}")

    def __call__(self, root: QWidget, state: str = "") -> None:
        """Check every visible text of `root` (a dialog, a wizard, a page) as it is now."""
        self.idle()
        where = f"{type(root).__name__}{' ' + state if state else ''}"
        self.text(f"{where} title", root.windowTitle())
        if isinstance(root, QWizard) and root.currentPage() is not None:
            self.text(f"{where} page title", root.currentPage().title())
            self.text(f"{where} page subtitle", root.currentPage().subTitle())
        for widget, text in shown_texts(root):
            self.text(f"{where} {type(widget).__name__} {widget.objectName()!r}", text)
        edits = [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]
        for edit in edits:
            if edit.isVisibleTo(root) and edit.isReadOnly():
                for line in edit.toPlainText().splitlines():
                    self.text(f"{where} {type(edit).__name__} {edit.objectName()!r}", line)

    def idle(self) -> None:
        """Wait until the window's background work is done and its results are shown."""
        tasks = self.window.ctx.tasks
        self.qtbot.waitUntil(lambda: not tasks.running, timeout=30_000)
        self.qtbot.wait(20)


@pytest.fixture
def scan(demo_window, qtbot, monkeypatch, tmp_path):  # noqa: F811
    """The scan, with every message box, password prompt, text prompt and file chooser
    answered (and its words scanned) instead of waiting for a click; a dialog run with
    exec() is scanned, then filled by the scenario's answer for its class and accepted."""
    s = Scan(demo_window, qtbot, tmp_path)

    def box(kind, answer):
        def shown(parent, title, text, *args, **kwargs):
            s.text(f"{kind} box title", title)
            for line in text.splitlines():
                s.text(f"{kind} box", line)
            return answer
        return staticmethod(shown)

    for kind, answer in (("critical", QMessageBox.Ok), ("information", QMessageBox.Ok),
                         ("warning", QMessageBox.Ok), ("question", QMessageBox.Yes)):
        monkeypatch.setattr(QMessageBox, kind, box(kind, answer))

    def ask_password(parent, title, label, signing=None, details=None):
        s.text("password prompt title", title)
        for line in label.splitlines():
            s.text("password prompt", line)
        for field, value in signing or ():
            s.text("password prompt field", field)
            for line in value.splitlines():
                s.text("password prompt value", line)
        return s.password

    monkeypatch.setattr(dialogs, "ask_password", ask_password)

    def ask_text(parent, title, label, text=""):
        s.text("text prompt title", title)
        s.text("text prompt", label)
        answer = s.answers.get("ask_text", text)
        return answer.pop(0) if isinstance(answer, list) else answer

    monkeypatch.setattr(dialogs, "ask_text", ask_text)

    def ask_choice(parent, title, label, choices, current=None):
        s.text("choice title", title)
        s.text("choice", label)
        for shown in choices.values():
            s.text("choice item", shown)
        return s.answers.get("ask_choice", next(iter(choices)))

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)

    def notice(parent, text, path=None):
        for line in text.splitlines():
            s.text("notice", line)

    monkeypatch.setattr(dialogs, "notice", notice)

    def chosen(kind):
        def choose(parent, caption="", folder="", pattern="", *args, **kwargs):
            s.text(f"{kind} title", caption)
            s.text(f"{kind} filter", pattern)
            return str(s.answers.get(kind, "")), ""
        return staticmethod(choose)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen("save"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen("open"))

    def run(dialog):
        s(dialog, "as opened")
        fill = s.answers.get(type(dialog).__name__)
        if fill is None:
            return QDialog.Rejected
        result = fill(dialog)
        s(dialog, "filled in")
        return QDialog.Accepted if result is None else result

    monkeypatch.setattr(QDialog, "exec", run)
    return s


# -- the scenarios --------------------------------------------------------------------------
# Each drives one dialog family through its later states, calling scan(...) at each.

SCENARIOS = {}


def scenario(fn):
    """Run fn(window, qtbot, scan) in the scan, in the order they are defined."""
    SCENARIOS[fn.__name__] = fn
    return fn


@scenario
def import_wizard(w, qtbot, scan):
    from desktop.services.stock_import_flow import DONE, MAPPING, REPORT
    from openpyxl import Workbook

    header = ["款号", "Product", "color", "尺码", "qty", "供货价", "tag price", "备注"]
    rows = [["K1", "羽绒服", "black", "XL", "5", "89", "299", "新款"],
            ["K2", "", "藏青", "M", "-1", "abc", "199", ""],
            ["K3", "Wool coat", "navy", "L", "2", "120", "399", "winter sale"]]
    path = scan.tmp / "stock.csv"
    path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    scan.data |= {*header, *(cell for r in rows for cell in r)}
    wizard = w.page("lots").import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(str(path))
    wizard.title_edit.setText("冬装")
    wizard.next_button.click()
    assert wizard.flow.step == MAPPING
    scan(wizard, "mapping")
    name = wizard.combos["name"]
    was = name.currentIndex()
    name.setCurrentIndex(name.findData(-1))  # a required column left out: the problem is said
    assert wizard.mapping_problem.text()
    scan(wizard, "mapping with a problem")
    name.setCurrentIndex(max(was, name.findData(1)))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == REPORT, timeout=20_000)
    scan(wizard, "report")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == DONE, timeout=20_000)
    scan(wizard, "done")
    wizard.close()

    big5 = scan.tmp / "big5.csv"
    big5.write_bytes("品名,款號,顏色,尺碼,數量\n碎花連衣裙,A01,黑色,M,10\n襯衫,B02,白色,S,7\n"
                     .encode("big5"))
    scan.data |= {"碎花連衣裙", "襯衫"}
    wizard = w.page("lots").import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(str(big5))
    wizard.title_edit.setText("繁体")
    wizard.next_button.click()
    scan(wizard, "encoding not certain")
    wizard.close()

    book = Workbook()
    book.active.title = "说明"
    book.active.append(["本表为库存清单"])
    sheet = book.create_sheet("Stock list")
    sheet.append(["Name", "货号", "库存", "Tag price"])
    sheet.append(["衬衫", "C1", 4, "199"])
    book.save(scan.tmp / "stock.xlsx")
    scan.data |= {"Stock list", "Name", "Tag price", "本表为库存清单"}
    wizard = w.page("lots").import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(str(scan.tmp / "stock.xlsx"))
    scan(wizard, "workbook chosen")
    wizard.sheet_combo.setCurrentText("Stock list")
    wizard.title_edit.setText("衬衫")
    wizard.next_button.click()
    scan(wizard, "workbook mapping")
    wizard.close()

    junk = scan.tmp / "junk.csv"
    junk.write_text("1,2\n3,4\n", encoding="utf-8")
    wizard = w.page("lots").import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(str(junk))
    wizard.title_edit.setText("乱码")
    wizard.next_button.click()  # refused: the error box is scanned
    wizard.title_edit.setText(" ")
    wizard.set_path(str(path))
    wizard.title_edit.setText(" ")
    wizard.next_button.click()  # a lot with no name
    wizard.close()


@scenario
def welcome_wizard(w, qtbot, scan):
    from desktop.ui import welcome
    from wallet.accounts import new_phrase

    wizard = welcome.WelcomeWizard(w.ctx, w)
    qtbot.addWidget(wizard)
    wizard.show()
    scan(wizard, "language")
    wizard.next()
    for role, button in wizard.role_step.buttons.items():
        button.setChecked(True)
        scan(wizard, f"role {role}")
    wizard.next()
    wizard.name_step.name.setText("demo")  # taken: refused on the page
    wizard.next()
    assert wizard.currentId() == welcome.NAME and wizard.name_step.error.text()
    scan(wizard, "name taken")
    wizard.name_step.name.setText("新店")
    scan.data.add("新店")
    wizard.next()
    assert wizard.currentId() == welcome.WALLET
    step = wizard.wallet_step
    scan(wizard, "wallet")
    step.buttons[welcome.IMPORT].setChecked(True)
    step.phrase.setPlainText("not a phrase at all")
    step.password.setText("a")
    step.password_again.setText("b")
    wizard.next()
    scan(wizard, "import, passwords differ")
    step.password_again.setText("a")
    wizard.next()
    qtbot.waitUntil(lambda: bool(step.error.text()), timeout=20_000)
    scan(wizard, "import, bad phrase")
    step.password.clear()
    step.password_again.clear()
    wizard.next()
    scan(wizard, "import, no password")
    step.password.setText("a")
    step.password_again.setText("a")
    step.phrase.setPlainText(new_phrase(12, "chinese_simplified"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == welcome.NETWORK, timeout=20_000)
    scan(wizard, "network, after an import")
    wizard.back()
    scan(wizard, "wallet imported, back")
    step.buttons[welcome.NO_CHAIN].setChecked(True)
    scan(wizard, "no chain")
    step.buttons[welcome.NEW].setChecked(True)
    wizard.next()
    dialog = step.dialog
    assert dialog is not None
    new_account_steps(dialog, qtbot, scan, "welcome")
    qtbot.waitUntil(lambda: wizard.currentId() == welcome.NETWORK, timeout=20_000)
    scan(wizard, "wallet ready")
    wizard.back()
    scan(wizard, "wallet ready, back")
    wizard.next()
    scan(wizard, "network")
    wizard.close()


def new_account_steps(dialog, qtbot, scan, where):
    """Drive a new-account dialog: no password, then its words, the check answered wrong,
    then right."""
    scan(dialog, f"{where}: choose")
    dialog.label.setText("新账户")
    scan.data.add("新账户")
    dialog.next.click()  # no password
    scan.idle()
    dialog.password.setText("pw-1")
    dialog.password_again.setText("pw-2")
    dialog.next.click()  # the passwords differ
    dialog.password_again.setText("pw-1")
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=30_000)
    words = [cell.text().split(". ", 1)[1] for cell in dialog.findChildren(QWidget, "phrase_word")]
    scan.data |= {cell.text() for cell in dialog.findChildren(QWidget, "phrase_word")}
    scan(dialog, f"{where}: the words")
    dialog.next.click()
    assert dialog.steps.currentIndex() == 2
    scan(dialog, f"{where}: the check")
    for field in dialog.answers.values():
        field.setText("错")
    dialog.next.click()  # the wrong words
    scan.idle()
    for position, field in dialog.answers.items():
        field.setText(words[position - 1])
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted, timeout=30_000)


@scenario
def wallet_dialogs(w, qtbot, scan):
    from desktop.ui.wallet_dialogs import ImportAccountDialog, SendDialog

    page = w.page("wallet")
    w.show_page("wallet")
    scan.idle()
    dialog = page.new_account_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    new_account_steps(dialog, qtbot, scan, "wallet")
    scan(page, "with a new account")

    def wrong_import(d: ImportAccountDialog):
        d.label.setText("旧账户")
        d.secret.setPlainText("not a phrase at all")
        d.password.setText("x")
        d.password_again.setText("x")

    scan.answers["ImportAccountDialog"] = wrong_import
    page.import_account()  # a bad phrase: refused
    scan.idle()

    def differ(d):
        d.password.setText("x")
        d.password_again.setText("y")

    scan.answers["ImportAccountDialog"] = differ
    page.import_account()

    def bad_network(d):
        d.name.setText("私链")
        d.url.setText("not a link")
        d.chain_id.setValue(7)

    scan.answers["AddNetworkDialog"] = bad_network
    page.add_network()
    scan.idle()

    select_account(page, "新账户")
    scan.password = "pw-1"
    page.back_up()  # its words shown again, and checked
    scan.idle()
    scan.password = "wrong password"
    seller = select_account(page, "演示")
    page.wallet.networks.sandbox.fund(seller, 10**19)
    page.wallet.networks.sandbox.mint(seller, 10**10, "dCNY")
    page.reload()
    scan.idle()
    select_account(page, "演示")
    scan(page, "the demo seller chosen")

    def send(d: SendDialog):
        d.recipient.setText("0x" + "4" * 40)
        d.amount.setText("0.001")

    scan.answers["SendDialog"] = send
    page.send()  # the confirmation's words, then a wrong password
    scan.idle()
    scan.password = DEMO_SELLER_PASSWORD
    page.send()  # sent, and said so
    scan.idle()
    page.send()  # the same again within the hour: asked first
    scan.idle()
    scan.password = "wrong password"

    def too_much(d: SendDialog):
        d.recipient.setText("0x" + "4" * 40)
        d.amount.setText("999999999")

    scan.answers["SendDialog"] = too_much
    page.send()
    scan.idle()

    def not_an_address(d: SendDialog):
        d.recipient.setText("张三")
        d.amount.setText("1")

    scan.answers["SendDialog"] = not_an_address
    page.send()
    scan.idle()
    page.back_up()  # a wrong password
    scan.idle()
    page.export_keystore()
    scan.idle()


@scenario
def storefront(w, qtbot, scan):
    from desktop.services.storefront import RateAsk
    from desktop.ui import pickup_dialogs, store_dialogs

    page = w.page("storefront")
    w.show_page("storefront")
    scan.idle()
    page.table.selectRow(0)
    for price in ("很多", "129.90"):
        scan.answers["ask_text"] = price
        page.set_price()
        scan.idle()
    scan.answers["BulkPricingDialog"] = lambda d: d.percent.setValue(d.percent.minimum())
    page.table.selectAll()
    page.bulk_pricing()  # prices under the supplier's minimum: said
    scan.idle()
    page.table.selectRow(0)
    scan.answers["HandoverDialog"] = lambda d: None
    page.set_handover()
    scan.idle()
    scan(page, "a listing chosen")
    page.save_poster(path=str(scan.tmp / "poster.png"))
    scan.idle()
    page.save_catalog(path=str(scan.tmp / "catalog.pdf"))
    scan.idle()
    page.copy_share_text()
    scan.idle()
    page.export_site(folder=str(scan.tmp / "site"))
    scan.idle()

    def bad_profile(d):
        d.site_url.setText("不是网址")
        d.accept()  # refused: the dialog stays open with the reason said
        scan.idle()

    scan.answers["StoreProfileDialog"] = bad_profile
    page.edit_store_profile()
    scan.idle()
    points = pickup_dialogs.PickupPointsDialog(page, w.ctx)
    qtbot.addWidget(points)
    points.show()
    points.add()  # no name: refused
    scan.idle()
    points.name.setText("湖滨店")
    points.address.setText("延安路 2 号")
    points.add()
    scan.idle()
    scan.data |= {"湖滨店", "延安路 2 号"}
    scan(points, "with a point")
    points.close()
    scan.answers["SignOffersDialog"] = lambda d: None
    page.sign_offers()  # a wrong password
    scan.idle()
    scan.password = DEMO_SELLER_PASSWORD
    page.sign_offers()
    scan.idle()
    scan.password = "wrong password"

    def no_card(d):
        d.card.setText(str(scan.tmp / "missing.json"))
        d.fee.setText("5")

    scan.answers["ArbitratorDialog"] = no_card
    page.choose_arbitrator()
    scan.idle()
    rate = store_dialogs.RateDialog(page, RateAsk("CNY", "USD", "dUSD", None))
    qtbot.addWidget(rate)
    rate.show()
    rate.rate.setText("七")
    rate.accept()  # not a rate: said, and it stays open
    scan(rate, "not a rate")
    rate.close()


def select_account(page, label: str) -> str:
    """Choose the wallet page's account whose label holds `label`; its address."""
    table = page.accounts
    for r in range(table.rowCount()):
        if label in table.item(r, 0).text():
            table.selectRow(r)
            return page.selected_address()
    raise AssertionError(f"no account {label} is listed")


def funded_order(w, qtbot, scan):
    """A real order on the demo's Sandbox, bought by the simulated buyer, chosen on the
    Orders page."""
    from desktop.services.demo import DEMO_SELLER_KEY
    from eth_account import Account

    page = w.page("orders")
    seller = Account.from_key(DEMO_SELLER_KEY).address
    page.wallet.networks.sandbox.fund(seller, 10**19)
    page.wallet.networks.sandbox.mint(seller, 10**10, "dCNY")  # the bonds it posts
    w.show_page("orders")
    qtbot.waitUntil(lambda: page.snapshot.network != "", timeout=20_000)
    panel = page.buyer_panel
    scan.password = DEMO_SELLER_PASSWORD
    if not panel.listing.count():
        panel.buttons["sign"].click()
        qtbot.waitUntil(lambda: panel.listing.count() > 0, timeout=30_000)
    scan.idle()
    before = page.model.rowCount()
    panel.buttons["fund"].click()
    scan.idle()
    page.sync(quiet=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=30_000)
    scan.idle()
    select_newest(page)
    scan.password = "wrong password"
    return page


def select_newest(page):
    """Choose the Orders page's newest order; its view."""
    views = page.model.views
    row = max(range(len(views)), key=lambda r: views[r].order.escrow_id)
    page.table.selectRow(row)
    return views[row]


@scenario
def orders(w, qtbot, scan):
    from desktop.ui import order_dialogs

    page = funded_order(w, qtbot, scan)
    view = select_newest(page)
    scan.data |= {str(v) for v in (view.details or {}).values()}
    scan(page, "an order chosen")
    page.accept_selected()  # a wrong password: refused
    scan.idle()
    scan(page, "after a refused accept")
    o = view.order
    dialog = order_dialogs.SettleDialog(page, o.escrow_id, o.price, 0, 31337, "0x" + "1" * 40,
                                        6, "dUSD", simulate=lambda *a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buyer_amount.setText("abc")
    scan(dialog, "not a valid split")
    dialog.close()
    dialog = order_dialogs.DisputeDialog(page, o.escrow_id, "0x" + "2" * 40)
    qtbot.addWidget(dialog)
    dialog.show()
    scan(dialog, "with an arbitrator")
    dialog.close()

    # The seller's own steps, with the right password: accept, ship, dispute, settle.
    scan.password = DEMO_SELLER_PASSWORD
    page.accept_selected()
    settled(page, scan)
    scan.answers["ShipDialog"] = lambda d: d.number.setText("SF1234567890")
    scan.data |= {"SF1234567890", "顺丰速运"}
    page.mark_shipped()
    settled(page, scan)
    scan(page, "shipped")
    scan.answers["DisputeDialog"] = lambda d: d.statement.setPlainText("货已按时发出")
    page.act("dispute")
    settled(page, scan)
    scan(page, "disputed by the seller")
    scan.answers["ask_text"] = "买家已签收"
    page.add_statement()
    settled(page, scan)

    def split(d):
        d.buyer_amount.setText("1")
        scan(d, "split")
        d.ask_simulated()
        scan.idle()

    scan.answers["SettleDialog"] = split
    page.settle()
    settled(page, scan)
    scan(page, "settled")
    scan.password = "wrong password"

    # The buyer's steps on new orders, and the clock moved on.
    for action in ("confirm", "dispute"):
        funded_order(w, qtbot, scan)
        page.simulate_action(action)
        settled(page, scan)
        scan(page, f"after the buyer's {action}")


def settled(page, scan):
    """Wait for the page's work, sync, and choose the newest order again."""
    scan.idle()
    page.sync(quiet=True)
    scan.idle()
    select_newest(page)


@scenario
def counter(w, qtbot, scan):
    from desktop.services import pickup, simulated_buyer
    from desktop.ui import pickup_dialogs
    from shop.orders.model import escrow_number

    page = funded_order(w, qtbot, scan)  # signs the offers on the way
    work = w.ctx.session.work()
    listing = page.buyer_panel.listing.currentData()
    point = {"name": "西湖店", "address": "文三路 1 号", "hours": "10:00-21:00",
             "phone": "0571-8888"}
    scan.data |= set(point.values())
    pickup.add_point(work, **point)
    pickup.set_handover(work, listing, "pickup")
    details = pickup.pickup_details(work, listing, "西湖店", "王小明", "13900001111")
    escrow_id = simulated_buyer.simulate_fund(work, simulated_buyer.sandbox_buyers(work)[0],
                                              listing, 1, details)
    page.sync(quiet=True)
    qtbot.waitUntil(lambda: any(v.order.escrow_id == escrow_id for v in page.model.views),
                    timeout=30_000)
    scan.idle()
    assert select_newest(page).order.escrow_id == escrow_id
    scan(page, "a pickup order chosen")
    dialog = pickup_dialogs.CounterDialog(page, w.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.take("999-999")
    scan(dialog, "no such order")
    dialog.take("hello")
    scan(dialog, "not an order number")
    number = escrow_number(escrow_id)
    dialog.take(number)
    scan(dialog, "a pickup order not ready")
    scan.password = DEMO_SELLER_PASSWORD
    page.accept_selected()
    settled(page, scan)
    page.mark_ready()
    settled(page, scan)
    scan(page, "ready for pickup")
    dialog.take(f"ZLD-PICKUP:{number}")
    scan(dialog, "ready for pickup")
    page.simulate_action("confirm")
    settled(page, scan)
    dialog.take(number)
    scan(dialog, "the buyer confirmed")
    funded_order(w, qtbot, scan)
    dialog.take(escrow_number(select_newest(page).order.escrow_id))
    scan(dialog, "a delivered order")
    dialog.close()


@scenario
def dropship(w, qtbot, scan):
    from desktop.services import dropship as service
    from desktop.ui import dropship_dialogs
    from shop.orders.model import escrow_number

    page = funded_order(w, qtbot, scan)
    waiting = select_newest(page)
    page = funded_order(w, qtbot, scan)
    accepted = select_newest(page)
    scan.password = DEMO_SELLER_PASSWORD
    page.accept_selected()
    scan.idle()
    page.sync(quiet=True)
    scan.idle()
    scan.password = "wrong password"
    suppliers = service.suppliers(w.ctx.session.work()) or [
        service.Supplier("0x" + "3" * 40, "供货商", True),
        service.Supplier("0x" + "5" * 40, "", False)]
    dialog = dropship_dialogs.ShippingListDialog(page, suppliers)
    qtbot.addWidget(dialog)
    dialog.show()
    for i in range(dialog.supplier.count()):
        dialog.supplier.setCurrentIndex(i)
        scan(dialog, f"supplier {i}")
    dialog.close()
    reply = scan.tmp / "reply.csv"
    rows = [(escrow_number(accepted.order.escrow_id), "顺丰速运", "SF1001"),
            (escrow_number(waiting.order.escrow_id), "中通快递", "ZT2002"),
            ("999-9", "韵达快递", "YD3003"), ("", "圆通速递", "")]
    reply.write_text("订单号,快递公司,快递单号\n" + "".join(",".join(r) + "\n" for r in rows),
                     encoding="utf-8")
    page.shipped_from(path=str(reply))  # the rows and the refused ones, then a wrong password
    scan.idle()
    scan.password = DEMO_SELLER_PASSWORD
    page.shipped_from(path=str(reply))
    scan.idle()
    page.shipped_from(path=str(reply))  # now none is waiting to be shipped
    scan.idle()


@scenario
def statement(w, qtbot, scan):
    from desktop.services import downline

    page = w.page("downline")
    scan.answers["ask_text"] = downline.last_months(2)[0]  # a month of the demo's sales
    shown = []
    scan.answers["StatementDialog"] = lambda d: shown.append(d.table.rowCount())
    page.statement()
    scan.idle()
    assert shown and shown[0] > 2  # members' lines and a total
    scan.answers["ask_text"] = "上个月"
    page.statement()  # not a month: refused
    scan.idle()


@scenario
def plan(w, qtbot, scan):
    from desktop.ui.downline_plan import PlanDialog

    page = w.page("downline")

    def deep(d: PlanDialog):
        d.levels.setText("10,3,1")
        assert d.warning.isVisibleTo(d)
        d.binding.setCurrentIndex(d.binding.findData("days"))

    scan.answers["PlanDialog"] = deep
    page.commission_plan()  # saved, with its warning said
    scan.idle()

    def fee(d: PlanDialog):
        d.entry_fee.setText("99")

    scan.answers["PlanDialog"] = fee
    page.commission_plan()
    scan.idle()

    def too_deep(d: PlanDialog):
        d.levels.setText("10,3,1,1")

    scan.answers["PlanDialog"] = too_deep
    page.commission_plan()
    scan.idle()

    def nonsense(d: PlanDialog):
        d.levels.setText("ten")

    scan.answers["PlanDialog"] = nonsense
    page.commission_plan()
    scan.idle()


@scenario
def lots(w, qtbot, scan):
    from desktop.ui.lot_dialogs import DistributorSheetDialog, LotDialog

    page = w.page("lots")
    w.show_page("lots")
    scan.idle()

    def no_title(d: LotDialog):
        d.title_edit.setText("")
        d.levels[-1].setValue(1)  # a third level: its warning
        assert d.warning.isVisibleTo(d)

    scan.answers["LotDialog"] = no_title
    page.new_lot()
    scan.idle()

    def backwards(d: LotDialog):
        d.title_edit.setText("反向档期")
        d.ends.setDateTime(d.starts.dateTime().addDays(-1))

    scan.answers["LotDialog"] = backwards
    page.new_lot()
    scan.idle()
    assert page.chosen_lot() is not None
    scan.answers["save"] = scan.tmp / "sheet.zlsheet"

    def bad_sheet(d: DistributorSheetDialog):
        d.distributor.setText("张三")
        if d.items:
            d.table.item(0, 2).setText("很多")

    scan.answers["DistributorSheetDialog"] = bad_sheet
    page.export_distributor_sheet()
    scan.idle()

    def good_sheet(d: DistributorSheetDialog):
        d.distributor.setText("0x" + "6" * 40)
        if d.items:
            d.table.item(0, 2).setText("1")

    scan.answers["DistributorSheetDialog"] = good_sheet
    page.export_distributor_sheet()  # a wrong password
    scan.idle()
    scan.answers["SignerDialog"] = lambda d: None
    page.export_sheet()  # a wrong password
    scan.idle()
    scan.answers["RevisionDialog"] = lambda d: None
    page.revise()
    scan.idle()
    bad = scan.tmp / "bad.zlsheet"
    bad.write_text("{}", encoding="utf-8")
    page.import_sheet(path=str(bad))
    scan.idle()


@scenario
def offline(w, qtbot, scan):
    from PySide6.QtGui import QColor, QImage

    from desktop.ui import payment_dialogs
    from desktop.ui.offline_dialogs import RecordSaleDialog

    page = w.page("offline")
    w.show_page("offline")
    scan.idle()
    scan.data |= {"张女士", "13700001111", "西溪路 8 号"}

    def sale(d: RecordSaleDialog):
        d.price.setText("99")
        d.paid.setChecked(False)
        d.customer.setText("张女士")
        d.phone.setText("13700001111")
        d.address.setText("西溪路 8 号")

    for fill in (sale, sale, lambda d: d.price.setText("很多")):
        scan.answers["RecordSaleDialog"] = fill
        page.record_sale()
        scan.idle()
    page.refresh()
    scan.idle()
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        scan(page, f"tab {tab}")
    page.tabs.setCurrentIndex(0)
    page.mark_paid()  # none chosen: said so
    scan.answers["MoneyArrivedDialog"] = lambda d: None
    scan.answers["ShipOfflineDialog"] = lambda d: d.number.setText("SF8888")
    page.table.selectRow(0)
    for act in (page.ship_order, page.mark_paid, page.ship_order, page.mark_delivered,
                page.cancel_order):
        act()  # each refused or done, as the order's state allows
        scan.idle()
        page.table.selectRow(0)
        scan(page, act.__name__)
    page.table.selectRow(1)
    page.cancel_order()
    scan.idle()
    scan(page, "an order cancelled")
    scan.answers["OrderCodeDialog"] = lambda d: d.code.setPlainText("ZLD1-不是订单码")
    page.add_order_code()
    scan.idle()
    blank = scan.tmp / "blank.png"
    image = QImage(40, 30, QImage.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(blank))
    dialog = payment_dialogs.OrderCodeDialog(page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.read_picture(str(blank))  # no QR in it
    dialog.close()
    codes = payment_dialogs.PaymentCodesDialog(w.page("storefront"), w.ctx)
    qtbot.addWidget(codes)
    codes.show()
    scan(codes, "as opened")
    codes.add_code("wechat", str(blank))  # no QR in it
    scan.idle()
    codes.remove_code()
    scan.idle()
    scan(codes, "after a refused code")
    codes.close()


@scenario
def downline(w, qtbot, scan):
    from desktop.services import downline as service

    from desktop.services.demo import DEMO_SELLER_KEY
    from desktop.services.storefront import save_store_profile
    from eth_account import Account

    page = w.page("downline")
    w.show_page("downline")
    scan.idle()
    scan(page, "with two wallet accounts")  # which one is its own: said on the page
    work = w.ctx.session.work()
    with work.db.atomic():
        save_store_profile(work, payout_account=Account.from_key(DEMO_SELLER_KEY).address)
    page.refresh()
    scan.idle()
    page.invite()  # a wrong password
    scan.idle()
    scan.password = DEMO_SELLER_PASSWORD
    page.invite()  # its code shown
    scan.idle()
    scan.password = "wrong password"
    for text in ("不是邀请", "ZLI1-坏的"):
        scan.answers["ask_text"] = text
        page.join()
        scan.idle()
    scan.answers["ask_text"] = "不是回执"
    page.accept_member()
    scan.idle()
    assert page.tree.topLevelItemCount()
    member = page.tree.topLevelItem(0).data(0, Qt.UserRole)
    scan.answers["ask_text"] = [member, service.last_months(2)[0]]
    page.mark_paid()  # asked first, then said
    scan.idle()
    scan.answers["ask_text"] = [member, "上个月"]
    page.mark_paid()
    scan.idle()


@scenario
def arbitration(w, qtbot, scan):
    from desktop.services.arbitration import Dispute
    from desktop.ui.pages.arbitration import RuleDialog
    from shop.money import Currency
    from shop.orders.model import Order

    page = w.page("arbitration")
    order = Order(31337, "0x" + "1" * 40, 1 << 32 | 2, state="Disputed", deadline=0)
    dispute = Dispute(order, "0x" + "2" * 40, 1_000_000, 10_000, 0, ())
    dialog = RuleDialog(page, dispute, Currency.token("dUSD", 6))
    qtbot.addWidget(dialog)
    dialog.show()
    for typed in ("0.5", "5", "很多"):
        dialog.buyer_gets.setText(typed)
        scan(dialog, f"the buyer gets {typed}")
    dialog.close()
    scan.answers["save"] = scan.tmp / "card.json"
    scan.answers["ask_text"] = "微信 zld"
    scan.data.add("微信 zld")
    page.save_card()
    scan.idle()


@scenario
def books(w, qtbot, scan):
    from PySide6.QtGui import QColor, QImage

    from desktop.ui.books_dialogs import EntryDialog, ReceiptDialog

    page = w.page("books")
    w.show_page("books")
    scan.idle()
    picture = scan.tmp / "receipt.png"
    image = QImage(40, 30, QImage.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(picture))

    def entry(d: EntryDialog):
        d.amount.setText("35.50")
        d.memo.setText("快递费")
        d.receipt.setText(str(picture))

    scan.data.add("快递费")
    scan.answers["EntryDialog"] = entry
    page.record_entry()
    scan.idle()

    def bad_amount(d: EntryDialog):
        d.amount.setText("三十五")
        d.memo.setText("快递费")

    scan.answers["EntryDialog"] = bad_amount
    page.record_entry()
    scan.idle()
    page.refresh()
    scan.idle()
    scan(page, "with an entry")
    scan.answers["ReceiptDialog"] = lambda d: QDialog.Accepted
    page.table.selectRow(next(r for r in range(page.model.rowCount())
                              if page.model.row(r).receipt))
    page.show_receipt()
    scan.idle()
    broken = scan.tmp / "broken.png"
    broken.write_bytes(b"not a picture")
    dialog = ReceiptDialog(page, 1, broken)
    qtbot.addWidget(dialog)
    dialog.show()
    scan(dialog, "a picture that cannot be shown")
    dialog.close()
    page.start.setText("2026-13-45")
    page.refresh()  # not a day: refused
    scan.idle()
    page.start.setText("")
    page.refresh()
    scan.answers["save"] = scan.tmp / "report.csv"
    page.export_report()
    scan.idle()


@scenario
def orders_days_later(w, qtbot, scan):
    """Last of those on the chain: its clock moved on, the offers have expired."""
    page = funded_order(w, qtbot, scan)
    page.jump(8 * 86400)
    settled(page, scan)
    scan(page, "eight days later")
    scan.password = DEMO_SELLER_PASSWORD
    page.act("return")
    settled(page, scan)
    scan(page, "returned")


def drive_all(window, qtbot, scan) -> list[str]:
    """Run every scenario; one that breaks is reported with the texts found."""
    for name, fn in SCENARIOS.items():
        scan.scenario, scan.data = name, set()
        scan.answers = {}
        scan.password = "wrong password"
        try:
            fn(window, qtbot, scan)
        except Exception as e:  # reported with the rest, so one run shows every scenario
            import traceback

            scan.found.append(f"{name}: not driven: {e!r}\n{traceback.format_exc()}")
        window.ctx.tasks.wait(20_000)
    return scan.found


@pytest.mark.parametrize("demo_window", ["zh_CN"], indirect=True)
def test_every_dialog_s_later_states_speak_chinese(demo_window, qtbot, scan):
    found = drive_all(demo_window, qtbot, scan)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("demo_window", ["en"], indirect=True)
def test_the_check_sees_english_in_every_later_state(demo_window, qtbot, scan):
    found = drive_all(demo_window, qtbot, scan)
    assert not [line for line in found if ": not driven: " in line], "\n".join(found)
    assert {line.split(":")[0] for line in found} == set(SCENARIOS)
