"""The one way the GUI runs long work: off the GUI thread, with progress, cancel and readable errors."""

from __future__ import annotations

import logging
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.services.errors import is_user_facing
from desktop.services.tasks import Cancelled, Progress, TaskContext

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
    failed = Signal(object)  # the exception; dialogs.error_text() makes it a sentence
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
        self._signals = _Signals()
        self._context = TaskContext(self._signals.progressed.emit)
        self._signals.progressed.connect(self._on_progress)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self.failed)
        self._signals.cancelled.connect(self.cancelled)
        self._signals.finished.connect(self.finished)

    def on_success(self, callback: Callable[[object], None]) -> "Operation":
        self.succeeded.connect(self._guarded(callback))
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> "Operation":
        self.failed.connect(self._guarded(callback))
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
            if not is_user_facing(e):
                log.error("task %r failed", self.title, exc_info=e)
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

    def cancel_all(self) -> None:
        for op in list(self._all):
            op.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running tasks end (or msecs pass); True if they all ended."""
        from concurrent.futures import wait

        _done, not_done = wait(list(self._futures), timeout=None if msecs < 0 else msecs / 1000)
        return not not_done
