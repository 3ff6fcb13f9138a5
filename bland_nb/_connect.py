"""`connect()`: a client for whatever this machine should talk to, said plainly."""

from __future__ import annotations

import os
from typing import Any

import httpx

from ._client import BlandClient

__all__ = ["connect"]


def connect(*, seed: int = 0, calls: int = 5000, announce: bool = True, **options: Any) -> BlandClient:
    """A `BlandClient` for api.bland.ai, a sandbox server, or an in-process sandbox.

    - `BLAND_API_KEY` set: your real account at api.bland.ai (real calls, real money).
    - else `BLAND_SANDBOX_URL` set: the sandbox server there (`python -m bland_nb.sandbox`), with
      `BLAND_SANDBOX_KEY` or the key of sandbox `seed`.
    - else: a sandbox in this process, `Sandbox(seed, calls)`; it is `client.sandbox`.

    It says which one it is: a banner in a notebook, a line elsewhere (`announce=False` to skip).
    """
    if os.environ.get("BLAND_API_KEY"):
        client, simulated = BlandClient(**options), False
        where = f"{httpx.URL(str(client.base_url)).host}: your account, real calls"
    else:
        from .sandbox import Sandbox

        url = os.environ.get("BLAND_SANDBOX_URL")
        if url:
            key = os.environ.get("BLAND_SANDBOX_KEY") or Sandbox.key_for(seed)
            client, where = BlandClient(api_key=key, base_url=url, **options), f"sandbox server at {url}"
        else:
            sandbox = Sandbox(seed=seed, calls=calls)
            client, where = sandbox.client(**options), f"sandbox in this process (seed {seed}, {calls:,} calls)"
            client.sandbox = sandbox
        simulated = True
    if announce:
        _announce(where, simulated)
    return client


def _announce(where: str, simulated: bool) -> None:
    text = f"{'sandbox — simulated data' if simulated else 'live'}: {where}"
    try:
        from IPython import get_ipython
        from IPython.display import HTML, display
    except ImportError:
        get_ipython = None  # type: ignore[assignment]
    shell = get_ipython() if get_ipython else None
    if shell is not None and type(shell).__name__ == "ZMQInteractiveShell":  # a notebook kernel
        edge = "var(--jp-warn-color1, #f9a825)" if simulated else "var(--jp-error-color1, #d32f2f)"
        style = (  # the theme's colours (JupyterLab, Voilà), light fallbacks elsewhere
            f"background:var(--jp-layout-color2, #f5f5f5);color:var(--jp-ui-font-color1, #212121);"
            f"border-left:4px solid {edge};padding:6px 10px;border-radius:4px"
        )
        display(HTML(f'<div style="{style}"><b>bland_nb</b> · {text}</div>'))
    else:
        print(f"bland_nb · {text}")
