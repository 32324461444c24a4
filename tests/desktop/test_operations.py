"""Background work: progress, cancel, readable errors, and a GUI that keeps turning."""

import time

from PySide6.QtCore import QTimer

from desktop.services.errors import UserFacingError
from desktop.ui import dialogs
from desktop.ui.dialogs import error_text
from desktop.ui.operations import TaskRunner


def slow_count(n, delay=0.01):
    def task(ctx):
        for i in range(n):
            time.sleep(delay)
            ctx.report(i + 1, n, f"step {i + 1}")
        return n
    return task


def test_progress_and_result(qtbot):
    runner = TaskRunner()
    seen = []
    op = runner.run("count", slow_count(20))
    op.progressed.connect(lambda p: seen.append(p.done))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [20]
    assert seen and seen[-1] == 20 and seen == sorted(seen)
    qtbot.waitUntil(lambda: runner.running == [])


def test_cancel_stops_the_task(qtbot):
    runner = TaskRunner()
    op = runner.run("long", slow_count(10_000))
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


def test_error_becomes_a_sentence(qtbot, monkeypatch):
    shown = shown_errors(monkeypatch)
    runner = TaskRunner()

    def refuses(ctx):
        raise UserFacingError("The file {name} has no header row.", name="stock.csv")

    op = runner.run("import", refuses)
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        pass
    assert error_text(blocker.args[0]) == "The file stock.csv has no header row."
    qtbot.waitUntil(lambda: bool(shown))  # no on_failure: the dialog kit shows it
    assert shown == ["The file stock.csv has no header row."]


def test_a_failure_callback_replaces_the_message_and_a_quiet_refusal_is_not_shown(qtbot, monkeypatch):
    shown = shown_errors(monkeypatch)
    runner = TaskRunner()
    seen = []

    def refuses(ctx):
        raise UserFacingError("No.")

    handled = runner.run("handled", lambda ctx: {}["missing"]).on_failure(seen.append)
    quiet = runner.run("probe", refuses, quiet=True)
    with qtbot.waitSignals([handled.finished, quiet.finished], timeout=5000):
        pass
    assert [type(e) for e in seen] == [KeyError] and shown == []


def test_unexpected_error_is_not_a_traceback(qtbot, monkeypatch):
    shown_errors(monkeypatch)
    runner = TaskRunner()
    op = runner.run("boom", lambda ctx: {}["missing"])
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        pass
    text = error_text(blocker.args[0])
    assert "Something went wrong" in text and "Traceback" not in text


def test_event_loop_keeps_turning_during_a_long_task(qtbot):
    runner = TaskRunner()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    op = runner.run("busy", slow_count(60, delay=0.01))
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    timer.stop()
    assert len(ticks) >= 20, "the GUI thread was blocked while the task ran"
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 0.25
