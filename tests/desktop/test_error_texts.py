"""Refusals from the shop and the wallet read in the interface's language, values filled in."""

import re

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui import dialogs
from desktop.ui.i18n import Translations
from desktop.ui.lot_dialogs import status_word
from shop.lots.errors import LotError, LotStateError
from shop.lots.lots import create_lot, settle
from wallet.errors import SANDBOX_WHERE
from wallet.refusals import NodeDown, WrongChain

HAN = re.compile("[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):
    translations = Translations(QCoreApplication.instance())
    assert translations.apply("zh_CN")
    yield
    translations.apply("en")


def _refusal(fn, *args, **kw) -> Exception:
    with pytest.raises((LotError, LotStateError)) as caught:
        fn(*args, **kw)
    return caught.value


def test_a_lot_refusal_reads_in_chinese_with_its_values(session, chinese):
    db = session.db
    create_lot(db, "春季清仓")
    taken = _refusal(create_lot, db, "春季清仓")
    assert str(taken) == "A lot named “春季清仓” already exists."
    text = dialogs.error_text(taken)
    assert "春季清仓" in text and HAN.search(text.replace("春季清仓", "")) and "already" not in text
    draft = _refusal(settle, db, "春季清仓")
    text = dialogs.error_text(draft)
    # The lot's status is a word of the Lots page, in the same language as the sentence.
    assert status_word("draft") in text and "draft" not in text and "春季清仓" in text


def test_a_wallet_refusal_reads_in_chinese_with_its_values(chinese):
    text = dialogs.error_text(WrongChain(expected=8453, actual=1))
    assert "8453" in text and "1" in text and HAN.search(text) and "chain" not in text
    text = dialogs.error_text(NodeDown("http://127.0.0.1:8545"))
    assert "http://127.0.0.1:8545" in text and HAN.search(text)
    text = dialogs.error_text(NodeDown(SANDBOX_WHERE))
    assert "沙盒" in text and SANDBOX_WHERE not in text


def test_an_offers_problems_read_in_chinese(chinese):
    from wallet.errors import WalletError

    refusal = WalletError("The offer cannot be signed: {problems}.",
                          problems="payees exceed the price; the seller cannot arbitrate")
    text = dialogs.error_text(refusal)
    assert HAN.search(text) and "payees" not in text and "arbitrate" not in text


def test_in_english_the_text_is_the_refusal_itself(qapp):
    refusal = WrongChain(expected=8453, actual=1)
    assert dialogs.error_text(refusal) == str(refusal)
