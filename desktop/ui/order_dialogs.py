"""Parts of the Orders & escrow page: the orders' table model with its countdown, the mark
shipped, dispute and settle (both signatures) dialogs, and the Sandbox's simulated buyer panel. They
show and collect; the page runs the service calls."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox, QVBoxLayout)

from desktop.services.errors import UserFacingError
from desktop.services.order_actions import split
from desktop.services.orders import proposal_link
from desktop.ui.tracking_dialog import TrackingDialog
from shop.money import Currency, Money, MoneyError
from shop.orders.model import escrow_number
from wallet.escrow_types import Settlement, settlement_typed_data

COL_LEFT = 7


def countdown(seconds: int | None) -> str:
    """Time left as text: '2 d 03:04:05', '03:04:05', 'passed', or '' when closed."""
    if seconds is None:
        return ""
    if seconds <= 0:
        return QCoreApplication.translate("OrdersPage", "passed")
    days, rest = divmod(seconds, 86400)
    hms = "{:02d}:{:02d}:{:02d}".format(rest // 3600, rest % 3600 // 60, rest % 60)
    return QCoreApplication.translate("OrdersPage", "{days} d {hms}").format(days=days, hms=hms) if days else hms


class OrdersModel(QAbstractTableModel):
    """The orders; the time-left column follows the clock without rebuilding the rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.views: list = []
        self.offset = 0.0
        self.clock = time.time
        self.decimals, self.symbol = 0, ""
        self.headers = [self.tr("Order"), self.tr("State"), self.tr("Goods"), self.tr("Qty"),
                        self.tr("Price"), self.tr("Buyer"), self.tr("Deadline"),
                        self.tr("Time left")]

    def now(self) -> int:
        """The chain's time as this page estimates it."""
        return int(self.clock() + self.offset)

    def set_views(self, views, offset: float, decimals: int, symbol: str) -> None:
        self.beginResetModel()
        self.views, self.offset, self.decimals, self.symbol = views, offset, decimals, symbol
        self.endResetModel()

    def tick(self) -> None:
        """Refresh only the countdown column."""
        if self.views:
            self.dataChanged.emit(self.index(0, COL_LEFT),
                                  self.index(len(self.views) - 1, COL_LEFT), [Qt.DisplayRole])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or not index.isValid():
            return None
        v = self.views[index.row()]
        o = v.order
        col = index.column()
        if col == COL_LEFT:
            return countdown(o.seconds_left(self.now()))
        if col == 0:
            return escrow_number(o.escrow_id)
        if col == 1:
            return QCoreApplication.translate("OrderStates", o.state)
        if col == 2:
            return v.listing
        if col == 3:
            return str(o.quantity)
        if col == 4:
            return str(Money(o.price, Currency.token(self.symbol, self.decimals)))
        if col == 5:
            return (v.details or {}).get("name") or (o.buyer or "")[:10]
        if col == 6 and o.deadline:
            return time.strftime("%Y-%m-%d %H:%M", time.localtime(o.deadline))
        return ""


class ShipDialog(TrackingDialog):
    """Carrier and tracking number of one order; they go on chain sealed for buyer and seller."""

    def __init__(self, parent, escrow_id: int):
        super().__init__(parent, self.tr("Mark order {escrow} shipped").format(
            escrow=escrow_number(escrow_id)),
            self.tr("They go on chain encrypted: only the buyer and this store "
                    "(also restored from the wallet phrase) can read them."))


class DisputeDialog(QDialog):
    """Open a dispute on one order: what happens next, and a short statement sealed to the
    offer's arbitrator (none can be written when the offer names no arbitrator)."""

    def __init__(self, parent, escrow_id: int, arbitrator: str | None):
        super().__init__(parent)
        number = escrow_number(escrow_id)
        self.setWindowTitle(self.tr("Dispute order {escrow}").format(escrow=number))
        form = QFormLayout(self)
        if arbitrator == "":
            text = self.tr("Open a dispute on order {escrow}? No arbitrator: a dispute can only "
                           "time out. When the arbitration deadline passes the price goes back "
                           "to the buyer, and the bond to you only if you had marked the order "
                           "shipped.").format(escrow=number)
        else:
            text = self.tr("Open a dispute on order {escrow}? The arbitrator named in the offer "
                           "will rule a split and takes its stated fee; if it stays silent, the "
                           "price goes back to the buyer, and the bond to you only if you had "
                           "marked the order shipped.").format(escrow=number)
        question = QLabel(text)
        question.setWordWrap(True)
        form.addRow(question)
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("statement")
        self.statement.setPlaceholderText(self.tr("What happened, for the arbitrator only "
                                                  "(sealed to its key)"))
        self.statement.setEnabled(arbitrator != "")
        form.addRow(self.tr("Statement"), self.statement)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def text(self) -> str:
        """The statement as typed (may be empty)."""
        return self.statement.toPlainText().strip()


