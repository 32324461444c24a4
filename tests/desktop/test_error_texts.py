"""Refusals from the shop and the wallet read in the interface's language, values filled in."""

import re
import threading

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui import dialogs
from desktop.ui.i18n import Translations
from desktop.ui.lot_dialogs import status_word
from desktop.ui.operations import TaskRunner
from shop.lots.errors import LotError, LotStateError
from shop.lots.lots import create_lot, settle
from wallet.errors import SANDBOX_WHERE
from wallet.escrow_sync import Step
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


def test_a_contracts_refusal_is_its_sentence_in_the_interfaces_language(qapp):
    """The reason of a refused call is the sentence of the contract's error, translated as a
    sentence of its own inside the refusal's translated template."""
    from PySide6.QtCore import QTranslator

    from wallet.contract_errors import SENTENCES
    from wallet.refusals import WouldRevert

    words = {SENTENCES["OfferSoldOut"]: "这款已经卖完了。",
             "This transaction would fail, so it was not sent: {reason}": "交易会失败，没有发送：{reason}"}

    class Words(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return words.get(source, "") if context == "errors" else ""

    refusal = WouldRevert(SENTENCES["OfferSoldOut"], "OfferSoldOut")
    assert str(refusal) == ("This transaction would fail, so it was not sent: "
                            "The offer is sold out: its quantity is used up.")
    translator = Words()
    QCoreApplication.installTranslator(translator)
    try:
        assert dialogs.error_text(refusal) == "交易会失败，没有发送：这款已经卖完了。"
        # a reason that is no contract error's sentence (a node's words) stays as it is
        assert dialogs.error_text(WouldRevert("execution reverted")) == \
            "交易会失败，没有发送：execution reverted"
    finally:
        QCoreApplication.removeTranslator(translator)


def _progress_label(runner, qtbot, step) -> str:
    """The progress dialog's text while a task reports `step`."""
    gate = threading.Event()

    def task(_work, ctx):
        ctx.report(3, 10, step)
        gate.wait(5)

    op = runner.query("sync", task)
    dialog = dialogs.progress_dialog(None, op)
    try:
        qtbot.waitUntil(lambda: dialog.value() == 3, timeout=5000)
        return dialog.labelText()
    finally:
        gate.set()
        qtbot.waitUntil(lambda: runner.running == [], timeout=5000)


def test_the_progress_dialog_says_the_sync_s_steps_in_the_interface_s_language(session, qtbot):
    runner = TaskRunner(session)
    read = Step("Read blocks up to {last} of {target}", last=70, target=90)
    assert _progress_label(runner, qtbot, read) == "Read blocks up to 70 of 90"
    translations = Translations(QCoreApplication.instance())
    assert translations.apply("zh_CN")
    try:
        assert _progress_label(runner, qtbot, read) == "已读到区块 70，要读到 90"
        assert _progress_label(runner, qtbot, Step("Reading escrow events")) == "正在读取担保交易事件"
        assert _progress_label(runner, qtbot, "Saving") == "正在保存"  # a lot import's step
    finally:
        translations.apply("en")
