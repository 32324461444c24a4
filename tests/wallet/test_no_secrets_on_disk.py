"""Scan every file the profile wrote: no private key, no phrase, in any form."""

import logging

import pytest
from eth_account import Account

from wallet.transfers import plan_transfer, send_transfer

pytestmark = [pytest.mark.anvil, pytest.mark.keyring]


def _forms_of_key(key: bytes) -> list[bytes]:
    hex_lower = key.hex()
    return [key, hex_lower.encode(), ("0x" + hex_lower).encode(),
            hex_lower.upper().encode(), hex_lower[:32].encode(), hex_lower[32:].encode()]


def _forms_of_phrase(phrase: str) -> list[bytes]:
    words = phrase.split(" ")
    return [phrase.encode("utf-8"), "".join(words).encode("utf-8"),
            " ".join(words[:4]).encode("utf-8"), phrase.encode("utf-16-le")]


def test_profile_files_hold_no_secret(chain_env, tmp_path):
    env = chain_env
    log_file = tmp_path / "wallet.log"
    handler = logging.FileHandler(log_file)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        secrets = []
        shop = env.accounts.reveal_phrase(env.address, env.password)
        secrets += _forms_of_phrase(shop.phrase)
        secrets += _forms_of_key(bytes(Account.from_mnemonic(shop.phrase).key))
        zh = env.accounts.create("中文", "pw2", language="chinese_simplified")
        secrets += _forms_of_phrase(zh.phrase)
        secrets += _forms_of_key(bytes(Account.from_mnemonic(zh.phrase).key))
        raw = Account.create()
        env.accounts.import_private_key("raw", "0x" + raw.key.hex(), "pw3")
        secrets += _forms_of_key(bytes(raw.key))
        # use the keys: unlock, sign, send through the journal
        signer = env.signer()
        signer.sign_message("hello")
        plan = plan_transfer(env.chain, env.address, raw.address, 1_000_000,
                             token=env.token)
        env.journal.wait(env.chain, send_transfer(env.journal, env.chain, signer, plan))
        env.accounts.export_keystore(env.address, env.password)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"book.db", "book.db-wal", "wallet.log"} <= names
    assert (tmp_path / "book.db-wal").stat().st_size > 0
    assert log_file.stat().st_size > 0
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret not in content, f"a secret was found in {path.name}"
    # the keyring entries are encrypted too: no plaintext inside them either
    for address in (env.address, zh.account.address, raw.address):
        for name in (f"account:{address}:keystore", f"account:{address}:phrase"):
            stored = (env.accounts.vault.get(name) or "").encode()
            assert not any(s in stored for s in secrets)
    env.book.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    content = (tmp_path / "book.db").read_bytes()
    assert not any(s in content for s in secrets)
