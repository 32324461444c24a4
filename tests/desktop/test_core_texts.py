"""Every sentence the core shows people is listed for translation."""

import ast
import importlib
import pathlib
import pkgutil

from desktop.services.errors import UNEXPECTED, UserFacingError
from desktop.ui import core_texts
from shop.errors import ShopError
from shop.lots.model import THREE_LEVELS_WARNING
from shop.money import MoneyError
from shop.orders.model import CLOSED_STATES, OPEN_STATES
from shop.stock.check import REASONS
from wallet.errors import WalletError

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACKAGES = ("shop", "wallet", "desktop.services", "desktop.commands")


def _refusal_classes() -> set[str]:
    """Names of every error class whose message people read."""
    for package in PACKAGES:
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(info.name)
    found, todo = set(), [ShopError, WalletError, UserFacingError, MoneyError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _message_args() -> list[tuple[str, ast.expr]]:
    """(where, first argument) of every refusal raised or built in the core."""
    names = _refusal_classes()
    out = []
    for package in ("shop", "wallet", "desktop"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for cls in ast.walk(tree):
                if not isinstance(cls, ast.ClassDef):
                    continue
                refusal = cls.name in names
                for call in ast.walk(cls):
                    if (refusal and isinstance(call, ast.Call) and call.args
                            and isinstance(call.func, ast.Attribute) and call.func.attr == "__init__"
                            and isinstance(call.func.value, ast.Call)
                            and getattr(call.func.value.func, "id", "") == "super"):
                        out.append((f"{path.relative_to(ROOT)}:{call.lineno}", call.args[0]))
            for call in ast.walk(tree):
                if isinstance(call, ast.Call) and call.args:
                    func = call.func
                    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                    if name in names:
                        out.append((f"{path.relative_to(ROOT)}:{call.lineno}", call.args[0]))
    return out


def _literal(node: ast.expr) -> str | None:
    """The text of a string literal (or of literals joined with +), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def test_refusals_are_templates_not_formatted_text():
    # A message formatted before it is raised cannot be translated: values go in as
    # {fields} with keyword arguments, as the GUI translates the template and fills it.
    formatted = [where for where, arg in _message_args()
                 if isinstance(arg, ast.JoinedStr) or any(
                     isinstance(n, ast.JoinedStr) for n in ast.walk(arg))]
    assert formatted == []


def test_every_refusal_is_listed():
    templates = {text for _, arg in _message_args() if (text := _literal(arg))}
    assert len(templates) > 100
    missing = sorted((templates | {UNEXPECTED}) - set(core_texts.ERRORS))
    assert missing == []


def test_offer_problems_are_listed_and_the_only_ones_named():
    from wallet.escrow_types import OFFER_PROBLEMS, Offer, Payee

    assert set(OFFER_PROBLEMS) <= set(core_texts.OFFER_PROBLEMS)
    zero = "0x" + "00" * 20
    worst = Offer(seller=zero, token=zero, price=0, max_quantity=0, expiry=0, arbitrator=zero,
                  bond=2**96, accept_window=0, payees=(Payee(zero, 1),) * 5)
    assert len(worst.problems()) >= 8 and set(worst.problems()) <= set(OFFER_PROBLEMS)


def test_stock_reasons_order_states_and_the_levels_warning_are_listed():
    assert set(REASONS.values()) <= set(core_texts.STOCK_REASONS)
    assert OPEN_STATES | CLOSED_STATES <= set(core_texts.ORDER_STATES)
    assert THREE_LEVELS_WARNING in core_texts.LOTS


def test_the_words_order_refusals_fill_in_are_listed():
    from dataclasses import replace

    from desktop.services.order_actions import CAN, DONE
    from shop.orders.model import Order

    order = Order(1, "0x", 1, deadline=100)
    named = {CAN.get(a, a) for state in OPEN_STATES for now in (0, 100)
             for a in replace(order, state=state).actions(now)}
    assert len(named) == 7  # accept, ship, dispute, add a statement, settle, claim, return
    assert set(DONE.values()) | named | {", "} <= set(core_texts.ORDER_ACTIONS)


def test_drop_ship_reply_reasons_are_listed():
    from desktop.services.dropship import REASONS as REPLY_REASONS

    assert set(REPLY_REASONS.values()) <= set(core_texts.ERRORS)


def test_offline_order_text_refusals_are_listed():
    from shop.orders.offline import _CONTROL, _TOO_LONG

    assert set(_TOO_LONG.values()) | set(_CONTROL.values()) <= set(core_texts.ERRORS)


def test_every_error_of_the_contracts_is_a_listed_sentence():
    """Each custom error of the compiled escrow and token that a refused call can name is told
    as a sentence without fields (no raw ids or base units), listed for translation."""
    from wallet.contract_artifacts import load_artifact
    from wallet.contract_errors import SENTENCES

    names = {i["name"] for contract in ("Escrow", "DemoUSD")
             for i in load_artifact(contract)["abi"] if i["type"] == "error"}
    assert len(names) > 20
    assert sorted(names - set(SENTENCES)) == []
    assert all("{" not in text and text.endswith(".") for text in SENTENCES.values())
    assert set(SENTENCES.values()) <= set(core_texts.CONTRACT_ERRORS)


def test_payment_code_refusals_are_listed():
    from shop.storefront.payment_codes import _NO_CODE, _NOT_OF_KIND

    assert set(_NOT_OF_KIND.values()) | set(_NO_CODE.values()) <= set(core_texts.ERRORS)


# Where each call that reports a progress step takes the step's text.
STEP_ARGUMENT = {"Step": 0, "_progress": 1, "report": 2, "progress": 2}


def test_every_progress_step_is_listed():
    """The steps long tasks report are shown translated (the progress dialog, `ziliudi sync`)."""
    steps = set()
    for package in ("shop", "wallet", "desktop/services"):  # where tasks' steps are said
        for path in (ROOT / package).rglob("*.py"):
            for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(call, ast.Call):
                    continue
                name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
                position = STEP_ARGUMENT.get(name)
                if position is not None and len(call.args) > position:
                    steps.add(_literal(call.args[position]))
    steps.discard(None)
    assert {"Reading escrow events", "Read blocks up to {last} of {target}", "Saving"} <= steps
    assert sorted(steps - set(core_texts.PROGRESS)) == []
