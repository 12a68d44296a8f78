"""The report as one self-contained HTML page: inline CSS and SVG, no script, no font, no request.

Every piece of data goes through `html.escape`; numbers are written from the values the views returned
(integers with thousands separators, decimals as stored), never recomputed here.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from spine.render.report.charts import Chart
from spine.render.report.model import Block, Column, KeyFigures, Note, Report, Section, Table

_CSS = """
:root { --ink: #1d2330; --muted: #5d6675; --rule: #d9dde3; --band: #f5f7fa; --accent: #1f5a96; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
       font: 14px/1.45 -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
header { background: var(--accent); color: #fff; padding: 22px 40px 18px; }
header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 600; }
header p { margin: 0; opacity: .9; }
nav { padding: 10px 40px; border-bottom: 1px solid var(--rule); background: var(--band); font-size: 13px; }
nav a { color: var(--accent); margin-right: 18px; text-decoration: none; }
main { padding: 8px 40px 40px; max-width: 1180px; }
section { margin-top: 28px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin: 0 0 8px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
p.intro, p.caption, p.note { color: var(--muted); margin: 4px 0 10px; }
p.note { background: #fff8e6; border-left: 3px solid #e0a800; padding: 8px 12px; color: var(--ink); }
figure { margin: 8px 24px 10px 0; }
.charts { display: flex; flex-wrap: wrap; align-items: flex-start; }
.kpis { display: flex; gap: 14px; margin: 10px 0 6px; flex-wrap: wrap; }
.kpi { border: 1px solid var(--rule); border-left: 4px solid var(--accent); padding: 8px 16px;
       min-width: 150px; background: var(--band); }
.kv { display: block; font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
.kl { color: var(--muted); font-size: 12px; }
figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 12.5px; margin: 4px 0 12px; }
th, td { padding: 3px 10px; border-bottom: 1px solid var(--rule); text-align: left; white-space: nowrap; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.wrap { white-space: normal; max-width: 420px; word-break: break-all; }
.scroll { max-height: 340px; overflow: auto; display: inline-block; max-width: 100%; }
footer { color: var(--muted); font-size: 12px; padding: 0 40px 30px; }
"""


def render(report: Report) -> str:
    """The whole page."""
    span = f"{report.first} to {report.last}" if report.first else "no week"
    weeks = len(report.weeks)
    nav = "".join(f'<a href="#{escape(s.key)}">{escape(s.title)}</a>' for s in report.sections)
    body = "".join(_section(s) for s in report.sections)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(f'OTC transparency report: {report.tier}, {span}')}</title>"
        f"<style>{_CSS}</style></head><body>"
        f"<header><h1>FINRA OTC transparency: {escape(report.tier)}</h1>"
        f"<p>{escape(span)} &middot; {weeks} week{'s' if weeks != 1 else ''} aggregated"
        f" &middot; ATS volume only</p></header>"
        f"<nav>{nav}</nav><main>{body}</main>"
        f"<footer>Built {escape(report.generated_at)} by spine report from {escape(report.database)}."
        " Figures in tables are exact, as stored; charts are drawn from the same rows.</footer>"
        "</body></html>\n"
    )


def _section(section: Section) -> str:
    blocks = "".join(_group(group) for group in _chart_rows(section.blocks))
    return (
        f'<section id="{escape(section.key)}"><h2>{escape(section.title)}</h2>'
        f'<p class="intro">{escape(section.intro)}</p>{blocks}</section>'
    )


def _chart_rows(blocks: list[Block]) -> list[list[Block]]:
    """Consecutive charts share a row (they wrap on a narrow page); every other block stands alone."""
    groups: list[list[Block]] = []
    for block in blocks:
        if isinstance(block, Chart) and groups and isinstance(groups[-1][-1], Chart):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _group(group: list[Block]) -> str:
    if isinstance(group[0], Chart):
        return '<div class="charts">' + "".join(_block(b) for b in group) + "</div>"
    return _block(group[0])


def _block(block: Block) -> str:
    if isinstance(block, KeyFigures):
        cells = "".join(
            f'<div class="kpi"><span class="kv" data-col="{escape(key)}">'
            f"{escape(_text(Column(key, label, 'int'), block.row.get(key)))}</span>"
            f'<span class="kl">{escape(label)}</span></div>'
            for label, key in block.items
        )
        return f'<div class="kpis">{cells}</div>'
    if isinstance(block, Note):
        return f'<p class="note">{escape(block.text)}</p>'
    if isinstance(block, Chart):
        # The SVG is vl-convert's output (no data text is put into it here); labels in it are escaped by it.
        return (
            f'<figure class="chart"><h3>{escape(block.title)}</h3>{block.svg}'
            f'<figcaption><p class="caption">{escape(block.caption)}</p></figcaption></figure>'
        )
    return _table(block)


def _table(table: Table) -> str:
    # The column's key is on its heading only: cells stay small on tables of thousands of rows.
    head = "".join(
        f'<th class="{_align(c)}" data-col="{escape(c.key)}">{escape(c.label)}</th>' for c in table.columns
    )
    rows = "".join(
        "<tr>" + "".join(_cell(c, row.get(c.key)) for c in table.columns) + "</tr>" for row in table.rows
    )
    caption = f'<p class="caption">{escape(table.caption)}</p>' if table.caption else ""
    return (
        f"<h3>{escape(table.title)}</h3>{caption}"
        f'<div class="scroll"><table data-table="{escape(table.key)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _align(column: Column) -> str:
    return "num" if column.kind in ("int", "decimal") else ("wrap" if column.kind == "long" else "")


def _cell(column: Column, value: Any) -> str:
    text = escape(_text(column, value))
    align = _align(column)
    return f'<td class="{align}">{text}</td>' if align else f"<td>{text}</td>"


def _text(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if column.kind == "decimal" and isinstance(value, Decimal):
        return f"{value:+f}" if column.key.endswith("_pp") else str(value)
    return str(value)
