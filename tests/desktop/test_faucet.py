"""Test money on the demo's Sandbox: the Wallet page's button and `wallet faucet` say what
they gave; elsewhere both are refused with the same sentence."""

import io
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.cli import main


def test_the_faucet_button_says_what_it_gave(ui, qtbot, secret_keyring):
    ui.open_profile("demo")
    ui.show_page("wallet")
    page = ui.page("wallet")
    qtbot.waitUntil(lambda: page.accounts.rowCount() > 0, timeout=20_000)
    page.accounts.selectRow(0)
    address = page.selected_address()
    assert page.buttons["faucet"].isVisible() and page.buttons["faucet"].isEnabled()
    qtbot.mouseClick(page.buttons["faucet"], Qt.MouseButton.LeftButton)

    def notice():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                     and w.objectName() == "notice" and w.isVisible()), None)
    qtbot.waitUntil(lambda: notice() is not None, timeout=20_000)
    text = notice().text()
    assert address in text and "10.00 ETH" in text and "1,000.00 dCNY" in text
    notice().close()


def test_wallet_faucet_gives_test_money_on_the_sandbox_only(data_dir, capsys, monkeypatch,
                                                           secret_keyring):
    def cli(*argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code = main(["--data-dir", str(data_dir), "--demo", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = cli("wallet", "list", "--json")
    address = json.loads(out)["accounts"][0]["address"]
    code, out, _ = cli("wallet", "balance", address, "--json")
    before = json.loads(out)["balances"][0]
    code, out, _ = cli("wallet", "faucet", address, "--json")
    given = json.loads(out)
    assert code == 0 and given["native"] == 10 * 10**18 and given["token"] == "dCNY"
    code, out, _ = cli("wallet", "balance", address, "--json")
    after = json.loads(out)["balances"][0]
    assert after["native"] == before["native"] + given["native"]
    assert after["token_amount"] == before["token_amount"] + given["token_amount"]
    code, out, _ = cli("wallet", "faucet", address)
    assert code == 0 and "got 10.00 ETH and 1,000.00 dCNY" in out
    assert cli("wallet", "add-network", "elsewhere", "--rpc-url", "http://127.0.0.1:9",
               "--chain-id", "1")[0] == 0
    assert cli("wallet", "use-network", "elsewhere")[0] == 0
    code, _, err = cli("wallet", "faucet", address)
    assert code == 1 and "only on the Sandbox" in err
