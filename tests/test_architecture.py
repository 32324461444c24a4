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


OURS = {"shop", "wallet", "desktop", "bench"}
# Imported inside the functions that use them (`from web3 import Web3` as the function's first
# line), so that what imports their modules does not pay for them.
HEAVY = {"web3", "eth_account", "eth_abi", "eth_utils", "eth_keys", "eth_typing", "eth_tester",
         "eth", "sqlite_utils", "cryptography", "PIL", "openpyxl", "segno", "zxing", "zxingcpp",
         "keyring", "Crypto"}
# Our modules imported inside a function, as (file, function, module): each keeps the module
# it names, and what that one imports, off the window's first page or `ziliudi --help`. Every
# other import of our own packages is at the top of its module.
FIRST_PAGE_DEFERRED = {
    ("desktop/cli.py", "session", "desktop.services.session"),  # the book, off `ziliudi --help`
    ("desktop/services/book.py", "migration_sets", "desktop.services"),  # sqlite-utils' migrations
    ("desktop/services/book.py", "retired_steps", "desktop.services"),
    ("desktop/services/profiles.py", "open_demo", "desktop.services"),  # the wallet, the demo data
    ("desktop/services/work.py", "wallet", "desktop.services.wallet"),  # the wallet
    ("desktop/ui/network_watch.py", "probe_network", "wallet.networks"),
    ("desktop/ui/network_watch.py", "sync", "desktop.services"),  # the orders and the escrow
    ("desktop/ui/network_watch.py", "reconcile", "desktop.services"),  # the wallet's journal
    # The welcome wizard and the wallet it sets up a profile with: on a first run only.
    ("desktop/ui/app.py", "welcome", "desktop.ui.welcome"),
    # The Overview (the first page) reads the books on the pool once it has shown.
    ("desktop/ui/pages/dashboard.py", "read_dashboard", "desktop.services.books"),
    # ... and draws its charts (QtCharts) when those figures come.
    ("desktop/ui/pages/dashboard.py", "_draw_charts", "desktop.ui.widgets.charts"),
    # The tour of the areas names Qt's namespace: loaded when it is shown.
    ("desktop/ui/main_window.py", "start_tour", "desktop.ui.tour"),
    ("desktop/ui/dialogs.py", "ask_password", "desktop.ui.sign_dialog"),
    # The About dialog's widgets and Qt namespace cost the first frame 10-30 ms; it opens from a menu.
    ("desktop/ui/main_window.py", "show_about", "desktop.ui.about_dialog"),
    ("desktop/ui/pages/lots.py", "_suppliers", "shop.lots.items"),  # the Lots page's actions
    ("desktop/ui/pages/lots.py", "import_wizard", "desktop.ui.import_wizard"),
    ("desktop/ui/pages/lots.py", "_check_offers", "desktop.ui.offer_revoke"),
    ("shop/lots/sellthrough.py", "_writer", "shop.stock.export"),
    # Import cycle: the escrow's posting builds on the posting module's accounts.
    ("shop/books/posting.py", "catch_up", "shop.books.escrow"),
    # Import cycles: the storefront imports the wallet service; pickup imports the orders
    # service, which imports the storefront.
    ("desktop/services/wallet.py", "_adopt_phrase", "desktop.services"),
    ("desktop/services/storefront.py", "task", "desktop.services.pickup"),  # the totals need no writers
    # The lots service's writes, imports, exports and sheets (the page reads the lots first).
    *(("desktop/services/lots.py", function, module) for function, module in (
        ("revise_item", "shop.lots"), ("close", "shop.lots"), ("_items_by_sku", "shop.lots"),
        ("revise", "shop.lots"), ("revise", "shop.stock.values"), ("revisions", "shop.lots"),
        ("preview_import", "shop.lots"), ("preview_import", "shop.stock"),
        ("stock_pictures", "shop"), ("import_task", "shop.lots"), ("import_task", "shop.stock"),
        ("import_kept_task", "shop.lots"), ("_stored", "shop.lots"), ("export_sheet", "shop.lots"),
        ("export_sheet", "shop.storefront.profile"), ("_recover", "wallet.signer"),
        ("read_sheet", "shop.lots"), ("import_sheet", "shop.lots"))),
}


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def absolute(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module
    base = module_name(path).split(".")
    base = base[:len(base) - node.level + (path.name == "__init__.py")]
    return ".".join(base + ([node.module] if node.module else []))


def split_imports(path: Path) -> tuple[set[str], list[tuple[str, str]]]:
    """The modules a file imports at module level (TYPE_CHECKING blocks aside; `from a import b`
    counts as a, and as a.b when that is a module), and (function, module) of those imported
    inside functions."""
    top, inner = set(), []

    def names(node):
        if isinstance(node, ast.Import):
            return [a.name for a in node.names]
        module = absolute(path, node)
        subs = [f"{module}.{a.name}" for a in node.names]
        return [module] + [s for s in subs if (ROOT / s.replace(".", "/")).exists()
                           or (ROOT / (s.replace(".", "/") + ".py")).exists()]

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", None) == "TYPE_CHECKING":
                continue
            inner_function = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                else function
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                if function is None:
                    top.update(names(child))
                else:
                    inner.extend((function, n) for n in names(child)[:1])
            visit(child, inner_function)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return top, inner


def test_our_modules_import_each_other_at_the_top():
    found = set()
    for package in sorted(OURS):
        for path in (ROOT / package).rglob("*.py"):
            _, inner = split_imports(path)
            found |= {(str(path.relative_to(ROOT)), function, module) for function, module in inner
                      if module.split(".")[0] in OURS}
    assert sorted(found - FIRST_PAGE_DEFERRED) == []
    assert sorted(FIRST_PAGE_DEFERRED - found) == []  # kept up to date


# The window's first page (PAGES[0] in desktop.ui.pages).
FIRST_PAGE = "desktop.ui.pages.dashboard"


def loaded_at_start() -> set[str]:
    """Our modules that `ziliudi --help` or the window up to its first page (the Overview)
    and the Lots page import, following module-level imports."""
    files = {module_name(p): p for package in OURS for p in (ROOT / package).rglob("*.py")}
    parsers = [module_name(p) for p in (DESKTOP / "commands" / "parsers").glob("*.py")]  # --help's
    seen, todo = set(), ["desktop.cli", "desktop.ui.app", FIRST_PAGE, "desktop.ui.pages.lots",
                         *parsers]
    while todo:
        name = todo.pop()
        if name in seen or name not in files:
            continue
        seen.add(name)
        parts = name.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))
        todo.extend(split_imports(files[name])[0])
    return seen


