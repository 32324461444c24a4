"""The stock import's steps and their rules, without Qt: file (and sheet) → column mapping (and,
for a CSV file whose text encoding is not certain, the encoding) → importing in the background
→ the rejected rows, with "import the valid rows" or "cancel" → done.
The import wizard (desktop.ui.import_wizard) draws them.

Importing reads the file once, through the same streaming import as the command line: rows
are stored as they are read and checked, in one transaction, so memory stays small whatever
the file. When rows are rejected that transaction is rolled back and the valid rows are kept
aside (services.lots.KeptRows, a temporary file outside the book) until the user imports
them, which stores them without reading the file again, or cancels, which drops them.
"""

from __future__ import annotations

from desktop.services import lots as service
from desktop.services.errors import UserFacingError
from shop.stock.columns import FIELDS, check_mapping
from shop.stock.errors import MappingError
from shop.stock.files import list_sheets

FILE, MAPPING, READING, REPORT, SAVING, DONE, CANCELLED = (
    "file", "mapping", "reading", "report", "saving", "done", "cancelled")

# Which step may follow which: the wizard moves only along these arrows.
NEXT = {
    FILE: {MAPPING, CANCELLED},
    MAPPING: {READING, FILE, CANCELLED},
    READING: {REPORT, DONE, MAPPING},  # back to MAPPING when reading failed or was cancelled
    REPORT: {SAVING, CANCELLED},
    SAVING: {DONE, REPORT, MAPPING},  # back to MAPPING when saving failed or was cancelled
    DONE: set(),
    CANCELLED: set(),
}

# The encodings a CSV file may be read in, in the order the wizard offers them.
ENCODINGS = ("utf-8", "gb18030", "big5", "shift-jis", "utf-16")


