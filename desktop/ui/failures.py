"""What nobody caught: an exception in a slot, a timer, a Qt method or another thread is
logged with its traceback and shown with the dialog kit's "something went wrong" sentence.

PySide6 hands an exception raised in a slot or an overridden Qt method to sys.excepthook and
goes on (checked in tests/desktop/test_failures.py), so the one sys.excepthook covers those;
threading.excepthook covers Python threads and passes the error to the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop.services.errors import is_user_facing, log_unexpected
from desktop.ui import dialogs

log = logging.getLogger(__name__)


class UncaughtErrors(QObject):
    """Installs both hooks; uninstall() puts the previous ones back."""

    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._previous = None
        self._showing = False
        self._arrived.connect(self._show)  # queued to the GUI thread when another thread reports

    def install(self) -> "UncaughtErrors":
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._excepthook
            threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _excepthook(self, kind, error, traceback) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) or error is None:
            sys.__excepthook__(kind, error, traceback)
            return
        self.report(error, traceback)

    def _thread_excepthook(self, args) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, args.exc_traceback, "in thread {}".format(name))

    def report(self, error: BaseException, traceback=None, where: str = "") -> None:
        """Log error (with its traceback) and show it once the GUI thread can; any thread."""
        if error.__traceback__ is None and traceback is not None:
            error = error.with_traceback(traceback)
        if is_user_facing(error):  # a refusal nobody caught still reads as a sentence
            log.info("uncaught refusal %s: %s", where, error)
        else:
            log_unexpected(error, " ".join(filter(None, ("uncaught error", where))), log)
        self._arrived.emit(error)

    def _show(self, error: BaseException) -> None:
        if self._showing:  # one dialog at a time; a slot that fails on every tick is in the log
            return
        self._showing = True
        try:
            dialogs.show_error(QApplication.activeWindow(), error)
        except Exception:  # not raised on: the hook would be called again, and again
            log.exception("the error could not be shown")
        finally:
            self._showing = False
