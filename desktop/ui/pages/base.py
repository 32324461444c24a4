"""What a page of the main window is."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.events import ProfileOpened
from desktop.ui.context import UiContext

IDLE_LOCK_KEY = "wallet/idle_lock_minutes"


def idle_lock_options(settings) -> dict:
    """The wallet options every work unit's wallet takes from the settings (the idle lock)."""
    return {"idle_lock_seconds": int(settings.value(IDLE_LOCK_KEY, 5)) * 60}


class Page(QWidget):
    """A page: a thin skin over service calls. `key` is stable; its title is in the pages registry."""

    key = ""
    _wallet = None  # the open profile's wallet, made on first use; pages drop it when the profile changes

    @property
    def wallet(self):
        """The wallet on the GUI thread's connection, for reads; writes go through the runner."""
        if self._wallet is None:
            self._wallet = self.ctx.session.work(initiator=self, read_only=True).wallet
        return self._wallet

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")
        ctx.events.listen(ProfileOpened, self._forget_wallet)

    def _forget_wallet(self, _event) -> None:
        self._wallet = None

    def shown(self) -> None:
        """Called when the page becomes visible; refresh what may be stale."""
