"""Bar charts for reports (reportlab graphics), drawn in the bundled fonts.

Label room is measured, not guessed: a horizontal chart leaves exactly the width of its longest
category name (shortened with "…" past a limit), and a vertical chart with many bars labels only
every n-th one, so labels never overlap. Values print at the end of each bar with Vietnamese digit
grouping.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from accred_app.printing.document import INK, number
from accred_app.printing.fonts import BOLD, REGULAR, register_fonts, text_width

PALETTE = (
    colors.Color(0.12, 0.34, 0.60),  # blue
    colors.Color(0.78, 0.06, 0.18),  # police red
    colors.Color(0.18, 0.49, 0.20),  # green
    colors.Color(0.93, 0.62, 0.0),  # amber
)
LABEL_SIZE = 7.5
TITLE_SIZE = 9
MAX_LABEL_WIDTH = 150.0


def shorten(text: str, font: str, size: float, limit: float) -> str:
    """``text`` cut at a word or letter boundary with "…" so it fits ``limit`` points."""
    if text_width(text, font, size) <= limit:
        return text
    words = text.split()
    while len(words) > 1 and text_width(" ".join(words) + "…", font, size) > limit:
        words.pop()
    shortened = " ".join(words)
    while shortened and text_width(shortened + "…", font, size) > limit:
        shortened = shortened[:-1]
    return shortened.rstrip() + "…"


def _value_format(value: float) -> str:
    return number(round(value))


def _nice_top(value: int) -> int:
    """An axis end a little above the largest value, on a round number (1, 1.2, 1.5, 2 … × 10ⁿ)."""
    if value < 5:
        return 5
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        top = int(step * magnitude)
        if top >= value * 1.08:
            return top
    return int(12 * magnitude)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in our font: reportlab's default (Helvetica) is never embedded."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(
        String(width / 2, height - TITLE_SIZE, text, fontName=BOLD, fontSize=TITLE_SIZE,
               fillColor=INK, textAnchor="middle")
    )  # fmt: skip


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = REGULAR
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = max(text_width(n, REGULAR, LABEL_SIZE) for n in names) + 24
    legend.dx, legend.dy = 8, 6
    legend.boxAnchor = "sw"
    legend.colorNamePairs = list(zip(PALETTE, names, strict=False))
    drawing.add(legend)


def horizontal_bars(
    title: str,
    labels: Sequence[str],
    series: Sequence[Sequence[int]],
    names: Sequence[str],
    width: float,
) -> Drawing:
    """One bar group per label, top to bottom in the given order; height follows the rows."""
    register_fonts()
    shown = [shorten(label, REGULAR, LABEL_SIZE, MAX_LABEL_WIDTH) for label in labels]
    label_room = max((text_width(s, REGULAR, LABEL_SIZE) for s in shown), default=0) + 8
    per_group = 11 * len(series) + 5
    plot_height = max(per_group * len(labels), 24)
    legend_room = 18 if len(series) > 1 else 0
    height = plot_height + TITLE_SIZE + 26 + legend_room
    drawing = _drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x = label_room
    chart.y = 16 + legend_room
    chart.width = width - label_room - 40  # room for the value after the longest bar
    chart.height = plot_height
    # reportlab draws the first category at the bottom: reverse so the list reads top-down.
    chart.data = [list(reversed(values)) for values in series]
    chart.categoryAxis.categoryNames = list(reversed(shown))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = colors.grey
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_top(max((max(v, default=0) for v in series), default=0))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labelTextFormat = _value_format
    chart.valueAxis.strokeColor = colors.grey
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.barLabelFormat = _value_format
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, names, label_room, 0)
    return drawing


def vertical_bars(
    title: str,
    labels: Sequence[str],
    series: Sequence[Sequence[int]],
    names: Sequence[str],
    width: float,
    height: float = 150,
) -> Drawing:
    """Bars over time; with many bars only every n-th label is written, so none overlap."""
    register_fonts()
    legend_room = 18 if len(series) > 1 else 0
    drawing = _drawing(width, height)
    _title(drawing, title, width, height)
    top = _nice_top(max((max(v, default=0) for v in series), default=0))
    value_room = text_width(number(top), REGULAR, LABEL_SIZE) + 10
    chart = VerticalBarChart()
    chart.x = value_room
    chart.y = 18 + legend_room
    chart.width = width - value_room - 6
    chart.height = height - TITLE_SIZE - 30 - legend_room
    chart.data = [list(values) for values in series]
    slot = chart.width / max(len(labels), 1)
    widest = max((text_width(label, REGULAR, LABEL_SIZE) for label in labels), default=0)
    every = max(1, int((widest + 6) // slot) + 1)
    chart.categoryAxis.categoryNames = [
        label if index % every == 0 else "" for index, label in enumerate(labels)
    ]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = colors.grey
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labelTextFormat = _value_format
    chart.valueAxis.strokeColor = colors.grey
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    chart.groupSpacing = max(1.0, slot * 0.25)
    chart.barSpacing = 0.5
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, names, value_room, 0)
    return drawing
