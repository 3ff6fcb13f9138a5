"""Dashboard: every panel as a tab, each built and loaded when its tab is first shown."""

from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from bland_nb.sandbox import Sandbox
from bland_nb.widgets import CallExplorer, CampaignDashboard, Dashboard, OrgPanel


def test_only_the_first_tab_is_built_and_loaded_until_another_is_shown():
    sandbox = Sandbox(seed=2, calls=300)
    dashboard = Dashboard(sandbox.client())
    assert list(dashboard.titles) == ["Campaigns", "Calls", "Billing", "Pathways", "Organizations"]
    first, *others = dashboard.panels
    assert isinstance(first, CampaignDashboard) and first.loaded and others == [None] * 4
    assert dashboard.children[0].children == (first,) and all(not tab.children for tab in dashboard.children[1:])
    asked = len(sandbox.log)
    later = {"list_pathways", "list_pathway_folders", "get_organization_members"}
    assert not later & {entry["endpoint"] for entry in sandbox.log}  # the Pathways and Organizations tabs wait

    dashboard.selected_index = 3  # a person opens Pathways
    built = [type(panel).__name__ for panel in dashboard.panels]
    assert built == ["CampaignDashboard", "NoneType", "NoneType", "PathwayBrowser", "NoneType"]
    assert dashboard.panels[3].loaded and dashboard.children[3].children == (dashboard.panels[3],)
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


def test_a_panel_asked_for_in_code_is_built_without_its_tab_shown():
    sandbox = Sandbox(seed=2, calls=300)
    dashboard = Dashboard(sandbox.client())
    calls = dashboard.panel(1)
    assert isinstance(calls, CallExplorer) and calls.loaded and dashboard.selected_index == 0
    assert dashboard.panel(1) is calls and isinstance(dashboard.panel(4), OrgPanel)
    assert [type(panel) for panel in dashboard.panels][2:4] == [type(None), type(None)]
