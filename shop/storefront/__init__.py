"""The own-plot storefront (自留地): store profile, listings with price rules, signed
offers, share kit (links, QR, share text), the static site and delivery notes.

No Qt and no wallet: drawing posters is desktop/ui/share's, signing is the wallet's.
"""

from .errors import NoSuchListing, NoteError, PriceRuleError, StorefrontError
from .listings import (BulkResult, Listing, add_listing, add_lot, all_listings, bulk_reprice,
                       get_listing, live_listings, move_listing, remove_listing, update_listing)
from .notes import new_key_pair, open_note, public_of, seal
from .offers import StoredOffer, current_offers, offer_by_hash, save_offer, token_amount
from .pricing import Bounds, bounds_of, bulk_price, check_price, round_to_nine, yuan
from .profile import StoreProfile, get_profile, save_profile
from .share import listing_link, money, qr, share_text, store_link

__all__ = [
    "NoSuchListing", "NoteError", "PriceRuleError", "StorefrontError", "BulkResult", "Listing",
    "add_listing", "add_lot", "all_listings", "bulk_reprice", "get_listing", "live_listings",
    "move_listing", "remove_listing", "update_listing", "new_key_pair", "open_note",
    "public_of", "seal", "StoredOffer", "current_offers", "offer_by_hash", "save_offer",
    "token_amount", "Bounds", "bounds_of", "bulk_price", "check_price", "round_to_nine", "yuan",
    "StoreProfile", "get_profile", "save_profile", "listing_link", "money", "qr", "share_text",
    "store_link",
]
