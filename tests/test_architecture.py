"""The arrows of the architecture: desktop -> shop, wallet; only desktop/ui imports Qt."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


FORBIDDEN = {
    "shop": {"PySide6", "desktop", "wallet", "web3"},
    "wallet": {"PySide6", "desktop", "shop"},
}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_core_packages_stay_independent(package):
    bad = {str(p.relative_to(ROOT)): sorted(imports(p) & FORBIDDEN[package])
           for p in (ROOT / package).rglob("*.py")}
    assert {k: v for k, v in bad.items() if v} == {}


def test_only_desktop_ui_imports_qt():
    bad = [str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
           if "PySide6" in imports(p) and "ui" not in p.relative_to(ROOT / "desktop").parts[:1]]
    assert bad == []
