"""The paged table model reads only what the view needs and keeps up with a large table."""

import sqlite3

import pytest
from PySide6.QtWidgets import QTableView

from desktop.ui.widgets.paged_model import Column, PagedModel


@pytest.fixture
def big_table(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price INTEGER)")
    conn.executemany("INSERT INTO items (name, price) VALUES (?, ?)",
                     ((f"商品 {i}", i * 10) for i in range(100_000)))
    conn.commit()
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_opens_with_one_page_and_grows_on_demand(qtbot, big_table):
    calls = []

    def fetch(offset, limit):
        calls.append((offset, limit))
        return [dict(r) for r in big_table.execute(
            "SELECT id, name, price FROM items ORDER BY id LIMIT ? OFFSET ?", (limit, offset))]

    model = PagedModel([Column("name", "Name"), Column("price", "Price", "money")], page_size=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_source(fetch)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 200 and calls[0] == (0, 200)
    assert model.data(model.index(3, 1)) == "0.30"
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    assert model.rowCount() < 100_000, "only the pages scrolled to are read"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 100_000
    assert model.row(99_999)["name"] == "商品 99999"


def test_new_source_replaces_rows(qtbot, big_table):
    model = PagedModel([Column("name", "Name")], page_size=50)
    model.set_source(lambda o, n: [{"name": "a"}] if o == 0 else [])
    assert model.rowCount() == 1 and not model.canFetchMore()
    model.set_source(None)
    assert model.rowCount() == 0
