"""langchain-mcp-adapters loads `bland-nb mcp`'s tools into LangChain, and LangChain's standard
tool tests pass on a few of them (`langchain_standard.py`, run in a child process).

langchain-mcp-adapters (0.3.x) is written for mcp 1.x and does not import beside mcp 2.x, so
when it cannot import here the child runs with an overlay holding mcp 1.x and the adapters
(installed with pip into a temporary folder): the usual setup of an agent whose process speaks
to `bland-nb mcp` in its own environment. Our 2.x server answers the 1.x client on the older
protocol version.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import child_env, http_server, served_sandbox

OVERLAY = (
    "mcp==1.30.0",
    "langchain-mcp-adapters==0.3.2",
    "httpx-sse==0.4.3",
    "pydantic-settings==2.16.3",
    "python-dotenv==1.2.4",
)
"""mcp 1.x, the adapters, and what mcp 1.x needs that this environment lacks (pip --no-deps)."""

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def adapters_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What to put first on the child's path for the adapters to import: nothing, or the overlay."""
    probe = subprocess.run(
        [sys.executable, "-c", "import langchain_mcp_adapters.client"], capture_output=True, timeout=60
    )
    if probe.returncode == 0:
        return ""
    target = tmp_path_factory.mktemp("mcp1")
    pip = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--target",
            str(target),
            *OVERLAY,
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    if pip.returncode:
        pytest.skip(f"could not install mcp 1.x and langchain-mcp-adapters for the client: {pip.stderr[-500:]}")
    return str(target)


def test_langchain_standard_tests_pass_on_adapted_tools(adapters_path):
    with served_sandbox() as (_, env), http_server(env, "--mode", "tools", "--groups", "campaigns,calls") as (url, _):
        path = os.pathsep.join(filter(None, [adapters_path, os.environ.get("PYTHONPATH")]))
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "--noconftest",
                "-k",
                "not test_invoke_",
                str(HERE / "langchain_standard.py"),
            ],
            env=child_env({**env, "BLAND_NB_MCP_URL": url, "PYTHONPATH": path}),
            cwd=HERE.parents[1],
            capture_output=True,
            text=True,
            timeout=120,
        )
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-2000:]
    assert run.returncode == 0 and " passed" in summary and "failed" not in summary, (
        run.stdout[-4000:] + run.stderr[-2000:]
    )
