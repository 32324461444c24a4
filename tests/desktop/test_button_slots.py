"""Qt hands a button's `clicked` (and an action's `triggered`) its checked flag when the slot
takes a positional parameter: a page method used as a slot with an optional positional
parameter (a path, a dialog) would get False for it and skip asking the user. Such parameters
are keyword-only."""

import ast
from pathlib import Path

from PySide6.QtWidgets import QPushButton

ROOT = Path(__file__).resolve().parents[2]


def slots_with_optional_positionals(folder: Path) -> list[str]:
    """Methods referenced as self.name (not called) whose positional parameters are all optional."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            risky = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)
                     and f.args.args[1:] and len(f.args.defaults) >= len(f.args.args[1:])}
            called = {id(n.func) for n in ast.walk(cls) if isinstance(n, ast.Call)}
            for node in ast.walk(cls):
                if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                        and node.value.id == "self" and node.attr in risky
                        and id(node) not in called):
                    found.append(f"{path.relative_to(folder).as_posix()}:{risky[node.attr].lineno} "
                                 f"{cls.name}.{node.attr}")
    return sorted(set(found))


def test_no_slot_takes_an_optional_positional_parameter():
    assert slots_with_optional_positionals(ROOT / "desktop" / "ui") == []


def test_the_scan_finds_such_a_slot(tmp_path):
    (tmp_path / "page.py").write_text(
        "class Page:\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.save)\n"
        "        self.other.clicked.connect(self.fine)\n"
        "    def save(self, path=None):\n"
        "        pass\n"
        "    def fine(self, *, path=None):\n"
        "        pass\n", encoding="utf-8")
    assert slots_with_optional_positionals(tmp_path) == ["page.py:5 Page.save"]


def test_a_click_gives_a_positional_slot_false(qtbot):
    """What the rule is for: a click fills the first optional positional parameter."""
    got = []

    class Button(QPushButton):
        def positional(self, path=None):
            got.append(path)

        def keyword(self, *, path=None):
            got.append(path)

    button = Button()
    qtbot.addWidget(button)
    button.clicked.connect(button.positional)
    button.clicked.connect(button.keyword)
    button.click()
    assert got == [False, None]
