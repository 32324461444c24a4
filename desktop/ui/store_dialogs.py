"""Dialogs of the Storefront page: the store profile, the account and network that sign
the storefront's offers, the arbitrator they name, and the rate they are signed at when the
currencies differ."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QWidget)

from desktop.ui import dialogs
from desktop.ui.network_watch import network_name
from shop.money import CURRENCIES
from shop.storefront.quotes import parse_rate

AVATAR_SIZE = 64


def _account_text(account) -> str:
    return "{label} {address}".format(label=account.label or "", address=account.address).strip()


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    return combo


def _choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


class StoreProfileDialog(QDialog):
    """What buyers see of the store and where its money goes. OK hands the fields to `save`,
    which saves them or returns the Operation saving them; when that refuses them the dialog
    stays open with the reason shown."""

    def __init__(self, parent: QWidget | None, profile, accounts, networks: list[str],
                 save: Callable[[dict], object],
                 pictures: Callable[[str], object] | None = None):
        super().__init__(parent)
        self.setObjectName("store_profile_dialog")
        self.setWindowTitle(self.tr("Store profile"))
        self._save = save
        self._pictures = pictures  # a stored picture's name -> its file (the saved avatar)
        form = QFormLayout(self)
        self.name = QLineEdit(profile.name)
        self.name.setObjectName("store_name")
        self.name.setMaxLength(40)
        form.addRow(self.tr("Store name"), self.name)

        avatar_row = QHBoxLayout()
        self.avatar_preview = QLabel()
        self.avatar_preview.setObjectName("store_avatar_preview")
        self.avatar_preview.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.avatar_preview.setAlignment(Qt.AlignCenter)
        self.avatar = QLineEdit(profile.avatar)
        self.avatar.setObjectName("store_avatar")
        self.avatar.setPlaceholderText(self.tr("an image file (PNG or JPEG)"))
        self.avatar.textChanged.connect(self._show_avatar)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_avatar)
        avatar_row.addWidget(self.avatar_preview)
        avatar_row.addWidget(self.avatar, 1)
        avatar_row.addWidget(choose)
        form.addRow(self.tr("Avatar"), avatar_row)

        self.notice = QPlainTextEdit(profile.notice)
        self.notice.setObjectName("store_notice")
        self.notice.setPlaceholderText(self.tr("Shown at the top of the store, e.g. shipping times"))
        self.notice.setFixedHeight(72)
        form.addRow(self.tr("Notice"), self.notice)
        self.wechat = QLineEdit(profile.wechat)
        self.wechat.setObjectName("store_wechat")
        form.addRow(self.tr("WeChat ID"), self.wechat)
        self.phone = QLineEdit(profile.phone)
        self.phone.setObjectName("store_phone")
        form.addRow(self.tr("Phone"), self.phone)
        self.site_url = QLineEdit(profile.site_url)
        self.site_url.setObjectName("store_site_url")
        self.site_url.setPlaceholderText(self.tr("https://… where the exported site is served"))
        form.addRow(self.tr("Web address"), self.site_url)

        self.currency = _combo("store_currency")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        _choose(self.currency, profile.currency)
        form.addRow(self.tr("Currency"), self.currency)

        self.payout_account = _combo("store_payout_account")
        self.payout_account.addItem(self.tr("not chosen yet"), "")
        for account in accounts:
            self.payout_account.addItem(_account_text(account), account.address)
        if profile.payout_account and self.payout_account.findData(profile.payout_account) < 0:
            self.payout_account.addItem(self.tr("{address} (not in this wallet)").format(
                address=profile.payout_account), profile.payout_account)
        _choose(self.payout_account, profile.payout_account)
        form.addRow(self.tr("Payout account"), self.payout_account)

        self.payout_network = _combo("store_payout_network")
        self.payout_network.addItem(self.tr("the profile's network"), "")
        for name in networks:
            self.payout_network.addItem(network_name(name), name)
        if profile.payout_network and self.payout_network.findData(profile.payout_network) < 0:
            self.payout_network.addItem(profile.payout_network, profile.payout_network)
        _choose(self.payout_network, profile.payout_network)
        form.addRow(self.tr("Payout network"), self.payout_network)

        key = QLabel(self.tr("Buyers' delivery details are encrypted to the store's key; its "
                             "private half stays in this computer's keyring.") + "\n"
                     + (self.tr("Key: {start}…").format(start=profile.public_key[:16])
                        if profile.public_key else self.tr("The key is made when you save.")))
        key.setObjectName("store_key")
        key.setWordWrap(True)
        form.addRow(key)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_avatar(self.avatar.text())

    def values(self) -> dict:
        """The fields as save_store_profile takes them."""
        return {"name": self.name.text().strip(), "avatar": self.avatar.text().strip(),
                "notice": self.notice.toPlainText().strip(), "wechat": self.wechat.text().strip(),
                "phone": self.phone.text().strip(), "site_url": self.site_url.text().strip(),
                "currency": self.currency.currentData(),
                "payout_account": self.payout_account.currentData(),
                "payout_network": self.payout_network.currentData()}

    def choose_avatar(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the store's avatar"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if path:
            self.avatar.setText(path)

    def _show_avatar(self, path: str) -> None:
        stored = self._pictures(path.strip()) if self._pictures and path.strip() else None
        pixmap = QPixmap(str(stored or path.strip())) if path.strip() else QPixmap()
        if pixmap.isNull():
            self.avatar_preview.clear()
            return
        self.avatar_preview.setPixmap(pixmap.scaled(AVATAR_SIZE, AVATAR_SIZE, Qt.KeepAspectRatio,
                                                    Qt.SmoothTransformation))

    def accept(self) -> None:
        try:
            op = self._save(self.values())
        except Exception as e:
            dialogs.show_error(self, e)
            return
        if op is None:
            super().accept()
            return
        self.setEnabled(False)  # one save at a time; closed when it is done
        op.on_success(lambda _result: self._saved())
        op.on_failure(self._refused)

    def _saved(self) -> None:
        self.setEnabled(True)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.setEnabled(True)
        dialogs.show_error(self, error)


class SignOffersDialog(QDialog):
    """Choose the account that sells (buyers pay it) and the network of the escrow."""

    def __init__(self, parent: QWidget | None, accounts, networks: list[str], account: str = "",
                 network: str = ""):
        super().__init__(parent)
        self.setObjectName("sign_offers_dialog")
        self.setWindowTitle(self.tr("Sign offers"))
        form = QFormLayout(self)
        note = QLabel(self.tr("Each listing shown now gets an offer signed by this account, at "
                              "its current price. Buyers pay into the escrow on this network; "
                              "export the site again afterwards."))
        note.setWordWrap(True)
        form.addRow(note)
        self.account = _combo("sign_account")
        for a in accounts:
            self.account.addItem(_account_text(a), a.address)
        _choose(self.account, next((a.address for a in accounts
                                    if a.address.lower() == account.lower()), None))
        form.addRow(self.tr("Account"), self.account)
        self.network = _combo("sign_network")
        for name in networks:
            self.network.addItem(network_name(name), name)
        _choose(self.network, network)
        form.addRow(self.tr("Network"), self.network)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def address(self) -> str:
        """The chosen account's address."""
        return self.account.currentData()

    def network_name(self) -> str:
        """The chosen network's name."""
        return self.network.currentData()


