"""Every action button of every page, clicked in the states a user meets: the demo profile
with its data and an empty new profile, with a selection and without, and on the Orders
page an order in each state before and after its deadline.

A click fails the test if it raises (in a slot or a thread), logs an ERROR, or shows the
"something went wrong" message; a refusal in a sentence is fine. Dialogs answer as a user
who presses OK at once (after typing what a form cannot do without), file dialogs pick a
path in tmp_path, and the runner's tasks are waited on after every click.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QDialog, QDialogButtonBox,
                               QFileDialog, QPushButton, QToolButton, QWidget)

from desktop.services.demo import DEMO_SELLER_PASSWORD
from desktop.services.errors import UNEXPECTED, UNEXPECTED_UNLOGGED
from desktop.ui import dialogs
from desktop.ui.failures import UncaughtErrors
from desktop.ui.pages import PAGES

SOMETHING_WRONG = UNEXPECTED.split(" (")[0]  # "Something went wrong"
assert UNEXPECTED_UNLOGGED.startswith(SOMETHING_WRONG)

# The table whose selection the page's buttons follow.
SELECTION = {"lots": "lots_table", "orders": "orders", "wallet": "accounts",
             "storefront": "storefront_table", "profiles": "profiles",
             "offline": "offline_orders", "books": "books_journal"}

# What a user types before pressing OK where a form is useless empty; other forms are
# accepted as they open (empty ones must then refuse with a sentence).
FILL = {
    "ShipDialog": lambda d: d.number.setText("SF1001"),
    "LotDialog": lambda d: d.title_edit.setText(d.title_edit.text() or "按钮 lot"),
}
# Dialogs that are a flow of their own, tested elsewhere: closed as if Cancel was pressed.
CANCEL = {"ImportWizard", "NewAccountDialog"}
# Clicked after the others of their page, so that what they take away is still there for them.
LAST = {"wallet_remove", "profile_delete"}
ROWS = 3  # rows chosen one at a time; more are chosen together where the table allows it


class Clicker:
    """Clicks buttons as a user would and records what went wrong, per click."""

    def __init__(self, ui, qtbot, tmp_path: Path, caplog, monkeypatch):
        self.ui, self.qtbot, self.caplog = ui, qtbot, caplog
        self.files = tmp_path / "files"
        self.files.mkdir()
        self.problems: list[str] = []
        self.clicked: list[str] = []
        self.found = 0
        self.where = ""
        self._answers = 0
        self.errors: list[str] = []
        monkeypatch.setattr(dialogs, "show_error", self._show_error)
        monkeypatch.setattr(dialogs, "show_info", lambda parent, text, title=None: None)
        monkeypatch.setattr(dialogs, "ask", lambda parent, question, title=None: True)
        monkeypatch.setattr(dialogs, "ask_text", self._ask_text)
        monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, label, choices,
                            current=None: next(iter(choices)))
        monkeypatch.setattr(dialogs, "ask_password", lambda *a, **k: DEMO_SELLER_PASSWORD)
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._exec(dialog))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_name)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open_name)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)
        self.hooks = UncaughtErrors().install()  # a slot's exception takes the app's path

    # -- the dialogs' answers -------------------------------------------------------------
    def _show_error(self, parent, error, title=None) -> None:
        self.errors.append(dialogs.error_text(error))

    def _ask_text(self, parent, title, label, text=""):
        self._answers += 1
        return "129" if "rice" in label else "button {n}".format(n=self._answers)

    def _exec(self, dialog: QDialog) -> int:
        name = type(dialog).__name__
        box = dialog.findChild(QDialogButtonBox)
        ok = box.button(QDialogButtonBox.Ok) if box is not None else None
        if name in FILL:
            FILL[name](dialog)
        if name in CANCEL or ok is None or not ok.isEnabled():
            dialog.reject()
        else:
            ok.click()  # the dialog's own checks run; a refused OK leaves it Rejected
        return dialog.result()

    def _save_name(self, parent, caption="", directory="", filter="", *a, **k):
        return str(self.files / (Path(directory).name or "file")), filter

    def _open_name(self, parent, caption="", directory="", filter="", *a, **k):
        """The newest file of a suffix the filter names, else a junk file with that suffix."""
        suffixes = [p.split("*")[-1] for p in filter.replace(")", " ").split() if p.startswith("*.")]
        found = sorted((p for p in self.files.iterdir() if p.suffix in suffixes),
                       key=lambda p: p.stat().st_mtime)
        if found:
            return str(found[-1]), filter
        junk = self.files / ("junk" + (suffixes[0] if suffixes else ".txt"))
        junk.write_bytes(b"not what it says it is\n")
        return str(junk), filter

    def _folder(self, parent, caption="", directory="", *a, **k):
        folder = self.files / "site"
        folder.mkdir(exist_ok=True)
        return str(folder)

    # -- clicking --------------------------------------------------------------------------
    def settle(self) -> None:
        """Wait until every task and what it started has ended and its results are shown."""
        tasks = self.ui.ctx.tasks
        for _ in range(20):
            assert tasks.wait(60_000), "a task did not end"
            self.qtbot.waitUntil(lambda: tasks.idle, timeout=60_000)
            if tasks.wait(0) and tasks.idle:
                return

    def buttons(self, root: QWidget) -> list:
        """The action buttons and actions shown in the main window under root."""
        window = root.window()
        found = []
        for b in root.findChildren(QAbstractButton):
            if (isinstance(b, (QPushButton, QToolButton)) and b.window() is window
                    and not b.objectName().startswith("qt_")
                    and type(b).__name__ not in {"QLineEditIconButton", "QTableCornerButton"}):
                found.append(b)
        for a in root.findChildren(QAction):
            if a.text() and not a.objectName().startswith(("_q_", "qt_")):
                found.append(a)
        return sorted(found, key=lambda b: b.objectName() in LAST)  # a stable sort

    def name(self, button) -> str:
        return button.objectName() or button.text()

    def click(self, button) -> None:
        """Click one button (a checkable one twice: on, then off) and wait for what follows."""
        if isinstance(button, QAction):
            if not (button.isEnabled() and button.isVisible()):
                return
        elif not (button.isEnabled() and button.isVisibleTo(button.window())):
            return
        what = f"{self.where}: {self.name(button)}"
        self.clicked.append(what)
        start_log, start_errors = len(self.caplog.records), len(self.errors)
        for _ in range(2 if getattr(button, "isCheckable", lambda: False)() else 1):
            button.trigger() if isinstance(button, QAction) else button.click()
            self.settle()
        for record in self.caplog.records[start_log:]:
            if record.levelno >= logging.ERROR:
                self.problems.append(f"{what} logged {record.getMessage()!r}: "
                                     f"{record.exc_text or record.exc_info}")
        for text in self.errors[start_errors:]:
            if text.startswith(SOMETHING_WRONG):
                self.problems.append(f"{what} showed {text!r}")

    def click_all(self, root: QWidget, where: str, before_each=None, skip=()) -> None:
        """Click every action button under root that is enabled when its turn comes."""
        self.where = where
        for button in self.buttons(root):
            self.found += 1
            if button.objectName() in skip:
                continue
            if before_each is not None:
                before_each()
            self.click(button)

    def close(self) -> None:
        self.settle()
        self.hooks.uninstall()


@pytest.fixture
def clicker(ui, qtbot, tmp_path, caplog, monkeypatch):
    c = Clicker(ui, qtbot, tmp_path, caplog, monkeypatch)
    caplog.set_level(logging.WARNING)
    yield c
    c.close()


@pytest.fixture
def demo(ui, clicker, secret_keyring):
    """The main window on the demo profile, its seller able to pay bonds on the Sandbox."""
    from desktop.services import storefront
    from desktop.services.wallet import close_sandboxes
    from wallet.vault import Vault

    ui.open_profile("demo")
    wallet = ui.ctx.session.work().wallet
    for account in wallet.accounts.list():
        wallet.networks.sandbox.fund(account.address, 10**19)
        wallet.networks.sandbox.mint(account.address, 10**10)
    profile_id = ui.ctx.session.profile_id
    yield ui
    clicker.settle()
    page = ui.page("storefront")
    if page.serve.isChecked():
        page.serve.setChecked(False)
    session = ui.ctx.session
    for profile in session.profiles.list():  # the demo may have been renamed
        session.open_profile(profile.name)
        if session.profile_id == profile_id:
            wallet = session.work().wallet
            for account in wallet.accounts.list():
                wallet.accounts.remove(account.address, force=True)
            break
    Vault("ziliudi:" + profile_id).delete(storefront.KEY_NAME)
    close_sandboxes()


@pytest.fixture
def empty(ui, clicker, secret_keyring):
    """The main window on a new, empty profile."""
    from desktop.services import storefront
    from desktop.services.wallet import close_sandboxes
    from wallet.vault import Vault

    profile_id = ui.ctx.session.profile_id
    yield ui
    clicker.settle()
    Vault("ziliudi:" + profile_id).delete(storefront.KEY_NAME)
    close_sandboxes()


def selections(view: QAbstractItemView | None):
    """(name, apply) for no selection, each of the first rows, and every row where several
    may be chosen; a row that is not there (any more) is skipped."""
    if view is None:
        return [("no selection", lambda: True)]

    def row(r):
        def select():
            if r >= view.model().rowCount():
                return False
            if [i.row() for i in view.selectionModel().selectedRows()] != [r]:
                view.clearSelection()
                view.selectRow(r)
            return True
        return select

    def every():
        view.selectAll()
        return view.model().rowCount() > 1

    out = [("no selection", lambda: view.clearSelection() or True)]
    out += [(f"row {r + 1}", row(r)) for r in range(ROWS)]
    if view.selectionMode() in (QAbstractItemView.ExtendedSelection, QAbstractItemView.MultiSelection):
        out.append(("every row", every))
    return out


def click_page(window, clicker, key: str, profile: str) -> None:
    window.show_page(key)
    page = window.page(key)
    clicker.settle()
    view = page.findChild(QAbstractItemView, SELECTION[key]) if key in SELECTION else None
    for state, select in selections(view):
        if select():
            clicker.click_all(page, f"{profile} {key} ({state})", select)


PAGE_KEYS = [p.key for p in PAGES if p.key != "orders"]


def check(clicker) -> None:
    assert clicker.clicked or not clicker.found, "no button was clicked"
    assert clicker.problems == []


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_button_on_the_demo(demo, clicker, key):
    click_page(demo, clicker, key, "demo")
    check(clicker)


@pytest.mark.parametrize("key", PAGE_KEYS + ["orders"])
def test_every_button_on_an_empty_profile(empty, clicker, key):
    click_page(empty, clicker, key, "empty")
    check(clicker)


# -- the Orders page, with an order in each state -----------------------------------------------

# The simulated buyer's buttons that do not act on the chosen order: clicked with no order
# chosen; the clock is moved once, so that offers stay valid while the orders are made.
NOT_PER_ORDER = {"sim_sign", "sim_fund", "sim_hour", "sim_day", "sim_week"}
JUMPS = {"sim_hour", "sim_day", "sim_week"}


def _order_rows(page) -> dict[int, str]:
    return {v.order.escrow_id: v.order.state for v in page.model.views}


def _select(page, escrow_id: int):
    def select():
        rows = [r for r, v in enumerate(page.model.views) if v.order.escrow_id == escrow_id]
        if [i.row() for i in page.table.selectionModel().selectedRows()] != rows:
            page.table.clearSelection()
            for r in rows:
                page.table.selectRow(r)
    return select


def _orders_in_each_state(page, clicker) -> dict[str, int]:
    """Four new orders, brought by the page's buttons to Funded, Accepted, Shipped, Disputed."""
    clicker.where = "demo orders (making orders)"
    before = set(_order_rows(page))
    page.table.clearSelection()
    for _ in range(4):
        clicker.click(page.buyer_panel.buttons["fund"])
    new = sorted(set(_order_rows(page)) - before)
    assert len(new) == 4, (_order_rows(page), clicker.errors[-3:])
    funded, accepted, shipped, disputed = new
    for escrow_id, steps in ((accepted, ["accept"]), (shipped, ["accept", "ship"]),
                             (disputed, ["accept", "dispute"])):
        for step in steps:
            _select(page, escrow_id)()
            clicker.click(page.buttons[step])
    states = _order_rows(page)
    assert [states[i] for i in new] == ["Funded", "Accepted", "Shipped", "Disputed"], states
    return {"Funded": funded, "Accepted": accepted, "Shipped": shipped, "Disputed": disputed}


