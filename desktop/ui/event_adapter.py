"""Core events reach the GUI thread through this one adapter."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal, Slot

from desktop.services.events import EventBus


class QtEvents(QObject):
    """Subscribes to the core's bus and calls GUI handlers on the GUI thread, whatever thread published."""

    _arrived = Signal(object)

    def __init__(self, bus: EventBus, parent: QObject | None = None):
        super().__init__(parent)
        self._bus = bus
        self._handlers: dict[type, list[Callable]] = {}
        self._unsubscribe: list[Callable[[], None]] = []
        # Connected to a slot of this object, so an emit from a worker thread is queued to ours.
        self._arrived.connect(self._dispatch)

    def listen(self, event_type: type, handler: Callable[[object], None]) -> None:
        """Call handler(event) on the GUI thread for each event of event_type."""
        if event_type not in self._handlers:
            self._unsubscribe.append(self._bus.subscribe(event_type, self._arrived.emit))
        self._handlers.setdefault(event_type, []).append(handler)

    @Slot(object)
    def _dispatch(self, event: object) -> None:
        for handler in list(self._handlers.get(type(event), [])):
            handler(event)

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._handlers = {}
