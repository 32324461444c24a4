"""Signed invites and acceptances: how a downline grows with no server.

An upline signs an invite (EIP-712: upline, code, expiry) and hands it out as a code, a
link or a QR. The invitee checks the signature offline and signs an acceptance (member,
upline, code, joined at) that travels back to the upline, who checks both signatures and
records the member. An invite also carries the upline's own acceptance, if it has one, so
the invitee learns the level above its upline with the same proof.

Signing and recovery are callables passed in (the wallet lives outside shop):
`sign(full_message) -> signature`, `recover(full_message, signature) -> address`.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass

from .errors import DownlineError, InviteDamaged, InviteExpired, InviteTampered

DOMAIN = {"name": "Ziliudi Downline", "version": "1"}
_DOMAIN_TYPE = [{"name": "name", "type": "string"}, {"name": "version", "type": "string"}]
INVITE_TYPES = {"EIP712Domain": _DOMAIN_TYPE, "Invite": [
    {"name": "upline", "type": "address"}, {"name": "code", "type": "string"},
    {"name": "expiry", "type": "uint64"}]}
JOIN_TYPES = {"EIP712Domain": _DOMAIN_TYPE, "Join": [
    {"name": "member", "type": "address"}, {"name": "upline", "type": "address"},
    {"name": "code", "type": "string"}, {"name": "joinedAt", "type": "uint64"}]}
INVITE_PREFIX = "ZLD-INVITE-"
JOIN_PREFIX = "ZLD-JOIN-"
LINK_PREFIX = "ziliudi://downline/join?invite="
DEFAULT_DAYS = 7
MAX_DAYS = 365
MAX_TEXT = 8_000  # an invite with its upline's acceptance is about 1,400 characters


@dataclass(frozen=True)
class Invite:
    """An upline's signed invite; `via` is the upline's own acceptance, when it has an upline."""

    upline: str
    code: str
    expiry: int
    signature: str
    via: Acceptance | None = None

    def typed_data(self) -> dict:
        """The EIP-712 full message the upline signs."""
        return invite_typed_data(self.upline, self.code, self.expiry)

    def as_json(self) -> dict:
        doc = {"upline": self.upline, "code": self.code, "expiry": self.expiry,
               "signature": self.signature}
        if self.via is not None:
            doc["via"] = self.via.as_json()
        return doc

    @property
    def text(self) -> str:
        """The invite as one line of text to paste into a chat."""
        return INVITE_PREFIX + _pack(self.as_json())

    @property
    def link(self) -> str:
        """The invite as a link (what the QR holds)."""
        return LINK_PREFIX + _pack(self.as_json())


@dataclass(frozen=True)
class Acceptance:
    """A member's signed acceptance of an invite: the proof of one binding."""

    invite: Invite
    member: str
    joined_at: int
    signature: str

    def typed_data(self) -> dict:
        """The EIP-712 full message the member signs."""
        return join_typed_data(self.member, self.invite.upline, self.invite.code,
                               self.joined_at)

    def as_json(self) -> dict:
        return {"invite": self.invite.as_json(), "member": self.member,
                "joinedAt": self.joined_at, "signature": self.signature}

    @property
    def text(self) -> str:
        """The acceptance as one line of text to send back to the upline."""
        return JOIN_PREFIX + _pack(self.as_json())


def invite_typed_data(upline: str, code: str, expiry: int) -> dict:
    return {"types": INVITE_TYPES, "primaryType": "Invite", "domain": dict(DOMAIN),
            "message": {"upline": upline, "code": code, "expiry": expiry}}


def join_typed_data(member: str, upline: str, code: str, joined_at: int) -> dict:
    return {"types": JOIN_TYPES, "primaryType": "Join", "domain": dict(DOMAIN),
            "message": {"member": member, "upline": upline, "code": code,
                        "joinedAt": joined_at}}


def _pack(doc: dict) -> str:
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unpack(text: str, prefixes: tuple) -> dict:
    text = "".join((text or "").split())
    for prefix in prefixes:
        if text.startswith(prefix):
            body = text[len(prefix):]
            break
    else:
        raise InviteDamaged("This is not a Ziliudi invite or acceptance.")
    if len(body) > MAX_TEXT:
        raise InviteDamaged("This is not a Ziliudi invite or acceptance.")
    try:
        doc = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InviteDamaged("The invite is incomplete or damaged; ask for it again.") from None
    if not isinstance(doc, dict):
        raise InviteDamaged("The invite is incomplete or damaged; ask for it again.")
    return doc


