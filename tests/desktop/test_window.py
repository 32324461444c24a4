"""The main window: navigation, pages, status bar, settings, language."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from desktop.services import profile_backup

from desktop.services.events import NetworkStateChanged
from desktop.ui.pages import PAGES


def nav_text(ui, key):
    return ui.nav.item(ui.keys.index(key)).text()


def test_every_navigation_entry_shows_its_page(ui, qtbot):
    assert ui.nav.count() == len(PAGES)
    for row in range(ui.nav.count()):
        ui.nav.setCurrentRow(row)
        page = ui.stack.currentWidget()
        assert page.key == PAGES[row].key
        assert page.isVisible()
        assert ui.nav.item(row).text() == PAGES[row].title()


def test_status_bar_shows_profile_and_network(ui, qtbot):
    assert "default" in ui.profile_label.text()
    ui.ctx.session.bus.publish(NetworkStateChanged("Sandbox", "offline"))
    qtbot.waitUntil(lambda: "offline" in ui.network_label.text())


def test_language_switch_changes_visible_strings(ui, qtbot):
    ui.show_page("settings")
    combo = ui.page("settings").findChild(QComboBox, "language")
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: nav_text(ui, "profiles") == "账套")
    assert ui.page("settings").findChild(QLabel, "heading").text() == "设置"
    assert ui.profile_label.text().startswith("账套")
    assert ui.ctx.settings.value("ui/language") == "zh_CN"
    combo = ui.page("settings").findChild(QComboBox, "language")
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: nav_text(ui, "profiles") == "Profiles")


def test_geometry_and_page_kept_in_settings(ui, qtbot, data_dir):
    ui.show_page("settings")
    ui.resize(900, 640)
    ui.close()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.IniFormat)
    assert settings.value("window/geometry") is not None
    assert settings.value("window/page") == "settings"


def test_profiles_page_opens_a_profile(ui, qtbot):
    ui.ctx.session.profiles.create("second")
    ui.show_page("profiles")
    page = ui.page("profiles")
    page.reload()
    row = [page.table.item(r, 0).text() for r in range(page.table.rowCount())].index("second")
    page.table.selectRow(row)
    page.open_selected()
    assert ui.ctx.session.profile.name == "second"
    assert "second" in ui.profile_label.text()


def test_a_new_profile_is_listed_at_once_and_no_book_change_is_announced(ui, qtbot, monkeypatch):
    from desktop.services.events import BookChanged
    from desktop.ui import dialogs

    seen = []
    ui.ctx.session.bus.subscribe(BookChanged, seen.append)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "third")
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)  # not WeChat Pay / Alipay only
    ui.show_page("profiles")
    page = ui.page("profiles")
    page.create()
    assert "third" in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert seen == []


def test_backup_from_the_page_runs_in_the_background(ui, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui import dialogs

    dest = tmp_path / "out.ziliudi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    shown = []
    opened = []
    monkeypatch.setattr(dialogs, "notice", lambda parent, text, path=None: shown.append(text)
                        or opened.append(path))
    monkeypatch.setattr(dialogs, "ask_password", lambda *a, **k: "backup pw")
    page = ui.page("profiles")
    page.table.selectRow(0)
    qtbot.mouseClick(page.findChild(QPushButton, "profile_backup"), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert dest.is_file() and str(dest) in shown[0] and opened == [dest]
    assert profile_backup.is_encrypted(dest)

    # Restore it under another name from the page, then delete that copy from the page.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(dest), ""))
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "copy")
    qtbot.mouseClick(page.findChild(QPushButton, "profile_restore"), Qt.LeftButton)
    qtbot.waitUntil(lambda: "copy" in _names(page), timeout=15000)
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, q, title=None: asked.append(q) or True)
    page.table.selectRow(_names(page).index("copy"))
    qtbot.mouseClick(page.findChild(QPushButton, "profile_delete"), Qt.LeftButton)
    qtbot.waitUntil(lambda: "copy" not in _names(page), timeout=15000)
    assert "cannot be undone" in asked[0] and not ui.ctx.session.profiles.exists("copy")


def test_the_open_profile_cannot_be_deleted(ui, qtbot, monkeypatch):
    from desktop.ui import dialogs

    errors, asked = [], []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: errors.append(str(e)))
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a) or True)
    page = ui.page("profiles")
    page.reload()
    page.table.selectRow(_names(page).index(ui.ctx.session.profile.name))
    qtbot.mouseClick(page.findChild(QPushButton, "profile_delete"), Qt.LeftButton)
    assert errors and "Open another profile" in errors[0] and asked == []
    assert ui.ctx.session.profiles.exists(ui.ctx.session.profile.name)


def _names(page):
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_status_bar_learns_the_network_state_without_visiting_the_wallet(ui, qtbot):
    ui.show_page("profiles")
    ui.network_watch.probe()
    qtbot.waitUntil(lambda: "connected" in ui.network_label.text(), timeout=30_000)
    assert "Sandbox" in ui.network_label.text()


def test_renaming_a_profile_takes_its_sandbox_chain_along(ui, qtbot, monkeypatch):
    from desktop.services.wallet import close_sandboxes
    from desktop.ui import dialogs

    sandbox = ui.ctx.session.work().wallet.networks.sandbox  # the chain is open in this process
    sandbox.fund(sandbox.funded_accounts[0], 1)
    blocks = sandbox.w3.eth.block_number
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "renamed")
    page = ui.page("profiles")
    page.reload()
    page.table.selectRow([page.table.item(r, 0).text() for r in range(page.table.rowCount())].index("default"))
    page.rename()
    assert ui.ctx.session.profile.name == "renamed"
    again = ui.ctx.session.work().wallet.networks.sandbox
    assert again.state_dir.parent == ui.ctx.session.profile.folder
    assert again.w3.eth.block_number == blocks
    close_sandboxes()  # saves into the renamed folder


FIRST_PAGE = """
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop.cli import CliContext
from desktop.ui.app import start

