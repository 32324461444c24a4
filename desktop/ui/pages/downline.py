"""The Downline page: the upline this profile's account joined, the members below it (a lazy
tree: each level is read when it is opened), and the three steps of growing it with no
server: invite (a signed code, link and QR), join (the invitee signs an acceptance) and
accept (the upline records the member from that acceptance). Below the tree, a chart of the
team's sales and commission per month (the account's, or the chosen member's), and a
lot's commission plan behind its own button. The services are desktop.services.downline,
as for `ziliudi downline`."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout)

from desktop.render.downline_statement import write_statement_pdf
from desktop.services import downline as service
from desktop.services.events import BookChanged, ProfileOpened
from desktop.ui import dialogs
from desktop.ui.downline_chart import TeamChart
from desktop.ui.downline_paid import MarkPaidDialog
from desktop.ui.downline_plan import PlanDialog
from desktop.ui.pages.base import Page

PAGE_ROWS = 500  # members read per level at a time; "More…" reads the next ones


def payee_rows(work, seller: str) -> list[tuple[str, str]]:
    """For a signing prompt: per lot, who its offers pay per unit besides the seller."""
    rows = []
    for lot in service.payees_by_lot(work, seller):
        parts = []
        if lot.supplier:
            parts.append(QCoreApplication.translate(
                "DownlinePage", "the supplier {account}: its supply price").format(
                account=lot.supplier))
        for account, level, bps in lot.uplines:
            parts.append(QCoreApplication.translate(
                "DownlinePage", "{account} (level {level}): {rate}% of the price, rounded "
                "down").format(account=account, level=level, rate=f"{bps / 100:g}"))
        if parts:
            rows.append((QCoreApplication.translate("DownlinePage", "Paid per unit ({lot})")
                         .format(lot=lot.title),
                         QCoreApplication.translate("DownlinePage", "{parts}; you get the rest")
                         .format(parts=", ".join(parts))))
    return rows


class TextDialog(QDialog):
    """A text to send to someone (an invite, an acceptance), with a Copy button and, for an
    invite, its QR code."""

    def __init__(self, parent, title: str, intro: str, text: str, qr_png: bytes | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        if qr_png:
            qr = QLabel()
            qr.setObjectName("invite_qr")
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png, "PNG")
            qr.setPixmap(pixmap)
            layout.addWidget(qr, 0, Qt.AlignHCenter)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("shared_text")
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ActionRole)
        copy.setObjectName("copy_text")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class StatementDialog(QDialog):
    """A month's statement, one row per member and a total per currency, savable as CSV,
    XLSX and PDF."""

    def __init__(self, parent, month: str, lines):
        super().__init__(parent)
        self.lines = lines
        self.month = month
        self.setWindowTitle(self.tr("Statement for {month}").format(month=month))
        layout = QVBoxLayout(self)
        rows = service.statement_text_rows(lines)
        self.table = QTableWidget(len(rows), 10)
        self.table.setObjectName("statement_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Member"), self.tr("Sales"), self.tr("Refunded"), self.tr("Kept"),
            self.tr("Level 2"), self.tr("Level 3"), self.tr("Frozen"), self.tr("Available"),
            self.tr("Settled"), self.tr("Reversed")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        at = {name: n for n, name in enumerate(service.STATEMENT_COLUMNS)}
        for row, values in enumerate(rows):
            for col, name in enumerate(("member", "sales", "refunded", "own", "level2",
                                        "level3", "frozen", "available", "settled",
                                        "reversed")):
                value = values[at[name]]
                if name == "member" and value == service.TOTAL:
                    value = self.tr("Total")
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        save = buttons.addButton(self.tr("Save CSV…"), QDialogButtonBox.ActionRole)
        save.setObjectName("statement_csv")
        save.clicked.connect(self.save_csv)
        self._add_exports(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save_csv(self) -> None:
        """The statement as CSV, each currency's lines then its total."""
        self._save("csv", self.tr("CSV files (*.csv)"),
                   lambda path: service.export_statement_csv(self.lines, path))

    def _add_exports(self, buttons: QDialogButtonBox) -> None:
        for key, text, slot in (("statement_xlsx", self.tr("Save XLSX…"), self.save_xlsx),
                                ("statement_pdf", self.tr("Save PDF…"), self.save_pdf)):
            button = buttons.addButton(text, QDialogButtonBox.ActionRole)
            button.setObjectName(key)
            button.clicked.connect(slot)

    def _save(self, suffix: str, pattern: str, write) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement"),
                                              f"statement-{self.month}.{suffix}", pattern)
        if not path:
            return
        try:
            with dialogs.busy():
                write(path)
        except Exception as e:
            dialogs.show_error(self, e)
            return
        dialogs.notice(self, self.tr("Wrote {path}.").format(path=path), path)

    def save_xlsx(self) -> None:
        """The statement as an XLSX workbook, each currency's lines then its total."""
        self._save("xlsx", self.tr("Excel workbooks (*.xlsx)"), lambda path:
                   service.export_statement_xlsx(self.lines, path, self.month))

    def save_pdf(self) -> None:
        """The statement as an A4 PDF, in the words of this window's language."""
        words = statement_words()
        self._save("pdf", self.tr("PDF files (*.pdf)"), lambda path: service.export_statement_pdf(
            self.lines, path, self.month, lambda to, month, columns, rows: write_statement_pdf(
                to, self.tr("Downline statement {month}").format(month=month),
                self.tr("Each member's sales, what they kept, and their commission by level "
                        "and state"), columns, rows, words)))


