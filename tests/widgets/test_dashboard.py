"""Dashboard: every panel as a tab, each loaded when its tab is first shown."""

from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from bland_nb.sandbox import Sandbox
from bland_nb.widgets import BillingPanel, CallExplorer, CampaignDashboard, Dashboard, OrgPanel, PathwayBrowser


def test_only_the_first_tab_loads_until_another_is_shown():
    sandbox = Sandbox(seed=2, calls=300)
    dashboard = Dashboard(sandbox.client())
    kinds = [type(panel) for panel in dashboard.panels]
    assert kinds == [CampaignDashboard, CallExplorer, BillingPanel, PathwayBrowser, OrgPanel]
    assert [panel.loaded for panel in dashboard.panels] == [True, False, False, False, False]
    asked = len(sandbox.log)
    later = {"list_pathways", "list_pathway_folders", "get_organization_members"}
    assert not later & {entry["endpoint"] for entry in sandbox.log}  # the Pathways and Organizations tabs wait

    dashboard.selected_index = 3  # a person opens Pathways
    assert [panel.loaded for panel in dashboard.panels] == [True, False, False, True, False]
    assert len(sandbox.log) > asked and dashboard.panels[3].last_error is None
    loaded = len(sandbox.log)
    dashboard.selected_index = 0
    dashboard.selected_index = 3  # shown again: not loaded again
    assert len(sandbox.log) == loaded


def test_a_tab_whose_load_failed_loads_again_when_shown_again():
    from bland_nb.sandbox.faults import FaultInjector, Faults

    sandbox = Sandbox(seed=2, calls=300)
    dashboard = Dashboard(sandbox.client(max_retries=0))
    sandbox.core.faults = FaultInjector(Faults(error_rate=1.0))
    dashboard.selected_index = 2
    assert not dashboard.panels[2].loaded and dashboard.panels[2].last_error is not None
    sandbox.core.faults = FaultInjector(Faults())
    dashboard.selected_index = 0
    dashboard.selected_index = 2
    assert dashboard.panels[2].loaded and dashboard.panels[2].last_error is None
