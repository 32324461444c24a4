"""The Books page (账本): the journal, newest first, a page at a time (a million lines open at
once), filtered by account, period and text; each account's balance and the period's profit;
an entry posted by hand with its receipt picture, a reversal, and the accountant's exports."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from desktop.render.books_report import write_report_pdf
from desktop.services import books as service, storefront
from desktop.services.events import BookChanged, ProfileOpened
from desktop.ui import dialogs
from desktop.ui.book_words import account_name, memo_text, report_words, source_kind
from desktop.ui.books_dialogs import EntryDialog, ReceiptDialog
from desktop.ui.pages.base import Page
from desktop.ui.widgets.columns import fit_columns
from desktop.ui.widgets.paged_model import (ALIGNMENT_ROLE, DISPLAY_ROLE, USER_ROLE, Column,
                                            PagedModel)
from shop.books.pages import JournalFilter
#: Accounts whose balance people read as a positive amount when it is a credit.
CREDIT_NORMAL = ("liability", "equity", "income")


class JournalSource:
    """The journal's rows for a JournalModel: each page follows the last row of the one before
    by key, so a page deep in a million lines costs what the first does."""

    def __init__(self, connect, flt):
        self.connect, self.flt, self.after = connect, flt, None

    def __call__(self, offset: int, limit: int) -> list:
        if offset == 0:
            self.after = None
        rows = service.journal_page(self.connect(), self.flt, self.after, limit)
        if rows:
            self.after = (rows[-1].at, rows[-1].line)
        return rows


class JournalModel(PagedModel):
    """A PagedModel over shop.books.pages.JournalRow tuples, each cell worded only when the
    view paints it: reading a page costs its query, not the words of 256 rows."""

    def data(self, index, role=DISPLAY_ROLE):
        if role == ALIGNMENT_ROLE:
            return super().data(index, role)
        if role not in (DISPLAY_ROLE, USER_ROLE) or not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == USER_ROLE:
            return r
        column = index.column()
        if column == 0:
            return time.strftime("%Y-%m-%d", time.localtime(r.at))
        if column == 1:
            return str(r.entry)
        if column == 2:
            return source_kind(r.source, r.reverses)
        if column == 3:
            return memo_text(r.memo, r.memo_key, r.memo_args)
        if column == 4:
            return account_name(r.account)
        return r.money.text(grouped=True)


def journal_view(parent=None) -> tuple[QTableView, JournalModel]:
    """The journal's table and model, as the page shows them (the table benchmark too)."""
    table = QTableView(parent)
    table.setObjectName("books_journal")
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.verticalHeader().hide()  # row numbers of a paged list mean nothing
    model = JournalModel([
        Column("date", QCoreApplication.translate("BooksPage", "Date")),
        Column("entry", QCoreApplication.translate("BooksPage", "Entry"), "int"),
        Column("kind", QCoreApplication.translate("BooksPage", "Posted by")),
        Column("memo", QCoreApplication.translate("BooksPage", "What for")),
        Column("account", QCoreApplication.translate("BooksPage", "Account")),
        Column("amount", QCoreApplication.translate("BooksPage", "Amount"), "money")],
        parent=table)
    model.show_in(table)
    # Fixed widths (a million rows are never measured), the memo taking what is left and
    # shortened in the middle, so that the amount stays in view at the window's default size.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    for column, width in ((0, 88), (1, 48), (2, 96), (4, 128), (5, 112)):
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(3, QHeaderView.Stretch)
    table.setTextElideMode(Qt.ElideMiddle)
    return table, model


