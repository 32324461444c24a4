"""`ziliudi --help` and the usage errors speak the chosen language: every command's help and
argparse's own words (usage, headings, its errors) in Chinese under --lang zh_CN, English as
argparse prints it under --lang en, and a console that cannot show a character gets "?"."""

import argparse
import gettext

import pytest

from desktop import cli
from desktop.cli import build_parser, main
from desktop.i18n import CommandLine
from tests.desktop.test_cli_language import shell


@pytest.fixture
def english_after():
    yield
    CommandLine.use("en")


def helps(parser: argparse.ArgumentParser, path: str = "ziliudi") -> dict[tuple[str, str], str]:
    """{(command, argument or subcommand): help} of every action of parser and its subcommands;
    laying each parser's help out on the way, so a translation that breaks argparse's
    %-formatting fails here."""
    parser.format_help()
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[(path, choice.dest)] = choice.help
            for name, sub in action.choices.items():
                found.update(helps(sub, f"{path} {name}"))
        elif action.help not in (None, argparse.SUPPRESS):
            found[(path, "/".join(action.option_strings) or action.dest)] = action.help
    return found


def test_every_help_of_every_command_is_translated(english_after):
    CommandLine.use("en")
    english = helps(build_parser())
    assert CommandLine.use("zh_CN")
    chinese = helps(build_parser())
    assert chinese.keys() == english.keys()
    assert len(english) > 300  # the walk reached the subcommands' arguments
    left = [f"{' '.join(key)}: {text}" for key, text in english.items() if chinese[key] == text]
    assert left == [], "help left in English:\n" + "\n".join(left)
    assert chinese[("ziliudi lots", "list")] == "列出档期及其状态和售罄率"
    assert chinese[("ziliudi lots list", "-h/--help")] == "显示此帮助信息并退出"
    assert chinese[("ziliudi", "--version")] == "显示程序版本号并退出"


def test_lots_help_in_chinese(tmp_path):
    shown = shell(tmp_path, "--lang", "zh_CN", "lots", "--help")
    assert shown.returncode == 0, shown.stderr.decode()
    out = shown.stdout.decode()
    assert out.startswith("用法：ziliudi lots [-h] ACTION ...\n")
    for words in ("\n位置参数:\n", "\n选项:\n", "显示此帮助信息并退出", "列出档期及其状态和售罄率",
                  "签名档期表：导出给分销商，或导入卖家发来的"):
        assert words in out
    assert "usage" not in out and "list the lots" not in out


def test_the_locale_gives_chinese_help(tmp_path):
    out = shell(tmp_path, "--help").stdout.decode()  # LANG=zh_CN.UTF-8, no --lang
    assert out.startswith("用法：ziliudi ") and "你自己的小店" in out
    assert "--data-dir DIR" in out and "$ZILIUDI_DATA_DIR" in out


def usage_error(capsys, *argv) -> str:
    with pytest.raises(SystemExit) as e:
        main(list(argv))
    assert e.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def test_usage_errors_in_chinese(capsys, data_dir, english_after):
    zh = ["--data-dir", str(data_dir), "--lang", "zh_CN"]
    err = usage_error(capsys, *zh, "orders", "ship")
    assert err.startswith("用法：ziliudi orders ship [-h]")
    assert err.endswith("ziliudi orders ship：错误：缺少必需的参数：ORDER, --carrier, --tracking\n")
    err = usage_error(capsys, *zh, "lots", "frob")
    assert "ziliudi lots：错误：参数 ACTION：无效的选择：'frob'（可选值：'list', " in err
    err = usage_error(capsys, *zh, "lots", "list", "--extra")
    assert err.endswith("ziliudi：错误：无法识别的参数：--extra\n")
    err = usage_error(capsys, *zh, "books", "journal", "--limit", "many")
    assert "参数 --limit：无效的 int 值：'many'" in err
    # mistakes in the global options, found before the commands are loaded, are said in Chinese too
    err = usage_error(capsys, *zh, "--profile", "a", "--demo", "lots", "list")
    assert err.endswith("ziliudi：错误：参数 --demo：不能与参数 --profile 同时使用\n")
    err = usage_error(capsys, "--lang", "zh_CN", "--data-dir")
    assert err.endswith("ziliudi：错误：参数 --data-dir：需要一个值\n")


def test_english_is_argparse_s_own(capsys, data_dir, english_after):
    en = ["--data-dir", str(data_dir), "--lang", "en"]
    usage_error(capsys, "--data-dir", str(data_dir), "--lang", "zh_CN", "lots", "frob")
    # Chinese first, then English in the same process: argparse's words are its own again
    err = usage_error(capsys, *en, "orders", "ship")
    assert (argparse._, argparse.ngettext) == (gettext.gettext, gettext.ngettext)
    assert err.startswith("usage: ziliudi orders ship [-h]")
    assert err.endswith("ziliudi orders ship: error: the following arguments are required: "
                        "ORDER, --carrier, --tracking\n")
    err = usage_error(capsys, *en, "lots", "frob")
    assert "error: argument ACTION: invalid choice: 'frob' (choose from 'list', " in err
    with pytest.raises(SystemExit) as e:
        main([*en, "lots", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: ziliudi lots [-h] ACTION ...\n\npositional arguments:\n")
    assert "\noptions:\n  -h, --help    show this help message and exit\n" in out
    assert "    list        list the lots with status and sell-through\n" in out


def test_opening_the_window_chooses_no_language(monkeypatch, data_dir, english_after):
    """The window installs its own translations: the command line's are not read for it."""
    opened = []
    monkeypatch.setattr(cli, "OPEN_WINDOW", lambda ctx, args: opened.append(ctx.lang) or 0)
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    CommandLine.use("en")
    assert main(["--data-dir", str(data_dir), "--lang", "zh_CN"]) == 0
    assert opened == ["zh_CN"]
    assert CommandLine.words is None and argparse._ is gettext.gettext


def test_a_gbk_console_gets_chinese_help_and_a_cp1252_one_english(tmp_path):
    shown = shell(tmp_path, "--lang", "zh_CN", "books", "record", "--help", encoding="gbk")
    assert shown.returncode == 0, shown.stderr.decode("gbk")
    out = shown.stdout.decode("gbk")
    assert out.startswith("用法：ziliudi books record") and "例如 35 或 ￥35.00" in out
    # GBK has no ¥: the English help says ￥ for it rather than stopping with a traceback
    shown = shell(tmp_path, "--lang", "en", "books", "record", "--help", encoding="gbk")
    assert shown.returncode == 0, shown.stderr.decode("gbk")
    assert "e.g. 35 or ￥35.00" in shown.stdout.decode("gbk")
    shown = shell(tmp_path, "--lang", "zh_CN", "--help", encoding="cp1252")
    assert shown.returncode == 0, shown.stderr.decode("cp1252")
    out = shown.stdout.decode("cp1252")
    assert out.startswith("usage: ziliudi ") and "Ziliudi (???): your own storefront" in out
    refused = shell(tmp_path, "--lang", "zh_CN", "lots", "frob", encoding="cp1252")
    assert refused.returncode == 2
    assert "error: argument ACTION: invalid choice: 'frob'" in refused.stderr.decode("cp1252")
