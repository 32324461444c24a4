"""The Lots page: the supplier lot listed with status, window and sell-through; search over its
items; a 100,000-item lot read a page at a time; new lot, publish, exports and signed sheets."""

import time
import zipfile

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog

from desktop.services import lots as service
from desktop.services.demo import supplier_lot
from shop.lots.items import import_into
from shop.stock.check import StockRow

ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
ANVIL_ADDRESS_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


@pytest.fixture
def messages(monkeypatch):
    """What the page tells the user, instead of modal boxes."""
    said = {"info": [], "error": []}
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda _p, text, title=None: said["info"].append(text))
    monkeypatch.setattr("desktop.ui.dialogs.notice", lambda _p, text, path=None: said["info"].append(text))
    monkeypatch.setattr("desktop.ui.dialogs.show_error",
                        lambda _p, e, title=None: said["error"].append(str(e)))
    monkeypatch.setattr("desktop.ui.dialogs.ask", lambda *_a, **_k: True)
    return said


def lots_page(ui, qtbot):
    ui.show_page("lots")
    page = ui.page("lots")
    qtbot.waitUntil(lambda: not page._stale)
    return page


def with_demo_lot(ui, qtbot):
    session = ui.ctx.session
    with session.db.atomic():
        supplier_lot(session.db)
    session.announce({"lots"})
    page = lots_page(ui, qtbot)
    qtbot.waitUntil(lambda: page.lots.rowCount() == 1)
    return page


def wait(qtbot, op, timeout=30_000):
    """Wait for a background operation to end (its signals reach the GUI thread queued)."""
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=timeout):
        pass


def test_lots_follows_the_overview_home_page(ui):
    assert [p.key for p in ui.pages[:2]] == ["dashboard", "lots"]


def test_page_lists_the_supplier_lot_and_its_items(ui, qtbot):
    page = with_demo_lot(ui, qtbot)
    cells = [page.lots.item(0, c).text() for c in range(5)]
    assert cells[0] == "夏季女装清仓 · 第一期" and cells[1] == "杭州织锦服饰有限公司"
    assert cells[2] == "open" and " – " in cells[3] and cells[4].endswith("%")
    row = service.list_lots(ui.ctx.session.work())[0]
    assert page.model.rowCount() == row.items and page.match_label.text() == f"{row.items} items"


def test_search_narrows_the_items(ui, qtbot):
    page = with_demo_lot(ui, qtbot)
    everything = page.model.rowCount()
    page.search.setText("连衣裙")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    assert page.match_label.text() == "6 items match"
    assert all("连衣裙" in page.model.row(r)["name"] for r in range(6))
    page.search.setText("ZJ24-003")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    barcode = page.model.row(1)["barcode"]
    page.search.setText(barcode)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == everything)


def test_typing_searches_once_after_a_pause(ui, qtbot, monkeypatch):
    page = with_demo_lot(ui, qtbot)
    calls = []
    real = service.items
    monkeypatch.setattr(service, "items", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    for n in range(1, 5):
        page.search.setText("ZJ24-00"[:n + 3])
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    qtbot.wait(300)
    assert calls == ["ZJ24-00"]


def test_a_100k_item_lot_opens_with_one_page_read(ui, qtbot, monkeypatch):
    session = ui.ctx.session
    rows = [StockRow(i + 2, f"S{i:06d}", "黑色", "M", f"款式{i}", f"69{i:011d}", 3, 9900, 3000,
                     None, None, "", "", "", {}) for i in range(100_000)]
    import_into(session.db, "十万件", rows, supplier="大仓")
    page = lots_page(ui, qtbot)
    reads = []
    real = service.items
    monkeypatch.setattr(service, "items", lambda *a, **k: reads.append(k["offset"]) or real(*a, **k))
    started = time.perf_counter()
    page.refresh()
    opened = time.perf_counter() - started
    assert reads == [0]
    assert page.model.rowCount() == page.model.page_size
    assert page.model.canFetchMore(QModelIndex())
    assert page.matches == 100_000 and page.match_label.text() == "100000 items"
    assert opened < 2.0, opened
    page.items.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > page.model.page_size)
    page.search.setText("S04999")
    qtbot.waitUntil(lambda: page.matches == 10)
    assert page.model.rowCount() == 10 and not page.model.canFetchMore(QModelIndex())


