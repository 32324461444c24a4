"""`ziliudi --self-test`: open the window offscreen on a temporary profile and check each part."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCharts import QBarSeries, QBarSet, QChart
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QImage, QImageReader, QPainter, QPdfWriter

from desktop.services import schema, self_check
from desktop.services.paths import resources_dir
from desktop.services.profiles import ProfileStore
from desktop.ui.app import application, build
from desktop.ui.i18n import Translations

# One of the app's strings and one of Qt's own (a standard button), looked up in Chinese.
APP_TEXT = ("MainWindow", "Ziliudi — your own plot")
QT_TEXT = ("QPlatformTheme", "Cancel")


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
                raise RuntimeError(f"journal_mode={mode} foreign_keys={fk} quick_check={ok}")
            steps = sum(len(v) for v in __import__("shop.book").book.schema_version(db).values())
            known = sum(len(m._migrations) for m in schema.MIGRATION_SETS)
            if steps != known:
                raise RuntimeError(f"{steps} of {known} migrations applied")
        finally:
            db.close()
        return f"SQLite {__import__('sqlite3').sqlite_version}, WAL, foreign keys, {steps} migrations"

    def keyring_backend() -> str:
        return self_check.keyring_backend()

    def resources() -> str:
        return self_check.resources()

    def window() -> str:
        from dataclasses import replace

        ctx = replace(cli_ctx, data_dir=data_dir, portable=True, profile_name="self-test")
        app, win = build(ctx)
        win.show()
        app.processEvents()
        if not win.isVisible() or win.nav.count() == 0:
            raise RuntimeError("the main window did not show its pages")
        pages = win.nav.count()
        win.ctx.tasks.cancel_all()
        win.ctx.tasks.wait(30_000)
        win.close()
        return f"main window with {pages} pages ({app.platformName()})"

    return [("database", database), ("keyring", keyring_backend), ("resources", resources),
            ("contracts", self_check.contracts), ("signing", self_check.signing),
            ("sandbox", self_check.sandbox_chain), ("window", window),
            ("translations", translations), ("qt", lambda: qt_parts(data_dir))]


def translations() -> str:
    """Switch to Chinese and back: the app's and Qt's own translations both answer."""
    language = Translations(application())
    try:
        if not language.apply("zh_CN"):
            raise RuntimeError("the Chinese translation does not load")
        missing = [f"{context}: {text}" for context, text in (APP_TEXT, QT_TEXT)
                   if QCoreApplication.translate(context, text) in ("", text)]
        if missing:
            raise RuntimeError(f"untranslated in Chinese: {'; '.join(missing)}")
        return f"zh_CN: {QCoreApplication.translate(*APP_TEXT)}"
    finally:
        language.apply("en")


def qt_parts(folder: Path) -> str:
    """The Qt pieces the app draws with: the SVG icon, the Overview's charts, a PDF."""
    icon = QImage(str(resources_dir() / "icons" / "ziliudi.svg"))
    if icon.isNull():
        formats = b", ".join(bytes(f) for f in QImageReader.supportedImageFormats()).decode()
        raise RuntimeError(f"the SVG icon does not load (image formats: {formats})")
    chart, bars = QChart(), QBarSeries()
    bars.append(QBarSet("self-test"))
    chart.addSeries(bars)
    path = folder / "self-test.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(QRect(0, 0, 300, 300), icon)
    painter.end()
    if not path.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("the PDF writer wrote no PDF")
    return f"SVG {icon.width()}x{icon.height()}, charts, PDF of {path.stat().st_size} bytes"


def run_self_test(cli_ctx, args=None) -> int:
    """Print one line per check; exit non-zero if any failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ziliudi-self-test-") as tmp:
        for name, check in _checks(Path(tmp), cli_ctx):
            try:
                detail = check()
            except Exception as e:  # every failure is reported, then the next check runs
                failures += 1
                print(f"FAIL {name}: {e}")
            else:
                print(f"ok   {name}: {detail}")
            sys.stdout.flush()
    print("self-test passed" if not failures else f"self-test failed: {failures} check(s)")
    return 1 if failures else 0
