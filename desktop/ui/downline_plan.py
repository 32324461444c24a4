"""The commission plan of a lot, shown and set from the Downline page as `ziliudi downline
plan LOT --levels 10,3 --binding days --days 30` does, with the same refusals (the service
checks; this dialog only collects): levels count the distributor who made the sale, three
at most and with a warning, and never an entry fee or a reward for recruiting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QSpinBox)

from desktop.services import downline as service
from shop.downline.errors import DownlineError
from shop.downline.plan import BINDINGS, DAYS, LATEST, PERMANENT, parse_levels
from shop.lots.model import MAX_LEVELS, THREE_LEVELS_WARNING


class PlanDialog(QDialog):
    """A lot, its percent per level, how its customers stay bound, and the two things the
    law forbids (asked for so that a seller who tries is told why)."""

    def __init__(self, parent, titles: list[str], read_plan):
        super().__init__(parent)
        self.read_plan = read_plan  # title -> services.downline.Plan
        self.setWindowTitle(self.tr("Commission plan"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Percent of the price per level, level 1 being the distributor "
                               "who made the sale: 10,3 pays the seller 10% and its upline 3%. "
                               "Commissions come from real sales only."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.lot = QComboBox()
        self.lot.setObjectName("plan_lot")
        self.lot.addItems(titles)
        self.levels = QLineEdit()
        self.levels.setObjectName("plan_levels")
        self.levels.setPlaceholderText("10,3")
        self.binding = QComboBox()
        self.binding.setObjectName("plan_binding")
        for mode, text in ((PERMANENT, self.tr("Permanently")),
                           (DAYS, self.tr("For some days")),
                           (LATEST, self.tr("To the latest referrer"))):
            self.binding.addItem(text, mode)
        self.days = QSpinBox()
        self.days.setObjectName("plan_days")
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.entry_fee = QLineEdit()
        self.entry_fee.setObjectName("plan_entry_fee")
        self.entry_fee.setPlaceholderText(self.tr("never allowed"))
        self.recruit_reward = QLineEdit()
        self.recruit_reward.setObjectName("plan_recruit_reward")
        self.recruit_reward.setPlaceholderText(self.tr("never allowed"))
        self.warning = QLabel(QCoreApplication.translate("lots", THREE_LEVELS_WARNING))
        self.warning.setObjectName("plan_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b03a2e")
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(self.tr("Percent per level"), self.levels)
        form.addRow(self.warning)
        form.addRow(self.tr("Customers stay with their distributor"), self.binding)
        form.addRow(self.tr("For"), self.days)
        form.addRow(self.tr("Entry fee"), self.entry_fee)
        form.addRow(self.tr("Reward per recruit"), self.recruit_reward)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.lot.currentTextChanged.connect(self.show_plan)
        self.levels.textChanged.connect(self._levels_changed)
        self.binding.currentIndexChanged.connect(self._binding_changed)
        self.show_plan(self.lot.currentText())

    def show_plan(self, title: str) -> None:
        """Fill the form with the lot's plan as it stands."""
        if not title:
            return
        plan = self.read_plan(title)
        self.levels.setText(service.levels_text(plan.levels_bps))
        self.binding.setCurrentIndex(BINDINGS.index(plan.binding.mode))
        self.days.setValue(plan.binding.days)
        self._binding_changed()

    def _levels_changed(self) -> None:
        try:
            deep = len(parse_levels(self.levels.text())) >= MAX_LEVELS
        except DownlineError:
            deep = False  # said when saving, with the reason
        self.warning.setVisible(deep)

    def _binding_changed(self) -> None:
        self.days.setEnabled(self.binding.currentData() == DAYS)

    def values(self) -> dict:
        """Keyword arguments for services.downline.set_plan, title first; the entry fee and
        the reward as the text typed (services.downline.nonzero_amount reads them)."""
        return {"title": self.lot.currentText(), "levels": self.levels.text().strip(),
                "binding": self.binding.currentData(), "days": self.days.value(),
                "entry_fee": self.entry_fee.text(), "recruit_reward": self.recruit_reward.text()}
