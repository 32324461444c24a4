"""The pages of the main window, in navigation order. Each area of the product adds its page here."""

from desktop.ui.pages.profiles import ProfilesPage
from desktop.ui.pages.settings import SettingsPage

PAGES = [ProfilesPage, SettingsPage]
