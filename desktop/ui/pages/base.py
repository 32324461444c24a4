"""What a page of the main window is."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.context import UiContext


class Page(QWidget):
    """A page: a thin skin over service calls. `key` is stable; its title is in the pages registry."""

    key = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    def shown(self) -> None:
        """Called when the page becomes visible; refresh what may be stale."""
