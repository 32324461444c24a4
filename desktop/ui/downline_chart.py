"""The Downline page's chart (QtCharts): per month, what a team sold and what its member
earned in commission. Its module is loaded with the page, never at the window's start."""

from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QValueAxis)
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
    """Net sales (sales less refunds) of the team and the member's commission, by month."""

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
        earned = QBarSet(self.tr("Commission"))
        for f in self.figures:
            sales.append((f.sales - f.refunded) / scale)  # a bar's height only
            earned.append(f.commission / scale)
        series = QBarSeries()
        series.append(sales)
        series.append(earned)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([f.month for f in self.figures] or [""])
        chart.addAxis(months, Qt.AlignBottom)
        series.attachAxis(months)
        amounts = QValueAxis()
        amounts.setMin(0)
        chart.addAxis(amounts, Qt.AlignLeft)
        series.attachAxis(amounts)
        chart.legend().setAlignment(Qt.AlignBottom)
        self.setChart(chart)
