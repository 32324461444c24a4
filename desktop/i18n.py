"""Languages for the window and the command line: which one to speak, the command line's
translations, the sentence an error becomes, and what an action that sent a transaction says
(the same words in the window's notice and on the command line).

No Qt (the command line speaks Chinese without it): the command line reads its words from
the translation source (.ts) the window's compiled .qm is made from, when it first needs them.
"""

from __future__ import annotations

import argparse
import codecs
import locale
import os
import sys
import xml.etree.ElementTree as ET
from typing import Callable

from desktop.services.errors import describe, is_user_facing, unexpected
from desktop.services.paths import resources_dir
from shop.books.reports import short_address
from shop.money import Money
from shop.orders.model import escrow_number
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

# A profile's role (desktop.services.roles) in words, for the window and the command line.
ROLE_WORDS = {
    "seller": QT_TRANSLATE_NOOP("Roles", "seller"),
    "distributor": QT_TRANSLATE_NOOP("Roles", "distributor"),
    "both": QT_TRANSLATE_NOOP("Roles", "seller and distributor"),
}

# A file's size: bytes below a kilobyte, else one decimal of the largest unit (1 KB = 1024 bytes).
SIZE_UNITS = (QT_TRANSLATE_NOOP("sizes", "{n} bytes"), QT_TRANSLATE_NOOP("sizes", "{n} KB"),
              QT_TRANSLATE_NOOP("sizes", "{n} MB"), QT_TRANSLATE_NOOP("sizes", "{n} GB"))


def size_words(size: int, words: Translate) -> str:
    """A number of bytes the way people read it (900 bytes, 432.0 KB, 1.2 MB), `words` translating."""
    if size < 1024:
        return words("sizes", SIZE_UNITS[0]).format(n=size)
    value, unit = size / 1024, 1
    while value >= 1024 and unit < len(SIZE_UNITS) - 1:
        value, unit = value / 1024, unit + 1
    return words("sizes", SIZE_UNITS[unit]).format(n=f"{value:.1f}")


# argparse's own words that `ziliudi` can say (usage, section headings, its usage errors), as
# argparse 3.11 spells them, for the translation source: argparse asks gettext for them.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)
ARGPARSE_ENGLISH = (argparse._, argparse.ngettext)


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


CHINESE_PROBE = "自留地：已完成。"


def can_encode(stream, text: str) -> bool:
    """Whether stream's encoding can write text (a cp1252 console cannot write Chinese)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


# What stands in for a character a console's code page lacks: GBK (a Chinese Windows
# console's, and its pipes') has the full-width yuan sign but not ¥; anything else is "?".
STAND_INS = {"¥": "￥"}
STAND_IN = "ziliudi-stand-in"  # the codecs error handler that writes them


def _stand_in(error: UnicodeEncodeError) -> tuple[str, int]:
    out = []
    for char in error.object[error.start:error.end]:
        near = STAND_INS.get(char, "?")
        try:
            near.encode(error.encoding)
        except (UnicodeEncodeError, LookupError):
            near = "?"
        out.append(near)
    return "".join(out), error.end


codecs.register_error(STAND_IN, _stand_in)


def never_fail_to_print(*streams) -> None:
    """Let streams write any text: what their encoding lacks gets its stand-in, so a price
    (¥159.00) or a name reaches a GBK or cp1252 console instead of an encoding error."""
    for stream in streams:
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=STAND_IN)


def printable(language: str, *streams) -> str:
    """language, or English when one of streams cannot write Chinese: on a cp1252 console
    English stays readable where Chinese would stop with an encoding error (GBK and UTF-8 can)."""
    if language != "en" and not all(can_encode(s, CHINESE_PROBE) for s in streams):
        return "en"
    return language


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
        _argparse_speaks(cls.words is not None)
        return language == "en" or cls.words is not None


def _argparse_speaks(translated: bool) -> None:
    # argparse looks its words up, when it says them, through the two gettext functions it
    # imported as its own module names `_` and `ngettext`. Pointing those two names at our
    # words changes argparse and nothing else (gettext and its catalogs stay as they are for
    # every other library), needs no compiled gettext catalog next to the .ts, and putting
    # gettext's functions back when English is spoken leaves argparse exactly as it ships.
    if translated:
        argparse._ = lambda text: translate("argparse", text)
        argparse.ngettext = lambda one, many, n: translate("argparse", one if n == 1 else many)
    else:
        argparse._, argparse.ngettext = ARGPARSE_ENGLISH


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


def step_text(text: str, words: Translate) -> str:
    """A task's progress step in words: a wallet.escrow_sync.Step's template translated and
    filled, any other step's text translated as it is (context "progress", core_texts)."""
    template = getattr(text, "template", None)
    if template is None:
        return words("progress", text)
    return words("progress", template).format(**text.fields)


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


