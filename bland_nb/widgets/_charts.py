"""Charts in a panel: bars drawn in the browser by Altair's `JupyterChart` (Vega-Lite, as SVG).

Hovering a bar shows its value; the title is also the SVG's accessible name. The chart's
JavaScript comes from the installed `vl-convert` package (`enable_offline`), never from a CDN:
about 0.9 MB sent once per chart widget, while the chart's own state is a few KB. ARCHITECTURE.md
("Charts") says why Altair rather than Plotly.
"""

from __future__ import annotations

from typing import Any, Optional, Union

import altair as alt
import ipywidgets as widgets
import pandas as pd

__all__ = ["Chart", "ChartSlot", "chart", "show_chart"]

WIDTH, HEIGHT, LOW = 440, 200, 70
"""Pixels of the plot area: two charts fit side by side at 1280 px; lower panels (after the first) are LOW."""
COLOURS = ("#4c78a8", "#8c8c8c")
"""The first column's bars, then the others': a blue and a grey that read on light and dark themes."""
LINES = "#8c8c8c"
"""Axes and grid lines, for both themes."""
FONT = 13
"""Text size in px: labels and axis titles (the title is 15)."""


alt.JupyterChart.enable_offline()  # Vega's JavaScript from vl-convert: at import, so a preheated kernel pays it


class Chart(alt.JupyterChart):
    """A `JupyterChart` whose text takes the JupyterLab theme's colour (a CSS fill beats Vega's SVG attribute)."""

    _css = (
        alt.JupyterChart._css
        + ".bland-nb-chart .vega-embed text { fill: var(--jp-ui-font-color1, #212121); }\n"
        + ".bland-nb-chart .vega-embed { padding-right: 0; }\n"
    )


class ChartSlot(widgets.Box):
    """Where a chart goes: empty and hidden until `show_chart` first draws into it, so a page
    that shows no chart (yet) receives none of the chart's JavaScript (about 0.9 MB)."""

    def __init__(self, title: str, x: str = "", formats: Optional[dict[str, str]] = None):
        super().__init__(layout=widgets.Layout(display="none"))
        self.title, self.x_title, self.formats = title, x, dict(formats or {})
        self.widget: Optional[Chart] = None
        self.add_class("bland-nb-chart")

    @property
    def chart(self) -> Any:
        """The Altair chart drawn, or None."""
        return self.widget.chart if self.widget is not None else None

    @property
    def spec(self) -> Any:
        """The Vega-Lite spec drawn, or None."""
        return self.widget.spec if self.widget is not None else None


def chart(title: str, x: str = "", formats: Optional[dict[str, str]] = None) -> ChartSlot:
    """An empty bar chart, hidden until `show_chart` draws into it: `title` (also its accessible
    name), `x` the axis title under the bars, `formats` the d3 format of each column shown by name
    (e.g. `"$,.2f"`; integers otherwise)."""
    return ChartSlot(title, x, formats)


def show_chart(slot: ChartSlot, data: Union[pd.Series, pd.DataFrame, None], title: Optional[str] = None) -> None:
    """Draw `data` into `slot` as bars from 0 over its index (labels, in order; titled by the
    chart's `x`, else by the index's name), one panel per column, stacked; or hide `slot` when `data` is None
    or empty (never an empty frame). `title` replaces the chart's title."""
    slot.title = title or slot.title
    if data is None or not len(data):
        if slot.widget is not None:
            slot.widget.chart = None
        slot.layout.display = "none"
        return
    if slot.widget is None:
        slot.widget = Chart(None, embed_options={"renderer": "svg", "actions": False})
        slot.children = (slot.widget,)
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    x = slot.x_title or data.index.name or "label"
    labels = [str(label).replace("_", " ") for label in data.index]
    frame = frame.reset_index(drop=True).assign(**{x: labels})
    columns = [column for column in frame.columns if column != x]
    panels = [
        _bars(x, column, slot.formats.get(column, ",d"), n, last=n == len(columns) - 1)
        for n, column in enumerate(columns)
    ]
    top = alt.vconcat(*panels, data=frame, spacing=6, title=slot.title, description=slot.title)
    slot.widget.chart = (
        top.configure(background="transparent", font="sans-serif")
        .configure_axis(
            labelFontSize=FONT, titleFontSize=FONT, domainColor=LINES, tickColor=LINES, gridColor=LINES, gridOpacity=0.3
        )
        .configure_title(fontSize=FONT + 2, anchor="start")
        .configure_view(stroke=None)
    )
    slot.layout.display = ""


def _bars(x: str, column: str, fmt: str, n: int, last: bool) -> alt.Chart:
    """The bars of `column` (the `n`th), its values shown on hover; the labels under the bars only in the last panel."""
    axis = alt.Axis(labelAngle=-40, labelOverlap="greedy") if last else alt.Axis(labels=False, ticks=False, title=None)
    return (
        alt.Chart(width=WIDTH, height=HEIGHT if n == 0 else LOW)
        .mark_bar(color=COLOURS[min(n, 1)])
        .encode(
            x=alt.X(field=x, type="nominal", sort=None, axis=axis),
            y=alt.Y(field=column, type="quantitative", axis=alt.Axis(format=fmt, tickCount=4 if n == 0 else 2)),
            tooltip=[
                alt.Tooltip(field=x, type="nominal"),
                alt.Tooltip(field=column, type="quantitative", format=fmt),
            ],
        )
    )
