"""Dialogs of the Lots page: a lot's title, window and terms; the account that signs a sheet;
and the words for a lot's status and window."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QDateTime, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QSpinBox, QWidget)

from desktop.i18n import LOT_STATUS
from shop.lots.model import MAX_LEVELS, THREE_LEVELS_WARNING, Terms
from shop.money import CURRENCIES, Money
DAY = 86400


def status_word(status: str) -> str:
    """A lot's status in words."""
    return QCoreApplication.translate("LotsPage", LOT_STATUS[status]) if status in LOT_STATUS else status


def local_time(seconds: int) -> str:
    """UTC seconds as local date and time, or a dash when unset."""
    if not seconds:
        return "—"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def window_text(starts_at: int, ends_at: int) -> str:
    """A lot's window in local time."""
    if not starts_at and not ends_at:
        return QCoreApplication.translate("LotsPage", "not set")
    return QCoreApplication.translate("LotsPage", "{start} – {end}").format(start=local_time(starts_at), end=local_time(ends_at))


def percent(bps: int) -> str:
    """Basis points as a percentage with one decimal."""
    return "{:.1f}%".format(bps / 100)


class LotDialog(QDialog):
    """Title, supplier, window (local time), currency and commission / return terms of a lot.
    Given a lot it edits it (a draft), else it makes a new one."""

    def __init__(self, parent: QWidget | None = None, lot=None, suppliers=()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit lot") if lot else self.tr("New lot"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(lot.title if lot else "")
        self.title_edit.setObjectName("lot_title")
        self.supplier = QComboBox()
        self.supplier.setEditable(True)
        self.supplier.addItems(list(suppliers))
        self.supplier.setCurrentText(lot.supplier if lot else "")
        now = int(time.time())
        self.starts = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(
            lot.starts_at if lot and lot.starts_at else now))
        self.ends = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(
            lot.ends_at if lot and lot.ends_at else now + 7 * DAY))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.currency = QComboBox()
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(lot.currency if lot else "CNY")
        terms = lot.terms if lot else Terms()
        levels = QHBoxLayout()
        self.levels = []
        for n in range(MAX_LEVELS):
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSuffix("%")
            bps = terms.commission_bps[n] if n < len(terms.commission_bps) else 0
            spin.setValue(bps / 100)
            spin.valueChanged.connect(self._levels_changed)
            self.levels.append(spin)
            levels.addWidget(spin)
        self.warning = QLabel(QCoreApplication.translate("lots", THREE_LEVELS_WARNING))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b03a2e")
        self.freeze = QSpinBox()
        self.freeze.setRange(0, 365)
        self.freeze.setSuffix(self.tr(" days"))
        self.freeze.setValue(terms.freeze_seconds // DAY)
        self.return_days = QSpinBox()
        self.return_days.setRange(0, 365)
        self.return_days.setSuffix(self.tr(" days"))
        self.return_days.setValue(terms.return_days)
        self.return_note = QLineEdit(terms.return_note)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Commission per upline level"), levels)
        form.addRow(self.warning)
        form.addRow(self.tr("After-sale freeze"), self.freeze)
        form.addRow(self.tr("Returns accepted for"), self.return_days)
        form.addRow(self.tr("Return terms"), self.return_note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._levels_changed()

    def _levels_changed(self) -> None:
        self.warning.setVisible(self.levels[-1].value() > 0)

    def terms(self) -> Terms:
        """The commission and return terms as entered (trailing empty levels dropped)."""
        bps = [round(spin.value() * 100) for spin in self.levels]
        while bps and bps[-1] == 0:
            bps.pop()
        return Terms(commission_bps=tuple(bps), freeze_seconds=self.freeze.value() * DAY,
                     return_days=self.return_days.value(), return_note=self.return_note.text().strip())

    def values(self) -> dict:
        """Keyword arguments for lots.create_lot (title first) from what was entered."""
        return {"title": self.title_edit.text().strip(),
                "supplier": self.supplier.currentText().strip(),
                "starts_at": self.starts.dateTime().toSecsSinceEpoch(),
                "ends_at": self.ends.dateTime().toSecsSinceEpoch(),
                "currency": self.currency.currentText(), "terms": self.terms()}


class SignerDialog(QDialog):
    """Choose the wallet account that signs a lot sheet."""

    def __init__(self, parent: QWidget | None, accounts):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the lot sheet"))
        form = QFormLayout(self)
        self.account = QComboBox()
        self.account.setObjectName("sheet_account")
        for a in accounts:
            label = getattr(a, "label", "") or ""
            self.account.addItem("{label} {address}".format(label=label, address=a.address).strip(),
                                 a.address)
        form.addRow(QLabel(self.tr("The sheet is signed by one of your wallet accounts; "
                                   "distributors see its address as the seller.")))
        form.addRow(self.tr("Account"), self.account)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def address(self) -> str | None:
        """The chosen account's address."""
        return self.account.currentData()


class DistributorSheetDialog(QDialog):
    """A lot sheet for one named distributor: its account address, the units of each item
    set aside for it (its allotment; items left at 0 get none) and the account that signs,
    as `ziliudi lots sheet export LOT FILE --for ADDRESS --allot SKU=N` takes them."""

    def __init__(self, parent: QWidget | None, accounts, items):
        from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(self.tr("Export sheet for a distributor"))
        self.items = list(items)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("The sheet is for this distributor alone: its offers never "
                                   "promise more than the units set aside here.")))
        self.distributor = QLineEdit()
        self.distributor.setObjectName("sheet_distributor")
        self.distributor.setPlaceholderText("0x…")
        form.addRow(self.tr("Distributor's account address"), self.distributor)
        self.account = QComboBox()
        self.account.setObjectName("sheet_account")
        for a in accounts:
            label = getattr(a, "label", "") or ""
            self.account.addItem("{label} {address}".format(label=label, address=a.address).strip(),
                                 a.address)
        form.addRow(self.tr("Signed by"), self.account)
        layout.addLayout(form)
        self.table = QTableWidget(len(self.items), 3)
        self.table.setObjectName("sheet_allotment")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Not sold"),
                                              self.tr("Allotment")])
        for r, item in enumerate(self.items):
            for c, text in enumerate((f"{item.name} {item.sku}", str(item.quantity - item.sold))):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~cell.flags().ItemIsEditable)
                self.table.setItem(r, c, cell)
            self.table.setItem(r, 2, QTableWidgetItem("0"))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_allotment(self, sku: str, units: int) -> None:
        """Type `units` into the allotment cell of the item `sku`."""
        row = next(r for r, item in enumerate(self.items) if item.sku == sku)
        self.table.item(row, 2).setText(str(units))

    def values(self) -> tuple[str | None, str, dict]:
        """(signing account, distributor address, {SKU: units}) of the items given any; a
        cell that is not a whole number is passed on as text to be refused."""
        allot = {}
        for r, item in enumerate(self.items):
            units = self.table.item(r, 2).text().strip()
            if units not in ("", "0"):
                allot[item.sku] = int(units) if units.isdigit() and units.isascii() else units
        return self.account.currentData(), self.distributor.text().strip(), allot


