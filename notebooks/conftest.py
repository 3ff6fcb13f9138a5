"""The notebooks under nbval run on the in-process sandbox, whatever the shell has set.

nbval starts each notebook's kernel while setting up its first cell, from this process's
environment: a `BLAND_API_KEY` there would send the notebooks to a real account (and their
checked outputs would differ), a `BLAND_SANDBOX_URL` to some server. So those settings are
held back while the cells are set up, and put back after.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SETTINGS = ("BLAND_API_KEY", "BLAND_SANDBOX_URL", "BLAND_SANDBOX_KEY", "BLAND_BASE_URL")


def pytest_configure(config: pytest.Config) -> None:
    """The sanitize file, found from the project root whatever directory pytest runs in."""
    given = getattr(config.option, "nbval_sanitize_with", None)
    if given and not Path(given).is_absolute():
        config.option.nbval_sanitize_with = str(config.rootpath / given)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    held = {name: os.environ.pop(name) for name in SETTINGS if name in os.environ}
    try:
        return (yield)
    finally:
        os.environ.update(held)
