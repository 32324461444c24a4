"""What a profile's business does: it sells its own lots (seller, a supplier), it sells
others' lots (distributor), or both. The role lives in the book (book_info "role"), so it
travels with a backup; the window opens a new profile on the page its role starts from."""

from __future__ import annotations

from desktop.services.errors import UserFacingError

KEY = "role"
ROLES = ("seller", "distributor", "both")
DEFAULT_ROLE = "both"  # a book made before roles: every area matters to it


def check_role(role: str) -> str:
    """The role, or a refusal that names the three there are."""
    if role not in ROLES:
        raise UserFacingError("“{role}” is not a role: choose seller, distributor or both.", role=role)
    return role


def role_of(db) -> str:
    """The book's role (`db`: a sqlite-utils Database or a plain sqlite3 connection)."""
    row = db.execute("SELECT value FROM book_info WHERE key = ?", [KEY]).fetchone()
    return row[0] if row and row[0] in ROLES else DEFAULT_ROLE


def set_role(db, role: str) -> None:
    """Keep the book's role: seller, distributor or both."""
    check_role(role)
    with db.atomic():
        db.execute("INSERT INTO book_info (key, value) VALUES (?, ?) ON CONFLICT (key) "
                   "DO UPDATE SET value = excluded.value", [KEY, role])
