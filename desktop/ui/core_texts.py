"""Sentences the core (shop, wallet, services) shows to people, listed so that the translation
tools collect them; the GUI looks them up in the same contexts when it shows them.

tests/desktop/test_core_texts.py checks this list against the core, so a new message cannot be
forgotten.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

ERRORS = [
    QT_TRANSLATE_NOOP("errors", "A profile named “{name}” already exists."),
    QT_TRANSLATE_NOOP("errors", "A profile named “{name}” already exists; choose another name or replace it."),
    QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "Choose a password for this account."),
    QT_TRANSLATE_NOOP("errors", "Choose a stock file first."),
    QT_TRANSLATE_NOOP("errors", "Choose the account that signs with --account ADDRESS|LABEL ({count} accounts are here)."),
    QT_TRANSLATE_NOOP("errors", "Choose the signing account with --account ({count} accounts are here)."),
    QT_TRANSLATE_NOOP("errors", "Enter the carrier and the tracking number."),
    QT_TRANSLATE_NOOP("errors", "Expected {what} on stdin."),
    QT_TRANSLATE_NOOP("errors", "Give the RPC URL with --rpc-url or --rpc-url-stdin."),
    QT_TRANSLATE_NOOP("errors", "Name the lot the stock goes into."),
    QT_TRANSLATE_NOOP("errors", "No profile is open."),
    QT_TRANSLATE_NOOP("errors", "Not sent."),
    QT_TRANSLATE_NOOP("errors", "Nothing removed."),
    QT_TRANSLATE_NOOP("errors", "Refusing without confirmation: add --yes."),
    QT_TRANSLATE_NOOP("errors", "Simulated buyers exist only on the Sandbox network."),
    QT_TRANSLATE_NOOP("errors", "Something went wrong ({kind}). Details were written to the log."),
    QT_TRANSLATE_NOOP("errors", "Test money exists only on the Sandbox network."),
    QT_TRANSLATE_NOOP("errors", "That is not the buyer's signature of this settlement."),
    QT_TRANSLATE_NOOP("errors", "That listing has no signed offer yet: sign offers first."),
    QT_TRANSLATE_NOOP("errors", "The account is locked. Enter its password to unlock it."),
    QT_TRANSLATE_NOOP("errors", "The network {network} has no escrow contract set."),
    QT_TRANSLATE_NOOP("errors", "The network {network} has no stablecoin and escrow contract set; add their addresses to it on the Wallet page first."),
    QT_TRANSLATE_NOOP("errors", "The network {network} has no token set."),
    QT_TRANSLATE_NOOP("errors", "The network {network} has no token set; use --native to send its coin."),
    QT_TRANSLATE_NOOP("errors", "The offer for {sku} cannot be signed: {problems}."),
    QT_TRANSLATE_NOOP("errors", "The store is paid to {payout}: sign the offers with that account, or change the payout account in the store profile."),
    QT_TRANSLATE_NOOP("errors", "The store's key for delivery details is missing from the keyring; orders already placed cannot be read. Make a new key to go on."),
    QT_TRANSLATE_NOOP("errors", "The store's key for delivery details is not in the keyring."),
    QT_TRANSLATE_NOOP("errors", "The two parts must add up to {held}, what the escrow holds."),
    QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."),
    QT_TRANSLATE_NOOP("errors", "There is no profile named “{name}”."),
    QT_TRANSLATE_NOOP("errors", "There is no single account with the address or label “{ref}”."),
    QT_TRANSLATE_NOOP("errors", "There is no wallet account to sign with yet: make one with “ziliudi wallet new” or import one with “ziliudi wallet import”."),
    QT_TRANSLATE_NOOP("errors", "Wrong password for this account."),
    QT_TRANSLATE_NOOP("errors", "{address} is not one of the simulated buyers."),
    QT_TRANSLATE_NOOP("errors", "“{name}” cannot be a profile name: use 1 to 64 characters without / \\ : * ? \" < > |."),
    QT_TRANSLATE_NOOP("errors", "“{text}” is not a date and time like 2025-06-01T10:00."),
]

STOCK_REASONS = [
    QT_TRANSLATE_NOOP("stock", "SKU {sku} is already on row {first_row}"),  # duplicate_sku
    QT_TRANSLATE_NOOP("stock", "formula without a saved value: open the file in Excel or WPS, save it, and import again"),  # formula_without_value
    QT_TRANSLATE_NOOP("stock", "the product name is empty"),  # missing_name
    QT_TRANSLATE_NOOP("stock", "there is no price: fill in the tag price or the supply price"),  # missing_price
    QT_TRANSLATE_NOOP("stock", "the quantity is empty"),  # missing_quantity
    QT_TRANSLATE_NOOP("stock", "the style number is empty"),  # missing_style_no
    QT_TRANSLATE_NOOP("stock", "price {value} is negative"),  # negative_price
    QT_TRANSLATE_NOOP("stock", "quantity {value} is negative"),  # negative_quantity
    QT_TRANSLATE_NOOP("stock", "“{value}” is not a number"),  # not_a_number
    QT_TRANSLATE_NOOP("stock", "quantity {value} is not a whole number"),  # not_whole_number
    QT_TRANSLATE_NOOP("stock", "supply price {supply} is above tag price {tag}"),  # supply_above_tag
    QT_TRANSLATE_NOOP("stock", "{value} has more than 2 decimals"),  # too_many_decimals
]

ORDER_STATES = [
    QT_TRANSLATE_NOOP("OrderStates", "Accepted"),
    QT_TRANSLATE_NOOP("OrderStates", "Completed"),
    QT_TRANSLATE_NOOP("OrderStates", "Disputed"),
    QT_TRANSLATE_NOOP("OrderStates", "Funded"),
    QT_TRANSLATE_NOOP("OrderStates", "None"),
    QT_TRANSLATE_NOOP("OrderStates", "Refunded"),
    QT_TRANSLATE_NOOP("OrderStates", "Resolved"),
    QT_TRANSLATE_NOOP("OrderStates", "Shipped"),
]

LOTS = [
    QT_TRANSLATE_NOOP("lots", "Three commission levels are allowed, but three levels together with an entry fee or pay for recruits is a crime in China (Criminal Code 224-1)."),
]
