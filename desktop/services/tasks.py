"""Long work, described without Qt: a task reports progress and stops when asked."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int | None  # None while the amount of work is unknown
    text: str = ""


class TaskContext:
    """Handed to a running task: report progress, and check for cancellation between steps."""

    def __init__(self, on_progress: Callable[[Progress], None] | None = None):
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the task here if it was cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report progress and stop here if the task was cancelled."""
        if self._on_progress is not None:
            self._on_progress(Progress(done, total, text))
        self.check()


def run_inline(fn: Callable[[object, TaskContext], object], work,
               on_progress: Callable[[Progress], None] | None = None):
    """Run a task fn(work, context) on this thread (command line, tests): the same task the
    GUI's runner runs on a worker."""
    return fn(work, TaskContext(on_progress))
