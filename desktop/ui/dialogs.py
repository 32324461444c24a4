"""The dialog kit: every message, question and prompt the app shows goes through here."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QApplication, QFileDialog, QHBoxLayout, QInputDialog, QLineEdit,
                               QMessageBox, QProgressDialog, QPushButton, QWidget)

from desktop import i18n

# desktop.services.errors.UNEXPECTED_UNLOGGED, said instead of UNEXPECTED (listed in
# core_texts) when no log file took the details.
QT_TRANSLATE_NOOP("errors", "Something went wrong ({kind}).")


def error_text(error: BaseException | str) -> str:
    """A translated sentence for an error, in the window's language (see desktop.i18n.error_text)."""
    return i18n.error_text(error, QCoreApplication.translate)


def show_error(parent: QWidget | None, error: BaseException | str, title: str | None = None) -> None:
    QMessageBox.critical(parent, title or QCoreApplication.translate("dialogs", "Ziliudi"), error_text(error))


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("dialogs", "Ziliudi"), text)


def notice(parent: QWidget | None, text: str, path=None) -> QMessageBox:
    """Say what an action did without stopping the user (the box is not modal). With `path`,
    the file or folder it wrote, an Open folder button shows it in the file manager."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("dialogs", "Ziliudi"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("notice")
    if path is not None:
        target = Path(path)
        folder = target if target.is_dir() else target.parent
        button = box.addButton(QCoreApplication.translate("dialogs", "Open folder"),
                               QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("open_folder")
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def ask(parent: QWidget | None, question: str, title: str | None = None) -> bool:
    """Yes/no; No is the default so Enter never confirms something destructive."""
    answer = QMessageBox.question(parent, title or QCoreApplication.translate("dialogs", "Ziliudi"), question,
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.Normal, text)
    return value.strip() if ok and value.strip() else None


def ask_choice(parent: QWidget | None, title: str, label: str, choices: dict, current=None):
    """One of choices ({value: text}), starting on current; None when cancelled."""
    texts = list(choices.values())
    start = list(choices).index(current) if current in choices else 0
    text, ok = QInputDialog.getItem(parent, title, label, texts, start, False)
    return list(choices)[texts.index(text)] if ok and text in texts else None


def ask_password(parent: QWidget | None, title: str, label: str,
                 signing: list[tuple[str, str]] | None = None,
                 details: list[tuple[str, str]] | None = None) -> str | None:
    """Ask for a password; the caller uses it at once and keeps no copy.

    signing: when the password signs something, (field, value) rows saying what, shown above it;
    details: the raw fields of a signed message, shown under a collapsed Details.
    """
    if signing is not None:
        from desktop.ui.sign_dialog import SignDialog

        dialog = SignDialog(parent, title, label, signing, details)
        return dialog.password.text() if dialog.exec() == SignDialog.Accepted else None
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.Password)
    return value if ok else None


@contextmanager
def busy():
    """A wait cursor around a short step that must finish before the dialog can go on."""
    from PySide6.QtCore import Qt  # not at import: the window's first frame does not need it

    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def busy_until(op) -> None:
    """A wait cursor until an Operation ends: a step in the background that the user waits
    for before going on."""
    from PySide6.QtCore import Qt  # as in busy()

    QApplication.setOverrideCursor(Qt.WaitCursor)
    op.finished.connect(QApplication.restoreOverrideCursor)


def progress_dialog(parent: QWidget | None, op) -> QProgressDialog:
    """A modal progress dialog tied to an Operation: shows its progress, Cancel cancels it."""
    dialog = QProgressDialog(op.title, QCoreApplication.translate("dialogs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(op.title)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(p):
        if p.total:
            dialog.setMaximum(p.total)
            dialog.setValue(min(p.done, p.total))
        if p.text:
            dialog.setLabelText(i18n.step_text(p.text, QCoreApplication.translate))

    op.progressed.connect(on_progress)
    dialog.canceled.connect(op.cancel)
    op.finished.connect(dialog.close)
    op.finished.connect(dialog.deleteLater)
    return dialog


def picture_field(parent: QWidget, name: str) -> tuple[QLineEdit, QWidget]:
    """A read-only path field with a Choose… button that picks a picture (a receipt): the
    field, and the row to put in a form. Object names: NAME and NAME_pick."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setReadOnly(True)
    pick = QPushButton(QCoreApplication.translate("dialogs", "Choose…"))
    pick.setObjectName(f"{name}_pick")

    def choose() -> None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("dialogs", "Receipt picture"), "",
            QCoreApplication.translate("dialogs", "Pictures (*.jpg *.jpeg *.png *.webp)"))
        if path:
            field.setText(path)

    pick.clicked.connect(choose)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(pick)
    return field, row
