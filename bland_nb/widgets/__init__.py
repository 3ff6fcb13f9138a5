"""bland_nb.widgets: ipywidgets panels for JupyterLab, Notebook 7, VS Code and Voilà.

```python
from bland_nb import connect
from bland_nb.widgets import BillingPanel, CallExplorer, CampaignDashboard, OrgPanel, PathwayBrowser

client = connect()
CampaignDashboard(client)      # campaigns, funnel, calls, and a stop button that asks first
CallExplorer(client)           # filters, 50 calls a page, transcript, a confirmed Analyze
BillingPanel(client)           # balances, refill settings, spend over time, runway
PathwayBrowser(client)         # pathways by folder, their versions, a chat with one
OrgPanel(client)               # organizations, members and their permissions
Dashboard(client)              # all five as tabs, each loaded when first shown
```

Each panel is built from a `BlandClient`, loads once and has `refresh()`. Loading shows in
the panel's status line, errors are said there in plain words, and anything a callback prints
goes to the panel's `Output`. The client is never a widget trait, so no widget state (and no
saved notebook) holds the key, and tables ship one page of rows to the browser, never more.
Needs `pip install 'bland-nb[widgets]'`.
"""

from ._base import Confirmation, Panel, describe_error
from ._table import PagedTable
from .billing import BillingPanel
from .calls import CallExplorer
from .campaigns import CampaignDashboard
from .dashboard import Dashboard
from .organizations import OrgPanel
from .pathways import PathwayBrowser

__all__ = [
    "BillingPanel",
    "CallExplorer",
    "CampaignDashboard",
    "Confirmation",
    "Dashboard",
    "OrgPanel",
    "PagedTable",
    "Panel",
    "PathwayBrowser",
    "describe_error",
]
