"""Draw an owner's timeline: one step line per position, gaps marked in red."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any


def plot_timeline(rows: list[dict[str, Any]], out: str | Path, *, title: str = "") -> Path:
    """Write a PNG or SVG of the reported positions in ``rows`` (from `Ledger.timeline`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(out)
    series: dict[str, list[tuple[date, float, float | None]]] = {}
    for r in rows:
        if r.get("position") is None or not r.get("date"):
            continue
        label = (
            f"{r.get('ticker') or r.get('issuer') or '?'} {r.get('security_title') or '?'} ({r.get('ownership') or '?'}"
        )
        label += f", {r['nature_of_ownership']})" if r.get("nature_of_ownership") else ")"
        series.setdefault(label, []).append((date.fromisoformat(r["date"]), r["position"], r.get("gap")))
    fig, ax = plt.subplots(figsize=(10, 5))
    gap_label_used = False
    for label, pts in series.items():
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        ax.step(xs, ys, where="post", marker="o", markersize=3, label=label)
        for x, y, gap in pts:
            if gap:
                ax.plot(
                    [x, x],
                    [y - gap, y],
                    color="red",
                    linewidth=2,
                    label=None if gap_label_used else "gap (reported vs carried)",
                )
                ax.annotate(
                    f"gap {gap:+,.0f}", (x, y), textcoords="offset points", xytext=(4, 6), color="red", fontsize=8
                )
                gap_label_used = True
    ax.set_title(title or "Positions over time")
    ax.set_ylabel("shares (reported after each row)")
    ax.grid(True, alpha=0.3)
    if series:
        ax.legend(fontsize=7, loc="best")
    else:
        ax.text(0.5, 0.5, "no reported positions", transform=ax.transAxes, ha="center")
    fig.autofmt_xdate()
    fig.tight_layout()
    from section16.ledger.export import writing

    try:
        with writing(out):
            fig.savefig(out, format=out.suffix.lstrip(".").lower() or "png")
    finally:
        plt.close(fig)
    return out
