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


def _pictures(store, name="shop") -> dict[str, bytes]:
    folder = store.get(name).images_folder
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    return {p.name: p.read_bytes() for p in files if p.is_file()}


def test_a_backup_carries_the_pictures_and_restores_them_byte_for_byte(shop, tmp_path):
    import os

    store, vault, pem = shop
    folder = store.get("shop").images_folder
    folder.mkdir(parents=True, exist_ok=True)
    kept = {"a" * 64 + ".jpg": os.urandom(70_000), "b" * 64 + ".png": bytes(range(256)) * 3,
            "receipt-notes.txt": "收据".encode()}
    for name, data in kept.items():
        (folder / name).write_bytes(data)
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.jpg").write_bytes(b"not carried: only the folder's own files")
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(b"a link's target stays where it is")
    (folder / "link.jpg").symlink_to(outside)
    file = profile_backup.backup(store, "shop", tmp_path / "b.ziliudi", "pw", scrypt_n=N)
    assert kept["a" * 64 + ".jpg"][:4096] not in file.read_bytes()

    profile_backup.delete(store, "shop")
    restored = profile_backup.restore(store, file, "pw", "again")
    assert _pictures(store, "again") == kept
    assert not (restored.images_folder / "sub").exists()
    assert not (restored.images_folder / "link.jpg").exists()
    assert vault.get(storefront.KEY_NAME) == pem


@pytest.mark.parametrize("entry", ["../x.jpg", "/tmp/ziliudi-hostile.jpg", "sub/x.jpg",
                                   "..", "C:x.jpg", "..\\x.jpg", ""])
def test_a_picture_named_outside_the_folder_is_refused_and_nothing_is_written(
        shop, tmp_path, entry):
    from pathlib import Path

    store, vault, pem = shop
    good = profile_backup.backup(store, "shop", tmp_path / "b.ziliudi", "pw", scrypt_n=N)
    contents = profile_backup.open_sealed(good, good.read_bytes(), "pw")
    hostile = tmp_path / "hostile.ziliudi"
    hostile.write_bytes(profile_backup.seal(
        profile_backup.BackupContents(contents.name, contents.book, contents.secrets,
                                      {"c" * 64 + ".jpg": b"fine", entry: b"hostile"}),
        "pw", scrypt_n=N))
    book = store.get("shop").book_path
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    with pytest.raises(BackupRefused, match="not a plain file name"):
        profile_backup.restore(store, hostile, "pw", "shop", replace=True)
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    assert not (book.parent / "book.db.before-restore").exists() and _pictures(store) == {}
    profile_backup.delete(store, "shop")
    with pytest.raises(BackupRefused) as refused:
        profile_backup.restore(store, hostile, "pw", "taken-over")
    assert str(refused.value) == (f"hostile.ziliudi holds a picture named “{entry}”, which is "
                                  "not a plain file name inside the profile's folder; nothing "
                                  "was restored.")
    assert store.list() == [] and vault.get(storefront.KEY_NAME) is None
    assert not (store.root / "x.jpg").exists() and not Path("/tmp/ziliudi-hostile.jpg").exists()
    assert not (tmp_path / "x.jpg").exists()


def test_an_encrypted_backup_of_the_older_layout_still_restores(shop, tmp_path):
    """Backups made before pictures were carried: the manifest has no sizes and the book
    runs to the end."""
    import json
    import os
    import struct

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    store, vault, pem = shop
    file = profile_backup.backup(store, "shop", tmp_path / "b.ziliudi", "pw", scrypt_n=N)
    contents = profile_backup.open_sealed(file, file.read_bytes(), "pw")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps({"kdf": "scrypt", "n": N, "r": 8, "p": 1, "salt": salt.hex(),
                         "cipher": "aes-256-gcm", "nonce": nonce.hex()}).encode()
    prefix = profile_backup.MAGIC + struct.pack(">I", len(header)) + header
    manifest = json.dumps({"name": "shop", "secrets": contents.secrets}).encode()
    plain = struct.pack(">I", len(manifest)) + manifest + contents.book
    key = profile_backup._derive("pw", salt, N, 8, 1)
    old = tmp_path / "old.ziliudi"
    old.write_bytes(prefix + AESGCM(key).encrypt(nonce, plain, prefix))
    profile_backup.delete(store, "shop")
    profile_backup.restore(store, old, "pw")
    db = store.open("shop")
    try:
        assert db["book_info"].get("marker")["value"] == "kept"
    finally:
        db.close()
    assert vault.get(storefront.KEY_NAME) == pem and _pictures(store) == {}


def test_too_many_picture_bytes_are_refused_before_anything_is_written(shop, tmp_path,
                                                                       monkeypatch):
    store, vault, pem = shop
    folder = store.get("shop").images_folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("d" * 64 + ".jpg")).write_bytes(b"\x01" * (3 * 2**20 + 1))
    monkeypatch.setattr(profile_backup, "MAX_PICTURE_BYTES", 2 * 2**20)
    with pytest.raises(BackupRefused) as refused:
        profile_backup.backup(store, "shop", tmp_path / "b.ziliudi", "pw", scrypt_n=N)
    assert str(refused.value) == ("The profile's pictures come to 4 MB, more than a backup "
                                  "carries (2 MB); remove pictures it no longer needs and try "
                                  "again.")
    assert not (tmp_path / "b.ziliudi").exists()
    assert not (tmp_path / "b.ziliudi.partial").exists()
