"""A profile's encrypted backup (book and keyring secrets), its restore, delete and reset."""

import hashlib
import io
import sqlite3

import pytest
from eth_account import Account

from desktop.cli import main
from desktop.services import profile_backup, storefront
from desktop.services.demo import DEMO_SELLER_KEY
from desktop.services.profile_backup import BackupRefused
from desktop.services.profiles import ProfileError, ProfileStore
from desktop.services.wallet import SERVICE_PREFIX
from shop.storefront.notes import new_key_pair
from wallet.core import WalletCore
from wallet.vault import Vault

pytestmark = pytest.mark.keyring
KEY = "0x" + "4b" * 32
N = 2**12  # a low KDF cost: these tests are about the format, not the cost


def _book_id(store, name):
    conn = sqlite3.connect(store.get(name).book_path)
    try:
        return conn.execute("SELECT value FROM book_info WHERE key = 'id'").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def shop(data_dir, secret_keyring):
    """A profile with an account, a delivery key and a marker row; its keyring entries are
    removed afterwards."""
    store = ProfileStore(data_dir)
    store.create("shop")
    db = store.open("shop")
    book_id = _book_id(store, "shop")
    vault = Vault(SERVICE_PREFIX + book_id)
    try:
        WalletCore(db, SERVICE_PREFIX + book_id, scrypt_n=2**12).accounts.import_private_key(
            "seller", KEY, "pw")
        pem, _public = new_key_pair()
        vault.put(storefront.KEY_NAME, pem)
        with db.atomic():
            db["book_info"].insert({"key": "marker", "value": "kept"})
    finally:
        db.close()
    yield store, vault, pem
    for name in [*Vault.account_entry_names(Account.from_key(KEY).address), storefront.KEY_NAME]:
        vault.delete(name)


def test_backup_restores_book_and_keys_on_a_fresh_computer(shop, tmp_path):
    store, vault, pem = shop
    address = Account.from_key(KEY).address
    keystore = vault.get(f"account:{address}:keystore")
    file = profile_backup.backup(store, "shop", tmp_path, "backup pw", scrypt_n=N)
    assert file.parent == tmp_path and file.name.startswith("shop-") and file.suffix == ".ziliudi"
    data = file.read_bytes()
    assert pem.encode() not in data and keystore.encode() not in data and b"marker" not in data

    # A new computer: no profile, nothing in the keyring.
    profile_backup.delete(store, "shop")
    assert vault.get(storefront.KEY_NAME) is None and not store.exists("shop")
    profile_backup.restore(store, file, "backup pw")
    assert vault.get(storefront.KEY_NAME) == pem
    assert vault.get(f"account:{address}:keystore") == keystore
    db = store.open("shop")
    try:
        assert db["book_info"].get("marker")["value"] == "kept"
        assert vault.decrypt_key(address, "pw") == bytes.fromhex(KEY[2:])
    finally:
        db.close()


def test_wrong_password_or_damage_touches_nothing(shop, tmp_path):
    store, vault, pem = shop
    file = profile_backup.backup(store, "shop", tmp_path / "b.ziliudi", "right", scrypt_n=N)
    profile_backup.delete(store, "shop")
    with pytest.raises(BackupRefused, match="password is wrong"):
        profile_backup.restore(store, file, "wrong")
    damaged = tmp_path / "d.ziliudi"
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupRefused, match="damaged"):
        profile_backup.restore(store, damaged, "right")
    truncated = tmp_path / "t.ziliudi"
    truncated.write_bytes(bytes(data[:20]))
    with pytest.raises(BackupRefused, match="not a Ziliudi backup"):
        profile_backup.restore(store, truncated, "right")
    assert store.list() == [] and vault.get(storefront.KEY_NAME) is None


def test_restore_refuses_a_taken_name_before_writing_keys(shop, tmp_path):
    store, vault, pem = shop
    file = profile_backup.backup(store, "shop", tmp_path / "b.ziliudi", "pw", scrypt_n=N)
    vault.delete(storefront.KEY_NAME)
    with pytest.raises(ProfileError, match="already exists"):
        profile_backup.restore(store, file, "pw")
    assert vault.get(storefront.KEY_NAME) is None


def test_delete_keeps_keys_a_restored_copy_shares(shop, tmp_path):
    store, vault, pem = shop
    file = profile_backup.backup(store, "shop", tmp_path / "b.ziliudi", "pw", scrypt_n=N)
    profile_backup.restore(store, file, "pw", "copy")
    profile_backup.delete(store, "copy")
    assert vault.get(storefront.KEY_NAME) == pem and not store.exists("copy")
    profile_backup.delete(store, "shop")
    assert vault.get(storefront.KEY_NAME) is None and store.list() == []


def _cli(capsys, monkeypatch, data_dir, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_restore_with_relative_paths_delete_and_reset(shop, data_dir, tmp_path,
                                                                 capsys, monkeypatch):
    store, vault, pem = shop
    monkeypatch.setattr(profile_backup, "SCRYPT_N", N)
    monkeypatch.chdir(tmp_path)
    code, out, err = _cli(capsys, monkeypatch, data_dir, "--profile", "shop", "profile", "backup",
                          "b.ziliudi", "--password-stdin", stdin="pw\n")
    assert code == 0, err
    assert (tmp_path / "b.ziliudi").is_file()
    code, _, err = _cli(capsys, monkeypatch, data_dir, "profile", "restore", "b.ziliudi", "二",
                        "--password-stdin", stdin="nope\n")
    assert code == 1 and "password is wrong" in err and not store.exists("二")
    code, _, err = _cli(capsys, monkeypatch, data_dir, "profile", "restore", "b.ziliudi", "二",
                        "--password-stdin", stdin="pw\n")
    assert code == 0, err
    code, _, err = _cli(capsys, monkeypatch, data_dir, "profile", "delete", "二")
    assert code == 1 and "--yes" in err and store.exists("二")
    code, _, err = _cli(capsys, monkeypatch, data_dir, "profile", "delete", "二", "--yes")
    assert code == 0, err
    assert not store.exists("二") and not (store.root / "二").exists()
    assert vault.get(storefront.KEY_NAME) == pem  # "shop" still uses it

    code, _, err = _cli(capsys, monkeypatch, data_dir, "profile", "reset", "--demo")
    assert code == 0, err
    first = _book_id(store, "demo")
    code, _, err = _cli(capsys, monkeypatch, data_dir, "profile", "reset", "--demo")
    assert code == 0, err
    assert _book_id(store, "demo") != first
    seller = Account.from_key(DEMO_SELLER_KEY).address
    assert Vault(SERVICE_PREFIX + first).get(f"account:{seller}:keystore") is None
    assert Vault(SERVICE_PREFIX + _book_id(store, "demo")).get(f"account:{seller}:keystore")
    profile_backup.delete(store, "demo")


def test_a_plain_book_from_an_older_version_restores_without_a_password(data_dir, tmp_path):
    from desktop.services.profiles import copy_book

    store = ProfileStore(data_dir)
    store.create("old")
    copy_book(store.get("old").book_path, tmp_path / "old.ziliudi")
    before = hashlib.sha256((tmp_path / "old.ziliudi").read_bytes()).hexdigest()
    profile_backup.restore(store, tmp_path / "old.ziliudi", None, "again")
    assert store.exists("again")
    assert hashlib.sha256((tmp_path / "old.ziliudi").read_bytes()).hexdigest() == before
