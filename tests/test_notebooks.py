"""The notebooks in notebooks/ are committed ready to read: executed top to bottom with their
outputs, no errors, small, and holding no key and no path of this machine.

(Running them is nbval's job: `pytest notebooks`.)
"""

from __future__ import annotations

import ast
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bland_nb.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
STORIES = ("quickstart", "campaign_analysis", "billing_analysis", "agent_tools")
LARGEST = 1_000_000
"""Bytes a committed notebook may take."""
KEY_SHAPES = re.compile(r"\bsk-[A-Za-z0-9_-]{16,}|\borg_[A-Za-z0-9]{16,}")
"""What Bland (and most vendors') API keys look like."""


def notebook(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(nb: dict[str, Any]) -> list[dict[str, Any]]:
    return [cell for cell in nb["cells"] if cell["cell_type"] == "code"]


def texts(nb: dict[str, Any]) -> Iterator[str]:
    """Every text of the notebook: sources, outputs (but images), metadata."""
    yield json.dumps(nb["metadata"])
    for cell in nb["cells"]:
        yield "".join(cell["source"])
        for output in cell.get("outputs", []):
            yield "".join(output.get("text", ""))
            yield "".join(output.get("traceback", []))
            for kind, data in output.get("data", {}).items():
                if not kind.startswith("image/"):
                    yield data if isinstance(data, str) else json.dumps(data)


def shows_a_value(source: str) -> bool:
    """Whether a cell's code ends with an expression that is not hidden by a semicolon."""
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
    try:
        body = ast.parse(code).body
    except SyntaxError:
        return False
    return bool(body) and isinstance(body[-1], ast.Expr) and not code.rstrip().endswith(";")


def test_the_stories_are_there():
    assert {path.stem for path in NOTEBOOKS} >= set(STORIES)


@pytest.fixture(params=NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def path(request: pytest.FixtureRequest) -> Path:
    return request.param


def test_executed_top_to_bottom_in_one_run(path):
    cells = code_cells(notebook(path))
    assert [cell["execution_count"] for cell in cells] == list(range(1, len(cells) + 1)), (
        f"{path.name}: execute it in a fresh kernel (jupyter nbconvert --to notebook --execute --inplace)"
    )


def test_outputs_kept_and_no_errors(path):
    for number, cell in enumerate(code_cells(notebook(path)), 1):
        source = "".join(cell["source"])
        if shows_a_value(source) or "NBVAL_CHECK_OUTPUT" in source:
            assert cell["outputs"], f"{path.name}, code cell {number}: no output kept"
        errors = [output for output in cell["outputs"] if output["output_type"] == "error"]
        assert not errors, f"{path.name}, code cell {number}: {errors[0]['ename']}: {errors[0]['evalue']}"
        assert not any(output.get("name") == "stderr" for output in cell["outputs"]), (
            f"{path.name}, code cell {number}: a warning or error was printed"
        )


def test_small(path):
    assert path.stat().st_size < LARGEST


def test_no_key(path):
    keys = [Sandbox.key_for(seed) for seed in range(4)]
    if os.environ.get("BLAND_API_KEY"):
        keys.append(os.environ["BLAND_API_KEY"])
    for text in texts(notebook(path)):
        assert not any(key in text for key in keys), f"{path.name} holds an API key"
        shaped = KEY_SHAPES.search(text)
        assert shaped is None, f"{path.name} holds something shaped like a key: {shaped.group()[:8]}…"


def test_no_path_of_this_machine(path):
    for text in texts(notebook(path)):
        assert str(ROOT) not in text, f"{path.name} holds the checkout's path {ROOT}"
        assert str(Path.home()) + os.sep not in text, f"{path.name} holds the home directory {Path.home()}"


def test_the_sanitizer_hides_what_changes_between_runs():
    """nbval compares checked outputs after these replacements: ids, times, addresses, ports."""
    from nbval.plugin import get_sanitize_patterns

    patterns = get_sanitize_patterns((ROOT / "notebooks" / "nbval_sanitize.cfg").read_text())
    text = (
        "call 0f8fad5b-d9cb-469f-a165-70867728950e at 2026-11-26 11:59:46.875651+00:00 "
        "<obj at 0x7f3a2b1c4d50> http://127.0.0.1:40123"
    )
    for regex, replacement in patterns:
        text = re.sub(regex, replacement, text)
    assert text == "call <UUID> at <TIME> <obj at <ADDRESS>> http://127.0.0.1:<PORT>"
