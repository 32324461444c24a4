"""Money the escrow keeps for the profile's accounts because a token refused to pay it out,
shown above the orders: one line per credit, each with its Withdraw button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import i18n
from desktop.services import orders as service
from desktop.ui import dialogs
from desktop.ui.tx_notice import say_sent


class CreditsPanel(QWidget):
    """The credits waiting in the escrow, each withdrawn with its account's password.

    A withdrawal runs as a write op of `tasks` (the runner, which reports failures and
    announces the change of the credits); `withdrawn` is emitted once one went through."""

    withdrawn = Signal()

    def __init__(self, tasks, parent=None):
        super().__init__(parent)
        self.tasks = tasks
        self.setObjectName("orders_credits")
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_credits(self, credits) -> None:
        """One line per credit (services.orders.Credit); hidden when there is none."""
        while self.lines.count():
            item = self.lines.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for credit in credits:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(self.tr("Money waiting for you: {amount} —").format(
                amount=credit.money))
            label.setObjectName("orders_credit")
            label.setToolTip(self.tr("A payout to {address} the token refused; the escrow keeps "
                                     "it until you withdraw it.").format(address=credit.account))
            line.addWidget(label, 1)
            button = QPushButton(self.tr("Withdraw"))
            button.setObjectName("orders_withdraw")
            button.clicked.connect(lambda _checked=False, c=credit: self.withdraw(c))
            line.addWidget(button)
            self.lines.addWidget(row)
        self.setVisible(bool(credits))

    def withdraw(self, credit) -> None:
        """Ask the credited account's password, then withdraw its credit in the background."""
        title = self.tr("Withdraw")
        password = dialogs.ask_password(self, title, self.tr(
            "Withdraw {amount} to {address}? Password of that account:").format(
            amount=credit.money, address=credit.account))
        if password is None:
            return
        account, token = credit.account, credit.token

        def run(work, _ctx):
            with work.wallet.unlocked(account, password) as signer:
                return service.withdraw_credit(work, signer, token)

        done = i18n.withdrew_text(credit.money, account, QCoreApplication.translate)

        def withdrawn(entry) -> None:
            say_sent(self, done, entry)
            self.withdrawn.emit()
        self.tasks.write(title, run, owner=self).on_success(withdrawn)
