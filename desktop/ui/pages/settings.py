"""Settings: interface language and other preferences kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from desktop.ui.i18n import LANGUAGE_KEY, SYSTEM
from desktop.ui.pages.base import IDLE_LOCK_KEY, Page, idle_lock_options


class SettingsPage(Page):
    key = "settings"
    language_chosen = Signal(str)


    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), SYSTEM)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        current = ctx.settings.value(LANGUAGE_KEY, SYSTEM)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)
        self.idle_lock = QSpinBox()
        self.idle_lock.setObjectName("idle_lock")
        self.idle_lock.setRange(1, 240)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setValue(int(ctx.settings.value(IDLE_LOCK_KEY, 5)))
        self.idle_lock.valueChanged.connect(self._idle_lock_changed)
        form.addRow(self.tr("Lock the wallet after idle"), self.idle_lock)
        layout.addLayout(form)
        layout.addStretch(1)

    def _idle_lock_changed(self, minutes: int) -> None:
        self.ctx.settings.setValue(IDLE_LOCK_KEY, minutes)
        self.ctx.session.wallet_options = idle_lock_options(self.ctx.settings)

    def _language_changed(self, _index: int) -> None:
        choice = self.language.currentData()
        self.ctx.settings.setValue(LANGUAGE_KEY, choice)
        self.language_chosen.emit(choice)
