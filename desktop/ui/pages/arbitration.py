"""The Arbitration page: the open disputes whose escrow names one of this profile's accounts as
arbitrator, with both parties' statements opened in memory, and the ruling. Any profile can
arbitrate; its card (for the stores that name it) is written from here too. The services are
desktop.services.arbitration, as for `ziliudi arbitration`."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from desktop import i18n
from desktop.services import arbitration
from desktop.services import orders as service
from desktop.services.errors import is_user_facing
from desktop.services.events import BookChanged, ProfileOpened
from desktop.ui import dialogs
from desktop.ui.pages.base import Page
from desktop.ui.tx_notice import say_sent
from shop.money import Currency, Money
from shop.orders.model import escrow_number

SHOWN_AREAS = frozenset({"orders", "wallet"})


def read_disputes(work):
    """(disputes, the token's currency) for the page, read off the GUI thread."""
    token = work.wallet.network().token
    unit = Currency.token(token.symbol, token.decimals) if token else Currency.token("", 0)
    return arbitration.disputes(work), unit


class RuleDialog(QDialog):
    """What the buyer gets; shows what each side gets before the ruling is signed."""

    def __init__(self, parent, dispute, unit):
        super().__init__(parent)
        self.dispute, self.unit, self.split = dispute, unit, None
        self.setWindowTitle(self.tr("Rule on order {order}").format(
            order=escrow_number(dispute.order.escrow_id)))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The escrow holds {held}; your fee is {fee}.").format(
            held=self._money(dispute.held), fee=self._money(dispute.fee))))
        self.buyer_gets = QLineEdit()
        self.buyer_gets.setObjectName("buyer_gets")
        self.buyer_gets.textChanged.connect(self._update)
        form.addRow(self.tr("The buyer gets"), self.buyer_gets)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        form.addRow(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._update()

    def _money(self, amount: int) -> str:
        return Money(amount, self.unit).text()

    def _update(self) -> None:
        self.split = None
        try:
            amount = Money.parse(self.buyer_gets.text(), self.unit).units
            self.split = arbitration.ruling(self.dispute, amount, self._money)
            self.outcome.setText(self.words())
        except Exception as e:  # a refusal is shown where the outcome goes
            if not is_user_facing(e):
                raise
            self.outcome.setText(dialogs.error_text(e) if self.buyer_gets.text().strip() else "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self.split is not None)

    def words(self) -> str:
        """What the ruling gives each side, in words."""
        return i18n.ruling_words(*self.amounts(), QCoreApplication.translate)

    def amounts(self) -> tuple[Money, Money, Money]:
        """What the ruling gives the buyer, the seller and the arbitrator."""
        s = self.split
        return Money(s.buyer, self.unit), Money(s.seller, self.unit), Money(s.fee, self.unit)


class ArbitrationPage(Page):
    key = "arbitration"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self.disputes, self.unit = [], None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Arbitration"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Disputes whose offer names one of this profile's accounts as "
                              "arbitrator. Statements are sealed to your key and opened here "
                              "only."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.status = QLabel()
        self.status.setObjectName("arbitration_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("disputes")
        self.table.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Escrow holds"),
                                              self.tr("Your fee"), self.tr("Rule before"),
                                              self.tr("Statements")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.statements = QPlainTextEdit()
        self.statements.setObjectName("statements")
        self.statements.setReadOnly(True)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.statements)
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.buttons = {}
        for name, label, slot in [("sync", self.tr("Sync"), self.sync),
                                  ("rule", self.tr("Rule…"), self.rule),
                                  ("card", self.tr("Save arbitrator card…"),
                                   lambda: self.save_card())]:
            button = QPushButton(label)
            button.setObjectName(f"arbitration_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        ctx.events.listen(BookChanged, self._book_changed)
        ctx.events.listen(ProfileOpened, self._profile_opened)
        self._selection_changed()

    # -- reading --------------------------------------------------------------------------
    def shown(self) -> None:
        self._loaded = True
        self.reload()

    def _profile_opened(self, _event) -> None:
        self._show(([], None))
        if self._loaded and self.isVisible():
            self.reload()

    def _book_changed(self, event: BookChanged) -> None:
        if self._loaded and self.isVisible() and event.areas & SHOWN_AREAS:
            self.reload()

    def reload(self):
        """Read the disputes again (no sync), off the GUI thread."""
        op = self.ctx.tasks.query(self.tr("Reading disputes"),
                                  lambda work, _c: read_disputes(work), owner=self, quiet=True)
        op.on_success(self._show)
        op.on_failure(lambda e: self.status.setText(dialogs.error_text(e)))
        return op

    def sync(self):
        """Read the escrow's new events into the book; the disputes are read again after."""
        def run(work, _ctx):
            arbitration.token_currency(work)  # learn the token's symbol when it is new
            return service.sync(work)
        op = self.ctx.tasks.write(self.tr("Syncing escrow events"), run, owner=self)
        op.on_success(lambda _summary: self.reload())
        return op

    def _show(self, result) -> None:
        self.disputes, self.unit = result
        self.table.setRowCount(0)
        for row, d in enumerate(self.disputes):
            self.table.insertRow(row)
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(d.deadline))
            cells = (escrow_number(d.order.escrow_id), Money(d.held, self.unit).text(),
                     Money(d.fee, self.unit).text(), when, str(len(d.statements)))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.status.setText(self.tr("{count} open disputes").format(count=len(self.disputes)))
        self._selection_changed()

    def selected(self):
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.disputes[rows.pop()] if len(rows) == 1 and self.disputes else None

    def _selection_changed(self) -> None:
        d = self.selected()
        self.buttons["rule"].setEnabled(d is not None)
        self.statements.setPlainText(self._statements_text(d) if d else "")

    def _statements_text(self, d) -> str:
        if not d.statements:
            return self.tr("Neither party has made a statement.")
        roles = {"buyer": self.tr("Buyer"), "seller": self.tr("Seller")}
        lines = []
        for s in d.statements:
            text = s.text or dialogs.error_text(s.problem)
            lines.append(f"{roles.get(s.role, s.role)}: {text}")
        return "\n\n".join(lines)

    # -- acting ---------------------------------------------------------------------------
    def rule(self) -> None:
        """Ask what the buyer gets, show each side's part, then sign the ruling."""
        d = self.selected()
        if d is None:
            return
        dialog = RuleDialog(self, d, self.unit)
        if dialog.exec() != QDialog.Accepted or dialog.split is None:
            return
        split, number = dialog.split, escrow_number(d.order.escrow_id)
        signing = [(self.tr("What"), self.tr("A ruling on order {order}").format(order=number)),
                   (self.tr("Ruling"), dialog.words()), (self.tr("Arbitrator"), d.arbitrator)]
        password = dialogs.ask_password(self, self.tr("Rule"), self.tr(
            "Password of the arbitrator account {address}:").format(address=d.arbitrator),
            signing)
        if password is None:
            return
        escrow_id = d.order.escrow_id

        def run(work, _ctx):
            fresh = arbitration.find_dispute(work, escrow_id)  # still open, still ours
            with work.wallet.unlocked(fresh.arbitrator, password) as signer:
                entry = arbitration.rule(work, signer, fresh, split)
            service.sync(work)
            return entry
        done = i18n.ruled_text(escrow_id, *dialog.amounts(), QCoreApplication.translate)
        self.ctx.tasks.write(self.tr("Sending the ruling"), run, owner=self).on_success(
            lambda entry: say_sent(self, done, entry))

    def _arbitrating_account(self):
        """The account the card names: asked for among several, None for the only one (or
        none, which the card refuses in its words), False when the choice is cancelled."""
        accounts = self.wallet.accounts.list()
        if len(accounts) < 2:
            return None
        choice = dialogs.ask_choice(
            self, self.tr("Arbitrator card"), self.tr("The account that arbitrates:"),
            {a.address: "{label} ({address})".format(label=a.label, address=a.address)
             for a in accounts})
        return False if choice is None else choice

    def save_card(self, *, path: str | None = None):
        """Write this profile's arbitrator card for a store to import."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save arbitrator card"), "arbitrator-card.json",
                self.tr("Arbitrator card (*.json)"))
        if not path:
            return
        account = self._arbitrating_account()
        if account is False:
            return
        contact = dialogs.ask_text(self, self.tr("Arbitrator card"),
                                   self.tr("How parties reach you (WeChat, phone):"))
        if contact is None:
            return

        def run(work, _ctx):
            arbitration.write_card(path, arbitration.card(work, account, contact=contact))
        op = self.ctx.tasks.write(self.tr("Saving the arbitrator card"), run, owner=self)
        op.on_success(lambda _none: dialogs.notice(self, self.tr(
            "The arbitrator card is saved to {path}: send it to the stores that name you.")
            .format(path=path), path))
        return op