def _walk(page, clicker, orders: dict[str, int], when: str) -> None:
    for state, escrow_id in orders.items():
        select = _select(page, escrow_id)
        clicker.click_all(page, f"demo orders ({state}, {when})", select, skip=NOT_PER_ORDER)


def test_every_orders_button_in_each_order_state(demo, clicker):
    demo.show_page("orders")
    page = demo.page("orders")
    clicker.settle()
    clicker.click_all(page, "demo orders (no order chosen)", page.table.clearSelection, skip=JUMPS)
    assert page.model.views, "the simulated buyer's Fund made no order"
    before, after = _orders_in_each_state(page, clicker), _orders_in_each_state(page, clicker)
    _walk(page, clicker, before, "before the deadline")
    page.table.clearSelection()
    clicker.where = "demo orders (no order chosen)"
    for name in sorted(JUMPS):
        clicker.click(page.buyer_panel.buttons[name.removeprefix("sim_")])
    views = [v for v in page.model.views if v.order.escrow_id in after.values()]
    last = max(v.order.deadline for v in views)
    page.buyer_panel.jump.emit(last - page.model.now() + 3600)
    clicker.settle()
    assert all(v.order.deadline < page.model.now() for v in page.model.views
               if v.order.escrow_id in after.values() and v.order.is_open)
    _walk(page, clicker, after, "after the deadline")
    clicker.click_all(page, "demo orders (every order)", page.table.selectAll, skip=NOT_PER_ORDER)
    check(clicker)
