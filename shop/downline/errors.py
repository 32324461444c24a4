"""Refusals about invites, the tree and the commission plan, each a sentence for the user."""

from shop.errors import ShopError


class DownlineError(ShopError):
    """A downline rule was broken."""


class InviteDamaged(DownlineError):
    """The text or file is not an invite or an acceptance."""


class InviteTampered(DownlineError):
    """A signature does not match what the invite or acceptance says."""


class InviteExpired(DownlineError):
    """The invite's expiry has passed."""


class SelfInvite(DownlineError):
    """An account cannot be its own upline."""


class AlreadyBound(DownlineError):
    """The account already has an upline; a member is bound once."""


class CycleRefused(DownlineError):
    """The binding would make an account its own upline further up the line."""


class PlanRefused(DownlineError):
    """A commission plan the law forbids: too deep, an entry fee or pay for recruits."""
