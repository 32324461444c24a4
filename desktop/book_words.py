"""The books' words, for the window and the command line: account names, the reports' words,
the automatic entries' memos and what posted an entry. No Qt: each function takes `words`, the
translating function (QCoreApplication.translate in the window, desktop.i18n.translate on the
command line)."""

from __future__ import annotations

import json

from desktop.i18n import QT_TRANSLATE_NOOP, Translate

#: How each account of the chart reads in the interface (context "BooksPage").
ACCOUNT_NAMES = {
    "Assets:Cash": QT_TRANSLATE_NOOP("BooksPage", "Cash"),
    "Assets:WeChatPay": QT_TRANSLATE_NOOP("BooksPage", "WeChat Pay"),
    "Assets:Alipay": QT_TRANSLATE_NOOP("BooksPage", "Alipay"),
    "Assets:Bank": QT_TRANSLATE_NOOP("BooksPage", "Bank"),
    "Assets:Wallet": QT_TRANSLATE_NOOP("BooksPage", "Wallet"),
    "Assets:Escrow": QT_TRANSLATE_NOOP("BooksPage", "Money in escrow"),
    "Assets:Bonds": QT_TRANSLATE_NOOP("BooksPage", "Bonds posted"),
    "Assets:Inventory": QT_TRANSLATE_NOOP("BooksPage", "Inventory"),
    "Assets:Credits": QT_TRANSLATE_NOOP("BooksPage", "Credits to withdraw"),
    "Assets:Receivable:Commissions": QT_TRANSLATE_NOOP("BooksPage", "Commissions receivable"),
    "Liabilities:Payable:Suppliers": QT_TRANSLATE_NOOP("BooksPage", "Owed to suppliers"),
    "Liabilities:Payable:Commissions": QT_TRANSLATE_NOOP("BooksPage", "Commissions payable"),
    "Liabilities:CustomerDeposits": QT_TRANSLATE_NOOP("BooksPage", "Buyers' money in escrow"),
    "Equity:Opening": QT_TRANSLATE_NOOP("BooksPage", "Owner's stock and capital"),
    "Income:Sales": QT_TRANSLATE_NOOP("BooksPage", "Sales"),
    "Income:Refunds": QT_TRANSLATE_NOOP("BooksPage", "Refunds"),
    "Income:Commissions": QT_TRANSLATE_NOOP("BooksPage", "Commission income"),
    "Income:ArbitrationFees": QT_TRANSLATE_NOOP("BooksPage", "Arbitration fee income"),
    "Expenses:CostOfGoods": QT_TRANSLATE_NOOP("BooksPage", "Cost of goods"),
    "Expenses:Commissions": QT_TRANSLATE_NOOP("BooksPage", "Commissions paid"),
    "Expenses:NetworkFees": QT_TRANSLATE_NOOP("BooksPage", "Network fees"),
    "Expenses:ArbitrationFees": QT_TRANSLATE_NOOP("BooksPage", "Arbitration fees"),
    "Expenses:ForfeitedBonds": QT_TRANSLATE_NOOP("BooksPage", "Bonds lost"),
    "Expenses:Other": QT_TRANSLATE_NOOP("BooksPage", "Other expenses"),
}


def account_name(code: str, words: Translate) -> str:
    """An account as the interface names it (its code when the chart does not know it)."""
    text = ACCOUNT_NAMES.get(code)
    return words("BooksPage", text) if text else code


#: The words of the reports' PDF (context "BooksReport"): its title, sections and columns.
REPORT_WORDS = {
    "Books": QT_TRANSLATE_NOOP("BooksReport", "Books"),
    "balance sheet": QT_TRANSLATE_NOOP("BooksReport", "Balance sheet"),
    "profit and loss": QT_TRANSLATE_NOOP("BooksReport", "Profit and loss"),
    "cash and token flows": QT_TRANSLATE_NOOP("BooksReport", "Cash and token flows"),
    "sales by lot": QT_TRANSLATE_NOOP("BooksReport", "Sales by lot"),
    "sales by listing": QT_TRANSLATE_NOOP("BooksReport", "Sales by listing"),
    "sales by customer": QT_TRANSLATE_NOOP("BooksReport", "Sales by customer"),
    "sales by day": QT_TRANSLATE_NOOP("BooksReport", "Sales by day"),
    "sell-through": QT_TRANSLATE_NOOP("BooksReport", "Sell-through"),
    "net income": QT_TRANSLATE_NOOP("BooksReport", "Net income"),
    "name": QT_TRANSLATE_NOOP("BooksReport", "Name"),
    "currency": QT_TRANSLATE_NOOP("BooksReport", "Currency"),
    "amount": QT_TRANSLATE_NOOP("BooksReport", "Amount"),
    "cost": QT_TRANSLATE_NOOP("BooksReport", "Cost"),
    "margin": QT_TRANSLATE_NOOP("BooksReport", "Margin"),
    "opening": QT_TRANSLATE_NOOP("BooksReport", "Opening"),
    "in": QT_TRANSLATE_NOOP("BooksReport", "In"),
    "out": QT_TRANSLATE_NOOP("BooksReport", "Out"),
    "sold": QT_TRANSLATE_NOOP("BooksReport", "Sold"),
    "offered": QT_TRANSLATE_NOOP("BooksReport", "Offered"),
    "sell_through": QT_TRANSLATE_NOOP("BooksReport", "Sold share"),
}


