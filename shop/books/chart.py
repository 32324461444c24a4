"""The chart of accounts, as the books' first migration made it (shop.books.schema).

Codes are Beancount account names; the GUI names them in the user's language
(desktop/ui/books_dialogs.py). Kept apart from the schema so that posting can check an
account without loading the migrations (and sqlite-utils with them).
"""

#: The chart of accounts as it was created: (code, kind). Codes are Beancount account
#: names; the GUI names them in the user's language (desktop/ui/pages/books_texts.py).
CHART_0001 = (
    ("Assets:Cash", "asset"), ("Assets:WeChatPay", "asset"), ("Assets:Alipay", "asset"),
    ("Assets:Bank", "asset"), ("Assets:Wallet", "asset"), ("Assets:Escrow", "asset"),
    ("Assets:Bonds", "asset"), ("Assets:Inventory", "asset"), ("Assets:Credits", "asset"),
    ("Assets:Receivable:Commissions", "asset"),
    ("Liabilities:Payable:Suppliers", "liability"),
    ("Liabilities:Payable:Commissions", "liability"),
    ("Liabilities:CustomerDeposits", "liability"),
    ("Equity:Opening", "equity"),
    ("Income:Sales", "income"), ("Income:Refunds", "income"), ("Income:Commissions", "income"),
    ("Income:ArbitrationFees", "income"),
    ("Expenses:CostOfGoods", "expense"), ("Expenses:Commissions", "expense"),
    ("Expenses:NetworkFees", "expense"), ("Expenses:ArbitrationFees", "expense"),
    ("Expenses:ForfeitedBonds", "expense"), ("Expenses:Other", "expense"),
)

#: The accounts a line may name.
ACCOUNTS = frozenset(code for code, _kind in CHART_0001)
