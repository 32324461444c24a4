"""The Books page's journal over 1,000,000 postings: from setting the view's source to its
first page of rows in the model (the view is told and can paint them), against the SQL
query of that page alone. The first paint of the rows in view is timed too and reported
beside ("paint"): it costs the same for ten rows as for a million.

The journal pages by key and keeps each page's tuples as the query gives them, wording a
cell only when it is painted (desktop.ui.pages.books.journal_view, as the page builds
it), so opening it costs one page's query, however long the journal is."""

import os
import time

from bench._books import build
from bench._report import median_seconds, report
from desktop.ui.pages.books import JournalSource, journal_view
from shop.books.pages import JournalFilter, journal_query

RUNS = 15


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication


    started = time.perf_counter()
    db, _ = build()
    print(f"built 1,000,000 postings in {time.perf_counter() - started:.1f} s", flush=True)
    conn = db.conn
    app = QApplication.instance() or QApplication([])
    view, model = journal_view()
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    flt = JournalFilter()
    sql, args = journal_query(flt, None, model.page_size)

    def ours():
        model.set_source(JournalSource(lambda: conn, flt))

    floor = median_seconds(lambda: conn.execute(sql, args).fetchall(), RUNS)
    ours_s = median_seconds(ours, RUNS)
    assert model.rowCount() == model.page_size
    paint = median_seconds(lambda: view.viewport().repaint(), RUNS)
    report("table", ours_s, floor, postings=1_000_000, page=model.page_size,
           paint=round(paint, 6), goal=2.0)
    return 0
