"""Accounts of a profile: create, import, back up, unlock, export, remove.

The book keeps address, label, derivation info and backup state; the key
(and phrase) go to the Vault. A new phrase is handed out once, in a
RevealedPhrase, and the account stays needs_backup until confirm_backup()
gets the right words back.
"""

from __future__ import annotations

import json
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

from wallet.refusals import (
    AccountExists,
    InvalidKey,
    InvalidPhrase,
    NotBackedUp,
    PasswordRequired,
    UnknownAccount,
    WrongPassword,
)
from wallet.signer import UnlockedSigner
from wallet.vault import Vault

#: Word lists offered for new phrases (imports detect any BIP-39 list).
LANGUAGES = ("english", "chinese_simplified")  # eth_account.types.Language values
WORD_COUNTS = (12, 24)
DEFAULT_IDLE_LOCK_SECONDS = 300


def derivation_path(index: int) -> str:
    """The standard Ethereum path for account number index: m/44'/60'/0'/0/{index}."""
    if index < 0 or index >= 2**31:
        raise InvalidPhrase("The account number must be between 0 and 2147483647.")
    return f"m/44'/60'/0'/0/{index}"


@dataclass(frozen=True)
class AccountInfo:
    """An account as the book knows it: no secrets."""

    address: str
    label: str
    source: str  # "phrase" | "key" | "keystore"
    backup_state: str  # "needs_backup" | "backed_up" | "imported"
    has_phrase: bool
    derivation_path: str | None
    derivation_index: int | None
    phrase_language: str | None
    phrase_words: int | None
    created_at: int

    @property
    def needs_backup(self) -> bool:
        """True until the user has proven they wrote the phrase down."""
        return self.backup_state == "needs_backup"


@dataclass(frozen=True)
class RevealedPhrase:
    """A recovery phrase shown to the user; keep it only as long as the screen shows it."""

    address: str
    phrase: str = field(repr=False)

    @property
    def words(self) -> list[str]:
        """The phrase's words in order."""
        return self.phrase.split(" ")


@dataclass(frozen=True)
class NewAccount:
    """The result of create(): the account and its phrase, shown once."""

    account: AccountInfo
    reveal: RevealedPhrase

    @property
    def phrase(self) -> str:
        """The new recovery phrase."""
        return self.reveal.phrase


def normalize_phrase(text: str) -> str:
    """Tidy typed words: NFKD, single spaces, lower case; split unspaced Chinese."""
    text = unicodedata.normalize("NFKD", text).strip().lower()
    text = " ".join(text.replace("\u3000", " ").split())
    if " " not in text and text and all(ord(ch) > 0x2E80 for ch in text):
        text = " ".join(text)  # 中文助记词 typed without spaces: one character per word
    return text


def check_phrase(text: str) -> tuple[str, str]:
    """(normalized phrase, language name), or InvalidPhrase with what is wrong."""
    from eth_account.hdaccount.mnemonic import Mnemonic
    from eth_account.types import Language

    phrase = normalize_phrase(text)
    words = phrase.split(" ") if phrase else []
    if len(words) not in (12, 15, 18, 21, 24):
        raise InvalidPhrase(
            "A recovery phrase has 12, 15, 18, 21 or 24 words; this one has {count}.",
            count=len(words),
        )
    preferred = [Language.ENGLISH, Language.CHINESE_SIMPLIFIED]
    others = [lang for lang in Mnemonic.list_languages_enum() if lang not in preferred]
    spelled = False
    for language in preferred + others:
        mnemonic = Mnemonic(language)
        expanded = mnemonic.expand(phrase)
        if not all(w in mnemonic.wordlist for w in expanded.split(" ")):
            continue
        spelled = True
        if mnemonic.is_mnemonic_valid(expanded):
            return expanded, language.value
    if not spelled:
        raise InvalidPhrase("Some words are not in any BIP-39 word list; check the spelling.")
    raise InvalidPhrase(
        "The words are valid but their checksum is not: a word is wrong or the order "
        "is mixed up."
    )


