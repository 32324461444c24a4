"""Tables that show their figures at the window's default size: every column as wide as its
contents, except the one naming things, which takes the room left and is shortened in the
middle (a long product name gives way, the prices stay in view)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView


def fit_columns(view: QAbstractItemView, names: int) -> None:
    """Size `view`'s columns to their contents and let column `names` stretch and elide."""
    # Here, not at import: the Qt namespace costs the window's start (see paged_model).
    from PySide6.QtCore import Qt

    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(names, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