class BooksPage(Page):
    key = "books"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Books"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("record", self.tr("Record an entry…"), self.record_entry),
                                ("reverse", self.tr("Reverse entry"), self.reverse_entry),
                                ("receipt", self.tr("Receipt…"), self.show_receipt),
                                ("beancount", self.tr("Export for Beancount…"),
                                 self.export_beancount),
                                ("csv", self.tr("Export journal CSV…"), self.export_csv),
                                ("report", self.tr("Export report…"), self.export_report)):
            button = QPushButton(text)
            button.setObjectName(f"books_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(self._filters())
        split = QSplitter(Qt.Horizontal)
        self.table, self.model = journal_view()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.buttons["receipt"].setEnabled(False)
        self.buttons["receipt"].setToolTip(self.tr("The receipt picture of the chosen entry"))
        split.addWidget(self.table)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.balances = QTableView()
        self.balances.setObjectName("books_balances")
        self.balances_model = QStandardItemModel(self.balances)
        self.balances.setModel(self.balances_model)
        self.profit = QLabel()
        self.profit.setObjectName("books_profit")
        self.profit.setWordWrap(True)
        side_layout.addWidget(self.balances, 1)
        side_layout.addWidget(self.profit)
        side.setMinimumWidth(280)  # an account's name and a balance of millions side by side
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        ctx.events.listen(BookChanged, self._changed)
        ctx.events.listen(ProfileOpened, self._profile_opened)
        self._caught_up = False

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.account = QComboBox()
        self.account.setObjectName("books_account")
        self.account.addItem(self.tr("All accounts"), None)
        self.start = QLineEdit()
        self.start.setObjectName("books_from")
        self.start.setPlaceholderText(self.tr("From (2025-01-01)"))
        self.end = QLineEdit()
        self.end.setObjectName("books_to")
        self.end.setPlaceholderText(self.tr("To (2025-12-31)"))
        self.search = QLineEdit()
        self.search.setObjectName("books_search")
        self.search.setPlaceholderText(self.tr("Search what for…"))
        for label, widget in ((self.tr("Account"), self.account), (None, self.start),
                              (None, self.end), (None, self.search)):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget, 1 if widget is self.search else 0)
        self.account.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.start, self.end, self.search):
            edit.editingFinished.connect(self.refresh)
        return row

    # ---------------------------------------------------------------- view
    def _changed(self, event: BookChanged) -> None:
        if "books" in event.areas:
            self.refresh()
        elif event.areas & {"orders", "lots"}:
            self._caught_up = False
            if self.isVisible():
                self.catch_up()

    def _profile_opened(self, _event) -> None:
        self._caught_up = False
        if self.isVisible():
            self.shown()

    def shown(self) -> None:
        if self.ctx.session.profile is None:
            return
        if self.account.count() == 1:
            for code, _kind in service.accounts(self.ctx.session.work()):
                self.account.addItem(account_name(code), code)
        if not self._caught_up:
            self.catch_up()
        self.refresh()

    def catch_up(self):
        """Post what the book has not posted yet (an older version's events), on the writer."""
        self._caught_up = True
        return self.ctx.tasks.write(self.tr("Bringing the books up to date"),
                                    lambda work, _c: service.catch_up(work), owner=self,
                                    quiet=True)

    def _period(self) -> tuple[int | None, int | None]:
        start = service.day_start(self.start.text()) if self.start.text().strip() else None
        end = service.day_after(self.end.text()) if self.end.text().strip() else None
        return start, end

    def refresh(self):
        """Show the journal with the filters as they are, and read the balances."""
        if self.ctx.session.profile is None:
            return None
        try:
            start, end = self._period()
        except Exception as e:
            dialogs.show_error(self, e)
            return None
        flt = JournalFilter(self.account.currentData(), start, end, self.search.text())
        self.model.set_source(JournalSource(
            lambda: self.ctx.session.work(initiator=self, read_only=True).conn, flt))
        self._selection()  # the rows chosen before are gone
        op = self.ctx.tasks.query(self.tr("Reading the balances"),
                                  lambda work, _c: service.report(work, start, end),
                                  owner=self, quiet=True)
        op.on_success(self._show_report)
        return op

    def _show_report(self, report) -> None:
        m = self.balances_model
        m.clear()
        m.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Balance")])
        fit_columns(self.balances, names=0)  # after clear(): the balance stays in view
        for b in report.balances:
            shown = -b.money if b.kind in CREDIT_NORMAL else b.money
            items = [QStandardItem(account_name(b.account)),
                     QStandardItem(shown.text(grouped=True))]
            items[1].setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            for item in items:
                item.setEditable(False)
            m.appendRow(items)
        net = ", ".join(x.text(grouped=True) for x in report.net_income()) or "—"
        self.profit.setText(self.tr("Income less expenses in the period: {amount}").format(
            amount=net))

    def _selected_entry(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.show_info(self, self.tr("Choose an entry first."))
            return None
        return self.model.row(rows[0].row()).entry

    def _selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row(rows[0].row()) if rows else None
        self.buttons["receipt"].setEnabled(bool(row and row.receipt))

    # ---------------------------------------------------------------- actions
    def record_entry(self, *, dialog: EntryDialog | None = None):
        """Ask for an entry and post it on the book's writer."""
        dialog = dialog or EntryDialog(self, service.accounts(self.ctx.session.work()))
        if dialog.exec() != QDialog.Accepted:
            return None
        debit, credit = dialog.debit.currentData(), dialog.credit.currentData()
        amount, code = dialog.amount.text(), dialog.currency.currentText()
        memo, day, receipt = dialog.memo.text(), dialog.day_text(), dialog.receipt.text()

        def task(work, _ctx):
            return service.record(work, debit, credit, amount, currency_code=code, memo=memo,
                                  at=service.day_start(day) + 12 * 3600, receipt=receipt)

        op = self.ctx.tasks.write(self.tr("Posting the entry"), task, owner=self)
        op.on_success(lambda entry_id: dialogs.show_info(self, self.tr(
            "Posted entry #{entry}.").format(entry=entry_id)))
        return op

    def show_receipt(self):
        """Show the chosen entry's receipt picture (the file is looked up on the pool)."""
        entry_id = self._selected_entry()
        if entry_id is None:
            return None
        op = self.ctx.tasks.query(self.tr("Reading the receipt"),
                                  lambda work, _c: service.receipt_file(work, entry_id),
                                  owner=self)
        op.on_success(lambda path: ReceiptDialog(self, entry_id, path).exec())
        return op

    def reverse_entry(self):
        entry_id = self._selected_entry()
        if entry_id is None:
            return None
        if not dialogs.ask(self, self.tr("Reverse entry #{entry}? A new entry undoes it; the "
                                         "entry itself stays.").format(entry=entry_id)):
            return None
        op = self.ctx.tasks.write(self.tr("Reversing the entry"),
                                  lambda work, _c: service.reverse(work, entry_id), owner=self)
        op.on_success(lambda new_id: dialogs.show_info(self, self.tr(
            "Entry #{entry} is reversed by entry #{reversal}.").format(entry=entry_id,
                                                                        reversal=new_id)))
        return op

    def _export(self, caption: str, name: str, pattern: str, fn):
        path, _ = QFileDialog.getSaveFileName(self, caption, name, pattern)
        if not path:
            return None
        op = self.ctx.tasks.write(self.tr("Exporting the books"),
                                  lambda work, _c: fn(work, path), owner=self)
        op.on_success(lambda count: dialogs.show_info(self, self.tr(
            "Wrote {path}.").format(path=path)))
        return op

    def export_beancount(self):
        return self._export(self.tr("Export for Beancount"), "books.beancount",
                            self.tr("Beancount files (*.beancount)"), service.export_beancount)

    def export_csv(self):
        return self._export(self.tr("Export journal CSV"), "journal.csv",
                            self.tr("CSV files (*.csv)"), service.export_csv)

    def export_report(self):
        """Every report of the period in the filters, as XLSX, PDF or CSV."""
        try:
            start, end = self._period()
        except Exception as e:
            dialogs.show_error(self, e)
            return None
        words = report_words()
        pattern = self.tr("Excel workbooks (*.xlsx);;PDF files (*.pdf);;CSV files (*.csv)")
        return self._export(self.tr("Export report"), "books.xlsx", pattern,
                            lambda work, path: service.export_report(
                                work, path, start, end, lambda to, sections, period:
                                write_report_pdf(to, words["Books"], period, sections, words),
                                storefront.buyer_names(work)))
