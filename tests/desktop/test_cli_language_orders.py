"""`ziliudi --lang zh_CN orders | downline | books ...` say their results in Chinese: sentences,
table headers, order states and transaction statuses; money and order numbers as they are."""

import json
import re

import pytest

from desktop.i18n import CommandLine, accepted_text, order_done, read_words
from tests.desktop.test_books_cli import book, run  # noqa: F401 - fixtures and helper
from tests.desktop.test_downline_cli import cli  # noqa: F401 - fixture
from tests.desktop.test_orders_cli import (PASSWORD, money, ok, prepared, shop,  # noqa: F401
                                            ziliudi)

ZH = ("--lang", "zh_CN")
#: How a sent transaction ends its sentence in Chinese: its short hash, mined.
MINED = r"交易 0x[0-9a-f]{4}…[0-9a-f]{4}：已上链。"


def chinese(context: str, text: str) -> str:
    return read_words("zh_CN").get((context, text), text)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    CommandLine.use("en")


def test_accept_and_ship_say_what_was_done_in_chinese(shop):  # noqa: F811
    number = ok(shop, "sandbox", "buy", "5", "--json")["order"]
    code, out, err = ziliudi(shop, *ZH, "orders", "accept", number, "--password-stdin",
                             stdin=PASSWORD)
    assert code == 0, err
    assert re.search(rf"接单 {number} 需缴纳保证金 \d+\.\d\d dCNY；订单结款时保证金退还给你", err), err
    said, header, row = out.splitlines()
    [order] = [o for o in ok(shop, "orders", "list", "--json")["orders"] if o["number"] == number]
    sentence = accepted_text([order["escrow_id"]], money(order["bond"], order["token"]), chinese)
    assert sentence.startswith(f"已接单 {number}；已缴保证金：") and sentence.endswith(" dCNY。")
    assert re.fullmatch(re.escape(sentence) + MINED, said), said
    assert header.split("\t") == ["订单", "状态", "期限", "数量", "商品", "价格", "买家"]
    assert row.split("\t")[:2] == [number, "已接单"]
    assert row.split("\t")[5].endswith(" dCNY")  # money as people write it

    code, out, err = ziliudi(shop, *ZH, "orders", "ship", number, "--carrier", "EMS",
                             "--tracking", "E1", "--password-stdin", stdin=PASSWORD)
    assert code == 0, err
    sentence = order_done("ship", order["escrow_id"], chinese, carrier="EMS", number="E1")
    assert sentence == f"订单 {number} 已标记发货：EMS，运单号 E1。"
    assert re.fullmatch(re.escape(sentence) + MINED, out.splitlines()[0]), out
    assert "\t已发货\t" in out, out
    # the same command in English is unchanged
    assert ziliudi(shop, "orders", "list")[1].splitlines()[1].split("\t")[:2] == [number,
                                                                                 "Shipped"]


def test_downline_plan_and_tree_in_chinese(cli):  # noqa: F811
    assert cli("up", "lots", "create", "夏装")[0] == 0
    code, out, err = cli("up", *ZH, "downline", "plan", "夏装", "--binding", "latest")
    assert code == 0, err
    assert out == "夏装：第 1 级：10%，第 2 级：3%；客户绑定：以最新推荐人为准\n"
    code, out, err = cli("up", *ZH, "downline", "plan", "夏装", "--binding", "days",
                         "--days", "15")
    assert out.endswith("客户绑定：15 天\n"), out
    code, out, err = cli("up", *ZH, "downline", "tree")
    assert code == 0, err
    assert re.fullmatch(r"0x[0-9a-fA-F]{40}（上线：无），共 0 名成员\n", out), out


def test_books_record_reverse_and_flows_in_chinese(capsys, book):  # noqa: F811
    code, out, err = run(capsys, book, *ZH, "books", "record", "--debit", "Expenses:Other",
                         "--credit", "Assets:Cash", "--amount", "¥35", "--memo", "快递费")
    assert code == 0, err
    entry = int(re.fullmatch(r"已记账：凭证 #(\d+)\n", out).group(1))
    code, out, err = run(capsys, book, *ZH, "books", "reverse", str(entry))
    assert code == 0, err
    assert re.fullmatch(rf"凭证 #{entry} 已由凭证 #\d+ 冲销\n", out), out
    code, out, _ = run(capsys, book, *ZH, "books", "flows")
    assert out.splitlines()[0] == "科目\t期初\t流入\t流出\t期末"
    code, out, _ = run(capsys, book, "books", "flows")
    assert out.splitlines()[0] == "ACCOUNT\tOPENING\tIN\tOUT\tCLOSING"
    code, out, _ = run(capsys, book, *ZH, "books", "record", "--debit", "Expenses:Other",
                       "--credit", "Assets:Cash", "--amount", "¥1", "--memo", "x", "--json")
    assert json.loads(out)["entry"] > entry  # JSON stays as it was
