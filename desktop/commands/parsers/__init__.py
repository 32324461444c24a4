"""The commands' arguments and help, one module for each command of `ziliudi`, named in the order
`--help` lists them: the command line imports them only when a command or --help is on the line,
not to open the window."""

COMMANDS = tuple(f"desktop.commands.parsers.{name}" for name in (
    "profile", "wallet", "lots", "storefront", "sync", "orders", "books", "sandbox",
    "arbitration", "downline", "about"))
