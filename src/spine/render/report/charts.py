"""The report's charts: Vega-Lite specifications (altair) rendered to inline SVG (vl-convert).

The SVG is drawn here, once, when the report is built: the page needs no script, no font and no network
to show it. Chart values are floats for drawing only; the figures a reader quotes are in the tables,
exact, next to each chart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT = 420, 180  # two charts side by side on a laptop screen
WIDE = 860  # charts of many series (shares over time) take the page's width
# A qualitative palette that stays readable printed in grey; "other" is always the same light grey.
PALETTE = [
    "#1f5a96",
    "#e07b39",
    "#3a9a5b",
    "#c0392b",
    "#7d5ba6",
    "#8c6d31",
    "#d4669a",
    "#5f6b6d",
    "#b5a22c",
    "#2aa1b3",
]
OTHER_COLOUR = "#c8c8c8"


@dataclass(frozen=True)
class Chart:
    """A drawn chart: its title, what it shows in one sentence, and the SVG markup."""

    title: str
    caption: str
    svg: str


def _render(spec: dict[str, Any], key: str) -> str:
    import vl_convert

    svg: str = vl_convert.vegalite_to_svg(spec)
    return _scope_ids(svg, key)


def _scope_ids(svg: str, key: str) -> str:
    """Prefix the SVG's ids: several SVGs share one page, and each one's ``clip1`` must stay its own."""
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{key}-{m.group(1)}"', svg)
    return re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{key}-{m.group(1)})", svg)


def _base(values: list[dict[str, Any]]) -> Any:
    import altair as alt

    return alt.Chart({"values": values}).properties(width=WIDTH, height=HEIGHT)


def _config(chart: Any) -> dict[str, Any]:
    spec: dict[str, Any] = (
        chart.configure_view(stroke=None)
        .configure_axis(
            labelFont="sans-serif",
            titleFont="sans-serif",
            labelFontSize=11,
            titleFontSize=11,
            grid=True,
            gridColor="#eeeeee",
        )
        .configure_legend(labelFont="sans-serif", titleFont="sans-serif", labelFontSize=11)
        .to_dict(validate=False)
    )
    return spec


def weekly_bars(key: str, title: str, caption: str, points: Sequence[tuple[str, int]], unit: str) -> Chart:
    """One bar per week (week ending, value)."""
    import altair as alt

    values = [{"week": week, "value": value} for week, value in points]
    chart = (
        _base(values)
        .mark_bar(color=PALETTE[0])
        .encode(
            x=alt.X("week:O", title="week ending", axis=alt.Axis(labelAngle=-45, labelOverlap=True)),
            # SI prefixes, with B (billion) for G: volumes read as a market reader writes them.
            y=alt.Y(
                "value:Q", title=unit, axis=alt.Axis(labelExpr="replace(format(datum.value, '~s'), 'G', 'B')")
            ),
            tooltip=[alt.Tooltip("week:O"), alt.Tooltip("value:Q", format=",")],
        )
    )
    return Chart(title, caption, _render(_config(chart), key))


def weekly_lines(
    key: str, title: str, caption: str, points: Sequence[tuple[str, str, float]], unit: str
) -> Chart:
    """One line per series over the weeks: (week ending, series, value)."""
    import altair as alt

    values = [{"week": week, "series": series, "value": value} for week, series, value in points]
    series = list(dict.fromkeys(s for _, s, _ in points))
    chart = (
        _base(values)
        .mark_line(point=True)
        .encode(
            x=alt.X("week:O", title="week ending", axis=alt.Axis(labelAngle=-45, labelOverlap=True)),
            y=alt.Y("value:Q", title=unit),
            color=alt.Color(
                "series:N",
                title=None,
                sort=series,
                scale=alt.Scale(domain=series, range=PALETTE[: len(series)] or PALETTE[:1]),
            ),
        )
    )
    return Chart(title, caption, _render(_config(chart), key))


def stacked_shares(
    key: str, title: str, caption: str, points: Sequence[tuple[str, str, float]], order: Sequence[str]
) -> Chart:
    """Stacked bars of shares (%) per week: (week ending, part, share), parts stacked in ``order``."""
    import altair as alt

    values = [
        {"week": week, "part": part, "share": share, "rank": order.index(part)}
        for week, part, share in points
    ]
    colours = [OTHER_COLOUR if part == "other" else PALETTE[i % len(PALETTE)] for i, part in enumerate(order)]
    chart = (
        _base(values)
        .mark_bar()
        .encode(
            x=alt.X("week:O", title="week ending", axis=alt.Axis(labelAngle=-45, labelOverlap=True)),
            y=alt.Y("share:Q", title="share of volume (%)", scale=alt.Scale(domain=[0, 100])),
            color=alt.Color(
                "part:N", title=None, sort=list(order), scale=alt.Scale(domain=list(order), range=colours)
            ),
            order=alt.Order("rank:Q"),
        )
        .properties(width=WIDE, height=240)
    )
    return Chart(title, caption, _render(_config(chart), key))


def ranked_bars(key: str, title: str, caption: str, points: Sequence[tuple[str, float]], unit: str) -> Chart:
    """Horizontal bars in the given order (label, value); negative values point left."""
    import altair as alt

    labels = [label for label, _ in points]
    values = [{"label": label, "value": value, "up": value >= 0} for label, value in points]
    chart = (
        _base(values)
        .mark_bar()
        .encode(
            y=alt.Y("label:N", title=None, sort=labels),
            x=alt.X("value:Q", title=unit),
            color=alt.Color(
                "up:N", legend=None, scale=alt.Scale(domain=[True, False], range=[PALETTE[2], PALETTE[3]])
            ),
        )
        .properties(height=max(60, 18 * len(points)))
    )
    return Chart(title, caption, _render(_config(chart), key))