app, window = start(CliContext(Path(sys.argv[1]), True, "shop", "en"))


def heavy():
    return sorted({m.split(".")[0] for m in sys.modules} & {"sqlite_utils", "dateutil", "click", "pluggy"})


def check():
    page = window.stack.currentWidget()
    if page is None:
        return
    if page.key == "dashboard":  # the home page first, then the Lots page
        if page.figures["inventory"].text() != "—":
            print(page.key, page.figures["inventory"].text(), heavy())
            window.show_page("lots")
        return
    if page.lots.rowCount() == 0 or page.model.rowCount() == 0:
        return
    print(page.key, page.lots.item(0, 0).text(), page.model.rowCount(), heavy())
    app.exit(0)


timer = QTimer()
timer.timeout.connect(check)
timer.start(10)
QTimer.singleShot(30_000, lambda: app.exit(1))
sys.exit(app.exec())
"""


def test_the_first_page_shows_the_book_without_loading_sqlite_utils(data_dir):
    """A book already at this version is checked and opened, and the home page and the Lots
    page read it, on the plain sqlite3 connection: sqlite-utils (with dateutil, click and
    pluggy) loads later, when something needs it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from desktop.services.demo import supplier_lot
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create("shop")
    session.open_profile("shop")
    with session.db.atomic():
        supplier_lot(session.db)
    lot_id, title = session.db.execute(
        "SELECT id, title FROM lots ORDER BY starts_at DESC, id DESC").fetchone()
    items = session.db.execute("SELECT count(*) FROM lot_items WHERE lot_id = ?", [lot_id]).fetchone()[0]
    stock = session.db.execute("SELECT sum(quantity * supply_price) FROM lot_items").fetchone()[0]
    session.close()
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", FIRST_PAGE, str(data_dir)], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(root)})
    assert result.returncode == 0, result.stderr
    from shop.money import CNY, Money

    assert result.stdout.split("\n")[:2] == [
        f"dashboard {Money(stock, CNY).text(grouped=True)} []", f"lots {title} {min(items, 256)} []"]
