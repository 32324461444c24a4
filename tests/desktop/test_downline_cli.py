"""`ziliudi downline ...`: two data directories, an upline and a member, no server."""

import io
import json
import re
import sqlite3
import time

import openpyxl
import pytest

from desktop.cli import main
from desktop.services.session import Session
from shop.downline.ledger import month_bounds
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.model import Terms
from shop.stock.check import StockRow

KEYS = {"up": "0x" + "11" * 32, "member": "0x" + "22" * 32, "third": "0x" + "33" * 32}


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    def run(who, *argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(tmp_path / who), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    for who, key in KEYS.items():
        code, out, err = run(who, "wallet", "import", "--label", who, "--key", "--password-stdin",
                             "--json", stdin=f"{key}\npw\n")
        assert code == 0, err
    return run


def address(cli, who):
    code, out, _ = cli(who, "downline", "tree", "--json")
    assert code == 0
    return json.loads(out)["account"]


def test_invite_join_accept_and_the_same_tree_on_both_sides(cli, tmp_path):
    up, member = address(cli, "up"), address(cli, "member")
    code, out, err = cli("up", "downline", "invite", "--days", "3", "--json", "--qr",
                         str(tmp_path / "invite.png"), "--password-stdin", stdin="pw\n")
    assert code == 0, err
    invite = json.loads(out)["invite"]
    assert invite.startswith("ZLD-INVITE-")
    assert (tmp_path / "invite.png").read_bytes().startswith(b"\x89PNG")

    code, _, err = cli("member", "downline", "join", invite, "--password-stdin", stdin="bad\n")
    assert code == 1 and address(cli, "member") == member
    code, out, _ = cli("member", "downline", "tree", "--json")
    assert json.loads(out)["upline"] is None  # a wrong password bound nothing

    reply = tmp_path / "accept.txt"
    code, out, err = cli("member", "downline", "join", invite, "--out", str(reply),
                         "--password-stdin", "--json", stdin="pw\n")
    assert code == 0, err
    assert json.loads(out)["upline"] == up
    code, out, _ = cli("member", "downline", "tree", "--json")
    assert json.loads(out)["upline"] == up

    code, out, err = cli("up", "downline", "accept", str(reply), "--json")
    assert code == 0, err
    code, out, _ = cli("up", "downline", "list", "--json")
    doc = json.loads(out)
    assert doc["total"] == 1 and [m["member"] for m in doc["members"]] == [member]

    # The member cannot join again elsewhere, nor can the upline join its own member.
    code, out, _ = cli("third", "downline", "invite", "--json", "--password-stdin", stdin="pw\n")
    other = json.loads(out)["invite"]
    code, _, err = cli("member", "downline", "join", other, "--password-stdin", stdin="pw\n")
    assert code == 1 and "already bound" in err
    code, out, _ = cli("member", "downline", "invite", "--json", "--password-stdin",
                       stdin="pw\n")
    code, _, err = cli("member", "downline", "join", json.loads(out)["invite"],
                       "--password-stdin", stdin="pw\n")
    assert code == 1 and "cannot join its own downline" in err
    # The acceptance answers the upline's invite, not the third account's.
    code, _, err = cli("third", "downline", "accept", reply.read_text())
    assert code == 1 and "not an account of this profile" in err


def test_a_tampered_invite_is_refused_before_the_password(cli):
    code, out, _ = cli("up", "downline", "invite", "--json", "--password-stdin", stdin="pw\n")
    invite = json.loads(out)["invite"]
    broken = invite[:-6] + ("AAAAAA" if not invite.endswith("AAAAAA") else "BBBBBB")
    code, _, err = cli("member", "downline", "join", broken, "--password-stdin", stdin="")
    assert code == 1 and ("damaged" in err or "not signed by" in err)


def test_plan_levels_binding_and_refusals(cli):
    code, _, err = cli("up", "lots", "create", "夏装")
    assert code == 0, err
    code, out, _ = cli("up", "downline", "plan", "夏装", "--json")
    assert json.loads(out) == {"lot": "夏装", "levels_bps": [1000, 300], "binding": "days",
                               "days": 30, "warnings": []}
    code, out, _ = cli("up", "downline", "plan", "夏装", "--levels", "10,3,1")
    assert code == 0 and "warning:" in out and "224-1" in out
    for refused, reason in ((["--levels", "10,3,1,1"], "at most 3 levels"),
                            (["--entry-fee", "99"], "entry fee"),
                            (["--recruit-reward", "5"], "recruiting")):
        code, _, err = cli("up", "downline", "plan", "夏装", *refused)
        assert code == 1 and reason in err and "Pyramid Selling" in err
    code, out, _ = cli("up", "downline", "plan", "夏装", "--binding", "latest", "--json")
    doc = json.loads(out)
    assert doc["binding"] == "latest" and doc["levels_bps"] == [1000, 300, 100]


def test_statement_of_a_month_as_json_and_csv(cli, tmp_path):
    code, out, err = cli("up", "downline", "statement", "--month", "2026-03", "--json",
                         "--csv", str(tmp_path / "s.csv"))
    assert code == 0, err
    assert json.loads(out) == {"month": "2026-03", "lines": [], "totals": []}
    assert (tmp_path / "s.csv").read_text(encoding="utf-8-sig").startswith("member,currency")
    code, _, err = cli("up", "downline", "statement", "--month", "March")
    assert code == 1 and "not a month" in err


def test_lots_terms_runs_the_checks_of_the_plan(cli):
    code, _, err = cli("up", "lots", "create", "冬装")
    assert code == 0, err
    code, out, err = cli("up", "lots", "terms", "冬装", "--levels", "12,4", "--json")
    assert code == 0, err
    assert json.loads(out)["levels_bps"] == [1200, 400]
    for refused, reason in ((["--levels", "10,3,2,1"], "at most 3 levels"),
                            (["--entry-fee", "50"], "entry fee")):
        code, _, err = cli("up", "lots", "terms", "冬装", *refused)
        assert code == 1 and reason in err and "Pyramid Selling" in err
    # Refused terms left the lot's plan as it was, as `downline plan` shows it.
    code, out, _ = cli("up", "downline", "plan", "冬装", "--json")
    assert json.loads(out)["levels_bps"] == [1200, 400]


def sell_offline(cli, tmp_path) -> tuple[str, str]:
    """The member joins the upline's downline and opens a lot on the default plan (10%, 3%)
    with no after-sale window; returns the upline's address and this month."""
    up = address(cli, "up")
    code, out, _ = cli("up", "downline", "invite", "--json", "--password-stdin", stdin="pw\n")
    code, _, err = cli("member", "downline", "join", json.loads(out)["invite"],
                       "--password-stdin", stdin="pw\n")
    assert code == 0, err
    session = Session(tmp_path / "member")
    session.open_profile(session.profiles.list()[0].name)
    now = int(time.time())
    create_lot(session.db, "秋装", starts_at=now - 60, ends_at=now + 86400,
               terms=Terms(freeze_seconds=0))
    import_into(session.db, "秋装", [StockRow(2, "S1", "红", "M", "外套", "", 9, 19900, 5000,
                                            15900, 12900, "", "", "", {})])
    publish(session.db, "秋装")
    session.close()
    return up, time.strftime("%Y-%m", time.gmtime(now))


def record(cli, qty: str, price: str) -> None:
    code, _, err = cli("member", "orders", "record", "--lot", "秋装", "--sku", "S1/红/M",
                       "--qty", qty, "--price", price, "--pay", "cash")
    assert code == 0, err


def test_offline_commissions_are_marked_paid_to_the_upline(cli, tmp_path):
    up, month = sell_offline(cli, tmp_path)
    code, _, err = cli("member", "downline", "paid", up, "--month", month)
    assert code == 1 and "no commission of" in err  # nothing sold yet
    record(cli, "2", "¥159.00")
    code, out, err = cli("member", "downline", "paid", up, "--month", month, "--json")
    assert code == 0, err
    # The upline's 3% of each unit's price, rounded down: 477 fen a unit.
    assert json.loads(out) == {"member": up, "month": month, "sales": 1,
                               "amounts": [{"currency": "CNY", "amount": 954, "sales": 1}]}
    code, _, err = cli("member", "downline", "paid", up, "--month", month)
    assert code == 1 and "paid already" in err
    code, out, _ = cli("member", "downline", "statement", "--month", month, "--member", up,
                       "--json")
    (line,) = json.loads(out)["lines"]
    assert (line["level2"], line["settled"], line["available"]) == (954, 954, 0)


def commission_lines(cli) -> list[tuple]:
    code, out, err = cli("member", "books", "journal", "--json")
    assert code == 0, err
    return sorted((r["source"], r["account"], r["units"], r["memo"])
                  for r in json.loads(out)["lines"] if (r["source"] or "").startswith("commission:"))


def test_a_commission_paid_by_hand_is_posted_to_the_books_once(cli, tmp_path):
    up, month = sell_offline(cli, tmp_path)
    code, _, err = cli("member", "downline", "paid", up, "--month", month, "--via", "wechat")
    assert code == 1 and "no commission of" in err
    assert commission_lines(cli) == []  # refused: nothing posted
    record(cli, "2", "¥159.00")
    code, out, err = cli("member", "downline", "paid", up, "--month", month, "--via", "wechat",
                         "--json")
    assert code == 0, err
    assert json.loads(out)["amounts"] == [{"currency": "CNY", "amount": 954, "sales": 1}]
    source, memo = f"commission:{up.lower()}:{month}:1", (
        f"Commission for {month} paid to {up} by hand")
    assert commission_lines(cli) == [(source, "Assets:WeChatPay", -954, memo),
                                     (source, "Expenses:Commissions", 954, memo)]
    code, _, err = cli("member", "downline", "paid", up, "--month", month, "--via", "wechat")
    assert code == 1 and "paid already" in err
    assert len(commission_lines(cli)) == 2  # the same month twice posts once
    code, out, _ = cli("member", "books", "balance", "--json")
    wechat = [b["units"] for b in json.loads(out)["balances"] if b["account"] == "Assets:WeChatPay"]
    assert wechat == [-954]


def test_the_statement_as_xlsx_and_pdf_has_the_json_figures(cli, tmp_path, qapp):
    up, month = sell_offline(cli, tmp_path)
    record(cli, "2", "¥159.00")
    record(cli, "1", "¥99.99")
    code, _, err = cli("member", "downline", "paid", up, "--month", month)
    assert code == 0, err
    record(cli, "3", "¥120.00")
    book, pdf = tmp_path / "s.xlsx", tmp_path / "s.pdf"
    code, out, err = cli("member", "downline", "statement", "--month", month, "--json",
                         "--xlsx", str(book), "--pdf", str(pdf))
    assert code == 0, err
    doc = json.loads(out)
    sheet = openpyxl.load_workbook(book, read_only=True)[month]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert [dict(zip(header, r)) for r in rows] == doc["lines"] + doc["totals"]
    (total,) = doc["totals"]
    assert total["member"] == "total" and total["level2"] == 954 + 299 + 1080
    assert (total["settled"], total["available"]) == (954 + 299, 1080)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) == 1

    # The totals against the sales table and the signed bindings, read independently.
    start, end = month_bounds(month)
    with sqlite3.connect(next((tmp_path / "member").rglob("*.db"))) as conn:
        sales, own = conn.execute(
            "SELECT sum(total), sum(own) FROM downline_sales WHERE at >= ? AND at < ?",
            [start, end]).fetchone()
        level2 = conn.execute(
            "SELECT sum(s.level2 - s.reversed2) FROM downline_sales s"
            " JOIN downline_accounts a ON a.id = s.seller_id"
            " JOIN downline_members m ON m.member = a.address"
            " WHERE s.at >= ? AND s.at < ?", [start, end]).fetchone()[0]
    assert (total["sales"], total["own"], total["level2"]) == (sales, own, level2)
