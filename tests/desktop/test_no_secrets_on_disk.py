"""Keys and phrases never reach the book, its WAL, the logs, the settings or exports."""

import io
import json

from eth_account import Account

from desktop.cli import main

RPC_KEY = "d3adb33fc0ffee0123456789abcdef42"
ANVIL_KEY_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"


def test_every_file_the_profile_wrote_is_free_of_secrets(data_dir, tmp_path, capsys, monkeypatch,
                                                         secret_keyring, ui, qtbot):
    def cli(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--profile", "default", *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    created = json.loads(cli("wallet", "new", "--label", "秘密", "--language", "zh", "--json",
                             "--password-stdin", stdin="pw-1\n"))
    phrase = created["phrase"]
    Account.enable_unaudited_hdwallet_features()
    key = bytes(Account.from_mnemonic(phrase, account_path="m/44'/60'/0'/0/0").key)
    cli("wallet", "import", "--label", "dev", "--key", "--password-stdin", stdin=f"{ANVIL_KEY_1}\npw-2\n")
    cli("wallet", "add-network", "keyed", "--rpc-url-stdin", "--chain-id", "1",
        stdin=f"https://rpc.example.invalid/v3/{RPC_KEY}?apikey={RPC_KEY}2\n")
    # Everything else a user does that writes files: settings, a backup, an export, a failed send.
    ui.ctx.settings.setValue("ui/language", "zh_CN")
    ui.close()
    cli("profile", "backup", "default", str(data_dir / "backup.ziliudi"), "--password-stdin",
        stdin="backup-pw\n")
    cli("lots", "list", "--json")
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong password\n"))
    main(["--data-dir", str(data_dir), "--profile", "default", "wallet", "send", "--from", "dev",
          "--to", "0x" + "11" * 20, "--amount", "1", "--native", "--yes", "--password-stdin"])
    capsys.readouterr()

    secrets = {
        "key hex": key.hex().encode(),
        "key HEX": key.hex().upper().encode(),
        "key bytes": key,
        "imported key": ANVIL_KEY_1[2:].encode(),
        "imported key bytes": bytes.fromhex(ANVIL_KEY_1[2:]),
        "phrase": phrase.encode("utf-8"),
        "phrase without spaces": phrase.replace(" ", "").encode("utf-8"),
        "phrase utf-16": phrase.encode("utf-16-le"),
        "password": b"pw-1\n",
        "backup password": b"backup-pw",
        "RPC URL key": RPC_KEY.encode(),
    }
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"book.db", "settings.ini", "ziliudi.log", "backup.ziliudi"} <= names, names
    found = [(str(p.relative_to(data_dir)), what) for p in files for what, secret in secrets.items()
             if secret in p.read_bytes()]
    assert found == []
