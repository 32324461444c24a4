"""Every page of the demo in Chinese shows no English sentence: each visible text (labels,
buttons, group titles, table headings and first rows, choices, placeholders, tooltips) is
looked up among the translation file's sources, and any that reads as English words is
reported with its page and widget."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QTabWidget, QWidget)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "ziliudi_zh_CN.ts"

# Words that stay as they are in Chinese: names of things, units, codes.
KEPT = {"Ziliudi", "ETH", "USDT", "USDC", "DAI", "dUSD", "dCNY", "CNHT", "CNY", "USD", "PDF",
        "CSV", "XLSX", "QR", "EIP", "Sandbox", "Anvil", "Qt", "PySide6", "Python", "WeChat",
        "Alipay", "SKU", "ID", "OK", "Beancount", "HTTP", "URL", "RPC", "L1", "L2", "L3"}


def sources() -> set[str]:
    """Every English source text in the Chinese translation file."""
    tree = ET.parse(TS)
    return {m.findtext("source") for m in tree.iter("message")}


def shown_texts(root: QWidget):
    """(widget, text) of what `root` shows now."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts = [w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, _horizontal()) or "")
                      for c in range(model.columnCount())]
            texts += [str(model.index(r, c).data() or "")  # the first rows' cells
                      for r in range(min(20, model.rowCount())) for c in range(model.columnCount())]
        for text in texts:
            if text:
                yield w, re.sub(r"<[^>]+>", " ", text)  # rich text: the words only


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def english(text: str) -> bool:
    """Whether a text reads as English: two or more English words of 3+ letters that are
    not names kept in Chinese, outside addresses, links, file paths and file names."""
    text = re.sub(r"0x[0-9a-fA-F]+|https?://\S+|(?:[A-Za-z]:)?[/\\]\S+"
                  r"|[\w.-]+\.(png|pdf|csv|xlsx|json|html)\b", "", text)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z']{2,}", text) if w not in KEPT]
    return len(words) >= 2


@pytest.fixture
def demo_window(request, qtbot, data_dir, secret_keyring):
    from desktop.cli import CliContext
    from desktop.ui.app import build
    from desktop.ui.main_window import TOUR_SEEN_KEY

    app, window = build(CliContext(data_dir=data_dir, portable=True, profile_name="demo",
                                   lang=request.param))
    window.ctx.settings.setValue(TOUR_SEEN_KEY, True)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.ctx.translations.apply("en")  # the application (and its translator) outlives the test
    window.ctx.tasks.cancel_all()
    window.ctx.tasks.wait(10_000)
    window.ctx.session.close()


def english_on_screen(window, qtbot) -> list[str]:
    """Every page's English texts, as "page: widget: text"."""
    known = sources()
    found = []
    for key in window.keys:
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda: not window.ctx.tasks.running, timeout=30_000)
        qtbot.wait(50)
        for widget, text in shown_texts(page):
            if text in known or english(text):
                found.append(f"{key}: {type(widget).__name__} {widget.objectName()!r}: {text!r}")
    for widget, text in shown_texts(window.statusBar()):
        if text in known or english(text):
            found.append(f"status bar: {widget.objectName()!r}: {text!r}")
    return found


@pytest.mark.parametrize("demo_window", ["zh_CN"], indirect=True)
def test_every_page_of_the_demo_speaks_chinese(demo_window, qtbot):
    found = english_on_screen(demo_window, qtbot)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("demo_window", ["en"], indirect=True)
def test_the_check_sees_english_on_every_page(demo_window, qtbot):
    found = english_on_screen(demo_window, qtbot)
    assert {line.split(":")[0] for line in found} >= set(demo_window.keys)
