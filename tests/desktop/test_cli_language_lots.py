"""`ziliudi --lang zh_CN` speaks Chinese in the lots, drop-ship and Sandbox commands; --json
output and the data in the sentences stay as they are."""

import csv
import io
import json
import re
import time

from desktop.cli import main
from desktop.i18n import CommandLine
from shop.orders.model import escrow_number
from tests.desktop.test_cli_language import zh  # noqa: F401 - the fixture
from tests.desktop.test_dropship import setup  # noqa: F401 - the fixture
from tests.desktop.test_lots_cli import stock


def test_a_stock_file_s_missing_columns_are_named_in_chinese(zh, tmp_path):  # noqa: F811
    path = tmp_path / "odd.csv"
    path.write_text("备注,货号,数量\n长袖T恤,T1,3\n", encoding="utf-8")
    code, out, err = zh("lots", "import", str(path), "--lot", "T恤")
    assert (code, out) == (1, "")
    assert "找不到以下内容对应的列：商品名称、吊牌价或供货价。" in err


def test_lots_in_chinese(zh, tmp_path):  # noqa: F811
    bad = str(stock(tmp_path, bad=True))
    code, out, err = zh("lots", "import", bad, "--lot", "春装")
    assert (code, out) == (1, "")
    assert "第 4 行，库存：" in err
    assert "ziliudi: 2 行被拒；未导入任何内容（用 --accept-valid 导入有效的行）" in err
    code, out, _ = zh("lots", "import", str(stock(tmp_path)), "--lot", "春装")
    assert (code, out) == (0, "已将 4 件商品导入 春装\n")
    code, out, _ = zh("lots", "show", "春装")
    assert out.startswith("春装（草稿），供货商 -，")
    assert ("A01/黑色/M\t碎花连衣裙\t10\t供货价 ¥89.00\t建议价 ¥159.00\t最低价 ¥129.00\n"
            in out)
    now = int(time.time())
    code, out, _ = zh("lots", "window", "春装", "--starts", str(now - 60),
                      "--ends", str(now + 3600))
    assert code == 0 and out.startswith("春装：")
    assert zh("lots", "publish", "春装")[:2] == (0, "春装：开售中\n")
    code, out, _ = zh("lots", "list")
    assert out.startswith("春装\t开售中\t") and "\t4 个 SKU\t已售 0/23（0.0%）\n" in out
    code, out, _ = zh("lots", "list", "--json")
    assert json.loads(out)["lots"][0]["status"] == "open"
    code, out, _ = zh("lots", "create", "秋装")
    assert (code, out) == (0, "已创建草稿档期 秋装\n")


def test_drop_ship_and_sandbox_in_chinese(setup, tmp_path, monkeypatch, capsys,  # noqa: F811
                                          data_dir):
    s, session, supplier, seller, ids, collected = setup
    numbers = [escrow_number(i) for i in ids]

    def cli(*argv, stdin="pw\n"):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--demo", "--lang", "zh_CN", *argv])
        return (code, *capsys.readouterr())

    try:
        listed = tmp_path / "list.csv"
        code, out, _ = cli("orders", "shipping-list", "--supplier", supplier, str(listed))
        assert (code, out) == (0, f"已将 2 笔订单写入 {listed}\n"
                                  "未列入 1 笔自提订单：买家到店取货。\n")
        reply = tmp_path / "reply.csv"
        with reply.open("w", encoding="utf-8-sig", newline="") as f:
            rows = csv.writer(f)
            rows.writerow(["订单号", "快递公司", "快递单号"])
            rows.writerow([numbers[0], "顺丰", "sf1001"])
            rows.writerow(["9-9", "顺丰", "sf1002"])
        code, out, err = cli("orders", "shipped-from", str(reply), "--accept-valid",
                             "--password-stdin")
        assert code == 0, err
        assert err == "第 3 行：这里没有订单 9-9。\n"
        assert re.fullmatch(rf"已按供货商的回单将 1 笔订单标记为已发货：{numbers[0]}。"
                            r"交易 0x[0-9a-f]{4}…[0-9a-f]{4}：已上链。\n", out), out
        code, out, err = cli("orders", "shipped-from", str(reply), "--accept-valid",
                             "--password-stdin")
        assert (code, out) == (1, "")
        assert (f"未将任何订单标记为已发货：订单 {numbers[0]} 已标记为已发货，或其发货交易正在"
                "上链途中。") in err
        code, out, err = cli("sandbox", "confirm", numbers[0])
        assert code == 0, err
        assert out.startswith("模拟买家已确认收货（订单 ")
        code, out, err = cli("sandbox", "advance", "1")
        assert code == 0 and out.startswith("沙盒的时钟现在是 "), err
    finally:
        CommandLine.use("en")
