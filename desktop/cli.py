"""Command line: `ziliudi [--data-dir DIR] [--profile NAME | --demo] COMMAND ...`.

Exit codes: 0 done, 1 refused (the reason on stderr, nothing changed), 2 usage.
Qt is imported only by the commands that open a window; the others speak Chinese (--lang,
else the system's language) from the translation source, without Qt (desktop.i18n).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.commands import Command
from desktop.commands.parsers import COMMANDS
from desktop.services import paths
from desktop.i18n import (CommandLine, error_text, never_fail_to_print, printable, resolve,
                          translate)
from desktop.services.errors import UserFacingError, log_unexpected, refusal
from desktop.services.paths import DEMO_PROFILE

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
DEFAULT_PROFILE = "default"
# The window and its check are named, not imported: only they load Qt.
OPEN_WINDOW = Command("desktop.ui.app", "run_gui")
SELF_TEST = Command("desktop.ui.self_test", "run_self_test")


@dataclass
class CliContext:
    """What every command gets: where the data is and which profile was asked for."""

    data_dir: Path
    portable: bool
    profile_name: str | None
    lang: str | None

    def session(self):
        """Open the chosen profile: --demo, --profile NAME, else the only or default profile."""
        from desktop.services.session import Session

        session = Session(self.data_dir)
        name = self.profile_name
        if name is None:
            names = [p.name for p in session.profiles.list() if p.name != DEMO_PROFILE]
            name = names[0] if len(names) == 1 else DEFAULT_PROFILE
            if not session.profiles.exists(name):
                session.profiles.create(name)
        session.open_profile(name)
        return session

    def work(self):
        """A work unit on the chosen profile (see session()), for service calls made inline."""
        return self.session().work()


def print_json(document) -> None:
    """Print one JSON document on stdout."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def read_password(args, prompt: str | None = None, confirm: bool = False) -> str:
    """A password from stdin (--password-stdin) or a prompt (translated); never from an argument."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    import getpass

    password = getpass.getpass(prompt or translate("cli", "Password: "))
    if confirm and getpass.getpass(translate("cli", "Repeat: ")) != password:
        raise SystemExit(_refuse(translate("cli", "the passwords do not match")))
    return password


def confirm(args, question: str) -> bool:
    """Yes to a (translated) question: --yes, else an answer on the terminal; refused when
    stdin is not one. y or yes is yes, and so is 是 for a Chinese answer."""
    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        raise UserFacingError("Refusing without confirmation: add --yes.")
    answer = input(question + translate("cli", " [y/N] ")).strip().lower()
    return answer in {"y", "yes", "是"}


def _refuse(message: str) -> int:
    """Say a refusal, already in the user's language, on stderr."""
    print(f"ziliudi: {message}", file=sys.stderr)
    return EXIT_REFUSED


def speak(choice: str | None) -> None:
    """Speak the chosen language (--lang, else the system's) from now on; English when its
    compiled translation is missing.

    Chinese is spoken only where both stdout and stderr can encode it: a console or pipe
    in GBK or UTF-8 can, one in cp1252 cannot, and there English stays readable where Chinese
    would stop the command with an encoding error."""
    language = resolve(choice)
    # Chinese text may still reach a console that lacks a character: a name quoted in a refusal
    # on cp1252, a price's ¥ on GBK. A stand-in for it beats a traceback.
    never_fail_to_print(sys.stdout, sys.stderr)
    CommandLine.use(printable(language, sys.stdout, sys.stderr))


def columns(text: str) -> int:
    """How many console columns text takes: two for a Chinese character, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class HelpLayout(argparse.HelpFormatter):
    """argparse's layout, wrapping translated help at the console's width in columns (argparse
    counts characters, and breaks lines only at spaces, which Chinese has few of); English is
    laid out as argparse does."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if CommandLine.words is None or text.isascii():
            return super()._split_lines(text, width)
        lines, line = [], ""
        # an unbroken run of ASCII (a word, an option, a placeholder) with the space after it,
        # else one character
        for piece in re.findall(r"[!-~]+ ?|\s|.", " ".join(text.split())):
            if line and columns(line + piece.rstrip()) > width:
                lines.append(line.rstrip())
                line = piece.lstrip()
            else:
                line += piece
        return lines + [line.rstrip()] if line.strip() else lines

    def _format_usage(self, usage, actions, groups, prefix):
        prefix = argparse._("usage: ") if prefix is None else prefix
        if prefix.isascii():
            return super()._format_usage(usage, actions, groups, prefix)
        # laid out behind an ASCII prefix as wide as the translated one, so that the wrapped
        # lines line up under the first
        stand_in = "u" * columns(prefix)
        return prefix + super()._format_usage(usage, actions, groups, stand_in)[len(stand_in):]


