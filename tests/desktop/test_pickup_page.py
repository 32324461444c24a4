"""到店自提 in the app: the store profile's pickup points (its buttons clicked), and on the
Orders page a pickup order marked ready with its button, then the counter view fed by a
barcode scanner's keystrokes (QTest.keyClicks then Enter), which turns green once the buyer's
confirmation is synced from the Sandbox."""

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from desktop.services import pickup
from tests.desktop.test_orders_page import MINED, fund, idle, page  # noqa: F401
from tests.desktop.test_store_profile import errors, page as store_page  # noqa: F401

POINT = {"name": "西湖店", "address": "文三路 1 号", "hours": "10:00-21:00", "phone": "0571-8888"}


def test_pickup_points_from_the_store_profile(store_page, ui, qtbot, errors):  # noqa: F811
    profile = store_page.store_profile_dialog()
    qtbot.addWidget(profile)
    opened = []
    from desktop.ui.pickup_dialogs import PickupPointsDialog

    original = PickupPointsDialog.exec
    PickupPointsDialog.exec = lambda self: opened.append(self) or 0
    try:
        profile.findChild(QPushButton, "store_pickup_points").click()
    finally:
        PickupPointsDialog.exec = original
    [dialog] = opened
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.remove_button.isEnabled()

    dialog.add_button.click()  # empty: refused with a sentence, nothing saved
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == ["A pickup point needs a name."]
    for field, value in zip((dialog.name, dialog.address, dialog.hours, dialog.phone),
                            POINT.values()):
        field.setText(value)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert [dialog.table.item(0, c).text() for c in range(4)] == list(POINT.values())
    assert dialog.name.text() == "" and dialog.remove_button.isEnabled()
    assert [p.as_json() for p in pickup.points(ui.ctx.session.work())] == [POINT]

    dialog.name.setText("西湖店")
    dialog.address.setText("别处")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
    assert "already has a pickup point “西湖店”" in errors[1]
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    assert pickup.points(ui.ctx.session.work()) == []


def _pickup_order(page, qtbot) -> int:  # noqa: F811
    """A Sandbox buyer pays a listing offered for pickup, choosing the store's point."""
    from desktop.services import simulated_buyer

    fund(page, qtbot)  # signs the offers on the way
    work = page.ctx.session.work()
    listing = page.buyer_panel.listing.currentData()
    pickup.add_point(work, **POINT)
    pickup.set_handover(work, listing, "pickup")
    details = pickup.pickup_details(work, listing, "西湖店", "王小明", "13900001111")
    buyer = simulated_buyer.sandbox_buyers(work)[0]
    escrow_id = simulated_buyer.simulate_fund(work, buyer, listing, 1, details)
    page.sync(quiet=True)
    qtbot.waitUntil(lambda: any(v.order.escrow_id == escrow_id for v in page.model.views),
                    timeout=30_000)
    idle(page, qtbot)
    return escrow_id


def _select(page, escrow_id) -> None:
    page.table.clearSelection()
    [row] = [r for r, v in enumerate(page.model.views) if v.order.escrow_id == escrow_id]
    page.table.selectRow(row)


def _state(page, escrow_id) -> str:
    return next(v.order.state for v in page.model.views if v.order.escrow_id == escrow_id)


def test_ready_for_pickup_and_the_counter_scan(page, qtbot):  # noqa: F811
    from shop.orders.model import escrow_number

    escrow_id = _pickup_order(page, qtbot)
    delivered = next(v.order.escrow_id for v in page.model.views
                     if v.order.escrow_id != escrow_id)
    number = escrow_number(escrow_id)
    page.table.selectAll()
    page.buttons["accept"].click()
    qtbot.waitUntil(lambda: _state(page, escrow_id) == "Accepted", timeout=30_000)
    idle(page, qtbot)
    _select(page, delivered)
    assert page.buttons["ship"].isEnabled() and not page.buttons["ready"].isEnabled()
    _select(page, escrow_id)
    assert page.buttons["ready"].isEnabled()
    page.buttons["ready"].click()
    qtbot.waitUntil(lambda: _state(page, escrow_id) == "Shipped", timeout=30_000)
    idle(page, qtbot)
    _select(page, escrow_id)
    text = page.details.toPlainText()
    assert "Shipped with 自提, tracking number " in text
    assert "pickup: 西湖店, 文三路 1 号, 10:00-21:00, 0571-8888" in text
    code = text.split("tracking number ")[1].split()[0]
    assert len(code) == 6 and code.isdigit()
    assert re.fullmatch(rf"Order {number} is ready for pickup; its pickup code is {code}\."
                        + MINED, page.said[-1])

    counter = page.counter_dialog()
    qtbot.addWidget(counter)
    counter.show()
    QTest.keyClicks(counter.scan, f"ZLD-PICKUP:{number}")  # as a scanner types the QR
    QTest.keyClick(counter.scan, Qt.Key_Return)
    qtbot.waitUntil(lambda: counter.fields["order"].text() == number, timeout=20_000)
    assert counter.scan.text() == "" and counter.isVisible()  # Enter did not close it
    assert counter.fields["point"].text() == "西湖店 (文三路 1 号)"
    assert counter.fields["code"].text() == code and counter.fields["buyer"].text() == "王小明"
    assert not counter.confirmed and "Waiting for the buyer" in counter.verdict.text()
    assert "#1b8a3a" not in counter.verdict.styleSheet()
    idle(page, qtbot)

    from desktop.services import simulated_buyer

    simulated_buyer.simulate(page.ctx.session.work(), "", escrow_id, "confirm")
    page.sync(quiet=True)  # as the network watch does when the head moves
    qtbot.waitUntil(lambda: counter.confirmed, timeout=30_000)
    assert "#1b8a3a" in counter.verdict.styleSheet()
    assert "confirmed receipt on chain" in counter.verdict.text()
    idle(page, qtbot)

    QTest.keyClicks(counter.scan, "12-x")  # typed by hand, wrong
    QTest.keyClick(counter.scan, Qt.Key_Enter)
    qtbot.waitUntil(lambda: counter.view is None, timeout=20_000)
    assert "not an order number" in counter.verdict.text()
    counter.close()


