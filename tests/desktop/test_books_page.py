"""The Books page over the demo profile: the journal and balances shown, an entry posted
through its dialog by clicking its button, a reversal, the filters and both exports."""

import re
import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.services import books as service
from desktop.ui.book_words import memo_text
from desktop.ui.books_dialogs import EntryDialog, ReceiptDialog
from desktop.ui.i18n import Translations
from desktop.ui.widgets.paged_model import USER_ROLE

HAN = re.compile("[\u4e00-\u9fff]")


@pytest.fixture
def page(ui, qtbot, monkeypatch):
    ui.open_profile("demo")
    ui.show_page("books")
    shown = []
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda parent, text, title=None:
                        shown.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.ask", lambda *a, **k: True)
    page = ui.page("books")
    page.shown_texts = shown
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.balances_model.rowCount() > 0)
    return page


def wait(qtbot, op):
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass


def cells(page, row):
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def balance(page, name):
    m = page.balances_model
    found = [m.item(r, 1).text() for r in range(m.rowCount()) if m.item(r, 0).text() == name]
    return found[0] if found else None


def test_the_demo_books_show_stock_and_the_paid_sale(page):
    kinds = {cells(page, r)[2] for r in range(page.model.rowCount())}
    assert {"Stock received", "Offline sale"} <= kinds
    assert balance(page, "WeChat Pay") == "¥159.00"
    assert balance(page, "Inventory") is not None
    assert page.profit.text() == "Income less expenses in the period: ¥70.00"


def test_record_an_entry_by_its_button_then_reverse_it(page, qtbot, monkeypatch):
    def fill(dialog):
        dialog.debit.setCurrentIndex(dialog.debit.findData("Expenses:Other"))
        dialog.credit.setCurrentIndex(dialog.credit.findData("Assets:Cash"))
        dialog.amount.setText("35")
        dialog.memo.setText("快递费")
        return QDialog.Accepted

    monkeypatch.setattr(EntryDialog, "exec", fill)
    ops = []
    monkeypatch.setattr(page.ctx.tasks, "write", _keeping(page.ctx.tasks.write, ops))
    qtbot.mouseClick(page.buttons["record"], Qt.LeftButton)
    wait(qtbot, ops[-1])
    assert page.shown_texts[-1].startswith("Posted entry #")
    qtbot.waitUntil(lambda: balance(page, "Cash") == "-¥35.00")
    mine = [r for r in range(page.model.rowCount()) if cells(page, r)[3] == "快递费"]
    assert sorted((cells(page, r)[2], cells(page, r)[4], cells(page, r)[5]) for r in mine) == [
        ("Manual", "Cash", "-¥35.00"), ("Manual", "Other expenses", "¥35.00")]
    page.table.selectRow(mine[0])
    qtbot.mouseClick(page.buttons["reverse"], Qt.LeftButton)
    wait(qtbot, ops[-1])
    assert "is reversed by entry" in page.shown_texts[-1]
    qtbot.waitUntil(lambda: balance(page, "Cash") is None)


def _keeping(write, ops):
    def start(*a, **k):
        op = write(*a, **k)
        ops.append(op)
        return op
    return start


def test_an_empty_entry_is_refused_with_a_sentence(page, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, e, title=None:
                        errors.append(str(e)))
    monkeypatch.setattr(EntryDialog, "exec", lambda d: QDialog.Accepted)
    wait(qtbot, page.record_entry())
    assert errors == ["Say what the entry is for."]