class SettleDialog(QDialog):
    """A split of what the escrow holds, signed by both sides.

    The seller signs in this app when OK is pressed. The buyer signs the same settlement in
    their own wallet: "Copy link" puts a link to the store's order page on the clipboard,
    where the buyer sees the split in words and signs it ("Copy request" gives the EIP-712
    typed data itself, for any wallet's eth_signTypedData_v4), and the reply code they send
    back is pasted below or loaded from a text file. On the Sandbox the simulated buyer can
    sign it.
    """

    def __init__(self, parent, escrow_id: int, held: int, nonce: int, chain_id: int,
                 contract: str, decimals: int, symbol: str, simulate=None, site_url: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settle order {escrow}").format(
            escrow=escrow_number(escrow_id)))
        self.escrow_id, self.held, self.nonce = escrow_id, held, nonce
        self.chain_id, self.contract, self.site_url = chain_id, contract, site_url
        self.currency = Currency.token(symbol, decimals)
        self._simulate = simulate
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The escrow holds {amount}. Split it between the buyer "
                                        "and you.").format(amount=Money(held, self.currency))))
        form = QFormLayout()
        self.buyer_amount = QLineEdit(Money(held, self.currency).plain())
        self.buyer_amount.setObjectName("buyer_amount")
        self.seller_amount = QLabel()
        self.seller_amount.setObjectName("seller_amount")
        form.addRow(self.tr("To the buyer"), self.buyer_amount)
        form.addRow(self.tr("To you"), self.seller_amount)
        layout.addLayout(form)
        row = QHBoxLayout()
        link = QPushButton(self.tr("Copy link for the buyer"))
        link.setObjectName("copy_link")
        link.clicked.connect(self.copy_link)
        row.addWidget(link)
        copy = QPushButton(self.tr("Copy request for the buyer"))
        copy.clicked.connect(self.copy_request)
        load = QPushButton(self.tr("Load signature…"))
        load.clicked.connect(self.load_signature)
        row.addWidget(copy)
        row.addWidget(load)
        if simulate is not None:
            ask = QPushButton(self.tr("Ask the simulated buyer"))
            ask.setObjectName("simulated_signature")
            ask.clicked.connect(self.ask_simulated)
            row.addWidget(ask)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("The buyer's signature (0x…):")))
        self.buyer_signature = QPlainTextEdit()
        self.buyer_signature.setObjectName("buyer_signature")
        self.buyer_signature.setMaximumHeight(70)
        layout.addWidget(self.buyer_signature)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sign and settle"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.buyer_amount.textChanged.connect(self._update)
        self._update()

    def split(self) -> tuple[int, int] | None:
        """(buyer, seller) in base units, or None while the entry is not a valid split."""
        try:
            return split(self.held, Money.parse(self.buyer_amount.text(), self.currency).units)
        except (UserFacingError, MoneyError):
            return None

    def settlement(self):
        """The Settlement as entered (None while the split is not valid)."""
        split = self.split()
        return Settlement(self.escrow_id, *split, self.nonce) if split else None

    def _update(self) -> None:
        split = self.split()
        self.seller_amount.setText(str(Money(split[1], self.currency)) if split
                                   else self.tr("not a valid split"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(split is not None)

    def request_text(self) -> str:
        """The settlement's typed data as JSON, for the buyer's wallet."""
        s = self.settlement()
        return json.dumps(settlement_typed_data(s, self.chain_id, self.contract)) if s else ""

    def link_text(self) -> str:
        """The store's order page opened on this split, for the buyer to sign there."""
        s = self.settlement()
        return proposal_link(self.site_url, s) if s else ""

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link_text())

    def copy_request(self) -> None:
        QGuiApplication.clipboard().setText(self.request_text())

    def load_signature(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load the buyer's signature"))
        if path:
            with open(path, encoding="utf-8") as f:
                self.buyer_signature.setPlainText(f.read().strip())

    def ask_simulated(self) -> None:
        s = self.settlement()
        if s is not None:
            self._simulate(s, self.buyer_signature.setPlainText)


class SimulatedBuyerPanel(QGroupBox):
    """The Sandbox's simulated buyer: fund a signed offer (delivered, or collected at one of the
    store's pickup points when the listing offers it), confirm or dispute an order, and jump
    the chain's clock. Emits what was asked; the page does it in the background."""

    fund = Signal(str, int, int, dict, str)  # buyer, listing id, quantity, details, pickup point
    sign_offers = Signal()
    buyer_action = Signal(str)  # "confirm" | "dispute" on the page's selected order
    jump = Signal(int)  # seconds

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Simulated buyer (Sandbox: test money only)"))
        self.setObjectName("simulated_buyer")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.seller = QComboBox()
        self.seller.setObjectName("sim_seller")
        row.addWidget(QLabel(self.tr("Offers signed by")))
        row.addWidget(self.seller, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.buyer = QComboBox()
        self.buyer.setObjectName("sim_buyer")
        self.listing = QComboBox()
        self.listing.setObjectName("sim_listing")
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 99)
        row.addWidget(QLabel(self.tr("Buyer")))
        row.addWidget(self.buyer, 1)
        row.addWidget(QLabel(self.tr("Offer")))
        row.addWidget(self.listing, 2)
        row.addWidget(self.quantity)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.name = QLineEdit(self.tr("Wang Xiaoming"))
        self.phone = QLineEdit("13900001111")
        self.address = QLineEdit(self.tr("1 Wensan Road, Hangzhou"))
        for w in (self.name, self.phone, self.address):
            row.addWidget(w)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.pickup = QComboBox()
        self.pickup.setObjectName("sim_pickup")
        self.pickup.currentIndexChanged.connect(self._pickup_chosen)
        row.addWidget(QLabel(self.tr("Handover")))
        row.addWidget(self.pickup, 1)
        layout.addLayout(row)
        self._points, self._handovers = [], {}
        self.listing.currentIndexChanged.connect(self._listing_chosen)
        row = QHBoxLayout()
        self.buttons = {}
        for name, label, slot in [
            ("sign", self.tr("Sign offers…"), self.sign_offers.emit),
            ("fund", self.tr("Fund"), self._fund),
            ("confirm", self.tr("Confirm receipt"), lambda: self.buyer_action.emit("confirm")),
            ("dispute", self.tr("Dispute"), lambda: self.buyer_action.emit("dispute")),
            ("hour", self.tr("+1 hour"), lambda: self.jump.emit(3600)),
            ("day", self.tr("+1 day"), lambda: self.jump.emit(86400)),
            ("week", self.tr("+7 days"), lambda: self.jump.emit(7 * 86400)),
        ]:
            button = QPushButton(label)
            button.setObjectName(f"sim_{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        layout.addLayout(row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

    def fill(self, buyers: list[str], offers: dict[int, str], accounts: list[str],
             points: list[str] = (), handovers: dict | None = None) -> None:
        """Show the buyers, the seller's accounts, the listings with a signed offer and, for
        those buyers may collect (handovers: listing id -> "pickup" | "both"), the store's
        pickup points."""
        keep = self.listing.currentData()
        self._points, self._handovers = list(points), dict(handovers or {})
        if [self.seller.itemData(i) for i in range(self.seller.count())] != accounts:
            self.seller.clear()
            for address in accounts:
                self.seller.addItem(address, address)
        if self.buyer.count() != len(buyers):
            self.buyer.clear()
            for address in buyers:
                self.buyer.addItem(address, address)
        self.listing.clear()
        for listing_id, name in offers.items():
            self.listing.addItem(name, listing_id)
        if keep is not None and self.listing.findData(keep) >= 0:
            self.listing.setCurrentIndex(self.listing.findData(keep))
        self._listing_chosen()
        self.buttons["fund"].setEnabled(bool(offers))
        self.hint.setText("" if offers else self.tr(
            "No offer is signed yet: use “Sign offers…” to sign offers for the live listings "
            "with your account."))

    def _listing_chosen(self) -> None:
        """Offer the pickup points for a listing buyers may collect, delivery for the rest."""
        handover = self._handovers.get(self.listing.currentData(), "delivery")
        keep = self.pickup.currentData()
        self.pickup.blockSignals(True)
        self.pickup.clear()
        points = self._points if handover != "delivery" else []
        if handover != "pickup" or not points:
            self.pickup.addItem(self.tr("Delivery to the address"), "")
        for name in points:
            self.pickup.addItem(self.tr("Pickup at {point}").format(point=name), name)
        if keep and self.pickup.findData(keep) >= 0:
            self.pickup.setCurrentIndex(self.pickup.findData(keep))
        self.pickup.blockSignals(False)
        self.pickup.setEnabled(bool(points))
        self.pickup.setToolTip("" if points else self.tr(
            "This listing is delivered only: offer it for pickup on the Storefront page."))
        self._pickup_chosen()

    def _pickup_chosen(self) -> None:
        self.address.setEnabled(not self.pickup.currentData())

    def _fund(self) -> None:
        if self.listing.currentData() is None:
            return
        point = self.pickup.currentData() or ""
        details = {"name": self.name.text(), "phone": self.phone.text()}
        if not point:
            details["address"] = self.address.text()
        self.fund.emit(self.buyer.currentData(), self.listing.currentData(),
                       self.quantity.value(), details, point)
