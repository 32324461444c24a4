"""The Downline page over the demo profile: its three buttons clicked, each doing what
`ziliudi downline` does (invite, join an upline, accept a member), and the lazy tree."""

import time

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

from desktop.services import downline as service
from desktop.services.demo import DEMO_SELLER_PASSWORD
from desktop.ui import dialogs
from desktop.ui.downline_paid import MarkPaidDialog
from desktop.ui.pages.downline import TextDialog
from PySide6.QtWidgets import QDialog, QPushButton
from shop.downline import (invites as downline_invites, ledger as downline_ledger,
                           tree as downline_tree)

MARCH_AT = 1_772_409_600  # 2026-03-02 00:00 UTC


def sign_with(account):
    def sign(full_message):
        return "0x" + bytes(account.sign_message(encode_typed_data(full_message=full_message))
                            .signature).hex()
    return sign


@pytest.fixture
def page(ui, qtbot, monkeypatch):
    ui.open_profile("demo")
    ui.show_page("downline")
    page = ui.page("downline")
    page.seen = {"texts": [], "errors": [], "info": [], "answers": []}
    monkeypatch.setattr(dialogs, "ask_password", lambda *a, **k: DEMO_SELLER_PASSWORD)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: page.seen["answers"].pop(0))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None:
                        page.seen["errors"].append(dialogs.error_text(e)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text, title=None:
                        page.seen["info"].append(text))
    monkeypatch.setattr(dialogs, "notice", lambda parent, text, path=None:
                        page.seen["info"].append(text))
    monkeypatch.setattr(TextDialog, "exec",
                        lambda d: page.seen["texts"].append(d.text.toPlainText()) or 0)
    return page


def click(page, qtbot, key):
    page.buttons[key].click()
    qtbot.waitUntil(lambda: not page.ctx.tasks.running, timeout=20_000)
    page.ctx.tasks.wait(20_000)


def test_invite_join_and_accept_from_the_page(page, qtbot):
    me = service.own_account(page.ctx.session.work())
    click(page, qtbot, "invite")
    assert not page.seen["errors"]
    invite = page.seen["texts"][-1]
    assert invite.startswith("ZLD-INVITE-")
    read = downline_invites.read_invite(invite, recover=service._recover, at=1)
    assert read.upline == me

    # Someone joins with that invite; the page records the member from its acceptance (next
    # to the demo's own members; it signed earliest, so it comes first).
    first_level = page.tree.topLevelItemCount()
    below = service.tree(page.ctx.session.work(), me, limit=0).total
    member = Account.create()
    acceptance = downline_invites.accept(read, member.address, sign=sign_with(member), at=2)
    page.seen["answers"].append(acceptance.text)
    click(page, qtbot, "accept")
    assert page.seen["info"] == [f"{member.address} is in your downline."]
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == first_level + 1)
    assert page.tree.topLevelItem(0).text(0) == member.address
    assert f"{below + 1} members below you" in page.summary.text()

    # The demo account joins an upline of its own, and shows the acceptance to send back.
    upline = Account.create()
    theirs = downline_invites.new_invite(upline.address, sign=sign_with(upline), at=int(time.time()), days=30)
    page.seen["answers"].append("garbage")
    click(page, qtbot, "join")
    assert page.seen["errors"] == ["This is not a Ziliudi invite or acceptance."]
    page.seen["answers"].append(theirs.link)
    click(page, qtbot, "join")
    assert page.seen["texts"][-1].startswith("ZLD-JOIN-")
    assert downline_tree.upline_of(page.ctx.session.work().db, me) == upline.address
    assert upline.address in page.summary.text()

    # Joining the member's downline now would close a circle: refused before a password.
    mine = downline_invites.new_invite(member.address, sign=sign_with(member), at=int(time.time()), days=30)
    page.seen["answers"].append(mine.text)
    click(page, qtbot, "join")
    assert "already bound" in page.seen["errors"][-1]


def test_the_tree_reads_a_level_when_it_is_opened(page, qtbot):
    db = page.ctx.session.work().db
    me = service.own_account(page.ctx.session.work())
    a, b = Account.create(), Account.create()
    for upline, member, who in ((me, a, None), (a.address, b, a)):
        invite = downline_invites.Invite(upline, "c" + member.address[-4:], 2 * 10**9, "0x")
        downline_tree._bind(db, downline_invites.Acceptance(invite, member.address, 1, "0x"), 1)
    db.conn.commit()
    page.refresh()
    top = page.tree.topLevelItem(0)
    assert top.text(0) == a.address and top.text(2) == "1" and top.childCount() == 0
    top.setExpanded(True)
    assert top.childCount() == 1 and top.child(0).text(0) == b.address


