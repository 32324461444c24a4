"""Languages for the window and the command line: which one to speak, the command line's
translations, and the sentence an error becomes.

No Qt (the command line speaks Chinese without it): the command line reads its words from
the translation source (.ts) the window's compiled .qm is made from, when it first needs them.
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET
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


# The stock fields an import maps, as the import wizard names them (its context); a mapping
# refusal names the missing ones the same way.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Product name"),
    "style_no": QT_TRANSLATE_NOOP("ImportWizard", "Style no."),
    "barcode": QT_TRANSLATE_NOOP("ImportWizard", "Barcode"),
    "color": QT_TRANSLATE_NOOP("ImportWizard", "Color"),
    "size": QT_TRANSLATE_NOOP("ImportWizard", "Size"),
    "quantity": QT_TRANSLATE_NOOP("ImportWizard", "Quantity"),
    "tag_price": QT_TRANSLATE_NOOP("ImportWizard", "Tag price"),
    "supply_price": QT_TRANSLATE_NOOP("ImportWizard", "Supply price"),
    "suggested_price": QT_TRANSLATE_NOOP("ImportWizard", "Suggested retail price"),
    "min_price": QT_TRANSLATE_NOOP("ImportWizard", "Minimum price"),
    "brand": QT_TRANSLATE_NOOP("ImportWizard", "Brand"),
    "category": QT_TRANSLATE_NOOP("ImportWizard", "Category"),
    "image": QT_TRANSLATE_NOOP("ImportWizard", "Picture"),
    "vip_price": QT_TRANSLATE_NOOP("ImportWizard", "VIP price"),
    "live_price": QT_TRANSLATE_NOOP("ImportWizard", "Live-stream price"),
    "year": QT_TRANSLATE_NOOP("ImportWizard", "Year"),
    "season": QT_TRANSLATE_NOOP("ImportWizard", "Season"),
    "material": QT_TRANSLATE_NOOP("ImportWizard", "Material"),
}

# The built-in networks' names (wallet.schema's SANDBOX and LOCAL_NODE, not imported: the
# wallet's schema loads its migrations), said in the user's language wherever a network is
# named.
NETWORK_NAMES = (QT_TRANSLATE_NOOP("Networks", "Sandbox (this computer)"),
                 QT_TRANSLATE_NOOP("Networks", "Local node"))


def network_text(name: str, words: Translate) -> str:
    """A network's name for display: a built-in one in the user's language, any other as
    the user named it."""
    return words("Networks", name) if name in NETWORK_NAMES else name


# Joins the stock fields a mapping refusal names, one of which must be there.
QT_TRANSLATE_NOOP("errors", " or ")


def stock_field_text(field: str, words: Translate) -> str:
    """A stock field's name (shop.stock.columns.FIELDS) in the user's language."""
    return words("ImportWizard", FIELD_LABELS[field]) if field in FIELD_LABELS else field


def translations_dir():
    return resources_dir() / "translations"


def system_language() -> str:
    """zh_CN when the user's system speaks Chinese, else en.

    Windows: the user's display language. Elsewhere the locale variables in POSIX order
    (LC_ALL, LC_MESSAGES, LANG); without any (a macOS app started from the Finder) the
    locale Python finds."""
    if sys.platform == "win32":
        import ctypes

        # the primary language of a LANGID is its low 10 bits; 0x04 is Chinese
        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "zh_CN" if lang_id & 0x3FF == 0x04 else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    found = locale.getlocale()[0] or ""
    return "zh_CN" if found.lower().startswith(("zh", "chinese")) else "en"


def resolve(choice: str | None) -> str:
    """The language to speak for a choice of 'zh_CN', 'en', or anything else (the system's)."""
    return choice if choice in LANGUAGES else system_language()


def read_words(language: str) -> dict[tuple[str, str], str] | None:
    """{(context, English): translation} of the finished entries of language's .ts, or None
    when the file is missing or unreadable."""
    try:
        root = ET.parse(translations_dir() / f"ziliudi_{language}.ts").getroot()
    except (OSError, ET.ParseError):
        return None
    words = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                words[(name, message.findtext("source"))] = translation.text
    return words


class CommandLine:
    """The command line's words: no QCoreApplication and no Qt (the window may open later
    in the same process, and none of its translators is used here)."""

    words: dict[tuple[str, str], str] | None = None

    @classmethod
    def use(cls, language: str) -> bool:
        """Speak language from now on; False (and English) when its translation is missing."""
        cls.words = None if language == "en" else read_words(language)
        return language == "en" or cls.words is not None


def translate(context: str, text: str) -> str:
    """text in the command line's language (see CommandLine.use)."""
    words = CommandLine.words
    return text if words is None else words.get((context, text), text)


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
    if isinstance(fields.get("network"), str):
        fields["network"] = network_text(fields["network"], words)
    if fields.get("where") == SANDBOX_WHERE:  # else a redacted node URL, shown as it is
        fields["where"] = words("errors", SANDBOX_WHERE)
    if "order" in fields:  # an order refusal names a state and actions in the core's words
        fields.update({k: _order_words(k, v, words) for k, v in fields.items()
                       if k in ("state", "done", "possible") and isinstance(v, str)})
    if isinstance(fields.get("problems"), str):  # an offer's problems, joined with "; "
        fields["problems"] = words("errors", "; ").join(
            words("errors", p) for p in fields["problems"].split("; "))
    for key in ("field", "columns"):  # a stock file's column mapping names our fields
        if isinstance(fields.get(key), str):
            fields[key] = _field_words(fields[key], words)
    if getattr(error, "error", None) and isinstance(fields.get("reason"), str):
        # a contract's refusal: the reason is the sentence of its custom error (core_texts)
        fields["reason"] = words("errors", fields["reason"])
    return words("errors", template).format(**fields)


def _field_words(text: str, words: Translate) -> str:
    """Stock fields joined by ", " (and alternatives by " or "), named in the user's language;
    any other text as it is."""
    groups = [group.split(" or ") for group in text.split(", ")]
    if not all(field in FIELD_LABELS for group in groups for field in group):
        return text
    return words("errors", ", ").join(
        words("errors", " or ").join(stock_field_text(f, words) for f in group) for group in groups)


def _order_words(field: str, text: str, words: Translate) -> str:
    if field == "state":
        return words("OrderStates", text)
    parts = text.split(", ") if field == "possible" else [text]
    return words("errors", ", ").join(words("errors", w) for w in parts)
