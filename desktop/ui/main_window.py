"""The main window: navigation on the left, the chosen page on the right, status below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QMainWindow,
                               QProgressBar, QPushButton, QSplitter, QStackedWidget, QWidget)

from desktop.services.events import NetworkStateChanged, ProfileOpened
from desktop.ui import dialogs
from desktop.ui.context import UiContext
from desktop.i18n import ROLE_WORDS, resolve
from desktop.ui.network_watch import NetworkWatch, network_name
from desktop.ui.pages import PAGES
from desktop.services.chainless import is_chainless
from desktop.services.paths import DEMO_PROFILE
from desktop.services.roles import role_of

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PAGE_KEY = "window/page"


class TasksIndicator(QWidget):
    """Status-bar view of the running background tasks, with a button to cancel them."""

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("tasks_label")
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("tasks_cancel")
        self.cancel.clicked.connect(ctx.tasks.cancel_all)
        for w in (self.label, self.bar, self.cancel):
            layout.addWidget(w)
        ctx.tasks.changed.connect(self.update_view)
        self.update_view()

    def update_view(self) -> None:
        running = self.ctx.tasks.running
        self.setVisible(bool(running))
        if not running:
            return
        latest = running[-1]
        text = latest.title if len(running) == 1 else self.tr("{title} and {n} more").format(
            title=latest.title, n=len(running) - 1)
        self.label.setText(text)
        progress = latest.progress
        if progress and progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)


CHAIN_PAGES = ("orders", "wallet")
TOUR_SEEN_KEY = "tour/demo_seen"  # the demo showed its tour once


def role_word(role: str) -> str:
    """A profile's role (desktop.services.roles) in the interface's language."""
    return QCoreApplication.translate("Roles", ROLE_WORDS[role])


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self._painted = False
        self.setObjectName("main_window")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.profile_label = QLabel()
        self.profile_label.setObjectName("profile_label")
        self.network_label = QLabel()
        self.network_label.setObjectName("network_label")
        self.tasks_indicator = TasksIndicator(ctx)
        bar = self.statusBar()
        bar.addWidget(self.profile_label)
        bar.addWidget(self.network_label)
        bar.addPermanentWidget(self.tasks_indicator)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("help_menu")
        self.about_action = QAction(self)
        self.about_action.setObjectName("about")
        self.about_action.setMenuRole(QAction.AboutRole)  # macOS puts it in the app menu
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self.nav.currentRowChanged.connect(self._show_page)
        self.tour = None  # the tour of the areas (desktop.ui.tour), once shown
        self.tour_action = self.help_menu.addAction("")
        self.tour_action.setObjectName("tour_action")
        self.tour_action.triggered.connect(self.start_tour)
        ctx.events.listen(ProfileOpened, self._profile_opened)
        ctx.events.listen(NetworkStateChanged, self._network_changed)
        self.keys = [cls.key for cls in PAGES]
        self._pages: dict[str, object] = {}
        self.build_pages()
        self._restore_geometry()
        self.network_watch = NetworkWatch(ctx, self)
        QTimer.singleShot(0, self._tour_once)  # for a profile opened before the window was made

    def build_pages(self) -> None:
        """(Re)build the navigation, e.g. after the language changed; pages are made when first shown."""
        current = self.ctx.settings.value(PAGE_KEY, self.keys[0])
        self.nav.blockSignals(True)
        self.nav.clear()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages = {}
        # A row's page is self.keys[row]. Touching the Qt namespace here would cost
        # ~14 ms before the first frame (PySide builds it on first use).
        self.nav.addItems([entry.title() for entry in PAGES])
        self.nav.blockSignals(False)
        self.nav.setCurrentRow(self.keys.index(current) if current in self.keys else 0)
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Ziliudi"))
        self.tour_action.setText(self.tr("Tour of the areas"))
        self._update_status()
        self._show_chain_pages()

    def start_tour(self):
        """Show the tour of the areas from its first step (again, if it was shown before)."""
        # Here, not with the window: the tour names Qt's namespace, which PySide builds whole
        # on first use (some 40 ms before the first frame).
        from desktop.ui.tour import Tour

        if self.tour is not None:
            self.tour.close()
            self.tour.deleteLater()
        self.tour = Tour(self)
        self.tour.start()
        return self.tour

    def _tour_once(self) -> None:
        # The demo is where people look around: it starts with the tour, the first time only.
        if self.ctx.session.profile is None or self.ctx.session.profile.name != DEMO_PROFILE:
            return
        if self.ctx.settings.value(TOUR_SEEN_KEY, False, type=bool):
            return
        self.ctx.settings.setValue(TOUR_SEEN_KEY, True)
        self.start_tour()

    def _show_chain_pages(self) -> None:
        """A profile that sells without a chain has no Wallet page, no escrow orders and no
        network state; the other pages stay."""
        session = self.ctx.session
        # on the plain connection: the first page must not wait for sqlite-utils to load
        hidden = session.profile is not None and is_chainless(session.work(read_only=True).conn)
        for key in CHAIN_PAGES:
            self.nav.item(self.keys.index(key)).setHidden(hidden)
        self.network_label.setVisible(not hidden)
        if hidden and self.keys[self.nav.currentRow()] in CHAIN_PAGES:
            self.nav.setCurrentRow(self.keys.index("offline"))

    def change_language(self, choice: str) -> None:
        """Show the interface in another language at once (pages are rebuilt after this event)."""
        if not self.ctx.translations.apply(resolve(choice)):
            dialogs.show_error(self, self.tr("The translation for {language} is missing.").format(language=choice))
            return
        QTimer.singleShot(0, self.build_pages)

    def show_about(self) -> None:
        """Help → About Ziliudi."""
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.ctx.session.data_dir, self).exec()

    def page(self, key: str):
        """The page for key, made on first use."""
        if key not in self._pages:
            page = PAGES[self.keys.index(key)].load()(self.ctx)
            if key == "profiles":
                page.open_requested.connect(self.open_profile)
            if key == "settings":
                page.language_chosen.connect(self.change_language)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    @property
    def pages(self) -> list:
        """Every page, in navigation order (makes the ones not shown yet)."""
        return [self.page(key) for key in self.keys]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.keys.index(key))

    def _show_page(self, row: int) -> None:
        if row < 0 or (PAGES[row].needs_book and self.ctx.session.profile is None):
            return  # shown once a profile is open
        page = self.page(self.keys[row])
        self.stack.setCurrentWidget(page)
        self.ctx.settings.setValue(PAGE_KEY, page.key)
        page.shown()

    def _profile_opened(self, _event) -> None:
        self._update_status()
        self._show_chain_pages()
        if self.stack.currentWidget() is None:
            self._show_page(self.nav.currentRow())
        QTimer.singleShot(0, self._tour_once)

    def open_profile(self, name: str) -> None:
        try:
            self.ctx.session.open_profile(name)
        except Exception as e:
            dialogs.show_error(self, e)
            return
        self.ctx.settings.setValue("profile/last", name)

    def _update_status(self) -> None:
        self.setWindowTitle(self.tr("Ziliudi — your own plot"))
        profile = self.ctx.session.profile
        if profile:
            self.setWindowTitle(self.tr("{profile} — Ziliudi").format(profile=profile.name))
            role = role_of(self.ctx.session.work(read_only=True).conn)
            self.profile_label.setText(self.tr("Profile: {name}").format(name=profile.name)
                                       + " · " + role_word(role))
        else:
            self.profile_label.setText(self.tr("No profile open"))

    def _network_changed(self, event: NetworkStateChanged) -> None:
        words = {"connected": self.tr("connected"), "offline": self.tr("offline"),
                 "wrong_chain": self.tr("wrong chain")}
        self.network_label.setText(self.tr("{network}: {state}").format(
            network=network_name(event.network), state=words.get(event.state, event.state)))

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self.ctx.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event) -> None:
        if self.ctx.tasks.running and not dialogs.ask(
                self, self.tr("Tasks are still running. Cancel them and quit?")):
            event.ignore()
            return
        self.ctx.tasks.cancel_all()
        self.ctx.tasks.wait(10_000)
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.ctx.settings.setValue(STATE_KEY, self.saveState())
        self.ctx.settings.sync()
        super().closeEvent(event)