def test_the_storefront_page_sets_delivery_or_pickup(store_page, ui, qtbot, errors,  # noqa: F811
                                                     monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.ui import dialogs
    from desktop.ui.pickup_dialogs import HandoverDialog

    infos = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text, title=None: infos.append(text))
    chosen = {"way": "both"}

    def answer(dialog):
        dialog.handover.setCurrentIndex(dialog.handover.findData(chosen["way"]))
        return QDialog.Accepted

    monkeypatch.setattr(HandoverDialog, "exec", answer)
    button = store_page.buttons["handover"]
    button.click()
    assert infos == ["Choose a listing first."]
    store_page.table.selectRow(0)
    ids = store_page.selected_ids()
    button.click()  # no pickup point yet: refused, nothing changes
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == ["Add a pickup point to the store profile first."]
    work = ui.ctx.session.work()
    assert pickup.core.handover_of(work.db, ids[0]) == "delivery"
    pickup.add_point(work, **POINT)
    button.click()
    qtbot.waitUntil(lambda: pickup.core.handover_of(work.db, ids[0]) == "both", timeout=10_000)
    chosen["way"] = "delivery"
    store_page.table.selectRow(0)  # the page reloads its table after a change
    button.click()
    qtbot.waitUntil(lambda: pickup.core.handover_of(work.db, ids[0]) == "delivery",
                    timeout=10_000)
    assert len(errors) == 1


def test_the_simulated_buyer_collects_at_a_pickup_point(page, qtbot):  # noqa: F811
    """The Sandbox's buyer panel offers the store's points for a listing buyers may collect
    (as `sandbox buy --pickup NAME`), and delivery only for the others."""
    fund(page, qtbot)  # signs the offers; a delivered order
    panel = page.buyer_panel
    assert panel.listing.count() >= 2
    assert not panel.pickup.isEnabled() and panel.pickup.currentData() == ""
    collected, delivered = panel.listing.itemData(0), panel.listing.itemData(1)

    def write(fn):
        page.ctx.tasks.write("pickup", lambda work, _c: fn(work))  # the page reads it again

    write(lambda work: pickup.add_point(work, **POINT))
    write(lambda work: pickup.set_handover(work, collected, "pickup"))
    panel.listing.setCurrentIndex(panel.listing.findData(collected))
    qtbot.waitUntil(lambda: panel.pickup.isEnabled(), timeout=20_000)
    idle(page, qtbot)
    panel.listing.setCurrentIndex(panel.listing.findData(collected))
    # Pickup only: the point is the one choice beside none, and the address is not asked.
    assert [panel.pickup.itemData(i) for i in range(panel.pickup.count())] == ["西湖店"]
    assert panel.pickup.currentText() == "Pickup at 西湖店" and not panel.address.isEnabled()
    panel.listing.setCurrentIndex(panel.listing.findData(delivered))
    assert not panel.pickup.isEnabled() and panel.address.isEnabled()
    assert "delivered only" in panel.pickup.toolTip()

    write(lambda work: pickup.set_handover(work, collected, "both"))
    panel.listing.setCurrentIndex(panel.listing.findData(collected))
    qtbot.waitUntil(lambda: panel.pickup.count() == 2, timeout=20_000)
    idle(page, qtbot)
    panel.listing.setCurrentIndex(panel.listing.findData(collected))
    assert [panel.pickup.itemText(i) for i in range(2)] == ["Delivery to the address",
                                                            "Pickup at 西湖店"]
    panel.pickup.setCurrentIndex(1)
    assert not panel.address.isEnabled()
    before = {v.order.escrow_id for v in page.model.views}
    panel.buttons["fund"].click()
    idle(page, qtbot)
    page.sync(quiet=True)
    qtbot.waitUntil(lambda: len(page.model.views) == len(before) + 1, timeout=30_000)
    idle(page, qtbot)
    [new] = [v for v in page.model.views if v.order.escrow_id not in before]
    assert new.details["pickup"] == POINT and "address" not in new.details
    assert new.details["name"] == "Wang Xiaoming"
    _select(page, new.order.escrow_id)
    assert "pickup: 西湖店, 文三路 1 号" in page.details.toPlainText()

    write(lambda work: pickup.remove_point(work, "西湖店"))  # the panel's choice is gone
    qtbot.waitUntil(lambda: panel.pickup.count() == 1, timeout=20_000)
    idle(page, qtbot)
    panel.pickup.setCurrentIndex(0)
    assert panel.pickup.currentData() == ""
