"""The arrows of the architecture: desktop -> shop, wallet, which never import each other;
only desktop/ui and desktop/render import Qt, render without widgets; the command line and the GUI never import each other
(but for the command line opening the window)."""

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


FORBIDDEN = {
    "shop": {"PySide6", "desktop", "wallet", "web3"},
    "wallet": {"PySide6", "desktop", "shop"},
}


def modules(path: Path) -> set[str]:
    """Every module a file imports, dotted in full (`from a import b` counts as a)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_core_packages_stay_independent(package):
    bad = {}
    for path in (ROOT / package).rglob("*.py"):
        found = sorted({n.split(".")[0] for n in modules(path)} & FORBIDDEN[package])
        if found:
            bad[str(path.relative_to(ROOT))] = found
    assert bad == {}


DESKTOP = ROOT / "desktop"
LOADERS = {"Command", "import_module", "__import__"}  # a module named by a string


def imported(path: Path) -> list[tuple[str, str | None]]:
    """Every module a file imports, dotted in full, with the top function it is imported in
    (None at module level). `from a import b` counts as a and a.b; Command("a.b", name) and
    importlib.import_module("a.b") count too."""
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and function is None:
                inner = child.name
            if isinstance(child, ast.Import):
                found.extend((a.name, inner) for a in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.append((child.module, inner))
                found.extend((f"{child.module}.{a.name}", inner) for a in child.names)
            elif (isinstance(child, ast.Call) and child.args
                  and isinstance(child.args[0], ast.Constant) and isinstance(child.args[0].value, str)
                  and getattr(child.func, "id", getattr(child.func, "attr", None)) in LOADERS):
                found.append((child.args[0].value, inner))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def under(name: str, packages) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def part(path: Path) -> str:
    """The part of desktop a file belongs to: ui, render, services, commands, or the file's own
    name for the modules at the top (cli.py, __main__.py, ...)."""
    parts = path.relative_to(DESKTOP).parts
    return parts[0] if len(parts) > 1 else path.stem


def violations(parts, forbidden) -> dict[str, list[str]]:
    bad = {}
    for path in sorted(DESKTOP.rglob("*.py")):
        if part(path) in parts:
            names = sorted({n for n, _ in imported(path) if under(n, forbidden)})
            if names:
                bad[str(path.relative_to(ROOT))] = names
    return bad


def test_only_desktop_ui_and_render_import_qt():
    others = {part(p) for p in DESKTOP.rglob("*.py")} - {"ui", "render"}
    assert violations(others, {"PySide6"}) == {}


def test_render_draws_without_widgets_or_the_gui():
    assert violations({"render"}, {"PySide6.QtWidgets", "desktop.ui", "desktop.cli",
                                   "desktop.commands"}) == {}


def test_services_and_commands_never_import_the_gui_or_qt():
    # desktop.render would bring Qt into the services by the back door
    assert violations({"services"}, {"PySide6", "desktop.ui", "desktop.render", "desktop.cli",
                                     "desktop.commands"}) == {}
    assert violations({"commands"}, {"PySide6", "desktop.ui"}) == {}


def test_ui_never_imports_the_command_line():
    assert violations({"ui"}, {"desktop.cli", "desktop.commands"}) == {}


# The command line names the GUI only to open the window, or to check it (--self-test).
CLI_OPENS_UI = {"desktop.ui.app", "desktop.ui.self_test"}


def test_command_line_imports_the_gui_only_to_open_the_window():
    tops = {p.stem for p in DESKTOP.glob("*.py")}
    assert violations(tops - {"cli"}, {"desktop.ui"}) == {}
    opened = {name for name, _ in imported(DESKTOP / "cli.py") if under(name, {"desktop.ui"})}
    assert opened == CLI_OPENS_UI


def test_services_take_the_work_unit_and_nobody_announces_but_the_runner():
    """One convention for which connection and who announces: a service's first parameter is
    the work unit, and only the runner publishes what changed (pages and services record)."""
    gone = ("session.changed(", "session.connect(", "on_this_thread", "on_connection(",
            "OnOwnConnection", "BookChanged(")
    found = {}
    for path in DESKTOP.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        hits = [word for word in gone if word in text]
        if path.name in {"session.py", "events.py"}:
            hits = [w for w in hits if w != "BookChanged("]  # where the announcement is made
        if hits:
            found[str(path.relative_to(ROOT))] = hits
        if path.parent.name == "services":
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.FunctionDef) and node.args.args and \
                        node.args.args[0].arg in {"session", "w"}:
                    found.setdefault(str(path.relative_to(ROOT)), []).append(node.name)
    assert found == {}
