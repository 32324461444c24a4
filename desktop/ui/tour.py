"""A short tour of the areas: a small window beside the navigation, one area at a time, with
Next and Skip. The demo shows it the first time it opens; Help ▸ Tour shows it again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

#: (page key, what the area is for), in the order the tour shows them.
STEPS = [
    ("dashboard", QT_TRANSLATE_NOOP("Tour", "Overview: this month's sales and profit, the money on "
                                            "hand and the stock, at a glance.")),
    ("lots", QT_TRANSLATE_NOOP("Tour", "Lots: the stock you clear, imported from a spreadsheet or "
                                       "a supplier's signed lot sheet.")),
    ("storefront", QT_TRANSLATE_NOOP("Tour", "Storefront: pick items into your own shop page and "
                                             "share it with your WeChat groups.")),
    ("orders", QT_TRANSLATE_NOOP("Tour", "Orders & escrow: buyers' payments wait in the escrow "
                                         "until the goods arrive.")),
    ("wallet", QT_TRANSLATE_NOOP("Tour", "Wallet: your accounts and balances; the demo runs on the "
                                         "Sandbox, with test money.")),
    ("books", QT_TRANSLATE_NOOP("Tour", "Books: the journal of every sale and cost, offline ones "
                                        "too, and the exports for your accountant.")),
]


class Tour(QDialog):
    """The tour over a main window: each step shows its area's page, selects its entry in the
    navigation and sits beside it. Areas the profile hides (no chain: Wallet, Orders) are left out."""

    def __init__(self, window):
        super().__init__(window, Qt.Tool)
        self.window_ = window
        self.setObjectName("tour")
        self.setModal(False)
        self.setWindowTitle(self.tr("Tour"))
        self.steps = [(key, text) for key, text in STEPS
                      if not window.nav.item(window.keys.index(key)).isHidden()]
        self.index = 0
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.text = QLabel()
        self.text.setObjectName("tour_text")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(280)
        self.count = QLabel()
        self.count.setObjectName("tour_count")
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("tour_skip")
        self.skip_button.clicked.connect(self.close)
        self.next_button = QPushButton()
        self.next_button.setObjectName("tour_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        for widget in (self.heading, self.text):
            layout.addWidget(widget)
        layout.addLayout(row)

    @property
    def key(self) -> str:
        """The page of the step shown now."""
        return self.steps[self.index][0]

    def start(self) -> None:
        """Show the first step."""
        self.index = 0
        self._show_step()
        self.show()

    def next(self) -> None:
        """The next step, or the end after the last."""
        if self.index + 1 >= len(self.steps):
            self.close()
            return
        self.index += 1
        self._show_step()

    def _show_step(self) -> None:
        key, text = self.steps[self.index]
        window = self.window_
        window.show_page(key)
        row = window.keys.index(key)
        self.heading.setText(window.nav.item(row).text())
        self.text.setText(QCoreApplication.translate("Tour", text))
        self.count.setText(self.tr("{n} of {total}").format(n=self.index + 1, total=len(self.steps)))
        last = self.index + 1 == len(self.steps)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.skip_button.setVisible(not last)
        # Beside the area's entry in the navigation, so the two are seen together.
        rect = window.nav.visualItemRect(window.nav.item(row))
        self.adjustSize()
        self.move(window.nav.viewport().mapToGlobal(QPoint(rect.right() + 12, rect.top())))
