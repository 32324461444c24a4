"""The demo profile's supplier lot: a few dozen summer clothes, open this week."""

from __future__ import annotations

from shop.stock.check import StockRow
from .items import import_into
from .lots import publish, update_lot
from .model import Terms, now
from .reservations import reserve, sell
from .search import iter_items

DAY = 86400
SUPPLIER = "杭州织锦服饰有限公司"
TITLE = "夏季女装清仓 · 第一期"

# (style no., name, colors, sizes, tag, supply, suggested, minimum) — prices in 分
STYLES = [
    ("ZJ24-001", "法式碎花连衣裙", ("米白", "雾蓝"), ("S", "M", "L"), 29900, 8900, 15900, 12900),
    ("ZJ24-002", "冰丝阔腿裤", ("黑色", "燕麦色"), ("M", "L", "XL"), 19900, 5500, 9900, 7900),
    ("ZJ24-003", "纯棉短袖T恤", ("白色", "浅粉", "雾霾蓝"), ("均码",), 9900, 2300, 4900, 3900),
    ("ZJ24-004", "防晒冰袖开衫", ("浅灰", "奶白"), ("均码",), 15900, 3900, 7900, 5900),
    ("ZJ24-005", "高腰A字半身裙", ("卡其", "黑色"), ("S", "M", "L"), 23900, 6900, 12900, 9900),
    ("ZJ24-006", "亚麻休闲衬衫", ("白色", "牛油果绿"), ("M", "L"), 25900, 7900, 13900, 10900),
    ("ZJ24-007", "真丝吊带背心", ("香槟色", "黑色"), ("S", "M"), 39900, 12900, 21900, 17900),
    ("ZJ24-008", "针织短款开衫", ("燕麦色", "雾蓝", "浅粉"), ("均码",), 21900, 5900, 11900, 8900),
]


def demo_rows() -> list:
    """The demo stock as checked StockRows (as if read from the supplier's sheet)."""
    rows, n = [], 0
    for style, name, colors, sizes, tag, supply, suggested, minimum in STYLES:
        for color in colors:
            for size in sizes:
                n += 1
                quantity = 6 + (n * 7) % 40
                rows.append(StockRow(
                    n + 1, style, color, size, f"{name} {color}", f"69{n + 3000000000:011d}",
                    quantity, tag, supply, suggested, minimum, "织锦", "女装", "",
                    {"season": "夏", "year": "2024"}))
    return rows


def seed_demo_lots(db, at: int | None = None) -> None:
    """An open, published lot with some units sold and some held, for the demo profile."""
    at = now() if at is None else at
    import_into(db, TITLE, demo_rows(), supplier=SUPPLIER)
    update_lot(db, TITLE, starts_at=at - DAY, ends_at=at + 6 * DAY,
               terms=Terms(commission_bps=(1000, 300), freeze_seconds=7 * DAY, return_days=7,
                           return_note="七天无理由退换，吊牌完好；退货运费买家承担"))
    lot = publish(db, TITLE, at=at)
    for k, item in enumerate(iter_items(db, lot.id)):
        if k % 3 == 0:
            sell(db, reserve(db, item.id, 1 + k % 4, f"demo-{k}", at=at).id, at=at)
        elif k % 7 == 1:
            reserve(db, item.id, 1, f"demo-hold-{k}", at=at, hold_seconds=2 * DAY)
