"""Refusals of the storefront, each a sentence for the user with named {fields}."""

from shop.errors import ShopError


class StorefrontError(ShopError):
    """A storefront rule was broken. `template` and `fields` let the GUI translate the
    sentence before filling it in; str() is the English sentence filled in."""


class PriceRuleError(StorefrontError):
    """A price outside the supplier's minimum or maximum retail price."""


class NoSuchListing(StorefrontError):
    def __init__(self, listing):
        super().__init__("There is no listing {listing} in the storefront.", listing=listing)


class NoteError(StorefrontError):
    """A buyer's delivery note cannot be read (not for this store's key, or damaged)."""