class ArbitratorDialog(QDialog):
    """The arbitrator the store's offers name: an arbitrator's card file and its fee per
    disputed order, or none (disputes can then only time out)."""

    def __init__(self, parent, current: str, currency: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Arbitrator"))
        form = QFormLayout(self)
        shown = QLabel(current)
        shown.setObjectName("current_arbitrator")
        shown.setWordWrap(True)
        form.addRow(self.tr("Now"), shown)
        self.card = QLineEdit()
        self.card.setObjectName("arbitrator_card")
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("arbitrator_choose")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.card, 1)
        row.addWidget(choose)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("Arbitrator's card"), holder)
        self.fee = QLineEdit()
        self.fee.setObjectName("arbitrator_fee")
        form.addRow(self.tr("Fee per disputed order ({currency})").format(currency=currency),
                    self.fee)
        form.addRow(QLabel(self.tr("Offers signed from now on name this arbitrator; its fee "
                                   "is at most 20% of a listing's price.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.none = buttons.addButton(self.tr("No arbitrator"), QDialogButtonBox.ResetRole)
        self.none.setObjectName("arbitrator_none")
        self.cleared = False
        self.none.clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Arbitrator's card"), "",
                                                    self.tr("Arbitrator card (*.json)"))
        if path:
            self.card.setText(path)

    def _clear(self) -> None:
        self.cleared = True
        self.accept()

    def values(self) -> tuple[bool, str, str]:
        """(name no arbitrator, card file, fee as typed)."""
        return self.cleared, self.card.text().strip(), self.fee.text().strip()


class RateDialog(QDialog):
    """The rate the seller states when the store's prices and the offers' token are in
    different currencies, prefilled with the last rate used for the pair and its date. OK
    keeps the dialog open while the text is not a rate."""

    def __init__(self, parent: QWidget | None, ask):
        super().__init__(parent)
        self.setObjectName("rate_dialog")
        self.setWindowTitle(self.tr("Rate for these offers"))
        self.ask = ask
        form = QFormLayout(self)
        note = QLabel(self.tr("Your prices are in {listing}; buyers pay in {token}, which is "
                              "not {listing}. State what 1 {side} is worth in {listing}: each "
                              "price is converted at this rate and rounded up to the token's "
                              "smallest unit, and buyers see both amounts and the rate's date.")
                      .format(listing=ask.listing, token=ask.token, side=ask.side))
        note.setWordWrap(True)
        form.addRow(note)
        self.rate = QLineEdit(ask.last.value if ask.last else "")
        self.rate.setObjectName("rate")
        self.rate.setPlaceholderText("7.12")
        form.addRow(self.tr("1 {side} in {listing}").format(side=ask.side, listing=ask.listing),
                    self.rate)
        last = (self.tr("Last used: {rate} on {date}.").format(rate=ask.last.value,
                                                               date=ask.last.date)
                if ask.last else self.tr("No rate used before for {side} and {listing}.")
                .format(side=ask.side, listing=ask.listing))
        self.last = QLabel(last)
        self.last.setObjectName("rate_last")
        form.addRow(self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            parse_rate(self.rate.text(), self.ask.listing, self.ask.side)
        except Exception as e:  # a RateError: said, and the dialog stays open to correct it
            dialogs.show_error(self, e)
            return
        super().accept()

    def rate_text(self) -> str:
        """The rate as typed (the service reads it)."""
        return self.rate.text()
