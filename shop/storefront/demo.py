"""The demo profile's storefront: a store built from the demo supplier lot."""

from __future__ import annotations

from .listings import add_lot, all_listings, update_listing
from .profile import StoreProfile, get_profile, save_profile

DEMO_STORE = StoreProfile(
    name="小林的自留地", notice="夏季女装清仓，工厂直发，七天无理由退换。下单后 48 小时内发货。",
    wechat="xiaolin-shop", phone="138 0000 0000", currency="CNY")


def seed_demo_store(db, at: int | None = None) -> None:
    """The demo store: profile and a listing for every item of the demo lot (suggested
    price), the first product described. Does nothing when a store exists already."""
    if get_profile(db).name or all_listings(db, at=at):
        return
    save_profile(db, DEMO_STORE)
    lot = db.execute("SELECT id FROM lots ORDER BY id LIMIT 1").fetchone()
    if lot is None:
        return
    added = add_lot(db, lot[0], at=at)
    if added:
        update_listing(db, added[0].id, description="法式碎花，轻薄透气，通勤度假都合适。", at=at)
