"""The store's delivery key comes from the wallet phrase: a profile restored from the phrase
alone opens the delivery notes sealed to the old one; a key made before stays."""

import pytest

from shop.storefront import notes as storefront_notes
from desktop.services import storefront
from desktop.services.session import Session
from wallet.accounts import purpose_secret
from wallet.vault import Vault

pytestmark = pytest.mark.keyring
DETAILS = {"name": "李雷", "phone": "13800001111", "address": "杭州市西湖区 1 号"}


@pytest.fixture
def profiles(data_dir, secret_keyring):
    """Open a fresh profile by name; its accounts and keys leave the keyring afterwards."""
    opened = []

    def open_profile(name):
        session = Session(data_dir)
        session.profiles.create(name)
        session.open_profile(name)
        session.wallet_options = {"scrypt_n": 2**12}
        opened.append(session)
        return session.work()

    yield open_profile
    for session in opened:
        w = session.work()
        for a in w.wallet.accounts.list():
            w.wallet.accounts.remove(a.address, force=True)
        Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
        session.close()


def test_the_same_phrase_gives_the_same_key_and_another_phrase_another():
    phrase = "abandon " * 11 + "about"
    pem, public = storefront.derived_delivery_key(phrase)
    assert storefront.derived_delivery_key(phrase.upper().replace(" ", "  ")) == (pem, public)
    assert storefront_notes.public_of(pem) == public
    other = "legal winner thank year wave sausage worth useful legal winner thank yellow"
    assert storefront.derived_delivery_key(other)[1] != public
    # Kept apart from the account's own key and from any other purpose.
    from eth_account import Account

    Account.enable_unaudited_hdwallet_features()
    account_key = bytes(Account.from_mnemonic(phrase).key)
    assert account_key not in purpose_secret(phrase, storefront.DELIVERY_KEY_PURPOSE)
    assert purpose_secret(phrase, b"another purpose") != purpose_secret(
        phrase, storefront.DELIVERY_KEY_PURPOSE)


def test_a_profile_restored_from_the_phrase_opens_the_old_notes(profiles):
    old = profiles("丢了的电脑")
    made = old.wallet.accounts.create("店主", "pw", language="chinese_simplified")
    public = storefront.ensure_delivery_key(old)
    assert public == storefront.derived_delivery_key(made.phrase)[1]
    note = storefront_notes.seal(DETAILS, public)

    new = profiles("新电脑")
    with pytest.raises(Exception, match="not in the keyring"):
        storefront.read_delivery_note(new, note)
    new.wallet.accounts.import_phrase("店主", made.phrase.replace(" ", ""), "another pw")
    assert storefront.read_delivery_note(new, note) == DETAILS
    assert storefront.ensure_delivery_key(new) == public  # the store keeps its old public key


def test_a_key_made_before_the_phrase_stays(profiles):
    work = profiles("老店")
    random_public = storefront.ensure_delivery_key(work)
    made = work.wallet.accounts.create("店主", "pw")
    assert storefront.derived_delivery_key(made.phrase)[1] != random_public
    assert storefront.ensure_delivery_key(work) == random_public
    note = storefront_notes.seal(DETAILS, random_public)
    assert storefront.read_delivery_note(work, note) == DETAILS
