"""Interface language: zh_CN or en, from the settings or the system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop.i18n import ROLE_WORDS, translations_dir

SYSTEM = "system"
LANGUAGE_KEY = "ui/language"  # the setting that holds the choice: a language or SYSTEM


def load(language: str, parent=None) -> QTranslator | None:
    """The app's compiled translator for language, or None when it is missing."""
    translator = QTranslator(parent)
    if not translator.load(f"ziliudi_{language}", str(translations_dir())):
        return None
    return translator


class Translations:
    """Installs the app's translator (and Qt's own, for standard buttons) for one language at a time."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch to language; returns False if its compiled translation is missing."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.language = language
        if language == "en":
            return True
        ours = load(language, self.app)
        if ours is None:
            return False
        self.app.installTranslator(ours)
        self._installed.append(ours)
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            self.app.installTranslator(qt)
            self._installed.append(qt)
        return True


def role_word(role: str) -> str:
    """A profile's role (desktop.services.roles) in the interface's language."""
    return QCoreApplication.translate("Roles", ROLE_WORDS[role])
