"""The books: a double-entry journal fed by the shop's events, its reports and exports.

Amounts are integer units of one currency or token per posting; an entry balances per
currency, which the database itself enforces at commit (see schema). Entries are never
changed or deleted: a correction is a reversing entry.
"""
