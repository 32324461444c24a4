"""Drop-ship from the Orders page: the shipping list for a supplier, and the supplier's reply
marking orders shipped in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QLabel)

from desktop import i18n
from desktop.services import dropship, orders
from desktop.services.dropship import REASONS
from desktop.services.errors import UserFacingError
from desktop.ui import dialogs
from desktop.ui.tx_notice import say_sent
from shop.orders.model import escrow_number


class ShippingListDialog(QDialog):
    """Which supplier, and whether the list is sealed to its store key."""

    def __init__(self, parent, suppliers):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shipping list for a supplier"))
        form = QFormLayout(self)
        self.supplier = QComboBox()
        self.supplier.setObjectName("dropship_supplier")
        for s in suppliers:
            self.supplier.addItem(f"{s.name or '—'} ({s.address[:10]}…)", s)
        self.sealed = QCheckBox(self.tr("Seal it so that only the supplier's app opens it"))
        self.sealed.setObjectName("dropship_sealed")
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.sealed)
        form.addRow(QLabel(self.tr("The list holds the buyers' names, phones and addresses.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.supplier.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def _chosen(self) -> None:
        s = self.supplier.currentData()
        self.sealed.setEnabled(bool(s and s.sealable))
        if not (s and s.sealable):
            self.sealed.setChecked(False)


class Dropship(QObject):
    """The drop-ship actions of a page (its runner and dialogs)."""

    def __init__(self, page, ctx):
        super().__init__(page)
        self.page, self.ctx = page, ctx

    def export_list(self, *, dialog: ShippingListDialog | None = None, path: str | None = None):
        found = dropship.suppliers(self.ctx.session.work())
        if not found:
            dialogs.show_info(self.page, self.tr(
                "No lot here came from a supplier's sheet, so there is no one to ship for you."))
            return None
        dialog = dialog or ShippingListDialog(self.page, found)
        if dialog.exec() != QDialog.Accepted:
            return None
        supplier, sealed = dialog.supplier.currentData(), dialog.sealed.isChecked()
        if path is None:
            if sealed:
                path, _ = QFileDialog.getSaveFileName(
                    self.page, self.tr("Save the sealed shipping list"), "shipping-list.zlship",
                    self.tr("Sealed shipping list (*.zlship)"))
            else:
                path, _ = QFileDialog.getSaveFileName(
                    self.page, self.tr("Save the shipping list"), "shipping-list.xlsx",
                    self.tr("Excel workbook (*.xlsx);;CSV, opens in Excel (*.csv)"))
        if not path:
            return None
        op = self.ctx.tasks.query(
            self.tr("Writing the shipping list"),
            lambda work, _c: dropship.export_shipping_list(work, supplier.address, path,
                                                           sealed=sealed), owner=self.page)
        op.on_success(lambda written: dialogs.notice(self.page, self._written_text(
            written, path), path))
        return op

    def _written_text(self, written, path: str) -> str:
        text = self.tr("{n} orders were written to {path}.").format(n=len(written.lines),
                                                                   path=path)
        if written.pickups:
            text += "\n" + self.tr("{count} pickup orders are left out: they are collected in "
                                   "the shop.").format(count=written.pickups)
        return text

    def ship_from_reply(self, path: str | None = None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.page, self.tr("The supplier's reply"), "",
                self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return None
        op = self.ctx.tasks.query(self.tr("Reading the reply"),
                                  lambda work, _c: dropship.read_reply(work, path),
                                  owner=self.page)
        op.on_success(self._confirm)
        return op

    def _confirm(self, plan):
        refused = [dialogs.error_text(_Reason(code, fields)) for code, fields in plan.refused]
        if not plan.ready:
            said = (dialogs.error_text(dropship.already_shipped(plan.already)) if plan.already
                    else self.tr("No row of the reply names an order waiting to be shipped."))
            dialogs.show_info(self.page, "\n".join([said] + refused[:30]))
            return None
        rows = [(escrow_number(e), f"{carrier} {number}") for e, carrier, number, _r
                in plan.ready[:20]]
        if len(plan.ready) > 20:
            rows.append(("…", self.tr("{n} more").format(n=len(plan.ready) - 20)))
        if plan.already:
            rows.append((self.tr("Already shipped, left as they are"),
                         i18n.named(map(escrow_number, plan.already),
                                    QCoreApplication.translate)))
        if refused:
            rows.append((self.tr("Refused rows"), "\n".join(refused[:10])))
        if plan.seller is None:
            dialogs.show_error(self.page, self.tr(
                "The orders of one reply must be of one seller account."))
            return None
        title = self.tr("Mark {n} orders shipped").format(n=len(plan.ready))
        password = dialogs.ask_password(self.page, title, self.tr(
            "Password of the seller account {address} to mark them shipped in one "
            "transaction:").format(address=plan.seller), rows)
        if password is None:
            return None

        def task(work, _c):
            with work.wallet.unlocked(plan.seller, password) as signer:
                entry = dropship.ship_from_reply(work, signer, plan)
            orders.sync(work)
            return entry

        done = i18n.shipped_text([e for e, *_ in plan.ready], plan.already,
                                 QCoreApplication.translate)
        op = self.ctx.tasks.write(title, task, owner=self.page)
        op.on_success(lambda entry: say_sent(self.page, done, entry))
        return op


def _Reason(code: str, fields: dict):
    """A refused reply row as a refusal the dialog kit translates (context "errors")."""
    return UserFacingError(REASONS[code], **fields)
