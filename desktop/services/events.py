"""Typed events from the core. The GUI receives them on its own thread through one adapter."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable, TypeVar

E = TypeVar("E")


@dataclass(frozen=True)
class BookChanged:
    """Rows changed in the open book; `areas` names what changed (e.g. {"profiles"}, {"lots"})."""

    areas: frozenset[str]
    initiator: object | None = None


@dataclass(frozen=True)
class ProfileOpened:
    name: str


@dataclass(frozen=True)
class NetworkStateChanged:
    """The wallet's network: state is "connected", "offline" or "wrong_chain"."""

    network: str
    state: str


@dataclass(frozen=True)
class ChainHeadMoved:
    """The network's newest block changed: balances and pending transactions may have too."""

    network: str
    head: int


@dataclass
class EventBus:
    """Publish/subscribe by event type. Handlers run on the publishing thread."""

    _handlers: dict[type, list[Callable]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def subscribe(self, event_type: type[E], handler: Callable[[E], None]) -> Callable[[], None]:
        """Call handler for every event of event_type; returns a function that unsubscribes."""
        with self._lock:
            self._handlers.setdefault(event_type, []).append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in self._handlers.get(event_type, []):
                    self._handlers[event_type].remove(handler)

        return unsubscribe

    def publish(self, event: object) -> None:
        with self._lock:
            handlers = list(self._handlers.get(type(event), []))
        for handler in handlers:
            handler(event)
