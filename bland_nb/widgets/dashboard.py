"""`Dashboard`: every panel in a tab of its own, each loaded when its tab is first shown."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .billing import BillingPanel
from .calls import CallExplorer
from .campaigns import CampaignDashboard
from .organizations import OrgPanel
from .pathways import PathwayBrowser

__all__ = ["Dashboard"]

PANELS = (CampaignDashboard, CallExplorer, BillingPanel, PathwayBrowser, OrgPanel)


class Dashboard(widgets.Tab):
    """The account's panels as tabs: the first loads now, each other one when its tab is first
    shown, so the page is ready once the first panel is.

    ```python
    from bland_nb.widgets import Dashboard
    Dashboard(client)          # the page notebooks/dashboard.ipynb serves in Voilà
    ```
    """

    def __init__(self, client: Any, **kwargs: Any):
        panels = [kind(client, load=index == 0) for index, kind in enumerate(PANELS)]
        super().__init__(panels, titles=[panel.title for panel in panels], selected_index=0, **kwargs)
        self.observe(self._shown, names="selected_index")

    @property
    def panels(self) -> tuple[Any, ...]:
        return self.children

    def _shown(self, change: dict[str, Any]) -> None:
        panel = self.children[change["new"]] if change["new"] is not None else None
        if panel is not None and not panel.loaded:
            panel.refresh()
