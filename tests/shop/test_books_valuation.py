"""Token amounts valued in 元 at the rate their offer carried: a value on every line of an
entry or on none, summing to zero (the database refuses anything else), the token lines'
balance untouched, reversed with their entry, and in the accountant's exports."""

import json
import shutil
import sqlite3
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from desktop.services.schema import MIGRATION_SETS
from shop.book import open_book
from shop.books import export, reports
from shop.books.journal import Line
from shop.books.valuation import cny_per_unit, valued
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.search import iter_items
from shop.money import Currency, Money
from shop.orders.ledger import EscrowLedger
from shop.orders.model import ChainEvent
from shop.stock.check import StockRow

T0 = 1_700_000_000
SELLER, BUYER = "0x" + "5e" * 20, "0x" + "b0" * 20
CHAIN, CONTRACT, OFFER = 31337, "0x" + "cc" * 20, "0x" + "ab" * 32
USDT = Currency.token("USDT", 6)


def quote(rate, side="USD"):
    return {"price": "7113", "currency": "CNY", "symbol": "¥", "decimals": 2, "before": True,
            "priceText": "¥71.13", "tokenSide": side, "rate": rate,
            "rateDate": "2026-12-01" if rate else None, "ratedAt": T0 if rate else None}


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", MIGRATION_SETS, create=True)
    create_lot(book, "秋冬", starts_at=T0, ends_at=T0 + 86400)
    import_into(book, "秋冬", [StockRow(2, "S0", "红色", "L", "卫衣", "", 9, 20000, 8000, 15000,
                                       12000, "", "", "", {})])
    publish(book, "秋冬", at=T0 - 10)
    book.execute("INSERT INTO wallet_accounts (address, label, source, backup_state, "
                 "created_at) VALUES (?, 'me', 'key', 'imported', 0)", [SELLER])
    book.execute("UPDATE wallet_networks SET chain_id = ?, escrow_address = ?, token_symbol = "
                 "'USDT', token_decimals = 6 WHERE kind = 'local'", [CHAIN, CONTRACT])
    yield book
    book.close()


def offer(db, q):
    db.execute("INSERT INTO listing_offers (item_id, listing_price, chain_id, contract, offer, "
               "signature, offer_hash, expiry, created_at, quote) VALUES (?, 7113, ?, ?, "
               "'{}', '0x', ?, 0, 0, ?)", [list(iter_items(db, 1))[0].id, CHAIN, CONTRACT,
                                          OFFER, json.dumps(q)])


def ev(escrow_id, kind, block, **args):
    return ChainEvent(CHAIN, CONTRACT, escrow_id, kind, block, f"0xb{block}", f"0xt{block}",
                      0, args, None, T0 + block)


def sale(escrow_id, block, end="Confirmed", price=10_000_000, bond=3_000_000, **end_args):
    return [ev(escrow_id, "Funded", block, buyer=BUYER, seller=SELLER, offerHash=OFFER,
               quantity=1, price=price, acceptDeadline=T0 + 9_000),
            ev(escrow_id, "Accepted", block + 1, bond=bond, shipDeadline=T0 + 99_000),
            ev(escrow_id, end, block + 2, **end_args)]


def values_by_entry(db):
    return db.execute("SELECT entry_id, count(value), count(*), sum(value) FROM book_postings "
                      "WHERE currency = 'USDT' GROUP BY entry_id").fetchall()


