"""The Offline sales page over the demo profile: record a sale through its dialog, mark a
pending one paid, cancel one, and the customer list."""

import pytest
from PySide6.QtWidgets import QDialog

from desktop.ui.offline_dialogs import RecordSaleDialog
from desktop.ui.payment_dialogs import MoneyArrivedDialog


@pytest.fixture
def page(ui, qtbot, monkeypatch):
    ui.open_profile("demo")
    ui.show_page("offline")
    shown = []
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda parent, text, title=None:
                        shown.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.ask", lambda *a, **k: True)
    page = ui.page("offline")
    page.shown_texts = shown
    return page


def wait(qtbot, op):
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass


def left(page, item_id):
    return page.ctx.session.db.execute(
        "SELECT quantity - reserved - sold, reserved, sold FROM lot_items WHERE id = ?",
        [item_id]).fetchone()


def record(page, qtbot, monkeypatch, *, qty=2, price="159", paid=True, customer="王五"):
    from desktop.services import offline_orders as service

    items = service.sellable_items(page.ctx.session.work())
    dialog = RecordSaleDialog(page, items)
    dialog.quantity.setValue(qty)
    dialog.price.setText(price)
    dialog.payment.setCurrentIndex(dialog.payment.findData("alipay"))
    dialog.paid.setChecked(paid)
    dialog.customer.setText(customer)
    dialog.phone.setText("13900000000")
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.Accepted)
    op = page.record_sale(dialog=dialog)
    wait(qtbot, op)
    return items[0], op


def test_record_pay_and_cancel_move_the_stock(page, qtbot, monkeypatch):
    item, _ = record(page, qtbot, monkeypatch, paid=False)
    before = item.available
    assert left(page, item.id)[0] == before - 2
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    row = [page.model.item(0, c).text() for c in range(page.model.columnCount())]
    assert row[0] == "X-3" and row[4] == "¥318.00" and row[7] == "王五"
    assert page.shown_texts[-1] == "Recorded order X-3."
    page.table.selectRow(0)
    monkeypatch.setattr(MoneyArrivedDialog, "exec", lambda self: QDialog.Accepted)
    wait(qtbot, page.mark_paid())
    assert page.shown_texts[-1] == "Order X-3 is paid."
    sold = left(page, item.id)[2]
    page.table.selectRow(0)
    wait(qtbot, page.cancel_order())
    assert left(page, item.id)[0] == before and left(page, item.id)[2] == sold - 2


def test_a_bad_price_is_refused_and_nothing_recorded(page, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, e, title=None:
                        errors.append(str(e)))
    record(page, qtbot, monkeypatch, price="12.345")
    assert errors == ["12.345 has more than 2 decimal places."]
    assert page.ctx.session.db.execute("SELECT count(*) FROM offline_orders").fetchone()[0] == 2


def test_actions_without_a_choice_say_so(page):
    assert page.mark_paid() is None and page.cancel_order() is None
    assert page.shown_texts == ["Choose an order first."] * 2


def test_customers_tab_lists_who_bought(page, qtbot, monkeypatch):
    record(page, qtbot, monkeypatch, customer="赵六")
    page.tabs.setCurrentWidget(page.customers_table)
    qtbot.waitUntil(lambda: page.customers_model.rowCount() >= 1, timeout=10_000)
    names = {page.customers_model.item(r, 0).text()
             for r in range(page.customers_model.rowCount())}
    assert "赵六" in names


def test_the_receipt_button_fills_the_picture_path_and_a_cancelled_choice_keeps_it(page,
                                                                                  monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from desktop.services import offline_orders as service

    dialog = RecordSaleDialog(page, service.sellable_items(page.ctx.session.work()))
    answers = iter([("/tmp/收据.jpg", ""), ("", "")])
    monkeypatch.setattr("desktop.ui.dialogs.QFileDialog.getOpenFileName",
                        lambda *a, **k: next(answers))
    pick = dialog.findChild(QPushButton, "sale_receipt_pick")
    pick.click()
    assert dialog.receipt.text() == "/tmp/收据.jpg" and dialog.receipt.isReadOnly()
    pick.click()  # the seller closed the file dialog: the picture chosen before stays
    assert dialog.receipt.text() == "/tmp/收据.jpg"
