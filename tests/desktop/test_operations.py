"""Background work: progress, cancel, readable errors, and a GUI that keeps turning."""

import time

from PySide6.QtCore import QTimer

from desktop.services.errors import UserFacingError
from desktop.ui import dialogs
from desktop.ui.dialogs import error_text
from desktop.ui.operations import TaskRunner


def slow_count(n, delay=0.01):
    def task(_work, ctx):
        for i in range(n):
            time.sleep(delay)
            ctx.report(i + 1, n, f"step {i + 1}")
        return n
    return task


def test_progress_and_result(session, qtbot):
    runner = TaskRunner(session)
    seen = []
    op = runner.query("count", slow_count(20))
    op.progressed.connect(lambda p: seen.append(p.done))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [20]
    assert seen and seen[-1] == 20 and seen == sorted(seen)
    qtbot.waitUntil(lambda: runner.running == [])


def test_cancel_stops_the_task(session, qtbot):
    runner = TaskRunner(session)
    op = runner.query("long", slow_count(10_000))
    done = []
    op.succeeded.connect(done.append)
    qtbot.waitUntil(lambda: op.progress is not None, timeout=5000)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.cancel()
    assert done == []
    assert op.progress.done < 10_000


def shown_errors(monkeypatch) -> list[str]:
    """What the dialog kit's error message would have said, instead of a modal box."""
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: shown.append(error_text(e)))
    return shown


def test_error_becomes_a_sentence(session, qtbot, monkeypatch):
    shown = shown_errors(monkeypatch)
    runner = TaskRunner(session)

    def refuses(_work, ctx):
        raise UserFacingError("The file {name} has no header row.", name="stock.csv")

    op = runner.query("import", refuses)
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        pass
    assert error_text(blocker.args[0]) == "The file stock.csv has no header row."
    qtbot.waitUntil(lambda: bool(shown))  # no on_failure: the dialog kit shows it
    assert shown == ["The file stock.csv has no header row."]


def test_a_failure_callback_replaces_the_message_and_a_quiet_refusal_is_not_shown(session, qtbot, monkeypatch):
    shown = shown_errors(monkeypatch)
    runner = TaskRunner(session)
    seen = []

    def refuses(_work, ctx):
        raise UserFacingError("No.")

    handled = runner.query("handled", lambda _work, ctx: {}["missing"]).on_failure(seen.append)
    quiet = runner.query("probe", refuses, quiet=True)
    with qtbot.waitSignals([handled.finished, quiet.finished], timeout=5000):
        pass
    assert [type(e) for e in seen] == [KeyError] and shown == []


def test_unexpected_error_is_not_a_traceback(session, qtbot, monkeypatch):
    shown_errors(monkeypatch)
    runner = TaskRunner(session)
    op = runner.query("boom", lambda _work, ctx: {}["missing"])
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        pass
    text = error_text(blocker.args[0])
    assert "Something went wrong" in text and "Traceback" not in text


def test_event_loop_keeps_turning_during_a_long_task(session, qtbot):
    runner = TaskRunner(session)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    op = runner.query("busy", slow_count(60, delay=0.01))
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    timer.stop()
    assert len(ticks) >= 20, "the GUI thread was blocked while the task ran"
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 0.25


def test_a_write_runs_on_the_one_writer_and_its_changes_are_announced_once(session, qtbot):
    from desktop.services.events import BookChanged
    import threading

    runner = TaskRunner(session)
    heard, threads = [], []
    session.bus.subscribe(BookChanged, lambda e: heard.append((e.areas, e.initiator,
                                                              threading.current_thread())))
    owner = object()

    def write(work, _ctx):
        threads.append(threading.current_thread().name)
        work.db.execute("INSERT INTO lots (uid, title, created_at) VALUES (?, ?, 0)",
                        [threading.current_thread().name + str(len(threads)), "x" + str(len(threads))])
        work.changed("lots")
        work.changed("lots", "storefront")
        return len(threads)

    ops = [runner.write("write", write, owner=owner) for _ in range(5)]
    with qtbot.waitSignals([op.finished for op in ops], timeout=10_000):
        pass
    assert len(set(threads)) == 1 and threads[0].startswith("book writer")
    assert [h[:2] for h in heard] == [(frozenset({"lots", "storefront"}), owner)] * 5
    assert all(h[2] is threading.main_thread() for h in heard)
    assert session.db.execute("SELECT count(*) FROM lots").fetchone()[0] == 5


