"""`ziliudi --self-test`: open the window offscreen on a temporary profile and check each part."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

from desktop.services import schema, self_check
from desktop.services.profiles import ProfileStore
from desktop.ui.app import build


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

    return [("database", database), ("keyring", keyring_backend), ("resources", resources), ("window", window)]


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
