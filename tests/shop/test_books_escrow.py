"""Escrow orders in the books of a profile that is not their seller: a supplier's and an
upline's payee income, the arbitrator's fee, and credits withdrawn; each posted once, and
reversed when a reorganisation takes its event away."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.services.schema import MIGRATION_SETS
from shop.book import open_book
from shop.books import posting, reports
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.search import iter_items
from shop.orders.ledger import EscrowLedger
from shop.orders.model import ChainEvent
from shop.stock.check import StockRow

T0 = 1_700_000_000
ME, SELLER, BUYER = ("0x" + c * 20 for c in ("a1", "5e", "b0"))
CHAIN, CONTRACT = 31337, "0x" + "cc" * 20
GOODS, UPLINE_OFFER = "0x" + "ab" * 32, "0x" + "cd" * 32


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", MIGRATION_SETS, create=True)
    create_lot(book, "秋冬", starts_at=T0, ends_at=T0 + 86400)
    import_into(book, "秋冬", [StockRow(2, "S0", "红色", "L", "卫衣", "", 9, 20000, 8000, 15000,
                                       12000, "", "", "", {})])
    publish(book, "秋冬", at=T0 - 10)
    book.execute("INSERT INTO wallet_accounts (address, label, source, backup_state, "
                 "created_at) VALUES (?, 'me', 'key', 'imported', 0)", [ME])
    book.execute("UPDATE wallet_networks SET chain_id = ?, escrow_address = ?, token_symbol = "
                 "'USDT', token_decimals = 6 WHERE kind = 'local'", [CHAIN, CONTRACT])
    item = list(iter_items(book, 1))[0]
    # The supplier's goods in a distributor's offer (4 a unit to this book), and an offer
    # that pays this book 1 a unit and sells nothing of its own (a commission).
    book.execute("INSERT INTO offer_goods VALUES (?, 'r', ?, 4, 'USDT')", [GOODS, item.id])
    book.execute("INSERT INTO offer_goods VALUES (?, '', NULL, 1, 'USDT')", [UPLINE_OFFER])
    yield book
    book.close()


def ev(escrow_id, kind, block, tx=None, **args):
    return ChainEvent(CHAIN, CONTRACT, escrow_id, kind, block, f"0xb{block}",
                      tx or f"0xt{escrow_id}-{block}", 0, args, None, T0 + block)


def sale(escrow_id, block, end, offer=GOODS, qty=2, price=10, bond=3, **end_args):
    return [ev(escrow_id, "Funded", block, buyer=BUYER, seller=SELLER, offerHash=offer,
               quantity=qty, price=price, acceptDeadline=T0 + 9_000),
            ev(escrow_id, "Accepted", block + 1, bond=bond, shipDeadline=T0 + 99_000),
            ev(escrow_id, end, block + 2, **end_args)]


def usdt(db, *kinds):
    r = reports.report(db)
    return {b.account: b.money.units for b in r.balances + r.profit
            if b.money.currency.code == "USDT" and b.kind in kinds}


def independent(db):
    """Income and the wallet by plain SQL over the lines."""
    return dict(db.execute("SELECT account, sum(amount) FROM book_postings WHERE currency = "
                           "'USDT' GROUP BY account HAVING sum(amount) != 0").fetchall())


def test_a_supplier_books_what_a_distributors_sale_paid_it_as_a_sale_of_its_lot(db):
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    for _ in range(2):
        ledger.save(sale(1, 10, "Confirmed"), 12, "0xb12")
    assert independent(db) == {"Assets:Wallet": 8, "Income:Sales": -8}
    lot_of = db.execute("SELECT lot_id, item_id FROM book_entries WHERE source LIKE "
                        "'escrow:%'").fetchall()
    assert lot_of == [(1, list(iter_items(db, 1))[0].id)]
    assert [s.key for s in reports.sales_by(db, "lot")] == ["秋冬"]
    assert posting.catch_up(db) == 0
    ledger.rewind(11, "0xb11")  # the confirmation is gone, and the income with it
    assert independent(db) == {}
    ledger.save(sale(1, 10, "Confirmed")[2:], 12, "0xb12")
    assert independent(db) == {"Assets:Wallet": 8, "Income:Sales": -8}


def test_a_ruling_pays_a_payee_pro_rata_and_an_upline_a_commission(db):
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    # Price 10, bond 3; the seller gets 8: its bond and 5 of the price, so payees get half.
    ledger.save(sale(2, 20, "Ruled", buyerAmount=4, sellerAmount=8, fee=1)
                + sale(3, 30, "Claimed", offer=UPLINE_OFFER, qty=3)
                + sale(4, 40, "Refunded"), 42, "0xb42")
    assert independent(db) == {"Assets:Wallet": 4 + 3, "Income:Sales": -4,
                               "Income:Commissions": -3}
    assert posting.catch_up(db) == 0


def test_the_arbitrator_books_its_fee_for_the_rulings_its_wallet_sent(db):
    ruling = "0x" + "7e" * 32
    db.execute("INSERT INTO wallet_journal (purpose, chain_id, sender, nonce, gas, "
               "max_fee_per_gas, max_priority_fee_per_gas, raw_tx, tx_hash, status, created_at,"
               " updated_at) VALUES ('escrow:rule', ?, ?, 0, 1, 1, 1, '0x', ?, 'mined', 0, 0)",
               [CHAIN, ME, ruling])
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    offer = "0x" + "ee" * 32  # pays this book nothing
    ledger.save(sale(5, 50, "Ruled", offer=offer, tx=None, buyerAmount=9, sellerAmount=3, fee=1)
                + [ev(6, "Funded", 60, buyer=BUYER, seller=SELLER, offerHash=offer, quantity=1,
                      price=10, acceptDeadline=T0), ev(6, "Accepted", 61, bond=0),
                   ev(6, "Ruled", 62, tx=ruling.upper().replace("0X", "0x"), buyerAmount=6,
                      sellerAmount=3, fee=1)], 62, "0xb62")
    assert independent(db) == {"Assets:Wallet": 1, "Income:ArbitrationFees": -1}
    assert posting.catch_up(db) == 0
    ledger.rewind(61, "0xb61")
    assert independent(db) == {}


def test_a_credit_and_its_withdrawal_post_once(db):
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    ledger.save(sale(7, 70, "Confirmed") + [ChainEvent(
        CHAIN, CONTRACT, None, "Credited", 73, "0xb73", "0xt73", 1,
        {"token": "0x" + "70" * 20, "to": ME, "amount": 8}, None, T0 + 73)], 73, "0xb73")
    assert independent(db) == {"Assets:Credits": 8, "Income:Sales": -8}
    db.execute("INSERT INTO wallet_journal (purpose, chain_id, sender, nonce, gas, "
               "max_fee_per_gas, max_priority_fee_per_gas, raw_tx, tx_hash, status, created_at,"
               " updated_at) VALUES (?, ?, ?, 0, 1, 1, 1, '0x', '0xw1', 'mined', 0, ?)",
               [f"escrow:{CHAIN}:{CONTRACT}:credit-0x70-{ME}:withdraw-8-0", CHAIN, ME, T0 + 80])
    for expected in (1, 0):
        assert posting.catch_up(db) == expected
    assert independent(db) == {"Assets:Wallet": 8, "Income:Sales": -8}


STEPS = st.lists(st.tuples(st.sampled_from(["supplier", "upline", "rewind", "catch_up"]),
                           st.sampled_from(["Confirmed", "Refunded", "Ruled", "Settled",
                                            "DisputeTimedOut"]),
                           st.integers(0, 13)), max_size=10)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(STEPS)
def test_random_escrows_of_others_keep_every_currency_at_zero_and_post_once(db, steps):
    ledger = EscrowLedger(db, CHAIN, CONTRACT)
    block = db.execute("SELECT coalesce(max(last_block), 100) FROM order_sync").fetchone()[0]
    for action, end, split in steps:
        block += 5
        if action in ("supplier", "upline"):
            offer = GOODS if action == "supplier" else UPLINE_OFFER
            ledger.save(sale(block, block, end, offer=offer, buyerAmount=13 - split,
                             sellerAmount=split, fee=0), block + 2, f"0xb{block + 2}")
        elif action == "rewind":
            ledger.rewind(block - 6, None)
        else:
            assert posting.catch_up(db) == 0
        assert set(reports.trial_balance(db).values()) <= {0}
        wallet = independent(db).get("Assets:Wallet", 0)
        income = sum(units for account, units in independent(db).items()
                     if account.startswith("Income:"))
        assert wallet == -income
    assert posting.catch_up(db) == 0
    shares = db.execute("SELECT count(*) FROM book_entries WHERE source LIKE '%.payee%' "
                        "GROUP BY source HAVING count(*) > 1").fetchall()
    assert shares == []
