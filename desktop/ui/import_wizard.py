"""The stock import wizard: file (and sheet) → column mapping (and a CSV file's text encoding,
shown with the sample it reads) → importing in the background → the rejected rows, with
"import the valid rows" or "cancel" → done.

The steps and their rules are services.stock_import_flow.ImportFlow (tested without a window);
ImportWizard only draws the current step and runs the flow's tasks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.stock_import_flow import (CANCELLED, DONE, ENCODINGS, FILE, MAPPING,
                                                READING, REPORT, SAVING, ImportFlow)
from desktop.i18n import stock_field_text
from desktop.ui import dialogs
from shop.stock.check import REASONS
from shop.stock.columns import FIELDS
from shop.stock.charsets import ENCODING_NAMES


def reason_text(rejection) -> str:
    """A rejection's reason in the user's language (its code's template, filled)."""
    if rejection.code in REASONS:
        return QCoreApplication.translate("stock", REASONS[rejection.code]).format(**rejection.params)
    return rejection.reason


def field_label(field: str) -> str:
    """The name of one of our stock fields, as the mapping step shows it."""
    return stock_field_text(field, QCoreApplication.translate)


class ImportWizard(QDialog):
    """Draws the ImportFlow's steps; reading and saving run on the task runner."""

    def __init__(self, ctx, parent: QWidget | None = None, *, title: str = "", supplier: str = "",
                 suppliers=()):
        super().__init__(parent)
        self.ctx = ctx
        # The flow's previews read on this (the GUI) thread; its import runs on the book's writer.
        self.flow = ImportFlow(ctx.session.work(), title=title, supplier=supplier)
        self.op = None
        self.setWindowTitle(self.tr("Import stock"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps, 1)
        self.steps.addWidget(self._file_step(title, supplier, suppliers))
        self.steps.addWidget(self._mapping_step())
        self.steps.addWidget(self._report_step())
        self.steps.addWidget(self._done_step())
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("wizard_next")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("wizard_cancel")
        for b in (self.back_button, self.next_button, self.cancel_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.cancel)
        self._show()

    # ---------------------------------------------------------------- steps
    def _file_step(self, title, supplier, suppliers) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("wizard_path")
        self.path_edit.editingFinished.connect(self._path_changed)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("wizard_lot")
        self.supplier_combo = QComboBox()
        self.supplier_combo.setEditable(True)
        self.supplier_combo.addItems(list(suppliers))
        self.supplier_combo.setCurrentText(supplier)
        rows = ((self.tr("Stock file (CSV or XLSX)"), self.path_edit, browse),
                (self.tr("Sheet"), self.sheet_combo, None),
                (self.tr("Into lot"), self.title_edit, None),
                (self.tr("Supplier (its column mapping is remembered)"), self.supplier_combo, None))
        for n, (label, widget, extra) in enumerate(rows):
            grid.addWidget(QLabel(label), n, 0)
            grid.addWidget(widget, n, 1)
            if extra is not None:
                grid.addWidget(extra, n, 2)
        grid.setRowStretch(len(rows), 1)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.remembered = QLabel()
        layout.addWidget(self.remembered)
        row = QHBoxLayout()
        self.encoding_label = QLabel(self.tr("Text encoding"))
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("wizard_encoding")
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(ENCODING_NAMES[encoding], encoding)
        self.encoding_combo.activated.connect(self._encoding_chosen)
        row.addWidget(self.encoding_label)
        row.addWidget(self.encoding_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.encoding_note = QLabel()
        self.encoding_note.setObjectName("wizard_encoding_note")
        self.encoding_note.setWordWrap(True)
        self.encoding_note.setStyleSheet("color: #b03a2e")
        layout.addWidget(self.encoding_note)
        grid = QGridLayout()
        self.combos = {}
        for n, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.currentIndexChanged.connect(lambda _i, f=field: self._column_chosen(f))
            self.combos[field] = combo
            grid.addWidget(QLabel(field_label(field)), n // 3, (n % 3) * 2)
            grid.addWidget(combo, n // 3, (n % 3) * 2 + 1)
        layout.addLayout(grid)
        self.mapping_problem = QLabel()
        self.mapping_problem.setStyleSheet("color: #b03a2e")
        layout.addWidget(self.mapping_problem)
        self.note = QLabel()
        self.note.setObjectName("wizard_note")
        layout.addWidget(self.note)
        self.sample = QTableWidget()
        self.sample.setObjectName("wizard_sample")
        self.sample.setEditTriggers(QTableWidget.NoEditTriggers)
        layout.addWidget(self.sample, 1)
        return page

    def _report_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.report_text = QLabel()
        self.report_text.setWordWrap(True)
        layout.addWidget(self.report_text)
        self.report = QTableWidget(0, 3)
        self.report.setObjectName("wizard_report")
        self.report.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().hide()
        self.report.setEditTriggers(QTableWidget.NoEditTriggers)
        layout.addWidget(self.report, 1)
        return page

    def _done_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_text = QLabel()
        self.done_text.setObjectName("wizard_done")
        self.done_text.setWordWrap(True)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        return page

    def _show(self) -> None:
        step = self.flow.step
        index = {FILE: 0, MAPPING: 1, READING: 1, REPORT: 2, SAVING: 2, DONE: 3}.get(step, 0)
        self.steps.setCurrentIndex(index)
        running = step in (READING, SAVING)
        self.back_button.setVisible(step == MAPPING)
        self.next_button.setEnabled(not running and not (step == REPORT
                                                         and self.flow.valid_rows() == 0))
        self.cancel_button.setEnabled(not running)
        self.cancel_button.setVisible(step != DONE)
        self.next_button.setText({REPORT: self.tr("Import the valid rows"),
                                  DONE: self.tr("Close")}.get(step, self.tr("Next")))
        if step == MAPPING:
            self._check_mapping()

    # ---------------------------------------------------------------- file
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Stock file"), "",
                                              self.tr("Stock files (*.csv *.txt *.xlsx)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        """Take this file: list its sheets and suggest a lot title from its name."""
        self.path_edit.setText(path)
        self._path_changed()

    def _path_changed(self) -> None:
        path = self.path_edit.text().strip()
        self.sheet_combo.clear()
        if not path or not Path(path).is_file():
            self.sheet_combo.setEnabled(False)
            return
        try:
            sheets = self.flow.sheets(path)
        except Exception as e:
            dialogs.show_error(self, e)
            sheets = []
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setEnabled(len(sheets) > 1)
        if not self.title_edit.text().strip():
            self.title_edit.setText(Path(path).stem)

    def _fill_mapping(self, preview) -> None:
        header = [str(h) if h not in (None, "") else self.tr("column {n}").format(n=i + 1)
                  for i, h in enumerate(preview.preview.header)]
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for i, name in enumerate(header):
                combo.addItem(name, i)
            combo.setCurrentIndex(combo.findData(self.flow.mapping.get(field, -1)))
            combo.blockSignals(False)
        self.remembered.setText(self.tr("The columns as you mapped them for this supplier last time.")
                                if preview.remembered else
                                self.tr("The columns as guessed from the header; correct any that are wrong."))
        self._fill_encoding()
        sample = preview.preview.sample
        self.sample.clear()
        self.sample.setColumnCount(len(header))
        self.sample.setRowCount(len(sample))
        self.sample.setHorizontalHeaderLabels(header)
        self.sample.setVerticalHeaderLabels([str(rowno) for rowno, _ in sample])
        for r, (_rowno, cells) in enumerate(sample):
            for c, text in enumerate(cells[:len(header)]):
                self.sample.setItem(r, c, QTableWidgetItem(text))

    def _fill_encoding(self) -> None:
        """Show the encoding the sample was read in; when it is not certain, say so and name
        the likely ones, and let the import go on only once the user has chosen."""
        text = self.flow.is_text
        for widget in (self.encoding_label, self.encoding_combo, self.encoding_note):
            widget.setVisible(text)
        if not text:
            return
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(self.flow.shown_encoding))
        if self.flow.encoding_sure:
            self.encoding_note.clear()
        else:
            names = ", ".join(ENCODING_NAMES[e] for e in self.flow.likely_encodings())
            self.encoding_note.setText(self.tr(
                "The text encoding is not certain: it may be {candidates}. Check the names in the "
                "sample and choose the encoding that shows them right.").format(candidates=names))

    def _encoding_chosen(self, index: int) -> None:
        try:
            with dialogs.busy():
                preview = self.flow.set_encoding(self.encoding_combo.itemData(index))
        except Exception as e:
            dialogs.show_error(self, e)
            self._fill_encoding()
            return
        self._fill_mapping(preview)
        self._check_mapping()

    def _column_chosen(self, field: str) -> None:
        self.flow.set_column(field, self.combos[field].currentData())
        self._check_mapping()

    def _check_mapping(self) -> None:
        problem = self.flow.mapping_problem()
        self.mapping_problem.setText(dialogs.error_text(problem) if problem else "")
        self.next_button.setEnabled(problem is None and self.flow.encoding_problem() is None)

    # ---------------------------------------------------------------- moving on
    def go_back(self) -> None:
        if self.flow.step == MAPPING:
            self.flow.back()
            self._show()

    def go_next(self) -> None:
        step = self.flow.step
        if step == FILE:
            try:
                with dialogs.busy():
                    preview = self.flow.choose_file(
                        self.path_edit.text().strip(), title=self.title_edit.text(),
                        supplier=self.supplier_combo.currentText(),
                        sheet=self.sheet_combo.currentText() or None)
            except Exception as e:
                dialogs.show_error(self, e)
                return
            self._fill_mapping(preview)
        elif step == MAPPING:
            self.note.clear()
            try:
                task = self.flow.read_task()
            except Exception as e:
                dialogs.show_error(self, e)
                return
            self._run(self.tr("Reading the stock file"), task, self._read_done)
        elif step == REPORT:
            self.flow.accept_valid()
            self._save()
        elif step == DONE:
            self.accept()
            return
        self._show()

    def _run(self, title: str, task, on_success) -> None:
        op = self.ctx.tasks.write(title, task, owner=self)
        op.on_success(on_success)
        op.on_failure(self._interrupted_by)
        op.cancelled.connect(self._interrupted)
        dialogs.progress_dialog(self, op)
        self.op = op

    def _read_done(self, outcome) -> None:
        self._after(self.flow.read_done(outcome), outcome)

    def _save(self) -> None:
        self._run(self.tr("Importing stock"), self.flow.store_task(), self._stored)

    def _stored(self, outcome) -> None:
        self._after(self.flow.stored(outcome), outcome)

    def _after(self, step: str, outcome) -> None:
        if step == DONE:
            text = self.tr("{n} items were imported into “{lot}”.").format(n=outcome.imported,
                                                                          lot=outcome.lot)
            if outcome.rejected_rows:
                text += " " + self.tr("{n} rejected rows were left out.").format(
                    n=outcome.rejected_rows)
            self.done_text.setText(text)
        else:
            self._fill_report()
        self._show()

    def _interrupted_by(self, error) -> None:
        self._interrupted()
        dialogs.show_error(self, error)

    def _interrupted(self) -> None:
        if self.flow.step in (READING, SAVING):
            self.flow.interrupted()
            self.note.setText(self.tr("Nothing was imported."))
        self._show()

    def _fill_report(self) -> None:
        rejected = self.flow.rejections()
        bad, good = self.flow.rejected_rows(), self.flow.valid_rows()
        text = self.tr(
            "{bad} rows were rejected and {good} rows are valid. Import the valid rows and leave "
            "the rejected ones out, or cancel and fix the file.").format(bad=bad, good=good)
        listed = len({r.row for r in rejected})
        if listed < bad:
            text += " " + self.tr("The problems of the first {n} rejected rows are listed.").format(
                n=listed)
        self.report_text.setText(text)
        self.report.setRowCount(len(rejected))
        for r, rejection in enumerate(rejected):
            for c, text in enumerate((str(rejection.row), rejection.column, reason_text(rejection))):
                self.report.setItem(r, c, QTableWidgetItem(text))

    def cancel(self) -> None:
        """Close without importing (only between steps; a running step has its own Cancel)."""
        self.reject()

    def reject(self) -> None:
        if self.flow.step in (READING, SAVING):
            return  # the progress dialog's Cancel stops the task first
        if self.flow.step not in (DONE, CANCELLED):
            self.flow.cancel()
        super().reject()
