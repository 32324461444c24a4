"""Order online, collect in the shop (到店自提): the store profile's pickup points, and the
counter view where the shop scans the buyer's QR (a barcode scanner types it and ends with
Enter, or the laptop's camera reads it) or types the order number, and sees the order, the
goods, the pickup point and whether the buyer's confirmation is on chain. The counter never
polls: it reads the order again when the book's orders change (the network watch syncs when
the chain head moves)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services import pickup as service
from desktop.services.events import BookChanged
from desktop.ui import dialogs
from desktop.ui.counter_camera import CounterCamera

CONFIRMED_STYLE = "background: #1b8a3a; color: white; padding: 8px; font-weight: bold;"
WAITING_STYLE = "background: #f0f0f0; padding: 8px;"


def add_pickup_button(profile_dialog: QDialog, open_points) -> QPushButton:
    """Put a "Pickup points…" row in the store profile dialog, above its OK and Cancel."""
    button = QPushButton(QCoreApplication.translate("PickupPointsDialog", "Pickup points…"))
    button.setObjectName("store_pickup_points")
    button.clicked.connect(open_points)
    form = profile_dialog.layout()
    form.insertRow(max(form.rowCount() - 1, 0), button)
    return button


def _close_box(dialog: QDialog) -> QDialogButtonBox:
    """A Close button that Enter never presses: a scanner ends every code with Enter."""
    box = QDialogButtonBox(QDialogButtonBox.Close)
    box.rejected.connect(dialog.reject)
    for button in box.buttons():
        button.setAutoDefault(False)
        button.setDefault(False)
    return box


class PickupPointsDialog(QDialog):
    """The store's pickup points: add one (name, address, opening hours, phone), remove the
    chosen one. Each change is saved at once on the book's writer."""

    def __init__(self, parent: QWidget | None, ctx):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pickup_points_dialog")
        self.setWindowTitle(self.tr("Pickup points"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Buyers of a listing offered for pickup choose one of these shops "
                              "at checkout instead of giving an address."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("pickup_points")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address"),
                                              self.tr("Opening hours"), self.tr("Phone")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("pickup_name")
        self.name.setPlaceholderText(self.tr("e.g. West Lake shop"))
        self.address = QLineEdit()
        self.address.setObjectName("pickup_address")
        self.hours = QLineEdit()
        self.hours.setObjectName("pickup_hours")
        self.hours.setPlaceholderText(self.tr("e.g. 10:00-21:00"))
        self.phone = QLineEdit()
        self.phone.setObjectName("pickup_phone")
        for label, field in ((self.tr("Name"), self.name), (self.tr("Address"), self.address),
                             (self.tr("Opening hours"), self.hours),
                             (self.tr("Phone"), self.phone)):
            form.addRow(label, field)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add pickup point"))
        self.add_button.setObjectName("pickup_add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("pickup_remove")
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_close_box(self))
        self.add_button.setDefault(True)  # Enter in a field adds the point
        self.refresh()

    def refresh(self) -> None:
        """Show the pickup points as the book has them."""
        found = service.points(self.ctx.session.work())
        self.table.setRowCount(len(found))
        for r, p in enumerate(found):
            for c, text in enumerate((p.name, p.address, p.hours, p.phone)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(found))

    def _write(self, title: str, fn, then=None):
        op = self.ctx.tasks.write(title, fn, owner=self)
        op.on_success(lambda _r: (self.refresh(), then and then()))
        op.on_failure(lambda e: dialogs.show_error(self, e))
        return op

    def add(self):
        """Add the point typed in the fields; the fields clear once it is saved."""
        values = (self.name.text(), self.address.text(), self.hours.text(), self.phone.text())

        def cleared():
            for field in (self.name, self.address, self.hours, self.phone):
                field.clear()

        return self._write(self.tr("Adding a pickup point"),
                           lambda work, _c: service.add_point(work, *values), cleared)

    def remove(self):
        """Remove the chosen point (the first when none is chosen)."""
        row = max(self.table.currentRow(), 0)
        item = self.table.item(row, 0)
        if item is None:
            return None
        name = item.text()
        return self._write(self.tr("Removing a pickup point"),
                           lambda work, _c: service.remove_point(work, name))


class HandoverDialog(QDialog):
    """How the chosen listings reach buyers: delivered, collected at a pickup point, or the
    buyer's choice."""

    def __init__(self, parent: QWidget | None, count: int):
        super().__init__(parent)
        self.setObjectName("handover_dialog")
        self.setWindowTitle(self.tr("Delivery or pickup"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{count} listings chosen.").format(count=count)))
        self.handover = QComboBox()
        self.handover.setObjectName("handover")
        for key, text in (("delivery", self.tr("Delivery only")),
                          ("pickup", self.tr("Pickup in the shop only")),
                          ("both", self.tr("Delivery or pickup, as the buyer chooses"))):
            self.handover.addItem(text, key)
        form.addRow(self.tr("Buyers get them by"), self.handover)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> str:
        return self.handover.currentData()


class CounterDialog(QDialog):
    """The counter: scan the buyer's QR (scanner or camera) or type the order number, then
    Enter."""

    def __init__(self, parent: QWidget | None, ctx, sync=None):
        super().__init__(parent)
        self.ctx = ctx
        self._sync = sync  # starts a quiet escrow sync (the Orders page's), or None
        self.current: str | None = None
        self.view = None
        self._reads = 0
        self.setObjectName("counter_dialog")
        self.setWindowTitle(self.tr("Counter: pickup orders"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Scan the buyer's QR code, or type the order number "
                                        "and press Enter.")))
        self.scan = QLineEdit()
        self.scan.setObjectName("counter_scan")
        self.scan.setPlaceholderText(self.tr("order number, e.g. 1-2"))
        self.scan.returnPressed.connect(self.look_up)
        layout.addWidget(self.scan)
        self.camera = CounterCamera(ctx)
        self.camera.scanned.connect(self.take)
        self.finished.connect(lambda _r: self.camera.stop())
        layout.addWidget(self.camera)
        self.verdict = QLabel()
        self.verdict.setObjectName("counter_verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        form = QFormLayout()
        self.fields = {}
        for key, label in (("order", self.tr("Order")), ("goods", self.tr("Goods")),
                           ("buyer", self.tr("Buyer")), ("point", self.tr("Pickup point")),
                           ("code", self.tr("Pickup code")), ("state", self.tr("State"))):
            value = QLabel()
            value.setObjectName(f"counter_{key}")
            value.setWordWrap(True)
            form.addRow(label, value)
            self.fields[key] = value
        layout.addLayout(form)
        layout.addWidget(_close_box(self))
        ctx.events.listen(BookChanged, self._book_changed)
        self._show(None)

    @property
    def confirmed(self) -> bool:
        return bool(self.view and self.view.confirmed)

    def look_up(self):
        """Read the order the scanner typed (or the keyboard) and ask the chain for news."""
        text = self.scan.text()
        self.scan.clear()
        return self.take(text)

    def take(self, text: str):
        """Show the order of a scanned or typed text (the camera's texts come here directly)."""
        text = text.strip()
        if not text:
            return None
        self.current = text
        op = self._read()
        if self._sync is not None:
            self._sync()
        return op

    def _book_changed(self, event: BookChanged) -> None:
        if self.current and "orders" in event.areas and self.isVisible():
            self._read()

    def _read(self):
        self._reads += 1
        number, text = self._reads, self.current

        def shown(view) -> None:
            if number == self._reads:
                self._show(view)

        def failed(error) -> None:
            if number == self._reads:
                self._show(None, dialogs.error_text(error))

        op = self.ctx.tasks.query(self.tr("Looking up the order"),
                                  lambda work, _c: service.counter_view(work, text),
                                  owner=self, quiet=True)
        op.on_success(shown)
        op.on_failure(failed)
        return op

    def _show(self, view, problem: str = "") -> None:
        self.view = view
        if view is None:
            for value in self.fields.values():
                value.clear()
            self.verdict.setText(problem)
            self.verdict.setStyleSheet(WAITING_STYLE if problem else "")
            return
        point = view.pickup
        self.fields["order"].setText(view.number)
        self.fields["goods"].setText(self.tr("{goods} × {quantity}").format(
            goods=view.goods or "—", quantity=view.quantity))
        self.fields["buyer"].setText(view.buyer_name or view.problem or "—")
        self.fields["point"].setText(
            "{name} ({address})".format(**point) if point else self.tr("delivery, not pickup"))
        self.fields["code"].setText(view.pickup_code or "—")
        state = QCoreApplication.translate("OrderStates", view.state)
        self.fields["state"].setText(state)
        self.verdict.setText(self._verdict(view))
        self.verdict.setStyleSheet(CONFIRMED_STYLE if view.confirmed else WAITING_STYLE)

    def _verdict(self, view) -> str:
        if view.confirmed:
            return self.tr("The buyer confirmed receipt on chain: hand over the goods.")
        if view.ready:
            return self.tr("Ready for pickup. Waiting for the buyer to confirm receipt on their "
                           "phone…")
        if view.state in ("Funded", "Accepted"):
            return self.tr("Not marked ready for pickup yet.")
        return self.tr("This order is {state}: do not hand over goods for it.").format(
            state=QCoreApplication.translate("OrderStates", view.state))
