"""The commands' arguments and help, one module for each command of `ziliudi`, in the order `--help` lists them."""

from desktop.commands.parsers import lots, orders, profile, sandbox, storefront, sync, wallet

COMMANDS = [profile, wallet, lots, storefront, sync, orders, sandbox]
