"""Interface language: zh_CN or en, from the settings or the system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.services.paths import resources_dir

LANGUAGES = ("zh_CN", "en")
SYSTEM = "system"
LANGUAGE_KEY = "ui/language"  # the setting that holds the choice: a language or SYSTEM


def translations_dir():
    return resources_dir() / "translations"


def resolve(choice: str | None) -> str:
    """The language to show for a setting of 'system', 'zh_CN' or 'en'."""
    if choice in LANGUAGES:
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Chinese else "en"


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
        ours = QTranslator(self.app)
        if not ours.load(f"ziliudi_{language}", str(translations_dir())):
            return False
        self.app.installTranslator(ours)
        self._installed.append(ours)
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            self.app.installTranslator(qt)
            self._installed.append(qt)
        return True
