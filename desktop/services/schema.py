"""Every part's migration sets, in the order a book applies them.

Importing them loads sqlite-utils, so the book module imports this only when a book is not
already at this version (see desktop.services.book.CURRENT_STEPS)."""

import shop.books.schema
import shop.downline.schema
import shop.orders.schema
import shop.schema
import shop.storefront.schema
import wallet.schema

MIGRATION_SETS = (shop.schema.migrations, shop.storefront.schema.migrations,
                  wallet.schema.migrations, shop.orders.schema.migrations,
                  shop.books.schema.migrations, shop.downline.schema.migrations)
#: Steps of sets that are gone, whose tables a later step takes over.
RETIRED_STEPS = shop.orders.schema.RETIRED
