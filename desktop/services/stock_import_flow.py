"""The stock import's steps and their rules, without Qt: file (and sheet) → column mapping →
reading in the background → the rejected rows, with "import the valid rows" or "cancel" → done.
The import wizard (desktop.ui.import_wizard) draws them.
"""

from __future__ import annotations

from desktop.services import lots as service
from desktop.services.errors import UserFacingError
from shop.stock import FIELDS, MappingError, check_mapping, list_sheets

FILE, MAPPING, READING, REPORT, SAVING, DONE, CANCELLED = (
    "file", "mapping", "reading", "report", "saving", "done", "cancelled")

# Which step may follow which: the wizard moves only along these arrows.
NEXT = {
    FILE: {MAPPING, CANCELLED},
    MAPPING: {READING, FILE, CANCELLED},
    READING: {REPORT, SAVING, MAPPING},  # back to MAPPING when reading failed or was cancelled
    REPORT: {SAVING, CANCELLED},
    SAVING: {DONE, MAPPING},  # back to MAPPING when saving failed or was cancelled
    DONE: set(),
    CANCELLED: set(),
}


class ImportFlow:
    """The import's steps and what each one holds; no Qt.

    choose_file() → MAPPING; set_column() corrects the guess; read_task() → READING;
    read_done(result) → REPORT (rows were rejected) or SAVING; accept_valid() →
    SAVING; stored(outcome) → DONE; cancel() → CANCELLED with nothing written.
    """

    def __init__(self, session, *, title: str = "", supplier: str = ""):
        self.session = session
        self.step = FILE
        self.title = title
        self.supplier = supplier
        self.path: str | None = None
        self.sheet: str | None = None
        self.preview = None  # service.ImportPreview
        self.mapping: dict = {}
        self.result = None  # shop.stock.StockResult
        self.outcome = None  # service.ImportOutcome

    def _go(self, step: str) -> None:
        if step not in NEXT[self.step]:
            raise RuntimeError(f"the import cannot go from {self.step} to {step}")
        self.step = step

    def sheets(self, path) -> list[str]:
        """The worksheets of an XLSX file ([] for CSV)."""
        return list_sheets(path)

    def choose_file(self, path, *, title: str, supplier: str = "", sheet: str | None = None):
        """Read the file's header and sample rows; the mapping starts from the supplier's
        remembered one or the guess. Returns the ImportPreview."""
        title = (title or "").strip()
        if not path:
            raise UserFacingError("Choose a stock file first.")
        if not title:
            raise UserFacingError("Name the lot the stock goes into.")
        preview = service.preview_import(self.session, path, supplier=supplier.strip(), sheet=sheet)
        self.path, self.sheet, self.title, self.supplier = str(path), sheet, title, supplier.strip()
        self.preview = preview
        self.mapping = dict(preview.mapping)
        self._go(MAPPING)
        return preview

    def back(self) -> None:
        """From the mapping back to choosing the file."""
        self._go(FILE)

    @property
    def header(self) -> list:
        return list(self.preview.preview.header) if self.preview else []

    def set_column(self, field: str, index: int | None) -> None:
        """Map `field` to the column at `index` (0-based), or to none."""
        if field not in FIELDS:
            raise ValueError(field)
        if index is None or index < 0:
            self.mapping.pop(field, None)
        else:
            self.mapping[field] = index

    def mapping_problem(self) -> MappingError | None:
        """Why the mapping cannot be used yet, or None."""
        try:
            check_mapping(self.mapping, self.header)
        except MappingError as e:
            return e  # kept whole, so that the page shows it in the user's language
        return None

    def read_task(self):
        """The background task that reads and checks the whole file under the mapping."""
        problem = self.mapping_problem()
        if problem:
            raise problem
        self._go(READING)
        return service.read_task(self.path, sheet=self.sheet, mapping=dict(self.mapping),
                                 header_row=self.preview.preview.header_row)

    def read_done(self, result) -> str:
        """The file was read: to the report if rows were rejected, else straight to saving."""
        self.result = result
        self._go(REPORT if result.rejections else SAVING)
        return self.step

    def interrupted(self) -> None:
        """Reading or saving failed or was cancelled: nothing was written; map again."""
        self.result = None
        self._go(MAPPING)

    def rejections(self) -> list:
        """The rejected rows: each with row, column, code, params and the English reason."""
        return list(self.result.rejections) if self.result else []

    def valid_rows(self) -> int:
        return len(self.result.rows) if self.result else 0

    def accept_valid(self) -> None:
        """From the report: import the valid rows and leave the rejected ones out."""
        self._go(SAVING)

    def store_task(self):
        """The background task that stores the checked rows in one transaction."""
        if self.step != SAVING:
            raise RuntimeError("nothing to save yet")
        return service.store_task(self.session, self.title, self.result, supplier=self.supplier,
                                  accept_valid=bool(self.result.rejections))

    def stored(self, outcome) -> None:
        self.outcome = outcome
        self._go(DONE)

    def cancel(self) -> None:
        """Leave without importing anything."""
        if self.step in (SAVING, READING, DONE):
            raise RuntimeError("a running import is cancelled through its task")
        self._go(CANCELLED)