class Parser(argparse.ArgumentParser):
    """argparse's parser, laid out for Chinese (what a console cannot show gets a stand-in: speak)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpLayout)
        super().__init__(*args, **kwargs)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line, in the language spoken (see speak); without commands it knows only the
    global options (enough to open the window) and leaves their usage errors to the full one."""
    parser = Parser(
        prog="ziliudi",
        description=translate("cli.help", "Ziliudi (自留地): your own storefront, clearance lots, "
                                          "escrow and books."),
        add_help=with_commands,
        exit_on_error=with_commands,
    )
    parser.add_argument("--version", action="version", version=f"ziliudi {__version__}",
                        help=translate("argparse", "show program's version number and exit"))
    parser.add_argument("--data-dir", metavar="DIR", help=translate(
        "cli.help", "data folder (default: the user data folder, or ${variable}); settings live "
                    "inside it too").format(variable=paths.DATA_DIR_ENV))
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--profile", metavar="NAME", help=translate("cli.help", "the profile to use"))
    who.add_argument("--demo", action="store_true",
                     help=translate("cli.help", "use the demo profile (created on first use)"))
    parser.add_argument("--lang", choices=["zh_CN", "en"],
                        help=translate("cli.help", "interface language (default: the system's)"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("cli.help", "open the window offscreen on a temporary "
                                                   "profile, check the parts, and exit"))
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help=translate("cli.help", "open the window (the default)"))
    gui.set_defaults(run=OPEN_WINDOW)
    for name in COMMANDS:
        importlib.import_module(name).register(commands)
    return parser


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


LOG_BYTES = 2_000_000


def setup_logging(data_dir: Path) -> None:
    """Warnings to stderr; the same plus tracebacks of unexpected errors to DIR/logs/ziliudi.log."""
    root = logging.getLogger()
    root.setLevel(logging.WARNING)  # libraries say more at INFO, e.g. which URL they call
    mine = [h for h in root.handlers if getattr(h, "ziliudi", None)]
    if not any(h.ziliudi == "console" for h in mine):
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.ziliudi = "console"
        root.addHandler(console)
    path = paths.log_file(data_dir)
    for handler in mine:  # one process may serve several data folders (tests do)
        if handler.ziliudi == "file" and Path(handler.baseFilename) != path.resolve():
            root.removeHandler(handler)
            handler.close()
        elif handler.ziliudi == "file":
            return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_BYTES:
            # One old log is kept; rotating at start is enough for a desktop app's small logs.
            path.replace(path.with_name(path.name + ".1"))
        file = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return  # a read-only data folder: log to stderr only
    file.setFormatter(logging.Formatter(LOG_FORMAT))
    file.ziliudi = "file"
    root.addHandler(file)


def _stdout_gone() -> bool:
    """Whether standard output is a pipe whose reader has closed it."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    import select

    if not hasattr(select, "poll"):  # Windows: a broken pipe there is the console's, not ours
        return True
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(event & select.POLLERR for _, event in poller.poll(0))


def _language_asked(argv: list[str] | None) -> str | None:
    """--lang's value on a line whose global options could not be read (an unknown --lang is the
    system's language, as in speak)."""
    lang = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    lang.add_argument("--lang")
    try:
        return lang.parse_known_args(argv)[0].lang
    except argparse.ArgumentError:
        return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `ziliudi` console script and `python -m desktop`."""
    # Opening the window needs only the global options: the language is chosen and the command
    # modules load when a command (or --help, or a mistake) is on the line, which keeps the
    # window's start quick; the help and the usage errors then speak the chosen language.
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
        lang = args.lang
    except argparse.ArgumentError:  # the full parser says what is wrong
        rest, lang = True, _language_asked(argv)
    if rest:
        speak(lang)
        args = build_parser().parse_args(argv)
    data_dir = paths.data_dir(args.data_dir)
    setup_logging(data_dir)
    ctx = CliContext(
        data_dir=data_dir,
        portable=paths.is_portable(args.data_dir),
        profile_name=DEMO_PROFILE if args.demo else args.profile,
        lang=args.lang,
    )
    if args.self_test:
        return SELF_TEST(ctx, args)
    run = getattr(args, "run", OPEN_WINDOW)  # the window installs its own translations
    try:
        return run(ctx, args) or EXIT_OK
    except KeyboardInterrupt:
        return _refuse(translate("cli", "interrupted"))
    except BrokenPipeError:
        if not _stdout_gone():
            raise
        # The reader of our output went away (`ziliudi lots show --json | head`): nothing is
        # left to say to it, and Python's own last flush must not fail again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_REFUSED
    except Exception as e:
        # A refusal, or a write the book or the disk could not take, is a sentence;
        # anything else is a bug, logged with its traceback.
        refused = refusal(e)
        if refused is not None:
            return _refuse(error_text(refused, translate))
        # The traceback goes to the log file alone (through the root logger the console
        # handler would print it, and a raise once more): the sentence says where it is.
        # Without a log file, logging's last resort prints it once on stderr.
        log = logging.getLogger("ziliudi.command")
        log.propagate = False
        log.handlers = [h for h in logging.getLogger().handlers if getattr(h, "ziliudi", None) == "file"]
        log_unexpected(e, "command failed", log)
        return _refuse(error_text(e, translate))
    finally:
        if "desktop.services.wallet" in sys.modules:  # the sandbox chain is saved on the way out
            sys.modules["desktop.services.wallet"].close_sandboxes()


if __name__ == "__main__":
    sys.exit(main())