def test_new_lot_import_publish_and_export(ui, qtbot, tmp_path, messages, monkeypatch):
    from desktop.ui.lot_dialogs import LotDialog

    from desktop.services.events import BookChanged

    page = lots_page(ui, qtbot)
    announced = []
    ui.ctx.session.bus.subscribe(BookChanged, announced.append)
    dialog = LotDialog(page)
    dialog.title_edit.setText("秋装")
    dialog.supplier.setCurrentText("北方服饰")
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.Accepted)
    wait(qtbot, page.new_lot(dialog=dialog))
    # The runner announced the write once, naming the page; the page refreshed on it.
    assert [(e.areas, e.initiator) for e in announced] == [({"lots"}, page)]
    assert page.lots.rowCount() == 1 and page.current_title == "秋装"
    assert page.lots.item(0, 2).text() == "draft"
    assert page.buttons["publish"].isEnabled() and not page.buttons["export_sheet"].isEnabled()
    rows = [StockRow(i + 2, f"A{i}", "", "", f"外套{i}", "", 5, 9900, 3000, None, None, "", "",
                     "", {}) for i in range(40)]
    import_into(ui.ctx.session.db, "秋装", rows)
    page.publish()
    qtbot.waitUntil(lambda: page.lots.item(0, 2).text() == "open")
    assert messages["error"] == []
    op = page.export_items(path=str(tmp_path / "items.csv"))
    wait(qtbot, op)
    assert (tmp_path / "items.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    op = page.export_sell_through(path=str(tmp_path / "sales.xlsx"))
    wait(qtbot, op)
    assert zipfile.is_zipfile(tmp_path / "sales.xlsx")
    assert any("40 rows" in text for text in messages["info"])


def test_signed_sheet_round_trip_and_tampering(ui, qtbot, tmp_path, messages, monkeypatch,
                                               secret_keyring):
    page = with_demo_lot(ui, qtbot)
    ui.ctx.session.wallet_options["scrypt_n"] = 2**12  # every work unit's wallet, the op's too
    page._wallet = None
    page.wallet.accounts.import_private_key("店", ANVIL_KEY_0, "pw")
    try:
        monkeypatch.setattr("desktop.ui.dialogs.ask_password", lambda *_a: "wrong")
        sheet = tmp_path / "lot.zlsheet"
        wait(qtbot, page.export_sheet(path=str(sheet), address=ANVIL_ADDRESS_0))
        assert messages["error"] and not sheet.exists()
        monkeypatch.setattr("desktop.ui.dialogs.ask_password", lambda *_a: "pw")
        wait(qtbot, page.export_sheet(path=str(sheet), address=ANVIL_ADDRESS_0))
        assert sheet.is_file() and ANVIL_ADDRESS_0 in messages["info"][-1]
    finally:
        page.wallet.accounts.remove(ANVIL_ADDRESS_0, force=True)
    with zipfile.ZipFile(sheet) as a:
        parts = {n: a.read(n) for n in a.namelist()}
    parts["lot.json"] = parts["lot.json"].replace(b'"supply_price":8900', b'"supply_price":100')
    with zipfile.ZipFile(tmp_path / "bad.zlsheet", "w") as b:
        for name, data in parts.items():
            b.writestr(name, data)
    ui.ctx.session.profiles.create("分销")
    ui.open_profile("分销")
    qtbot.waitUntil(lambda: page.lots.rowCount() == 0)
    messages["error"].clear()
    wait(qtbot, page.import_sheet(path=str(tmp_path / "bad.zlsheet")))
    assert "changed after the seller signed it" in messages["error"][-1]
    assert service.list_lots(ui.ctx.session.work()) == []
    wait(qtbot, page.import_sheet(path=str(sheet)))
    qtbot.waitUntil(lambda: page.lots.rowCount() == 1)
    text = messages["info"][-1]
    assert ANVIL_ADDRESS_0 in text and "items added" in text
    assert page.current_title == "夏季女装清仓 · 第一期" and page.model.rowCount() > 20


def test_revise_close_and_revisions_from_the_page(ui, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.services import lots as service
    from desktop.ui.lot_dialogs import RevisionDialog

    told = []
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda parent, text, title=None:
                        told.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.notice", lambda parent, text, path=None:
                        told.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.ask", lambda *a, **k: True)
    ui.open_profile("demo")
    ui.show_page("lots")
    page = ui.page("lots")
    work = page.ctx.session.work()
    own = next(r for r in service.list_lots(work) if r.origin == "own" and r.status == "open")
    page.choose(own.title)
    qtbot.waitUntil(lambda: page.chosen_lot() is not None and page.buttons["revise"].isEnabled())
    lot = service.get_lot(work, own.title)
    items = service.items(work, own.title, limit=10_000).items
    dialog = RevisionDialog(page, lot, items)
    dialog.table.item(0, 2).setText("7")
    dialog.table.item(0, 4).setText("1.00")  # below the minimum: refused with the reason
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.Accepted)
    errors = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, e, title=None:
                        errors.append(str(e)))
    op = page.revise(dialog=dialog)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert service.revisions(work, own.title) == []
    assert errors == [f"The suggested price of {items[0].sku} would be below its minimum price."]
    dialog.table.item(0, 4).setText(dialog._shown[0][1])  # the suggested price as it was
    dialog.ends.setDateTime(dialog.ends.dateTime().addDays(2))
    op = page.revise(dialog=dialog)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    [revision] = service.revisions(work, own.title)
    assert {c.what for c in revision.changes} == {"quantity", "ends_at"}
    assert told[-1].startswith(f"Revision {revision.revision} made.")
    assert f"{items[0].sku}: quantity: {items[0].quantity} → {items[0].quantity + 7}" in told[-1]
    op = page.close_lot()
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert service.get_lot(work, own.title).state == "closed"
    assert told[-1] == f"“{own.title}” is closed; nothing more is sold from it."
    found = page.show_revisions()
    assert [r.revision for r in found] == [revision.revision + 1, revision.revision]
    assert "The lot was closed." in told[-1]


