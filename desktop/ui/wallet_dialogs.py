"""Dialogs of the wallet: new account (phrase shown once, then checked), import, send, network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QRadioButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from desktop.ui import dialogs


class _Form(QDialog):
    """A dialog with a form and OK/Cancel buttons; subclasses fill self.form."""

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)


def password_fields(form: QFormLayout, parent: QWidget, confirm: bool = True) -> tuple[QLineEdit, QLineEdit | None]:
    first = QLineEdit()
    first.setEchoMode(QLineEdit.Password)
    first.setObjectName("password")
    form.addRow(QCoreApplication.translate("WalletDialogs", "Password"), first)
    second = None
    if confirm:
        second = QLineEdit()
        second.setEchoMode(QLineEdit.Password)
        second.setObjectName("password_again")
        form.addRow(QCoreApplication.translate("WalletDialogs", "Password again"), second)
    return first, second


def word_list_for(language: str) -> str:
    """The phrase word list that goes with an interface language ("zh_CN" or "en")."""
    return "chinese_simplified" if language == "zh_CN" else "english"


class NewAccountDialog(QDialog):
    """Three steps drawn over wallet.setup_flow.NewAccountFlow: choose, write down, confirm.

    create(label, password, words, language) and confirm(answers) start their step in the
    background (the book's writer) and return its Operation, whose result is the phrase's
    words, or whether the answers match; written_down() -> positions. While a step runs the
    dialog waits, its buttons off, and does not close, so no step is left half done unseen.
    For a phrase that exists already, create is None and show_words() starts the dialog.
    word_list: the one offered first (the interface's language's, see word_list_for)."""

    def __init__(self, parent, create, written_down, confirm, word_list: str = "english"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self._create, self._written_down, self._confirm = create, written_down, confirm
        self._running = None  # the Operation of the step running now
        self.positions: list[int] = []
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps)

        choose = QWidget()
        form = QFormLayout(choose)
        self.label = QLineEdit()
        self.label.setObjectName("label")
        form.addRow(self.tr("Label"), self.label)
        self.words = QComboBox()
        self.words.addItem(self.tr("12 words"), 12)
        self.words.addItem(self.tr("24 words"), 24)
        form.addRow(self.tr("Phrase length"), self.words)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("English", "english")
        self.language.addItem("简体中文", "chinese_simplified")
        self.language.setCurrentIndex(max(0, self.language.findData(word_list)))
        form.addRow(self.tr("Word list"), self.language)
        self.password, self.password_again = password_fields(form, self)
        self.steps.addWidget(choose)

        show = QWidget()
        show_layout = QVBoxLayout(show)
        show_layout.addWidget(QLabel(self.tr(
            "Write these words down on paper, in order, and keep them safe. Anyone who has them "
            "controls this account's money; without them a lost computer means lost money. "
            "They are shown once.")))
        self.phrase_grid = QGridLayout()
        show_layout.addLayout(self.phrase_grid)
        self.steps.addWidget(show)

        check = QWidget()
        self.check_form = QFormLayout(check)
        self.check_note = QLabel(self.tr("Type the words at these positions to prove the phrase is written down."))
        self.check_form.addRow(self.check_note)
        self.answers: dict[int, QLineEdit] = {}
        self.steps.addWidget(check)

        row = QHBoxLayout()
        row.addStretch(1)
        self.later = QPushButton(self.tr("Later"))
        self.later.clicked.connect(self.reject)
        self.next = QPushButton(self.tr("Create"))
        self.next.setObjectName("next")
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        row.addWidget(self.later)
        row.addWidget(self.next)
        layout.addLayout(row)

    def _next(self) -> None:
        step = self.steps.currentIndex()
        try:
            if step == 0:
                if self.password.text() != self.password_again.text():
                    dialogs.show_error(self, self.tr("The passwords do not match."))
                    return
                self._wait(self._create(self.label.text(), self.password.text(), self.words.currentData(),
                                        self.language.currentData()), self.show_words)
            elif step == 1:
                self.positions = self._written_down()
                for p in self.positions:
                    field = QLineEdit()
                    field.setObjectName(f"word_{p}")
                    self.answers[p] = field
                    self.check_form.addRow(self.tr("Word {n}").format(n=p), field)
                self._clear_phrase()
                self.steps.setCurrentIndex(2)
                self.next.setText(self.tr("Confirm"))
            else:
                self._wait(self._confirm({p: f.text() for p, f in self.answers.items()}), self._confirmed)
        except Exception as e:
            dialogs.show_error(self, e)

    def show_words(self, words: list[str]) -> None:
        """The phrase's words, to write down (the passwords typed for it are cleared)."""
        self.password.clear()
        self.password_again.clear()
        for i, word in enumerate(words):
            cell = QLabel(f"{i + 1}. {word}")
            cell.setObjectName("phrase_word")
            cell.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.phrase_grid.addWidget(cell, i // 4, i % 4)
        self.steps.setCurrentIndex(1)
        self.next.setText(self.tr("I have written it down"))

    def _confirmed(self, matched: bool) -> None:
        if matched:
            self.accept()
        else:
            dialogs.show_error(self, self.tr("Those words do not match the phrase. Check what you wrote."))

    def _wait(self, op, done) -> None:
        """Wait for a step's Operation: done(result) on success, its error shown on failure."""
        self._running = op
        for button in (self.next, self.later):
            button.setEnabled(False)
        dialogs.busy_until(op)
        op.on_success(done)
        op.on_failure(lambda e: dialogs.show_error(self, e))
        op.finished.connect(self._step_ended)

    def _step_ended(self) -> None:
        self._running = None
        for button in (self.next, self.later):
            button.setEnabled(True)

    def reject(self) -> None:
        if self._running is None:  # else the step would end unseen (a new phrase never shown)
            super().reject()

    def _clear_phrase(self) -> None:
        while self.phrase_grid.count():
            self.phrase_grid.takeAt(0).widget().deleteLater()


class ImportAccountDialog(_Form):
    """Import from a recovery phrase, a private key or a keystore file."""

    def __init__(self, parent):
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Import account"))
        self.label = QLineEdit()
        self.form.addRow(self.tr("Label"), self.label)
        self.kind = QButtonGroup(self)
        row = QHBoxLayout()
        for i, text in enumerate([self.tr("Recovery phrase"), self.tr("Private key"), self.tr("Keystore file")]):
            button = QRadioButton(text)
            button.setChecked(i == 0)
            self.kind.addButton(button, i)
            row.addWidget(button)
        self.form.addRow(row)
        self.secret = QPlainTextEdit()
        self.secret.setObjectName("secret")
        self.secret.setMaximumHeight(80)
        self.form.addRow(self.tr("Phrase or key"), self.secret)
        self.index = QSpinBox()
        self.index.setRange(0, 10_000)
        self.form.addRow(self.tr("Account number"), self.index)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(browse)
        self.form.addRow(self.tr("Keystore file"), file_row)
        self.file_password = QLineEdit()
        self.file_password.setEchoMode(QLineEdit.Password)
        self.form.addRow(self.tr("Keystore file's password"), self.file_password)
        self.password, self.password_again = password_fields(self.form, self)
        self.finish()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Keystore file"), "", self.tr("JSON files (*.json);;All files (*)"))
        if path:
            self.file.setText(path)
            self.kind.button(2).setChecked(True)


class SendDialog(_Form):
    """Recipient and amount; the confirmation with the fee comes after the plan is priced."""

    def __init__(self, parent, symbol: str):
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Send"))
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient")
        self.recipient.setPlaceholderText("0x…")
        self.form.addRow(self.tr("To"), self.recipient)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.form.addRow(self.tr("Amount ({symbol})").format(symbol=symbol), self.amount)
        self.finish()


class AddNetworkDialog(_Form):
    def __init__(self, parent):
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Add network"))
        self.name = QLineEdit()
        self.form.addRow(self.tr("Name"), self.name)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.url.setEchoMode(QLineEdit.PasswordEchoOnEdit)  # URLs may carry an API key
        self.form.addRow(self.tr("RPC URL"), self.url)
        self.chain_id = QSpinBox()
        self.chain_id.setRange(1, 2_000_000_000)
        self.form.addRow(self.tr("Chain id"), self.chain_id)
        self.token = QLineEdit()
        self.form.addRow(self.tr("Stablecoin address"), self.token)
        self.escrow = QLineEdit()
        self.form.addRow(self.tr("Escrow contract address"), self.escrow)
        self.finish()
