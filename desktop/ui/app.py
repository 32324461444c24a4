"""Starting the GUI: the Qt application, settings, language, and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desktop.i18n import resolve
from desktop.services.paths import resources_dir
from desktop.services.paths import DEMO_PROFILE
from desktop.services.session import Session
from desktop.ui import dialogs
from desktop.ui.context import UiContext
from desktop.ui.event_adapter import QtEvents
from desktop.ui.failures import UncaughtErrors
from desktop.ui.i18n import LANGUAGE_KEY, SYSTEM, Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import TaskRunner
from desktop.ui.pages.base import idle_lock_options

ORGANISATION = APPLICATION = "Ziliudi"
LAST_PROFILE_KEY = "profile/last"


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("自留地 Ziliudi")
    icon = resources_dir() / "icons" / "ziliudi.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    _prefer_cjk_font(app)
    qss = resources_dir() / "qss" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app


def _prefer_cjk_font(app: QApplication) -> None:
    # Where the system font lacks Chinese glyphs, Qt's fallback may pick a font without them.
    families = set(QFontDatabase.families())
    for family in ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"):
        if family in families:
            font = QFont(app.font())
            font.setFamilies([app.font().family(), family])
            app.setFont(font)
            return


def settings_for(cli_ctx) -> QSettings:
    """QSettings inside the data folder when one was given (portable), else the platform's place."""
    if cli_ctx.portable:
        cli_ctx.data_dir.mkdir(parents=True, exist_ok=True)
        return QSettings(str(cli_ctx.data_dir / "settings.ini"), QSettings.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def build(cli_ctx, open_profile: bool = True) -> tuple[QApplication, MainWindow]:
    """Create the app and its main window on the profile the command line asked for.

    With open_profile False the window comes up first and the caller opens the profile
    (see start()), so the user sees the window before the book is read.
    """
    app = application()
    settings = settings_for(cli_ctx)
    session = Session(cli_ctx.data_dir)
    translations = Translations(app)
    translations.apply(resolve(cli_ctx.lang or settings.value(LANGUAGE_KEY, SYSTEM)))
    session.wallet_options = idle_lock_options(settings)
    ctx = UiContext(session=session, tasks=TaskRunner(session, app), events=QtEvents(session.bus, app),
                    settings=settings, translations=translations)
    name = _starting_profile(cli_ctx, session, settings) if open_profile else None
    if name is not None:
        session.open_profile(name)
    window = MainWindow(ctx)
    app.aboutToQuit.connect(session.close)
    app.aboutToQuit.connect(_close_sandboxes)
    return app, window


def _close_sandboxes() -> None:
    if "desktop.services.wallet" in sys.modules:  # only if the wallet was used this session
        sys.modules["desktop.services.wallet"].close_sandboxes()


def _starting_profile(cli_ctx, session: Session, settings: QSettings) -> str | None:
    """The profile to open: the one asked for, else the last used, else the first; None on
    the first run (no profile of the user's own yet), which the welcome wizard makes."""
    if cli_ctx.profile_name:
        return cli_ctx.profile_name
    last = settings.value(LAST_PROFILE_KEY)
    if last and session.profiles.exists(last):
        return last
    names = [p.name for p in session.profiles.list() if p.name != DEMO_PROFILE]
    return names[0] if names else None


def welcome(window: MainWindow):
    """The first run's wizard over the window; on Finish the window opens the new profile on
    the page its role starts from, on Cancel it shows the Profiles page (nothing was made)."""
    from desktop.ui.welcome import WelcomeWizard  # the wallet's services: on a first run only

    wizard = WelcomeWizard(window.ctx, window)
    wizard.language_chosen.connect(lambda _language: QTimer.singleShot(0, window.build_pages))

    def finished(accepted: int) -> None:
        if accepted and wizard.profile is not None:
            window.open_profile(wizard.profile.name)
            window.show_page(wizard.first_page)
        else:
            window.show_page("profiles")

    wizard.finished.connect(finished)
    wizard.open()
    return wizard


def start(cli_ctx) -> tuple[QApplication, MainWindow]:
    """Show the window at once, then open the profile as soon as the event loop turns.

    From here on an exception nobody caught, in a slot or in a thread, is logged with its
    traceback and shown (desktop.ui.failures)."""
    app, window = build(cli_ctx, open_profile=False)
    hooks = UncaughtErrors(app).install()
    app.aboutToQuit.connect(hooks.uninstall)
    window.show()

    def open_profile() -> None:
        try:
            name = _starting_profile(cli_ctx, window.ctx.session, window.ctx.settings)
        except Exception as e:
            dialogs.show_error(window, e)
            return
        if name is None:
            welcome(window)
            return
        window.open_profile(name)

    # The first frame goes out before the book is read.
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_profile))
    return app, window


def run_gui(cli_ctx, args=None) -> int:
    app, _window = start(cli_ctx)
    return app.exec()
