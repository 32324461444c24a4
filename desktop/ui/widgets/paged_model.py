"""A table model that reads rows a page at a time, so a view over 100,000 rows opens at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from shop.money import CNY, Money

Fetch = Callable[[int, int], list[dict]]  # (offset, limit) -> rows as dicts

# Qt's values as the ints it passes (Qt.DisplayRole, Qt.TextAlignmentRole, Qt.UserRole,
# Qt.AlignRight | Qt.AlignVCenter, Qt.Vertical): naming PySide's Qt namespace
# on the first page's path makes it build every enum of it, ~25 ms before the page shows.
DISPLAY_ROLE, ALIGNMENT_ROLE, USER_ROLE = 0, 7, 256
ALIGN_RIGHT = 0x0002 | 0x0080
VERTICAL = 2


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # "text", "int" or "money" (integer minor units)


class PagedModel(QAbstractTableModel):
    """Rows come from fetch(offset, limit); more are read only as the view scrolls to them."""

    def __init__(self, columns: list[Column], fetch: Fetch | None = None, page_size: int = 256, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.page_size = page_size
        self._fetch: Fetch | None = fetch
        self._rows: list[dict] = []
        self._exhausted = fetch is None

    def set_source(self, fetch: Fetch | None) -> None:
        """Show rows from another source (a new search, another lot); reads its first page now."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def show_in(self, view: QTableView) -> None:
        """Show the rows in view, titled by the columns. The titles are kept by the header's own
        model: this model has no headerData, whose Qt.Orientation argument would build the Qt
        namespace."""
        view.setModel(self)
        titles = QStandardItemModel(0, len(self.columns), view)
        titles.setHorizontalHeaderLabels([c.title for c in self.columns])
        view.horizontalHeader().setModel(titles)

    def row(self, row: int) -> dict:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        rows = self._fetch(len(self._rows), self.page_size)
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        # Views ask for about ten roles per painted cell: the others are refused first.
        if role not in (DISPLAY_ROLE, ALIGNMENT_ROLE, USER_ROLE) or not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == ALIGNMENT_ROLE:
            return ALIGN_RIGHT if column.kind in ("int", "money") else None
        value = self._rows[index.row()].get(column.key)
        if role == USER_ROLE:
            return value
        if value is None:
            return ""
        return Money(value, CNY).plain() if column.kind == "money" else str(value)
