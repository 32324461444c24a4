"""Profiles: each business its own book. Create, open, rename, back up, restore and delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QAbstractItemView, QHeaderView)

from desktop.services import profile_backup
from desktop.i18n import size_words
from desktop.services.chainless import is_chainless
from desktop.services.events import ProfileOpened
from desktop.services.roles import ROLES, role_of
from desktop.services.wallet import close_sandboxes
from desktop.ui import dialogs
from desktop.ui.i18n import role_word
from desktop.ui.pages.base import Page


class ProfilesPage(Page):
    key = "profiles"
    open_requested = Signal(str)


    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Profiles"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        intro = QLabel(self.tr("Each profile is one business with its own book. Back up often; a "
                               "backup can be taken while you work, and it holds the profile's "
                               "keys too, encrypted with a password you choose."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("profiles")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Size"),
                                              self.tr("Folder")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for name, label, slot in [
            ("new", self.tr("New…"), self.create),
            ("open", self.tr("Open"), self.open_selected),
            ("rename", self.tr("Rename…"), self.rename),
            ("backup", self.tr("Back up…"), self.backup),
            ("restore", self.tr("Restore…"), self.restore),
            ("delete", self.tr("Delete…"), self.delete),
            ("no_chain", self.tr("WeChat Pay / Alipay only"), self.toggle_no_chain),
            ("role", self.tr("Role…"), self.change_role),
        ]:
            button = QPushButton(label)
            button.setObjectName(f"profile_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        ctx.events.listen(ProfileOpened, lambda _e: self.reload())
        self.reload()

    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        profiles = self.ctx.session.profiles.list()
        current = self.ctx.session.profile.name if self.ctx.session.profile else None
        self.table.setRowCount(len(profiles))
        for row, profile in enumerate(profiles):
            name = QTableWidgetItem(profile.name)
            name.setData(Qt.UserRole, profile.name)
            if profile.name == current:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(role_word(self._role(profile.name))))
            self.table.setItem(row, 2, QTableWidgetItem(
                size_words(profile.book_path.stat().st_size, QCoreApplication.translate)))
            self.table.setItem(row, 3, QTableWidgetItem(str(profile.folder)))

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None

    def create(self) -> None:
        name = dialogs.ask_text(self, self.tr("New profile"), self.tr("Name of the new profile:"))
        if not name:
            return
        no_chain = dialogs.ask(self, self.tr(
            "Take payments by WeChat Pay and Alipay only, without a chain or a wallet? (In "
            "mainland China stablecoins are not legal tender.) You can change this later."),
            self.tr("New profile"))
        try:
            self.ctx.session.profiles.create(name, no_chain=no_chain)
        except Exception as e:
            dialogs.show_error(self, e)
        self.reload()

    def toggle_no_chain(self) -> None:
        """Switch the chosen profile between WeChat Pay / Alipay only and the escrow too (as
        `ziliudi profile set --no-chain | --chain`)."""
        name = self.selected_name()
        if not name:
            dialogs.show_info(self, self.tr("Choose a profile first."))
            return
        profiles = self.ctx.session.profiles
        try:
            db = profiles.open(name)
            try:
                on = not is_chainless(db)
            finally:
                db.close()
            profiles.set_no_chain(name, on)
        except Exception as e:
            dialogs.show_error(self, e)
            return
        dialogs.show_info(self, (self.tr("{name} now sells without a chain (WeChat Pay and "
                                         "Alipay only).") if on else
                                 self.tr("{name} now sells through the escrow too.")
                                 ).format(name=name))
        current = self.ctx.session.profile
        if current is not None and current.name == name:
            self.open_requested.emit(name)  # the window shows or hides the chain's pages
        self.reload()

    def _role(self, name: str) -> str:
        db = self.ctx.session.profiles.open(name)
        try:
            return role_of(db)
        finally:
            db.close()

    def change_role(self) -> None:
        """Say what the chosen profile's business does (as `ziliudi profile set --role`); the
        status bar shows it."""
        name = self.selected_name()
        if not name:
            dialogs.show_info(self, self.tr("Choose a profile first."))
            return
        try:
            role = dialogs.ask_choice(self, self.tr("Role of {name}").format(name=name),
                                      self.tr("What does this business do?"),
                                      {r: role_word(r) for r in ROLES}, self._role(name))
            if role is None:
                return
            self.ctx.session.profiles.set_role(name, role)
        except Exception as e:
            dialogs.show_error(self, e)
            return
        dialogs.show_info(self, self.tr("{name}'s role is now: {role}.").format(
            name=name, role=role_word(role)))
        current = self.ctx.session.profile
        if current is not None and current.name == name:
            self.open_requested.emit(name)  # the status bar names the new role
        self.reload()

    def open_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.open_requested.emit(name)

    def rename(self) -> None:
        old = self.selected_name()
        if not old:
            return
        new = dialogs.ask_text(self, self.tr("Rename profile"), self.tr("New name:"), old)
        if not new or new == old:
            return

        session = self.ctx.session
        reopen = session.profile is not None and session.profile.name == old
        if reopen:
            session.close()
        renamed = None
        try:
            # The profile's Sandbox chain, open in this process, lives in the folder that moves.
            close_sandboxes(session.profiles.get(old).folder)
            renamed = session.profiles.rename(old, new)
        except Exception as e:
            dialogs.show_error(self, e)
        if reopen:
            self.open_requested.emit(renamed.name if renamed else old)
        self.reload()

    def backup(self):
        name = self.selected_name()
        if not name:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up profile"),
                                              str(Path.home() / f"{name}.ziliudi"),
                                              self.tr("Ziliudi backup (*.ziliudi)"))
        if not path:
            return
        title = self.tr("Back up profile")
        password = dialogs.ask_password(self, title, self.tr("A password for the backup (it is "
                                                             "needed to restore it):"))
        if not password:
            return
        if dialogs.ask_password(self, title, self.tr("The same password again:")) != password:
            dialogs.show_error(self, self.tr("The passwords do not match."))
            return
        store = self.ctx.session.profiles
        op = self.ctx.tasks.query(
            self.tr("Backing up {name}").format(name=name),
            lambda _work, _c: profile_backup.backup(store, name, Path(path), password), owner=self)
        op.on_success(lambda dest: dialogs.notice(self, self.tr("Backed up to {path}").format(
            path=dest), dest))
        return op

    def restore(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore profile"), str(Path.home()),
                                              self.tr("Ziliudi backup (*.ziliudi *.db);;All files (*)"))
        if not path:
            return
        title = self.tr("Restore profile")
        password = None
        try:
            encrypted = profile_backup.is_encrypted(profile_backup.backup_file(Path(path)))
        except Exception as e:
            dialogs.show_error(self, e)
            return
        if encrypted:
            password = dialogs.ask_password(self, title, self.tr("The backup's password:"))
            if not password:
                return
        name = dialogs.ask_text(self, title, self.tr("Name of the restored profile:"), Path(path).stem)
        if not name:
            return
        store = self.ctx.session.profiles
        replace = False
        if store.exists(name):
            if self.ctx.session.profile and self.ctx.session.profile.name == name:
                dialogs.show_error(self, self.tr("Open another profile before replacing this one."))
                return
            replace = dialogs.ask(self, self.tr("Replace the profile “{name}”? Its current book is kept "
                                                "beside it as book.db.before-restore.").format(name=name))
            if not replace:
                return
        op = self.ctx.tasks.query(
            self.tr("Restoring {name}").format(name=name),
            lambda _work, _c: profile_backup.restore(store, Path(path), password, name, replace=replace),
            owner=self)
        op.on_success(lambda _p: self.reload())
        return op

    def delete(self):
        name = self.selected_name()
        if not name:
            return
        session = self.ctx.session
        if session.profile and session.profile.name == name:
            dialogs.show_error(self, self.tr("Open another profile before deleting this one."))
            return
        if not dialogs.ask(self, self.tr("Delete the profile {name}, its book and its keys? This "
                                         "cannot be undone.").format(name=name)):
            return
        store = session.profiles
        op = self.ctx.tasks.query(self.tr("Deleting {name}").format(name=name),
                                  lambda _work, _c: profile_backup.delete(store, name), owner=self)
        op.on_success(lambda _r: self.reload())
        return op
