"""The one way the GUI runs long work: off the GUI thread, with progress, cancel and readable errors.

A failure is never lost: an unexpected error is logged with its traceback where it happens
(a refusal only at INFO, it is a sentence, not a bug), and one that no on_failure callback
took is shown with the dialog kit (a quiet op's refusal excepted: a probe says nothing;
nor is anything shown for an owner that is gone).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.errors import is_user_facing, log_unexpected
from desktop.services.tasks import Cancelled, Progress, TaskContext
from desktop.ui import dialogs

if TYPE_CHECKING:
    from desktop.services.session import Session
    from desktop.services.work import Work

log = logging.getLogger(__name__)


class _Signals(QObject):
    announced = Signal(object)
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Operation(QObject):
    """One background task: fn(work, context) on a worker, with a work unit made there.
    Build it with TaskRunner.write or .query, attach callbacks; they run on the GUI thread."""

    announced = Signal(object)  # the areas the work unit recorded, before the outcome
    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the task's return value
    failed = Signal(object)  # the exception (after on_failure); dialogs.error_text() makes it a sentence
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes

    def __init__(self, title: str, fn: Callable[[Work, TaskContext], object],
                 make_work: Callable[[], Work], parent: QObject | None = None,
                 owner: QObject | None = None):
        super().__init__(parent)
        self.title = title
        self.make_work = make_work
        # Callbacks are skipped once the owner (say, a page rebuilt after a language switch) is gone.
        self.owner = owner
        self.fn = fn
        self.progress: Progress | None = None
        self.quiet = False  # set by TaskRunner.start
        self._failure_callbacks: list[Callable[[BaseException], None]] = []
        self._signals = _Signals()
        self._context = TaskContext(self._signals.progressed.emit)
        self._signals.announced.connect(self.announced)
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
        work = None
        outcome = None
        try:
            work = self.make_work()
            result = self.fn(work, self._context)
        except Cancelled:
            outcome = (signals.cancelled,)
        except BaseException as e:  # a failed task must reach the user, whatever it raised
            if is_user_facing(e):
                log.info("task %r refused: %s", self.title, e)
            else:
                log_unexpected(e, "task {!r} failed".format(self.title), log)
            outcome = (signals.failed, e)
        else:
            outcome = (signals.succeeded, result)
        finally:
            if work is not None:
                work.finish()
        # What was recorded is announced even when the op failed half way: a sync keeps the
        # batches it stored before the node went away.
        signals.announced.emit(frozenset(work.changes) if work is not None else frozenset())
        outcome[0].emit(*outcome[1:])
        signals.finished.emit()


class TaskRunner(QObject):
    """Runs operations: writes to the book on one worker, reads and network calls on a pool.
    Announces what each op changed once, on the GUI thread, with its owner as the initiator;
    keeps the list of running ones for the status bar."""

    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None, threads: int = 4):
        super().__init__(parent)
        self.session = session
        # Python threads rather than QThreadPool + QRunnable.create: Qt deletes such runnables
        # behind the binding's back, and a stale wrapper can then be handed out for a new object.
        self.threads = threads
        self._pool = None  # made with the first task, so an idle start costs nothing
        self._writer = None
        self._futures: set = set()
        self.running: list[Operation] = []
        self._all: set[Operation] = set()  # keeps every unfinished operation alive

    def write(self, title: str, fn: Callable[[Work, TaskContext], object], *,
              owner: QObject | None = None, quiet: bool = False) -> Operation:
        """Start fn(work, context) on the book's one writer and return its Operation.

        owner: the widget the callbacks belong to (they are dropped once it is deleted); it is
        also the initiator the change announcement names. quiet: not listed as running."""
        return self._start(self._op(title, fn, owner, read_only=False), self.writer, quiet)

    def query(self, title: str, fn: Callable[[Work, TaskContext], object], *,
              owner: QObject | None = None, quiet: bool = False) -> Operation:
        """Start fn(work, context) on the pool, for reads and network calls; as write().
        Its work unit is read-only: it must not write the book (a write is logged as a bug)."""
        return self._start(self._op(title, fn, owner, read_only=True), self.pool, quiet)

    def _op(self, title, fn, owner, read_only: bool) -> Operation:
        op = Operation(title, fn, lambda: self.session.work(initiator=owner, read_only=read_only),
                       owner=owner)
        op.announced.connect(lambda changes: self.session.announce(changes, owner))
        return op

    def _start(self, op: Operation, executor, quiet: bool) -> Operation:
        op.quiet = quiet
        if not quiet:
            self.running.append(op)
            op.progressed.connect(self.changed)
        self._all.add(op)
        op.finished.connect(lambda: self._done(op))
        future = executor.submit(op._work)
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

    @property
    def writer(self):
        if self._writer is None:
            from concurrent.futures import ThreadPoolExecutor

            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="book writer")
        return self._writer

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