def report_words(words: Translate) -> dict[str, str]:
    """The reports' PDF words in the interface's language, account names included."""
    said = {key: words("BooksReport", text) for key, text in REPORT_WORDS.items()}
    said.update((code, account_name(code, words)) for code in ACCOUNT_NAMES)
    return said


#: The memos of the entries the app posts (shop.books keeps each as an English template and
#: its values, journal.Memo), said in the interface's language (context "BooksMemo").
MEMO_TEXTS = (
    QT_TRANSLATE_NOOP("BooksMemo", "Escrow {number}: {event}"),
    QT_TRANSLATE_NOOP("BooksMemo", "Escrow {number}: our share as a payee ({event})"),
    QT_TRANSLATE_NOOP("BooksMemo", "Escrow {number}: our arbitration fee ({event})"),
    QT_TRANSLATE_NOOP("BooksMemo", "Gone from the chain: escrow {number}"),
    QT_TRANSLATE_NOOP("BooksMemo", "Reversal of #{entry}"),
    QT_TRANSLATE_NOOP("BooksMemo", "Stock at supply price: {lot}"),
    QT_TRANSLATE_NOOP("BooksMemo", "Sale X-{order}: {quantity} x {item} ({style})"),
    QT_TRANSLATE_NOOP("BooksMemo", "Refund X-{order}"),
    QT_TRANSLATE_NOOP("BooksMemo", "Payout credited, to withdraw"),
    QT_TRANSLATE_NOOP("BooksMemo", "Network fee: {purpose}"),
    QT_TRANSLATE_NOOP("BooksMemo", "Credit withdrawn"),
    QT_TRANSLATE_NOOP("BooksMemo", "Commission for {month} paid to {member} by hand"),
)

#: The escrow events an escrow entry's memo names ({event}), in the same context.
EVENT_WORDS = frozenset((
    QT_TRANSLATE_NOOP("BooksMemo", "Funded"), QT_TRANSLATE_NOOP("BooksMemo", "Accepted"),
    QT_TRANSLATE_NOOP("BooksMemo", "Cancelled"), QT_TRANSLATE_NOOP("BooksMemo", "Declined"),
    QT_TRANSLATE_NOOP("BooksMemo", "Refunded"), QT_TRANSLATE_NOOP("BooksMemo", "Reclaimed"),
    QT_TRANSLATE_NOOP("BooksMemo", "Confirmed"), QT_TRANSLATE_NOOP("BooksMemo", "Claimed"),
    QT_TRANSLATE_NOOP("BooksMemo", "Ruled"), QT_TRANSLATE_NOOP("BooksMemo", "Settled"),
    QT_TRANSLATE_NOOP("BooksMemo", "DisputeTimedOut")))


def memo_text(memo: str, key: str | None, args: str | None, words: Translate) -> str:
    """An entry's memo in the interface's language: an automatic entry's template translated
    and filled with its values, a memo typed by hand (no key) as it was typed."""
    if not key:
        return memo
    try:
        values = json.loads(args or "{}")
        event = values.get("event")
        if event in EVENT_WORDS:
            values["event"] = words("BooksMemo", event)
        return words("BooksMemo", key).format(**values)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return memo  # a template its values do not fill: the English it was stored as


#: What posted an entry, by the prefix of its source (context "BooksPage").
SOURCE_KINDS = {
    "stock": QT_TRANSLATE_NOOP("BooksPage", "Stock received"),
    "escrow": QT_TRANSLATE_NOOP("BooksPage", "Escrow order"),
    "credit": QT_TRANSLATE_NOOP("BooksPage", "Escrow credit"),
    "withdrawal": QT_TRANSLATE_NOOP("BooksPage", "Credit withdrawn"),
    "fee": QT_TRANSLATE_NOOP("BooksPage", "Network fee"),
    "commission": QT_TRANSLATE_NOOP("BooksPage", "Commission paid by hand"),
}
REVERSAL = QT_TRANSLATE_NOOP("BooksPage", "Reversal")
OFFLINE_SALE = QT_TRANSLATE_NOOP("BooksPage", "Offline sale")
OFFLINE_REFUND = QT_TRANSLATE_NOOP("BooksPage", "Offline refund")
MANUAL = QT_TRANSLATE_NOOP("BooksPage", "Manual")


def source_kind(source: str | None, reverses: int | None, words: Translate) -> str:
    """What posted an entry, in a word or two."""
    if reverses is not None:
        return words("BooksPage", REVERSAL)
    prefix = (source or "").split(":", 1)[0]
    if prefix == "offline":
        return words("BooksPage", OFFLINE_REFUND if source.endswith(":refund") else OFFLINE_SALE)
    return words("BooksPage", SOURCE_KINDS.get(prefix, MANUAL))
