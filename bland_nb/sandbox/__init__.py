"""A local, stateful emulator of the Bland API, for notebooks, demos and tests.

```python
from bland_nb.sandbox import Sandbox

sandbox = Sandbox(seed=0, calls=5000)   # the same seed builds the same account
client = sandbox.client()               # a BlandClient answered in process, no network
client.campaigns.list()
sandbox.advance(minutes=30)             # queued calls complete and are charged
sandbox.log                             # every request the sandbox acted on (never the key)
```

This first version gives calls, campaigns, the account and its organization real behaviour; the
other endpoints answer with their documented example.
"""

from __future__ import annotations

import random
from typing import Any

from .._client import AsyncBlandClient, BlandClient
from ._state import SandboxState
from ._transport import SandboxTransport, route

__all__ = ["Sandbox", "SandboxState", "SandboxTransport", "route"]


class Sandbox:
    """One simulated Bland account and its API key."""

    def __init__(self, seed: int = 0, calls: int = 5000, *, price_per_minute: float = 0.09):
        self.state = SandboxState(seed=seed, calls_count=calls, price_per_minute=price_per_minute)
        self.api_key = f"sk-sandbox-{random.Random(seed).getrandbits(96):024x}"
        self.transport = SandboxTransport(self.state, self.api_key)

    @property
    def log(self) -> list[dict[str, Any]]:
        """Every request the sandbox acted on: endpoint, method, path, query, body, status."""
        return self.transport.log

    def advance(self, minutes: float) -> int:
        """Move the sandbox clock on; returns how many calls completed."""
        return self.state.advance(minutes)

    def client(self, **kwargs: Any) -> BlandClient:
        """A `BlandClient` holding the sandbox key and answered in process."""
        return BlandClient(api_key=self.api_key, transport=self.transport, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncBlandClient:
        return AsyncBlandClient(api_key=self.api_key, transport=self.transport, **kwargs)

    def __repr__(self) -> str:
        return f"<Sandbox seed={self.state.seed}: {len(self.state.calls)} calls, {len(self.state.campaigns)} campaigns>"
