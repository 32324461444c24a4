"""The pages of the main window, in navigation order. Each area of the product adds its page here.

A page's module is imported when the page is first shown, so the window opens without loading
every area of the product.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageEntry:
    key: str
    cls_name: str  # the page's class, which is also the translation context of its title
    text: str  # the navigation title, in English
    module: str
    needs_book: bool = True  # False for the pages that work with no profile open

    def title(self) -> str:
        return QCoreApplication.translate(self.cls_name, self.text)

    def load(self) -> type:
        """The page's class (importing its module)."""
        return getattr(importlib.import_module(self.module), self.cls_name)


PAGES = [
    PageEntry("dashboard", "DashboardPage", QT_TRANSLATE_NOOP("DashboardPage", "Overview"),
              "desktop.ui.pages.dashboard"),
    PageEntry("lots", "LotsPage", QT_TRANSLATE_NOOP("LotsPage", "Lots"), "desktop.ui.pages.lots"),
    PageEntry("orders", "OrdersPage", QT_TRANSLATE_NOOP("OrdersPage", "Orders & escrow"), "desktop.ui.pages.orders"),
    PageEntry("arbitration", "ArbitrationPage",
              QT_TRANSLATE_NOOP("ArbitrationPage", "Arbitration"), "desktop.ui.pages.arbitration"),
    PageEntry("offline", "OfflinePage", QT_TRANSLATE_NOOP("OfflinePage", "Offline sales"),
              "desktop.ui.pages.offline"),
    PageEntry("downline", "DownlinePage", QT_TRANSLATE_NOOP("DownlinePage", "Downline"),
              "desktop.ui.pages.downline"),
    PageEntry("books", "BooksPage", QT_TRANSLATE_NOOP("BooksPage", "Books"), "desktop.ui.pages.books"),
    PageEntry("wallet", "WalletPage", QT_TRANSLATE_NOOP("WalletPage", "Wallet"), "desktop.ui.pages.wallet"),
    PageEntry("storefront", "StorefrontPage", QT_TRANSLATE_NOOP("StorefrontPage", "Storefront"),
              "desktop.ui.pages.storefront"),
    PageEntry("profiles", "ProfilesPage", QT_TRANSLATE_NOOP("ProfilesPage", "Profiles"), "desktop.ui.pages.profiles",
              needs_book=False),
    PageEntry("settings", "SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings"), "desktop.ui.pages.settings",
              needs_book=False),
]
