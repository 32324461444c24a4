"""A failure is never lost: an op's failure, an exception in a slot or in a thread is logged
with its traceback and shown; the message says the details are in the log only when they are."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from desktop.cli import setup_logging
from desktop.services.errors import UserFacingError, log_file
from desktop.services.profiles import ProfileStore
from desktop.ui import dialogs
from desktop.ui.failures import UncaughtErrors
from desktop.ui.operations import TaskRunner

LOGGED = "Something went wrong ({kind}). Details were written to the log."
NOT_LOGGED = "Something went wrong ({kind})."


@pytest.fixture
def log_path(tmp_path):
    """The log file the command line sets up, in tmp_path; the logging set-up is put back after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    setup_logging(tmp_path)
    yield tmp_path / "logs" / "ziliudi.log"
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def no_log_file(monkeypatch):
    """As when the data folder is read-only: no log file could be opened."""
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if getattr(h, "ziliudi", None) != "file"])
    assert log_file() is None


@pytest.fixture
def shown(monkeypatch):
    """(sentence, thread) of each error the dialog kit would have shown."""
    seen = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: seen.append(
        (dialogs.error_text(e), threading.current_thread())))
    return seen


@pytest.fixture
def hooks():
    installed = UncaughtErrors().install()
    yield installed
    installed.uninstall()


def fails(message="kaput"):
    def task(_work, _ctx):
        raise RuntimeError(message)
    return task


def test_an_op_without_a_failure_callback_is_logged_and_shown(session, qtbot, log_path, shown):
    TaskRunner(session).query("boom", fails())
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [(LOGGED.format(kind="RuntimeError"), threading.main_thread())]
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR" in text and "task 'boom' failed" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: kaput" in text
    assert text.count("RuntimeError: kaput") == 1  # logged once, though made a sentence after


def test_a_refusal_is_shown_but_is_no_error_in_the_log(session, qtbot, log_path, shown):
    def refuses(_work, _ctx):
        raise UserFacingError("The file {name} has no header row.", name="stock.csv")

    TaskRunner(session).query("import", refuses)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0][0] == "The file stock.csv has no header row."
    assert "stock.csv" not in (log_path.read_text(encoding="utf-8") if log_path.exists() else "")


def test_without_a_log_file_the_message_does_not_claim_one(session, qtbot, no_log_file, shown):
    TaskRunner(session).query("boom", fails())
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0][0] == NOT_LOGGED.format(kind="RuntimeError")


def test_an_error_caught_and_shown_by_a_page_is_logged_first(log_path):
    # Pages catch an exception and hand it to the dialog kit; the sentence must stay true.
    try:
        {}["missing"]
    except KeyError as e:
        text = dialogs.error_text(e)
    assert text == LOGGED.format(kind="KeyError")
    log = log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'missing'" in log


def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, log_path, shown, hooks):
    button = QPushButton()
    qtbot.addWidget(button)

    def broken():
        raise ValueError("the slot broke")

    button.clicked.connect(broken)
    button.click()
    QTimer.singleShot(0, lambda: [][1])  # and one raised from the event loop
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert [s for s, _t in shown] == [LOGGED.format(kind="ValueError"), LOGGED.format(kind="IndexError")]
    log = log_path.read_text(encoding="utf-8")
    assert log.count("uncaught error") == 2 and "in broken" in log
    assert "ValueError: the slot broke" in log and "IndexError" in log


def test_an_exception_in_a_thread_is_logged_and_shown_on_the_gui_thread(qtbot, log_path, shown, hooks):
    def worker():
        raise OSError("the thread broke")

    thread = threading.Thread(target=worker, name="worker-1")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [(LOGGED.format(kind="OSError"), threading.main_thread())]
    log = log_path.read_text(encoding="utf-8")
    assert "uncaught error in thread worker-1" in log and "OSError: the thread broke" in log


def test_a_slot_without_a_log_file_says_nothing_of_one(qtbot, no_log_file, shown, hooks):
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0][0] == NOT_LOGGED.format(kind="ZeroDivisionError")


def test_the_window_installs_the_hooks_and_uninstall_puts_them_back(qtbot, data_dir, shown):
    from desktop.cli import CliContext
    from desktop.ui.app import start

    before = sys.excepthook, threading.excepthook
    ProfileStore(data_dir).create("shop")  # with none, the welcome wizard would come first
    app, window = start(CliContext(data_dir=data_dir, portable=True, profile_name=None, lang="en"))
    qtbot.addWidget(window)
    [hooks] = [h for h in app.findChildren(UncaughtErrors) if h._previous is not None]
    try:
        assert sys.excepthook == hooks._excepthook
        assert threading.excepthook == hooks._thread_excepthook
        qtbot.waitUntil(lambda: window.ctx.session.profile is not None, timeout=10_000)
    finally:
        hooks.uninstall()
        window.ctx.tasks.wait(5000)
        window.ctx.session.close()
    assert (sys.excepthook, threading.excepthook) == before
