"""`ziliudi --self-test`: open the window offscreen on a temporary profile and check each part.

Each line starts with "ok" or "FAIL" and the check's name as scripts look for them
("ok   keyring: ..."); what follows, and the summary, are in the chosen language."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCharts import QBarSeries, QBarSet, QChart
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect
from PySide6.QtGui import QImage, QImageReader, QPainter, QPdfWriter

from desktop.i18n import error_text, printable, resolve, size_words
from desktop.services import schema, self_check
from desktop.services.errors import is_user_facing
from desktop.services.paths import resources_dir
from desktop.services.profiles import ProfileStore
from desktop.services.self_check import CheckFailed
from desktop.ui.app import application, build
from desktop.ui.i18n import Translations
from shop.book import schema_version

# One of the app's strings and one of Qt's own (a standard button), looked up in Chinese.
APP_TEXT = ("MainWindow", "Ziliudi — your own plot")
QT_TEXT = ("QPlatformTheme", "Cancel")
CONTEXT = "SelfTest"

# What each check looks at, said after its name.
NAMES = {
    "database": QT_TRANSLATE_NOOP("SelfTest", "the book's database"),
    "keyring": QT_TRANSLATE_NOOP("SelfTest", "the system's keyring"),
    "resources": QT_TRANSLATE_NOOP("SelfTest", "the app's files"),
    "contracts": QT_TRANSLATE_NOOP("SelfTest", "the escrow's contracts"),
    "signing": QT_TRANSLATE_NOOP("SelfTest", "signing"),
    "sandbox": QT_TRANSLATE_NOOP("SelfTest", "the Sandbox chain"),
    "window": QT_TRANSLATE_NOOP("SelfTest", "the window"),
    "translations": QT_TRANSLATE_NOOP("SelfTest", "the translations"),
    "qt": QT_TRANSLATE_NOOP("SelfTest", "icons, charts and PDF"),
}


def _checks(data_dir: Path, cli_ctx) -> list[tuple[str, Callable[[], str]]]:
    def database() -> str:
        store = ProfileStore(data_dir)
        store.create("self-test")
        db = store.open("self-test")
        try:
            mode = db.execute("PRAGMA journal_mode").fetchone()[0]
            fk = db.execute("PRAGMA foreign_keys").fetchone()[0]
            ok = db.execute("PRAGMA quick_check").fetchone()[0]
            if (mode, fk, ok) != ("wal", 1, "ok"):
                raise CheckFailed("The book is not kept as the app keeps it: journal mode {mode}, "
                                  "foreign keys {fk}, quick check {check}.", mode=mode, fk=fk, check=ok)
            steps = sum(len(v) for v in schema_version(db).values())
            known = sum(len(m._migrations) for m in schema.MIGRATION_SETS)
            if steps != known:
                raise CheckFailed("{steps} of the book's {known} migration steps were applied.",
                                  steps=steps, known=known)
        finally:
            db.close()
        said = QCoreApplication.translate(
            "SelfTest", "SQLite {version}, write-ahead log, foreign keys, {steps} migration steps")
        return said.format(version=sqlite3.sqlite_version, steps=steps)

    def resources() -> str:
        folder = self_check.resources()
        return QCoreApplication.translate("SelfTest", "{count} files in {folder}").format(
            count=len(self_check.REQUIRED_RESOURCES), folder=folder)

    def sandbox() -> str:
        chain, token = self_check.sandbox_chain()
        return QCoreApplication.translate("SelfTest", "chain {chain}, demo token at {address}").format(
            chain=chain, address=token)

    def window() -> str:
        ctx = replace(cli_ctx, data_dir=data_dir, portable=True, profile_name="self-test")
        app, win = build(ctx)
        win.show()
        app.processEvents()
        if not win.isVisible() or win.nav.count() == 0:
            raise CheckFailed("The main window did not show its pages.")
        pages = win.nav.count()
        win.ctx.tasks.cancel_all()
        win.ctx.tasks.wait(30_000)
        win.close()
        said = QCoreApplication.translate("SelfTest", "the main window with {pages} pages ({platform})")
        return said.format(pages=pages, platform=app.platformName())

    return [("database", database), ("keyring", self_check.keyring_backend), ("resources", resources),
            ("contracts", self_check.contracts), ("signing", self_check.signing),
            ("sandbox", sandbox), ("window", window),
            ("translations", translations), ("qt", lambda: qt_parts(data_dir))]


def translations() -> str:
    """Switch to Chinese and back: the app's and Qt's own translations both answer."""
    language = Translations(application())
    try:
        if not language.apply("zh_CN"):
            raise CheckFailed("The Chinese translation does not load.")
        missing = ["{}: {}".format(context, text) for context, text in (APP_TEXT, QT_TEXT)
                   if QCoreApplication.translate(context, text) in ("", text)]
        chinese = QCoreApplication.translate(*APP_TEXT)
    finally:
        language.apply("en")  # only this check's translators: the chosen language stays
    if missing:
        raise CheckFailed("Untranslated in Chinese: {texts}.", texts="; ".join(missing))
    return QCoreApplication.translate("SelfTest", "Chinese: {text}").format(text=chinese)


def qt_parts(folder: Path) -> str:
    """The Qt pieces the app draws with: the SVG icon, the Overview's charts, a PDF."""
    icon = QImage(str(resources_dir() / "icons" / "ziliudi.svg"))
    if icon.isNull():
        formats = b", ".join(bytes(f) for f in QImageReader.supportedImageFormats()).decode()
        raise CheckFailed("The SVG icon does not load (image formats: {formats}).", formats=formats)
    chart, bars = QChart(), QBarSeries()
    bars.append(QBarSet("self-test"))
    chart.addSeries(bars)
    path = folder / "self-test.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(QRect(0, 0, 300, 300), icon)
    painter.end()
    if not path.read_bytes().startswith(b"%PDF"):
        raise CheckFailed("The PDF writer wrote no PDF.")
    said = QCoreApplication.translate("SelfTest", "SVG {width}x{height}, charts, a PDF of {size}")
    return said.format(width=icon.width(), height=icon.height(),
                       size=size_words(path.stat().st_size, QCoreApplication.translate))


