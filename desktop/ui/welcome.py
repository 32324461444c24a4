"""The welcome wizard of the first run: language, role, profile name, wallet (new, with its
backup checked; imported from a phrase; or none: selling without a chain) and network.

Nothing is written until Finish; then desktop.services.first_run makes the profile in one
step, on the book's writer, and the window opens it on the page its role starts from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.services.first_run import (NETWORKS, FirstProfile, ImportedPhrase, WrittenDownPhrase,
                                        set_up)
from desktop.services.roles import ROLES
from desktop.ui import dialogs
from desktop.ui.i18n import LANGUAGE_KEY
from desktop.ui.network_watch import network_name
from desktop.ui.wallet_dialogs import NewAccountDialog, password_fields, word_list_for
from wallet.accounts import answers_match, check_phrase, new_phrase, pick_confirmation_positions
from wallet.refusals import PasswordRequired
from wallet.schema import SANDBOX

#: The page a new profile opens on, by its role.
FIRST_PAGE = {"seller": "lots", "distributor": "storefront", "both": "dashboard"}
LANGUAGE, ROLE, NAME, WALLET, NETWORK = range(5)
NEW, IMPORT, NO_CHAIN = "new", "import", "no_chain"


class _Step(QWizardPage):
    """A page of the wizard whose words follow the interface language as it changes."""

    def __init__(self, wizard: WelcomeWizard):
        super().__init__()
        self.welcome = wizard
        self.layout_ = QVBoxLayout(self)

    def note(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        return label

    def radios(self, keys) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
        group = QButtonGroup(self)
        buttons = {}
        for key in keys:
            button = QRadioButton()
            button.setObjectName(f"choice_{key}")
            group.addButton(button)
            self.layout_.addWidget(button)
            buttons[key] = button
        return group, buttons

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the page's words in the interface's language."""


class LanguageStep(_Step):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.group, self.buttons = self.radios(("zh_CN", "en"))
        # Each language is named in itself, so it can be found whatever is shown now.
        self.buttons["zh_CN"].setText("中文")
        self.buttons["en"].setText("English")
        self.buttons[wizard.ctx.translations.language if wizard.ctx.translations.language == "zh_CN"
                     else "en"].setChecked(True)
        for language, button in self.buttons.items():
            button.toggled.connect(lambda on, language=language: on and wizard.choose_language(language))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Ziliudi"))
        self.setSubTitle(self.tr("Choose the language of the interface. You can change it later "
                                 "in Settings."))


class RoleStep(_Step):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.group, self.buttons = self.radios(ROLES)
        self.buttons["both"].setChecked(True)
        self.about = self.note("role_about")
        self.retranslate()

    @property
    def role(self) -> str:
        return next(role for role, button in self.buttons.items() if button.isChecked())

    def retranslate(self) -> None:
        self.setTitle(self.tr("What does your business do?"))
        self.setSubTitle(self.tr("This decides the page the window opens on; every area stays "
                                 "in the list on the left."))
        texts = {"seller": self.tr("Seller: I supply lots of my own stock (opens on Lots)"),
                 "distributor": self.tr("Distributor: I sell other people's lots in my storefront "
                                        "(opens on Storefront)"),
                 "both": self.tr("Both: my own lots and other people's (opens on Overview)")}
        for role, button in self.buttons.items():
            button.setText(texts[role])
        self.about.setText(self.tr("The role is shown beside the profile's name in the status "
                                   "bar; change it later on the Profiles page (Role…)."))


class NameStep(_Step):
    def __init__(self, wizard):
        super().__init__(wizard)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("profile_name")
        self.label = QLabel()
        form.addRow(self.label, self.name)
        self.layout_.addLayout(form)
        self.error = self.note("name_error")
        self.name.textChanged.connect(lambda _t: self.error.clear())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Name your profile"))
        self.setSubTitle(self.tr("A profile is one business with its own book, such as your "
                                 "shop's name. Chinese names are welcome."))
        self.label.setText(self.tr("Profile name"))

    def validatePage(self) -> bool:
        try:
            self.welcome.ctx.session.profiles.check_new_name(self.name.text())
        except Exception as e:
            self.error.setText(dialogs.error_text(e))
            return False
        return True


