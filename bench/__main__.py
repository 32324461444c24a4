"""`python -m bench NAME`: run one benchmark; its last line is a JSON summary.

NAME may be spelled with dashes (escrow-gas) and has short aliases (sync).
"""

import importlib
import pkgutil
import sys

import bench

ALIASES = {"sync": "escrow_sync", "downline": "commissions"}


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))


def resolve(name: str) -> str:
    """The module name of a benchmark as it may be typed (dashes, aliases)."""
    name = name.replace("-", "_")
    return ALIASES.get(name, name)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or resolve(argv[0]) not in available():
        names = ", ".join(available() + sorted(ALIASES))
        print(f"usage: python -m bench NAME   (NAME: {names}; dashes or underscores)",
              file=sys.stderr)
        return 2
    return importlib.import_module(f"bench.{resolve(argv[0])}").main() or 0


sys.exit(main(sys.argv[1:]))