# ------------------------------------------------------------------ sent transactions

# A journal entry's status, as the sentence after a sent transaction says it.
TX_STATUS = {"mined": QT_TRANSLATE_NOOP("tx_notice", "mined"),
             "pending": QT_TRANSLATE_NOOP("tx_notice", "sent, not mined yet"),
             "failed": QT_TRANSLATE_NOOP("tx_notice", "failed"),
             "replaced": QT_TRANSLATE_NOOP("tx_notice", "replaced by another"),
             "dropped": QT_TRANSLATE_NOOP("tx_notice", "dropped by the network"),
             "rejected": QT_TRANSLATE_NOOP("tx_notice", "rejected by the network")}
SENT = QT_TRANSLATE_NOOP("tx_notice", "{done} Transaction {hash}: {status}.")
REVOKED = QT_TRANSLATE_NOOP("tx_notice", "Revoked {count} offers that no longer held: {offers}.")
GOODS_GONE = QT_TRANSLATE_NOOP("tx_notice", "goods no longer in any lot")
SHIPPED_FROM_REPLY = QT_TRANSLATE_NOOP(
    "tx_notice", "Marked {count} orders shipped from the supplier's reply: {orders}.")
LEFT_SHIPPED = QT_TRANSLATE_NOOP(
    "tx_notice", "Orders {orders} are already marked shipped, or their ship transaction is on "
    "its way; they were left as they are.")
MORE = QT_TRANSLATE_NOOP("tx_notice", "{names} and {count} more")
NAMED_AT_MOST = 10  # names in a sentence; the rest are counted


def sent_text(done: str, entry, words: Translate) -> str:
    """`done` (what happened, already in words) followed by the journal entry's short hash
    and status: "Order 1-2 accepted. Transaction 0x12ab…cdef: mined." """
    status = TX_STATUS.get(entry.status)
    return words("tx_notice", SENT).format(
        done=done, hash=short_address(entry.tx_hash),
        status=words("tx_notice", status) if status else entry.status)


def named(names, words: Translate) -> str:
    """Names joined as a sentence lists them, the first few named and the rest counted."""
    names = list(names)
    joined = words("errors", ", ").join(names[:NAMED_AT_MOST])
    if len(names) <= NAMED_AT_MOST:
        return joined
    return words("tx_notice", MORE).format(names=joined, count=len(names) - NAMED_AT_MOST)


def revoked_text(offers, words: Translate) -> str:
    """What revoking these stale offers (StaleOffer) did: how many, and whose goods (SKU)."""
    skus = dict.fromkeys(o.sku or words("tx_notice", GOODS_GONE) for o in offers)
    return words("tx_notice", REVOKED).format(count=len(offers), offers=named(skus, words))


def shipped_text(shipped, left, words: Translate) -> str:
    """What a supplier's reply did: the orders marked shipped (escrow ids), then the ones it
    named that were already shipped and left as they are."""
    text = words("tx_notice", SHIPPED_FROM_REPLY).format(
        count=len(shipped), orders=named(map(escrow_number, shipped), words))
    if left:
        text += " " + words("tx_notice", LEFT_SHIPPED).format(
            orders=named(map(escrow_number, left), words))
    return text


# ------------------------------------------------------------------ what each action did

