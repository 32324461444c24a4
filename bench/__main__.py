"""`python -m bench NAME`: run one benchmark; its last line is a JSON summary."""

import importlib
import pkgutil
import sys

import bench


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in available():
        print(f"usage: python -m bench NAME   (NAME: {', '.join(available())})", file=sys.stderr)
        return 2
    return importlib.import_module(f"bench.{argv[0]}").main() or 0


sys.exit(main(sys.argv[1:]))
