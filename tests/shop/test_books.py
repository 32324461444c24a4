"""The books: the database refuses an unbalanced entry at commit and any change to a posted
one; business events post once, however often they run; reports agree with plain SQL."""

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.services.schema import MIGRATION_SETS
from shop.book import open_book
from shop.books import journal, posting, reports
from shop.books.journal import Line
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.search import iter_items
from shop.money import CNY, Currency, Money
from shop.orders.ledger import EscrowLedger
from shop.orders.model import ChainEvent
from shop.orders.offline import Customer, cancel, mark_paid, record
from shop.stock.check import StockRow

T0 = 1_700_000_000
SELLER, BUYER, SUPPLIER, UPLINE = ("0x" + c * 20 for c in ("5e", "b0", "5a", "0a"))
CHAIN, CONTRACT = 31337, "0x" + "cc" * 20


def row(n, quantity, supply=8000):
    return StockRow(n + 2, f"S{n}", "红色", "L", f"卫衣{n}", "", quantity, 20000, supply, 15000,
                    12000, "", "", "", {})


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", MIGRATION_SETS, create=True)
    create_lot(book, "秋冬", starts_at=T0, ends_at=T0 + 86400)
    import_into(book, "秋冬", [row(0, 5), row(1, 2)])
    publish(book, "秋冬", at=T0 - 10)
    yield book
    book.close()


def cash(units):
    return Money(units, CNY)


def item(db, n=0):
    return list(iter_items(db, 1))[n]


def postings(db):
    return db.execute("SELECT entry_id, account, currency, amount, at FROM book_postings "
                      "ORDER BY id").fetchall()


def test_the_database_refuses_to_commit_an_unbalanced_entry(db):
    before = postings(db)
    conn = db.conn
    conn.execute("BEGIN")
    entry = conn.execute("INSERT INTO book_entries (at, lines, recorded_at) VALUES (1, 2, 1)"
                         ).lastrowid
    conn.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at) "
                 "VALUES (?, 'Assets:Cash', 'CNY', 500, 1)", [entry])
    conn.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at) "
                 "VALUES (?, 'Income:Sales', 'CNY', -499, 1)", [entry])
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("COMMIT")
    conn.execute("ROLLBACK")
    assert postings(db) == before


def test_balance_is_per_currency_even_when_the_sum_is_zero(db):
    journal.commodity(db, Money(0, CNY).currency)
    db.execute("INSERT INTO book_commodities VALUES ('USDT', 6)")
    conn = db.conn
    conn.execute("BEGIN")
    entry = conn.execute("INSERT INTO book_entries (at, lines, recorded_at) VALUES (1, 2, 1)"
                         ).lastrowid
    conn.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at) "
                 "VALUES (?, 'Assets:Cash', 'CNY', 500, 1)", [entry])
    conn.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at) "
                 "VALUES (?, 'Assets:Wallet', 'USDT', -500, 1)", [entry])
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("COMMIT")
    conn.execute("ROLLBACK")


def test_posted_entries_are_never_changed_and_take_no_more_lines(db):
    entry = journal.post(db, [Line("Assets:Cash", cash(100)), Line("Income:Sales", cash(-100))],
                         at=T0, memo="sale")
    for sql in ("UPDATE book_postings SET amount = 1", "DELETE FROM book_postings",
                "UPDATE book_entries SET memo = 'x'", "DELETE FROM book_entries"):
        with pytest.raises(sqlite3.IntegrityError, match="never changed"):
            db.execute(sql)
    with pytest.raises(sqlite3.IntegrityError, match="no further lines"):
        db.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at) "
                   "VALUES (?, 'Assets:Cash', 'CNY', 0 + 5, ?)", [entry, T0])
    assert journal.entry(db, entry).lines == (Line("Assets:Cash", cash(100)),
                                              Line("Income:Sales", cash(-100)))


