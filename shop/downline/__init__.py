"""The downline (分销团队): signed invites, the tree, a lawful commission plan and how a
unit's price is split among the supplier, the uplines and the seller.

No wallet here: signing and recovery are callables passed in.
"""
