"""The own-plot storefront (自留地): store profile, listings with price rules, signed
offers, share kit (links, QR, share text), the static site and delivery notes.

No Qt and no wallet: drawing posters is desktop/render's, signing is the wallet's.
"""
