"""Share links never point to this computer's loopback address: the store's web address, else
the LAN address with a warning, else a refusal that says what to set; and every share action
says what it made, with Open folder for files."""

import io
import json

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.cli import main
from desktop.services import storefront as service
from shop.storefront.errors import StorefrontError
from shop.storefront.profile import is_loopback

LAN = "192.168.31.7"


@pytest.fixture
def cli(data_dir, capsys, monkeypatch):
    def run(*argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code = main(["--data-dir", str(data_dir), "--demo", *argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def lan(monkeypatch):
    """This computer's network addresses, as the test says (none: loopback only)."""
    found = [LAN]
    monkeypatch.setattr("desktop.services.storefront.lan_addresses", lambda: list(found))
    return found


@pytest.fixture
def demo_work(data_dir):
    """A work unit on the demo profile, on the test's thread."""
    from desktop.services.session import Session

    s = Session(data_dir)
    s.open_profile("demo")
    yield s.work()
    s.close()


def _store_url(work, url):
    # As a book written before loopback addresses were refused might hold it.
    with work.db.atomic():
        work.db.execute("INSERT INTO store_profile (key, value) VALUES ('site_url', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [url])


@pytest.mark.parametrize("url, loopback", [
    ("http://127.0.0.1:8765/", True), ("http://localhost/", True), ("http://[::1]:80/", True),
    ("http://0.0.0.0:8765/", True), ("http://shop.localhost/", True),
    ("https://shop.example.cn/", False), (f"http://{LAN}:8765/", False), ("http://[", False)])
def test_loopback_addresses_are_named(url, loopback):
    assert is_loopback(url) is loopback


def test_a_loopback_web_address_is_refused_and_the_profile_kept(cli):
    code, _out, err = cli("storefront", "profile", "--url", "http://127.0.0.1:8765/")
    assert code == 1 and "opens only on this computer" in err
    code, out, _err = cli("storefront", "profile", "--json")
    assert code == 0 and json.loads(out)["profile"]["site_url"] == ""


def test_the_lan_address_stands_in_for_a_loopback_or_missing_address(demo_work, lan):
    for stored in ("", "http://127.0.0.1:8765/"):
        _store_url(demo_work, stored)
        address = service.site_address(demo_work)
        assert address.lan and address.url == f"http://{LAN}:8765/"
        assert "127.0.0.1" not in service.share_text(demo_work)
        assert service.store_qr(demo_work).text.startswith(f"http://{LAN}:8765/")
    _store_url(demo_work, "https://shop.example.cn/")
    assert service.site_address(demo_work) == service.SiteAddress("https://shop.example.cn/",
                                                                  lan=False)


def test_with_no_address_buyers_could_open_sharing_is_refused(demo_work, lan):
    lan.clear()
    with pytest.raises(StorefrontError, match="no network address"):
        service.share_text(demo_work)
    with pytest.raises(StorefrontError):
        service.store_qr(demo_work)


def test_the_share_command_prints_the_text_and_warns_of_a_lan_link(cli, lan):
    code, out, err = cli("storefront", "share")
    assert code == 0 and f"http://{LAN}:8765/" in out and "127.0.0.1" not in out
    assert "only buyers on the same network" in err
    code, out, _err = cli("storefront", "share", "--json")
    doc = json.loads(out)
    assert doc["lan_only"] is True and doc["url"] == f"http://{LAN}:8765/"
    assert cli("storefront", "profile", "--url", "https://shop.example.cn/")[0] == 0
    code, out, err = cli("storefront", "share")
    assert "https://shop.example.cn/" in out and err == ""
    lan.clear()
    assert cli("storefront", "profile", "--url", "")[0] == 0
    code, _out, err = cli("storefront", "share")
    assert code == 1 and "no network address" in err


def _notice(qtbot):
    found = []

    def shown():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "notice"
                    and w.isVisible()]
        return bool(found)
    qtbot.waitUntil(shown, timeout=20_000)
    return found[-1]


def _storefront(ui, qtbot):
    ui.open_profile("demo")
    ui.show_page("storefront")
    page = ui.page("storefront")
    qtbot.waitUntil(lambda: page.model.rowCount() > 20)
    return page


def test_copy_share_text_says_it_copied_and_that_the_link_is_lan_only(ui, qtbot, lan):
    page = _storefront(ui, qtbot)
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["share"], qtbot_left())
    box = _notice(qtbot)
    assert "copied" in box.text() and f"http://{LAN}:8765/" in box.text()
    assert f"http://{LAN}:8765/" in QGuiApplication.clipboard().text()
    box.close()


def test_poster_catalog_and_site_say_where_with_open_folder(ui, qtbot, tmp_path, lan,
                                                            monkeypatch, secret_keyring):
    """Each button asks where (a click hands no path of its own), writes there and says so."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, name, *a: (str(tmp_path / name), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a: str(tmp_path / "site"))
    page = _storefront(ui, qtbot)
    page.table.selectRow(0)
    for button, made, words, folder in (
            ("poster", tmp_path / "poster.png", "poster", tmp_path),
            ("catalog", tmp_path / "catalog.pdf", "catalog", tmp_path),
            ("site", tmp_path / "site", "exported", tmp_path / "site")):
        qtbot.mouseClick(page.buttons[button], qtbot_left())
        box = _notice(qtbot)
        assert words in box.text() and str(made) in box.text() and made.exists()
        open_folder = next(b for b in box.buttons() if b.objectName() == "open_folder")
        qtbot.mouseClick(open_folder, qtbot_left())
        assert opened[-1] == str(folder)
        qtbot.waitUntil(lambda: not box.isVisible())
    assert made.joinpath("index.html").is_file()
    service._vault(ui.ctx.session.work()).delete(service.KEY_NAME)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
