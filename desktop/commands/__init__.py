"""Command-line commands. desktop.commands.parsers declares each command's arguments and help;
the module of the same name here holds what the command does, and is imported only when the
command runs, so that parsing the line and `ziliudi --help` load none of the services."""

from __future__ import annotations

import importlib


class Command:
    """A command's function, named by its module and name; the module is imported when it runs."""

    def __init__(self, module: str, name: str):
        self.module = module
        self.name = name

    def __call__(self, ctx, args) -> int:
        return getattr(importlib.import_module(self.module), self.name)(ctx, args)
