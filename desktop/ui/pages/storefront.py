"""The Storefront page: listings with price-rule checks, bulk pricing, the share kit, site
export, serving on the local network, and a preview of the store's front page."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel,
                               QPushButton, QSpinBox, QSplitter, QTableView, QTextBrowser,
                               QVBoxLayout, QWidget)

from desktop.render.catalog import catalog_task
from desktop.render.poster import save_poster
from desktop.services import arbitration, share_kit, storefront as service
from desktop.services.errors import UserFacingError
from desktop.services.events import BookChanged, ProfileOpened
from desktop.services.share_kit import poster_content
from desktop.services.store_arbitrator import store_arbitrator
from desktop.ui import dialogs
from desktop.services import pickup
from desktop.services.chainless import is_chainless
from desktop.ui.network_watch import network_name
from desktop.ui.offer_revoke import OfferRevoker
from desktop.ui.pages import downline as downline_page
from desktop.ui.pages.base import Page
from desktop.ui.widgets.columns import fit_columns
from desktop.ui.widgets.flow import FlowLayout
from desktop.ui.payment_dialogs import PaymentCodesDialog
from desktop.ui.pickup_dialogs import HandoverDialog, PickupPointsDialog, add_pickup_button
from desktop.ui.store_dialogs import (ArbitratorDialog, RateDialog, SignOffersDialog,
                                      StoreProfileDialog)
from shop.money import Money
from shop.storefront.share import qr


class BulkPricingDialog(QDialog):
    """Percent on a base price, rounded to end in 9, pulled inside the supplier's rules."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bulk pricing"))
        form = QFormLayout(self)
        self.base = QComboBox()
        for key, label in (("supply", self.tr("Supply price")),
                           ("suggested", self.tr("Suggested retail price")),
                           ("current", self.tr("Current price"))):
            self.base.addItem(label, key)
        self.percent = QSpinBox()
        self.percent.setRange(-90, 500)
        self.percent.setValue(20)
        self.percent.setSuffix("%")
        self.nine = QCheckBox(self.tr("Round up to end in 9"))
        self.nine.setChecked(True)
        form.addRow(self.tr("Start from"), self.base)
        form.addRow(self.tr("Add"), self.percent)
        form.addRow(self.nine)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class StorefrontPage(Page):
    key = "storefront"


    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.server = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Storefront"))
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.buttons = {}
        # The listings, the store and its offers, then sharing; wrapped to the window's width.
        groups = (
            (("add", self.tr("Add open lots"), self.add_lots),
             ("price", self.tr("Set price…"), self.set_price),
             ("bulk", self.tr("Bulk pricing…"), self.bulk_pricing),
             ("hide", self.tr("Show / hide"), self.toggle_visible),
             ("handover", self.tr("Delivery / pickup…"), self.set_handover)),
            (("profile", self.tr("Store profile…"), self.edit_store_profile),
             ("payments", self.tr("Payment codes…"), self.edit_payment_codes),
             ("arbitrator", self.tr("Arbitrator…"), self.choose_arbitrator),
             ("sign", self.tr("Sign offers…"), self.sign_offers),
             ("revoke", self.tr("Revoke stale offers…"), self.revoke_stale_offers)),
            (("poster", self.tr("Poster…"), self.save_poster),
             ("catalog", self.tr("Catalog PDF…"), self.save_catalog),
             ("share", self.tr("Copy share text"), self.copy_share_text),
             ("site", self.tr("Export site…"), self.export_site)))
        row = FlowLayout()
        for key, text, slot in (button for group in groups for button in group):
            button = QPushButton(text)
            button.setObjectName(f"storefront_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        self.serve = QPushButton(self.tr("Serve on local network"))
        self.serve.setObjectName("storefront_serve")
        self.serve.setCheckable(True)
        self.serve.toggled.connect(self.toggle_serving)
        row.addWidget(self.serve)
        layout.addLayout(row)
        splitter = QSplitter()
        self.table = QTableView()
        self.table.setObjectName("storefront_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        splitter.addWidget(self.table)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        self.preview = QTextBrowser()
        self.preview.setObjectName("storefront_preview")
        self.qr = QLabel()
        self.qr.setObjectName("storefront_qr")
        self.qr.setAlignment(Qt.AlignCenter)
        self.serving = QLabel()
        self.serving.setObjectName("storefront_serving")
        self.serving.setWordWrap(True)
        for w in (self.preview, self.qr, self.serving):
            side_layout.addWidget(w)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        layout.addWidget(splitter, 1)
        ctx.events.listen(BookChanged, self._changed)
        ctx.events.listen(ProfileOpened, lambda e: self.refresh())
        self.refresh()

    # ---------------------------------------------------------------- view
    def _changed(self, event: BookChanged) -> None:
        if event.areas & {"storefront", "lots"}:
            self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the listings table and the preview from the service."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Variant"), self.tr("Price"), self.tr("Suggested"),
            self.tr("Minimum"), self.tr("Left"), self.tr("Shown"), self.tr("Price rules")])
        # Here, as clear() took the columns' sizing with them. The rules' sentence gives way
        # too (in full on hover), so that the prices stay in view.
        fit_columns(self.table, names=0)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.Stretch)
        if self.ctx.session.profile is None:
            self.preview.setHtml("")
            return
        try:
            work = self.ctx.session.work()
            self.show_chain_actions(not is_chainless(work.db))
            rows = service.listings(work)
            store = service.store_profile(work)
        except Exception:  # a book without the storefront's tables (an older build)
            return

        def fmt(v, cur):
            return str(Money.of(v, cur)) if v else ""
        for x in rows:
            problem = x.problem()
            shown = self.tr("yes") if x.live else (self.tr("hidden") if not x.visible
                                                    else self.tr("not on sale"))
            cells = [x.name, x.variant, fmt(x.price, x.currency),
                     fmt(x.suggested_price, x.currency), fmt(x.min_price, x.currency),
                     str(x.available), shown,
                     dialogs.error_text(problem) if problem else self.tr("ok")]
            items = [QStandardItem(c) for c in cells]
            items[0].setData(x.id, Qt.UserRole)
            items[0].setToolTip(x.name)
            items[7].setToolTip(cells[7])
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.heading.setText(self.tr("Storefront: {name}").format(name=store.name or "—"))
        self.preview.setHtml(self._preview_html(store, [x for x in rows if x.live]))

    def _preview_html(self, store, live) -> str:
        cards = "".join(
            f"<tr><td>{html.escape(x.name)}</td><td>{html.escape(x.variant)}</td>"
            f"<td style='color:#c0392b'><b>{html.escape(str(Money.of(x.price, x.currency)))}"
            "</b></td></tr>"
            for x in live[:60])
        notice = f"<p style='background:#fff8e1'>{html.escape(store.notice)}</p>" if store.notice else ""
        return (f"<h2 style='color:#2f6b4f'>{html.escape(store.name)}</h2>{notice}"
                f"<table width='100%'>{cards}</table>")

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r, 0).data(Qt.UserRole) for r in rows]

    def _one(self) -> int | None:
        ids = self.selected_ids()
        if not ids:
            dialogs.show_info(self, self.tr("Choose a listing first."))
            return None
        return ids[0]

    # ---------------------------------------------------------------- actions
    def add_lots(self):
        """Put the items of every published lot into the storefront."""
        def task(work, _ctx) -> int:
            lots = work.db.execute("SELECT id FROM lots WHERE state = 'published'").fetchall()
            return sum(len(service.add_lot(work, lot[0])) for lot in lots)

        op = self.ctx.tasks.write(self.tr("Adding open lots"), task, owner=self)
        op.on_success(lambda added: dialogs.show_info(
            self, self.tr("{n} items were added to the storefront.").format(n=added)))
        return op

    def set_price(self):
        lid = self._one()
        if lid is None:
            return None
        text = dialogs.ask_text(self, self.tr("Set price"), self.tr("Price in 元, e.g. 129 or 129.90"))
        if text is None:
            return None
        return self.ctx.tasks.write(self.tr("Setting the price"),
                                    lambda work, _c: service.set_price(work, lid, text), owner=self)

    def bulk_pricing(self, *, dialog: BulkPricingDialog | None = None):
        ids = self.selected_ids() or [x.id for x in service.listings(self.ctx.session.work())]
        dialog = dialog or BulkPricingDialog(self)
        if dialog.exec() != QDialog.Accepted:
            return None
        percent, base = dialog.percent.value(), dialog.base.currentData()
        nine = dialog.nine.isChecked()
        op = self.ctx.tasks.write(
            self.tr("Bulk pricing"), lambda work, _c: service.bulk_reprice(
                work, ids, percent=percent, base=base, end_in_nine=nine), owner=self)
        op.on_success(self._repriced)
        return op

    def _repriced(self, result) -> None:
        if result is not None and result.clamped:
            dialogs.show_info(self, self.tr(
                "{n} prices were outside the supplier's minimum or maximum retail price and "
                "were set to the nearest allowed price.").format(n=len(result.clamped)))

    def toggle_visible(self):
        ids = self.selected_ids()
        if not ids:
            return None

        def task(work, _ctx) -> None:
            for lid in ids:
                current = service.listing(work, lid)
                service.update_listing(work, lid, visible=not current.visible)

        return self.ctx.tasks.write(self.tr("Showing and hiding listings"), task, owner=self)

    def set_handover(self, *, dialog=None):
        """Deliver the chosen listings, let buyers collect them in the shop, or both."""
        ids = self.selected_ids()
        if not ids:
            dialogs.show_info(self, self.tr("Choose a listing first."))
            return None
        dialog = dialog or HandoverDialog(self, len(ids))
        if dialog.exec() != QDialog.Accepted:
            return None
        way = dialog.value()
        return self.ctx.tasks.write(self.tr("Setting delivery and pickup"),
                                    lambda work, _c: pickup.set_handover(work, ids, way),
                                    owner=self)

    def save_poster(self, *, path: str | None = None):
        lid = self._one()
        if lid is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save poster"), "poster.png",
                                                  self.tr("PNG image (*.png)"))
        if not path:
            return None

        op = self.ctx.tasks.query(
            self.tr("Drawing the poster"),
            lambda work, _c: (save_poster(poster_content(work, lid), path),
                              service.site_address(work)), owner=self)
        op.on_success(lambda done: self._said(self.tr("The poster is saved: {path}").format(
            path=done[0]), done[1], done[0]))
        return op

    def save_catalog(self, *, path: str | None = None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save catalog"), "catalog.pdf",
                                                  self.tr("PDF document (*.pdf)"))
        if not path:
            return None

        op = self.ctx.tasks.query(
            self.tr("Writing the catalog"),
            lambda work, c: (catalog_task(share_kit.catalog(work), path)(c),
                             service.site_address(work)), owner=self)
        dialogs.progress_dialog(self, op)
        op.on_success(lambda done: self._said(self.tr("The catalog is saved: {path}").format(
            path=path), done[1], path))
        return op

    def copy_share_text(self):
        ids = self.selected_ids()
        lid = ids[0] if ids else None
        op = self.ctx.tasks.query(self.tr("Writing the share text"),
                                  lambda work, _c: (service.share_text(work, lid),
                                                    service.site_address(work)), owner=self)
        op.on_success(self._share_text_written)
        return op

    def _share_text_written(self, done) -> None:
        text, address = done
        QGuiApplication.clipboard().setText(text)
        self._said(self.tr("The share text is copied: paste it into a chat."), address)

    def _said(self, text: str, address, path=None) -> None:
        """Say what a share action made; when its links use this computer's network
        address, say that only buyers on this network can open them."""
        if address.lan:
            text += "\n\n" + self.tr(
                "Its links use this computer's network address ({url}): only buyers on the "
                "same network can open them, while the store is served from here. Set the "
                "store's web address in the store profile to share it further.").format(
                url=address.url)
        dialogs.notice(self, text, path)

    def export_site(self, *, folder: str | None = None):
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export the site to"))
        if not folder:
            return None

        def task(work, ctx):
            export = service.export_site_task(folder, service.signed_deployment(work))
            return export(work, ctx)

        self.site_folder = folder
        op = self.ctx.tasks.write(self.tr("Exporting the site"), task, owner=self)
        dialogs.progress_dialog(self, op)
        op.on_success(self._site_exported)
        return op

    def _site_exported(self, summary) -> None:
        text = self.tr("The site is exported to {folder}: {products} products, {variants} "
                       "variants, {payable} payable in the escrow.").format(
            folder=summary.folder, products=summary.products, variants=summary.variants,
            payable=summary.payable)
        text += "\n\n" + self.tr("Copy the folder to the store's web host, or serve it here "
                                   "on the local network.")
        dialogs.notice(self, text, summary.folder)

    def revoke_stale_offers(self):
        """Find the signed offers that no longer hold and revoke them, with the fee stated."""
        return OfferRevoker(self, self.ctx).start()

    # ---------------------------------------------------------------- store and offers
    def _wallet_lists(self):
        """The wallet (for reads on this thread), its accounts and network names."""
        wallet = self.wallet
        with dialogs.busy():
            return wallet, wallet.accounts.list(), [n.name for n in wallet.networks.list()]

    def store_profile_dialog(self):
        """The store profile dialog; OK saves the profile and makes the delivery key."""
        try:
            _wallet, accounts, networks = self._wallet_lists()
        except Exception:  # no keyring: the rest of the profile can still be edited
            accounts, networks = [], []
        work = self.ctx.session.work()
        dialog = StoreProfileDialog(self, service.store_profile(work), accounts,
                                    networks, self._save_store_profile,
                                    service.resolve_image(work))
        add_pickup_button(dialog, lambda: self.pickup_points_dialog(dialog).exec())
        return dialog

    def pickup_points_dialog(self, parent=None):
        """The store's pickup points (到店自提), from the store profile dialog."""
        return PickupPointsDialog(parent or self, self.ctx)

    def edit_store_profile(self) -> None:
        self.store_profile_dialog().exec()

    def _save_store_profile(self, values: dict):
        """Save the profile and make the delivery key; the dialog closes when the op succeeds."""
        def task(work, _ctx):
            service.save_store_profile(work, **values)
            try:
                service.ensure_delivery_key(work)
            except UserFacingError as e:  # the key pair's private half left the keyring
                return e
            return None

        op = self.ctx.tasks.write(self.tr("Saving the store profile"), task, owner=self)
        op.on_success(self._key_missing)
        return op

    def _key_missing(self, problem) -> None:
        if problem is None:
            return
        question = dialogs.error_text(problem) + "\n\n" + self.tr(
            "Make a new key? Orders placed with the old one stay unreadable.")
        if dialogs.ask(self, question):
            self.ctx.tasks.write(
                self.tr("Making a new delivery key"),
                lambda work, _c: service.ensure_delivery_key(work, replace=True), owner=self)

    def edit_payment_codes(self, *, dialog=None):
        """The store's WeChat Pay and Alipay codes, for buyers who pay without a chain."""
        dialog = dialog or PaymentCodesDialog(self, self.ctx)
        dialog.exec()
        return dialog

    def show_chain_actions(self, shown: bool) -> None:
        """Offer signing and revoking only in a profile that sells through the escrow."""
        for key in ("sign", "revoke"):
            self.buttons[key].setVisible(shown)

    def sign_offers(self):
        """Sign offers for the live listings with a wallet account, in the background."""
        work = self.ctx.session.work()
        try:
            _wallet, accounts, networks = self._wallet_lists()
            network = service.offer_network(work, None)
        except Exception as e:
            dialogs.show_error(self, e)
            return None
        if not accounts:
            dialogs.show_info(self, self.tr("Make an account on the Wallet page first: buyers "
                                            "pay the account that signs the offers."))
            return None
        dialog = SignOffersDialog(self, accounts, networks,
                                  service.store_profile(work).payout_account, network)
        if dialog.exec() != QDialog.Accepted:
            return None
        address, network = dialog.address(), dialog.network_name()
        signing = [(self.tr("What"), self.tr("Escrow offers (EIP-712, “Ziliudi Escrow”)")),
                   (self.tr("Listings"), self.tr("every live listing without a valid offer, at its "
                                                 "price now, up to its stock")),
                   (self.tr("Seller"), dialog.account.currentText()),
                   (self.tr("Network"), network_name(network) if network else ""),
                   (self.tr("Bond"), self.tr("30% of the price, posted when you accept an order")),
                   (self.tr("Arbitrator"), self._arbitrator_text(work))]
        signing += downline_page.payee_rows(work, address)
        rate = self._ask_rate(work, network)
        if rate is False:
            return None
        if rate is not None:
            signing.append((self.tr("Rate"), rate[1]))
        password = dialogs.ask_password(self, self.tr("Sign offers"), self.tr(
            "Password of {account}:").format(account=dialog.account.currentText()), signing)
        if password is None:
            return None
        typed = rate[0] if rate else None
        op = self.ctx.tasks.write(
            self.tr("Signing offers"),
            lambda work, _c: service.sign_store_offers(work, address, password, network,
                                                       rate=typed),
            owner=self)
        op.on_success(self._offers_signed)
        return op

    def _arbitrator_text(self, work) -> str:
        """The store's arbitrator in words, or plainly that there is none."""
        a = store_arbitrator(work)
        if not a.account:
            return self.tr("No arbitrator: a dispute can only time out.")
        return self.tr("{account} ({contact}), fee {fee} per disputed order").format(
            account=a.account, contact=a.contact or "—", fee=a.fee.text())

    def choose_arbitrator(self):
        """Name the arbitrator of later offers from its card file, or none."""
        work = self.ctx.session.work()
        dialog = ArbitratorDialog(self, self._arbitrator_text(work),
                                  service.store_profile(work).currency)
        if dialog.exec() != QDialog.Accepted:
            return None
        cleared, path, fee = dialog.values()

        def task(work, _ctx):
            if cleared:
                return arbitration.clear_store_arbitrator(work)
            return arbitration.set_store_arbitrator(work, arbitration.card_text(path), fee)
        return self.ctx.tasks.write(self.tr("Naming the arbitrator"), task, owner=self)

    def _ask_rate(self, work, network):
        """(rate as typed, as shown) when the token's currency is not the store's, None when
        no rate is needed, False when the seller cancelled or the network cannot be read."""
        try:
            ask = service.rate_needed(work, network)
        except Exception as e:
            dialogs.show_error(self, e)
            return False
        if ask is None:
            return None
        dialog = RateDialog(self, ask)
        if dialog.exec() != QDialog.Accepted:
            return False
        typed = dialog.rate_text().strip()
        return typed, self.tr("1 {side} = {rate} {listing}").format(
            side=ask.side, rate=typed, listing=ask.listing)

    def _offers_signed(self, done) -> None:
        text = self.tr(
            "{signed} offers signed by {seller} on {network}; {payable} listings can be paid "
            "in {symbol}. Export the site again to publish them.").format(
            signed=done.signed, seller=done.seller, network=network_name(done.network),
            payable=done.payable,
            symbol=done.deployment.symbol)
        if done.rate is not None:
            text += " " + self.tr("Prices were converted at 1 {side} = {rate} {listing} "
                                  "({date}).").format(side=done.rate.token_side,
                                                      rate=done.rate.value,
                                                      listing=done.rate.listing,
                                                      date=done.rate.date)
        dialogs.show_info(self, text)

    def toggle_serving(self, on: bool) -> None:
        """Serve the last exported site on the local network (off by default), with its QR."""
        if not on:
            if self.server is not None:
                self.server.stop()
                self.server = None
            self.serving.setText(self.tr("Not serving."))
            self.qr.clear()
            return
        folder = getattr(self, "site_folder", None)
        if not folder:
            dialogs.show_info(self, self.tr("Export the site first."))
            self.serve.setChecked(False)
            return
        try:
            self.server = service.serve_site(folder, "0.0.0.0", 0)
        except Exception as e:
            dialogs.show_error(self, e)
            self.serve.setChecked(False)
            return
        url = service.lan_url(self.server)

        pixmap = QPixmap()
        pixmap.loadFromData(qr(url + "index.html").png(scale=4))
        self.qr.setPixmap(pixmap)
        self.serving.setText(self.tr("Buyers on this network open {url}").format(url=url))

    def closeEvent(self, event) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        super().closeEvent(event)
