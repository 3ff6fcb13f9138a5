"""Charts in a panel: a matplotlib Figure drawn to PNG into an `Image` widget (a few KB each)."""

from __future__ import annotations

import io
from typing import Any

import ipywidgets as widgets

__all__ = ["chart", "png"]

DPI = 72


def png(figure: Any) -> bytes:
    """`figure` as PNG bytes at a screen resolution."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


def chart() -> widgets.Image:
    """An empty chart: set `.value = png(figure)`."""
    return widgets.Image(format="png", layout=widgets.Layout(max_width="520px"))