# What an action on one order did, in the Orders page's words (the page and `ziliudi orders`,
# `ziliudi sandbox` say the same sentence before the transaction's hash and status).
ORDER_DONE = {
    "ship": QT_TRANSLATE_NOOP(
        "OrdersPage", "Order {order} marked shipped with {carrier}, tracking number {number}."),
    "ready": QT_TRANSLATE_NOOP(
        "OrdersPage", "Order {order} is ready for pickup; its pickup code is {code}."),
    "claim": QT_TRANSLATE_NOOP("OrdersPage", "Order {order} claimed: {amount} paid out to you."),
    "give_back": QT_TRANSLATE_NOOP(
        "OrdersPage", "Order {order} returned to the buyer: {amount} paid out to the buyer."),
    "dispute": QT_TRANSLATE_NOOP(
        "OrdersPage", "Order {order} disputed: the arbitrator decides who gets {amount}."),
    "statement": QT_TRANSLATE_NOOP(
        "OrdersPage", "Statement added to order {order}, sealed to the arbitrator."),
    "settle": QT_TRANSLATE_NOOP(
        "OrdersPage", "Order {order} settled: {buyer} to the buyer, {seller} to you."),
    "buyer_fund": QT_TRANSLATE_NOOP(
        "OrdersPage", "The simulated buyer paid {amount} into order {order}."),
    "buyer_confirm": QT_TRANSLATE_NOOP(
        "OrdersPage", "The simulated buyer confirmed order {order}: {amount} paid out to you."),
    "buyer_dispute": QT_TRANSLATE_NOOP(
        "OrdersPage", "The simulated buyer disputed order {order}: the arbitrator decides who "
        "gets {amount}."),
    "buyer_statement": QT_TRANSLATE_NOOP(
        "OrdersPage", "The simulated buyer added a statement to order {order}, sealed to the "
        "arbitrator."),
}
ACCEPTED = QT_TRANSLATE_NOOP("OrdersPage", "Accepted orders {orders}; bond posted: {bond}.")
BOND_AS_OFFERED = QT_TRANSLATE_NOOP("OrdersPage", "as each order's offer states (not in this book)")
RULING = QT_TRANSLATE_NOOP("RuleDialog", "The buyer gets {buyer}; the seller gets {seller} (its "
                           "payees' shares come out of it); your fee is {fee}.")
RULED = QT_TRANSLATE_NOOP("ArbitrationPage", "Ruled on order {order}: {ruling}")
WITHDREW = QT_TRANSLATE_NOOP("CreditsPanel", "Withdrew {amount} to {address}.")
TRANSFERRED = QT_TRANSLATE_NOOP("WalletPage", "Sent {amount} to {recipient} on {network}.")
REPLACED = {"speed_up": QT_TRANSLATE_NOOP("JournalView", "Sent “{what}” again with a higher fee."),
            "cancel": QT_TRANSLATE_NOOP(
                "JournalView", "Sent a transfer of nothing to yourself in place of “{what}”.")}


def _written(value) -> str:
    return value.text() if isinstance(value, Money) else str(value)


def order_done(action: str, escrow_id: int, words: Translate, **fields) -> str:
    """What `action` (a key of ORDER_DONE) did to one order: its number as people see it
    (1-2), Money fields as people write money (¥159.00, 22.39 USDT), other fields as they are."""
    return words("OrdersPage", ORDER_DONE[action]).format(
        order=escrow_number(escrow_id), **{k: _written(v) for k, v in fields.items()})


def bond_words(bond: Money | None, words: Translate) -> str:
    """The bond accepting posts, or what stands for it when the book does not know it."""
    return bond.text() if bond is not None else words("OrdersPage", BOND_AS_OFFERED)


def accepted_text(escrow_ids, bond: Money | None, words: Translate) -> str:
    """What accepting orders did: their numbers and the bond it posted (None: unknown)."""
    return words("OrdersPage", ACCEPTED).format(
        orders=words("errors", ", ").join(map(escrow_number, escrow_ids)),
        bond=bond_words(bond, words))


def ruling_words(buyer: Money, seller: Money, fee: Money, words: Translate) -> str:
    """What a ruling gives each side and the arbitrator."""
    return words("RuleDialog", RULING).format(buyer=buyer.text(), seller=seller.text(),
                                              fee=fee.text())


def ruled_text(escrow_id: int, buyer: Money, seller: Money, fee: Money,
               words: Translate) -> str:
    """What sending a ruling did: the order and what the ruling gives each side."""
    return words("ArbitrationPage", RULED).format(
        order=escrow_number(escrow_id), ruling=ruling_words(buyer, seller, fee, words))


def withdrew_text(amount: Money, address: str, words: Translate) -> str:
    """What withdrawing a credit the escrow kept did."""
    return words("CreditsPanel", WITHDREW).format(amount=amount.text(), address=address)


def transferred_text(amount: str, recipient: str, network: str, words: Translate) -> str:
    """What a transfer from the wallet did (amount in words with its unit, amount_text)."""
    return words("WalletPage", TRANSFERRED).format(amount=amount, recipient=recipient,
                                                   network=network)


def replaced_text(how: str, entry, words: Translate) -> str:
    """What speeding up or cancelling (`how`: speed_up, cancel) a pending journal entry did."""
    return words("JournalView", REPLACED[how]).format(what=entry.description or entry.purpose)