def test_post_refuses_what_does_not_balance_and_posts_a_source_once(db):
    before = postings(db)
    with pytest.raises(journal.Unbalanced, match="off by ¥0.01"):
        journal.post(db, [Line("Assets:Cash", cash(100)), Line("Income:Sales", cash(-99))], at=1)
    with pytest.raises(journal.UnknownAccount):
        journal.post(db, [Line("Assets:Nowhere", cash(1)), Line("Income:Sales", cash(-1))], at=1)
    assert postings(db) == before
    lines = [Line("Assets:Cash", cash(7)), Line("Income:Sales", cash(-7))]
    assert journal.post(db, lines, at=1, source="x:1") is not None
    assert journal.post(db, lines, at=1, source="x:1") is None
    assert len(postings(db)) == len(before) + 2


def test_an_entry_missing_a_line_cannot_commit(db):
    conn = db.conn
    conn.execute("BEGIN")
    entry = conn.execute("INSERT INTO book_entries (at, lines, recorded_at) VALUES (1, 3, 1)"
                         ).lastrowid
    for account, units in (("Assets:Cash", 500), ("Income:Sales", -500)):
        conn.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at) "
                     "VALUES (?, ?, 'CNY', ?, 1)", [entry, account, units])
    with pytest.raises(sqlite3.IntegrityError, match="dated as its entry"):
        conn.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at) "
                     "VALUES (?, 'Assets:Cash', 'CNY', 1, 2)", [entry])
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("COMMIT")
    conn.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM book_entries WHERE id = ?", [entry]
                      ).fetchone()[0] == 0


def test_post_many_posts_a_batch_once_or_refuses_all_of_it(db):
    before = postings(db)
    good = [journal.Draft((Line("Assets:Cash", cash(n)), Line("Income:Sales", cash(-n))),
                          T0 + n, f"sale {n}", f"batch:{n}") for n in (1, 2, 3)]
    bad = journal.Draft((Line("Assets:Cash", cash(5)), Line("Income:Sales", cash(-4))), T0)
    with pytest.raises(journal.Unbalanced):
        journal.post_many(db, [*good, bad])
    assert postings(db) == before
    ids = journal.post_many(db, [*good, good[0]])  # a source twice in one batch: once
    assert len(ids) == 3 and [journal.entry(db, i).source for i in ids] == [
        "batch:1", "batch:2", "batch:3"]
    assert journal.entry(db, ids[2]).at == T0 + 3
    assert journal.post_many(db, good) == []
    assert len(postings(db)) == len(before) + 6
    assert reports.trial_balance(db) == {"CNY": 0}


def test_a_units_draft_posts_as_the_same_lines_would_and_is_refused_alike(db):
    usdt = Currency.token("USDT", 6)
    lines = (("Assets:Wallet", 700, 71), ("Income:Sales", -700, -71), ("Assets:Escrow", 0, 0))
    ids = journal.post_many(db, [journal.UnitsDraft(usdt, lines, T0, "units", "units:1")])
    posted = journal.entry(db, ids[0])
    assert [(line.account, line.money, line.value) for line in posted.lines] == [
        ("Assets:Wallet", Money(700, usdt), 71), ("Income:Sales", Money(-700, usdt), -71)]
    before = postings(db)
    for bad, refusal in (((("Assets:Wallet", 5, None), ("Income:Sales", -4, None)),
                          journal.Unbalanced),
                         ((("Assets:Nowhere", 5, None), ("Income:Sales", -5, None)),
                          journal.UnknownAccount),
                         ((("Assets:Wallet", 5.0, None), ("Income:Sales", -5.0, None)),
                          TypeError),
                         ((("Assets:Wallet", 5, 1), ("Income:Sales", -5, None)),
                          journal.Unbalanced)):
        with pytest.raises(refusal):
            good = (("Assets:Wallet", 3, None), ("Income:Sales", -3, None))
            journal.post_many(db, [journal.UnitsDraft(usdt, good, T0, "fine", "units:2"),
                                   journal.UnitsDraft(usdt, bad, T0, "bad", "units:3")])
    assert postings(db) == before


def test_a_correction_is_a_reversing_entry_made_once(db):
    entry = journal.post(db, [Line("Assets:Cash", cash(300)), Line("Expenses:Other", cash(-300))],
                         at=T0)
    back = journal.reverse(db, entry, at=T0 + 1)
    assert [line.money.units for line in journal.entry(db, back).lines] == [-300, 300]
    with pytest.raises(journal.BooksError, match="already reversed"):
        journal.reverse(db, entry)
    with pytest.raises(journal.BooksError, match="is a reversal"):
        journal.reverse(db, back)


