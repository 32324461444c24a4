"""The own-plot storefront (自留地): store profile, listings with price rules, signed
offers, share kit (links, QR, share text), the static site and delivery notes.

No Qt and no wallet: drawing posters is desktop/render's, signing is the wallet's.

Names load with their submodule on first use, so that importing one part (opening a
book needs only the tables) does not pull in the whole package at start-up.
"""

from shop._exports import lazy_exports

# name -> the submodule that defines it
_EXPORTS = {
    "NoSuchListing": "errors",
    "NoteError": "errors",
    "PriceRuleError": "errors",
    "StorefrontError": "errors",
    "BulkResult": "listings",
    "Listing": "listings",
    "add_listing": "listings",
    "add_lot": "listings",
    "all_listings": "listings",
    "bulk_reprice": "listings",
    "get_listing": "listings",
    "live_listings": "listings",
    "move_listing": "listings",
    "remove_listing": "listings",
    "update_listing": "listings",
    "key_pair_from_secret": "notes",
    "new_key_pair": "notes",
    "open_note": "notes",
    "public_of": "notes",
    "seal": "notes",
    "StoredOffer": "offers",
    "current_offers": "offers",
    "offer_by_hash": "offers",
    "save_offer": "offers",
    "StaleOffer": "offers",
    "stale_offers": "offers",
    "mark_revoked": "offers",
    "PaidIn": "quotes",
    "PrecisionLost": "quotes",
    "Rate": "quotes",
    "RateError": "quotes",
    "RateNeeded": "quotes",
    "parse_rate": "quotes",
    "quote_document": "quotes",
    "token_units": "quotes",
    "Bounds": "pricing",
    "bounds_of": "pricing",
    "bulk_price": "pricing",
    "check_price": "pricing",
    "round_to_nine": "pricing",
    "StoreProfile": "profile",
    "get_profile": "profile",
    "save_profile": "profile",
    "set_arbitrator": "profile",
    "clear_arbitrator": "profile",
    "listing_link": "share",
    "qr": "share",
    "share_text": "share",
    "store_link": "share",
}
__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
