"""Command-line commands; each module has register(subparsers) and sets `run` on its parsers."""

from desktop.commands import lots, profile, storefront, wallet

COMMANDS = [profile, wallet, lots, storefront]
