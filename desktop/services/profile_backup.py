"""A profile's whole backup, its restore, and deleting or resetting a profile.

A backup is one file: the book (a consistent copy taken with SQLite's online backup), the
profile's keyring secrets and its pictures (the images folder: lot, avatar and receipt
pictures), encrypted together with AES-256-GCM under a key made from the user's password
with scrypt. Layout: MAGIC, a 4-byte length, a JSON header (the KDF's parameters and the
nonce, all authenticated), then the ciphertext. Inside: a 4-byte length, a JSON manifest
(profile name, secrets, the book's size, each picture's name and size), the book's bytes,
then the pictures' bytes in the manifest's order. A backup of an older version has no sizes
in its manifest: everything after it is the book.

Secrets are only ever in the keyring or inside that ciphertext; a restore decrypts and checks
everything before it writes anything.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.paths import DEMO_PROFILE
from desktop.services.profiles import BOOK_FILE, Profile, ProfileError, ProfileStore, copy_book
from desktop.services import arbitration, storefront
from wallet.core import secret_names as wallet_secret_names
from desktop.services.wallet import SERVICE_PREFIX
from wallet.vault import Vault
from wallet.refusals import NoSecureKeyring
from desktop.services.book import check_profile_book
from desktop.services.wallet import close_sandboxes

MAGIC = b"ZILIUDI-BACKUP\x00\x01"
SUFFIX = ".ziliudi"
#: scrypt cost for new backups: about 128 MB and a fraction of a second, once per backup.
SCRYPT_N = 2**17
_MAX_N, _MAX_R, _MAX_P = 2**20, 16, 4  # a header asking for more is not ours
_HEADER_LIMIT = 4096
#: The most picture bytes one backup carries: the backup is sealed in memory, in one piece.
MAX_PICTURE_BYTES = 512 * 2**20


class BackupRefused(ProfileError):
    pass


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds once opened (in memory only)."""

    name: str
    book: bytes
    secrets: dict[str, str]
    pictures: dict[str, bytes] = field(default_factory=dict)  # file name -> bytes


def secret_names(db) -> list[str]:
    """Every keyring name this book's profile may keep a secret under."""
    return [*wallet_secret_names(db), storefront.KEY_NAME, arbitration.KEY_NAME]


def _book_id(db_or_conn) -> str:
    return db_or_conn.execute("SELECT value FROM book_info WHERE key = 'id'").fetchone()[0]


def profile_vault(book_id: str, backend=None):
    """The keyring vault of the profile whose book has this id (NoSecureKeyring without one)."""
    return Vault(SERVICE_PREFIX + book_id, backend)


def _has_accounts(conn) -> bool:
    return conn.execute("SELECT 1 FROM wallet_accounts LIMIT 1").fetchone() is not None


def _secrets_of(conn, backend=None) -> dict[str, str]:
    """The profile's keyring secrets; none when there is no keyring and no account needs one."""
    try:
        vault = profile_vault(_book_id(conn), backend)
    except NoSecureKeyring:
        if _has_accounts(conn):
            raise
        return {}
    return vault.copy_out(secret_names(conn))


