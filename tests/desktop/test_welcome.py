"""The first run's welcome wizard on an empty data folder (the real keyring, offscreen), the
role on the command line, and the demo's tour of the areas."""

import json
from contextlib import closing

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWizard

from desktop.cli import CliContext, main
from desktop.services import profile_backup
from desktop.services.chainless import is_chainless
from desktop.services.errors import UserFacingError
from desktop.services.first_run import FirstProfile, ImportedPhrase, set_up
from desktop.services.profiles import ProfileStore
from desktop.services.roles import role_of
from desktop.services.session import Session
from desktop.ui import dialogs
from desktop.ui.app import start
from desktop.ui.failures import UncaughtErrors
from desktop.ui.i18n import LANGUAGE_KEY
from desktop.ui.main_window import PAGE_KEY
from desktop.ui.main_window import TOUR_SEEN_KEY
from desktop.ui.tour import STEPS
from desktop.ui.welcome import IMPORT, NAME, NETWORK, NO_CHAIN, ROLE, WALLET, WelcomeWizard
from wallet.networks import LOCAL_NODE, SANDBOX
from wallet.refusals import PasswordRequired

# The well-known test phrase (anvil's); its first account.
TEST_PHRASE = "test test test test test test test test test test test junk"
TEST_ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


def keyring_entries() -> set:
    """Every secret of this app in the keyring: (service, name)."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as conn:
        items = secretstorage.get_default_collection(conn).get_all_items()
        found = {(a.get("service", ""), a.get("username", "")) for a in (i.get_attributes() for i in items)}
    return {entry for entry in found if entry[0].startswith("ziliudi:")}


@pytest.fixture
def first_start(qtbot, data_dir, secret_keyring):
    """Start the app as `ziliudi` does, on an empty data folder; yields a function that does it
    (again) and returns the window."""
    windows = []

    def launch():
        app, window = start(CliContext(data_dir=data_dir, portable=True, profile_name=None, lang=None))
        qtbot.addWidget(window)
        for hooks in app.findChildren(UncaughtErrors):
            if hooks._previous is not None:
                hooks.uninstall()  # the test's own failures stay pytest's
        # A cheap key-derivation cost keeps the tests quick; the app uses eth-account's default.
        window.ctx.session.wallet_options = {**window.ctx.session.wallet_options, "scrypt_n": 2**12}
        windows.append(window)
        return window

    yield launch
    for window in windows:
        window.ctx.tasks.cancel_all()
        qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=30_000)
        window.ctx.session.close()
        window.ctx.translations.apply("en")
    store = ProfileStore(data_dir)
    for profile in store.list():
        profile_backup.delete(store, profile.name)  # its keyring entries too


def wizard_of(window, qtbot) -> WelcomeWizard:
    qtbot.waitUntil(lambda: window.findChild(WelcomeWizard) is not None
                    and window.findChild(WelcomeWizard).isVisible(), timeout=10_000)
    return window.findChild(WelcomeWizard)


def click_next(wizard):
    wizard.button(QWizard.NextButton).click()


def to_wallet_step(wizard, qtbot, role="distributor", name="茶馆"):
    click_next(wizard)
    assert wizard.currentId() == ROLE
    wizard.role_step.buttons[role].click()
    click_next(wizard)
    assert wizard.currentId() == NAME
    wizard.name_step.name.setText(name)
    click_next(wizard)
    assert wizard.currentId() == WALLET


def phrase_words(dialog):
    return [w.text().split(". ", 1)[1] for w in dialog.findChildren(type(dialog.check_note), "phrase_word")]


def write_down_new_phrase(wizard, qtbot, errors):
    """The new wallet's dialog: a password, the phrase shown, one wrong word refused, then the
    right ones; the wizard goes on to the network."""
    click_next(wizard)
    dialog = wizard.wallet_step.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.label.text() == wizard.name_step.name.text()
    dialog.next.click()  # no password: refused before a phrase is shown
    assert errors == [dialogs.error_text(PasswordRequired())] and dialog.steps.currentIndex() == 0
    errors.clear()
    dialog.password.setText("pw")
    dialog.password_again.setText("pw")
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1 and dialog.next.isEnabled(), timeout=20_000)
    words = phrase_words(dialog)
    dialog.next.click()
    assert dialog.steps.currentIndex() == 2
    positions = sorted(dialog.answers)
    for position, field in dialog.answers.items():
        field.setText(words[position - 1])
    wrong = next(w for w in words if w != words[positions[0] - 1])
    dialog.answers[positions[0]].setText(wrong)
    dialog.next.click()
    qtbot.waitUntil(lambda: bool(errors) and dialog.next.isEnabled(), timeout=20_000)
    assert errors == [QCoreApplication.translate(
        "NewAccountDialog", "Those words do not match the phrase. Check what you wrote.")]
    assert dialog.isVisible() and wizard.currentId() == WALLET
    dialog.answers[positions[0]].setText(words[positions[0] - 1])
    dialog.next.click()
    qtbot.waitUntil(lambda: wizard.currentId() == NETWORK, timeout=20_000)
    return words


@pytest.fixture
def errors(monkeypatch):
    seen = []
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, e, title=None: seen.append(dialogs.error_text(e)))
    return seen


def finish(wizard, window, qtbot, name):
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: window.ctx.session.profile is not None, timeout=30_000)
    assert window.ctx.session.profile.name == name and not wizard.isVisible()


def test_chinese_distributor_with_a_new_wallet_opens_on_the_storefront(first_start, qtbot, data_dir,
                                                                       errors):
    window = first_start()
    wizard = wizard_of(window, qtbot)
    assert window.ctx.session.profile is None and ProfileStore(data_dir).list() == []
    wizard.language_step.buttons["zh_CN"].click()  # applied at once
    assert window.ctx.translations.language == "zh_CN"
    assert window.ctx.settings.value(LANGUAGE_KEY) == "zh_CN"
    qtbot.waitUntil(lambda: wizard.button(QWizard.CancelButton).text() == "取消")  # Qt's own words
    qtbot.waitUntil(lambda: window.nav.item(0).text() != "Overview")  # the window's too
    click_next(wizard)
    wizard.role_step.buttons["distributor"].click()
    click_next(wizard)
    wizard.name_step.name.setText("茶/馆")  # refused, and says why
    click_next(wizard)
    assert wizard.currentId() == NAME and "茶/馆" in wizard.name_step.error.text()
    wizard.name_step.name.setText("茶馆")
    click_next(wizard)
    assert wizard.currentId() == WALLET and ProfileStore(data_dir).list() == []

    words = write_down_new_phrase(wizard, qtbot, errors)
    assert len(words) == 12 and all("\u4e00" <= ch <= "\u9fff" for w in words for ch in w)
    assert ProfileStore(data_dir).list() == []  # nothing is kept before Finish
    assert wizard.network_step.buttons[SANDBOX].isChecked()
    assert "测试币" in wizard.network_step.buttons[SANDBOX].text()  # labelled as test money
    finish(wizard, window, qtbot, "茶馆")

    assert window.stack.currentWidget().key == "storefront"
    assert window.ctx.settings.value(PAGE_KEY) == "storefront"
    work = window.ctx.session.work()
    assert role_of(work.db) == "distributor" and not is_chainless(work.db)
    [account] = work.wallet.accounts.list()
    assert (account.label, account.backup_state, account.phrase_language) == (
        "茶馆", "backed_up", "chinese_simplified")
    assert work.wallet.current_network_name() == SANDBOX
    assert "茶馆" in window.profile_label.text()

    # The next start opens the profile, with no wizard.
    window.ctx.session.close()
    again = first_start()
    qtbot.waitUntil(lambda: again.ctx.session.profile is not None, timeout=10_000)
    assert again.ctx.session.profile.name == "茶馆" and again.findChild(WelcomeWizard) is None
    assert again.stack.currentWidget().key == "storefront"


def test_cancel_on_the_last_page_leaves_no_profile_and_no_secret(first_start, qtbot, data_dir, errors):
    before = keyring_entries()
    window = first_start()
    wizard = wizard_of(window, qtbot)
    to_wallet_step(wizard, qtbot, role="seller", name="小店")
    write_down_new_phrase(wizard, qtbot, errors)
    wizard.button(QWizard.CancelButton).click()
    assert not wizard.isVisible()
    assert not (data_dir / "profiles").exists() or list((data_dir / "profiles").iterdir()) == []
    assert keyring_entries() == before
    assert window.ctx.session.profile is None and window.stack.currentWidget().key == "profiles"


def test_import_from_a_phrase(first_start, qtbot, data_dir):
    window = first_start()
    wizard = wizard_of(window, qtbot)
    wizard.language_step.buttons["en"].click()
    to_wallet_step(wizard, qtbot, role="seller", name="Tea house")
    step = wizard.wallet_step
    step.buttons[IMPORT].click()
    assert step.import_box.isVisible()
    step.phrase.setPlainText("test test test")
    click_next(wizard)
    assert step.error.text() == dialogs.error_text(PasswordRequired())
    step.password.setText("pw")
    step.password_again.setText("pw")
    click_next(wizard)
    qtbot.waitUntil(lambda: "12, 15, 18, 21 or 24 words" in step.error.text(), timeout=20_000)
    assert wizard.currentId() == WALLET
    step.phrase.setPlainText(TEST_PHRASE.upper())
    step.password_again.setText("other")
    click_next(wizard)
    assert "do not match" in step.error.text() and wizard.currentId() == WALLET
    step.password_again.setText("pw")
    click_next(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == NETWORK, timeout=20_000)
    click_back = wizard.button(QWizard.BackButton).click
    click_back()  # a phrase changed after its check is checked again
    step.phrase.setPlainText(TEST_PHRASE + " test")
    click_next(wizard)
    qtbot.waitUntil(lambda: "13" in step.error.text(), timeout=20_000)
    step.phrase.setPlainText(TEST_PHRASE)
    click_next(wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == NETWORK, timeout=20_000)
    wizard.network_step.buttons[LOCAL_NODE].click()
    finish(wizard, window, qtbot, "Tea house")
    assert window.stack.currentWidget().key == "lots"
    wallet = window.ctx.session.work().wallet
    [account] = wallet.accounts.list()
    assert (account.address, account.backup_state) == (TEST_ADDRESS, "imported")
    assert wallet.current_network_name() == LOCAL_NODE
    assert "seller" in window.profile_label.text()


def test_no_wallet_makes_a_profile_without_a_chain(first_start, qtbot, data_dir):
    before = keyring_entries()
    window = first_start()
    wizard = wizard_of(window, qtbot)
    to_wallet_step(wizard, qtbot, role="both", name="摊位")
    wizard.wallet_step.buttons[NO_CHAIN].click()
    assert wizard.button(QWizard.FinishButton).isVisible()  # no network to choose
    finish(wizard, window, qtbot, "摊位")
    db = window.ctx.session.work().db
    assert is_chainless(db) and role_of(db) == "both"
    assert db.execute("SELECT count(*) FROM wallet_accounts").fetchone()[0] == 0
    assert keyring_entries() == before
    assert window.stack.currentWidget().key == "dashboard"
    assert window.nav.item(window.keys.index("wallet")).isHidden()


def test_a_taken_name_refuses_finish_and_makes_nothing(first_start, qtbot, data_dir, errors):
    window = first_start()
    wizard = wizard_of(window, qtbot)
    to_wallet_step(wizard, qtbot, name="摊位")
    wizard.wallet_step.buttons[NO_CHAIN].click()
    ProfileStore(data_dir).create("摊位", role="seller")  # made elsewhere meanwhile
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "already exists" in errors[0] and wizard.isVisible()
    with closing(Session(data_dir)) as session:
        session.open_profile("摊位")
        assert role_of(session.db) == "seller"  # the other one, untouched


def test_the_demo_tour_shows_once_and_skip_ends_it(qtbot, data_dir):
    from desktop.ui.app import build

    app, window = build(CliContext(data_dir=data_dir, portable=True, profile_name="demo", lang="en"))
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.tour is not None and window.tour.isVisible(), timeout=10_000)
        tour = window.tour
        assert [key for key, _text in tour.steps] == [key for key, _text in STEPS]
        assert window.keys[window.nav.currentRow()] == "dashboard"
        assert window.ctx.settings.value(TOUR_SEEN_KEY, type=bool)
        tour.next_button.click()
        assert window.keys[window.nav.currentRow()] == "lots" and tour.heading.text() == "Lots"
        assert window.stack.currentWidget().key == "lots"
        tour.skip_button.click()
        assert not tour.isVisible()
        window.open_profile("demo")  # opened again: no tour
        qtbot.wait(50)
        assert window.tour is tour and not tour.isVisible()
        window.tour_action.trigger()  # Help > Tour of the areas
        assert window.tour.isVisible() and window.tour.key == "dashboard"
        for _ in STEPS:
            window.tour.next_button.click()
        assert not window.tour.isVisible()
    finally:
        window.ctx.tasks.cancel_all()
        qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=30_000)  # outcomes delivered
        window.ctx.session.close()


def cli(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_role_on_the_command_line(capsys, data_dir):
    assert cli(capsys, data_dir, "profile", "create", "茶馆", "--role", "distributor")[0] == 0
    code, out, _ = cli(capsys, data_dir, "profile", "info", "茶馆", "--json")
    assert json.loads(out)["role"] == "distributor"
    assert cli(capsys, data_dir, "profile", "set", "茶馆", "--role", "seller")[0] == 0
    assert json.loads(cli(capsys, data_dir, "profile", "info", "茶馆", "--json")[1])["role"] == "seller"
    code, _, err = cli(capsys, data_dir, "profile", "set", "茶馆")
    assert code == 1 and "--role" in err
    with pytest.raises(SystemExit):
        cli(capsys, data_dir, "profile", "create", "x", "--role", "boss")
    assert [p.name for p in ProfileStore(data_dir).list()] == ["茶馆"]


def test_a_step_refused_half_way_takes_back_the_profile(data_dir, secret_keyring):
    """set_up makes all of a first profile or nothing: an account that cannot be made (no
    password) removes the profile it was to go in, and a plan refused at once makes none."""
    before = keyring_entries()
    plan = FirstProfile("茶馆", "distributor", ImportedPhrase("茶馆", TEST_PHRASE, ""))
    with pytest.raises(PasswordRequired):
        set_up(data_dir, plan)
    assert ProfileStore(data_dir).list() == [] and keyring_entries() == before
    with pytest.raises(UserFacingError, match="not a role"):
        set_up(data_dir, FirstProfile("茶馆", "boss"))
    with pytest.raises(UserFacingError, match="no network"):
        set_up(data_dir, FirstProfile("茶馆", "seller", ImportedPhrase("茶馆", TEST_PHRASE, "pw"),
                                      network="Mainnet"))
    assert ProfileStore(data_dir).list() == []


def test_the_role_changed_on_the_profiles_page(ui, qtbot, monkeypatch):
    """Role… on the Profiles page asks for one of the three roles, keeps it in the book and
    names it in the table and, for the profile in use, in the status bar."""
    said = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text, *a: said.append(text))
    asked = []

    def choose(parent, title, label, choices, current=None):
        asked.append((title, list(choices.values()), current))
        return "seller"

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    ui.show_page("profiles")
    page = ui.page("profiles")
    button = page.findChild(QPushButton, "profile_role")
    button.click()
    assert said == ["Choose a profile first."]
    page.table.selectRow(0)
    button.click()
    assert asked == [("Role of default", ["seller", "distributor", "seller and distributor"], "both")]
    assert said[-1] == "default's role is now: seller."
    assert role_of(ui.ctx.session.work(read_only=True).conn) == "seller"
    assert page.table.item(0, 1).text() == "seller"
    qtbot.waitUntil(lambda: ui.profile_label.text().endswith("· seller"))
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a, **k: None)  # cancelled: nothing changes
    button.click()
    assert role_of(ui.ctx.session.work(read_only=True).conn) == "seller" and len(said) == 2


def test_the_role_in_words_on_a_chinese_command_line(capsys, data_dir):
    code, out, _ = cli(capsys, data_dir, "--lang", "zh_CN", "profile", "create", "茶馆",
                       "--role", "distributor")
    assert code == 0 and "分销" in out and "distributor" not in out
    code, out, _ = cli(capsys, data_dir, "--lang", "zh_CN", "profile", "set", "茶馆", "--role", "both")
    assert code == 0 and "seller" not in out and "供货" in out
