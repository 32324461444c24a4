"""Accounts: create, back up, import, unlock and lock, export, remove."""

import json

import pytest
from eth_account import Account

from wallet.accounts import (Accounts, answers_match, check_phrase, new_phrase,
                             pick_confirmation_positions)
from wallet.refusals import (
    AccountExists,
    AccountLocked,
    InvalidPhrase,
    KeyMissing,
    NotBackedUp,
    UnknownAccount,
    WrongPassword,
)
from wallet.signer import recover_message

pytestmark = pytest.mark.keyring
PW = "correct horse"


def _answers(reveal, positions):
    return {p: reveal.words[p - 1] for p in positions}


def test_create_needs_backup_until_confirmed(accounts):
    new = accounts.create("Main", PW)
    assert len(new.phrase.split()) == 12
    assert new.account.needs_backup
    assert "phrase" not in repr(new.reveal) or new.phrase not in repr(new)
    positions = pick_confirmation_positions(12)
    assert len(set(positions)) == 3 and all(1 <= p <= 12 for p in positions)
    wrong = {p: "zoo" if new.reveal.words[p - 1] != "zoo" else "abandon" for p in positions}
    assert not accounts.confirm_backup(new.reveal, wrong)
    assert accounts.get(new.account.address).needs_backup
    assert accounts.confirm_backup(new.reveal, _answers(new.reveal, positions))
    assert accounts.get(new.account.address).backup_state == "backed_up"


def test_a_phrase_made_and_checked_before_its_account(accounts):
    """The first run shows a phrase and checks its words before there is a book to keep it."""
    phrase = new_phrase(12, "chinese_simplified")
    words = phrase.split(" ")
    assert len(words) == 12 and check_phrase(phrase) == (phrase, "chinese_simplified")
    right = {1: words[0], 6: words[5], 12: " " + words[11].upper()}
    assert answers_match(words, right)
    assert not answers_match(words, {1: words[0], 6: words[5]})  # too few
    assert not answers_match(words, {**right, 13: "x"})  # no 13th word
    assert not answers_match(words, {**right, 6: words[6] if words[6] != words[5] else "x"})
    new = accounts.create("Main", PW, phrase=phrase)
    assert (new.phrase, new.account.phrase_language) == (phrase, "chinese_simplified")
    assert Account.from_mnemonic(phrase).address == new.account.address
    assert accounts.confirm_backup(new.reveal, right)
    with pytest.raises(InvalidPhrase, match="checksum"):
        accounts.create("Other", PW, phrase=" ".join(["abandon"] * 12))  # "… about" is right
    with pytest.raises(InvalidPhrase):
        new_phrase(13)


def test_confirm_after_restart_reveals_with_password(accounts, book, vault):
    new = accounts.create("Main", PW, words=24)
    assert len(new.reveal.words) == 24
    again = Accounts(book, vault)
    with pytest.raises(WrongPassword):
        again.reveal_phrase(new.account.address, "nope")
    reveal = again.reveal_phrase(new.account.address, PW)
    assert reveal.phrase == new.phrase
    assert again.confirm_backup(reveal, _answers(reveal, [1, 12, 24]))


def test_chinese_phrase_round_trip(accounts, book, vault):
    new = accounts.create("中文", PW, language="chinese_simplified")
    words = new.reveal.words
    assert len(words) == 12 and all(len(w) == 1 and ord(w) >= 0x4E00 for w in words)
    address = new.account.address
    assert new.account.phrase_language == "chinese_simplified"
    assert Account.from_mnemonic(new.phrase).address == address
    # re-import on another book, typed without spaces
    with pytest.raises(NotBackedUp, match="never confirmed"):
        accounts.remove(address)
    accounts.remove(address, force=True)
    imported = accounts.import_phrase("again", "".join(words), PW)
    assert imported.address == address
    assert imported.phrase_language == "chinese_simplified"
    assert accounts.reveal_phrase(address, PW).phrase == new.phrase


def test_import_phrase_with_index(accounts):
    phrase = "test test test test test test test test test test test junk"
    a0 = accounts.import_phrase("dev 0", phrase, PW)
    a3 = accounts.import_phrase("dev 3", phrase, PW, index=3)
    assert a0.address == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert a3.address == Account.from_mnemonic(phrase, account_path="m/44'/60'/0'/0/3").address
    assert a3.derivation_path == "m/44'/60'/0'/0/3" and a3.derivation_index == 3
    assert not a3.needs_backup
    with pytest.raises(AccountExists):
        accounts.import_phrase("dup", phrase, PW)
    assert [a.label for a in accounts.list()] == ["dev 0", "dev 3"]


def test_bad_phrases_are_explained(accounts):
    with pytest.raises(InvalidPhrase, match="12, 15, 18, 21 or 24"):
        check_phrase("abandon abandon")
    with pytest.raises(InvalidPhrase, match="checksum"):
        check_phrase(" ".join(["abandon"] * 12))
    with pytest.raises(InvalidPhrase, match="spelling"):
        check_phrase(" ".join(["abandonx"] * 12))


def test_import_key_and_keystore(accounts):
    key = Account.create()
    a = accounts.import_private_key("hot", key.key.hex(), PW)  # no 0x
    assert a.address == key.address and a.source == "key"
    other = Account.create()
    keystore = json.dumps(Account.encrypt(other.key, "file pw", iterations=2**10))
    with pytest.raises(WrongPassword):
        accounts.import_keystore("file", keystore, "bad")
    b = accounts.import_keystore("file", keystore, "file pw", password=PW)
    assert b.address == other.address
    signer = accounts.unlock(b.address, PW)
    assert signer.address == other.address
    exported = accounts.export_keystore(b.address, PW)
    assert bytes(Account.decrypt(exported, PW)) == bytes(other.key)
    with pytest.raises(WrongPassword):
        accounts.export_keystore(b.address, "file pw")


def test_unlock_sign_and_idle_lock(accounts):
    a = accounts.import_private_key("hot", Account.create().key, PW)
    with pytest.raises(WrongPassword):
        accounts.unlock(a.address, "wrong")
    now = [1000.0]
    signer = accounts.unlock(a.address, PW, idle_lock_seconds=60, clock=lambda: now[0])
    sig = signer.sign_message("hello")
    assert recover_message("hello", sig) == a.address
    now[0] += 59
    signer.sign_message("still")  # use resets the idle timer
    now[0] += 59
    assert not signer.is_locked
    now[0] += 61
    assert signer.is_locked
    with pytest.raises(AccountLocked):
        signer.sign_message("late")
    again = accounts.unlock(a.address, PW)
    again.lock()
    with pytest.raises(AccountLocked):
        again.sign_message("x")


def test_remove_and_missing_keyring_entry(accounts, vault):
    a = accounts.import_private_key("gone", Account.create().key, PW)
    vault.delete(f"account:{a.address}:keystore")  # deleted behind our back
    with pytest.raises(KeyMissing, match="missing from the system keyring"):
        accounts.unlock(a.address, PW)
    accounts.remove(a.address)
    assert accounts.list() == []
    with pytest.raises(UnknownAccount):
        accounts.get(a.address)


def test_rename(accounts):
    a = accounts.import_private_key("old", Account.create().key, PW)
    assert accounts.rename(a.address.lower(), "new").label == "new"