def _check_password(password: str) -> None:
    if not password:
        raise BackupRefused("A backup needs a password.")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def seal(contents: BackupContents, password: str, scrypt_n: int = SCRYPT_N) -> bytes:
    """The backup file's bytes for these contents."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    _check_password(password)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps({"kdf": "scrypt", "n": scrypt_n, "r": 8, "p": 1, "salt": salt.hex(),
                         "cipher": "aes-256-gcm", "nonce": nonce.hex()}).encode()
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    names = sorted(contents.pictures)
    manifest = json.dumps({"name": contents.name, "secrets": contents.secrets,
                           "book_size": len(contents.book),
                           "pictures": [[n, len(contents.pictures[n])] for n in names]}).encode()
    plain = b"".join([struct.pack(">I", len(manifest)), manifest, contents.book,
                      *(contents.pictures[n] for n in names)])
    key = _derive(password, salt, scrypt_n, 8, 1)
    return prefix + AESGCM(key).encrypt(nonce, plain, prefix)


def _damaged(path: Path) -> BackupRefused:
    return BackupRefused("{name} is not a Ziliudi backup, or it is damaged.", name=path.name)


def open_sealed(path: Path, data: bytes, password: str) -> BackupContents:
    """Decrypt and unpack a backup's bytes; refused (nothing written) when the password is
    wrong or the file is damaged."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise _damaged(path)
    (size,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if size > _HEADER_LIMIT or len(data) < start + size:
        raise _damaged(path)
    try:
        header = json.loads(data[start:start + size])
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        salt, nonce = bytes.fromhex(header["salt"]), bytes.fromhex(header["nonce"])
    except (ValueError, KeyError, TypeError):
        raise _damaged(path) from None
    if (header.get("kdf") != "scrypt" or header.get("cipher") != "aes-256-gcm"
            or not 2 <= n <= _MAX_N or n & (n - 1) or not 1 <= r <= _MAX_R or not 1 <= p <= _MAX_P
            or len(nonce) != 12):
        raise _damaged(path)
    _check_password(password)
    prefix = data[:start + size]
    try:
        plain = AESGCM(_derive(password, salt, n, r, p)).decrypt(nonce, data[start + size:], prefix)
    except InvalidTag:
        raise BackupRefused("{name} cannot be opened: the password is wrong or the file is damaged.",
                            name=path.name) from None
    (size,) = struct.unpack(">I", plain[:4])
    manifest = json.loads(plain[4:4 + size])
    body = plain[4 + size:]
    if "book_size" not in manifest:  # an older version's backup: the book and nothing else
        return BackupContents(str(manifest["name"]), body, dict(manifest["secrets"]))
    try:
        book_size = int(manifest["book_size"])
        entries = [(str(n), int(k)) for n, k in manifest["pictures"]]
    except (ValueError, KeyError, TypeError):
        raise _damaged(path) from None
    for name, _size in entries:
        if not _plain_file_name(name):
            raise BackupRefused("{name} holds a picture named “{entry}”, which is not a plain file "
                                "name inside the profile's folder; nothing was restored.",
                                name=path.name, entry=name)
    if (book_size < 0 or any(k < 0 for _, k in entries) or len({n for n, _ in entries}) != len(entries)
            or book_size + sum(k for _, k in entries) != len(body)):
        raise _damaged(path)
    pictures, at = {}, book_size
    for name, k in entries:
        pictures[name] = body[at:at + k]
        at += k
    return BackupContents(str(manifest["name"]), body[:book_size], dict(manifest["secrets"]),
                          pictures)


def _plain_file_name(name: str) -> bool:
    """A name that stays inside the folder it is joined to: no separator, no drive, not . or
    .., no NUL; anything else in a backup is hostile."""
    return (bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name
            and ":" not in name and "\0" not in name and Path(name).name == name
            and not Path(name).is_absolute())


def _pictures_of(profile: Profile) -> dict[str, bytes]:
    """The files of the profile's images folder (links and folders in it are left out);
    refused when together they are more than a backup carries."""
    folder = profile.images_folder
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink()) \
        if folder.is_dir() else []
    total = sum(p.stat().st_size for p in files)
    if total > MAX_PICTURE_BYTES:
        raise BackupRefused("The profile's pictures come to {size} MB, more than a backup carries "
                            "({limit} MB); remove pictures it no longer needs and try again.",
                            size=-(-total // 2**20), limit=MAX_PICTURE_BYTES // 2**20)
    return {p.name: p.read_bytes() for p in files}


def _write_pictures(profile: Profile, pictures: dict[str, bytes]) -> None:
    """Put a backup's pictures into the restored profile's images folder (names checked when
    the backup was opened)."""
    if not pictures:
        return
    folder = profile.images_folder
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in pictures.items():
        partial = folder / (name + ".partial")
        partial.write_bytes(data)
        os.replace(partial, folder / name)


def backup(store: ProfileStore, name: str, dest: Path, password: str, *, backend=None,
           scrypt_n: int = SCRYPT_N) -> Path:
    """Write profile `name`'s backup (book, keyring secrets and pictures, encrypted) to dest, or
    into a dated file when dest is a folder. Safe while the app works on the book."""
    _check_password(password)
    profile = store.get(name)
    pictures = _pictures_of(profile)  # too many: refused before the book is copied
    dest = Path(dest).expanduser().resolve()
    if dest.is_dir():
        dest = dest / f"{profile.name}-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}{SUFFIX}"
    with tempfile.TemporaryDirectory(prefix="ziliudi-backup-") as tmp:
        copy = Path(tmp) / BOOK_FILE
        copy_book(profile.book_path, copy)
        conn = sqlite3.connect(copy)
        try:
            secrets = _secrets_of(conn, backend)
        finally:
            conn.close()
        sealed = seal(BackupContents(profile.name, copy.read_bytes(), secrets, pictures),
                      password, scrypt_n)
    partial = dest.with_name(dest.name + ".partial")
    partial.write_bytes(sealed)
    os.replace(partial, dest)
    return dest


def is_encrypted(path: Path) -> bool:
    """True for a backup made by backup(); anything else is taken for a plain book (the backups
    of older versions), which the restore checks as such."""
    with open(path, "rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def backup_file(path: Path) -> Path:
    """The backup file at path (relative to the working folder), refused when there is none."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise ProfileError("There is no backup file at {path}.", path=str(path))
    return path


def restore(store: ProfileStore, path: Path, password: str | None, name: str | None = None,
            replace: bool = False, *, backend=None) -> Profile:
    """Make profile `name` (default: the name in the backup) from a backup file: its book, its
    keyring secrets and its pictures. Everything is checked before anything is written. A plain book (a
    backup of an older version) needs no password and brings no secrets."""
    path = backup_file(path)
    if not is_encrypted(path):
        return store.restore(path, name or path.stem, replace=replace)
    contents = open_sealed(path, path.read_bytes(), password or "")
    with tempfile.TemporaryDirectory(prefix="ziliudi-restore-") as tmp:
        book = Path(tmp) / BOOK_FILE
        book.write_bytes(contents.book)
        check_profile_book(book)
        target = name or contents.name
        if store.exists(target) and not replace:
            raise ProfileError(
                "A profile named “{name}” already exists; choose another name or replace it.",
                name=target)
        if contents.secrets:
            conn = sqlite3.connect(book)
            try:
                vault = profile_vault(_book_id(conn), backend)
            finally:
                conn.close()
            vault.copy_in(contents.secrets)
        profile = store.restore(book, target, replace=replace)
        _write_pictures(profile, contents.pictures)
        return profile


def delete(store: ProfileStore, name: str, *, backend=None) -> None:
    """Remove a profile's folder and its keyring entries (kept while another profile, a
    restored copy, shares the book's id and so its entries)."""
    profile = store.get(name)
    conn = sqlite3.connect(f"{profile.book_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        book_id = _book_id(conn)
        names = secret_names(conn)
    finally:
        conn.close()
    shared = False
    for other in store.list():
        if other.name != profile.name:
            other_conn = sqlite3.connect(f"{other.book_path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                shared = shared or _book_id(other_conn) == book_id
            finally:
                other_conn.close()
    if not shared:
        try:
            vault = profile_vault(book_id, backend)
        except NoSecureKeyring:
            vault = None  # no keyring on this computer: nothing of it can be in one
        for entry in names if vault is not None else ():
            vault.delete(entry)
    close_sandboxes(profile.folder)
    shutil.rmtree(profile.folder)


def reset_demo(store: ProfileStore, *, backend=None) -> Profile:
    """Delete the demo profile (if any) and make it afresh."""
    if store.exists(DEMO_PROFILE):
        delete(store, DEMO_PROFILE, backend=backend)
    store.open_demo().close()
    return store.get(DEMO_PROFILE)
