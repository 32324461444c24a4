"""`ziliudi books ...`: balances, profit and loss, manual entries and reversals, and the
exports; the demo's Beancount file passes bean-check, and refusals leave the book as it was."""

import csv
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

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
    session.close()
    return data_dir


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def balances(capsys, data_dir) -> dict:
    code, out, _ = run(capsys, data_dir, "books", "balance", "--json")
    assert code == 0
    return {b["account"]: b["units"] for b in json.loads(out)["balances"]}


def test_a_sale_shows_in_balances_and_profit_and_a_manual_entry_reverses(capsys, book):
    assert balances(capsys, book) == {"Assets:Inventory": 15000, "Equity:Opening": -15000}
    assert run(capsys, book, "orders", "record", "--lot", LOT, "--sku", "S1/红/M", "--qty", "2",
               "--price", "159", "--pay", "alipay")[0] == 0
    today = time.strftime("%Y-%m-%d")
    code, out, _ = run(capsys, book, "books", "pnl", "--from", today, "--to", today, "--json")
    doc = json.loads(out)
    assert {a["account"]: a["units"] for a in doc["accounts"]} == {
        "Income:Sales": -31800, "Expenses:CostOfGoods": 10000}
    assert doc["net_income"] == [{"amount": "218.00", "currency": "CNY", "decimals": 2,
                                  "units": 21800}]
    code, out, _ = run(capsys, book, "books", "record", "--debit", "Expenses:Other", "--credit",
                       "Assets:Cash", "--amount", "¥35", "--memo", "快递费", "--json")
    entry = json.loads(out)["entry"]
    assert balances(capsys, book)["Assets:Cash"] == -3500
    code, out, _ = run(capsys, book, "books", "reverse", str(entry))
    assert code == 0 and "reversed" in out
    assert "Assets:Cash" not in balances(capsys, book)
    code, _, err = run(capsys, book, "books", "reverse", str(entry))
    assert code == 1 and "already reversed" in err


def test_refusals_exit_1_and_post_nothing(capsys, book):
    before = balances(capsys, book)
    for argv, said in ((["--debit", "Assets:Nowhere", "--credit", "Assets:Cash", "--amount", "1"],
                        "not an account"),
                       (["--debit", "Assets:Cash", "--credit", "Assets:Cash", "--amount", "1"],
                        "two different accounts"),
                       (["--debit", "Expenses:Other", "--credit", "Assets:Cash", "--amount",
                         "1.001"], "decimal places"),
                       (["--debit", "Expenses:Other", "--credit", "Assets:Cash", "--amount",
                         "1", "--date", "31/01/2025"], "not a date")):
        code, _, err = run(capsys, book, "books", "record", "--memo", "x", *argv)
        assert code == 1 and said in err
    code, _, err = run(capsys, book, "books", "pnl", "--from", "2025-02-01", "--to", "2025-01-01")
    assert code == 1 and "ends before it starts" in err
    assert balances(capsys, book) == before


def test_the_journal_csv_has_every_line_with_numbers_not_formulas(capsys, book, tmp_path):
    run(capsys, book, "books", "record", "--debit", "Expenses:Other", "--credit", "Assets:Cash",
        "--amount", "12.5", "--memo", "=cmd|' /C calc'!A0")
    path = tmp_path / "journal.csv"
    assert run(capsys, book, "books", "export", "csv", str(path))[0] == 0
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["account"], r["amount"]) for r in rows] == [
        ("Assets:Inventory", "150.00"), ("Equity:Opening", "-150.00"),
        ("Expenses:Other", "12.50"), ("Assets:Cash", "-12.50")]
    assert rows[2]["memo"].startswith("'=")


