"""Commissions through their life, and monthly statements against an independent query."""

import random

import pytest

import shop.downline.schema
import shop.schema
from shop.downline import errors as downline_errors, ledger as downline_ledger
from shop.book import open_book

MARCH = 1_772_323_200  # 2026-03-01 00:00 UTC
DAY = 86400


@pytest.fixture
def db(tmp_path):
    return open_book(tmp_path / "book.db",
                     [shop.schema.migrations, shop.downline.schema.migrations], create=True)


def bind(db, member, upline):
    """A binding as the tree stores it (signatures are checked before this, elsewhere)."""
    db.execute("INSERT INTO downline_members (member, upline, code, expiry, invite_signature,"
               " joined_at, join_signature, recorded_at) VALUES (?, ?, 'c', 1, '0x', 0, '0x', 0)",
               [member, upline])


def sale(source, seller, total, level2=0, level3=0, at=MARCH + DAY, freeze=7 * DAY):
    return downline_ledger.Sale(source, seller, "CNY", at, at + freeze, total,
                   total - level2 - level3, level2, level3)


def test_a_commission_is_frozen_then_available_then_settled(db):
    assert downline_ledger.record_sale(db, sale("escrow:1", "0xS", 10_000, 300))
    assert not downline_ledger.record_sale(db, sale("escrow:1", "0xS", 10_000, 300))
    assert downline_ledger.state_of(db, "escrow:1", MARCH + DAY) == "frozen"
    assert downline_ledger.state_of(db, "escrow:1", MARCH + 8 * DAY - 1) == "frozen"
    assert downline_ledger.state_of(db, "escrow:1", MARCH + 8 * DAY) == "available"
    downline_ledger.settle(db, "escrow:1", MARCH + 9 * DAY, "offline")
    assert downline_ledger.state_of(db, "escrow:1", MARCH + 9 * DAY) == "settled"
    with pytest.raises(downline_errors.DownlineError):
        downline_ledger.settle(db, "escrow:2", MARCH, "chain")


def test_a_refund_reverses_pro_rata_as_the_escrow_pays(db):
    downline_ledger.record_sale(db, sale("escrow:1", "0xS", 10_000, 333, 101))
    # The seller kept 2,500 of 10,000: each level keeps a quarter, rounded down.
    assert downline_ledger.reverse(db, "escrow:1", 2_500) == (83, 25)
    assert downline_ledger.state_of(db, "escrow:1", MARCH + DAY) == "frozen"
    assert downline_ledger.reverse(db, "escrow:1", 0) == (0, 0)
    assert downline_ledger.state_of(db, "escrow:1", MARCH + 99 * DAY) == "reversed"
    with pytest.raises(downline_errors.DownlineError):
        downline_ledger.reverse(db, "escrow:1", 10_001)


def test_the_statement_by_level_and_state(db):
    bind(db, "0xB", "0xA")
    bind(db, "0xC", "0xB")
    downline_ledger.record_sale(db, sale("s1", "0xC", 10_000, 300, 100))  # frozen until March 9
    downline_ledger.record_sale(db, sale("s2", "0xC", 5_000, 150, 50, freeze=0))
    downline_ledger.settle(db, "s2", MARCH + 2 * DAY)
    downline_ledger.record_sale(db, sale("s3", "0xB", 2_000, 60, at=MARCH + 3 * DAY, freeze=0))
    downline_ledger.record_sale(db, sale("s4", "0xB", 8_000, 240, at=MARCH + 3 * DAY, freeze=0))
    downline_ledger.reverse(db, "s4", 4_000)
    downline_ledger.record_sale(db, sale("april", "0xC", 9_999, 999, 99, at=MARCH + 40 * DAY))
    lines = {l.member: l for l in downline_ledger.statement(db, "2026-03", at=MARCH + 5 * DAY)}
    a, b, c = lines["0xA"], lines["0xB"], lines["0xC"]
    assert (c.sales, c.level2, c.level3, c.frozen + c.available + c.settled) == (15_000, 0, 0, 0)
    assert (b.sales, b.refunded, b.level2, b.frozen, b.settled) == (10_000, 4_000, 450, 300, 150)
    assert (a.sales, a.level2, a.level3) == (0, 60 + 120, 150)
    assert (a.available, a.settled, a.reversed) == (180, 50, 120)
    assert a.frozen == 100
    assert c.share_bps == 6000 and b.share_bps == 4000
    assert [l.member for l in downline_ledger.statement(db, "2026-03", at=MARCH, member="0xb")] == ["0xB"]
    with pytest.raises(downline_errors.DownlineError, match="not a month"):
        downline_ledger.statement(db, "March", at=MARCH)


