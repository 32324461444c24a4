"""The home page (概览): this month's sales and income less expenses, where the money is and
what the stock is worth, with charts of net sales per day and of the money by account. The
figures are read off the GUI thread and the charts drawn when they come, so the window is
usable at once."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from desktop.services.events import BookChanged, ProfileOpened
from desktop.ui.book_words import account_name
from desktop.ui.pages.base import Page
from shop.money import CNY, Money


def read_dashboard(work, _ctx):
    """The page's figures, read on the pool: the books service is imported there, after the
    first page has shown, which keeps it off the window's start."""
    from desktop.services.books import dashboard

    return dashboard(work)


def _amounts(money) -> str:
    return ", ".join(m.text(grouped=True) for m in money if m.units) or "¥0.00"


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Overview"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.figures = {}
        for n, (key, text) in enumerate((("sales", self.tr("Sales this month")),
                                         ("profit", self.tr("Income less expenses this month")),
                                         ("money", self.tr("Money on hand")),
                                         ("inventory", self.tr("Stock at supply price")))):
            title = QLabel(text)
            value = QLabel("—")
            value.setObjectName(f"dashboard_{key}")
            grid.addWidget(title, 0, n)
            grid.addWidget(value, 1, n)
            self.figures[key] = value
        layout.addLayout(grid)
        self.charts = QHBoxLayout()
        self.sales_chart = self.money_chart = None  # chart views, made with the first figures
        layout.addLayout(self.charts, 1)
        ctx.events.listen(BookChanged, self._changed)
        ctx.events.listen(ProfileOpened, lambda e: self.refresh())

    def _changed(self, event: BookChanged) -> None:
        if event.areas & {"books", "orders", "lots"}:
            self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self):
        """Read the figures on the pool and show them when they come."""
        if self.ctx.session.profile is None:
            return None
        op = self.ctx.tasks.query(self.tr("Reading the overview"),
                                  read_dashboard, owner=self,
                                  quiet=True)
        op.on_success(self.show_dashboard)
        return op

    def show_dashboard(self, d) -> None:
        self.figures["sales"].setText(_amounts(d.month_sales))
        self.figures["profit"].setText(_amounts(d.month_profit))
        totals: dict = {}
        for b in d.money:
            totals[b.money.currency] = totals.get(b.money.currency, 0) + b.money.units
        self.figures["money"].setText(_amounts([Money(u, c) for c, u in totals.items()]))
        self.figures["inventory"].setText(_amounts(d.inventory))
        self._draw_charts(d)

    def _draw_charts(self, d) -> None:
        from PySide6.QtCore import Qt

        from desktop.ui.widgets.charts import bar_chart, chart_view, pie_chart

        if self.sales_chart is None:
            # Here, not when the page is made: naming Qt's namespace builds all of it (some
            # 40 ms before the first page could show), and a placeholder needs no selecting.
            for value in self.figures.values():
                value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.sales_chart = chart_view("dashboard_sales_chart", self)
            self.money_chart = chart_view("dashboard_money_chart", self)
            self.charts.addWidget(self.sales_chart, 3)
            self.charts.addWidget(self.money_chart, 2)
        # A bar's height only (float is fine for drawing): the figures above are exact.
        self.sales_chart.setChart(bar_chart(
            self.tr("Net sales per day (元)"), self.tr("Net sales"),
            [(day[5:], units / 100) for day, units in d.days]))
        self.money_chart.setChart(pie_chart(
            self.tr("Where the money is (元)"),
            [(f"{account_name(b.account)} {b.money.text(grouped=True)}", b.money.units / 100)
             for b in d.money if b.money.currency == CNY and b.money.units > 0]))