def test_the_demos_beancount_export_passes_bean_check(capsys, data_dir, tmp_path):
    checker = shutil.which("bean-check") or str(Path(sys.executable).with_name("bean-check"))
    if not Path(checker).exists():
        pytest.fail("bean-check (beancount, a test dependency) is not installed")
    run(capsys, data_dir, "--demo", "books", "record", "--debit", "Expenses:Other", "--credit",
        "Assets:Cash", "--amount", "8", "--memo", 'a "quoted" \\ memo')
    path = tmp_path / "demo.beancount"
    code, out, _ = run(capsys, data_dir, "--demo", "books", "export", "beancount", str(path))
    assert code == 0 and "entries" in out
    text = path.read_text(encoding="utf-8")
    assert "Income:Sales" in text and "Assets:Inventory" in text
    checked = subprocess.run([checker, str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    broken = tmp_path / "broken.beancount"
    broken.write_text(text.replace("  Assets:Cash  -8.00 CNY", "  Assets:Cash  -7.00 CNY"),
                      encoding="utf-8")
    assert subprocess.run([checker, str(broken)], capture_output=True).returncode != 0


def test_the_report_exports_as_xlsx_and_csv_with_the_same_figures(capsys, book, tmp_path):
    from openpyxl import load_workbook

    run(capsys, book, "orders", "record", "--lot", LOT, "--sku", "S1/红/M", "--price", "159",
        "--pay", "cash")
    today = time.strftime("%Y-%m-%d")
    xlsx, text = tmp_path / "books.xlsx", tmp_path / "books.csv"
    for path in (xlsx, text):
        code, out, _ = run(capsys, book, "books", "export", "report", str(path), "--from", today,
                           "--to", today)
        assert code == 0 and "rows" in out
    sheet = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    with open(text, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [list(map(str, r)) for r in sheet][0] == rows[0]
    figures = {(r[0], r[1]): r[3] for r in rows[1:]}
    assert figures[("profit and loss", "Income:Sales")] == "-159.00"
    assert figures[("profit and loss", "net income")] == "109.00"
    assert figures[("balance sheet", "Assets:Cash")] == "159.00"
    assert figures[("sales by lot", LOT)] == "159.00"
    assert {(r[0], r[1]): float(r[3]) for r in sheet[1:]}[("profit and loss", "net income")] == 109


def test_a_receipt_is_written_where_asked_and_a_missing_one_is_refused(capsys, book, tmp_path,
                                                                      qapp):
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "taxi.png"
    image = QImage(40, 30, QImage.Format_RGB32)
    image.fill(QColor("#c0392b"))
    assert image.save(str(picture))
    code, out, _ = run(capsys, book, "books", "record", "--debit", "Expenses:Other", "--credit",
                       "Assets:Cash", "--amount", "25", "--memo", "出租车", "--receipt",
                       str(picture), "--json")
    with_receipt = json.loads(out)["entry"]
    code, out, _ = run(capsys, book, "books", "record", "--debit", "Expenses:Other", "--credit",
                       "Assets:Cash", "--amount", "3", "--memo", "水", "--json")
    without = json.loads(out)["entry"]
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run(capsys, book, "books", "receipt", str(with_receipt), "--out",
                         str(folder / "r.png"), "--json")
    assert code == 0, err
    assert json.loads(out) == {"entry": with_receipt, "file": str(folder / "r.png")}
    written = QImage(str(folder / "r.png"))
    assert (written.width(), written.height()) == (40, 30)
    shown = written.pixelColor(20, 15)  # stored re-encoded: the colour within a step or two
    assert all(abs(a - b) <= 3 for a, b in zip((shown.red(), shown.green(), shown.blue()),
                                                (0xC0, 0x39, 0x2B)))
    assert [p.name for p in folder.iterdir()] == ["r.png"]  # nothing beside it
    for entry, target, said in (
            (without, folder / "x.png", f"Entry #{without} has no receipt picture."),
            (999, folder / "x.png", "There is no entry #999."),
            (with_receipt, folder, "is a folder; name the file to write."),
            (with_receipt, tmp_path / "nowhere" / "x.png", "There is no folder")):
        code, out, err = run(capsys, book, "books", "receipt", str(entry), "--out", str(target))
        assert code == 1 and out == "" and said in err, (entry, err)
    assert [p.name for p in folder.iterdir()] == ["r.png"]
