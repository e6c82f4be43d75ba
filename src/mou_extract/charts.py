"""Small inline SVG bar charts for the HTML report (no JavaScript, no external files).

    hbar([("Jawa Tengah", 3), ("Jambi", 1)], name="province")   # ranked, horizontal
    vbar([("2026-01", 2), ("2026-02", 0)], name="month")         # a time axis

Every chart is an <svg class="chart" data-chart=NAME> whose bars are <rect class="bar">
with a <title> tooltip; the report test counts them in a real browser.
"""
from __future__ import annotations

from html import escape

CHAR_W = 7  # px per character of a 12px label, roughly


def _short(label: str, n: int) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def hbar(items: list[tuple[str, int]], name: str, width: int = 560, label_w: int = 230) -> str:
    """A ranked horizontal bar chart, one row per (label, value), in the given order."""
    if not items:
        return f'<p class="empty" data-chart="{escape(name)}">nothing to show</p>'
    row, top = 24, 4
    height = top + row * len(items) + 4
    peak = max(v for _, v in items) or 1
    span = width - label_w - 40
    chars = (label_w - 12) // CHAR_W
    parts = [f'<svg class="chart" data-chart="{escape(name)}" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="{escape(name)}">']
    for i, (label, value) in enumerate(items):
        y = top + i * row
        w = max(1.0, span * value / peak)
        tip = escape(f"{label}: {value}")
        parts.append(
            f'<g><title>{tip}</title>'
            f'<text class="label" x="{label_w - 8}" y="{y + 16}" text-anchor="end">{escape(_short(label, chars))}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" rx="2"></rect>'
            f'<text class="value" x="{label_w + w + 6:.1f}" y="{y + 16}">{value}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def vbar(items: list[tuple[str, int]], name: str, height: int = 220, bar_w: int = 28) -> str:
    """A vertical bar chart over an ordered axis (months); labels thinned when crowded."""
    if not items:
        return f'<p class="empty" data-chart="{escape(name)}">nothing to show</p>'
    left, bottom, top = 30, 46, 14
    step = bar_w + 6
    width = max(320, left + step * len(items) + 10)
    plot_h = height - bottom - top
    peak = max(v for _, v in items) or 1
    every = max(1, len(items) // 24 + (len(items) % 24 > 0))
    parts = [f'<svg class="chart" data-chart="{escape(name)}" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="{escape(name)}">',
             f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - 4}" y2="{top + plot_h}"></line>',
             f'<text class="value" x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>',
             f'<text class="value" x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>']
    for i, (label, value) in enumerate(items):
        x = left + 4 + i * step
        h = plot_h * value / peak
        parts.append(f'<g><title>{escape(f"{label}: {value}")}</title>'
                     f'<rect class="bar" x="{x}" y="{top + plot_h - h:.1f}" width="{bar_w}" height="{h:.1f}"></rect>')
        if value:
            parts.append(f'<text class="value" x="{x + bar_w / 2}" y="{top + plot_h - h - 3:.1f}" '
                         f'text-anchor="middle">{value}</text>')
        if i % every == 0:
            parts.append(f'<text class="label" transform="translate({x + bar_w / 2},{top + plot_h + 10}) '
                         f'rotate(-45)" text-anchor="end">{escape(label)}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def months_between(first: str, last: str) -> list[str]:
    """Every YYYY-MM from first to last inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while (y, m) <= (int(last[:4]), int(last[5:7])):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