def failure_text(error: Exception) -> str:
    """What went wrong in a check: a refusal's sentence in the chosen language; anything else
    as Python says it (a module a bundle left out is found by its name)."""
    if is_user_facing(error):
        return error_text(error, QCoreApplication.translate)
    return "{kind}: {error}".format(kind=type(error).__name__, error=error)


def run_self_test(cli_ctx, args=None) -> int:
    """Print one line per check in the chosen language (--lang, else the system's, English
    where the console cannot write Chinese); exit non-zero if any failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    language = printable(resolve(cli_ctx.lang), sys.stdout)
    # the window check installs its translations too: the same language, so the lines agree
    cli_ctx = replace(cli_ctx, lang=language)
    Translations(application()).apply(language)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ziliudi-self-test-") as tmp:
        for name, check in _checks(Path(tmp), cli_ctx):
            try:
                mark, detail = "ok  ", check()
            except Exception as e:  # every failure is reported, then the next check runs
                failures += 1
                mark, detail = "FAIL", failure_text(e)
            what = QCoreApplication.translate(CONTEXT, NAMES[name])
            print("{mark} {name}: {what} - {detail}".format(mark=mark, name=name, what=what,
                                                            detail=detail))
            sys.stdout.flush()
    if failures:
        said = QCoreApplication.translate("SelfTest", "Self-test failed: {count} of {total} checks.")
        print(said.format(count=failures, total=len(NAMES)))
    else:
        print(QCoreApplication.translate("SelfTest", "Self-test passed: every part works."))
    return 1 if failures else 0
