"""The tree in SQL: one edge per member, bound once; lines and subtrees by recursive CTE."""

from __future__ import annotations

import time
from dataclasses import dataclass

from shop.lots import _tx

from .errors import AlreadyBound, CycleRefused, DownlineError, SelfInvite
from .invites import Acceptance, Invite


@dataclass(frozen=True)
class Member:
    """One binding in the tree, `depth` levels below the account the tree was read for."""

    member: str
    upline: str
    depth: int
    joined_at: int
    members: int  # everyone below this member


def account_id(db, address: str) -> int:
    """The integer id the downline's tables know `address` by, given it if it has none."""
    db.execute("INSERT OR IGNORE INTO downline_accounts (address) VALUES (?)", [address])
    return db.execute("SELECT id FROM downline_accounts WHERE address = ?",
                      [address]).fetchone()[0]


def upline_of(db, member: str) -> str | None:
    """The account `member` is bound to, if this book knows it."""
    row = db.execute("SELECT upline FROM downline_members WHERE member = ?",
                     [member]).fetchone()
    return row[0] if row else None


def line_above(db, member: str, levels: int) -> list[str]:
    """Up to `levels` accounts above `member`, nearest first."""
    rows = db.execute(
        "WITH RECURSIVE up(account, depth) AS ("
        " SELECT upline, 1 FROM downline_members WHERE member = :m"
        " UNION ALL SELECT d.upline, up.depth + 1 FROM downline_members d"
        "  JOIN up ON d.member = up.account WHERE up.depth < :levels)"
        " SELECT account FROM up ORDER BY depth", {"m": member, "levels": levels}).fetchall()
    return [r[0] for r in rows]


def check_binding(db, member: str, upline: str, code: str) -> None:
    """Refuse binding `member` to `upline` with the reason: oneself, a member already bound
    elsewhere, or an upline that is already below the member (a cycle)."""
    if member.lower() == upline.lower():
        raise SelfInvite("{account} cannot join its own downline.", account=member)
    row = db.execute("SELECT upline, code FROM downline_members WHERE member = ?",
                     [member]).fetchone()
    if row and not (row[0].lower() == upline.lower() and row[1] == code):
        raise AlreadyBound("{member} is already bound to {upline}; a member is bound once.",
                           member=member, upline=row[0])
    # 100 levels is far beyond any lawful line; it bounds the walk if the book was hand-edited.
    cycle = db.execute(
        "WITH RECURSIVE up(account, depth) AS (SELECT :u, 0"
        " UNION SELECT d.upline, up.depth + 1 FROM downline_members d"
        "  JOIN up ON d.member = up.account WHERE up.depth < 100)"
        " SELECT 1 FROM up WHERE account = :m COLLATE NOCASE LIMIT 1",
        {"u": upline, "m": member}).fetchone()
    if cycle:
        raise CycleRefused("{upline} is already in the downline of {member}; binding it "
                           "would close a circle.", upline=upline, member=member)


def _bind(db, acceptance: Acceptance, at: int) -> bool:
    invite = acceptance.invite
    check_binding(db, acceptance.member, invite.upline, invite.code)
    cur = db.execute(
        "INSERT OR IGNORE INTO downline_members (member, upline, code, expiry,"
        " invite_signature, joined_at, join_signature, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [acceptance.member, invite.upline, invite.code, invite.expiry, invite.signature,
         acceptance.joined_at, acceptance.signature, at])
    return cur.rowcount > 0


def record(db, acceptance: Acceptance, *, at: int | None = None) -> bool:
    """Record a checked acceptance (see invites.read_acceptance) and the upline's own
    binding it carries; False when it was recorded before. Refused: see check_binding."""
    at = int(time.time()) if at is None else at
    with _tx.write(db):
        via = acceptance.invite.via
        while via is not None:  # the lines above first, so a cycle through them shows
            _bind(db, via, at)
            via = via.invite.via
        return _bind(db, acceptance, at)


def record_invite(db, invite: Invite, *, at: int) -> None:
    """Keep an invite this book issued."""
    with _tx.write(db):
        db.execute("INSERT INTO downline_invites (code, upline, expiry, signature, issued_at)"
                   " VALUES (?, ?, ?, ?, ?)",
                   [invite.code, invite.upline, invite.expiry, invite.signature, at])


def acceptance_of(db, member: str) -> Acceptance | None:
    """The recorded proof that `member` is bound (with the lines above it), to carry in an
    invite the member issues."""
    row = db.execute("SELECT upline, code, expiry, invite_signature, joined_at, join_signature"
                     " FROM downline_members WHERE member = ?", [member]).fetchone()
    if row is None:
        return None
    upline, code, expiry, invite_sig, joined_at, join_sig = row
    # Only the upline's own binding travels: a third level is the most a plan pays.
    above = db.execute("SELECT upline, code, expiry, invite_signature, joined_at,"
                       " join_signature FROM downline_members WHERE member = ?",
                       [upline]).fetchone()
    via = None
    if above is not None:
        via = Acceptance(Invite(above[0], above[1], above[2], above[3]), upline, above[4],
                         above[5])
    return Acceptance(Invite(upline, code, expiry, invite_sig, via), member, joined_at, join_sig)


def accept_for(db, acceptance: Acceptance, accounts: list[str], *,
               at: int | None = None) -> bool:
    """The upline's side: record a member's acceptance of an invite one of `accounts`
    issued. Refuses an acceptance of someone else's invite."""
    upline = acceptance.invite.upline.lower()
    if upline not in {a.lower() for a in accounts}:
        raise DownlineError("This acceptance answers an invite from {upline}, which is not "
                            "an account of this profile.", upline=acceptance.invite.upline)
    return record(db, acceptance, at=at)


def subtree(db, root: str, *, parent: str | None = None, limit: int = 500,
            offset: int = 0) -> list[Member]:
    """The members directly below `parent` (default: `root`), each with how many are below
    it; depth counts from `root`. A page of `limit` rows, for a lazy tree."""
    parent = root if parent is None else parent
    depth = 1
    if parent.lower() != root.lower():
        above = [a.lower() for a in line_above(db, parent, 100)]
        depth = above.index(root.lower()) + 2 if root.lower() in above else 0
    rows = db.execute(
        "SELECT m.member, m.upline, m.joined_at, ("
        "  WITH RECURSIVE below(account) AS (SELECT m.member"
        "   UNION ALL SELECT d.member FROM downline_members d JOIN below"
        "   ON d.upline = below.account)"
        "  SELECT count(*) - 1 FROM below)"
        " FROM downline_members m WHERE m.upline = ? ORDER BY m.joined_at, m.member"
        " LIMIT ? OFFSET ?", [parent, limit, offset]).fetchall()
    return [Member(r[0], r[1], depth, r[2], r[3]) for r in rows]


def members_below(db, root: str) -> int:
    """How many members are below `root`, at any depth."""
    return db.execute(
        "WITH RECURSIVE below(account) AS (SELECT ?"
        " UNION ALL SELECT d.member FROM downline_members d JOIN below"
        " ON d.upline = below.account) SELECT count(*) - 1 FROM below", [root]).fetchone()[0]
