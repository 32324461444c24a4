"""The Orders & escrow page: orders paid into the escrow with a countdown to each deadline,
reminders, the seller's actions (accept one or many, ship, settle, dispute, claim), an order's
on-chain history and the buyer's delivery details (shown here only), and the Sandbox's
simulated buyer. The page never polls: the network watch syncs when the chain head moves, and
the page reads the orders again when an op announces that they changed."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop import i18n
from desktop.services import arbitration, order_actions, orders as service, simulated_buyer
from desktop.services.errors import UserFacingError
from desktop.services.events import BookChanged, ProfileOpened
from desktop.services.order_snapshot import Snapshot, read_snapshot
from desktop.ui import dialogs
from desktop.ui.dropship_dialogs import Dropship
from desktop.ui.network_watch import network_name
from desktop.ui.order_credits import CreditsPanel
from desktop.ui.order_dialogs import (DisputeDialog, OrdersModel, SettleDialog, ShipDialog,
                                      SimulatedBuyerPanel, countdown)
from desktop.ui.pages.base import Page
from desktop.ui.sign_dialog import typed_data_rows
from desktop.ui.tx_notice import say_sent
from shop.money import Currency, Money
from shop.orders.model import escrow_number, party_of, reminders
from wallet.escrow_types import settlement_typed_data
from shop.storefront.pickup import pickup_of
from shop.storefront.pickup import detail_text
from desktop.services import pickup
from desktop.ui.pickup_dialogs import CounterDialog
from desktop.ui.widgets.flow import FlowLayout

# The areas whose change the page shows: the orders (and credits), the accounts and network,
# the listings' names and offers.
SHOWN_AREAS = frozenset({"orders", "wallet", "storefront"})


def _is_pickup(view) -> bool:
    """Whether the buyer chose a pickup point in the order's delivery note."""
    return pickup_of(view.details) is not None


def _then_sync(work, result):
    """Read the escrow events an action caused into the orders, on the same work unit."""
    service.sync(work)
    return result


