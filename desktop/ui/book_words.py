"""The books' words in the interface: account names, the reports' words and what posted an
entry. QtCore only, so the Overview (the first page) can name accounts without loading the
Books page's dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

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


def account_name(code: str) -> str:
    """An account as the interface names it (its code when the chart does not know it)."""
    text = ACCOUNT_NAMES.get(code)
    return QCoreApplication.translate("BooksPage", text) if text else code


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


def report_words() -> dict[str, str]:
    """The reports' PDF words in the interface's language, account names included."""
    words = {key: QCoreApplication.translate("BooksReport", text)
             for key, text in REPORT_WORDS.items()}
    words.update((code, account_name(code)) for code in ACCOUNT_NAMES)
    return words


def source_kind(source: str | None, reverses: int | None) -> str:
    """What posted an entry, in a word or two."""
    if reverses is not None:
        return QCoreApplication.translate("BooksPage", "Reversal")
    prefix = (source or "").split(":", 1)[0]
    if prefix == "offline":
        return (QCoreApplication.translate("BooksPage", "Offline refund")
                if source.endswith(":refund") else
                QCoreApplication.translate("BooksPage", "Offline sale"))
    return {"stock": QCoreApplication.translate("BooksPage", "Stock received"),
            "escrow": QCoreApplication.translate("BooksPage", "Escrow order"),
            "credit": QCoreApplication.translate("BooksPage", "Escrow credit"),
            "withdrawal": QCoreApplication.translate("BooksPage", "Credit withdrawn"),
            "fee": QCoreApplication.translate("BooksPage", "Network fee"),
            }.get(prefix, QCoreApplication.translate("BooksPage", "Manual"))
