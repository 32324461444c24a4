"""`ziliudi about`: the facts of Help → About Ziliudi, on the terminal."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.i18n import translate
from desktop.services.about import about


def run(ctx, args) -> int:
    facts = about(ctx.data_dir)
    if args.json:
        print_json(facts.as_json())
        return 0
    print(f"Ziliudi {facts.version}")
    print(translate("cli.about", "Data folder: {folder}").format(folder=facts.data_dir))
    print(translate("cli.about", "Log file: {file}").format(file=facts.log_file))
    print(f"Qt {facts.qt}, PySide6 {facts.pyside}, Python {facts.python}")
    return 0
