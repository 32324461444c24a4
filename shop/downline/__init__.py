"""The downline (分销团队): signed invites, the tree, a lawful commission plan and how a
unit's price is split among the supplier, the uplines and the seller.

No wallet here: signing and recovery are callables passed in.
"""

from shop._exports import lazy_exports

_EXPORTS = {
    "AlreadyBound": "errors", "CycleRefused": "errors", "DownlineError": "errors",
    "InviteDamaged": "errors", "InviteExpired": "errors", "InviteTampered": "errors",
    "PlanRefused": "errors", "SelfInvite": "errors",
    "Acceptance": "invites", "Invite": "invites", "accept": "invites",
    "new_invite": "invites", "read_acceptance": "invites", "read_invite": "invites",
    "Member": "tree", "accept_for": "tree", "acceptance_of": "tree",
    "check_binding": "tree", "line_above": "tree", "members_below": "tree", "record": "tree",
    "record_invite": "tree", "subtree": "tree", "upline_of": "tree",
    "BINDINGS": "plan", "Binding": "plan", "binding_of": "plan",
    "check_plan": "plan", "parse_levels": "plan", "referrer_for": "plan",
    "set_binding": "plan",
    "UnitSplit": "split", "split_unit": "split",
    "Sale": "ledger", "StatementLine": "ledger", "month_bounds": "ledger",
    "record_sale": "ledger", "reverse": "ledger", "settle": "ledger", "state_of": "ledger",
    "statement": "ledger",
}
__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