def test_a_query_that_records_nothing_announces_nothing_and_a_failed_op_announces_what_it_did(
        session, qtbot, monkeypatch):
    from desktop.services.events import BookChanged

    shown_errors(monkeypatch)
    runner = TaskRunner(session)
    heard = []
    session.bus.subscribe(BookChanged, heard.append)
    read = runner.query("read", lambda work, _c: work.db.execute("SELECT 1").fetchone()[0])

    def half(work, _ctx):
        work.changed("orders")
        raise UserFacingError("The node went away.")

    failed = runner.write("sync", half)
    with qtbot.waitSignals([read.finished, failed.finished], timeout=5000):
        pass
    assert [e.areas for e in heard] == [frozenset({"orders"})]


def test_a_query_that_writes_the_book_is_logged_as_a_bug(session, qtbot, caplog, monkeypatch):
    """A query op runs beside the one writer, so writing there is a bug: the runner says so."""
    errors = shown_errors(monkeypatch)
    runner = TaskRunner(session)

    def writes(work, _ctx):
        with work.db.atomic():
            n = work.db.execute("SELECT count(*) FROM lots").fetchone()[0]
            work.db.execute("INSERT INTO lots (uid, title, created_at) VALUES (?, ?, 0)",
                            [f"u{n}", f"lot {n}"])

    reads = runner.query("reads", lambda work, _c: work.db.execute("SELECT count(*) FROM lots").fetchone())
    with qtbot.waitSignal(reads.finished, timeout=5000):
        pass
    assert "read-only task wrote" not in caplog.text
    wrong = runner.query("writes", writes)
    with qtbot.waitSignal(wrong.finished, timeout=5000):
        pass
    assert "a read-only task wrote to the book" in caplog.text
    caplog.clear()
    right = runner.write("writes", writes)
    with qtbot.waitSignal(right.finished, timeout=5000):
        pass
    assert "read-only task wrote" not in caplog.text
    assert errors == [] and session.db.execute("SELECT count(*) FROM lots").fetchone()[0] == 2


def test_the_sandbox_is_read_by_queries_and_kept_in_the_book_by_the_writer(session, qtbot, caplog,
                                                                          monkeypatch):
    """On a fresh profile the Sandbox's chain id, contracts and token are what a query sees
    (the network probe, balances, a transfer's plan), yet only a write op keeps them."""
    from desktop.services.wallet import close_sandboxes
    from desktop.ui.network_watch import probe_network
    from wallet.networks import SANDBOX

    def stored():
        return session.db.execute("SELECT chain_id, token_address, escrow_address, token_symbol"
                                  " FROM wallet_networks WHERE kind = 'sandbox'").fetchone()

    def read(work, _ctx):
        w = work.wallet
        net = w.network()
        chain = w.connect()
        return probe_network(work), net, chain.network.chain_id, [n.name for n in w.networks.list()]

    errors = shown_errors(monkeypatch)
    runner = TaskRunner(session)
    try:
        op = runner.query("read", read)
        with qtbot.waitSignal(op.succeeded, timeout=120_000) as blocker:
            pass
        probe, net, chain_id, names = blocker.args[0]
        assert probe[:2] == (SANDBOX, "connected") and names[0] == SANDBOX
        assert net.token_address and net.escrow_address and net.token_symbol == "dUSD"
        assert net.chain_id == chain_id
        assert stored() == (None, None, None, None)  # the query kept nothing
        assert "read-only task wrote" not in caplog.text
        op = runner.write("write", lambda work, _c: work.wallet.network())
        with qtbot.waitSignal(op.succeeded, timeout=60_000):
            pass
        assert stored() == (net.chain_id, net.token_address, net.escrow_address, "dUSD")
        assert errors == []
    finally:
        runner.wait(10_000)
        close_sandboxes()
