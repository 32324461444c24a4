"""Languages for the window and the command line: which one to speak, its compiled
translations, and the sentence an error becomes.

Only QtCore, and only when a translation is needed: `ziliudi --help` and English commands
start without loading Qt at all.
"""

from __future__ import annotations

import os
import sys
from typing import Callable

from desktop.services.errors import describe, is_user_facing, unexpected
from desktop.services.paths import resources_dir
from wallet.errors import SANDBOX_WHERE

LANGUAGES = ("zh_CN", "en")
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks text for the translation files without translating it here."""
    return text


# A lot's status in words, in the Lots page's context.
LOT_STATUS = {
    "draft": QT_TRANSLATE_NOOP("LotsPage", "draft"),
    "published": QT_TRANSLATE_NOOP("LotsPage", "published, not open yet"),
    "open": QT_TRANSLATE_NOOP("LotsPage", "open"),
    "closed": QT_TRANSLATE_NOOP("LotsPage", "closed"),
    "settled": QT_TRANSLATE_NOOP("LotsPage", "settled"),
}


def translations_dir():
    return resources_dir() / "translations"


def system_language() -> str:
    """zh_CN when the user's system speaks Chinese, else en.

    Windows: the user's display language. Elsewhere the locale variables in POSIX order
    (LC_ALL, LC_MESSAGES, LANG); without any (a macOS app started from the Finder) Qt's
    view of the system."""
    if sys.platform == "win32":
        import ctypes

        # the primary language of a LANGID is its low 10 bits; 0x04 is Chinese
        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "zh_CN" if lang_id & 0x3FF == 0x04 else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    from PySide6.QtCore import QLocale

    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve(choice: str | None) -> str:
    """The language to speak for a choice of 'zh_CN', 'en', or anything else (the system's)."""
    return choice if choice in LANGUAGES else system_language()


def load(language: str, parent=None):
    """The app's compiled translator for language (a QTranslator), or None when it is missing."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator(parent)
    if not translator.load(f"ziliudi_{language}", str(translations_dir())):
        return None
    return translator


class CommandLine:
    """The command line's translator: no QCoreApplication is needed (the window may
    open later in the same process), and none installed by a window is used."""

    translator = None

    @classmethod
    def use(cls, language: str) -> bool:
        """Speak language from now on; False (and English) when its translation is missing."""
        cls.translator = None if language == "en" else load(language)
        return language == "en" or cls.translator is not None


def translate(context: str, text: str) -> str:
    """text in the command line's language (see CommandLine.use)."""
    translator = CommandLine.translator
    if translator is None:
        return text
    return translator.translate(context, text) or text


def error_text(error: BaseException | str, words: Translate) -> str:
    """A translated sentence for an error, `words` doing the translating: a refusal's template is
    translated, then filled; an unexpected error's traceback is logged first (once), so the
    sentence that says the details were written to the log is true."""
    if isinstance(error, str):
        return words("errors", error)
    if not is_user_facing(error):
        return words("errors", unexpected(error)).format(kind=type(error).__name__)
    template = getattr(error, "template", None)
    if not template:
        return describe(error)
    fields = dict(error.fields)
    if isinstance(fields.get("status"), str):  # a lot's status is a word of the Lots page
        status = fields["status"]
        fields["status"] = words("LotsPage", LOT_STATUS[status]) if status in LOT_STATUS else status
    if fields.get("where") == SANDBOX_WHERE:  # else a redacted node URL, shown as it is
        fields["where"] = words("errors", SANDBOX_WHERE)
    if "order" in fields:  # an order refusal names a state and actions in the core's words
        fields.update({k: _order_words(k, v, words) for k, v in fields.items()
                       if k in ("state", "done", "possible") and isinstance(v, str)})
    if isinstance(fields.get("problems"), str):  # an offer's problems, joined with "; "
        fields["problems"] = words("errors", "; ").join(
            words("errors", p) for p in fields["problems"].split("; "))
    if getattr(error, "error", None) and isinstance(fields.get("reason"), str):
        # a contract's refusal: the reason is the sentence of its custom error (core_texts)
        fields["reason"] = words("errors", fields["reason"])
    return words("errors", template).format(**fields)


def _order_words(field: str, text: str, words: Translate) -> str:
    if field == "state":
        return words("OrderStates", text)
    parts = text.split(", ") if field == "possible" else [text]
    return words("errors", ", ").join(words("errors", w) for w in parts)
