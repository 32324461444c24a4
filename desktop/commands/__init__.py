"""Command-line commands; each module has register(subparsers) and sets `run` on its parsers."""

from desktop.commands import (arbitration, books, downline, lots, orders, profile, sandbox,
                              storefront, sync, wallet)

COMMANDS = [profile, wallet, lots, storefront, sync, orders, books, sandbox, arbitration,
            downline]