def purpose_secret(phrase: str, purpose: bytes, length: int = 48) -> bytes:
    """Bytes for one purpose other than an Ethereum account (e.g. the store's delivery key),
    derived from a phrase's BIP-39 seed with HKDF-SHA256, the purpose string as HKDF's info.

    HKDF rather than a BIP-32 path: BIP-32 children are secp256k1 scalars made for wallet
    paths, while these secrets feed other curves (P-256) and formats; HKDF with a purpose
    string keeps each use apart from every account path and from each other, and it is the
    same on every platform. The seed and the phrase stay in memory here; only the result
    (for the keyring) leaves.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from eth_account.hdaccount.mnemonic import Mnemonic

    phrase, _language = check_phrase(phrase)
    seed = Mnemonic.to_seed(phrase)
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=b"ziliudi purpose secret",
                info=purpose).derive(seed)


def new_phrase(words: int = 12, language: str = "english") -> str:
    """A fresh recovery phrase of `words` words from a word list of LANGUAGES; nothing is kept."""
    from eth_account.hdaccount.mnemonic import Mnemonic
    from eth_account.types import Language

    if words not in WORD_COUNTS:
        raise InvalidPhrase("A new phrase has 12 or 24 words.")
    if language not in LANGUAGES:
        raise InvalidPhrase("Unknown word list {language!r}.", language=language)
    return Mnemonic(Language(language)).generate(words)


def answers_match(words: list[str], answers: dict[int, str]) -> bool:
    """Whether the words typed at 1-based positions are the phrase's (at least three answers,
    fewer when the phrase is shorter), however they were spaced or cased."""
    if len(answers) < min(3, len(words)):
        return False
    return all(1 <= position <= len(words)
               and normalize_phrase(answer) == normalize_phrase(words[position - 1])
               for position, answer in answers.items())


def pick_confirmation_positions(n_words: int, count: int = 3) -> list[int]:
    """count distinct 1-based word positions, sorted, to ask the user for."""
    chosen = set()
    while len(chosen) < min(count, n_words):
        chosen.add(secrets.randbelow(n_words) + 1)
    return sorted(chosen)


class Accounts:
    """The accounts of one profile: book rows plus secrets in the vault.

    on_phrase: called with the phrase once an account is made from one (created or imported),
    for keys the app derives from it (see purpose_secret).
    """

    def __init__(self, db, vault: Vault, clock: Callable[[], float] = time.time,
                 on_phrase: Callable[[str], None] | None = None):
        self.db = db
        self.vault = vault
        self.clock = clock
        self.on_phrase = on_phrase
        self.table = db.table("wallet_accounts")

    # -- reading ------------------------------------------------------------
    def list(self) -> list[AccountInfo]:
        """All accounts, oldest first."""
        return [_info(r) for r in self.table.rows_where(order_by="created_at, rowid")]

    def get(self, address: str) -> AccountInfo:
        """One account by address (any case); UnknownAccount if absent."""
        rows = list(self.table.rows_where("lower(address) = lower(?)", [address]))
        if not rows:
            raise UnknownAccount(address)
        return _info(rows[0])

    # -- creating and importing ---------------------------------------------
    def create(self, label: str, password: str, words: int = 12,
               language: str = "english", phrase: str | None = None) -> NewAccount:
        """A new account from a fresh phrase; the phrase is in the result, once. `phrase`: one
        new_phrase() made and showed before there was a profile to keep it (the first run)."""
        if phrase is None:
            phrase = new_phrase(words, language)
        else:
            phrase, language = check_phrase(phrase)
        _check_password(password)
        info = self._add_from_phrase(label, phrase, language, 0, password, "needs_backup")
        return NewAccount(info, RevealedPhrase(info.address, phrase))

    def import_phrase(self, label: str, phrase: str, password: str,
                      index: int = 0) -> AccountInfo:
        """Import account number index of an existing phrase (counts as backed up)."""
        _check_password(password)
        phrase, language = check_phrase(phrase)
        return self._add_from_phrase(label, phrase, language, index, password, "imported")

    def import_private_key(self, label: str, private_key: str | bytes,
                           password: str) -> AccountInfo:
        """Import a raw private key (hex with or without 0x, or 32 bytes)."""
        from eth_account import Account

        _check_password(password)
        try:
            key = bytes(Account.from_key(private_key).key)
        except Exception as exc:
            raise InvalidKey("That is not a valid private key (64 hex characters).") from exc
        return self._add(label, key, password, source="key", backup_state="imported")

    def import_keystore(self, label: str, keystore: str | bytes | dict,
                        keystore_password: str, password: str | None = None) -> AccountInfo:
        """Import a keystore JSON file's content; password defaults to the file's own."""
        from eth_account import Account

        try:
            data = keystore if isinstance(keystore, dict) else json.loads(keystore)
            if "crypto" not in data and "Crypto" not in data:
                raise ValueError("no crypto section")
        except ValueError as exc:
            raise InvalidKey("That file is not an Ethereum keystore (JSON) file.") from exc
        try:
            key = bytes(Account.decrypt(data, keystore_password))
        except ValueError as exc:
            if "MAC mismatch" in str(exc):
                raise WrongPassword() from exc
            raise InvalidKey("The keystore file could not be read: {reason}",
                             reason=str(exc)) from exc
        password = keystore_password if password is None else password
        _check_password(password)
        return self._add(label, key, password, source="keystore", backup_state="imported")

    def _add_from_phrase(self, label, phrase, language, index, password, backup_state):
        from eth_account import Account

        path = derivation_path(index)
        Account.enable_unaudited_hdwallet_features()
        key = bytes(Account.from_mnemonic(phrase, account_path=path).key)
        info = self._add(label, key, password, source="phrase", backup_state=backup_state,
                         phrase=phrase, language=language, index=index, path=path)
        if self.on_phrase is not None:
            self.on_phrase(phrase)
        return info

    def _add(self, label, key, password, *, source, backup_state, phrase=None,
             language=None, index=None, path=None) -> AccountInfo:
        from eth_account import Account

        address = Account.from_key(key).address
        if self.table.count_where("lower(address) = lower(?)", [address]):
            raise AccountExists(address)
        self.vault.store_key(key, password)
        try:
            if phrase is not None:
                self.vault.store_phrase(address, phrase, password)
            self.table.insert({
                "address": address, "label": label.strip() or address[:10],
                "source": source, "derivation_path": path, "derivation_index": index,
                "phrase_language": language,
                "phrase_words": len(phrase.split(" ")) if phrase else None,
                "has_phrase": int(phrase is not None), "backup_state": backup_state,
                "created_at": int(self.clock()), "backed_up_at": None,
            })
        except BaseException:
            self.vault.forget_account(address)
            raise
        return self.get(address)

    # -- backup ---------------------------------------------------------------
    def reveal_phrase(self, address: str, password: str) -> RevealedPhrase:
        """Show the phrase again; needs the password."""
        info = self.get(address)
        if not info.has_phrase:
            raise InvalidPhrase("This account was not made from a recovery phrase.")
        return RevealedPhrase(info.address, self.vault.decrypt_phrase(info.address, password))

    def confirm_backup(self, reveal: RevealedPhrase, answers: dict[int, str]) -> bool:
        """Check the words the user typed at 1-based positions; mark backed up if right.

        At least three answers are needed (fewer when the phrase is shorter).
        """
        if not answers_match(reveal.words, answers):
            return False
        info = self.get(reveal.address)
        if info.backup_state == "needs_backup":
            self.table.update(info.address, {"backup_state": "backed_up",
                                             "backed_up_at": int(self.clock())})
        return True

    # -- using the key -------------------------------------------------------
    def unlock(self, address: str, password: str,
               idle_lock_seconds: float = DEFAULT_IDLE_LOCK_SECONDS,
               clock: Callable[[], float] = time.monotonic) -> UnlockedSigner:
        """Decrypt the key into a short-lived signer; WrongPassword/KeyMissing otherwise."""
        from eth_account import Account

        info = self.get(address)
        key = self.vault.decrypt_key(info.address, password)
        return UnlockedSigner(Account.from_key(key), idle_lock_seconds, clock)

    def check_password(self, address: str, password: str) -> None:
        """Raise WrongPassword (or KeyMissing) unless password opens the account."""
        self.vault.decrypt_key(self.get(address).address, password)

    def export_keystore(self, address: str, password: str) -> str:
        """The account's keystore JSON text for saving to a file; needs the password."""
        info = self.get(address)
        self.vault.decrypt_key(info.address, password)
        return json.dumps(self.vault.keystore(info.address))

    # -- managing --------------------------------------------------------------
    def rename(self, address: str, label: str) -> AccountInfo:
        """Give an account a new label."""
        info = self.get(address)
        self.table.update(info.address, {"label": label.strip() or info.label})
        return self.get(info.address)

    def remove(self, address: str, force: bool = False) -> None:
        """Forget an account: its row and its keyring entries.

        An account whose new phrase was never confirmed is kept unless force:
        removing it would lose whatever it holds.
        """
        info = self.get(address)
        if info.needs_backup and not force:
            raise NotBackedUp(info.address)
        self.vault.forget_account(info.address)
        self.table.delete(info.address)


def _check_password(password: str) -> None:
    if not password:
        raise PasswordRequired()


def _info(row: dict) -> AccountInfo:
    return AccountInfo(
        address=row["address"], label=row["label"], source=row["source"],
        backup_state=row["backup_state"], has_phrase=bool(row["has_phrase"]),
        derivation_path=row["derivation_path"], derivation_index=row["derivation_index"],
        phrase_language=row["phrase_language"], phrase_words=row["phrase_words"],
        created_at=row["created_at"],
    )
