"""`ziliudi books flows | sales --by listing|customer | sellthrough` and the PDF of every
report: figures against plain SQL over the book."""

import json
import time

import pytest

from desktop.cli import main
from desktop.services.book import open_profile_book
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.stock.check import StockRow

LOT = "夏季清仓"


@pytest.fixture
def book(data_dir, capsys):
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create("default")
    session.open_profile("default")
    db, now = session.db, int(time.time())
    create_lot(db, LOT, starts_at=now - 60, ends_at=now + 7 * 86400)
    import_into(db, LOT, [StockRow(2, "S1", "红", "M", "连衣裙", "", 9, 19900, 5000, 15900,
                                   12900, "", "", "", {})])
    publish(db, LOT)
    session.close()
    for customer, qty, pay in (("王芳", 2, "alipay"), ("李雷", 1, "cash"), ("王芳", 1, "cash")):
        assert main(["--data-dir", str(data_dir), "orders", "record", "--lot", LOT, "--sku",
                     "S1/红/M", "--qty", str(qty), "--price", "159", "--pay", pay,
                     "--customer", customer]) == 0
    capsys.readouterr()
    return data_dir


def cli(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), *argv])
    out, _ = capsys.readouterr()
    assert code == 0, out
    return out


def sql(data_dir, query, *args):
    db = open_profile_book(next(data_dir.glob("profiles/*/book.db")))
    try:
        return db.execute(query, args).fetchall()
    finally:
        db.close()


def test_flows_are_each_money_accounts_ins_and_outs(capsys, book):
    today = time.strftime("%Y-%m-%d")
    doc = json.loads(cli(capsys, book, "books", "flows", "--from", today, "--to", today,
                         "--json"))
    got = {r["account"]: (r["opening"]["units"], r["in"]["units"], r["out"]["units"],
                          r["closing"]["units"]) for r in doc["rows"]}
    expected = {account: (0, inflow, -outflow, inflow + outflow) for account, inflow, outflow in
                sql(book, "SELECT account, sum(max(amount, 0)), sum(min(amount, 0)) FROM "
                          "book_postings WHERE account IN ('Assets:Cash', 'Assets:Alipay') "
                          "GROUP BY account")}
    assert got == expected == {"Assets:Alipay": (0, 31800, 0, 31800),
                               "Assets:Cash": (0, 31800, 0, 31800)}


def test_sales_by_customer_and_by_listing_agree_with_the_orders(capsys, book):
    doc = json.loads(cli(capsys, book, "books", "sales", "--by", "customer", "--json"))
    got = {r["key"]: (r["sales"]["units"], r["cost"]["units"]) for r in doc["rows"]}
    expected = {name: (units, cost) for name, units, cost in sql(
        book, "SELECT c.name, sum(o.quantity * o.unit_price), sum(o.quantity * i.supply_price) "
              "FROM offline_orders o JOIN customers c ON c.id = o.customer_id JOIN lot_items i "
              "ON i.id = o.item_id GROUP BY c.name")}
    assert got == expected == {"王芳": (47700, 15000), "李雷": (15900, 5000)}
    doc = json.loads(cli(capsys, book, "books", "sales", "--by", "listing", "--json"))
    assert [(r["key"], r["margin"]["units"]) for r in doc["rows"]] == [
        ("连衣裙 S1", 63600 - 20000)]


def test_sellthrough_is_the_lots_sold_share(capsys, book):
    doc = json.loads(cli(capsys, book, "books", "sellthrough", "--json"))
    (sold, quantity), = sql(book, "SELECT sum(sold), sum(quantity) FROM lot_items")
    assert doc["lots"] == [{"lot": LOT, "currency": "CNY", "sold": sold, "offered": quantity,
                            "sell_through": f"{sold * 100 / quantity:.2f}%",
                            "supply_value_sold": f"{sold * 50}.00"}]
    assert sold == 4


def test_every_report_exports_as_a_pdf_with_its_figures(capsys, book, tmp_path, qapp):
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / "books.pdf"
    out = cli(capsys, book, "books", "export", "report", str(path))
    assert "rows" in out and path.read_bytes().startswith(b"%PDF")
    doc = QPdfDocument()
    doc.load(str(path))
    text = " ".join(doc.getAllText(n).text() for n in range(doc.pageCount()))
    for words in ("balance sheet", "cash and token flows", "sales by customer",
                  "sell-through", "王芳", "477.00", "44.44%"):
        assert words in text, words
    assert not list(tmp_path.glob("*.partial"))


def test_escrow_buyers_are_customers_by_their_delivery_name_else_their_address(
        capsys, book, secret_keyring, tmp_path):
    from desktop.services import storefront
    from desktop.services.session import Session
    from shop.orders.ledger import EscrowLedger
    from shop.orders.model import ChainEvent
    from shop.storefront.notes import new_key_pair, seal
    from wallet.vault import Vault

    me, chain, contract, t0 = "0x" + "a1" * 20, 31337, "0x" + "cc" * 20, int(time.time()) - 60
    named, unnamed, stranger = ("0x" + c * 20 for c in ("b1", "b2", "b3"))
    session = Session(book)
    session.open_profile("default")
    vault = Vault("ziliudi:" + session.profile_id)
    try:
        work = session.work()
        public = storefront.ensure_delivery_key(work)
        other_key = new_key_pair()[1]  # a note this store cannot open
        notes = {named: seal({"name": " 赵敏 ", "phone": "13800000000", "address": "杭州"},
                             public),
                 unnamed: None, stranger: seal({"name": "路人"}, other_key)}
        work.db.execute("INSERT INTO wallet_accounts (address, label, source, backup_state, "
                        "created_at) VALUES (?, 'me', 'key', 'imported', 0)", [me])
        events = []
        for n, (buyer, note) in enumerate(notes.items(), 1):
            def ev(kind, block, **args):
                return ChainEvent(chain, contract, 1 << 32 | n, kind, block, f"0xb{block}",
                                  f"0xt{n}-{block}", n, args, note if kind == "Funded" else None,
                                  t0 + block)
            events += [ev("Funded", 1, buyer=buyer, seller=me, offerHash="0x" + "ab" * 32,
                          quantity=1, price=10 * n, acceptDeadline=t0 + 9_000),
                       ev("Accepted", 2, bond=0, shipDeadline=t0 + 99_000),
                       ev("Confirmed", 3)]
        EscrowLedger(work.db, chain, contract).save(events, 3, "0xb3")
        session.close()

        doc = json.loads(cli(capsys, book, "books", "sales", "--by", "customer", "--json"))
        got = {(r["key"], r["sales"]["currency"]): r["sales"]["units"] for r in doc["rows"]}
        assert got == {("王芳", "CNY"): 47700, ("李雷", "CNY"): 15900, ("赵敏", "TOKEN"): 10,
                       ("0xb2b2…b2b2", "TOKEN"): 20, ("0xb3b3…b3b3", "TOKEN"): 30}
        path = tmp_path / "report.csv"
        cli(capsys, book, "books", "export", "report", str(path))
        text = path.read_text(encoding="utf-8-sig")
        assert "sales by customer,赵敏,TOKEN,10" in text
        assert "sales by customer,0xb2b2…b2b2,TOKEN,20" in text and "路人" not in text
    finally:
        vault.delete(storefront.KEY_NAME)
