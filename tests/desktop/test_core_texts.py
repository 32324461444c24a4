"""Every sentence the core shows people is listed for translation."""

import pathlib
import re

from desktop.services.errors import UNEXPECTED
from desktop.ui import core_texts
from shop.lots import THREE_LEVELS_WARNING
from shop.orders.model import CLOSED_STATES, OPEN_STATES
from shop.stock import REASONS

ROOT = pathlib.Path(__file__).resolve().parents[2]
LITERAL = re.compile(r'(?:UserFacingError|ProfileError)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')


def user_facing_templates() -> set[str]:
    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
            found.add(eval("(" + match.group(1) + ")"))  # adjacent literals, joined as Python does
    return found


def test_service_refusals_are_listed():
    assert user_facing_templates() | {UNEXPECTED} <= set(core_texts.ERRORS)


def test_stock_reasons_order_states_and_the_levels_warning_are_listed():
    assert set(REASONS.values()) <= set(core_texts.STOCK_REASONS)
    assert OPEN_STATES | CLOSED_STATES <= set(core_texts.ORDER_STATES)
    assert THREE_LEVELS_WARNING in core_texts.LOTS