def item_row(item) -> dict:
    """An item as the items table reads it."""
    return {"style_no": item.style_no, "name": item.name, "color": item.color, "size": item.size,
            "barcode": item.barcode, "quantity": item.quantity, "available": item.available,
            "sold": item.sold, "supply_price": item.supply_price,
            "suggested_price": item.suggested_price, "min_price": item.min_price}


#: The words of a lot revision's changes, collected for translation in the LotsPage context.
CHANGE_WORDS = {
    "quantity": QT_TRANSLATE_NOOP("LotsPage", "quantity"),
    "tag_price": QT_TRANSLATE_NOOP("LotsPage", "tag price"),
    "supply_price": QT_TRANSLATE_NOOP("LotsPage", "supply price"),
    "suggested_price": QT_TRANSLATE_NOOP("LotsPage", "suggested price"),
    "min_price": QT_TRANSLATE_NOOP("LotsPage", "minimum price"),
    "ends_at": QT_TRANSLATE_NOOP("LotsPage", "end"),
    "none": QT_TRANSLATE_NOOP("LotsPage", "none"),
    "closed": QT_TRANSLATE_NOOP("LotsPage", "The lot was closed."),
    "added": QT_TRANSLATE_NOOP("LotsPage", "{sku}: new item, {n} units"),
    "withdrawn": QT_TRANSLATE_NOOP("LotsPage", "{sku}: withdrawn"),
    "changed": QT_TRANSLATE_NOOP("LotsPage", "{what}: {old} → {new}"),
}


