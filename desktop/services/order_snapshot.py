"""What the Orders page shows, read off the GUI thread in one go: the current network's escrow
orders (after a sync, if asked), the chain's clock, the credits waiting in the escrow and, on
the Sandbox, the simulated buyers, the offers they can pay and the pickup points they may
choose."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from desktop.services import orders as service, pickup, simulated_buyer, storefront
from shop.storefront.errors import StorefrontError


@dataclass
class Snapshot:
    """What the page shows, read off the GUI thread."""

    network: str = ""
    sandbox: bool = False
    chain_id: int = 0
    contract: str = ""
    symbol: str = ""
    decimals: int = 0
    views: list = field(default_factory=list)
    offset: float = 0.0  # chain clock minus wall clock
    buyers: list = field(default_factory=list)
    offers: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)
    pickup_points: list = field(default_factory=list)  # the store's pickup points' names
    handovers: dict = field(default_factory=dict)  # listing id -> "pickup" | "both"
    credits: list = field(default_factory=list)  # services.orders.Credit, non-zero only
    summary: object = None
    site_url: str = ""  # where the store's pages are, for links to the order page


def read_snapshot(work, sync: bool = False, progress=None, cancelled=None) -> Snapshot:
    """Sync (if asked), then read the orders of the current network's escrow contract."""
    summary = service.sync(work, progress=progress, cancelled=cancelled) if sync else None
    t = service.target(work)
    token = work.wallet.network(t.network).token
    snap = Snapshot(t.network, t.is_sandbox, t.chain_id, t.contract,
                    token.symbol if token else "", token.decimals if token else 0,
                    service.order_views(work, contract=t.contract),
                    service.chain_now(work, t) - time.time(), summary=summary)
    try:
        snap.accounts = [a.address for a in work.wallet.accounts.list()]
    except Exception:
        snap.accounts = []
    try:
        snap.credits = service.credits(work, t.network)
    except Exception:  # the orders still show when the credits cannot be read
        snap.credits = []
    try:
        snap.site_url = storefront.site_url(work)
    except StorefrontError:  # no address buyers could open: the orders show without links
        snap.site_url = ""
    if t.is_sandbox:
        snap.buyers = simulated_buyer.sandbox_buyers(work)
        snap.offers = simulated_buyer.offer_names(work)
        choices = pickup.site_pickup(work)
        snap.pickup_points = [p["name"] for p in choices["points"]]
        snap.handovers = choices["handover"]
    return snap
