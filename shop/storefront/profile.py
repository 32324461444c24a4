"""The store profile: what buyers see of the store, and where its money goes.

The public half of the delivery-note key pair lives here; its private half is
kept by the caller in the OS keyring and never reaches the book.
"""

from __future__ import annotations

import ipaddress

import re
from dataclasses import asdict, dataclass, fields, replace
from urllib.parse import urlsplit

from shop.money import CURRENCIES
from shop.pictures import is_name

from .errors import StorefrontError

_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f\"'<>`\\]")


@dataclass(frozen=True)
class StoreProfile:
    """Name, avatar (a stored picture's name), notice, contact, currency, payout and public key."""

    name: str = ""
    avatar: str = ""
    notice: str = ""
    wechat: str = ""
    phone: str = ""
    currency: str = "CNY"
    payout_account: str = ""
    payout_network: str = ""
    site_url: str = ""
    public_key: str = ""  # hex of the uncompressed P-256 point of the delivery-note key
    # The arbitrator every offer names (from its card), and its fee per escrow in minor
    # units of the store's currency; no account: disputes can only time out.
    arbitrator_account: str = ""
    arbitrator_key: str = ""
    arbitrator_contact: str = ""
    arbitrator_fee: int = 0

    def with_changes(self, **changes) -> "StoreProfile":
        """A copy with these fields changed (unknown names refused)."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValueError(f"unknown store profile fields {sorted(unknown)}")
        return replace(self, **changes)


def get_profile(db) -> StoreProfile:
    """The store profile as saved (defaults for what was never set)."""
    known = {f.name for f in fields(StoreProfile)}
    values = {r[0]: r[1] for r in db.execute("SELECT key, value FROM store_profile")
              if r[0] in known}
    if "arbitrator_fee" in values:
        values["arbitrator_fee"] = int(values["arbitrator_fee"] or 0)
    return StoreProfile(**values)


def check_profile(profile: StoreProfile) -> None:
    """Refuse a profile buyers could not use: no name, unknown currency, a bad payout address."""
    if not profile.name.strip():
        raise StorefrontError("The store needs a name.")
    if len(profile.name) > 40:
        raise StorefrontError("A store name has at most {limit} characters.", limit=40)
    if profile.currency not in CURRENCIES:
        raise StorefrontError("Unknown currency “{currency}”.", currency=profile.currency)
    account = profile.payout_account.strip()
    if account and not (account.startswith("0x") and len(account) == 42
                        and all(c in "0123456789abcdefABCDEF" for c in account[2:])):
        raise StorefrontError("“{account}” is not an account address (0x and 40 hex digits).",
                              account=account)
    url = profile.site_url.strip()
    if url and not url.startswith(("http://", "https://")):
        raise StorefrontError("The store's web address must start with http:// or https://.")
    if url and not web_address(url):
        raise StorefrontError("“{url}” is not a web address.", url=url)
    if url and is_loopback(url):
        raise StorefrontError("“{url}” opens only on this computer: buyers' phones cannot reach "
                              "it. Give the address where the site is served, or leave it "
                              "empty to use this computer's network address.", url=url)
    if profile.arbitrator_account and (
            profile.arbitrator_account.lower() == profile.payout_account.strip().lower()):
        raise StorefrontError("The store's own account cannot be its arbitrator.")
    if profile.avatar and not is_name(profile.avatar):
        raise StorefrontError("The store's avatar must be a picture stored in the book; "
                              "choose the picture file again.")


def web_address(url: str) -> str:
    """`url` if it is an http(s) address with a host and no spaces, quotes or angle brackets,
    else "" (a javascript: or data: address never becomes a link or a QR code)."""
    url = (url or "").strip()
    if not url.startswith(("http://", "https://")) or _UNSAFE.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme in ("http", "https") and parts.hostname else ""


def is_loopback(url: str) -> bool:
    """Whether `url` names this computer only (localhost, 127.x, ::1, 0.0.0.0), which no
    buyer's phone can open."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def save_profile(db, profile: StoreProfile) -> StoreProfile:
    """Check and save the whole profile in one transaction."""
    profile = replace(profile, name=profile.name.strip(), site_url=profile.site_url.strip(),
                      payout_account=profile.payout_account.strip())
    check_profile(profile)
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO store_profile (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(k, str(v)) for k, v in asdict(profile).items()])
    return profile


def set_arbitrator(db, account: str, public_key: str, contact: str, fee: int) -> StoreProfile:
    """Name the arbitrator of the store's offers from its (checked) card, with its fee per
    escrow in minor units; the rest of the profile stays as it is."""
    current = get_profile(db)
    if account.lower() == current.payout_account.strip().lower():
        raise StorefrontError("The store's own account cannot be its arbitrator.")
    if fee < 0:
        raise StorefrontError("The arbitrator's fee cannot be negative.")
    _put(db, {"arbitrator_account": account, "arbitrator_key": public_key,
              "arbitrator_contact": contact, "arbitrator_fee": str(int(fee))})
    return get_profile(db)


def clear_arbitrator(db) -> StoreProfile:
    """Name no arbitrator: disputes on later offers can only time out."""
    _put(db, {"arbitrator_account": "", "arbitrator_key": "", "arbitrator_contact": "",
              "arbitrator_fee": "0"})
    return get_profile(db)


def _put(db, values: dict) -> None:
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO store_profile (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value", list(values.items()))
