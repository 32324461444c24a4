"""The one way the GUI runs long work: off the GUI thread, with progress, cancel and readable errors.

A failure is never lost: an unexpected error is logged with its traceback where it happens
(a refusal only at INFO, it is a sentence, not a bug), and one that no on_failure callback
took is shown with the dialog kit (a quiet op's refusal excepted: a probe says nothing;
nor is anything shown for an owner that is gone).
"""

from __future__ import annotations

import logging
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.errors import is_user_facing, log_unexpected
from desktop.services.tasks import Cancelled, Progress, TaskContext
from desktop.ui import dialogs

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Operation(QObject):
    """One background task. Build it, attach callbacks, then run(); callbacks run on the GUI thread."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the task's return value
    failed = Signal(object)  # the exception (after on_failure); dialogs.error_text() makes it a sentence
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes

    def __init__(self, title: str, fn: Callable[[TaskContext], object], parent: QObject | None = None,
                 owner: QObject | None = None):
        super().__init__(parent)
        self.title = title
        # Callbacks are skipped once the owner (say, a page rebuilt after a language switch) is gone.
        self.owner = owner
        self.fn = fn
        self.progress: Progress | None = None
        self.quiet = False  # set by TaskRunner.start
        self._failure_callbacks: list[Callable[[BaseException], None]] = []
        self._signals = _Signals()
        self._context = TaskContext(self._signals.progressed.emit)
        self._signals.progressed.connect(self._on_progress)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self.cancelled)
        self._signals.finished.connect(self.finished)

    def on_success(self, callback: Callable[[object], None]) -> "Operation":
        self.succeeded.connect(self._guarded(callback))
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> "Operation":
        """callback(error) on the GUI thread; without one, the failure is shown with the dialog kit."""
        self._failure_callbacks.append(callback)
        return self

    def _guarded(self, callback):
        owner = self.owner
        if owner is None:
            return callback

        def call(*args):
            if shiboken6.isValid(owner):
                callback(*args)

        return call

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._context.cancel()

    @property
    def is_cancelling(self) -> bool:
        return self._context.cancelled

    def _owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def _on_failed(self, error: BaseException) -> None:
        alive = self._owner_alive()
        try:
            for callback in self._failure_callbacks if alive else ():
                callback(error)
        finally:
            self.failed.emit(error)
        if alive and not self._failure_callbacks and not (self.quiet and is_user_facing(error)):
            parent = self.owner if isinstance(self.owner, QWidget) else None
            dialogs.show_error(QApplication.activeWindow() if parent is None else parent, error)

    def _on_progress(self, progress: Progress) -> None:
        self.progress = progress
        self.progressed.emit(progress)

    def _work(self) -> None:
        signals = self._signals
        try:
            result = self.fn(self._context)
        except Cancelled:
            signals.cancelled.emit()
        except BaseException as e:  # a failed task must reach the user, whatever it raised
            if is_user_facing(e):
                log.info("task %r refused: %s", self.title, e)
            else:
                log_unexpected(e, "task {!r} failed".format(self.title), log)
            signals.failed.emit(e)
        else:
            signals.succeeded.emit(result)
        signals.finished.emit()


class TaskRunner(QObject):
    """Runs operations on a thread pool and keeps the list of running ones for the status bar."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 4):
        super().__init__(parent)
        # Python threads rather than QThreadPool + QRunnable.create: Qt deletes such runnables
        # behind the binding's back, and a stale wrapper can then be handed out for a new object.
        self.threads = threads
        self._pool = None  # made with the first task, so an idle start costs nothing
        self._futures: set = set()
        self.running: list[Operation] = []
        self._all: set[Operation] = set()  # keeps every unfinished operation alive

    def start(self, op: Operation, quiet: bool = False) -> Operation:
        """Run op on the pool; a quiet one (a probe, a refresh) is not listed as a running task."""
        op.quiet = quiet
        if not quiet:
            self.running.append(op)
            op.progressed.connect(self.changed)
        self._all.add(op)
        op.finished.connect(lambda: self._done(op))
        future = self.pool.submit(op._work)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        self.changed.emit()
        return op

    @property
    def pool(self):
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="task")
        return self._pool

    def run(self, title: str, fn: Callable[[TaskContext], object], quiet: bool = False,
            owner: QObject | None = None) -> Operation:
        """Start fn(context) in the background and return its Operation.

        owner: the widget the callbacks belong to; they are dropped if it has been deleted.
        """
        return self.start(Operation(title, fn, owner=owner), quiet)

    def _done(self, op: Operation) -> None:
        self._all.discard(op)
        if op in self.running:
            self.running.remove(op)
        # No deleteLater: callers may still hold the operation and its signals; Python frees it.
        self.changed.emit()

    @property
    def idle(self) -> bool:
        """No task is running, and every ended one has delivered its outcome on the GUI thread."""
        return not self._all

    def cancel_all(self) -> None:
        for op in list(self._all):
            op.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running tasks end (or msecs pass); True if they all ended."""
        from concurrent.futures import wait

        _done, not_done = wait(list(self._futures), timeout=None if msecs < 0 else msecs / 1000)
        return not not_done
