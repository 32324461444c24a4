"""The real components the suite relies on are here and work."""

import sys

import keyring
from web3 import Web3


def test_secret_service_keyring_round_trip(secret_keyring):
    keyring.set_password(secret_keyring, "account", "秘密-value")
    try:
        assert keyring.get_password(secret_keyring, "account") == "秘密-value"
        if sys.platform == "linux":
            assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    finally:
        keyring.delete_password(secret_keyring, "account")
    assert keyring.get_password(secret_keyring, "account") is None


def test_anvil_node_answers_and_stops(anvil):
    w3 = Web3(Web3.HTTPProvider(anvil.url, request_kwargs={"timeout": 5}))
    assert w3.eth.chain_id == 31337
    assert w3.eth.get_balance(w3.eth.accounts[0]) > 0
    anvil.stop()
    assert anvil.process.poll() is not None


def test_chinese_font_available(qapp):
    from PySide6.QtGui import QFontDatabase

    assert any("CJK" in f or "Hei" in f or "YaHei" in f or "PingFang" in f for f in QFontDatabase.families()), \
        "no font with Chinese glyphs is installed"
