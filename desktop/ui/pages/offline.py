"""The Offline sales page: sales paid outside the escrow (cash, WeChat Pay, Alipay, bank
transfer) recorded by hand or added from a buyer's order code, marked paid, shipped,
delivered or cancelled, and the customer list they make with the escrow orders' delivery
details."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QTabWidget, QVBoxLayout)

from desktop.services import offline_orders as service
from desktop.services.events import BookChanged, ProfileOpened
from desktop.ui import dialogs
from desktop.ui.offline_dialogs import RecordSaleDialog, payment_names
from desktop.ui.pages.base import Page
from shop.money import Money
from shop.orders.offline import Customer
from desktop.services import pay_by_code
from desktop.ui.payment_dialogs import OrderCodeDialog
from desktop.ui.payment_dialogs import ShipOfflineDialog
from desktop.ui.payment_dialogs import MoneyArrivedDialog


def _table(name: str) -> tuple[QTableView, QStandardItemModel]:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    model = QStandardItemModel(view)
    view.setModel(model)
    return view, model


class OfflinePage(Page):
    key = "offline"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Offline sales"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("record", self.tr("Record a sale…"), self.record_sale),
                                ("code", self.tr("Add order code…"), self.add_order_code),
                                ("paid", self.tr("Money arrived"), self.mark_paid),
                                ("ship", self.tr("Shipped…"), self.ship_order),
                                ("delivered", self.tr("Delivered"), self.mark_delivered),
                                ("cancel", self.tr("Cancel order"), self.cancel_order)):
            button = QPushButton(text)
            button.setObjectName(f"offline_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs = QTabWidget()
        self.table, self.model = _table("offline_orders")
        self.customers_table, self.customers_model = _table("customers")
        self.tabs.addTab(self.table, self.tr("Orders"))
        self.tabs.addTab(self.customers_table, self.tr("Customers"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.listen(BookChanged, self._changed)
        ctx.events.listen(ProfileOpened, lambda e: self.refresh())
        self.refresh()

    # ---------------------------------------------------------------- view
    def _changed(self, event: BookChanged) -> None:
        if event.areas & {"orders", "lots"}:
            self.refresh()

    def shown(self) -> None:
        self.refresh()
        self.expire_unpaid()

    def expire_unpaid(self):
        """Cancel, on the book's writer, the unpaid orders past their due time (their stock
        comes back); the page refreshes when that changed something."""
        if self.ctx.session.profile is None:
            return None
        return self.ctx.tasks.write(self.tr("Releasing the stock of unpaid orders"),
                                    lambda work, _c: service.expire_unpaid(work), owner=self,
                                    quiet=True)

    def _states(self) -> dict:
        return {"pending": self.tr("waiting for money"), "paid": self.tr("paid"),
                "cancelled": self.tr("cancelled")}

    def _state_text(self, order, states: dict) -> str:
        """Where an order is: waiting (until when), paid, shipped, delivered or cancelled."""
        if order.state == "pending" and order.due_at:
            return self.tr("waiting for money until {due}").format(
                due=time.strftime("%m-%d %H:%M", time.localtime(order.due_at)))
        if order.state == "paid" and order.delivered_at:
            return self.tr("delivered")
        if order.state == "paid" and order.shipped_at:
            return self.tr("shipped: {carrier} {number}").format(
                carrier=order.carrier, number=order.tracking_number)
        return states.get(order.state, order.state)

    def refresh(self) -> None:
        """Read the offline orders and the customers again."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Order"), self.tr("Date"), self.tr("Goods"), self.tr("Quantity"),
            self.tr("Total"), self.tr("Paid by"), self.tr("State"), self.tr("Customer")])
        self.customers_model.clear()
        self.customers_model.setHorizontalHeaderLabels([
            self.tr("Customer"), self.tr("Phone"), self.tr("Offline orders"),
            self.tr("Escrow orders"), self.tr("Paid")])
        if self.ctx.session.profile is None:
            return
        work = self.ctx.session.work()
        states, ways = self._states(), payment_names()
        for o in service.offline_orders(work):
            cells = [o.number, time.strftime("%Y-%m-%d %H:%M", time.localtime(o.created_at)),
                     f"{o.goods} {o.sku}", str(o.quantity), Money.of(o.total, o.currency).text(),
                     ways.get(o.payment, o.payment), self._state_text(o, states),
                     o.customer.name if o.customer else ""]
            items = [QStandardItem(c) for c in cells]
            items[0].setData(o.id, Qt.UserRole)
            items[0].setData((o.number, o.payment), Qt.UserRole + 1)
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        if self.tabs.currentWidget() is self.customers_table:
            self.read_customers()

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.customers_table:
            self.read_customers()

    def read_customers(self):
        """Read the customer list off the GUI thread: the escrow orders' delivery details are
        opened with the store's key from the keyring, in memory only."""
        op = self.ctx.tasks.query(self.tr("Reading the customers"),
                                  lambda work, _c: service.customer_list(work), owner=self,
                                  quiet=True)
        op.on_success(self._show_customers)
        return op

    def _show_customers(self, rows) -> None:
        self.customers_model.removeRows(0, self.customers_model.rowCount())
        for c in rows:
            paid = ", ".join(m.text() for m in c.paid if m.units) or "—"
            items = [QStandardItem(x) for x in (c.name, c.phone, str(c.offline_orders),
                                                str(c.escrow_orders), paid)]
            for item in items:
                item.setEditable(False)
            self.customers_model.appendRow(items)

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.show_info(self, self.tr("Choose an order first."))
            return None
        return self.model.item(rows[0].row(), 0).data(Qt.UserRole)

    # ---------------------------------------------------------------- actions
    def record_sale(self, *, dialog: RecordSaleDialog | None = None):
        """Ask for the sale and record it on the book's writer."""
        items = service.sellable_items(self.ctx.session.work())
        if not items:
            dialogs.show_info(self, self.tr("No published lot has stock left to sell."))
            return None
        dialog = dialog or RecordSaleDialog(self, items)
        if dialog.exec() != QDialog.Accepted:
            return None
        item = dialog.chosen()
        qty, price_text = dialog.quantity.value(), dialog.price.text()
        payment, paid = dialog.payment.currentData(), dialog.paid.isChecked()
        customer = Customer(dialog.customer.text(), dialog.phone.text(), dialog.address.text())
        receipt, note = dialog.receipt.text(), dialog.note.text()

        def task(work, _ctx):
            return service.record(work, item.id, qty,
                                  service.unit_price(work, item.id, price_text), payment,
                                  customer=customer, paid=paid, receipt=receipt, note=note)

        op = self.ctx.tasks.write(self.tr("Recording the sale"), task, owner=self)
        op.on_success(lambda order: dialogs.show_info(self, self.tr(
            "Recorded order {number}.").format(number=order.number)))
        return op

    def _selected_order(self) -> tuple | None:
        """(id, number, payment) of the chosen order, or None (said to the user)."""
        order_id = self._selected()
        if order_id is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        number, payment = self.model.item(rows[0].row(), 0).data(Qt.UserRole + 1)
        return order_id, number, payment

    def add_order_code(self, *, dialog=None):
        """Ask for a buyer's order code and add it as an unpaid order on the book's writer."""
        dialog = dialog or OrderCodeDialog(self)
        if dialog.exec() != QDialog.Accepted:
            return None
        text = dialog.text()
        op = self.ctx.tasks.write(self.tr("Adding the order code"),
                                  lambda work, _c: pay_by_code.add_order_code(work, text),
                                  owner=self)
        op.on_success(lambda order: dialogs.show_info(self, self.tr(
            "Added order {number} for {customer}: it waits for the money until {due}.").format(
            number=order.number, customer=order.customer.name if order.customer else "",
            due=time.strftime("%Y-%m-%d %H:%M", time.localtime(order.due_at)))))
        return op

    def ship_order(self, *, dialog=None):
        """Record the carrier and tracking number of the chosen paid order."""
        chosen = self._selected_order()
        if chosen is None:
            return None
        order_id, number, _payment = chosen
        dialog = dialog or ShipOfflineDialog(self, number)
        if dialog.exec() != QDialog.Accepted:
            return None
        carrier, tracking = dialog.values()
        op = self.ctx.tasks.write(self.tr("Recording the shipment"),
                                  lambda work, _c: service.ship(work, order_id, carrier, tracking),
                                  owner=self)
        op.on_success(lambda order: dialogs.show_info(self, self.tr(
            "Order {number} is shipped.").format(number=order.number)))
        return op

    def mark_delivered(self):
        """Record that the chosen shipped order reached the buyer."""
        order_id = self._selected()
        if order_id is None:
            return None
        op = self.ctx.tasks.write(self.tr("Recording the delivery"),
                                  lambda work, _c: service.deliver(work, order_id), owner=self)
        op.on_success(lambda order: dialogs.show_info(self, self.tr(
            "Order {number} is delivered.").format(number=order.number)))
        return op

    def mark_paid(self, *, dialog=None):
        chosen = self._selected_order()
        if chosen is None:
            return None
        order_id, _number, payment = chosen
        dialog = dialog or MoneyArrivedDialog(self, payment)
        if dialog.exec() != QDialog.Accepted:
            return None
        via = dialog.via.currentData()
        op = self.ctx.tasks.write(self.tr("Marking the order paid"),
                                  lambda work, _c: service.mark_paid(work, order_id, via=via),
                                  owner=self)
        op.on_success(lambda order: dialogs.show_info(self, self.tr(
            "Order {number} is paid.").format(number=order.number)))
        return op

    def cancel_order(self):
        order_id = self._selected()
        if order_id is None:
            return None
        if not dialogs.ask(self, self.tr("Cancel this order? Its goods go back into stock.")):
            return None
        op = self.ctx.tasks.write(self.tr("Cancelling the order"),
                                  lambda work, _c: service.cancel(work, order_id), owner=self)
        op.on_success(lambda order: dialogs.show_info(self, self.tr(
            "Order {number} is cancelled.").format(number=order.number)))
        return op
