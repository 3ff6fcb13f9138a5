"""Charts in a panel: a matplotlib Figure drawn to PNG into an `Image` widget (a few KB each)."""

from __future__ import annotations

import io
from typing import Any, Optional

import ipywidgets as widgets

__all__ = ["chart", "png", "show_chart"]

DPI = 110
"""Sharp enough for text of about 10 px on a screen, a few tens of KB a chart."""


def png(figure: Any) -> bytes:
    """`figure` as PNG bytes at a screen resolution."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


def chart() -> widgets.Image:
    """An empty chart, hidden until `show_chart` draws into it. (No `tooltip`: ipywidgets 8's
    Image view fails to render with one.)"""
    image = widgets.Image(format="png", layout=widgets.Layout(max_width="560px", display="none"))
    image.add_class("bland-nb-chart")
    return image


def show_chart(image: widgets.Image, figure: Optional[Any]) -> None:
    """Draw `figure` into `image`, or hide `image` when there is nothing to draw (never a broken image)."""
    image.value = png(figure) if figure is not None else b""
    image.layout.display = "" if figure is not None else "none"
