"""The home page over the demo profile: this month's figures and the two charts, and the
figures following a sale."""

import time

from desktop.services import books


def test_the_overview_shows_the_demo_sale_and_its_charts(ui, qtbot):
    ui.open_profile("demo")
    ui.show_page("dashboard")
    page = ui.page("dashboard")
    assert ui.nav.currentRow() == 0  # the home page comes first
    # The page may first show the figures of the moment the profile opened, then the demo's.
    qtbot.waitUntil(lambda: page.figures["sales"].text() == "¥159.00")
    assert page.figures["profit"].text() == "¥70.00"
    assert page.figures["money"].text() == "¥159.00"
    sales = page.sales_chart.chart()
    (series,) = sales.series()
    heights = [series.barSets()[0].at(n) for n in range(series.barSets()[0].count())]
    assert len(heights) == books.DASHBOARD_DAYS and heights[-1] == 159.0
    (pie,) = page.money_chart.chart().series()
    assert [s.label() for s in pie.slices()] == ["WeChat Pay ¥159.00"]


def test_dashboard_figures_agree_with_the_report(ui):
    ui.open_profile("demo")
    work = ui.ctx.session.work()
    d = books.dashboard(work, now=int(time.time()))
    r = books.report(work)
    assert [b.money for b in r.balances if b.account == "Assets:Inventory"] == list(d.inventory)
    assert sum(units for _, units in d.days) == 15900
