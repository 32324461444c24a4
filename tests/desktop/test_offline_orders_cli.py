"""`ziliudi orders record | offline | paid | cancel | customers`: sales paid outside the
escrow from the command line; refusals exit 1 with the reason and leave the book as it was."""

import json
import sqlite3
import time

import pytest

from desktop.cli import main
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.stock.check import StockRow

LOT = "夏季清仓"


@pytest.fixture
def book(data_dir):
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create("default")
    session.open_profile("default")
    db, now = session.db, int(time.time())
    create_lot(db, LOT, starts_at=now - 60, ends_at=now + 7 * 86400)
    import_into(db, LOT, [StockRow(2, "S1", "红", "M", "连衣裙", "", 3, 19900, 5000, 15900,
                                   12900, "", "", "", {})])
    publish(db, LOT)
    path = session.profile.book_path
    session.close()
    return path


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), "orders", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def stock(path) -> tuple:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT quantity - reserved - sold, reserved, sold FROM lot_items"
                            ).fetchone()


def snapshot(path) -> tuple:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT * FROM offline_orders").fetchall(),
                conn.execute("SELECT * FROM customers").fetchall(), stock(path))


def test_record_list_pay_cancel_and_customers(capsys, data_dir, book, tmp_path):
    code, out, _ = run(capsys, data_dir, "record", "--lot", LOT, "--sku", "S1/红/M", "--qty", "2",
                       "--price", "¥159.00", "--pay", "wechat", "--customer", "张三",
                       "--phone", "13800000000", "--address", "北京市")
    assert code == 0 and out == "recorded X-1: 2 x 连衣裙 (S1/红/M), ¥318.00, paid\n"
    assert stock(book) == (1, 0, 2)
    code, out, _ = run(capsys, data_dir, "record", "--lot", LOT, "--sku", "S1/红/M",
                       "--price", "150", "--pay", "cash", "--unpaid", "--json")
    order = json.loads(out)["order"]
    assert (order["number"], order["state"], order["total"], order["currency"]) == (
        "X-2", "pending", 15000, "CNY")
    assert stock(book) == (0, 1, 2)
    code, out, _ = run(capsys, data_dir, "offline")
    lines = out.splitlines()
    assert lines[0].startswith("ORDER\tSTATE") and lines[1].startswith("X-2\tpending")
    assert "¥318.00" in lines[2] and "张三" in lines[2]
    assert run(capsys, data_dir, "paid", "x2")[1] == "X-2 is now paid\n"
    assert stock(book) == (0, 0, 3)
    assert run(capsys, data_dir, "cancel", "X-1")[1] == "X-1 is now cancelled\n"
    assert stock(book) == (2, 0, 1)
    code, out, _ = run(capsys, data_dir, "customers", "--json")
    assert json.loads(out)["customers"] == [{
        "name": "张三", "phone": "13800000000", "address": "北京市", "offline_orders": 1,
        "escrow_orders": 0, "paid": {"CNY": 0}}]


@pytest.mark.parametrize("argv,reason", [
    (("--sku", "S1/红/M", "--qty", "4", "--price", "159", "--pay", "cash"), "Only 3 of S1/红/M left"),
    (("--sku", "S9", "--price", "159", "--pay", "cash"), "“S9” is not an item of “夏季清仓”"),
    (("--sku", "S1/红/M", "--price", "abc", "--pay", "cash"), "“abc” is not an amount"),
    (("--sku", "S1/红/M", "--qty", "0", "--price", "1", "--pay", "cash"), "from 1 to"),
    (("--sku", "S1/红/M", "--price", "1", "--pay", "cash", "--customer", "a\x07"), "control"),
])
def test_refusals_leave_the_book_as_it_was(capsys, data_dir, book, argv, reason):
    before = snapshot(book)
    code, out, err = run(capsys, data_dir, "record", "--lot", LOT, *argv)
    assert code == 1 and out == "" and reason in err, (code, out, err)
    assert snapshot(book) == before


def test_a_receipt_must_be_a_picture(capsys, data_dir, book, tmp_path):
    fake = tmp_path / "receipt.jpg"
    fake.write_bytes(b"not a picture at all")
    before = snapshot(book)
    code, out, err = run(capsys, data_dir, "record", "--lot", LOT, "--sku", "S1/红/M",
                         "--price", "1", "--pay", "cash", "--receipt", str(fake))
    assert code == 1 and "not a picture" in err
    assert snapshot(book) == before


def test_unknown_and_finished_orders_are_refused(capsys, data_dir, book):
    assert "is not an offline order number" in run(capsys, data_dir, "paid", "1-2")[2]
    assert "There is no order X-7" in run(capsys, data_dir, "cancel", "X-7")[2]
    run(capsys, data_dir, "record", "--lot", LOT, "--sku", "S1/红/M", "--price", "1",
        "--pay", "bank")
    code, _, err = run(capsys, data_dir, "paid", "X-1")
    assert code == 1 and "Order X-1 is already paid" in err
