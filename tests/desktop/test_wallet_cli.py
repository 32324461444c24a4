"""`ziliudi wallet ...` against the real keyring and a real anvil node."""

import io
import json
import re
from types import SimpleNamespace

import pytest

from desktop.cli import main

ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
ANVIL_ADDRESS_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


@pytest.fixture
def cli(data_dir, capsys, monkeypatch, secret_keyring):
    created = []

    def run(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--profile", "p", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    from desktop.services.profiles import ProfileStore

    ProfileStore(data_dir).create("p")
    yield run
    # Leave nothing behind in the keyring.
    code, out, _ = run("wallet", "list", "--json")
    for account in json.loads(out)["accounts"]:
        run("wallet", "remove", account["address"], "--yes", "--force")


def test_new_account_with_chinese_words_then_list(cli):
    code, out, err = cli("wallet", "new", "--label", "主账户", "--language", "zh", "--password-stdin",
                         stdin="correct horse\n")
    assert code == 0, err
    address, phrase = out.splitlines()[:2]
    assert address.startswith("0x") and len(phrase.split()) == 12
    assert all("\u4e00" <= ch <= "\u9fff" for ch in phrase.replace(" ", ""))
    code, out, _ = cli("wallet", "list", "--json")
    assert json.loads(out)["accounts"] == [
        {"label": "主账户", "address": address, "backup": "needs_backup", "source": "phrase"}]


def test_import_key_and_refusals(cli):
    code, out, _ = cli("wallet", "import", "--label", "dev", "--key", "--password-stdin", "--json",
                       stdin=f"{ANVIL_KEY_0}\npw\n")
    assert code == 0
    assert json.loads(out)["address"] == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    code, _, err = cli("wallet", "import", "--label", "again", "--key", "--password-stdin",
                       stdin=f"{ANVIL_KEY_0}\npw\n")
    assert code == 1 and "already" in err.lower()
    code, _, err = cli("wallet", "import", "--label", "bad", "--key", "--password-stdin", stdin="0x1234\npw\n")
    assert code == 1 and "not a valid private key" in err


def test_send_on_anvil_with_wrong_then_right_password(cli, anvil):
    cli("wallet", "import", "--label", "dev", "--key", "--password-stdin", stdin=f"{ANVIL_KEY_0}\npw\n")
    assert cli("wallet", "add-network", "anvil", "--rpc-url", anvil.url, "--chain-id", "31337")[0] == 0
    assert cli("wallet", "use-network", "anvil")[0] == 0
    code, _, err = cli("wallet", "send", "--from", "dev", "--to", "0x" + "ab" * 20, "--amount", "1",
                       "--native", "--yes", "--password-stdin", stdin="wrong\n")
    assert code == 1 and "password" in err.lower()
    code, out, err = cli("wallet", "send", "--from", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                         "--to", "0x" + "ab" * 20, "--amount", "1.5", "--native", "--yes",
                         "--password-stdin", "--json", stdin="pw\n")
    assert code == 0, err
    assert json.loads(out)["hash"].startswith("0x")
    code, out, _ = cli("wallet", "balance", "0x" + "ab" * 20, "--json")
    assert json.loads(out)["balances"][0]["native"] == 1_500_000_000_000_000_000
    code, out, _ = cli("wallet", "balance", "0x" + "ab" * 20)
    assert code == 0 and out.endswith("  1.50 ETH\n")


def test_send_refuses_what_is_not_an_amount_before_asking_anything(cli, anvil):
    cli("wallet", "import", "--label", "dev", "--key", "--password-stdin", stdin=f"{ANVIL_KEY_0}\npw\n")
    assert cli("wallet", "add-network", "anvil", "--rpc-url", anvil.url, "--chain-id", "31337")[0] == 0
    for amount, reason in (("1.5 USDT", "“1.5 USDT” is not an amount."),
                           ("0.0000000000000000001", "has more than 18 decimal places."),
                           ("-1", "An amount cannot be negative."),
                           ("1e999999999", "An amount can be at most 1,000,000,000,000,000,000.00 ETH.")):
        code, out, err = cli("wallet", "send", "--network", "anvil", "--from", "dev", "--to",
                             "0x" + "ab" * 20, f"--amount={amount}", "--native", "--yes",
                             "--password-stdin", stdin="pw\n")
        assert (code, out) == (1, "") and reason in err
    # More than the account has: the refusal says the fee it would need, as money.
    code, out, err = cli("wallet", "send", "--network", "anvil", "--from", "dev", "--to",
                         "0x" + "ab" * 20, "--amount=100000000", "--native", "--yes",
                         "--password-stdin", stdin="pw\n")
    assert (code, out) == (1, "") and "Not enough coins for this amount and its network fee" in err
    assert " ETH)." in err


def test_node_down_is_a_refusal(cli, anvil):
    assert cli("wallet", "add-network", "gone", "--rpc-url", anvil.url, "--chain-id", "31337")[0] == 0
    anvil.stop()
    code, out, err = cli("wallet", "balance", "--network", "gone", "--json")
    assert code == 1 and out == "" and err.strip()


def _on_anvil(cli, anvil):
    cli("wallet", "import", "--label", "dev", "--key", "--password-stdin", stdin=f"{ANVIL_KEY_0}\npw\n")
    assert cli("wallet", "add-network", "anvil", "--rpc-url", anvil.url, "--chain-id", "31337")[0] == 0
    assert cli("wallet", "use-network", "anvil")[0] == 0


def _journal(cli) -> list[dict]:
    code, out, err = cli("wallet", "journal", "--json")
    assert code == 0, err
    return json.loads(out)["entries"]


def test_the_same_send_again_needs_again(cli, anvil):
    _on_anvil(cli, anvil)
    send = ("wallet", "send", "--from", "dev", "--to", "0x" + "cd" * 20, "--amount", "0.25",
            "--native", "--yes", "--password-stdin", "--json")
    code, out, err = cli(*send, stdin="pw\n")
    assert code == 0, err
    first = json.loads(out)
    assert first["status"] == "mined"  # the command waits for the receipt
    code, out, err = cli(*send, stdin="pw\n")
    assert (code, out) == (1, "")
    assert "0.25 ETH to 0x" in err and "already sent and confirmed within the last hour" in err
    assert first["hash"] in err and "--again" in err
    code, out, err = cli(*send, "--again", stdin="pw\n")
    assert code == 0, err
    assert [e["status"] for e in _journal(cli)] == ["mined", "mined"]


def test_speed_up_and_cancel_only_what_is_pending(cli, anvil):
    from tests.conftest import rpc

    _on_anvil(cli, anvil)
    code, out, err = cli("wallet", "send", "--from", "dev", "--to", "0x" + "cd" * 20, "--amount", "1",
                         "--native", "--yes", "--password-stdin", "--json", "--no-wait", stdin="pw\n")
    mined = json.loads(out)["hash"]
    code, out, err = cli("wallet", "speed-up", mined, "--yes", "--password-stdin", stdin="pw\n")
    assert code == 1 and "already confirmed" in err
    assert [e["status"] for e in _journal(cli)] == ["mined"]  # nothing added

    rpc(anvil.url, "evm_setAutomine", [False])
    code, out, err = cli("wallet", "send", "--from", "dev", "--to", "0x" + "ef" * 20, "--amount", "1",
                         "--native", "--yes", "--password-stdin", "--json", "--no-wait", stdin="pw\n")
    assert code == 0, err
    pending = json.loads(out)
    assert pending["status"] == "pending"
    code, out, err = cli("wallet", "cancel", pending["hash"], "--yes", "--password-stdin", "--json",
                         stdin="pw\n")
    assert code == 0, err
    cancel = json.loads(out)
    assert (cancel["nonce"], cancel["to"], cancel["status"]) == (pending["nonce"], ANVIL_ADDRESS_0, "pending")
    rpc(anvil.url, "evm_mine")
    assert [(e["hash"], e["status"]) for e in _journal(cli)][1:] == [
        (pending["hash"], "replaced"), (cancel["hash"], "mined")]
    code, out, _ = cli("wallet", "balance", "0x" + "ef" * 20, "--json")
    assert json.loads(out)["balances"][0]["native"] == 0
    code, _, err = cli("wallet", "cancel", "0x" + "00" * 32, "--yes", "--password-stdin", stdin="pw\n")
    assert code == 1 and "The journal has no transaction" in err


def test_send_speed_up_and_cancel_say_what_the_wallet_page_says(cli, anvil):
    """The Wallet page's sentences (desktop.i18n), with the short hash and status; in Chinese
    with --lang zh_CN."""
    from tests.conftest import rpc
    from web3 import Web3

    from desktop.i18n import CommandLine, read_words, replaced_text, transferred_text

    english = lambda _context, text: text  # noqa: E731
    pending = r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: sent, not mined yet\.\n"
    _on_anvil(cli, anvil)
    rpc(anvil.url, "evm_setAutomine", [False])
    to = "0x" + "ef" * 20
    code, out, err = cli("wallet", "send", "--from", "dev", "--to", to, "--amount", "1",
                         "--native", "--yes", "--password-stdin", "--no-wait", stdin="pw\n")
    assert code == 0, err
    sentence = transferred_text("1.00 ETH", Web3.to_checksum_address(to), "anvil", english)
    assert sentence == f"Sent 1.00 ETH to {Web3.to_checksum_address(to)} on anvil."
    assert re.fullmatch(re.escape(sentence) + pending, out), out

    [sent] = _journal(cli)
    code, out, err = cli("wallet", "speed-up", sent["hash"], "--yes", "--password-stdin",
                         stdin="pw\n")
    assert code == 0, err
    entry = SimpleNamespace(description=sent["what"], purpose="")
    assert re.fullmatch(re.escape(replaced_text("speed_up", entry, english)) + pending, out), out

    faster = _journal(cli)[-1]
    try:
        code, out, err = cli("--lang", "zh_CN", "wallet", "cancel", faster["hash"], "--yes",
                             "--password-stdin", stdin="pw\n")
    finally:
        CommandLine.use("en")
    assert code == 0, err
    words = read_words("zh_CN")
    sentence = replaced_text("cancel", SimpleNamespace(description=faster["what"], purpose=""),
                             lambda context, text: words.get((context, text), text))
    assert sentence.startswith("已发送一笔给自己的零额转账，取代“")
    assert re.fullmatch(re.escape(sentence) + r"交易 0x[0-9a-f]{4}…[0-9a-f]{4}：已发出，尚未上链。\n",
                        out), out