def test_statement_totals_match_an_independent_query(db):
    rng = random.Random(7)
    members = [f"0x{n:04x}" for n in range(60)]
    for n, m in enumerate(members[1:], 1):
        bind(db, m, members[rng.randrange(max(0, n - 5), n)])
    for n in range(600):
        total = rng.randrange(100, 50_000)
        downline_ledger.record_sale(db, sale(f"s{n}", rng.choice(members), total, total * 3 // 100,
                                total // 100, at=MARCH + rng.randrange(0, 40 * DAY),
                                freeze=rng.randrange(0, 10 * DAY)))
        if rng.random() < 0.1:
            downline_ledger.reverse(db, f"s{n}", rng.randrange(0, total + 1))
    now = MARCH + 20 * DAY
    lines = {l.member: l for l in downline_ledger.statement(db, "2026-03", at=now)}
    start, end = downline_ledger.month_bounds("2026-03")
    upline = dict(db.execute("SELECT member, upline FROM downline_members").fetchall())
    expect = {}
    for seller, total, l2, l3, r2, r3 in db.execute(
            "SELECT a.address, total, level2, level3, reversed2, reversed3"
            " FROM downline_sales s JOIN downline_accounts a ON a.id = s.seller_id"
            " WHERE at >= ? AND at < ?", [start, end]):
        expect.setdefault(seller, [0, 0, 0])[0] += total
        if seller in upline:
            expect.setdefault(upline[seller], [0, 0, 0])[1] += l2 - r2
            if upline[seller] in upline:
                expect.setdefault(upline[upline[seller]], [0, 0, 0])[2] += l3 - r3
    assert {m: [l.sales, l.level2, l.level3] for m, l in lines.items()} == expect
    for l in lines.values():
        assert l.frozen + l.available + l.settled == l.commission


def test_offline_commissions_are_marked_paid_per_upline_once_available(db):
    bind(db, "0xB", "0xA")
    bind(db, "0xC", "0xB")
    downline_ledger.record_sale(db, sale("offline:1", "0xC", 10_000, 300, 100))  # March 8
    downline_ledger.record_sale(db, sale("offline:2", "0xC", 4_000, 120, 40, freeze=0))
    downline_ledger.reverse(db, "offline:2", 2_000)  # levels keep 60 and 20
    downline_ledger.record_sale(db, sale("escrow:9", "0xC", 5_000, 150, 50, freeze=0))
    downline_ledger.settle(db, "escrow:9", MARCH + DAY)
    early = MARCH + 2 * DAY
    assert downline_ledger.payable(db, "0xB", "2026-03", at=early) == [
        downline_ledger.Payable("CNY", 60, 1)]
    with pytest.raises(downline_errors.DownlineError, match="no commission of 2026-03"):
        downline_ledger.mark_paid(db, "0xC", "2026-03", at=early)
    later = MARCH + 10 * DAY
    assert downline_ledger.mark_paid(db, "0xb", "2026-03", at=later) == [
        downline_ledger.Payable("CNY", 300 + 60, 2)]
    with pytest.raises(downline_errors.DownlineError, match="paid already"):
        downline_ledger.mark_paid(db, "0xB", "2026-03", at=later)
    # B's level is paid; A's (level 3) is still owed, so the sale is not settled yet.
    lines = {l.member: l for l in downline_ledger.statement(db, "2026-03", at=later)}
    assert (lines["0xB"].settled, lines["0xB"].available) == (360 + 150, 0)
    assert (lines["0xA"].settled, lines["0xA"].available) == (50, 120)
    assert downline_ledger.state_of(db, "offline:1", later) == "available"
    assert downline_ledger.mark_paid(db, "0xA", "2026-03", at=later) == [
        downline_ledger.Payable("CNY", 120, 2)]
    assert downline_ledger.state_of(db, "offline:1", later) == "settled"
    assert downline_ledger.payable(db, "0xA", "2026-04", at=later) == []


def test_a_book_of_the_previous_schema_keeps_its_sales_and_tree(tmp_path):
    db = open_book(tmp_path / "old.db", [shop.schema.migrations], create=True)
    shop.downline.schema.migrations.apply(db, stop_before="0003_account_ids")
    bind(db, "0xB", "0xA")
    db.execute("INSERT INTO downline_sales (source, seller, currency, at, available_at, total,"
               " own, level2, settled_at, settled_how) VALUES"
               " ('s1', '0xb', 'CNY', ?, ?, 1000, 970, 30, ?, 'chain')",
               [MARCH + DAY, MARCH + DAY, MARCH + 2 * DAY])
    shop.downline.schema.migrations.apply(db)
    lines = {l.member: l for l in downline_ledger.statement(db, "2026-03", at=MARCH + 3 * DAY)}
    assert (lines["0xB"].sales, lines["0xA"].level2, lines["0xA"].settled) == (1000, 30, 30)
    assert downline_ledger.state_of(db, "s1", MARCH + 3 * DAY) == "settled"
    # A binding written after the upgrade reaches the integer tree too.
    bind(db, "0xC", "0xb")
    assert downline_ledger.record_sale(db, sale("s2", "0xC", 500, 15))
    lines = {l.member: l for l in downline_ledger.statement(db, "2026-03", at=MARCH + 3 * DAY)}
    assert lines["0xB"].level2 == 15
