"""The panels in a real IPython kernel, where an `Output` widget prints an exception leaving it as
a traceback: every message the kernel sends is read, and none may be an error or stderr."""

from __future__ import annotations

import ast
import json
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.slow

SETUP = """
import json

import bland_nb
from bland_nb.sandbox import Sandbox
from bland_nb.sandbox.faults import FaultInjector, Faults
from bland_nb.widgets import BillingPanel, CallExplorer, CampaignDashboard, OrgPanel, PathwayBrowser

sandbox = Sandbox(seed=0, calls=300)
client = sandbox.client(max_retries=0)

def faults(error_rate):
    sandbox.core.faults = FaultInjector(Faults(error_rate=error_rate, seed=1))
"""


@pytest.fixture(scope="module")
def kernel() -> Iterator[Any]:
    from jupyter_client.manager import start_new_kernel

    manager, client = start_new_kernel(kernel_name="python3")
    try:
        reply = execute(client, SETUP)
        assert reply["errors"] == [] and reply["stderr"] == "", reply
        yield client
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def execute(client: Any, code: str) -> dict[str, Any]:
    """Run `code`; every error and the last expression's value (JSON text) the kernel sent for it, and
    every stderr text it sent meanwhile, for any cell."""
    msg_id = client.execute(textwrap.dedent(code))
    seen: dict[str, Any] = {"errors": [], "stderr": "", "value": None}
    while True:
        message = client.get_iopub_msg(timeout=60)
        kind, content = message["msg_type"], message["content"]
        if kind == "stream" and content["name"] == "stderr" and message["parent_header"].get("msg_id") != msg_id:
            seen["stderr"] += content["text"]  # a panel's thread, whichever cell it is said to belong to
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        if kind == "error":
            seen["errors"].append(content["ename"])
        elif kind == "stream" and content["name"] == "stderr":
            seen["stderr"] += content["text"]
        elif kind == "execute_result":
            seen["value"] = json.loads(ast.literal_eval(content["data"]["text/plain"]))
        elif kind == "status" and content["execution_state"] == "idle":
            return seen


@pytest.mark.parametrize("panel", ["CampaignDashboard", "CallExplorer", "BillingPanel", "PathwayBrowser", "OrgPanel"])
def test_a_failing_api_is_said_in_the_status_line_and_retry_recovers(kernel: Any, panel: str) -> None:
    failed = execute(
        kernel,
        f"""
        faults(1.0)
        panel = {panel}(client)
        panel.wait()  # and its work in the background
        json.dumps([panel.last_error is not None, panel.retry_button.layout.display, panel.status.value])
        """,
    )
    assert failed["errors"] == [] and failed["stderr"] == "", "nothing printed: no traceback, no warning"
    error, retry, status = failed["value"]
    assert error and retry == "" and "Error: The API refused this (50" in status and "Traceback" not in status

    recovered = execute(
        kernel,
        """
        faults(0.0)
        panel.retry_button.click()
        panel.wait()
        json.dumps([panel.last_error is None, panel.retry_button.layout.display, panel.status.value])
        """,
    )
    assert recovered["errors"] == [] and recovered["stderr"] == ""
    recovered, retry, status = recovered["value"]
    assert recovered and retry == "none" and "Error" not in status


def test_a_call_that_does_not_exist_is_said_and_replaces_the_old_result(kernel: Any) -> None:
    said = execute(
        kernel,
        """
        faults(0.0)
        explorer = CallExplorer(client)
        explorer.run("Loading the call", explorer.show_call, "no-such-call")
        json.dumps(explorer.status.value)
        """,
    )
    assert said["errors"] == [] and said["stderr"] == ""
    assert "The API refused this (404)" in said["value"] and "calls." not in said["value"]


def test_half_the_requests_failing_still_leaves_no_traceback(kernel: Any) -> None:
    said = execute(
        kernel,
        """
        faults(0.5)
        shown = [kind(client) for kind in (CampaignDashboard, CallExplorer, BillingPanel, PathwayBrowser, OrgPanel)]
        for panel in shown:
            panel.wait()  # their work in the background met the faults too
        faults(0.0)
        json.dumps([panel.last_error is not None for panel in shown])
        """,
    )
    assert said["errors"] == [] and said["stderr"] == ""
    assert any(said["value"]), "some panel met a failure (seeded faults)"
