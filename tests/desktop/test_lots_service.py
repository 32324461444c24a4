"""The lots service the Lots page uses: list, items, import tasks, mapping memory, sheets."""

import time

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

from desktop.services import lots
from desktop.services.demo import SEEDERS, supplier_lot
from desktop.services.tasks import Cancelled, TaskContext, run_inline
from shop.lots.model import OPEN, Terms

HEADER = "款号,品名,色号,规格,可售库存,供货价（不含税）,吊牌价\n"


def stock_file(path, n, bad=()):
    lines = [HEADER] + [f"K{i:05d},羽绒服{i},藏青,XL,{-1 if i in bad else 5},\"￥1,299.00\",2999\n"
                        for i in range(n)]
    path.write_text("".join(lines), encoding="gb18030")
    return path


@pytest.fixture
def work(session):
    """A work unit on the test profile, for calling the services inline."""
    return session.work()


class Signer:
    """What the wallet's unlocked signer offers: an address and sign_typed_data."""

    def __init__(self):
        self._account = Account.create()
        self.address = self._account.address

    def sign_typed_data(self, full_message):
        signed = self._account.sign_message(encode_typed_data(full_message=full_message))
        return "0x" + bytes(signed.signature).hex()


def test_import_task_reports_progress_and_lists_the_lot(work, tmp_path):
    seen = []
    task = lots.import_task(stock_file(tmp_path / "s.csv", 2500), "冬装", supplier="北方")
    outcome = run_inline(task, work, on_progress=seen.append)
    assert (outcome.stored, outcome.imported, outcome.rejected) == (True, 2500, [])
    assert {p.text for p in seen} >= {"Reading", "Saving"}
    assert work.changes == {"lots"}
    [row] = lots.list_lots(work)
    assert (row.title, row.status, row.items, row.quantity, row.supplier) == \
        ("冬装", "draft", 2500, 12500, "北方")
    page = lots.items(work, "冬装", "K0001", limit=5)
    assert page.total == 10 and [i.style_no for i in page.items][:2] == ["K00010", "K00011"]
    assert page.items[0].supply_price == 129900


def test_rejected_rows_store_nothing_unless_accepted(work, tmp_path):
    path = stock_file(tmp_path / "s.csv", 10, bad={2})
    outcome = run_inline(lots.import_task(path, "冬装"), work)
    assert not outcome.stored and outcome.imported == 0
    assert [(r.row, r.column) for r in outcome.rejected] == [(4, "可售库存")]
    assert lots.list_lots(work) == [] and work.changes == set()
    outcome = run_inline(lots.import_task(path, "冬装", accept_valid=True), work)
    assert outcome.stored and outcome.imported == 9


def test_kept_rows_are_imported_without_reading_the_file_again(work, tmp_path):
    path = stock_file(tmp_path / "s.csv", 10, bad={2, 7})
    keep = lots.KeptRows()
    outcome = run_inline(lots.import_task(path, "冬装", supplier="北方", keep=keep), work)
    assert not outcome.stored and (outcome.rejected_rows, outcome.valid_rows) == (2, 8)
    assert keep.rows == 8 and lots.list_lots(work) == [] and work.changes == set()
    path.write_text("款号\n", encoding="utf-8")  # the file is not read again
    ctx = TaskContext(on_progress=lambda p: p.text == "Saving" and ctx.cancel())
    with pytest.raises(Cancelled):
        lots.import_kept_task(keep, "冬装", supplier="北方")(work, ctx)
    assert lots.list_lots(work) == [] and work.changes == set() and keep.rows == 8
    seen = []
    outcome = run_inline(lots.import_kept_task(keep, "冬装", supplier="北方"), work,
                         on_progress=seen.append)
    assert outcome.stored and (outcome.imported, outcome.rejected_rows) == (8, 2)
    assert seen[-1].done == seen[-1].total == 8
    items = lots.items(work, "冬装").items
    assert [i.style_no for i in items] == [f"K{i:05d}" for i in range(10) if i not in (2, 7)]
    assert (items[0].name, items[0].quantity, items[0].supply_price) == ("羽绒服0", 5, 129900)
    again = stock_file(tmp_path / "t.csv", 1)
    assert lots.preview_import(work, again, supplier="北方").remembered


