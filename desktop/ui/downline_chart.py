"""The Downline page's chart (QtCharts): per month, what a team sold and what its member
earned in commission. Its module is loaded with the page, never at the window's start."""

from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QLineSeries, QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from shop.money import CURRENCIES, CNY


def chart_currency(figures) -> str | None:
    """The currency to chart: yuan when the team sold in yuan, else the one it sold most in."""
    sold: dict = {}
    for f in figures:
        sold[f.currency] = sold.get(f.currency, 0) + f.sales
    if not sold:
        return None
    return CNY.code if CNY.code in sold else max(sold, key=lambda c: (sold[c], c))


class TeamChart(QChartView):
    """Net sales (sales less refunds) of the team as bars and the member's commission as a
    line on a scale of its own, by month."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("downline_chart")
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(220)
        self.figures = []

    def show_months(self, team: str, figures) -> None:
        """Chart `figures` (services.downline.MonthFigures, oldest first) of the `team`
        named in the title ("Your team")."""
        code = chart_currency(figures)
        self.figures = [f for f in figures if f.currency == code]
        known = CURRENCIES.get(code or CNY.code)
        scale = 10 ** known.decimals if known else 1
        unit = (self.tr("元") if code == CNY.code else known.code if known
                else self.tr("base units"))
        chart = QChart()
        chart.setTitle(self.tr("{team}: sales and commission per month ({unit})").format(
            team=team, unit=unit))
        sales = QBarSet(self.tr("Net sales"))
        earned = QLineSeries()
        earned.setName(self.tr("Commission (right scale)"))
        earned.setPointsVisible(True)
        for n, f in enumerate(self.figures):
            sales.append((f.sales - f.refunded) / scale)  # a bar's height only
            earned.append(n, f.commission / scale)
        bars = QBarSeries()
        bars.append(sales)
        chart.addSeries(bars)
        chart.addSeries(earned)
        months = QBarCategoryAxis()
        months.append([f.month for f in self.figures] or [""])
        chart.addAxis(months, Qt.AlignBottom)
        bars.attachAxis(months)
        earned.attachAxis(months)
        # Commissions are a few percent of sales: on the sales' scale they would not show.
        for series, side in ((bars, Qt.AlignLeft), (earned, Qt.AlignRight)):
            axis = QValueAxis()
            chart.addAxis(axis, side)
            series.attachAxis(axis)
            axis.setMin(0)  # after attaching, which fits the axis to the series
        chart.legend().setAlignment(Qt.AlignBottom)
        self.setChart(chart)
