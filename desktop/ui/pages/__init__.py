"""The pages of the main window, in navigation order. Each area of the product adds its page here."""

from desktop.ui.pages.lots import LotsPage
from desktop.ui.pages.orders import OrdersPage
from desktop.ui.pages.profiles import ProfilesPage
from desktop.ui.pages.settings import SettingsPage
from desktop.ui.pages.storefront import StorefrontPage
from desktop.ui.pages.wallet import WalletPage

PAGES = [LotsPage, OrdersPage, WalletPage, StorefrontPage, ProfilesPage, SettingsPage]
