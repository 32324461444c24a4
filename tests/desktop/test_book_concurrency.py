"""One book, many threads and processes: each waits for the others or refuses with a sentence,
never a traceback and never a false "damaged"."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.services import lots
from desktop.services.session import Session

ROOT = Path(__file__).resolve().parents[2]


def stock_csv(path: Path, rows: int, style: str) -> Path:
    lines = ["商品名称,货号,颜色,尺码,库存,吊牌价,供货价"]
    lines += [f"连衣裙{n},{style}{n:06d},黑色,M,5,199,59" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(data_dir: Path, *argv: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                             "--profile", "test", *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def test_a_thread_keeps_one_connection_and_the_file_is_checked_only_at_open(session,
                                                                            monkeypatch):
    import shop.book

    checks = []
    monkeypatch.setattr(shop.book, "checked_steps", lambda *a: checks.append(a))
    seen = {}

    def work(n):
        for _ in range(3):
            db = session.work().db
            seen.setdefault(n, set()).add(id(db))
            db.execute("SELECT count(*) FROM lots").fetchone()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert checks == []
    assert all(len(ids) == 1 for ids in seen.values())
    assert len(set().union(*seen.values())) == 4
    assert session.work().db is session.db  # the opening thread works on its own connection


def test_threads_writing_at_once_all_land(session):
    errors = []

    def work(n):
        try:
            db = session.work().db
            for k in range(10):
                from shop.lots.lots import create_lot
                create_lot(db, f"档期 {n}-{k}")
        except Exception as e:  # collected: any failure at all fails the test
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(lots.list_lots(session.work())) == 60


def test_an_op_that_leaves_a_transaction_open_does_not_hold_the_book(session, qtbot, caplog):
    from desktop.ui.operations import TaskRunner

    def careless(work, _ctx):
        work.db.execute("BEGIN")
        work.db.execute("INSERT INTO lots (uid, title, created_at) VALUES ('x', 'careless', 0)")
        assert work.db.conn.in_transaction

    op = TaskRunner(session).write("careless", careless)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert "left a transaction open" in caplog.text
    lots.create_lot(session.work(), "after")  # the write lock is free again
    assert [r.title for r in lots.list_lots(session.work())] == ["after"]


def test_a_new_session_opening_while_threads_write_never_reports_damage(session, data_dir):
    stop = threading.Event()
    errors = []

    def writer():
        from shop.lots.lots import create_lot

        db = session.work().db
        n = 0
        while not stop.is_set():
            create_lot(db, f"w{n}")
            n += 1

    t = threading.Thread(target=writer)
    t.start()
    try:
        for _ in range(20):
            other = Session(data_dir)
            try:
                other.open_profile("test")
            except Exception as e:
                errors.append(e)
            finally:
                other.close()
    finally:
        stop.set()
        t.join()
    assert errors == []


def test_two_imports_in_two_processes_both_land(session, data_dir, tmp_path):
    first = stock_csv(tmp_path / "a.csv", 20_000, "A")
    second = stock_csv(tmp_path / "b.csv", 20_000, "B")
    runs = [cli(data_dir, "lots", "import", str(first), "--lot", "甲"),
            cli(data_dir, "lots", "import", str(second), "--lot", "乙")]
    results = [(p.wait(timeout=300), *p.communicate()) for p in runs]
    for code, out, err in results:
        assert "Traceback" not in err and "damaged" not in err
        assert code == 0, err
    counts = {r.title: r.items for r in lots.list_lots(session.work())}
    assert counts == {"甲": 20_000, "乙": 20_000}


def test_a_book_held_by_another_program_is_a_refusal_with_a_sentence(session, data_dir):
    path = session.profile.book_path
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('held', flush=True)\n"
        "time.sleep(30)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        run = cli(data_dir, "lots", "create", "新档期")
        code = run.wait(timeout=60)
        out, err = run.communicate()
        assert code == 1 and "Traceback" not in err
        assert "in use by another program" in err
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait()
    assert lots.list_lots(session.work()) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_closing_the_profile_while_an_op_reads_lets_the_op_finish(data_dir, qtbot):
    from desktop.ui.operations import TaskRunner

    session = Session(data_dir)
    session.profiles.create("test")
    session.open_profile("test")
    started, go = threading.Event(), threading.Event()
    seen = {}

    def read(work, _ctx):
        db = work.db
        started.set()
        go.wait(10)
        seen["db"] = db
        return db.execute("SELECT count(*) FROM lots").fetchone()[0]

    op = TaskRunner(session).query("read", read)
    assert started.wait(10)
    session.close()  # another profile opens, or the app quits
    go.set()
    with qtbot.waitSignal(op.succeeded, timeout=5000) as done:
        pass
    assert done.args == [0]
    with pytest.raises(sqlite3.ProgrammingError):  # closed by its own thread once done
        seen["db"].execute("SELECT 1")
