"""Bar and pie charts (QtCharts) from plain figures. QtCharts costs the window's start some
90 ms, so pages import this module when they first have figures to draw, not at load."""

from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QPieSeries, QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


def chart_view(name: str, parent=None) -> QChartView:
    """An antialiased, empty chart view named `name` (tests find it by that name)."""
    view = QChartView(parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.Antialiasing)
    return view


def bar_chart(title: str, label: str, bars: list[tuple[str, float]]) -> QChart:
    """One series of vertical bars, (category, height) each, from zero up."""
    chart = QChart()
    chart.setTitle(title)
    values = QBarSet(label)
    for _category, height in bars:
        values.append(height)
    series = QBarSeries()
    series.append(values)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([category for category, _ in bars])
    axis_x.setLabelsAngle(-90)
    chart.addAxis(axis_x, Qt.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setMin(0)
    chart.addAxis(axis_y, Qt.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().hide()
    return chart


def pie_chart(title: str, slices: list[tuple[str, float]]) -> QChart:
    """A pie of (label, size) slices, the legend below it."""
    chart = QChart()
    chart.setTitle(title)
    pie = QPieSeries()
    for label, size in slices:
        pie.append(label, size)
    chart.addSeries(pie)
    chart.legend().setAlignment(Qt.AlignBottom)
    return chart
