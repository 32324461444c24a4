"""`ziliudi about`: the facts of Help → About Ziliudi, on the terminal."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.services.about import about


def run(ctx, args) -> int:
    facts = about(ctx.data_dir)
    if args.json:
        print_json(facts.as_json())
        return 0
    print(f"Ziliudi {facts.version}")
    print(f"Data folder: {facts.data_dir}")
    print(f"Log file: {facts.log_file}")
    print(f"Qt {facts.qt}, PySide6 {facts.pyside}, Python {facts.python}")
    return 0