class OrdersPage(Page):
    key = "orders"


    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self._syncing = None
        self._reads = 0  # the newest read's number: an older read's result is dropped
        self._synced_to = None
        self.snapshot = Snapshot()
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Orders & escrow"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        self.reminders = QLabel()
        self.reminders.setObjectName("reminders")
        self.reminders.setWordWrap(True)
        self.reminders.hide()
        layout.addWidget(self.reminders)
        self.credits_box = CreditsPanel(ctx.tasks)
        layout.addWidget(self.credits_box)
        top = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync"))
        self.sync_button.setObjectName("orders_sync")
        self.sync_button.clicked.connect(lambda: self.sync(quiet=False))
        top.addWidget(self.sync_button)
        self.status = QLabel()
        self.status.setObjectName("orders_status")
        self.status.setWordWrap(True)  # a refusal is one sentence that wraps, not a wider window
        top.addWidget(self.status, 1)
        layout.addLayout(top)

        self.model = OrdersModel(self)
        self.table = QTableView()
        self.table.setObjectName("orders")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        below = QWidget()
        below_layout = QHBoxLayout(below)
        self.details = QPlainTextEdit()
        self.details.setObjectName("delivery_details")
        self.details.setReadOnly(True)
        below_layout.addWidget(self.details, 1)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Block"),
                                                self.tr("Transaction"), self.tr("Time")])
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        below_layout.addWidget(self.history, 2)
        split.addWidget(below)
        layout.addWidget(split, 1)

        buttons = FlowLayout()  # wrapped to the window's width
        self.buttons = {}
        for name, label, slot in [
            ("accept", self.tr("Accept (co-sign)"), self.accept_selected),
            ("ship", self.tr("Mark shipped…"), self.mark_shipped),
            ("settle", self.tr("Settle…"), self.settle),
            ("dispute", self.tr("Dispute…"), lambda: self.act("dispute")),
            ("statement", self.tr("Add statement…"), self.add_statement),
            ("claim", self.tr("Claim payment"), lambda: self.act("claim")),
            ("reclaim", self.tr("Return to buyer"), lambda: self.act("give_back")),
            ("shipping_list", self.tr("Shipping list…"), self.shipping_list),
            ("shipped_from", self.tr("Shipped from reply…"), self.shipped_from),
            ("ready", self.tr("Ready for pickup"), self.mark_ready),
            ("counter", self.tr("Counter…"), self.open_counter),
        ]:
            button = QPushButton(label)
            button.setObjectName(f"orders_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        layout.addLayout(buttons)
        self.buyer_panel = SimulatedBuyerPanel()
        self.buyer_panel.hide()
        self.buyer_panel.fund.connect(self.simulate_fund)
        self.buyer_panel.sign_offers.connect(self.sign_offers)
        self.buyer_panel.buyer_action.connect(self.simulate_action)
        self.buyer_panel.jump.connect(self.jump)
        layout.addWidget(self.buyer_panel)

        self.countdown_timer = QTimer(self)
        self.countdown_timer.timeout.connect(self._tick)
        self.countdown_timer.start(1000)
        ctx.events.listen(BookChanged, self._book_changed)
        ctx.events.listen(ProfileOpened, self._profile_opened)
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------

    def shown(self) -> None:
        self._loaded = True
        self.reload()

    def _profile_opened(self, _event) -> None:
        self.model.set_views([], 0, 0, "")
        self._synced_to = None
        if self._loaded and self.isVisible():
            self.reload()

    def _book_changed(self, event: BookChanged) -> None:
        if self._loaded and self.isVisible() and event.areas & SHOWN_AREAS:
            self.reload()

    def _write(self, title: str, fn, on_success=None):
        """Start fn(work, ctx) on the book's writer; a failure is shown with the dialog kit."""
        op = self.ctx.tasks.write(title, fn, owner=self)
        if on_success is not None:
            op.on_success(on_success)
        return op

    def reload(self):
        """Read the orders again (no sync), off the GUI thread."""
        self._reads += 1
        number = self._reads

        def show(snap: Snapshot) -> None:
            if number == self._reads:
                self._show(snap)

        if not self.snapshot.network:  # nothing shown yet: say that it is coming
            self.status.setText(self.tr("Reading the orders…"))
        op = self.ctx.tasks.query(self.tr("Reading orders"), lambda work, _c: read_snapshot(work),
                                  owner=self, quiet=True)
        op.on_success(show)
        op.on_failure(lambda e: self.status.setText(dialogs.error_text(e)))
        return op

    def sync(self, quiet: bool = False):
        """Sync the escrow contract on the book's writer; shows progress unless quiet. The
        orders are read again when the sync announces that they changed."""
        if self._syncing is not None:
            return self._syncing

        def sync(work, ctx):
            def progress(done, total, text):
                if not ctx.cancelled:
                    ctx.report(done, total, text)
            return service.sync(work, progress=progress, cancelled=lambda: ctx.cancelled)

        op = self.ctx.tasks.write(self.tr("Syncing escrow events"), sync, owner=self, quiet=quiet)
        self._syncing = op
        op.on_success(self._synced)
        if quiet:
            op.on_failure(lambda e: self.status.setText(dialogs.error_text(e)))
        op.finished.connect(lambda: setattr(self, "_syncing", None))
        if not quiet:
            dialogs.progress_dialog(self, op)
        return op

    def _synced(self, summary) -> None:
        self._synced_to = summary.to_block
        self._show_status()
        if summary.unreadable:  # a shipment on chain that does not open: say which and why
            self.status.setText(" ".join(dialogs.error_text(e) for e in summary.unreadable))

    def _show(self, snap: Snapshot) -> None:
        self.snapshot = snap
        selected = set(self.selected_ids())
        self.model.set_views(snap.views, snap.offset, snap.decimals, snap.symbol)
        for row, v in enumerate(snap.views):
            if v.order.escrow_id in selected:
                self.table.selectRow(row)
        self._show_status()
        self.credits_box.show_credits(snap.credits)
        self.buyer_panel.setVisible(snap.sandbox)
        if snap.sandbox:
            self.buyer_panel.fill(snap.buyers, snap.offers, snap.accounts, snap.pickup_points,
                                  snap.handovers)
        self._tick()
        self._selection_changed()

    def _show_status(self) -> None:
        snap = self.snapshot
        if not snap.network:
            return
        text = self.tr("{network}: {count} orders").format(network=network_name(snap.network),
                                                           count=len(snap.views))
        if self._synced_to is not None:
            text += " · " + self.tr("synced to block {block}").format(block=self._synced_to)
        self.status.setText(text)

    def _tick(self) -> None:
        self.model.tick()

        due = reminders([v.order for v in self.model.views], self.model.now())
        self.reminders.setVisible(bool(due))
        if due:
            lines = [self.tr("Order {escrow}: {what} within {left}").format(
                escrow=escrow_number(o.escrow_id), left=countdown(o.seconds_left(self.model.now())),
                what=self.tr("accept") if o.state == "Funded" else self.tr("ship"))
                for o in due]
            self.reminders.setText(self.tr("Due soon:") + " " + "; ".join(lines))

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.views[r] for r in rows if r < len(self.model.views)]

    # -- drop-ship ------------------------------------------------------------------------
    def _dropship(self):
        return Dropship(self, self.ctx)

    def shipping_list(self, **kwargs):
        """The accepted orders a supplier ships for this store, as a file for it."""
        return self._dropship().export_list(**kwargs)

    def shipped_from(self, *, path: str | None = None):
        """Mark the orders of a supplier's reply shipped in one transaction (keyword-only:
        the button's clicked(bool) must not arrive as the path)."""
        return self._dropship().ship_from_reply(path)

    def selected_ids(self) -> list[int]:
        return [v.order.escrow_id for v in self.selected()]

    def _selection_changed(self, *_args) -> None:
        views, now = self.selected(), self.model.now()
        acts = [v.order.actions(now) for v in views]
        one = acts[0] if len(acts) == 1 else frozenset()
        self.buttons["accept"].setEnabled(bool(acts) and all("accept" in a for a in acts))
        for name in ("ship", "settle", "dispute", "statement", "claim"):
            self.buttons[name].setEnabled(name in one)
        self.buttons["reclaim"].setEnabled(bool(one & set(order_actions.GIVE_BACK)))
        self.buttons["ready"].setEnabled("ship" in one and _is_pickup(views[0]))
        self._show_order(views[0] if len(views) == 1 else None)

    def _show_order(self, view) -> None:
        self.history.setRowCount(0)
        if view is None:
            self.details.setPlainText("")
            return

        lines = [f"{QCoreApplication.translate('DeliveryDetails', k)}: {detail_text(v)}"
                 for k, v in (view.details or {}).items()] or [
            view.problem]
        o = view.order
        if o.tracking_number:
            lines.append(self.tr("Shipped with {carrier}, tracking number {number}").format(
                carrier=o.carrier, number=o.tracking_number))
        self.details.setPlainText("\n".join(lines))

        for row, h in enumerate(service.order_history(self.ctx.session.work(), o)):
            self.history.insertRow(row)
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(h.at)) if h.at else ""
            for col, text in enumerate((self._event_text(h, o), str(h.block_number),
                                        h.tx_hash, when)):
                self.history.setItem(row, col, QTableWidgetItem(text))

    def _event_text(self, entry, order) -> str:
        """An event of the history as the table shows it: a statement says whose it is (its
        words stay sealed to the arbitrator)."""
        if entry.kind != "Statement":
            return QCoreApplication.translate("OrderEvents", entry.kind)
        if party_of(order, entry.args.get("by")) == "seller":
            return self.tr("Statement from the seller")
        return self.tr("Statement from the buyer")

    # -- the seller's actions ---------------------------------------------------------------
    def _as_seller(self, title: str, views, action: str, act, signing=None,
                   details=None, done: str = "") -> None:
        """Ask the seller's password, then on the book's writer check that the orders still
        allow `action` now (services.order_actions.check, as the command line does), run
        act(work, signer, checked) and sync.

        signing: (field, value) rows of what the password will sign, in words, shown with the
        prompt; details: the raw fields of a signed message, under a collapsed Details;
        done: what happened, in one sentence, said with the transaction once it is sent (or a
        function giving it then, when the sentence names what sending made)."""
        try:
            seller = order_actions.seller_of([v.order for v in views])
        except UserFacingError as e:
            dialogs.show_error(self, e)
            return
        password = dialogs.ask_password(self, title, self.tr(
            "Password of the seller account {address}:").format(address=seller), signing,
            details)
        if password is None:
            return
        ids = [v.order.escrow_id for v in views]

        def run(work, _ctx):
            checked = order_actions.check(work, ids, action)
            with work.wallet.unlocked(checked.seller, password) as signer:
                result = act(work, signer, checked)
            return _then_sync(work, result)

        self._write(title, run, lambda entry: say_sent(
            self, done() if callable(done) else done, entry))

    def accept_selected(self) -> None:
        ids = self.selected_ids()
        views = self.selected()
        self._as_seller(self.tr("Accept {count} orders").format(count=len(ids)),
                        views, "accept",
                        lambda work, s, _checked: service.accept(work, s, ids),
                        self._accept_rows(views),
                        done=i18n.accepted_text(ids, self._bond(views),
                                                QCoreApplication.translate))

    def _money(self, units: int) -> str:
        return self._amount(units).text()

    def _amount(self, units: int) -> Money:
        snap = self.snapshot
        return Money(units, Currency.token(snap.symbol, snap.decimals))

    @staticmethod
    def _done(action: str, escrow_id: int, **fields) -> str:
        """What `action` did to an order, in the words the command line says it too."""
        return i18n.order_done(action, escrow_id, QCoreApplication.translate, **fields)

    def _bond(self, views) -> Money | None:
        """The bond accepting these orders posts, None when an offer is not in this book."""
        bonds = [v.bond for v in views]
        return None if None in bonds else self._amount(sum(bonds))

    def _bond_text(self, views) -> str:
        return i18n.bond_words(self._bond(views), QCoreApplication.translate)

    @staticmethod
    def _numbers(views) -> str:
        return ", ".join(escrow_number(v.order.escrow_id) for v in views)

    def _accept_rows(self, views) -> list[tuple[str, str]]:
        """What accepting means, in words: the orders and the bond it posts from your account."""
        numbers = self._numbers(views)
        bond = self._bond_text(views)
        return [(self.tr("What"), self.tr("Accept orders {orders}: co-sign them and post your "
                                          "bond").format(orders=numbers)),
                (self.tr("Your bond"), bond),
                (self.tr("The bond"), self.tr("comes back to you when the order is paid out; "
                                              "if you do not mark it shipped by its ship "
                                              "deadline, the buyer takes it with the price"))]

    def mark_shipped(self) -> None:
        [view] = self.selected()
        dialog = ShipDialog(self, view.order.escrow_id)
        if dialog.exec() != ShipDialog.Accepted:
            return
        carrier, number = dialog.values()
        self._as_seller(self.tr("Mark shipped"), [view], "ship",
                        lambda work, s, _checked: service.mark_shipped(
                            work, s, view.order.escrow_id, carrier, number),
                        done=self._done("ship", view.order.escrow_id, carrier=carrier,
                                        number=number))

    # -- pickup (到店自提) ---------------------------------------------------------------------
    def mark_ready(self) -> None:
        """Mark the chosen pickup order ready: the ship step with carrier 自提 and a new pickup
        code, which the notice and the order's details then show."""
        [view] = self.selected()
        codes = []

        def ready(work, signer, _checked):
            entry, code = pickup.mark_ready(work, signer, view.order.escrow_id)
            codes.append(code)
            return entry

        self._as_seller(self.tr("Ready for pickup"), [view], "ship", ready,
                        done=lambda: self._done("ready", view.order.escrow_id, code=codes[0]))

    def counter_dialog(self):
        """The counter view: scan or type an order, see whether the buyer confirmed."""
        return CounterDialog(self, self.ctx, lambda: self.sync(quiet=True))

    def open_counter(self) -> None:
        self.counter_dialog().exec()

    def act(self, action: str) -> None:
        """Dispute, claim or give back ("Return to buyer": the refund, reclaim or timeout the
        order allows) the selected order."""
        [view] = self.selected()
        number = escrow_number(view.order.escrow_id)
        title = self.tr("Escrow {escrow}").format(escrow=number)
        if action == "dispute":
            self._dispute(view, title)
            return
        done = self._done("claim" if action == "claim" else "give_back", view.order.escrow_id,
                          amount=self._amount(view.order.price + view.order.bond))
        self._as_seller(title, [view], action, lambda work, s, checked: service.act(
            work, s, view.order.escrow_id, checked.calls[0]), done=done)

    def _dispute(self, view, title: str) -> None:
        """Ask for the statement (saying plainly when no arbitrator can read one), then send."""
        arbitrator = arbitration.offer_arbitrator(self.ctx.session.work(), view.order)
        dialog = DisputeDialog(self, view.order.escrow_id, arbitrator)
        if dialog.exec() != DisputeDialog.Accepted:
            return
        statement = dialog.text()
        try:
            arbitration.check_statement(statement)
        except UserFacingError as e:
            dialogs.show_error(self, e)
            return
        self._as_seller(title, [view], "dispute", lambda work, s, _checked: service.dispute(
            work, s, view.order.escrow_id, statement),
            done=self._done("dispute", view.order.escrow_id,
                            amount=self._amount(view.order.price + view.order.bond)))

    def add_statement(self) -> None:
        """Add the seller's statement, sealed to the arbitrator, to the order's open dispute."""
        [view] = self.selected()
        number = escrow_number(view.order.escrow_id)
        text = dialogs.ask_text(self, self.tr("Statement on order {escrow}").format(
            escrow=number), self.tr("What happened, for the arbitrator only (sealed to its key):"))
        if text is None or not text.strip():
            return
        try:
            arbitration.check_statement(text)
        except UserFacingError as e:
            dialogs.show_error(self, e)
            return
        self._as_seller(self.tr("Escrow {escrow}").format(escrow=number), [view], "statement",
                        lambda work, s, _checked: service.add_statement(
                            work, s, view.order.escrow_id, text),
                        done=self._done("statement", view.order.escrow_id))

    def settle(self) -> None:
        [view] = self.selected()
        o, snap = view.order, self.snapshot
        simulate = None
        if snap.sandbox:
            def simulate(s, put):
                self.ctx.tasks.query(
                    self.tr("Simulated buyer signs"),
                    lambda work, _c: simulated_buyer.simulate_buyer_signature(work, s),
                    owner=self).on_success(put)
        dialog = SettleDialog(self, o.escrow_id, o.price + o.bond, o.settlement_nonce,
                              snap.chain_id, snap.contract, snap.decimals, snap.symbol, simulate,
                              site_url=snap.site_url)
        if dialog.exec() != SettleDialog.Accepted:
            return
        s, theirs = dialog.settlement(), dialog.buyer_signature.toPlainText().strip()
        signing = [(self.tr("What"), self.tr("A settlement of order {order}: the escrow pays "
                                              "out as below and the order closes").format(
                        order=escrow_number(s.escrow_id))),
                   (self.tr("To the buyer"), self._money(s.buyer_amount)),
                   (self.tr("To you"), self._money(s.seller_amount))]
        details = typed_data_rows(settlement_typed_data(s, snap.chain_id, snap.contract))
        self._as_seller(self.tr("Settle"), [view], "settle",
                        lambda work, signer, _checked: service.settle(
                            work, signer, s, theirs, service.sign_settlement(work, signer, s)),
                        signing, details,
                        done=self._done("settle", s.escrow_id,
                                        buyer=self._amount(s.buyer_amount),
                                        seller=self._amount(s.seller_amount)))

    # -- the simulated buyer (Sandbox) -------------------------------------------------------
    def sign_offers(self) -> None:
        seller = self.buyer_panel.seller.currentData()
        if not seller:
            dialogs.show_error(self, self.tr("Add a seller account on the Wallet page first."))
            return
        signing = [(self.tr("What"), self.tr("Escrow offers (EIP-712, “Ziliudi Escrow”)")),
                   (self.tr("Listings"), self.tr("every live listing without a valid offer, at its "
                                                 "price now, up to its stock")),
                   (self.tr("Seller"), seller)]
        password = dialogs.ask_password(self, self.tr("Sign offers"), self.tr(
            "Sign offers for the live listings with {address}? Its password:").format(
            address=seller), signing)
        if password is None:
            return

        def sign(work, _ctx):
            with work.wallet.unlocked(seller, password) as signer:
                return simulated_buyer.sign_offers(work, signer)
        self._write(self.tr("Signing offers"), sign)

    def simulate_fund(self, buyer: str, listing_id: int, quantity: int, details: dict,
                      point: str = "") -> None:
        def fund(work, _ctx):
            chosen = details
            if point:  # checked as `sandbox buy --pickup NAME` checks it
                chosen = pickup.pickup_details(work, listing_id, point, details["name"],
                                               details["phone"])
            funding = _then_sync(work, simulated_buyer.simulate_funding(
                work, buyer, listing_id, quantity, chosen))
            order = order_actions.find(work, service.target(work), funding.escrow_id)
            return funding.entry, order

        def paid(result) -> None:
            entry, order = result
            say_sent(self, self._done("buyer_fund", order.escrow_id,
                                      amount=self._amount(order.price)), entry)
        self._write(self.tr("Simulated buyer pays"), fund, paid)

    def simulate_action(self, action: str) -> None:
        views = self.selected()
        if len(views) != 1:
            dialogs.show_error(self, self.tr("Choose one order first."))
            return
        order = views[0].order
        done = self._done("buyer_" + action, order.escrow_id,
                          amount=self._amount(order.price + order.bond))
        self._write(self.tr("Simulated buyer acts"), lambda work, _c: _then_sync(
            work, simulated_buyer.simulate(work, "", order.escrow_id, action)),
            lambda entry: say_sent(self, done, entry))

    def jump(self, seconds: int) -> None:
        self._write(self.tr("Jumping time"), lambda work, _c: _then_sync(
            work, simulated_buyer.time_travel(work, seconds)), self._clock_moved)

    def _clock_moved(self, chain_now: int) -> None:
        """The Sandbox's clock jumped: the deadlines count down from the new time."""
        self.model.offset = self.snapshot.offset = chain_now - time.time()
        self._tick()
        self._selection_changed()