def change_text(change, currency: str = "CNY") -> str:
    """One change of a lot revision in words (prices in the lot's currency, times in local
    time)."""
    def word(key: str) -> str:
        return QCoreApplication.translate("LotsPage", CHANGE_WORDS[key])

    def shown(value):
        if value is None:
            return word("none")
        if change.what == "ends_at":
            return local_time(value)
        return Money.of(value, currency).text() if change.what.endswith("_price") else str(value)

    if change.what == "closed":
        return word("closed")
    if change.what == "added":
        return word("added").format(sku=change.sku, n=change.new)
    if change.what == "withdrawn":
        return word("withdrawn").format(sku=change.sku)
    what = word(change.what) if change.what in CHANGE_WORDS else change.what
    text = word("changed").format(what=what, old=shown(change.old), new=shown(change.new))
    return f"{change.sku}: {text}" if change.sku else text


class RevisionDialog(QDialog):
    """A new revision of a published lot: a later end, units to add and new prices per item.
    values() gives only what was changed, as the lots service takes it."""

    PRICES = ("supply_price", "suggested_price", "min_price")

    def __init__(self, parent: QWidget | None, lot, items):
        from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(self.tr("Revise “{title}”").format(title=lot.title))
        self.lot, self.items = lot, list(items)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.ends = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(lot.ends_at))
        self.ends.setObjectName("revision_ends")
        self.ends.setCalendarPopup(True)
        self.ends.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(lot.ends_at))
        form.addRow(self.tr("Ends"), self.ends)
        layout.addLayout(form)
        self.table = QTableWidget(len(self.items), 6)
        self.table.setObjectName("revision_items")
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Quantity"), self.tr("Add units"), self.tr("Supply price"),
            self.tr("Suggested"), self.tr("Minimum")])
        self._shown = []
        for r, item in enumerate(self.items):
            fixed = [f"{item.name} {item.sku}", str(item.quantity)]
            for c, text in enumerate(fixed):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~cell.flags().ItemIsEditable)
                self.table.setItem(r, c, cell)
            self.table.setItem(r, 2, QTableWidgetItem("0"))
            prices = [Money.of(getattr(item, f), lot.currency).plain()
                      if getattr(item, f) is not None else ""
                      for f in self.PRICES]
            self._shown.append(prices)
            for c, text in enumerate(prices, start=3):
                self.table.setItem(r, c, QTableWidgetItem(text))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict:
        """{ends_at, add: {SKU: units}, prices: {SKU: {field: text}}} of what was changed;
        a units cell that is not a whole number is passed on as text to be refused."""
        ends = self.ends.dateTime().toSecsSinceEpoch()
        add, prices = {}, {}
        for r, item in enumerate(self.items):
            units = self.table.item(r, 2).text().strip()
            if units not in ("", "0"):
                add[item.sku] = int(units) if units.isdigit() else units
            for c, field in enumerate(self.PRICES, start=3):
                text = self.table.item(r, c).text().strip()
                if text != self._shown[r][c - 3]:
                    prices.setdefault(item.sku, {})[field] = text
        return {"ends_at": ends if ends != self.lot.ends_at else None, "add": add,
                "prices": prices}
