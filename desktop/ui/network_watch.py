"""Keeps the status bar's network state current: a quiet probe now and then, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.services.events import NetworkStateChanged, ProfileOpened

FIRST_PROBE_MS = 2_000  # after the first page is up, so the start stays quick
PROBE_EVERY_MS = 60_000


def network_name(name: str) -> str:
    """A network's name for display: the built-in ones in the interface's language."""
    built_in = {"Sandbox (this computer)": QCoreApplication.translate("Networks", "Sandbox (this computer)"),
                "Local node": QCoreApplication.translate("Networks", "Local node")}
    return built_in.get(name, name)


class NetworkWatch(QObject):
    """Probes the open profile's network and publishes NetworkStateChanged."""

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.probe)
        ctx.events.listen(ProfileOpened, lambda _e: self._restart())

    def _restart(self) -> None:
        self.timer.start(PROBE_EVERY_MS)
        QTimer.singleShot(FIRST_PROBE_MS, self.probe)

    def probe(self) -> None:
        session = self.ctx.session
        if session.profile is None:
            return
        from desktop.services.wallet import WalletService

        wallet = WalletService(session)

        def work(_task):
            with wallet.on_this_thread() as w:
                name = w.current_network_name()
                return name, w.network_state(name)

        op = self.ctx.tasks.run(self.tr("Checking the network"), work, quiet=True, owner=self)
        op.on_success(lambda result: session.bus.publish(NetworkStateChanged(*result)))
