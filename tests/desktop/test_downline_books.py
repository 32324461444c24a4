"""Commissions marked paid by hand are posted to the books with the marking, once a payment,
over the demo profile: our sale's commission to an upline is money out, a member's sale's
commission to us is income, a refused marking posts nothing."""

import time

import pytest
from eth_account import Account

from desktop.services import books as books_service, downline as service
from desktop.services.session import Session
from shop.books.journal import entry
from shop.downline import (invites as downline_invites, ledger as downline_ledger,
                           tree as downline_tree)
from shop.downline.errors import DownlineError

MARCH_AT = 1_772_409_600  # 2026-03-02 00:00 UTC
MEMO = "Commission for {month} paid to {member} by hand"


@pytest.fixture
def work(tmp_path):
    session = Session(tmp_path / "data")
    session.open_profile("demo")
    yield session.work()
    session.close()


def balances(work) -> dict:
    """Every account's balance (profit and loss over all time included) by currency."""
    r = books_service.report(work)
    return {(b.account, b.money.currency.code): b.money.units for b in r.balances + r.profit}


def changed(before: dict, after: dict) -> dict:
    return {key: after.get(key, 0) - before.get(key, 0)
            for key in before.keys() | after.keys() if after.get(key, 0) != before.get(key, 0)}


def commission_entries(work) -> list[tuple]:
    return work.db.execute("SELECT id, source, memo, memo_key, memo_args, at FROM book_entries"
                           " WHERE source LIKE 'commission:%' ORDER BY id").fetchall()


def with_upline(work) -> tuple[str, str]:
    """An upline (not ours) above this profile's account, and the account."""
    me = service.own_account(work)
    upline = Account.create().address
    invite = downline_invites.Invite(upline, "c1", 2 * 10**9, "0x")
    downline_tree._bind(work.db, downline_invites.Acceptance(invite, me, 1, "0x"), 1)
    return upline, me


def sell(work, source: str, seller: str, level2: int, at: int = MARCH_AT) -> None:
    downline_ledger.record_sale(work.db, downline_ledger.Sale(
        source, seller, "CNY", at, at, 10_000, 10_000 - level2, level2))
    work.db.conn.commit()


def test_our_commission_to_an_upline_is_money_out_posted_once_a_payment(work):
    upline, me = with_upline(work)
    sell(work, "offline:by-hand-1", me, 300)
    sell(work, "offline:by-hand-2", me, 150)
    before = balances(work)
    done = service.mark_paid(work, upline, "2026-03", via="wechat")
    assert done.text == "¥4.50"
    (first,) = commission_entries(work)
    entry_id, source, memo, key, args, at = first
    assert source == f"commission:{upline.lower()}:2026-03:1"
    assert memo == f"Commission for 2026-03 paid to {upline} by hand" and key == MEMO
    assert {(line.account, line.money.units) for line in entry(work.db, entry_id).lines} == {
        ("Expenses:Commissions", 450), ("Assets:WeChatPay", -450)}
    assert changed(before, balances(work)) == {("Expenses:Commissions", "CNY"): 450,
                                               ("Assets:WeChatPay", "CNY"): -450}

    # The same month again: nothing left to pay, refused, nothing posted.
    with pytest.raises(DownlineError, match="paid already"):
        service.mark_paid(work, upline, "2026-03", via="wechat")
    assert len(commission_entries(work)) == 1
    # A sale of the month that became payable since is a payment of its own.
    sell(work, "offline:by-hand-3", me, 120)
    service.mark_paid(work, upline, " 2026-03", via="cash")
    second = commission_entries(work)[1]
    assert second[1] == f"commission:{upline.lower()}:2026-03:2"
    assert {(line.account, line.money.units) for line in entry(work.db, second[0]).lines} == {
        ("Expenses:Commissions", 120), ("Assets:Cash", -120)}


def test_a_members_commission_to_us_is_income(work):
    me = service.own_account(work)
    # The demo leaves some of its members' older sales available to be paid by hand.
    month = next(m for m in service.last_months(12)
                 if downline_ledger.payable(work.db, me, m, at=int(time.time())))
    before = balances(work)
    done = service.mark_paid(work, me, month, via="alipay")
    (owed,) = done.amounts
    assert owed.amount > 0
    assert changed(before, balances(work)) == {("Assets:Alipay", "CNY"): owed.amount,
                                               ("Income:Commissions", "CNY"): -owed.amount}
    (posted,) = commission_entries(work)
    assert posted[1] == f"commission:{me.lower()}:{month}:1"


def test_a_refused_marking_posts_nothing_and_marks_nothing(work, monkeypatch):
    upline, me = with_upline(work)
    sell(work, "offline:by-hand", me, 300)
    before = balances(work)
    with pytest.raises(DownlineError, match="not a way of paying"):
        service.mark_paid(work, upline, "2026-03", via="paypal")
    with pytest.raises(DownlineError, match="no commission of 2026-04"):
        service.mark_paid(work, upline, "2026-04")
    with pytest.raises(DownlineError, match="not a month"):
        service.mark_paid(work, upline, "March")

    # The posting fails: the marking is undone with it.
    def broken(*args, **kwargs):
        raise RuntimeError("the books are broken")
    monkeypatch.setattr(downline_ledger, "post_paid_by_hand", broken)
    with pytest.raises(RuntimeError):
        service.mark_paid(work, upline, "2026-03")
    assert commission_entries(work) == [] and balances(work) == before
    assert downline_ledger.state_of(work.db, "offline:by-hand", int(time.time())) == "available"
    assert service.owed(work, upline, "2026-03").text == "¥3.00"