def test_stock_posts_at_supply_price_and_offline_sales_with_cost_and_refunds(db):
    # Imported stock: 5 + 2 units at ¥80.00.
    assert reports.report(db).balances[0].account == "Assets:Inventory"
    assert reports.report(db).balances[0].money == cash(7 * 8000)
    sale = record(db, item(db).id, 2, 15900, "wechat", customer=Customer("张三"), at=T0)
    pending = record(db, item(db, 1).id, 1, 15000, "cash", paid=False, at=T0)
    assert posting.catch_up(db) == 0
    mark_paid(db, pending.id, at=T0 + 5)
    cancel(db, sale.id, at=T0 + 9)
    r = reports.report(db)
    got = {(b.account, b.money.units) for b in r.balances + r.profit}
    assert got == {("Assets:WeChatPay", 0), ("Assets:Cash", 15000),
                   ("Assets:Inventory", 7 * 8000 - 8000), ("Equity:Opening", -7 * 8000),
                   ("Income:Sales", -(31800 + 15000)), ("Income:Refunds", 31800),
                   ("Expenses:CostOfGoods", 8000)} - {("Assets:WeChatPay", 0)}
    assert r.net_income() == (cash(15000 - 8000),)
    assert posting.catch_up(db) == 0
    by_lot = reports.sales_by(db, "lot")
    assert [(s.key, s.sales.units, s.margin.units) for s in by_lot] == [("秋冬", 15000, 7000)]


def test_report_figures_agree_with_plain_sql(db):
    record(db, item(db).id, 1, 15900, "alipay", at=T0)
    record(db, item(db).id, 1, 15500, "bank", at=T0 + 100)
    r = reports.report(db, start=T0 + 50, end=T0 + 200)
    sql = dict(db.execute("SELECT account, sum(amount) FROM book_postings WHERE at >= ? AND "
                          "at < ? AND (account LIKE 'Income:%' OR account LIKE 'Expenses:%') "
                          "GROUP BY account", [T0 + 50, T0 + 200]).fetchall())
    assert {b.account: b.money.units for b in r.profit} == sql
    sql = dict(db.execute("SELECT account, sum(amount) FROM book_postings WHERE at < ? AND "
                          "account NOT LIKE 'Income:%' AND account NOT LIKE 'Expenses:%' "
                          "GROUP BY account HAVING sum(amount) != 0", [T0 + 200]).fetchall())
    assert {b.account: b.money.units for b in r.balances} == sql


def ev(escrow_id, kind, block, **args):
    return ChainEvent(CHAIN, CONTRACT, escrow_id, kind, block, f"0xb{block}", f"0xt{block}",
                      0, args, None, T0 + block)


def seller_book(db):
    db.execute("INSERT OR IGNORE INTO wallet_accounts (address, label, source, backup_state, "
               "created_at) VALUES (?, 'me', 'key', 'imported', 0)", [SELLER])
    db.execute("UPDATE wallet_networks SET chain_id = ?, escrow_address = ?, token_symbol = "
               "'USDT', token_decimals = 6 WHERE kind = 'local'", [CHAIN, CONTRACT])


def sale_events(escrow_id, block, price=10_000_000, bond=3_000_000):
    return [ev(escrow_id, "Funded", block, buyer=BUYER, seller=SELLER, offerHash="0xab",
               quantity=1, price=price, acceptDeadline=T0 + 9_000),
            ev(escrow_id, "Accepted", block + 1, bond=bond, shipDeadline=T0 + 99_000)]


