"""The one watcher of the chain: a quiet probe now and then, off the GUI thread, keeps the
status bar's network state current; when the chain head has moved it says so
(ChainHeadMoved: balances may have changed), and starts on the book's writer one quiet
reconcile of the transaction journal (pending transfers become mined, dropped or replaced)
and one quiet sync of the escrow, so the orders and the journal stay fresh for whichever
page shows them (no page polls the book; they refresh when these announce what changed).
The first probe after a profile opens finds the head moved, so the journal is reconciled at
start too."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.i18n import network_text
from desktop.services.chainless import is_chainless
from desktop.services.events import ChainHeadMoved, NetworkStateChanged, ProfileOpened

log = logging.getLogger(__name__)

FIRST_PROBE_MS = 2_000  # after the first page is up, so the start stays quick
PROBE_EVERY_MS = 30_000


def network_name(name: str) -> str:
    """A network's name for display: the built-in ones in the interface's language."""
    return network_text(name, QCoreApplication.translate)


def probe_network(work, _task=None) -> tuple[str, str, int | None]:
    """The current network's name, state and head block (None unless connected)."""
    from wallet.networks import PROBE_TIMEOUT

    w = work.wallet
    name = w.current_network_name()
    state = w.network_state(name)
    head = None
    if state == "connected":
        try:
            head = int(w.networks.connect(name, timeout=PROBE_TIMEOUT).w3.eth.block_number)
        except Exception:  # went away since the probe: the next probe says so
            head = None
    return name, state, head


class NetworkWatch(QObject):
    """Probes the open profile's network, publishes NetworkStateChanged, and syncs the escrow
    when the chain head moved."""

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._heads: dict[str, int] = {}  # the head each network was last synced at
        self._seen: dict[str, int] = {}  # the head each network was last reconciled at
        self._syncing = None
        self._reconciling = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.probe)
        ctx.events.listen(ProfileOpened, lambda _e: self._restart())

    def _restart(self) -> None:
        self._heads.clear()
        self._seen.clear()
        self.timer.start(PROBE_EVERY_MS)
        QTimer.singleShot(FIRST_PROBE_MS, self.probe)

    def probe(self):
        session = self.ctx.session
        if session.profile is None:
            return None
        if is_chainless(session.work(read_only=True).conn):  # sells by WeChat Pay and Alipay only: no network at all
            self.timer.stop()
            return None
        op = self.ctx.tasks.query(self.tr("Checking the network"), probe_network, quiet=True,
                                  owner=self)
        op.on_success(self._probed)
        op.on_failure(lambda _e: None)  # logged by the runner; the next probe tries again
        return op

    def _probed(self, result) -> None:
        name, state, head = result
        self.ctx.session.bus.publish(NetworkStateChanged(name, state))
        if head is not None and self._seen.get(name) != head:
            self.ctx.session.bus.publish(ChainHeadMoved(name, head))
            self.reconcile(name, head)
        if head is not None and self._heads.get(name) != head:
            self.sync(name, head)

    def reconcile(self, network: str, head: int):
        """One quiet reconcile of the journal on the book's writer (none while one runs)."""
        if self._reconciling is not None:
            return self._reconciling
        from desktop.services import wallet as service

        op = self.ctx.tasks.write(self.tr("Checking sent transactions"),
                                  lambda work, _c: service.reconcile(work, network),
                                  quiet=True, owner=self)
        self._reconciling = op
        op.on_success(lambda _changed: self._seen.__setitem__(network, head))
        op.on_failure(lambda e: log.debug("background reconcile ended: %s", e))
        op.finished.connect(lambda: setattr(self, "_reconciling", None))
        return op

    def sync(self, network: str | None = None, head: int | None = None):
        """One quiet sync of the network's escrow on the book's writer (none while one runs)."""
        from desktop.services import orders as service

        if self._syncing is not None:
            return self._syncing

        op = self.ctx.tasks.write(self.tr("Syncing escrow events"),
                                  lambda work, _c: service.sync(work, network),
                                  quiet=True, owner=self)
        self._syncing = op

        def done(_summary) -> None:
            if network is not None and head is not None:
                self._heads[network] = head

        op.on_success(done)
        # A network without an escrow contract refuses; anything else the runner logged.
        op.on_failure(lambda e: log.debug("background sync ended: %s", e))
        op.finished.connect(lambda: setattr(self, "_syncing", None))
        return op