def _names_qt_at_load(path: Path) -> bool:
    """Whether a module imports the name Qt from PySide6.QtCore at module level."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtCore"
               and any(a.name == "Qt" for a in node.names) for node in tree.body)


def test_the_first_page_and_help_import_no_heavy_library_at_load():
    files = {module_name(p): p for package in OURS for p in (ROOT / package).rglob("*.py")}
    started = loaded_at_start()
    assert {"desktop.cli", "desktop.commands.parsers.orders", "desktop.ui.pages.lots",
            "desktop.services.lots", FIRST_PAGE} <= started
    assert "desktop.services.books" not in started
    heavy = {name: sorted(n for n in split_imports(files[name])[0] if n.split(".")[0] in HEAVY)
             for name in started}
    assert {name: found for name, found in heavy.items() if found} == {}
    # PySide builds Qt's whole namespace (every enum, some 40 ms) when a module first names
    # it: nothing on the way to the first frame and the first page may.
    namespace = {name for name in started if _names_qt_at_load(files[name])}
    assert namespace == set()
    # Not even the first page's charts: QtCharts loads when the page has figures to draw.
    charts = {name for name in started
              if any(n.startswith("PySide6.QtCharts") for n in split_imports(files[name])[0])}
    assert charts == set()


def test_the_camera_library_loads_only_where_the_camera_is_used():
    """QtMultimedia (and its FFmpeg backend) is imported inside the functions that use the
    counter's camera, never at a module's top: not at start, nor with the Orders page."""
    found = {}
    for package in sorted(OURS):
        for path in (ROOT / package).rglob("*.py"):
            top = {n for n in split_imports(path)[0] if n.startswith("PySide6.QtMultimedia")}
            if top:
                found[str(path.relative_to(ROOT))] = sorted(top)
    assert found == {}
    inner = {m for _f, m in split_imports(DESKTOP / "ui" / "counter_camera.py")[1]}
    assert {"PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets"} <= inner
