"""The Lots page: clearance lots with status, window and sell-through; a lot's items with
instant search; the stock import wizard; publish, exports and signed lot sheets."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services import lots as service
from desktop.services.events import BookChanged, ProfileOpened
from desktop.ui import dialogs
from desktop.ui.lot_dialogs import (DistributorSheetDialog, LotDialog, RevisionDialog, SignerDialog,
                                    change_text, item_row, local_time, percent, status_word,
                                    window_text)
from desktop.ui.pages.base import Page
from desktop.ui.widgets.columns import fit_columns
from desktop.ui.widgets.flow import FlowLayout
from desktop.ui.widgets.paged_model import USER_ROLE, VERTICAL, Column, PagedModel

SEARCH_DELAY_MS = 150


class LotsPage(Page):
    key = "lots"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._stale = True
        self._rows = []
        self.current_title: str | None = None
        self.matches = 0
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Clearance lots"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        row = FlowLayout()  # wrapped to the window's width
        self.buttons = {}
        for key, text, slot in (
                ("new", self.tr("New lot…"), self.new_lot),
                ("edit", self.tr("Edit lot…"), self.edit_lot),
                ("import", self.tr("Import stock…"), self.import_stock),
                ("publish", self.tr("Publish"), self.publish),
                ("revise", self.tr("Revise…"), self.revise),
                ("close", self.tr("Close now"), self.close_lot),
                ("revisions", self.tr("Revisions"), self.show_revisions),
                ("export_items", self.tr("Export items…"), self.export_items),
                ("export_sales", self.tr("Export sell-through and settlement…"),
                 self.export_sell_through),
                ("export_sheet", self.tr("Export signed sheet…"), self.export_sheet),
                ("export_for", self.tr("Export sheet for a distributor…"),
                 self.export_distributor_sheet),
                ("import_sheet", self.tr("Import sheet…"), self.import_sheet)):
            button = QPushButton(text)
            button.setObjectName(f"lots_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[key] = button
            row.addWidget(button)
        layout.addLayout(row)
        splitter = QSplitter()
        splitter.setProperty("orientation", VERTICAL)  # see paged_model: no Qt namespace here
        self.lots = QTableWidget(0, 5)
        self.lots.setObjectName("lots_table")
        self.lots.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Supplier"), self.tr("Status"),
                                             self.tr("Window"), self.tr("Sell-through")])
        self.lots.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lots.setSelectionMode(QAbstractItemView.SingleSelection)
        self.lots.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lots.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.lots.horizontalHeader().setStretchLastSection(True)
        self.lots.verticalHeader().hide()
        self.lots.itemSelectionChanged.connect(self._lot_chosen)
        splitter.addWidget(self.lots)
        items = QWidget()
        items_layout = QVBoxLayout(items)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("lots_search")
        self.search.setPlaceholderText(self.tr("Search by name, style no. or barcode"))
        self.search.setClearButtonEnabled(True)
        self.match_label = QLabel()
        self.match_label.setObjectName("lots_matches")
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.match_label)
        items_layout.addLayout(search_row)
        self.model = PagedModel([
            Column("style_no", self.tr("Style no.")), Column("name", self.tr("Name")),
            Column("color", self.tr("Color")), Column("size", self.tr("Size")),
            Column("barcode", self.tr("Barcode")), Column("quantity", self.tr("Quantity"), "int"),
            Column("available", self.tr("Available"), "int"), Column("sold", self.tr("Sold"), "int"),
            Column("supply_price", self.tr("Supply price"), "money"),
            Column("suggested_price", self.tr("Suggested"), "money"),
            Column("min_price", self.tr("Minimum"), "money")], parent=self)
        self.items = QTableView()
        self.items.setObjectName("lots_items")
        self.model.show_in(self.items)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.verticalHeader().setDefaultSectionSize(24)
        self.items.verticalHeader().hide()
        fit_columns(self.items, names=1)  # the prices stay in view; long names elide
        items_layout.addWidget(self.items, 1)
        splitter.addWidget(items)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 520])
        layout.addWidget(splitter, 1)
        # Each keystroke restarts the timer; the search runs once typing pauses.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.show_items)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        ctx.events.listen(BookChanged, self._changed)
        ctx.events.listen(ProfileOpened, lambda _e: self._profile_opened())
        self._update_buttons()

    # ---------------------------------------------------------------- loading
    def shown(self) -> None:
        if self._stale:
            # After the window is up: the first page must not slow the start.
            QTimer.singleShot(0, self.refresh)

    def _changed(self, event: BookChanged) -> None:
        # Orders change a lot's sold and reserved quantities.
        if event.areas & {"lots", "orders", "profiles"}:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _profile_opened(self) -> None:
        self.current_title = None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload the lots list (keeping the chosen lot) and the chosen lot's items."""
        self._stale = False
        session = self.ctx.session
        try:
            self._rows = service.list_lots(session.work()) if session.profile else []
        except Exception as e:
            self._rows = []
            dialogs.show_error(self, e)
        keep = self.current_title
        self.lots.blockSignals(True)
        self.lots.setRowCount(len(self._rows))
        chosen = None
        for r, lot in enumerate(self._rows):
            rate = percent(lot.rate_bps) if lot.quantity else "—"
            cells = (lot.title, lot.supplier, status_word(lot.status),
                     window_text(lot.starts_at, lot.ends_at), rate)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(USER_ROLE, lot.title)
                self.lots.setItem(r, c, cell)
            if lot.title == keep:
                chosen = r
        if chosen is None and self._rows:
            chosen = 0
        if chosen is not None:
            self.lots.selectRow(chosen)
        self.lots.blockSignals(False)
        self.current_title = self._rows[chosen].title if chosen is not None else None
        self.show_items()
        self._update_buttons()

    def chosen_lot(self):
        """The LotRow chosen in the table, or None."""
        return next((r for r in self._rows if r.title == self.current_title), None)

    def choose(self, title: str) -> None:
        """Show the lot named `title` and its items."""
        for r, lot in enumerate(self._rows):
            if lot.title == title:
                self.lots.selectRow(r)
                return

    def _go_to(self, title: str) -> None:
        """Choose the lot an op just made or changed (the change itself refreshed the list,
        or will when the page is shown)."""
        if self._stale:
            self.current_title = title
        else:
            self.choose(title)

    def _lot_chosen(self) -> None:
        rows = self.lots.selectionModel().selectedRows()
        title = self.lots.item(rows[0].row(), 0).data(USER_ROLE) if rows else None
        if title != self.current_title:
            self.current_title = title
            self.show_items()
        self._update_buttons()

    def _update_buttons(self) -> None:
        lot = self.chosen_lot()
        draft = lot is not None and lot.status == "draft" and lot.origin == "own"
        self.buttons["edit"].setEnabled(draft)
        self.buttons["publish"].setEnabled(draft)
        for key in ("export_items", "export_sales"):
            self.buttons[key].setEnabled(lot is not None)
        live_own = lot is not None and lot.origin == "own" and lot.status in ("published", "open")
        self.buttons["export_sheet"].setEnabled(
            live_own or (lot is not None and lot.origin == "own" and lot.status == "closed"))
        self.buttons["export_for"].setEnabled(live_own)
        self.buttons["revise"].setEnabled(live_own)
        self.buttons["close"].setEnabled(lot is not None and lot.status in ("published", "open"))
        self.buttons["revisions"].setEnabled(lot is not None and lot.revision > 1)

    def show_items(self) -> None:
        """Point the items table at the chosen lot and the search text; reads one page."""
        self.search_timer.stop()
        title, search = self.current_title, self.search.text().strip()
        if title is None:
            self.matches = 0
            self.match_label.clear()
            self.model.set_source(None)
            return
        work = self.ctx.session.work()  # reads on the GUI thread

        def fetch(offset: int, limit: int) -> list[dict]:
            page = service.items(work, title, search, offset=offset, limit=limit)
            if offset == 0:
                self._show_matches(page.total, bool(search))
            return [item_row(i) for i in page.items]

        self.model.set_source(fetch)

    def _show_matches(self, total: int, searching: bool) -> None:
        self.matches = total
        text = (self.tr("{n} items match") if searching else self.tr("{n} items")).format(n=total)
        self.match_label.setText(text)

    # ---------------------------------------------------------------- actions
    def _lot_or_say(self):
        lot = self.chosen_lot()
        if lot is None:
            dialogs.show_info(self, self.tr("Choose a lot first."))
        return lot

    def _suppliers(self) -> list[str]:
        from shop.lots.items import suppliers

        try:
            return suppliers(self.ctx.session.work().db)
        except Exception:
            return []

    def new_lot(self, *, dialog: LotDialog | None = None):
        dialog = dialog or LotDialog(self, suppliers=self._suppliers())
        if dialog.exec() != QDialog.Accepted:
            return
        values = dialog.values()
        title = values.pop("title")
        return self.ctx.tasks.write(self.tr("Creating the lot"),
                                    lambda work, _c: service.create_lot(work, title, **values),
                                    owner=self).on_success(lambda lot: self._go_to(lot.title))

    def edit_lot(self, *, dialog: LotDialog | None = None):
        row = self._lot_or_say()
        if row is None:
            return
        lot = service.get_lot(self.ctx.session.work(), row.title)
        dialog = dialog or LotDialog(self, lot, suppliers=self._suppliers())
        if dialog.exec() != QDialog.Accepted:
            return
        values = dialog.values()
        old, new = row.title, values.pop("title")
        # Chosen under its new title before the change is announced, so the list keeps it.
        self.current_title = new

        def failed(error) -> None:
            if self.current_title == new:
                self.current_title = old
            dialogs.show_error(self, error)

        return self.ctx.tasks.write(
            self.tr("Changing the lot"),
            lambda work, _c: service.update_lot(work, old, new_title=new, **values),
            owner=self).on_failure(failed)

    def import_wizard(self):
        """The stock import wizard, into the chosen draft lot (or a new one)."""
        from desktop.ui.import_wizard import ImportWizard

        lot = self.chosen_lot()
        draft = lot is not None and lot.status == "draft" and lot.origin == "own"
        return ImportWizard(self.ctx, self, title=lot.title if draft else "",
                            supplier=lot.supplier if lot else "", suppliers=self._suppliers())

    def import_stock(self) -> None:
        wizard = self.import_wizard()
        if wizard.exec() == QDialog.Accepted and wizard.flow.outcome is not None:
            self._go_to(wizard.flow.outcome.lot)

    def publish(self):
        lot = self._lot_or_say()
        if lot is None or not dialogs.ask(self, self.tr(
                "Publish “{lot}”? Its items and terms can no longer be changed, and it opens to "
                "distributors at the start of its window.").format(lot=lot.title)):
            return None
        title = lot.title
        return self.ctx.tasks.write(self.tr("Publishing the lot"),
                                    lambda work, _c: service.publish(work, title), owner=self)

    def revise(self, *, dialog=None):
        """A new revision of one's own published lot: a later end, more stock, new prices."""
        lot = self._lot_or_say()
        if lot is None:
            return None
        work = self.ctx.session.work()
        current = service.get_lot(work, lot.title)
        items = service.items(work, lot.title, limit=10_000).items
        dialog = dialog or RevisionDialog(self, current, items)
        if dialog.exec() != QDialog.Accepted:
            return None
        values, title = dialog.values(), lot.title
        op = self.ctx.tasks.write(self.tr("Revising the lot"),
                                  lambda work, _c: service.revise(work, title, **values),
                                  owner=self)
        op.on_success(self._revised)
        return op

    def _revised(self, revision) -> None:
        lines = [self.tr("Revision {n} made. Export the sheet again to send it to the "
                         "distributors.").format(n=revision.revision)]
        money_in = service.lot_by_id(self.ctx.session.work(), revision.lot_id).currency
        lines += [change_text(c, money_in) for c in revision.changes]
        dialogs.show_info(self, "\n".join(lines))
        self._check_offers()

    def _check_offers(self) -> None:
        """Offer to revoke the store's own offers that this change made stale."""
        from desktop.ui.offer_revoke import OfferRevoker

        OfferRevoker(self, self.ctx).start(only_if_any=True)

    def close_lot(self):
        lot = self._lot_or_say()
        if lot is None or not dialogs.ask(self, self.tr(
                "Close “{lot}” now? Nothing more can be sold from it; orders already paid stay "
                "as they are.").format(lot=lot.title)):
            return None
        title = lot.title
        op = self.ctx.tasks.write(self.tr("Closing the lot"),
                                  lambda work, _c: service.close(work, title), owner=self)
        op.on_success(self._closed)
        return op

    def _closed(self, lot) -> None:
        dialogs.show_info(self, self.tr("“{lot}” is closed; nothing more is sold from it.").format(
            lot=lot.title))
        self._check_offers()

    def show_revisions(self):
        lot = self._lot_or_say()
        if lot is None:
            return None
        found = service.revisions(self.ctx.session.work(), lot.title)
        if not found:
            dialogs.show_info(self, self.tr("“{lot}” has no revisions after the first.").format(
                lot=lot.title))
            return None
        lines = []
        for r in found:
            lines.append(self.tr("Revision {n} ({when}):").format(n=r.revision,
                                                                 when=local_time(r.at)))
            lines += ["  " + change_text(c, lot.currency) for c in r.changes]
        dialogs.show_info(self, "\n".join(lines))
        return found

    def _save_path(self, caption: str, name: str) -> str | None:
        path, chosen = QFileDialog.getSaveFileName(
            self, caption, name, self.tr("Excel workbook (*.xlsx);;CSV, opens in Excel (*.csv)"))
        if path and not path.lower().endswith((".csv", ".xlsx")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        return path or None

    def _export(self, title: str, fn, path: str | None, caption: str, suffix: str):
        lot = self._lot_or_say()
        if lot is None:
            return None
        path = path or self._save_path(caption, "{lot}{suffix}.xlsx".format(lot=lot.title, suffix=suffix))
        if not path:
            return None
        lot_title = lot.title
        op = self.ctx.tasks.query(title, lambda work, _c: fn(work, lot_title, path), owner=self)
        op.on_success(lambda n: dialogs.notice(self, self.tr("{n} rows were written to {path}.")
                                               .format(n=n, path=path), path))
        dialogs.progress_dialog(self, op)
        return op

    def export_items(self, *, path: str | None = None):
        """Write the chosen lot's items to CSV or XLSX in the background."""
        return self._export(self.tr("Exporting items"), service.export_items, path,
                            self.tr("Export items"), "")

    def export_sell_through(self, *, path: str | None = None):
        """Write the chosen lot's sell-through per item and its settlement (per distributor,
        or the offline sales owed to the supplier) to CSV or XLSX in the background."""
        return self._export(self.tr("Exporting sell-through"), service.export_sell_through, path,
                            self.tr("Export sell-through and settlement"), " sell-through")

    def export_distributor_sheet(self, *, path: str | None = None, dialog=None):
        """Sign the chosen lot's sheet for one distributor with its allotment per item."""
        lot = self._lot_or_say()
        if lot is None:
            return None
        accounts = self._signing_accounts()
        if accounts is None:
            return None
        if dialog is None:
            items = service.items(self.ctx.session.work(), lot.title, limit=10_000).items
            dialog = DistributorSheetDialog(self, accounts, items)
        if dialog.exec() != QDialog.Accepted:
            return None
        address, distributor, allot = dialog.values()
        return self._sign_sheet(lot, address, path, for_address=distributor, allot=allot)

    def export_sheet(self, *, path: str | None = None, address: str | None = None):
        """Sign the chosen published lot's sheet with a wallet account, in the background."""
        lot = self._lot_or_say()
        if lot is None:
            return None
        if address is None:
            accounts = self._signing_accounts()
            if accounts is None:
                return None
            dialog = SignerDialog(self, accounts)
            if dialog.exec() != QDialog.Accepted:
                return None
            address = dialog.address()
        return self._sign_sheet(lot, address, path)

    def _signing_accounts(self):
        """The wallet's accounts, or None (said why) when there is none to sign with."""
        try:
            accounts = self.wallet.accounts.list()
        except Exception as e:
            dialogs.show_error(self, e)
            return None
        if not accounts:
            dialogs.show_info(self, self.tr("Create or import a wallet account on the Wallet "
                                            "page first; it signs the sheet."))
            return None
        return accounts

    def _sign_sheet(self, lot, address: str, path: str | None, *,
                    for_address: str | None = None, allot: dict | None = None):
        """Ask where and the password, then sign and write the sheet in the background; for
        one distributor with `for_address` and its allotment."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export signed sheet"),
                                                  "{lot}.zlsheet".format(lot=lot.title),
                                                  self.tr("Lot sheet (*.zlsheet)"))
        if not path:
            return None
        signing = [(self.tr("What"), self.tr("Lot sheet (EIP-712, “Ziliudi Lot Sheet”)")),
                   (self.tr("Lot"), lot.title), (self.tr("Revision"), str(lot.revision)),
                   (self.tr("Seller"), address), (self.tr("Window"), window_text(lot.starts_at, lot.ends_at)),
                   (self.tr("Items"), self.tr("every item of the lot, with its prices and quantity, "
                                             "fixed by a hash of the sheet"))]
        if for_address is not None:
            signing.append((self.tr("For"), for_address))
            signing.append((self.tr("Allotment"), ", ".join(
                f"{sku} × {units}" for sku, units in (allot or {}).items()) or self.tr("none")))
        password = dialogs.ask_password(self, self.tr("Sign the lot sheet"),
                                        self.tr("Password of {address}:").format(address=address), signing)
        if password is None:
            return None
        title = lot.title

        def task(work, _c):
            with work.wallet.unlocked(address, password) as signer:
                if for_address is None:
                    return service.export_sheet(work, title, path, signer)
                return service.export_sheet(work, title, path, signer, for_address=for_address,
                                            allot=allot)

        # Reads the book and writes a file: a query, unless an allotment is kept with it.
        run = self.ctx.tasks.query if for_address is None else self.ctx.tasks.write
        op = run(self.tr("Signing the lot sheet"), task, owner=self)
        op.on_success(lambda sheet: dialogs.notice(self, self.tr(
            "The sheet of “{lot}” (revision {revision}, {n} items) was signed by {address} and "
            "written to {path}.").format(lot=sheet.title, revision=sheet.revision,
                                         n=len(sheet.content["items"]), address=sheet.seller,
                                         path=path), path))
        dialogs.progress_dialog(self, op)
        return op

    def import_sheet(self, *, path: str | None = None):
        """Verify and import a lot sheet in the background; say who signed it and what changed."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import lot sheet"), "",
                                                  self.tr("Lot sheet (*.zlsheet)"))
        if not path:
            return None
        op = self.ctx.tasks.write(self.tr("Checking the lot sheet"),
                                  lambda work, _c: service.import_sheet(work, path), owner=self)
        op.on_success(self._sheet_imported)
        dialogs.progress_dialog(self, op)
        return op

    def _sheet_imported(self, done) -> None:
        self._go_to(done.title)
        first = (self.tr("New lot “{lot}” from seller {seller} (signature verified).") if done.created
                 else self.tr("Lot “{lot}” updated to revision {revision} from seller {seller} "
                              "(signature verified)."))
        text = first.format(lot=done.title, seller=done.seller, revision=done.revision)
        text += "\n" + self.tr("{added} items added, {updated} updated, {withdrawn} withdrawn.").format(
            added=done.added, updated=done.updated, withdrawn=done.withdrawn)
        if done.pictures_left_out:
            text += "\n" + self.tr("{count} items came without their picture: the sheet named "
                                   "a picture it does not carry, or one that is not an image."
                                   ).format(count=len(done.pictures_left_out))
        if done.changes:
            money_in = service.lot_by_id(self.ctx.session.work(), done.lot_id).currency
            text += "\n" + self.tr("What changed:") + "\n" + "\n".join(
                "  " + change_text(c, money_in) for c in done.changes[:40])
            if len(done.changes) > 40:
                text += "\n  " + self.tr("and {n} more").format(n=len(done.changes) - 40)
        dialogs.show_info(self, text)
        if not done.created:
            self._check_offers()
