"""The lots service the Lots page uses: list, items, import tasks, mapping memory, sheets."""

import time

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

from desktop.services import lots
from desktop.services.demo import SEEDERS, supplier_lot
from desktop.services.tasks import Cancelled, TaskContext, run_inline
from shop.lots import OPEN, Terms

HEADER = "款号,品名,色号,规格,可售库存,供货价（不含税）,吊牌价\n"


def stock_file(path, n, bad=()):
    lines = [HEADER] + [f"K{i:05d},羽绒服{i},藏青,XL,{-1 if i in bad else 5},\"￥1,299.00\",2999\n"
                        for i in range(n)]
    path.write_text("".join(lines), encoding="gb18030")
    return path


class Signer:
    """What the wallet's unlocked signer offers: an address and sign_typed_data."""

    def __init__(self):
        self._account = Account.create()
        self.address = self._account.address

    def sign_typed_data(self, full_message):
        signed = self._account.sign_message(encode_typed_data(full_message=full_message))
        return "0x" + bytes(signed.signature).hex()


def test_import_task_reports_progress_and_lists_the_lot(session, tmp_path):
    seen = []
    task = lots.import_task(session, stock_file(tmp_path / "s.csv", 2500), "冬装", supplier="北方")
    outcome = run_inline(task, on_progress=seen.append)
    assert (outcome.stored, outcome.imported, outcome.rejected) == (True, 2500, [])
    assert {p.text for p in seen} >= {"Reading", "Saving"}
    [row] = lots.list_lots(session)
    assert (row.title, row.status, row.items, row.quantity, row.supplier) == \
        ("冬装", "draft", 2500, 12500, "北方")
    page = lots.items(session, "冬装", "K0001", limit=5)
    assert page.total == 10 and [i.style_no for i in page.items][:2] == ["K00010", "K00011"]
    assert page.items[0].supply_price == 129900


def test_rejected_rows_store_nothing_unless_accepted(session, tmp_path):
    path = stock_file(tmp_path / "s.csv", 10, bad={2})
    outcome = run_inline(lots.import_task(session, path, "冬装"))
    assert not outcome.stored and outcome.imported == 0
    assert [(r.row, r.column) for r in outcome.rejected] == [(4, "可售库存")]
    assert lots.list_lots(session) == []
    outcome = run_inline(lots.import_task(session, path, "冬装", accept_valid=True))
    assert outcome.stored and outcome.imported == 9


def test_cancel_leaves_the_book_unchanged(session, tmp_path):
    path = stock_file(tmp_path / "s.csv", 12_000)
    ctx = TaskContext(on_progress=lambda p: p.text == "Saving" and p.done >= 5000 and ctx.cancel())
    with pytest.raises(Cancelled):
        lots.import_task(session, path, "冬装")(ctx)
    assert lots.list_lots(session) == []
    ctx = TaskContext(on_progress=lambda p: ctx.cancel())
    with pytest.raises(Cancelled):
        lots.import_task(session, path, "冬装")(ctx)
    assert lots.list_lots(session) == []


def test_mapping_is_remembered_per_supplier(session, tmp_path):
    path = tmp_path / "odd.csv"
    # 备注 would not be guessed as the name; the user maps it by hand once.
    path.write_text("备注,货号,数量,供货价\n长袖T恤,T1,3,20\n", encoding="utf-8")
    first = lots.preview_import(session, path, supplier="小王")
    assert not first.remembered and "name" not in first.mapping
    mapping = {**first.mapping, "name": 0}
    result = run_inline(lots.read_task(path, mapping=mapping))
    run_inline(lots.store_task(session, "T恤", result, supplier="小王"))
    again = lots.preview_import(session, path, supplier="小王")
    assert again.remembered and again.mapping == mapping
    assert not lots.preview_import(session, path, supplier="别人").remembered
    outcome = run_inline(lots.import_task(session, path, "T恤", supplier="小王"))
    assert outcome.imported == 1
    assert lots.items(session, "T恤").items[0].name == "长袖T恤"


def test_publish_sheet_round_trip_between_two_profiles(session, tmp_path, data_dir):
    from desktop.services.session import Session

    run_inline(lots.import_task(session, stock_file(tmp_path / "s.csv", 20), "冬装"))
    now = int(time.time())
    lots.update_lot(session, "冬装", starts_at=now - 60, ends_at=now + 86400,
                    terms=Terms(commission_bps=(800, 200)))
    assert lots.publish(session, "冬装").status == OPEN
    signer = Signer()
    lots.export_sheet(session, "冬装", tmp_path / "冬装.zlsheet", signer)
    other = Session(data_dir)
    other.profiles.create("分销")
    other.open_profile("分销")
    try:
        seen = lots.read_sheet(tmp_path / "冬装.zlsheet")
        assert seen.seller == signer.address
        done = lots.import_sheet(other, tmp_path / "冬装.zlsheet")
        assert done.created and done.added == 20
        [row] = lots.list_lots(other)
        assert (row.origin, row.seller_address, row.status) == ("sheet", signer.address, OPEN)
        assert lots.get_lot(other, "冬装").terms.commission_bps == (800, 200)
    finally:
        other.close()


def test_changes_are_announced(session, tmp_path):
    from desktop.services.events import BookChanged

    events = []
    session.bus.subscribe(BookChanged, events.append)
    lots.create_lot(session, "空档期")
    assert events and "lots" in events[-1].areas


def test_demo_profile_has_an_open_supplier_lot(session):
    assert supplier_lot in SEEDERS
    with session.db.atomic():
        supplier_lot(session.db)
    [row] = lots.list_lots(session)
    assert row.status == OPEN and 24 <= row.items <= 60 and row.sold > 0
    items = lots.items(session, row.title, limit=100).items
    assert all(i.supply_price and i.suggested_price and i.min_price for i in items)
    assert any("连衣裙" in i.name for i in items)
    assert lots.items(session, row.title, "连衣裙").total == 6
    assert lots.sell_through(session, row.title).rate_bps > 0