class WalletStep(_Step):
    """Create a wallet (the wallet page's new-account dialog, over a phrase kept in memory until
    Finish), import one from a phrase, or sell without a chain."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.group, self.buttons = self.radios((NEW, IMPORT, NO_CHAIN))
        self.buttons[NEW].setChecked(True)
        self.import_box = QWidget()
        form = QFormLayout(self.import_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.phrase = QPlainTextEdit()
        self.phrase.setObjectName("phrase")
        self.phrase.setFixedHeight(60)
        self.phrase_label = QLabel()
        form.addRow(self.phrase_label, self.phrase)
        self.password, self.password_again = password_fields(form, self)
        self.layout_.insertWidget(2, self.import_box)  # under its choice
        self.error = self.note("wallet_error")
        self.done_note = self.note("wallet_done")
        self.account: WrittenDownPhrase | ImportedPhrase | None = None
        self.dialog: NewAccountDialog | None = None
        self._checking = False
        for button in self.buttons.values():
            button.toggled.connect(self._choice_changed)
        for edit in (self.phrase, self.password, self.password_again):
            edit.textChanged.connect(self._forget_import)
        self._choice_changed()
        self.retranslate()

    @property
    def choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your wallet"))
        self.setSubTitle(self.tr("The wallet holds the keys that take payments through the "
                                 "escrow. Its recovery phrase is the only way back to them."))
        self.buttons[NEW].setText(self.tr("Create a new wallet (write down its recovery phrase)"))
        self.buttons[IMPORT].setText(self.tr("Import a wallet from its recovery phrase"))
        self.buttons[NO_CHAIN].setText(self.tr("No wallet: sell without a chain (WeChat Pay and "
                                               "Alipay only)"))
        self.phrase_label.setText(self.tr("Recovery phrase"))
        if self.account is not None:
            self.done_note.setText(self.tr("The wallet is ready; it is kept when you press Finish."))

    def _choice_changed(self) -> None:
        self.import_box.setVisible(self.choice == IMPORT)
        self.account = None  # a changed choice asks for the wallet again
        self.done_note.clear()
        self.error.clear()
        self.setFinalPage(self.choice == NO_CHAIN)  # with no chain, no network to choose

    def _forget_import(self) -> None:
        if isinstance(self.account, ImportedPhrase):  # checked again with what is typed now
            self.account = None
            self.done_note.clear()

    def nextId(self) -> int:
        return -1 if self.choice == NO_CHAIN else NETWORK

    def validatePage(self) -> bool:
        if self.choice == NO_CHAIN or self.account is not None:
            return True
        if self.choice == NEW:
            self.open_new_wallet()
        else:
            self._check_import()
        return False

    def open_new_wallet(self) -> NewAccountDialog:
        """The new-account dialog: its phrase is made off the GUI thread and only kept in
        memory; once its words are checked the wizard goes on."""
        ctx = self.welcome.ctx
        made: dict = {}

        def create(label, password, words, language):
            if not password:
                raise PasswordRequired()  # as the account itself would, before its phrase is shown
            made.update(label=label, password=password)
            op = ctx.tasks.query(self.tr("Making a recovery phrase"),
                                 lambda _work, _c: new_phrase(words, language).split(" "), owner=self)
            op.on_success(lambda shown: made.update(words=shown))
            return op

        def written_down():
            made["positions"] = pick_confirmation_positions(len(made["words"]))
            return made["positions"]

        def confirm(answers):
            made["answers"] = answers
            return ctx.tasks.query(self.tr("Checking the words"),
                                   lambda _work, _c: answers_match(made["words"], answers), owner=self)

        dialog = NewAccountDialog(self, create, written_down, confirm,
                                  word_list=word_list_for(ctx.translations.language))
        dialog.label.setText(self.welcome.name_step.name.text().strip())
        dialog.accepted.connect(lambda: self._ready(WrittenDownPhrase(
            made["label"], " ".join(made["words"]), made["answers"], made["password"])))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _check_import(self) -> None:
        if self._checking:
            return
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("The passwords do not match."))
            return
        if not self.password.text():
            self.error.setText(dialogs.error_text(PasswordRequired()))
            return
        label, password = self.welcome.name_step.name.text().strip(), self.password.text()
        text = self.phrase.toPlainText()
        op = self.welcome.ctx.tasks.query(self.tr("Checking the recovery phrase"),
                                          lambda _work, _c: check_phrase(text)[0], owner=self)
        self._checking = True
        op.on_success(lambda phrase: self._ready(ImportedPhrase(label, phrase, password)))
        op.on_failure(lambda e: self.error.setText(dialogs.error_text(e)))
        op.finished.connect(lambda: setattr(self, "_checking", False))

    def _ready(self, account) -> None:
        self.account = account
        self.error.clear()
        self.retranslate()
        self.welcome.next()


class NetworkStep(_Step):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.group, self.buttons = self.radios(NETWORKS)
        self.buttons[SANDBOX].setChecked(True)
        self.later = self.note("network_later")
        self.retranslate()

    @property
    def network(self) -> str:
        return next(name for name, button in self.buttons.items() if button.isChecked())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Network"))
        self.setSubTitle(self.tr("Where the escrow and the wallet's payments run."))
        for name, button in self.buttons.items():
            if name == SANDBOX:
                button.setText(self.tr("{name}: test money, not real money; try everything "
                                       "safely").format(name=network_name(name)))
            else:
                button.setText(self.tr("{name}: the node you run at 127.0.0.1:8545").format(
                    name=network_name(name)))
        self.later.setText(self.tr("Other networks are added later on the Wallet page."))


class WelcomeWizard(QWizard):
    """The first run's questions; on Finish the profile is made (see desktop.services.first_run)
    and `profile` is set to it."""

    language_chosen = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("welcome")
        self.setOption(QWizard.NoBackButtonOnStartPage)
        self.profile = None
        self._running = None  # the set-up's Operation while it runs
        self.language_step = LanguageStep(self)
        self.role_step = RoleStep(self)
        self.name_step = NameStep(self)
        self.wallet_step = WalletStep(self)
        self.network_step = NetworkStep(self)
        for page_id, step in ((LANGUAGE, self.language_step), (ROLE, self.role_step),
                              (NAME, self.name_step), (WALLET, self.wallet_step),
                              (NETWORK, self.network_step)):
            self.setPage(page_id, step)
        self.retranslate()

    @property
    def role(self) -> str:
        return self.role_step.role

    @property
    def first_page(self) -> str:
        """The page the window opens the new profile on."""
        return FIRST_PAGE[self.role]

    def choose_language(self, language: str) -> None:
        """Show the interface in `language` at once and keep it as the setting."""
        if not self.ctx.translations.apply(language):
            dialogs.show_error(self, self.tr("The translation for {language} is missing.").format(
                language=language))
            return
        self.ctx.settings.setValue(LANGUAGE_KEY, language)
        self.language_chosen.emit(language)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            # The Back, Next, Finish and Cancel buttons are Qt's own, in Qt's translation, and
            # QWizard sets their words when it shows a page: the first page is shown afresh.
            if self.currentId() == LANGUAGE:
                self.restart()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Ziliudi"))

    def plan(self) -> FirstProfile:
        """What the wizard will make."""
        account = None if self.wallet_step.choice == NO_CHAIN else self.wallet_step.account
        return FirstProfile(self.name_step.name.text().strip(), self.role, account,
                            self.network_step.network)

    def accept(self) -> None:
        """Finish: make the profile on the book's writer; the wizard closes once it is made."""
        if self._running is not None:
            return
        plan, data_dir = self.plan(), self.ctx.session.data_dir
        options = dict(self.ctx.session.wallet_options)
        self._running = self.ctx.tasks.write(self.tr("Setting up {name}").format(name=plan.name),
                                             lambda _work, _c: set_up(data_dir, plan, options),
                                             owner=self)
        self._buttons_enabled(False)
        dialogs.busy_until(self._running)
        self._running.on_success(self._made)
        self._running.on_failure(lambda e: dialogs.show_error(self, e))
        self._running.finished.connect(self._ended)

    def _made(self, profile) -> None:
        self.profile = profile
        super().accept()

    def _ended(self) -> None:
        self._running = None
        self._buttons_enabled(True)

    def _buttons_enabled(self, on: bool) -> None:
        for which in (QWizard.BackButton, QWizard.FinishButton, QWizard.CancelButton):
            self.button(which).setEnabled(on)

    def reject(self) -> None:
        if self._running is None:  # else the profile would be made unseen
            super().reject()
