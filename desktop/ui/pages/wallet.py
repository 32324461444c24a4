"""The Wallet page: accounts and their backup, balances, the network, and the transaction journal.

It follows the chain and the book without polling: what the runner announces for the wallet
(accounts, networks, the journal) or the orders (escrow calls move money) reloads it, and the
chain watcher's ChainHeadMoved reads the balances again. Hidden, it only notes that it is
stale and reloads when shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout

from desktop import i18n
from desktop.services.amounts import coins, currency_of, short_text
from desktop.services.events import BookChanged, ChainHeadMoved, NetworkStateChanged, ProfileOpened
from desktop.services.wallet import TwinTransfer, amount_text, plan_send, send_planned, twin
from desktop.ui import dialogs
from desktop.ui.network_watch import network_name
from desktop.ui.pages.base import Page
from desktop.ui.tx_notice import say_sent
from desktop.ui.wallet_dialogs import (AddNetworkDialog, ImportAccountDialog, NewAccountDialog, SendDialog,
                                      word_list_for)
from desktop.ui.wallet_journal import JournalView, table
from shop.money import Money
from wallet.accounts import pick_confirmation_positions
from wallet.setup_flow import NewAccountFlow
from wallet.transfers import balances


#: The areas whose change the page shows: the wallet's own, and the orders (escrow calls spend
#: and pay out tokens).
SHOWN_AREAS = frozenset({"wallet", "orders"})


class WalletPage(Page):
    key = "wallet"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._loaded = False
        self._stale = False  # something it shows changed while it was hidden
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Wallet"))
        heading.setObjectName("heading")
        layout.addWidget(heading)

        net_row = QHBoxLayout()
        net_row.addWidget(QLabel(self.tr("Network")))
        self.network = QComboBox()
        self.network.setObjectName("network")
        self.network.activated.connect(self._network_chosen)
        net_row.addWidget(self.network, 1)
        self.network_state = QLabel()
        self.network_state.setObjectName("network_state")
        net_row.addWidget(self.network_state)
        add_network = QPushButton(self.tr("Add network…"))
        add_network.clicked.connect(self.add_network)
        net_row.addWidget(add_network)
        layout.addLayout(net_row)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        self.accounts = table([self.tr("Label"), self.tr("Address"), self.tr("Backup"), self.tr("Balance")],
                               "accounts")
        self.accounts.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.accounts, 2)
        buttons = QHBoxLayout()
        self.buttons = {}
        for name, label, slot in [
            ("new", self.tr("New account…"), self.new_account),
            ("import", self.tr("Import…"), self.import_account),
            ("backup", self.tr("Back up phrase…"), self.back_up),
            ("send", self.tr("Send…"), self.send),
            ("export", self.tr("Export keystore…"), self.export_keystore),
            ("remove", self.tr("Remove…"), self.remove),
            ("faucet", self.tr("Get test money"), self.faucet),
            ("refresh", self.tr("Refresh"), self.refresh_balances),
        ]:
            button = QPushButton(label)
            button.setObjectName(f"wallet_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.journal_view = JournalView(self)
        self.journal = self.journal_view.table
        layout.addWidget(self.journal_view, 1)
        ctx.events.listen(BookChanged, self._book_changed)
        ctx.events.listen(ProfileOpened, self._profile_opened)
        ctx.events.listen(ChainHeadMoved, self._head_moved)
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------------

    def shown(self) -> None:
        # The wallet libraries take about a second to import: they load off the GUI thread,
        # on first view, never at start-up.
        if not self._loaded:
            self._loaded = True
            self.notice.setText(self.tr("Loading the wallet…"))
            op = self.ctx.tasks.query(self.tr("Loading the wallet"),
                                      lambda _work, _ctx: __import__("wallet.core"),
                                      quiet=True, owner=self)
            op.on_success(lambda _m: self.reload())
            op.on_failure(lambda e: dialogs.show_error(self, e))
        elif self._stale:
            self.reload()

    def _profile_opened(self, _event) -> None:
        if self._loaded:
            self.reload()

    def _book_changed(self, event: BookChanged) -> None:
        if self._loaded and event.areas & SHOWN_AREAS:
            self._when_shown(self.reload)

    def _head_moved(self, event: ChainHeadMoved) -> None:
        if self._loaded and event.network == self.network.currentData():
            self._when_shown(self.refresh_balances)

    def _when_shown(self, refresh) -> None:
        """Refresh now if the page is on screen, else when it is shown next."""
        if self.isVisible():
            refresh()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        wallet = self.wallet
        try:
            networks = wallet.networks.list()
            current = wallet.current_network_name()
        except Exception as e:
            self.notice.setText(dialogs.error_text(e))
            return
        self.network.clear()
        for n in networks:
            self.network.addItem(network_name(n.name), n.name)
        self.network.setCurrentIndex(max(0, self.network.findData(current)))
        net = next((n for n in networks if n.name == current), None)
        self.buttons["faucet"].setVisible(bool(net and net.is_sandbox))
        notices = [self.tr("Sandbox: test money on this computer only, not real money.")] if net and net.is_sandbox else []
        try:
            accounts = wallet.accounts.list()
        except Exception as e:  # no secure keyring: say how to get one
            accounts = []
            notices.append(dialogs.error_text(e))
        if any(a.needs_backup for a in accounts):
            notices.append(self.tr("An account's recovery phrase is not backed up yet: use “Back up phrase…”."))
        self.notice.setText("\n".join(notices))
        self.accounts.setRowCount(len(accounts))
        backup_words = {"needs_backup": self.tr("not backed up"), "backed_up": self.tr("backed up"),
                        "imported": self.tr("imported")}
        for row, a in enumerate(accounts):
            label = QTableWidgetItem(a.label)
            label.setData(Qt.UserRole, a.address)
            self.accounts.setItem(row, 0, label)
            self.accounts.setItem(row, 1, QTableWidgetItem(a.address))
            self.accounts.setItem(row, 2, QTableWidgetItem(backup_words.get(a.backup_state, a.backup_state)))
            self.accounts.setItem(row, 3, QTableWidgetItem("…"))
        self.journal_view.reload(self.wallet.journal.entries())
        self._selection_changed()
        self.refresh_balances()
        self.check_network()

    def selected_address(self) -> str | None:
        rows = self.accounts.selectionModel().selectedRows()
        return self.accounts.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None

    def _selection_changed(self) -> None:
        has = self.selected_address() is not None
        for name in ("backup", "send", "export", "remove", "faucet"):
            self.buttons[name].setEnabled(has)

    # -- work off the GUI thread ---------------------------------------------------------------
    def write(self, title: str, fn, on_success=None):
        """Run fn(wallet) on the book's writer, with the wallet of that thread's work unit; the
        change it records is announced, and the page reloads from its BookChanged handler."""
        op = self.ctx.tasks.write(title, lambda work, _c: fn(work.wallet), owner=self)
        if on_success:
            op.on_success(on_success)
        return op

    def query(self, title: str, fn, on_success=None, quiet: bool = False):
        """Run fn(wallet) on the pool: reads and network calls only."""
        op = self.ctx.tasks.query(title, lambda work, _c: fn(work.wallet), owner=self, quiet=quiet)
        if on_success:
            op.on_success(on_success)
        return op

    def check_network(self) -> None:
        name = self.wallet.current_network_name()

        def done(state):
            words = {"connected": self.tr("connected"), "offline": self.tr("offline"),
                     "wrong_chain": self.tr("wrong chain")}
            self.network_state.setText(words.get(state, state))
            self.ctx.session.bus.publish(NetworkStateChanged(name, state))

        self.query(self.tr("Checking {network}").format(network=network_name(name)),
                   lambda w: w.network_state(name), done, quiet=True)

    def refresh_balances(self) -> None:
        if not self.accounts.rowCount():
            return

        def work(w):
            network = w.network()
            chain = w.connect(network.name)
            out = {}
            for a in w.accounts.list():
                b = balances(chain, a.address, network.token)
                amounts = [coins(b.native)]
                if b.token is not None:
                    amounts.insert(0, Money(b.token_amount, currency_of(b.token)))
                out[a.address] = (" · ".join(short_text(m) for m in amounts),
                                  "\n".join(m.text() for m in amounts))
            return out

        def show(texts):
            for row in range(self.accounts.rowCount()):
                address = self.accounts.item(row, 0).data(Qt.UserRole)
                short, full = texts.get(address, ("", ""))
                item = QTableWidgetItem(short)
                item.setToolTip(full)
                self.accounts.setItem(row, 3, item)

        self.query(self.tr("Reading balances"), work, show, quiet=True)

    # -- actions --------------------------------------------------------------------------------
    def _network_chosen(self, _index: int) -> None:
        name = self.network.currentData()
        self.write(self.tr("Choosing {network}").format(network=network_name(name)),
                   lambda w: w.choose_network(name))

    def faucet(self) -> None:
        address = self.selected_address()
        if address:
            self.write(self.tr("Getting test money"), lambda w: w.faucet(address),
                       lambda given: dialogs.notice(self, self.tr(
                           "{account} got {coins} and {tokens} of test money (Sandbox only, "
                           "not real money).").format(account=address, coins=given[0].text(grouped=True),
                                                      tokens=given[1].text(grouped=True))))

    def add_network(self) -> None:
        dialog = AddNetworkDialog(self)
        if dialog.exec() != AddNetworkDialog.Accepted:
            return
        name, url, chain_id = dialog.name.text(), dialog.url.text().strip(), dialog.chain_id.value()
        token, escrow = dialog.token.text().strip() or None, dialog.escrow.text().strip() or None

        def work(w):
            network = w.networks.add_custom(name, url, chain_id, token, escrow)
            if network.token_address:
                w.networks.refresh_token(network.name)
            w.work.changed("wallet")
            return network.name

        self.write(self.tr("Adding network {name}").format(name=name), work)

    def new_account(self) -> None:
        dialog = self.new_account_dialog()
        if dialog is not None:
            dialog.exec()

    def new_account_dialog(self) -> NewAccountDialog | None:
        """The new-account dialog, its steps run on the book's writer; None (and said why)
        when there is no secure keyring."""
        try:
            self.wallet.accounts  # noqa: B018 (no secure keyring: say so before the dialog)
        except Exception as e:
            dialogs.show_error(self, e)
            return None
        flow = NewAccountFlow()

        def create(label, password, words, language):
            def task(w):
                shown = flow.choose(w.accounts, label, password, words, language)
                w.work.changed("wallet")
                return shown

            return self.write(self.tr("Creating the account"), task)

        dialog = NewAccountDialog(self, create, flow.written_down, self._confirm_backup(flow.confirm),
                                  word_list=word_list_for(self.ctx.translations.language))
        dialog.finished.connect(lambda _result: flow.close())
        return dialog

    def _confirm_backup(self, confirm):
        """The dialog's confirm step: confirm(accounts, answers) on the book's writer."""
        def start(answers):
            def task(w):
                matched = confirm(w.accounts, answers)
                if matched:
                    w.work.changed("wallet")
                return matched

            return self.write(self.tr("Checking the words"), task)

        return start

    def import_account(self) -> None:
        dialog = ImportAccountDialog(self)
        if dialog.exec() != ImportAccountDialog.Accepted:
            return
        if dialog.password.text() != dialog.password_again.text():
            dialogs.show_error(self, self.tr("The passwords do not match."))
            return
        label, kind, secret = dialog.label.text(), dialog.kind.checkedId(), dialog.secret.toPlainText().strip()
        password, index = dialog.password.text(), dialog.index.value()
        path, file_password = dialog.file.text(), dialog.file_password.text()

        def work(w):
            w.work.changed("wallet")
            if kind == 0:
                return w.accounts.import_phrase(label, secret, password, index=index)
            if kind == 1:
                return w.accounts.import_private_key(label, secret, password)
            with open(path, encoding="utf-8") as f:
                return w.accounts.import_keystore(label, f.read(), file_password, password or None)

        self.write(self.tr("Importing account"), work)

    def back_up(self):
        """Ask the account's password, read its phrase off the GUI thread, then show and check it."""
        address = self.selected_address()
        password = dialogs.ask_password(self, self.tr("Back up phrase"), self.tr("Password of this account:"))
        if not address or password is None:
            return None
        op = self.query(self.tr("Reading the recovery phrase"),
                        lambda w: w.accounts.reveal_phrase(address, password), self._show_phrase)
        dialogs.busy_until(op)
        return op

    def _show_phrase(self, reveal) -> None:
        self.backup_dialog(reveal).exec()

    def backup_dialog(self, reveal) -> NewAccountDialog:
        """The phrase of an existing account (wallet.accounts.RevealedPhrase), to write down and
        check; the check is marked on the book's writer."""
        dialog = NewAccountDialog(self, None, lambda: pick_confirmation_positions(len(reveal.words)),
                                  self._confirm_backup(lambda accounts, answers:
                                                       accounts.confirm_backup(reveal, answers)))
        dialog.setWindowTitle(self.tr("Back up phrase"))
        dialog.show_words(reveal.words)  # the account exists: straight to its words
        return dialog

    def export_keystore(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        address = self.selected_address()
        password = dialogs.ask_password(self, self.tr("Export keystore"), self.tr("Password of this account:"))
        if not address or password is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export keystore"), f"{address}.json",
                                              self.tr("JSON files (*.json)"))
        if not path:
            return

        def work(w):
            text = w.accounts.export_keystore(address, password)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            return path

        self.query(self.tr("Exporting keystore"), work,
                   lambda p: dialogs.notice(self, self.tr("Saved to {path}").format(path=p), p))

    def remove(self) -> None:
        address = self.selected_address()
        if not address:
            return
        info = self.wallet.accounts.get(address)
        question = self.tr("Remove {label} ({address})? Its keys leave this computer's keyring; "
                           "only its recovery phrase or an exported keystore can bring it back.").format(
            label=info.label, address=info.address)
        if info.needs_backup:
            question += "\n\n" + self.tr("Its recovery phrase was never backed up: anything it holds will be lost.")
        if not dialogs.ask(self, question):
            return

        def remove(w):
            w.work.changed("wallet")
            w.accounts.remove(address, force=True)

        self.write(self.tr("Removing account"), remove)

    def send(self) -> None:
        address = self.selected_address()
        if not address:
            return
        network = self.wallet.network()
        token = network.token
        dialog = SendDialog(self, token.symbol if token else "ETH")
        if dialog.exec() != SendDialog.Accepted:
            return
        recipient, amount_text = dialog.recipient.text().strip(), dialog.amount.text().strip()

        def plan(w):
            planned = plan_send(w.work, network.name, address, recipient, amount_text, token)
            return planned, twin(w.work, planned)

        self.query(self.tr("Preparing the transfer"), plan, lambda p: self._confirm_send(network.name, *p))

    def _confirm_send(self, network: str, plan, same=None):
        """Ask for the password (and first, when a transfer like it is pending or was confirmed
        within the hour, whether to send it once more); then send on the book's writer."""
        again = same is not None
        if again and not dialogs.ask(self, dialogs.error_text(TwinTransfer(plan, same)) + "\n\n"
                                     + self.tr("Send it once more?")):
            return None
        text = self.tr("Send {amount} to {recipient} on {network}?\nNetwork fee: about {fee}, at most {max_fee}.")
        text = text.format(amount=amount_text(plan), recipient=plan.recipient, network=network_name(network),
                           fee=short_text(coins(plan.fee.likely_fee)), max_fee=short_text(coins(plan.fee.max_fee)))
        password = dialogs.ask_password(self, self.tr("Confirm transfer"), text + "\n\n" + self.tr("Password:"))
        if password is None:
            return None

        def work(w):
            with w.unlocked(plan.sender, password) as signer:
                return send_planned(w.work, network, signer, plan, again=again)

        done = i18n.transferred_text(amount_text(plan), plan.recipient, network_name(network),
                                     QCoreApplication.translate)
        return self.write(self.tr("Sending"), work, lambda entry: say_sent(self, done, entry))
