"""`Dashboard`: every panel in a tab of its own, each built and loaded when its tab is first shown."""

from __future__ import annotations

from typing import Any, Optional

import ipywidgets as widgets

from ._base import Panel
from .billing import BillingPanel
from .calls import CallExplorer
from .campaigns import CampaignDashboard
from .organizations import OrgPanel
from .pathways import PathwayBrowser

__all__ = ["Dashboard"]

PANELS = (CampaignDashboard, CallExplorer, BillingPanel, PathwayBrowser, OrgPanel)


class Dashboard(widgets.Tab):
    """The account's panels as tabs: the first is built and loaded now, each other one when its
    tab is first shown, so the page is ready once the first panel is (and holds its widgets only).

    ```python
    from bland_nb.widgets import Dashboard
    dashboard = Dashboard(client)          # the page notebooks/dashboard.ipynb serves in Voilà
    dashboard.panel(1).filter(answered_by="human")   # the Calls panel, built now if not yet
    ```
    """

    def __init__(self, client: Any, **kwargs: Any):
        self._client = client
        self._panels: list[Optional[Panel]] = [None] * len(PANELS)
        tabs = [widgets.Box(layout=widgets.Layout(display="block")) for _ in PANELS]
        super().__init__(tabs, titles=[kind.title for kind in PANELS], selected_index=0, **kwargs)
        self.panel(0)
        self.observe(self._shown, names="selected_index")

    @property
    def panels(self) -> tuple[Optional[Panel], ...]:
        """Each tab's panel, None until the tab is first shown (or `panel` asked for)."""
        return tuple(self._panels)

    def panel(self, index: int) -> Panel:
        """The panel of tab `index`, built and loaded now if it was not yet."""
        panel = self._panels[index]
        if panel is None:
            panel = self._panels[index] = PANELS[index](self._client)
            self.children[index].children = (panel,)
        return panel

    def _shown(self, change: dict[str, Any]) -> None:
        if change["new"] is None:
            return
        built = self._panels[change["new"]] is not None
        panel = self.panel(change["new"])
        if built and not panel.loaded:  # its first load failed: try again
            panel.refresh()
