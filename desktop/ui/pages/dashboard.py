"""The home page (概览): this month's sales and income less expenses, where the money is and
what the stock is worth, with charts (QtCharts) of net sales per day and of the money by
account. The figures are read off the GUI thread, so the window is usable at once."""

from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QPieSeries, QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from desktop.services.events import BookChanged, ProfileOpened
from desktop.ui.books_dialogs import account_name
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
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(title, 0, n)
            grid.addWidget(value, 1, n)
            self.figures[key] = value
        layout.addLayout(grid)
        charts = QHBoxLayout()
        self.sales_chart = QChartView()
        self.sales_chart.setObjectName("dashboard_sales_chart")
        self.sales_chart.setRenderHint(QPainter.Antialiasing)
        self.money_chart = QChartView()
        self.money_chart.setObjectName("dashboard_money_chart")
        self.money_chart.setRenderHint(QPainter.Antialiasing)
        charts.addWidget(self.sales_chart, 3)
        charts.addWidget(self.money_chart, 2)
        layout.addLayout(charts, 1)
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
        self.sales_chart.setChart(self._sales_chart(d.days))
        self.money_chart.setChart(self._money_chart([b for b in d.money
                                                     if b.money.currency == CNY]))

    def _sales_chart(self, days) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Net sales per day (元)"))
        bars = QBarSet(self.tr("Net sales"))
        for _day, units in days:
            bars.append(units / 100)  # a bar's height only: the figures above are exact
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([day[5:] for day, _ in days])
        axis_x.setLabelsAngle(-90)
        chart.addAxis(axis_x, Qt.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setMin(0)
        chart.addAxis(axis_y, Qt.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().hide()
        return chart

    def _money_chart(self, balances) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Where the money is (元)"))
        pie = QPieSeries()
        for b in balances:
            if b.money.units > 0:
                pie.append(f"{account_name(b.account)} {b.money.text(grouped=True)}",
                           b.money.units / 100)
        chart.addSeries(pie)
        chart.legend().setAlignment(Qt.AlignBottom)
        return chart