def test_sheet_for_a_distributor_and_settlement_from_the_buttons(ui, qtbot, tmp_path, messages,
                                                                monkeypatch, secret_keyring):
    """The buttons say what `lots sheet export --for --allot` and `lots export --sell-through`
    do: a sheet only that distributor can use, with its allotment kept in the book, and the
    sell-through with its settlement."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.lot_dialogs import DistributorSheetDialog
    from shop.lots.sheets import allotments

    page = with_demo_lot(ui, qtbot)
    ui.ctx.session.wallet_options["scrypt_n"] = 2**12
    page._wallet = None
    page.wallet.accounts.import_private_key("店", ANVIL_KEY_0, "pw")
    distributor = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    work = ui.ctx.session.work()
    lot = service.get_lot(work, page.current_title)
    first, second = service.items(work, lot.title, limit=2).items
    typed = {"address": "not an address"}

    def fill(dialog):
        if isinstance(dialog, DistributorSheetDialog):
            dialog.distributor.setText(typed["address"])
            dialog.set_allotment(first.sku, 3)
            dialog.set_allotment(second.sku, 1)
        return QDialog.Accepted

    sheet = tmp_path / "for.zlsheet"
    monkeypatch.setattr(QDialog, "exec", fill)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(sheet), ""))
    monkeypatch.setattr("desktop.ui.dialogs.ask_password", lambda *_a: "pw")
    try:
        assert page.buttons["export_for"].isEnabled()
        page.buttons["export_for"].click()
        qtbot.waitUntil(lambda: bool(messages["error"]), timeout=30_000)
        assert "is not an account address" in messages["error"][-1] and not sheet.exists()
        typed["address"] = distributor
        page.buttons["export_for"].click()
        qtbot.waitUntil(lambda: any(str(sheet) in t for t in messages["info"]), timeout=30_000)
    finally:
        page.wallet.accounts.remove(ANVIL_ADDRESS_0, force=True)
    read = service.read_sheet(sheet)
    units = {(i["style_no"], i["color"], i["size"]): i["quantity"] for i in read.content["items"]}
    assert units[(first.style_no, first.color, first.size)] == 3
    assert units[(second.style_no, second.color, second.size)] == 1
    assert sum(units.values()) == 4
    assert allotments(ui.ctx.session.work().db, lot.id) == {distributor: {first.id: 3,
                                                                          second.id: 1}}

    sales = tmp_path / "sales.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(sales), ""))
    page.buttons["export_sales"].click()
    qtbot.waitUntil(lambda: sales.exists() and any("rows were written" in t
                                                   for t in messages["info"]), timeout=30_000)
    text = sales.read_text(encoding="utf-8-sig")
    # The distributor was allotted stock and has sold nothing yet: 4 units go back.
    assert "按分销商结算 Settlement by distributor" in text
    assert f"{distributor.lower()},4,0,0,0,4,,," in text