def test_a_sale_in_usdt_is_valued_at_the_rate_its_offer_was_signed_with(db, tmp_path):
    offer(db, quote("7.1130"))
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    ledger.save(sale(1, 10), 12, "0xb12")
    assert all(n == lines and total == 0 for _, n, lines, total in values_by_entry(db))
    assert [(b.account, b.money.units) for b in reports.cny_values(db)] == [
        ("Income:Sales", -7113)]
    assert {b.account: b.money.units for b in reports.report(db).profit
            if b.money.currency.code == "USDT"} == {"Income:Sales": -10_000_000}
    assert reports.trial_balance(db) == {"CNY": 0, "USDT": 0}
    ledger.rewind(11, "0xb11")  # the sale's reversal takes its value away with it
    assert reports.cny_values(db) == []
    path = tmp_path / "books.beancount"
    export.write_beancount(db, path)
    assert 'value: "-71.13 CNY"' in path.read_text(encoding="utf-8")
    checker = shutil.which("bean-check") or str(Path(sys.executable).with_name("bean-check"))
    checked = subprocess.run([checker, str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_token_pegged_to_the_yuan_is_worth_its_face_and_no_quote_no_value(db):
    assert cny_per_unit(quote(None, side="CNY"), USDT) == Fraction(1, 10_000)
    assert cny_per_unit(quote(None, side="USD"), USDT) is None  # no rate stated
    assert cny_per_unit({**quote("7.1"), "currency": "USD"}, USDT) is None
    assert cny_per_unit(quote("7,1"), USDT) is None  # a file's word is checked
    assert cny_per_unit(quote("7.1"), Currency.token("TOKEN", 0)) is None
    offer(db, quote(None, side="CNY"))
    EscrowLedger(db, CHAIN, CONTRACT).save(sale(2, 20, "Ruled", buyerAmount=4_000_000,
                                                sellerAmount=8_500_000, fee=500_000),
                                           22, "0xb22")
    got = {b.account: b.money.units for b in reports.cny_values(db)}
    # Price 10 and bond 3: the buyer got 4 back (a refund), the arbitrator 0.5.
    assert got == {"Income:Sales": -1000, "Income:Refunds": 400,
                   "Expenses:ArbitrationFees": 50}


def test_the_database_refuses_values_that_do_not_sum_to_zero_or_miss_a_line(db):
    db.execute("INSERT OR IGNORE INTO book_commodities VALUES ('USDT', 6)")
    conn = db.conn
    for values in ((100, -99), (100, None)):
        conn.execute("BEGIN")
        entry = conn.execute("INSERT INTO book_entries (at, lines, recorded_at) VALUES "
                             "(1, 2, 1)").lastrowid
        for account, units, value in zip(("Assets:Wallet", "Income:Sales"), (5, -5), values):
            conn.execute("INSERT INTO book_postings (entry_id, account, currency, amount, at, "
                         "value) VALUES (?, ?, 'USDT', ?, 1, ?)", [entry, account, units, value])
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("COMMIT")
        conn.execute("ROLLBACK")


@given(st.lists(st.integers(-10**12, 10**12), min_size=1, max_size=6),
       st.integers(1, 10**9), st.integers(0, 8))
def test_values_sum_to_zero_and_each_is_within_rounding_of_its_rate(amounts, digits, places):
    lines = [Line("Assets:Wallet", Money(n, USDT)) for n in amounts]
    lines.append(Line("Income:Sales", Money(-sum(amounts), USDT)))
    per_unit = Fraction(digits, 10 ** places) * 100 / 10 ** 6
    got = valued(lines, per_unit)
    assert sum(line.value for line in got) == 0
    assert [line.money for line in got] == [line.money for line in lines]
    off = sorted(abs(line.value - line.money.units * per_unit) for line in got)
    assert all(x <= Fraction(1, 2) for x in off[:-1]) and off[-1] <= Fraction(len(got), 2)


def test_post_refuses_values_that_do_not_balance_before_writing(db):
    from shop.books import journal

    before = db.execute("SELECT count(*) FROM book_postings").fetchone()[0]
    for values in ((710, -709), (710, None)):
        lines = [Line("Assets:Wallet", Money(100, USDT), values[0]),
                 Line("Income:Sales", Money(-100, USDT), values[1])]
        with pytest.raises(journal.Unbalanced, match="CNY"):
            journal.post(db, lines, at=T0)
    assert db.execute("SELECT count(*) FROM book_postings").fetchone()[0] == before
