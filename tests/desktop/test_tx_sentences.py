"""What a sent transaction says, in the window and on the command line alike: the sentence
of what was done, the transaction's short hash and its status, in either language."""

from types import SimpleNamespace

from desktop import i18n
from shop.money import Currency, Money
from shop.storefront.offers import StaleOffer

HASH = "0x" + "ab12" * 16


def english(_context: str, text: str) -> str:
    return text


def chinese(context: str, text: str) -> str:
    return (i18n.read_words("zh_CN") or {}).get((context, text), text)


def test_the_sentence_ends_with_the_short_hash_and_status():
    entry = SimpleNamespace(tx_hash=HASH, status="pending")
    assert (i18n.sent_text("Done.", entry, english)
            == "Done. Transaction 0xab12…ab12: sent, not mined yet.")
    assert i18n.sent_text("好。", entry, chinese) == "好。交易 0xab12…ab12：已发出，尚未上链。"


def test_long_lists_are_named_in_part_and_counted():
    numbers = [f"1-{i}" for i in range(1, 14)]
    assert i18n.named(numbers[:2], english) == "1-1, 1-2"
    assert i18n.named(numbers, english) == ", ".join(numbers[:10]) + " and 3 more"
    assert i18n.named(numbers, chinese) == "、".join(numbers[:10]) + " 及另外 3 个"


def test_revoked_offers_are_named_by_their_goods_once():
    offers = [StaleOffer("0x1", 1, 1, "A01/黑/M", ("repriced",)),
              StaleOffer("0x2", 2, 1, "A01/黑/M", ("stock_short",)),
              StaleOffer("0x3", None, None, "", ("listing_removed", "lot_closed"))]
    assert (i18n.revoked_text(offers, english)
            == "Revoked 3 offers that no longer held: A01/黑/M, goods no longer in any lot.")


def test_a_reply_says_what_it_shipped_and_what_it_left():
    assert (i18n.shipped_text([(1 << 32) + 3], [], english)
            == "Marked 1 orders shipped from the supplier's reply: 1-3.")
    assert i18n.shipped_text([(1 << 32) + 3], [(1 << 32) + 2], chinese) == (
        "已按供货商的回单将 1 笔订单标记为已发货：1-3。 订单 1-2 已标记为已发货，或其发货交易"
        "正在上链途中；已保持原样。")


DCNY = Currency.token("dCNY", 2)
ORDER = (1 << 32) + 2  # order 1-2


def test_an_order_action_names_the_order_and_writes_its_money():
    held = Money(15900 + 1590, DCNY)
    assert (i18n.order_done("claim", ORDER, english, amount=held)
            == "Order 1-2 claimed: 174.90 dCNY paid out to you.")
    assert (i18n.order_done("claim", ORDER, chinese, amount=held)
            == "订单 1-2 已收款：174.90 dCNY 已付给你。")
    assert (i18n.order_done("settle", ORDER, chinese, buyer=Money(100, DCNY),
                            seller=Money(17390, DCNY))
            == "订单 1-2 已协商结算：买家得 1.00 dCNY，你得 173.90 dCNY。")
    assert (i18n.order_done("ready", ORDER, english, code="042137")
            == "Order 1-2 is ready for pickup; its pickup code is 042137.")
    assert (i18n.order_done("buyer_statement", ORDER, chinese)
            == "模拟买家已为订单 1-2 补充陈述，仅仲裁人可读。")


def test_accepting_names_every_order_and_the_bond():
    ids = [ORDER, ORDER + 1]
    assert (i18n.accepted_text(ids, Money(3180, DCNY), english)
            == "Accepted orders 1-2, 1-3; bond posted: 31.80 dCNY.")
    assert (i18n.accepted_text(ids, None, chinese)
            == "已接单 1-2、1-3；已缴保证金：按各订单报价所定（本账套中没有记录）。")


def test_a_ruling_a_withdrawal_a_transfer_and_a_replacement():
    m = lambda units: Money(units, DCNY)  # noqa: E731
    assert (i18n.ruled_text(ORDER, m(1000), m(15000), m(100), english)
            == "Ruled on order 1-2: The buyer gets 10.00 dCNY; the seller gets 150.00 dCNY (its "
               "payees' shares come out of it); your fee is 1.00 dCNY.")
    assert (i18n.withdrew_text(m(2239), "0xabc", chinese) == "已提取 22.39 dCNY 到 0xabc。")
    assert (i18n.transferred_text("1.5 ETH", "0xabc", "anvil", english)
            == "Sent 1.5 ETH to 0xabc on anvil.")
    pending = SimpleNamespace(description="", purpose="transfer")
    assert i18n.replaced_text("speed_up", pending, english) == (
        "Sent “transfer” again with a higher fee.")
    assert i18n.replaced_text("cancel", pending, chinese) == "已发送一笔给自己的零额转账，取代“transfer”。"


def test_the_window_and_the_command_line_read_the_same_chinese(qapp):
    """The window translates these sentences with the compiled .qm, the command line with the
    .ts it is compiled from: every one is Chinese, and the same, both ways."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import load

    sentences = ([("OrdersPage", t) for t in i18n.ORDER_DONE.values()]
                 + [("OrdersPage", i18n.ACCEPTED), ("OrdersPage", i18n.BOND_AS_OFFERED),
                    ("RuleDialog", i18n.RULING), ("ArbitrationPage", i18n.RULED),
                    ("CreditsPanel", i18n.WITHDREW), ("WalletPage", i18n.TRANSFERRED),
                    ("tx_notice", i18n.SENT)]
                 + [("JournalView", t) for t in i18n.REPLACED.values()]
                 + [("tx_notice", t) for t in i18n.TX_STATUS.values()])
    translator = load("zh_CN")
    assert translator is not None
    QCoreApplication.installTranslator(translator)
    try:
        for context, text in sentences:
            window = QCoreApplication.translate(context, text)
            assert window == chinese(context, text) != text, (context, text)
    finally:
        QCoreApplication.removeTranslator(translator)
