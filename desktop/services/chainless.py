"""A profile that sells without a chain (只用微信/支付宝收款): for sellers in mainland China,
where virtual currencies, stablecoins included, have no legal tender status.

The setting lives in the book (book_info "no_chain"), so it travels with a backup. Such a
profile never probes or syncs a network and never needs a wallet: the window hides the
Wallet page, the escrow orders and offer signing, and the site is exported without offers,
selling through the store's payment QR codes only.
"""

from __future__ import annotations

from desktop.services.errors import UserFacingError

KEY = "no_chain"


def is_chainless(db) -> bool:
    """Whether the book's profile sells without a chain (`db`: a sqlite-utils Database or a
    plain sqlite3 connection)."""
    row = db.execute("SELECT value FROM book_info WHERE key = ?", [KEY]).fetchone()
    return bool(row) and row[0] == "1"


def set_chainless(db, on: bool) -> None:
    """Make the book's profile sell without a chain (on) or with the escrow too (off)."""
    with db.atomic():
        db.execute("INSERT INTO book_info (key, value) VALUES (?, ?) ON CONFLICT (key) "
                   "DO UPDATE SET value = excluded.value", [KEY, "1" if on else "0"])


def require_chain(work) -> None:
    """Refuse a chain action (signing offers, syncing the escrow) in a profile without one."""
    if is_chainless(work.db):
        raise UserFacingError("This profile sells without a chain (WeChat Pay and Alipay "
                              "only); turn that off with “ziliudi profile set --chain” to "
                              "use the escrow.")
