"""Reading the panels' HTML tables back in tests."""

from __future__ import annotations

import html
import re


def table_rows(html_text: str) -> list[list[str]]:
    """The cells of each body row of an HTML table, unescaped; an id shortened in its cell is read
    whole from the cell's title (after checking it shows its first 8 characters)."""
    rows = []
    for row in re.findall(r"<tr>(<td.*?)</tr>", html_text):
        cells = []
        for title, text in re.findall(r"<td(?: title='([^']*)')?>(.*?)</td>", row):
            assert not title or text == title[:8] + "…"
            cells.append(html.unescape(title or text))
        rows.append(cells)
    return rows
