"""What a sent transaction says, in the window and on the command line alike: the sentence
of what was done, the transaction's short hash and its status, in either language."""

from types import SimpleNamespace

from desktop import i18n
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
