"""The command line speaks the user's language: --lang, else the system locale; Chinese
refusals and messages from the same compiled translations as the window; a console that
cannot show Chinese gets English instead of an encoding error."""

import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.i18n import CommandLine, resolve, size_words, translate
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.stock.check import StockRow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def zh(data_dir, capsys):
    """Run `ziliudi --lang zh_CN ...` on data_dir; returns (code, stdout, stderr)."""
    def run(*argv):
        code = main(["--data-dir", str(data_dir), "--lang", "zh_CN", *argv])
        out, err = capsys.readouterr()
        return code, out, err
    yield run
    CommandLine.use("en")


def shell(data_dir, *argv, lang="zh_CN.UTF-8", encoding=None):
    """`ziliudi ...` in a process of its own under the locale lang; its output as bytes."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT))
    if encoding:
        env["PYTHONIOENCODING"] = encoding
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *argv],
                          capture_output=True, env=env, timeout=120)


def test_the_system_locale_picks_the_language(monkeypatch):
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert resolve(None) == "zh_CN" and resolve("en") == "en"
    monkeypatch.delenv("LC_ALL")
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert resolve(None) == "en"  # the messages' locale before LANG, as POSIX has it
    monkeypatch.delenv("LC_MESSAGES")
    assert resolve("system") == "zh_CN"


def test_a_refusal_in_chinese_with_lang(zh, data_dir, capsys):
    code, out, err = zh("profile", "info", "nobody")
    assert (code, out) == (1, "")
    assert err == "ziliudi: 没有名为“nobody”的账套。\n"
    # the next command without --lang speaks the tests' locale again: English
    assert main(["--data-dir", str(data_dir), "profile", "info", "nobody"]) == 1
    assert "There is no profile named" in capsys.readouterr().err


def test_the_locale_gives_chinese_and_lang_en_english(data_dir):
    done = shell(data_dir, "profile", "create", "店一")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().startswith("已创建账套 店一，位于 ")
    refused = shell(data_dir, "profile", "info", "nobody")
    assert refused.returncode == 1
    assert refused.stderr.decode() == "ziliudi: 没有名为“nobody”的账套。\n"
    english = shell(data_dir, "--lang", "en", "profile", "rename", "店一", "店二")
    assert english.stdout.decode() == "renamed to 店二\n"
    refused = shell(data_dir, "--lang", "en", "profile", "info", "nobody")
    assert refused.stderr.decode() == "ziliudi: There is no profile named “nobody”.\n"


def test_a_gbk_console_shows_chinese(data_dir):
    done = shell(data_dir, "profile", "create", "店一", encoding="gbk")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("gbk").startswith("已创建账套 店一，位于 ")
    refused = shell(data_dir, "profile", "info", "无此账套", encoding="gbk")
    assert refused.stderr.decode("gbk") == "ziliudi: 没有名为“无此账套”的账套。\n"


def test_a_console_without_chinese_gets_english_not_a_traceback(data_dir):
    refused = shell(data_dir, "profile", "info", "无此账套", encoding="cp1252")
    assert refused.returncode == 1
    # English words; the name it cannot show becomes question marks
    assert refused.stderr.decode("cp1252") == "ziliudi: There is no profile named “????”.\n"
    done = shell(data_dir, "profile", "create", "shop", encoding="cp1252")
    assert done.returncode == 0 and done.stdout.decode("cp1252").startswith("created profile shop at ")


def test_help_loads_no_qt():
    code = ("import sys\nfrom desktop.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n")
    env = {**os.environ, "LANG": "zh_CN.UTF-8", "PYTHONPATH": str(ROOT)}
    env.pop("LC_ALL", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


def test_a_command_speaks_chinese_without_loading_qt(tmp_path):
    code = ("import sys\nfrom desktop.cli import main\n"
            f"assert main(['--data-dir', {str(tmp_path)!r}, 'profile', 'create', '店一']) == 0\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n")
    env = {**os.environ, "LANG": "zh_CN.UTF-8", "PYTHONPATH": str(ROOT)}
    env.pop("LC_ALL", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已创建账套 店一，位于 ")


def test_profile_about_and_storefront_messages_in_chinese(zh, data_dir, tmp_path, qapp):
    # qapp: the catalog is drawn in-process, on the test session's application
    assert zh("profile", "create", "店一")[1].startswith("已创建账套 店一，位于 ")
    assert zh("profile", "rename", "店一", "店二")[1] == "已改名为 店二\n"
    code, out, _ = zh("about")
    assert code == 0 and "数据文件夹：" in out and "日志文件：" in out
    code, out, _ = zh("--demo", "storefront", "payment", "list")
    assert code == 0 and out.startswith("店铺还没有收款码")
    code, out, err = zh("--demo", "storefront", "catalog", str(tmp_path / "c.pdf"))
    assert code == 0, err
    assert out.startswith("已将 ") and "个商品分" in out
    assert err.startswith("注意：其中的链接用的是这台电脑的局域网地址")  # the page's words


def test_profile_info_in_chinese_in_words(zh):
    zh("profile", "create", "店一", "--no-chain", "--role", "seller")
    code, out, err = zh("profile", "info", "店一")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "账套：店一" and lines[1].startswith("账本：") and lines[1].endswith("book.db")
    assert re.fullmatch(r"大小：\d+\.\d KB", lines[2]), lines[2]
    assert lines[3] == "日志模式：预写日志（WAL），与程序的设置一致"
    assert lines[4:7] == ["角色：供货商", "区块链：不用区块链：只用微信/支付宝收款",
                          "账本结构（已完成的迁移步骤）："]
    assert re.search(r"^  shop：\d+ 步，最新为 \d{4}_\w+$", out, re.M), out
    zh("profile", "set", "店一", "--chain", "--role", "both")
    out = zh("profile", "info", "店一")[1]
    assert "角色：供货商兼分销商\n区块链：也通过担保交易收款\n" in out


def test_profile_info_in_english_in_words(data_dir, capsys):
    main(["--data-dir", str(data_dir), "--lang", "en", "profile", "create", "shop", "--no-chain",
          "--role", "distributor"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--lang", "en", "profile", "info", "shop"]) == 0
    out = capsys.readouterr().out
    assert "Journal: write-ahead log (WAL), as the app keeps it\nRole: distributor\n" \
           "Chain: none: WeChat Pay and Alipay only\nBook structure (steps applied):\n" in out
    assert re.search(r"^Size: \d+\.\d KB$", out, re.M) and "bytes:" not in out and "no_chain" not in out
    assert "the latest 0001_book" not in out  # the newest step, not the first
    assert re.search(r"^  shop: \d+ steps, the latest \d{4}_\w+$", out, re.M), out


def test_sizes_in_words():
    english = lambda context, text: text  # noqa: E731
    assert [size_words(n, english) for n in (0, 1023, 1024, 1536, 5 * 1024**2, 3 * 1024**3,
                                              5000 * 1024**3)] == [
        "0 bytes", "1023 bytes", "1.0 KB", "1.5 KB", "5.0 MB", "3.0 GB", "5000.0 GB"]
    assert CommandLine.use("zh_CN")
    try:
        assert size_words(900, translate) == "900 字节"
    finally:
        CommandLine.use("en")


def test_pickup_and_wallet_messages_in_chinese(zh):
    code, out, err = zh("--demo", "storefront", "pickup", "add", "--name", "东门店", "--address", "北京")
    assert (code, out) == (0, "已添加自提门店 东门店\n"), err
    code, out, err = zh("--demo", "wallet", "use-network", "Local node")
    assert (code, out) == (0, "正在使用 Local node\n"), err


def test_offline_order_message_in_chinese(zh, data_dir):
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create("default")
    session.open_profile("default")
    now = int(time.time())
    create_lot(session.db, "夏季清仓", starts_at=now - 60, ends_at=now + 86400)
    import_into(session.db, "夏季清仓", [StockRow(2, "S1", "红", "M", "连衣裙", "", 3, 19900, 5000,
                                              15900, 12900, "", "", "", {})])
    publish(session.db, "夏季清仓")
    session.close()
    code, out, err = zh("orders", "record", "--lot", "夏季清仓", "--sku", "S1/红/M", "--qty", "2",
                        "--price", "159", "--pay", "cash")
    assert (code, out) == (0, "已记录 X-1：2 × 连衣裙（S1/红/M），¥318.00，已付款\n"), err
    code, out, _ = zh("orders", "cancel", "X-1")
    assert (code, out) == (0, "X-1 现在已取消\n")


def test_sync_and_arbitration_messages_in_chinese(zh, secret_keyring):
    code, out, err = zh("--demo", "sync")
    assert code == 0, err
    assert "个新事件" in out and "个区块）" in err
    assert "正在读取担保交易事件（0/" in err and "已读到区块 " in err and "，要读到 " in err
    assert "Reading" not in err and "Read blocks" not in err
    code, out, err = zh("--demo", "arbitration", "list")
    assert (code, out) == (0, "没有进行中的争议指定本账套的账户为仲裁人\n"), err


def test_wallet_refusal_in_chinese(zh):
    code, _, err = zh("--demo", "wallet", "remove", "nobody", "--yes")
    assert code == 1 and err == "ziliudi: 找不到地址或名称为“nobody”的唯一账户。\n"


def test_an_unexpected_error_is_one_sentence_and_its_traceback_goes_to_the_log(data_dir, capsys,
                                                                              monkeypatch):
    monkeypatch.setattr("desktop.commands.about.about", lambda data_dir: 1 / 0)
    code = main(["--data-dir", str(data_dir), "--lang", "zh_CN", "about"])
    assert code == 1
    assert capsys.readouterr().err == "ziliudi: 出错了（ZeroDivisionError）。详细信息已写入日志。\n"
    CommandLine.use("en")
    assert main(["--data-dir", str(data_dir), "--lang", "en", "about"]) == 1
    assert capsys.readouterr().err == ("ziliudi: Something went wrong (ZeroDivisionError). "
                                       "Details were written to the log.\n")
    log = (data_dir / "logs" / "ziliudi.log").read_text(encoding="utf-8")
    assert log.count("Traceback (most recent call last)") == 2  # once for each run
    assert log.count("ZeroDivisionError: division by zero") == 2


def test_without_a_log_file_the_traceback_is_printed_once(data_dir, capsys, monkeypatch):
    monkeypatch.setattr("desktop.commands.about.about", lambda data_dir: 1 / 0)
    monkeypatch.setattr("desktop.cli.setup_logging", lambda data_dir: None)  # a read-only folder
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if getattr(h, "ziliudi", None) != "file"])
    assert main(["--data-dir", str(data_dir), "--lang", "en", "about"]) == 1
    err = capsys.readouterr().err
    assert err.count("Traceback (most recent call last)") == 1, err
    assert err.endswith("\nziliudi: Something went wrong (ZeroDivisionError).\n"), err


def test_a_gbk_console_shows_prices_accounts_and_a_lots_state_in_words(data_dir):
    """GBK has no ¥: a price reaches a Chinese Windows console (or its pipe) with the
    full-width ￥ instead of stopping the command with an encoding error."""
    shown = shell(data_dir, "--demo", "books", "balance", encoding="gbk")
    assert shown.returncode == 0, shown.stderr.decode("gbk")
    out = shown.stdout.decode("gbk")
    assert "￥" in out and "¥" not in out
    assert "微信支付\t" in out and "Assets:" not in out  # the accounts as the Books page names them
    shown = shell(data_dir, "--demo", "books", "journal", "--limit", "5", encoding="gbk")
    assert shown.returncode == 0, shown.stderr.decode("gbk")
    assert "Escrow" not in shown.stdout.decode("gbk") and "Sale" not in shown.stdout.decode("gbk")
    shown = shell(data_dir, "--demo", "lots", "list", encoding="gbk")
    assert shown.returncode == 0, shown.stderr.decode("gbk")
    first = shown.stdout.decode("gbk").splitlines()[0]
    assert "\t开售中\t" in first and "open" not in first and "T" not in first.split("\t")[2]


def test_books_reports_name_their_columns_and_accounts_in_chinese(data_dir):
    shown = shell(data_dir, "--demo", "books", "sales", "--by", "customer")
    assert shown.returncode == 0, shown.stderr.decode()
    assert shown.stdout.decode().splitlines()[0] == "客户\t销售额\t成本\t毛利"
    shown = shell(data_dir, "--demo", "books", "flows")
    lines = shown.stdout.decode().splitlines()
    assert lines[0].startswith("科目\t") and any(line.startswith("微信支付\t") for line in lines)