def test_kept_rows_are_dropped_by_a_clean_import_a_cancel_or_discard(work, tmp_path):
    keep = lots.KeptRows()
    run_inline(lots.import_task(stock_file(tmp_path / "s.csv", 5, bad={1}), "冬装", keep=keep),
               work)
    assert keep.rows == 4
    keep.discard()
    assert keep.rows == 0
    outcome = run_inline(lots.import_kept_task(keep, "冬装"), work)
    assert not outcome.stored and lots.list_lots(work) == []
    run_inline(lots.import_task(stock_file(tmp_path / "s.csv", 5, bad={1}), "冬装", keep=keep),
               work)
    ctx = TaskContext(on_progress=lambda p: ctx.cancel())
    with pytest.raises(Cancelled):
        task = lots.import_task(stock_file(tmp_path / "s.csv", 3000, bad={1}), "冬装", keep=keep)
        task(work, ctx)
    assert keep.rows == 0 and lots.list_lots(work) == []
    outcome = run_inline(lots.import_task(stock_file(tmp_path / "s.csv", 5), "冬装", keep=keep),
                         work)
    assert outcome.stored and keep.rows == 0


def test_cancel_leaves_the_book_unchanged(work, tmp_path):
    path = stock_file(tmp_path / "s.csv", 12_000)
    ctx = TaskContext(on_progress=lambda p: p.text == "Saving" and p.done >= 5000 and ctx.cancel())
    with pytest.raises(Cancelled):
        lots.import_task(path, "冬装")(work, ctx)
    assert lots.list_lots(work) == []
    ctx = TaskContext(on_progress=lambda p: ctx.cancel())
    with pytest.raises(Cancelled):
        lots.import_task(path, "冬装")(work, ctx)
    assert lots.list_lots(work) == [] and work.changes == set()


def test_mapping_is_remembered_per_supplier(work, tmp_path):
    path = tmp_path / "odd.csv"
    # 备注 would not be guessed as the name; the user maps it by hand once.
    path.write_text("备注,货号,数量,供货价\n长袖T恤,T1,3,20\n", encoding="utf-8")
    first = lots.preview_import(work, path, supplier="小王")
    assert not first.remembered and "name" not in first.mapping
    mapping = {**first.mapping, "name": 0}
    run_inline(lots.import_task(path, "T恤", supplier="小王", mapping=mapping), work)
    again = lots.preview_import(work, path, supplier="小王")
    assert again.remembered and again.mapping == mapping
    assert not lots.preview_import(work, path, supplier="别人").remembered
    outcome = run_inline(lots.import_task(path, "T恤", supplier="小王"), work)
    assert outcome.imported == 1
    assert lots.items(work, "T恤").items[0].name == "长袖T恤"


def test_publish_sheet_round_trip_between_two_profiles(work, tmp_path, data_dir):
    from desktop.services.session import Session

    run_inline(lots.import_task(stock_file(tmp_path / "s.csv", 20), "冬装"), work)
    now = int(time.time())
    lots.update_lot(work, "冬装", starts_at=now - 60, ends_at=now + 86400,
                    terms=Terms(commission_bps=(800, 200)))
    assert lots.publish(work, "冬装").status == OPEN
    signer = Signer()
    lots.export_sheet(work, "冬装", tmp_path / "冬装.zlsheet", signer)
    other = Session(data_dir)
    other.profiles.create("分销")
    other.open_profile("分销")
    try:
        seen = lots.read_sheet(tmp_path / "冬装.zlsheet")
        assert seen.seller == signer.address
        theirs = other.work()
        done = lots.import_sheet(theirs, tmp_path / "冬装.zlsheet")
        assert done.created and done.added == 20 and theirs.changes == {"lots"}
        [row] = lots.list_lots(theirs)
        assert (row.origin, row.seller_address, row.status) == ("sheet", signer.address, OPEN)
        assert lots.get_lot(theirs, "冬装").terms.commission_bps == (800, 200)
    finally:
        other.close()


def test_writes_record_what_they_changed_and_announce_nothing(session):
    from desktop.services.events import BookChanged

    events = []
    session.bus.subscribe(BookChanged, events.append)
    work = session.work()
    lots.create_lot(work, "空档期")
    assert work.changes == {"lots"} and events == []
    reader = session.work()
    lots.list_lots(reader)
    assert reader.changes == set()


def test_demo_profile_has_an_open_supplier_lot(work):
    assert supplier_lot in SEEDERS
    with work.db.atomic():
        supplier_lot(work.db)
    [row] = lots.list_lots(work)
    assert row.status == OPEN and 24 <= row.items <= 60 and row.sold > 0
    items = lots.items(work, row.title, limit=100).items
    assert all(i.supply_price and i.suggested_price and i.min_price for i in items)
    assert any("连衣裙" in i.name for i in items)
    assert lots.items(work, row.title, "连衣裙").total == 6
    assert lots.sell_through(work, row.title).rate_bps > 0