def _invite_from(doc) -> Invite:
    try:
        via = doc.get("via")
        invite = Invite(str(doc["upline"]), str(doc["code"]), int(doc["expiry"]),
                        str(doc["signature"]),
                        _acceptance_from(via) if via is not None else None)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InviteDamaged("The invite is incomplete or damaged; ask for it again.") from None
    if not invite.code or not 0 < invite.expiry < 2**64:
        raise InviteDamaged("The invite is incomplete or damaged; ask for it again.")
    return invite


def _acceptance_from(doc) -> Acceptance:
    try:
        return Acceptance(_invite_from(doc["invite"]), str(doc["member"]),
                          int(doc["joinedAt"]), str(doc["signature"]))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InviteDamaged("The invite is incomplete or damaged; ask for it again.") from None


def _signed_by(full_message: dict, signature: str, account: str, recover) -> bool:
    try:
        return recover(full_message, signature).lower() == account.lower()
    except Exception:  # a signature that is not one: the same as a wrong one
        return False


def check_acceptance(acceptance: Acceptance, recover) -> None:
    """Raise InviteTampered unless the invite, the acceptance and any acceptance the invite
    carries are each signed by the account they name, and each was signed before its invite
    expired."""
    invite = acceptance.invite
    check_invite_signatures(invite, recover)
    if not _signed_by(acceptance.typed_data(), acceptance.signature, acceptance.member,
                      recover):
        raise InviteTampered("The acceptance was not signed by {member}, the account it names; "
                             "it was changed or forged.", member=acceptance.member)
    if acceptance.joined_at > invite.expiry:
        raise InviteExpired("The acceptance was signed after the invite expired.")


def check_invite_signatures(invite: Invite, recover) -> None:
    """Raise InviteTampered unless the invite is signed by its upline (and the upline's own
    acceptance, if carried, names that upline as its member and is sound)."""
    if not _signed_by(invite.typed_data(), invite.signature, invite.upline, recover):
        raise InviteTampered("The invite was not signed by {upline}, the account it names; "
                             "it was changed or forged.", upline=invite.upline)
    if invite.via is not None:
        if invite.via.member.lower() != invite.upline.lower():
            raise InviteTampered("The invite carries an acceptance of another account.")
        check_acceptance(invite.via, recover)


def new_invite(upline: str, *, sign, at: int, days: int = DEFAULT_DAYS,
               via: Acceptance | None = None) -> Invite:
    """A new invite from `upline`, valid for `days` days from `at`, signed with `sign`."""
    if type(days) is not int or not 1 <= days <= MAX_DAYS:
        raise DownlineError("An invite lasts from 1 to {most} days.", most=MAX_DAYS)
    code = secrets.token_hex(5)
    expiry = at + days * 86400
    return Invite(upline, code, expiry, sign(invite_typed_data(upline, code, expiry)), via)


def read_invite(text: str, *, recover, at: int) -> Invite:
    """The invite in `text` (its code or link), its signatures checked; refuses a damaged,
    tampered or expired one with the reason."""
    text = "".join((text or "").split())
    if text.startswith(LINK_PREFIX):
        text = INVITE_PREFIX + text[len(LINK_PREFIX):]
    invite = _invite_from(_unpack(text, (INVITE_PREFIX,)))
    check_invite_signatures(invite, recover)
    if at >= invite.expiry:
        raise InviteExpired("The invite expired; ask {upline} for a new one.",
                            upline=invite.upline)
    return invite


def accept(invite: Invite, member: str, *, sign, at: int) -> Acceptance:
    """The member's acceptance of `invite`, signed with `sign`."""
    return Acceptance(invite, member, at,
                      sign(join_typed_data(member, invite.upline, invite.code, at)))


def read_acceptance(text: str, *, recover) -> Acceptance:
    """The acceptance in `text`, every signature in it checked."""
    acceptance = _acceptance_from(_unpack(text, (JOIN_PREFIX,)))
    check_acceptance(acceptance, recover)
    return acceptance