class ImportFlow:
    """The import's steps and what each one holds; no Qt.

    choose_file() → MAPPING; set_column() corrects the guess, set_encoding() the text
    encoding; read_task() → READING (the import itself: rows are stored unless some are
    rejected); read_done(outcome) → DONE, or REPORT when rows were rejected (nothing was
    stored; the valid rows are kept aside); accept_valid() → SAVING; store_task() imports
    the kept rows; stored(outcome) → DONE; cancel() → CANCELLED with nothing written.
    """

    def __init__(self, work, *, title: str = "", supplier: str = ""):
        # The work unit the previews read the supplier's remembered mapping with, on the
        # thread that drives the flow; the import tasks get the one of the thread they run on.
        self.work = work
        self.step = FILE
        self.title = title
        self.supplier = supplier
        self.path: str | None = None
        self.sheet: str | None = None
        self.encoding: str | None = None  # chosen by the user (one of ENCODINGS)
        self.preview = None  # service.ImportPreview
        self.mapping: dict = {}
        self.result = None  # service.ImportOutcome of the last run
        self.outcome = None  # service.ImportOutcome that was stored
        self.kept = service.KeptRows()  # the valid rows while the report is shown

    def _go(self, step: str) -> None:
        if step not in NEXT[self.step]:
            raise RuntimeError(f"the import cannot go from {self.step} to {step}")
        self.step = step

    def sheets(self, path) -> list[str]:
        """The worksheets of an XLSX file ([] for CSV)."""
        return list_sheets(path)

    def choose_file(self, path, *, title: str, supplier: str = "", sheet: str | None = None,
                    encoding: str | None = None):
        """Read the file's header and sample rows; the mapping starts from the supplier's
        remembered one or the guess. Returns the ImportPreview."""
        title = (title or "").strip()
        if not path:
            raise UserFacingError("Choose a stock file first.")
        if not title:
            raise UserFacingError("Name the lot the stock goes into.")
        preview = service.preview_import(self.work, path, supplier=supplier.strip(),
                                         sheet=sheet, encoding=encoding)
        self.path, self.sheet, self.title, self.supplier = str(path), sheet, title, supplier.strip()
        self.encoding = encoding
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

    # ------------------------------------------------------------ the text encoding

    @property
    def is_text(self) -> bool:
        """The file is CSV text (it has an encoding to choose)."""
        return bool(self.preview) and self.preview.preview.encoding is not None

    @property
    def shown_encoding(self) -> str | None:
        """The encoding the sample was read in (one of ENCODINGS), or None for XLSX."""
        return self.preview.preview.encoding if self.preview else None

    @property
    def encoding_sure(self) -> bool:
        """The encoding was found for certain, or the user chose it."""
        return self.encoding is not None or not self.preview or self.preview.preview.encoding_sure

    def likely_encodings(self) -> list[str]:
        """The encodings the file may be in when that is not certain, likeliest first."""
        return list(self.preview.preview.encodings) if self.preview else []

    def set_encoding(self, encoding: str):
        """Read the file's sample again in `encoding` (the user's choice, one of ENCODINGS);
        the mapping is guessed again if the header now reads differently. Returns the
        ImportPreview."""
        if encoding not in ENCODINGS:
            raise ValueError(encoding)
        header = self.header
        preview = service.preview_import(self.work, self.path, supplier=self.supplier,
                                         sheet=self.sheet, encoding=encoding)
        self.encoding = encoding
        self.preview = preview
        if list(preview.preview.header) != header:
            self.mapping = dict(preview.mapping)
        return preview

    def encoding_problem(self) -> UserFacingError | None:
        """Why the file cannot be read yet for its text encoding, or None."""
        if self.encoding_sure:
            return None
        return UserFacingError("The file's text encoding is not certain. Check the names in the "
                               "sample and choose the encoding that shows them right.")

    # ------------------------------------------------------------ the mapping and the import

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
        """The background task that reads, checks and stores the file under the mapping;
        if rows are rejected nothing is stored and the valid rows are kept aside."""
        problem = self.mapping_problem() or self.encoding_problem()
        if problem:
            raise problem
        self._go(READING)
        return service.import_task(self.path, self.title, supplier=self.supplier,
                                   sheet=self.sheet, mapping=dict(self.mapping),
                                   header_row=self.preview.preview.header_row,
                                   encoding=self.encoding, keep=self.kept)

    def read_done(self, outcome) -> str:
        """The file was read: done if it was stored, else to the report of rejected rows."""
        self.result = outcome
        if outcome.stored:
            self.outcome = outcome
            self.kept.discard()
            self._go(DONE)
        else:
            self._go(REPORT)
        return self.step

    def interrupted(self) -> None:
        """Reading or saving failed or was cancelled: nothing was written; map again."""
        self.result = None
        self.kept.discard()
        self._go(MAPPING)

    def rejections(self) -> list:
        """The rejected rows' problems: each with row, column, code, params and the English
        reason (for the first rejected rows; rejected_rows() counts them all)."""
        return list(self.result.rejected) if self.result else []

    def rejected_rows(self) -> int:
        return self.result.rejected_rows if self.result else 0

    def valid_rows(self) -> int:
        return self.result.valid_rows if self.result else 0

    def accept_valid(self) -> None:
        """From the report: import the valid rows and leave the rejected ones out."""
        self._go(SAVING)

    def store_task(self):
        """The background task that stores the kept valid rows in one transaction (the file
        is not read again)."""
        if self.step != SAVING:
            raise RuntimeError("nothing to save yet")
        return service.import_kept_task(self.kept, self.title, supplier=self.supplier)

    def stored(self, outcome) -> str:
        """The valid rows were imported (DONE), or none was valid (back to the report)."""
        return self.read_done(outcome)

    def cancel(self) -> None:
        """Leave without importing anything."""
        if self.step in (SAVING, READING, DONE):
            raise RuntimeError("a running import is cancelled through its task")
        self.kept.discard()
        self._go(CANCELLED)
