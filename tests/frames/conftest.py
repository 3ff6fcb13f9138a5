"""The frames tests' seeded world (read-only, one per test module) and its calls as a frame;
`client` (tests/conftest.py) is a client of it."""

from __future__ import annotations

from typing import Any

import pytest

from bland_nb.sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(seed=3, calls=1500)


@pytest.fixture(scope="module")
def calls_df(sandbox: Sandbox) -> Any:
    import bland_nb.frames as frames

    return frames.calls(sandbox.client())