def test_escrow_sales_post_once_dated_by_block_and_a_rewind_reverses(db):
    seller_book(db)
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    events = sale_events(1, 10) + [ev(1, "Confirmed", 12)]
    for _ in range(2):
        ledger.save(events, 12, "0xb12")
    r = reports.report(db)
    usdt = {b.account: b.money.units for b in r.balances + r.profit
            if b.money.currency.code == "USDT"}
    assert usdt == {"Assets:Wallet": 10_000_000, "Income:Sales": -10_000_000}
    assert db.execute("SELECT min(at) FROM book_entries WHERE source LIKE 'escrow:%'"
                      ).fetchone()[0] == T0 + 10
    ledger.rewind(11, "0xb11")  # the confirmation is gone: its entry is reversed
    r = reports.report(db)
    usdt = {b.account: b.money.units for b in r.balances if b.money.currency.code == "USDT"}
    assert usdt == {"Assets:Escrow": 10_000_000, "Assets:Bonds": 3_000_000,
                    "Assets:Wallet": -3_000_000, "Liabilities:CustomerDeposits": -10_000_000}
    ledger.save([ev(1, "Confirmed", 12)], 12, "0xb12")
    assert reports.trial_balance(db) == {"CNY": 0, "USDT": 0}
    assert {b.account: b.money.units for b in reports.report(db).profit
            if b.money.currency.code == "USDT"} == {"Income:Sales": -10_000_000}
    ledger.rewind(5, None)
    assert all(b.money.currency.code != "USDT" for b in reports.report(db).balances)


def test_a_ruling_splits_price_and_bond_and_shares_go_to_payees_pro_rata(db):
    seller_book(db)
    db.execute("UPDATE lots SET seller_address = ?", [SUPPLIER])
    db.execute("INSERT INTO listing_offers (item_id, listing_price, chain_id, contract, offer, "
               "signature, offer_hash, expiry, created_at) VALUES (?, 10, ?, ?, ?, '0x', '0xab', "
               "0, 0)", [item(db).id, CHAIN, CONTRACT,
                         '{"payees": ["%s", "%s"], "payeeAmounts": ["4", "1"]}'
                         % (SUPPLIER, UPLINE)])
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    # Price 10 and bond 3; the ruling gives the buyer 4, the seller 8 (its bond and 5 of the
    # price), the arbitrator 1. The supplier gets 4 x 5/10 of the price, the upline 1 x 5/10
    # rounded down: nothing.
    ledger.save(sale_events(2, 20, price=10, bond=3) + [
        ev(2, "Shipped", 22, trackingHash="0x1", confirmDeadline=T0 + 1),
        ev(2, "Disputed", 23, by=BUYER, arbitrationDeadline=T0 + 2),
        ev(2, "Ruled", 24, buyerAmount=4, sellerAmount=8, fee=1)], 24, "0xb24")
    r = reports.report(db)
    got = {b.account: b.money.units for b in r.balances + r.profit
           if b.money.currency.code == "USDT"}
    assert got == {"Assets:Wallet": -3 + 8 - 2, "Income:Sales": -10, "Income:Refunds": 4,
                   "Expenses:ArbitrationFees": 1, "Expenses:CostOfGoods": 2}


EVENTS = st.lists(st.tuples(st.sampled_from(["sell", "hold", "pay", "cancel", "escrow",
                                             "rewind", "catch_up"]),
                            st.integers(0, 1), st.integers(1, 3)), max_size=12)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(EVENTS)
def test_random_business_keeps_every_currency_balanced_and_posts_once(db, steps):
    seller_book(db)
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    block = db.execute("SELECT coalesce(max(last_block), 100) FROM order_sync").fetchone()[0]
    for action, n, qty in steps:
        block += 5
        it = item(db, n)
        ids = [r[0] for r in db.execute("SELECT id FROM offline_orders ORDER BY id")]
        try:
            if action in ("sell", "hold"):
                record(db, it.id, qty, 9900, "cash", paid=action == "sell", at=T0 + block)
            elif action in ("pay", "cancel") and ids:
                (mark_paid if action == "pay" else cancel)(db, ids[n % len(ids)], at=T0 + block)
            elif action == "escrow":
                end = ["Confirmed", "Reclaimed", "Declined"][n + qty - 1 if n + qty < 4 else 0]
                ledger.save(sale_events(block, block) + [ev(block, end, block + 2)],
                            block + 2, f"0xb{block + 2}")
            elif action == "rewind":
                ledger.rewind(block - 6, None)
        except Exception as e:  # a refused order (out of stock, already cancelled) is fine
            if type(e).__name__ not in ("OutOfStock", "OfflineOrderError"):
                raise
        if action == "catch_up":
            assert posting.catch_up(db) == 0
        assert set(reports.trial_balance(db).values()) <= {0}
        assert db.execute("SELECT count(*) FROM book_unbalanced").fetchone()[0] == 0
    assert posting.catch_up(db) == 0


