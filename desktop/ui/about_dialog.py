"""Help → About Ziliudi: the version, the data folder and the log file (each with a button that
opens its folder), and the Qt, PySide and Python versions; `ziliudi about` prints the same."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.services.about import about
from desktop.ui import dialogs


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.facts = about(data_dir)
        self.setWindowTitle(self.tr("About Ziliudi"))
        layout = QVBoxLayout(self)
        heading = QLabel("自留地 Ziliudi")  # the name, the same in both languages
        heading.setObjectName("heading")
        layout.addWidget(heading)
        form = QFormLayout()
        form.addRow(self.tr("Version"), self._text(self.facts.version, "about_version"))
        self.open_data = self._folder_row(form, self.tr("Data folder"), self.facts.data_dir,
                                          self.facts.data_dir, "about_open_data")
        self.open_log = self._folder_row(form, self.tr("Log file"), self.facts.log_file,
                                         self.facts.log_file.parent, "about_open_log")
        form.addRow(self.tr("Runs on"), self._text(self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
            qt=self.facts.qt, pyside=self.facts.pyside, python=self.facts.python), "about_versions"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _text(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)  # copied into a support message
        return label

    def _folder_row(self, form: QFormLayout, title: str, shown: Path, folder: Path,
                    name: str) -> QPushButton:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self._text(str(shown), name + "_path"), 1)
        button = QPushButton(self.tr("Open folder"))
        button.setObjectName(name)
        button.clicked.connect(lambda: self.open_folder(folder))
        line.addWidget(button)
        form.addRow(title, row)
        return button

    def open_folder(self, folder: Path) -> None:
        """Show the folder in the system's file manager; one not made yet is said so."""
        if not folder.is_dir():
            dialogs.show_error(self, self.tr("The folder {folder} does not exist yet.").format(folder=folder))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            dialogs.show_error(self, self.tr("No file manager opened {folder}.").format(folder=folder))