def statement_words() -> dict:
    """The statement's column names, "total" and "currency" as the PDF prints them."""
    words = {"member": QT_TRANSLATE_NOOP("StatementDialog", "Member"),
             "sales": QT_TRANSLATE_NOOP("StatementDialog", "Sales"),
             "refunded": QT_TRANSLATE_NOOP("StatementDialog", "Refunded"),
             "own": QT_TRANSLATE_NOOP("StatementDialog", "Kept"),
             "level2": QT_TRANSLATE_NOOP("StatementDialog", "Level 2"),
             "level3": QT_TRANSLATE_NOOP("StatementDialog", "Level 3"),
             "frozen": QT_TRANSLATE_NOOP("StatementDialog", "Frozen"),
             "available": QT_TRANSLATE_NOOP("StatementDialog", "Available"),
             "settled": QT_TRANSLATE_NOOP("StatementDialog", "Settled"),
             "reversed": QT_TRANSLATE_NOOP("StatementDialog", "Reversed"),
             "total": QT_TRANSLATE_NOOP("StatementDialog", "Total"),
             "currency": QT_TRANSLATE_NOOP("StatementDialog", "Currency")}
    return {key: QCoreApplication.translate("StatementDialog", text)
            for key, text in words.items()}


class DownlinePage(Page):
    key = "downline"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.account = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Downline"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Distributors you invited, and theirs. Commissions come from real "
                              "sales only: never an entry fee, never pay for recruiting."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.summary = QLabel()
        self.summary.setObjectName("downline_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("invite", self.tr("Invite…"), self.invite),
                                ("join", self.tr("Join an upline…"), self.join),
                                ("accept", self.tr("Accept a member…"), self.accept_member),
                                ("statement", self.tr("Statement…"), self.statement),
                                ("plan", self.tr("Commission plan…"), self.commission_plan),
                                ("paid", self.tr("Mark paid…"), self.mark_paid)):
            button = QPushButton(text)
            button.setObjectName(f"downline_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tree = QTreeWidget()
        self.tree.setObjectName("downline_tree")
        self.tree.setHeaderLabels([self.tr("Member"), self.tr("Joined"),
                                   self.tr("Members below")])
        self.tree.itemExpanded.connect(self._expanded)
        self.tree.currentItemChanged.connect(lambda item, _old: self.refresh_chart())
        layout.addWidget(self.tree, 1)
        self.chart = TeamChart()
        layout.addWidget(self.chart, 1)
        ctx.events.listen(BookChanged, self._changed)
        ctx.events.listen(ProfileOpened, lambda e: self.refresh())
        self.refresh()

    # ---------------------------------------------------------------- view
    def _changed(self, event: BookChanged) -> None:
        if event.areas & {"downline", "wallet"}:
            self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the account, its upline and the first level below it again."""
        self.tree.clear()
        self.account = None
        self.chart.hide()  # until there is an account whose team it shows
        if self.ctx.session.profile is None:
            self.summary.setText("")
            return
        work = self.ctx.session.work(read_only=True)
        try:
            self.account = service.own_account(work)
        except Exception as e:  # no account, or several and no payout account: say which
            self.summary.setText(dialogs.error_text(e))
            return
        top = service.tree(work, self.account, limit=PAGE_ROWS)
        upline = top.upline or self.tr("none")
        self.summary.setText(self.tr("Your account {account}; upline: {upline}; {count} members "
                                     "below you.").format(account=self.account, upline=upline,
                                                          count=top.total))
        self._add(self.tree.invisibleRootItem(), top.members)
        self.chart.show()
        self.refresh_chart()

    def refresh_chart(self):
        """Read the chosen member's (else the account's) months on the pool and chart them."""
        if self.account is None:
            return None
        item = self.tree.currentItem()
        member = item.data(0, Qt.UserRole) if item is not None else self.account
        team = (self.tr("Your team") if member == self.account
                else self.tr("Team of {member}").format(member=member))
        op = self.ctx.tasks.query(self.tr("Reading the team's months"),
                                  lambda work, _c: service.monthly_figures(work, member),
                                  owner=self, quiet=True)
        op.on_success(lambda figures: self.chart.show_months(team, figures))
        return op

    def _add(self, parent: QTreeWidgetItem, members) -> None:
        for m in members:
            item = QTreeWidgetItem([m.member, time.strftime("%Y-%m-%d", time.localtime(
                m.joined_at)), str(m.members)])
            item.setData(0, Qt.UserRole, m.member)
            if m.members:
                item.setChildIndicatorPolicy(QTreeWidgetItem.ShowIndicator)
            parent.addChild(item)

    def _expanded(self, item: QTreeWidgetItem) -> None:
        if item.childCount() or self.account is None:
            return
        work = self.ctx.session.work(read_only=True)
        below = service.tree(work, self.account, parent=item.data(0, Qt.UserRole),
                             limit=PAGE_ROWS)
        self._add(item, below.members)

    # ---------------------------------------------------------------- actions
    def _own_account(self) -> str | None:
        try:
            return service.own_account(self.ctx.session.work(read_only=True))
        except Exception as e:
            dialogs.show_error(self, e)
            return None

    def invite(self):
        """Sign an invite with this profile's account and show its code, link and QR."""
        address = self._own_account()
        if address is None:
            return None
        signing = [(self.tr("What"), self.tr("An invite to your downline (EIP-712, "
                                             "“Ziliudi Downline”)")),
                   (self.tr("Upline"), address), (self.tr("Valid for"), self.tr("7 days"))]
        password = dialogs.ask_password(self, self.tr("Invite"), self.tr(
            "Password of {account}:").format(account=address), signing)
        if password is None:
            return None
        op = self.ctx.tasks.write(self.tr("Signing the invite"),
                                  lambda work, _c: service.invite(work, address, password),
                                  owner=self)
        op.on_success(self._show_invite)
        return op

    def _show_invite(self, issued) -> None:
        TextDialog(self, self.tr("Invite"), self.tr(
            "Send this invite, or let the invitee scan the code. It can be used until {date}."
        ).format(date=time.strftime("%Y-%m-%d %H:%M", time.localtime(issued.invite.expiry))),
            issued.text, issued.qr_png).exec()

    def join(self):
        """Join the upline of an invite: check it, sign the acceptance, show it to send back."""
        address = self._own_account()
        if address is None:
            return None
        text = dialogs.ask_text(self, self.tr("Join an upline"),
                                self.tr("Paste the invite (its code or link):"))
        if not text:
            return None
        work = self.ctx.session.work(read_only=True)
        try:
            invite = service.read_invite(work, text)
            service.check_join(work, address, invite)
        except Exception as e:
            dialogs.show_error(self, e)
            return None
        signing = [(self.tr("What"), self.tr("Joining a downline, once and for good")),
                   (self.tr("Upline"), invite.upline), (self.tr("Member"), address)]
        password = dialogs.ask_password(self, self.tr("Join an upline"), self.tr(
            "Password of {account}:").format(account=address), signing)
        if password is None:
            return None
        op = self.ctx.tasks.write(self.tr("Joining the downline"),
                                  lambda work, _c: service.join(work, address, password, text),
                                  owner=self)
        op.on_success(self._show_acceptance)
        return op

    def _show_acceptance(self, acceptance) -> None:
        TextDialog(self, self.tr("Joined"), self.tr(
            "You are in the downline of {upline}. Send this acceptance back to them so that "
            "they can record you.").format(upline=acceptance.invite.upline),
            acceptance.text).exec()

    def accept_member(self):
        """Record a member from the acceptance it sent back."""
        text = dialogs.ask_text(self, self.tr("Accept a member"),
                                self.tr("Paste the member's acceptance:"))
        if not text:
            return None
        op = self.ctx.tasks.write(self.tr("Recording the member"),
                                  lambda work, _c: service.accept_member(work, text), owner=self)
        op.on_success(lambda a: dialogs.show_info(self, self.tr(
            "{member} is in your downline.").format(member=a.member)))
        return op

    def statement(self):
        """Every member's statement for a month, after recording the sales closed since."""
        month = dialogs.ask_text(self, self.tr("Statement"), self.tr("Month (YYYY-MM):"),
                                 service.this_month())
        if not month:
            return None
        op = self.ctx.tasks.write(self.tr("Building the statement"),
                                  lambda work, _c: service.statement(work, month), owner=self)
        op.on_success(lambda lines: StatementDialog(self, month, lines).exec())
        return op

    def commission_plan(self):
        """Show a lot's commission plan and customer binding, and set them as
        `ziliudi downline plan` does (the same checks and refusals)."""
        work = self.ctx.session.work(read_only=True)
        titles = service.plan_lots(work)
        if not titles:
            dialogs.show_error(self, self.tr("There is no lot yet: a commission plan belongs "
                                             "to a lot (make one on the Lots page)."))
            return None
        dialog = PlanDialog(self, titles, lambda title: service.plan(work, title))
        if dialog.exec() != QDialog.Accepted:
            return None
        v = dialog.values()

        def save(work, _c):
            return service.set_plan(
                work, v["title"], levels=v["levels"], binding=v["binding"], days=v["days"],
                entry_fee=service.nonzero_amount(v["entry_fee"]),
                recruit_reward=service.nonzero_amount(v["recruit_reward"]))

        op = self.ctx.tasks.write(self.tr("Saving the commission plan"), save, owner=self)
        op.on_success(lambda plan: dialogs.show_info(self, self.plan_text(plan)))
        return op

    def plan_text(self, plan) -> str:
        """A saved plan in a sentence, with its warnings."""
        rates = service.levels_text(plan.levels_bps).split(",") if plan.levels_bps else []
        levels = ", ".join(self.tr("level {n}: {rate}%").format(n=n, rate=rate)
                           for n, rate in enumerate(rates, 1))
        binding = {"permanent": self.tr("permanently"),
                   "days": self.tr("for {days} days").format(days=plan.binding.days),
                   "latest": self.tr("until another distributor brings them")}[plan.binding.mode]
        lines = [self.tr("{lot}: {levels}; customers stay with their distributor {binding}.")
                 .format(lot=plan.title, levels=levels or self.tr("no commission"),
                         binding=binding)]
        lines += [QCoreApplication.translate("lots", w) for w in plan.warnings]
        return "\n\n".join(lines)

    def mark_paid(self):
        """Mark paid by hand what a member is owed for a month's offline orders, once it is
        available, after a confirmation that says whom and how much."""
        selected = self.tree.currentItem()
        member = dialogs.ask_text(self, self.tr("Mark paid"), self.tr("Member's address:"),
                                  selected.data(0, Qt.UserRole) if selected else "")
        if not member:
            return None
        month = dialogs.ask_text(self, self.tr("Mark paid"),
                                 self.tr("Month of the sales (YYYY-MM):"), service.this_month())
        if not month:
            return None
        op = self.ctx.tasks.write(self.tr("Reading what is owed"),
                                  lambda work, _c: service.owed(work, member, month), owner=self)
        op.on_success(self._confirm_paid)
        return op

    def _confirm_paid(self, owed) -> None:
        dialog = MarkPaidDialog(self, self.tr(
            "Mark {amount} paid to {member} for {month}? It is their commission on {count} "
            "offline sales; it becomes settled.").format(
            amount=owed.text, member=owed.member, month=owed.month, count=owed.sales))
        if dialog.exec() != QDialog.Accepted:
            return
        via = dialog.via.currentData()
        op = self.ctx.tasks.write(self.tr("Marking paid"), lambda work, _c: service.mark_paid(
            work, owed.member, owed.month, via=via), owner=self)
        op.on_success(lambda done: dialogs.show_info(self, self.tr(
            "Marked {amount} paid to {member} for {month}.").format(
            amount=done.text, member=done.member, month=done.month)))