def test_filters_by_account_and_text(page, qtbot):
    page.account.setCurrentIndex(page.account.findData("Assets:WeChatPay"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cells(page, 0)[4] == "WeChat Pay"
    page.account.setCurrentIndex(0)
    page.search.setText("no such memo")
    page.refresh()
    assert page.model.rowCount() == 0


def test_reverse_without_a_choice_says_so(page):
    assert page.reverse_entry() is None
    assert page.shown_texts == ["Choose an entry first."]


@pytest.mark.parametrize("button, name", [("beancount", "books.beancount"),
                                          ("csv", "journal.csv"), ("report", "report.csv")])
def test_exports_by_their_buttons(page, qtbot, monkeypatch, tmp_path, button, name):
    path = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    ops = []
    monkeypatch.setattr(page.ctx.tasks, "write", _keeping(page.ctx.tasks.write, ops))
    qtbot.mouseClick(page.buttons[button], Qt.LeftButton)
    wait(qtbot, ops[-1])
    assert page.shown_texts[-1] == f"Wrote {path}."
    assert "Assets:Inventory" in path.read_text(encoding="utf-8-sig")


def test_the_report_exports_as_a_pdf_in_the_interfaces_words(page, qtbot, monkeypatch,
                                                            tmp_path):
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    ops = []
    monkeypatch.setattr(page.ctx.tasks, "write", _keeping(page.ctx.tasks.write, ops))
    qtbot.mouseClick(page.buttons["report"], Qt.LeftButton)
    wait(qtbot, ops[-1])
    assert page.shown_texts[-1] == f"Wrote {path}."
    doc = QPdfDocument()
    doc.load(str(path))
    text = " ".join(doc.getAllText(n).text() for n in range(doc.pageCount()))
    assert "Balance sheet" in text and "Inventory" in text and "Assets:Inventory" not in text


#: The memos' words as the Chinese translation gives them (context BooksMemo).
MEMO_CHINESE = {"Sale X-{order}: {quantity} x {item} ({style})":
                "线下销售 X-{order}：{item}（{style}）× {quantity}",
                "Stock at supply price: {lot}": "按供货价入库：{lot}",
                "Escrow {number}: {event}": "托管订单 {number}：{event}",
                "Confirmed": "已确认收货"}


class MemoWords(QTranslator):
    """The BooksMemo context in Chinese, over the shipped Chinese translation (every other
    word is left to it)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return MEMO_CHINESE.get(source) if context == "BooksMemo" else None

    def isEmpty(self):
        return False


def test_an_automatic_entrys_memo_reads_in_chinese(page):
    translations, words = Translations(QCoreApplication.instance()), MemoWords()
    assert translations.apply("zh_CN")
    QCoreApplication.installTranslator(words)
    try:
        rows = [(page.model.index(r, 3).data(), page.model.index(r, 0).data(USER_ROLE))
                for r in range(page.model.rowCount())]
        sales = [(shown, row) for shown, row in rows if (row.source or "").startswith("offline:")]
        assert sales
        for shown, row in sales:
            # Stored in English for the exports and the command line; shown in Chinese.
            assert row.memo.startswith("Sale X-") and not HAN.search(row.memo.split(":")[0])
            assert shown.startswith("线下销售 X-") and "×" in shown and shown != row.memo
        stock = [shown for shown, row in rows if (row.source or "").startswith("stock:")]
        assert stock and all(s.startswith("按供货价入库：") for s in stock)
        # An escrow entry's event is said in the same words; values that do not fill the
        # template leave the English it was stored as.
        key = "Escrow {number}: {event}"
        assert memo_text("Escrow 1-5: Confirmed", key, '{"event":"Confirmed","number":"1-5"}'
                         ) == "托管订单 1-5：已确认收货"
        assert memo_text("Escrow 1-5: Confirmed", key, '{"number":"1-5"}') == \
            "Escrow 1-5: Confirmed"
    finally:
        QCoreApplication.removeTranslator(words)
        translations.apply("en")


def test_a_commission_paid_by_hand_shows_in_the_journal_in_chinese(page, qtbot):
    from desktop.services import downline
    from shop.downline.ledger import payable

    work = page.ctx.session.work()
    me = downline.own_account(work)
    # The demo leaves some of its members' older sales to be paid to us by hand.
    month = next(m for m in downline.last_months(12)
                 if payable(work.db, me, m, at=int(time.time())))
    wait(qtbot, page.ctx.tasks.write("paid", lambda w, _c: downline.mark_paid(
        w, me, month, via="wechat")))
    page.search.setText("paid to")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # the entry's two lines
    row = page.model.index(0, 0).data(USER_ROLE)
    assert row.memo == f"Commission for {month} paid to {me} by hand"
    translations = Translations(QCoreApplication.instance())
    assert translations.apply("zh_CN")
    try:
        assert cells(page, 0)[2:4] == ["线下结算佣金", f"线下支付 {month} 佣金给 {me}"]
        assert {cells(page, r)[4] for r in range(2)} == {"微信支付", "佣金收入"}
    finally:
        translations.apply("en")


def test_an_entrys_receipt_opens_by_its_button_and_one_without_says_so(page, qtbot, monkeypatch,
                                                                      tmp_path):
    picture = tmp_path / "taxi.png"
    image = QImage(40, 30, QImage.Format_RGB32)
    image.fill(QColor("#c0392b"))
    assert image.save(str(picture))
    entry = service.record(page.ctx.session.work(), "Expenses:Other", "Assets:Cash", "25",
                           memo="出租车", receipt=str(picture))
    page.refresh()
    qtbot.waitUntil(lambda: any(page.model.row(r).entry == entry
                                for r in range(page.model.rowCount())))
    rows = {page.model.row(r).entry: r for r in range(page.model.rowCount())}
    assert not page.buttons["receipt"].isEnabled()  # nothing chosen yet
    page.table.selectRow(rows[entry])
    assert page.buttons["receipt"].isEnabled()
    shown, ops, errors = [], [], []
    monkeypatch.setattr(ReceiptDialog, "exec", lambda d: shown.append(d) or QDialog.Rejected)
    monkeypatch.setattr(page.ctx.tasks, "query", _keeping(page.ctx.tasks.query, ops))
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, e, title=None:
                        errors.append(str(e)))
    qtbot.mouseClick(page.buttons["receipt"], Qt.LeftButton)
    wait(qtbot, ops[-1])
    assert len(shown) == 1 and errors == []
    assert shown[0].windowTitle() == f"Receipt of entry #{entry}"
    assert shown[0].picture.pixmap().size().toTuple() == (40, 30)
    other = next(e for e in rows if e != entry)  # the demo's entries have no receipt
    page.table.selectRow(rows[other])
    assert not page.buttons["receipt"].isEnabled()
    wait(qtbot, page.show_receipt())
    assert len(shown) == 1 and errors == [f"Entry #{other} has no receipt picture."]


def test_the_report_exported_from_the_page_names_an_escrow_buyer_by_the_delivery_details(
        page, qtbot, monkeypatch, tmp_path, secret_keyring):
    import time

    from desktop.services import storefront
    from shop.orders.ledger import EscrowLedger
    from shop.orders.model import ChainEvent
    from shop.storefront.notes import seal
    from wallet.vault import Vault

    work = page.ctx.session.work()
    vault = Vault("ziliudi:" + page.ctx.session.profile_id)
    (seller,) = work.wallet.accounts.list()  # the demo's
    me, chain, contract, t0 = seller.address, 31337, "0x" + "cc" * 20, int(time.time()) - 60
    try:
        note = seal({"name": "赵敏"}, storefront.ensure_delivery_key(work))
        EscrowLedger(work.db, chain, contract).save([
            ChainEvent(chain, contract, 1 << 32 | n, kind, block, f"0xb{block}",
                       f"0xt{n}-{block}", n, args, note if n == 1 and kind == "Funded" else None,
                       t0 + block)
            for n, buyer in ((1, "0x" + "b1" * 20), (2, "0x" + "b2" * 20))
            for kind, block, args in (
                ("Funded", 1, {"buyer": buyer, "seller": me, "offerHash": "0x" + "ab" * 32,
                               "quantity": 1, "price": 10 * n, "acceptDeadline": t0 + 9_000}),
                ("Accepted", 2, {"bond": 0, "shipDeadline": t0 + 99_000}),
                ("Confirmed", 3, {}))], 3, "0xb3")
        path = tmp_path / "report.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
        ops = []
        monkeypatch.setattr(page.ctx.tasks, "write", _keeping(page.ctx.tasks.write, ops))
        qtbot.mouseClick(page.buttons["report"], Qt.LeftButton)
        wait(qtbot, ops[-1])
        text = path.read_text(encoding="utf-8-sig")
        assert "sales by customer,赵敏,TOKEN,10" in text
        assert "sales by customer,0xb2b2…b2b2,TOKEN,20" in text
    finally:
        vault.delete(storefront.KEY_NAME)