def test_network_fees_post_once_in_the_chains_coin(db):
    from shop.money import Currency

    eth = Currency.token("ETH", 18)
    for n, (status, fee) in enumerate((("mined", 21_000 * 10**9), ("failed", 30_000),
                                       ("pending", None), ("replaced", None))):
        db.execute("INSERT INTO wallet_journal (purpose, chain_id, sender, nonce, gas, "
                   "max_fee_per_gas, max_priority_fee_per_gas, raw_tx, tx_hash, status, "
                   "created_at, updated_at, fee_paid) VALUES (?, 1, ?, ?, 1, 1, 1, '0x', ?, ?, "
                   "?, ?, ?)", [f"escrow:{n}", SELLER, n, f"0x{n:064x}", status, T0, T0 + n, fee])
    assert posting.catch_up(db, eth) == 2
    assert posting.catch_up(db, eth) == 0
    got = {b.account: b.money for b in reports.report(db).profit}
    assert got["Expenses:NetworkFees"] == Money(21_000 * 10**9 + 30_000, eth)
    assert got["Expenses:NetworkFees"].text() == "0.00002100000003 ETH"


def test_stock_added_to_a_published_lot_posts_its_supply_value(db):
    from shop.lots.revisions import revise

    revise(db, "秋冬", add_stock={item(db).id: 3}, at=T0 + 5)
    inventory = [b.money for b in reports.report(db).balances if b.account == "Assets:Inventory"]
    assert inventory == [cash((7 + 3) * 8000)]
    assert posting.catch_up(db) == 0


def test_a_deleted_draft_lots_stock_leaves_the_books_on_catch_up(db):
    from shop.lots.lots import delete_draft

    create_lot(db, "草稿", currency="USD")
    import_into(db, "草稿", [row(5, 4, supply=250)])
    usd = [b.money.units for b in reports.report(db).balances if b.money.currency.code == "USD"]
    assert usd == [1000, -1000]
    delete_draft(db, "草稿")
    assert posting.catch_up(db) == 1
    assert all(b.money.currency.code != "USD" for b in reports.report(db).balances)
    assert posting.catch_up(db) == 0


def test_an_amount_past_what_sqlite_holds_is_refused_before_anything_is_written(db):
    before = postings(db)
    wei = Currency.token("ETH", 18)
    huge = Money(2**63, wei)
    with pytest.raises(journal.TooLarge, match="more than the books can hold"):
        journal.post(db, [Line("Assets:Wallet", huge), Line("Income:Sales", -huge)], at=T0)
    assert postings(db) == before
    largest = Money(2**63 - 1, wei)  # the largest that is kept, as an integer
    entry = journal.post(db, [Line("Assets:Wallet", largest), Line("Income:Sales", -largest)],
                         at=T0)
    assert db.execute("SELECT amount, typeof(amount) FROM book_postings WHERE entry_id = ? "
                      "ORDER BY id", [entry]).fetchall() == [(2**63 - 1, "integer"),
                                                            (-(2**63 - 1), "integer")]


def test_an_automatic_memo_keeps_its_template_and_values_beside_the_english(db):
    lines = [Line("Assets:Cash", cash(100)), Line("Income:Sales", cash(-100))]
    said = journal.memo("Sale X-{order}: {quantity} x {item} ({style})", order=7, quantity=2,
                        item="卫衣 {红}", style="S0")
    first = journal.post(db, lines, at=T0, memo=said)
    typed = journal.post(db, lines, at=T0, memo="  快递   费 ")
    back = journal.reverse(db, first)
    got = {r[0]: r[1:] for r in db.execute(
        "SELECT id, memo, memo_key, memo_args FROM book_entries WHERE id IN (?, ?, ?)",
        [first, typed, back])}
    assert got[first][:2] == ("Sale X-7: 2 x 卫衣 {红} (S0)", said.key)
    assert json.loads(got[first][2]) == {"order": 7, "quantity": 2, "item": "卫衣 {红}",
                                         "style": "S0"}
    assert got[typed] == ("快递 费", None, None)
    assert got[back][0] == f"Reversal of #{first}" and json.loads(got[back][2]) == {
        "entry": first}