def test_the_statement_button_shows_a_month(page, qtbot, monkeypatch, tmp_path):
    from desktop.ui.pages.downline import StatementDialog
    from PySide6.QtWidgets import QFileDialog

    db = page.ctx.session.work().db
    me = service.own_account(page.ctx.session.work())
    downline_ledger.record_sale(db, downline_ledger.Sale("offline:1", me, "CNY", 1_709_337_600,
                                                        1_709_337_600, 10_000, 9_700, 300))
    db.conn.commit()
    shown = []
    monkeypatch.setattr(StatementDialog, "exec", lambda d: shown.append(d) or 0)
    page.seen["answers"].append("2024-03")  # before the demo's sales
    click(page, qtbot, "statement")
    assert not page.seen["errors"]
    (dialog,) = shown
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "¥100.00"
    assert [dialog.table.item(1, c).text() for c in (0, 1)] == ["Total", "¥100.00"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "s.csv"), ""))
    dialog.findChild(QPushButton, "statement_csv").click()
    assert "10000" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")


def test_the_statement_saves_xlsx_and_pdf_and_says_where(page, qtbot, monkeypatch, tmp_path):
    from desktop.ui.pages.downline import StatementDialog
    from PySide6.QtWidgets import QFileDialog
    import openpyxl

    db = page.ctx.session.work().db
    me = service.own_account(page.ctx.session.work())
    downline_ledger.record_sale(db, downline_ledger.Sale("offline:1", me, "CNY", MARCH_AT,
                                                         MARCH_AT, 10_000, 9_700, 300))
    db.conn.commit()
    shown = []
    monkeypatch.setattr(StatementDialog, "exec", lambda d: shown.append(d) or 0)
    page.seen["answers"].append("2026-03")
    click(page, qtbot, "statement")
    (dialog,) = shown
    for key, name in (("statement_xlsx", "s.xlsx"), ("statement_pdf", "s.pdf")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, name=name, **k: (str(tmp_path / name), ""))
        dialog.findChild(QPushButton, key).click()
        assert page.seen["info"][-1] == f"Wrote {tmp_path / name}."
    rows = list(openpyxl.load_workbook(tmp_path / "s.xlsx")["2026-03"].iter_rows(
        values_only=True))
    assert (me, "CNY", 10_000) in [r[:3] for r in rows[1:]]
    assert rows[-1][:2] == ("total", "CNY") and rows[-1][2] == sum(
        r[2] for r in rows[1:-1] if r[1] == "CNY")
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_mark_paid_says_whom_and_how_much_and_refuses_when_nothing_is_owed(page, qtbot,
                                                                           monkeypatch):
    db = page.ctx.session.work().db
    me = service.own_account(page.ctx.session.work())
    upline = Account.create().address
    invite = downline_invites.Invite(upline, "c1", 2 * 10**9, "0x")
    downline_tree._bind(db, downline_invites.Acceptance(invite, me, 1, "0x"), 1)
    downline_ledger.record_sale(db, downline_ledger.Sale("offline:by-hand", me, "CNY", MARCH_AT,
                                                         MARCH_AT, 10_000, 9_700, 300))
    db.conn.commit()
    asked = []

    def paid_by_wechat(dialog):
        asked.append(dialog.question.text())
        dialog.via.setCurrentIndex(dialog.via.findData("wechat"))
        return QDialog.Accepted
    monkeypatch.setattr(MarkPaidDialog, "exec", paid_by_wechat)
    page.seen["answers"] += [me, "2026-03"]
    click(page, qtbot, "paid")
    assert page.seen["errors"] == [f"{me} has no commission of 2026-03 to mark paid: none is "
                                   "available yet, or it was paid already."]
    assert asked == [] and not db.execute(
        "SELECT 1 FROM book_entries WHERE source LIKE 'commission:%'").fetchall()
    page.seen["answers"] += [upline, "2026-03"]
    click(page, qtbot, "paid")
    qtbot.waitUntil(lambda: bool(page.seen["info"]), timeout=20_000)
    assert asked == [f"Mark ¥3.00 paid to {upline} for 2026-03? It is their commission on 1 "
                     "offline sales; it becomes settled."]
    assert page.seen["info"] == [f"Marked ¥3.00 paid to {upline} for 2026-03."]
    assert downline_ledger.state_of(db, "offline:by-hand", int(time.time()) + 1) == "settled"
    # The payment is in the books, from the way of paying chosen in the dialog.
    assert db.execute("SELECT p.account, p.amount FROM book_entries e JOIN book_postings p ON"
                      " p.entry_id = e.id WHERE e.source = ? ORDER BY p.amount",
                      [f"commission:{upline.lower()}:2026-03:1"]).fetchall() == [
        ("Assets:WeChatPay", -300), ("Expenses:Commissions", 300)]
