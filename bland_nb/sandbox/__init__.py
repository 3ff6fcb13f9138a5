"""A local, stateful emulator of the Bland API, for notebooks, demos and tests.

```python
from bland_nb.sandbox import Sandbox

sandbox = Sandbox(seed=0, calls=5000)   # the same seed builds the same account, byte for byte
client = sandbox.client()               # a BlandClient answered in process, no network
client.campaigns.list()
sandbox.advance(minutes=30)             # queued calls start, complete and are charged
sandbox.log                             # every request the sandbox acted on (never the key)
```
"""

from __future__ import annotations

import random
from typing import Any, Optional

from .. import AsyncBlandClient, BlandClient
from ._core import SandboxCore, route
from .faults import Faults
from .state import Store
from .transport import SandboxTransport

__all__ = ["Faults", "Sandbox", "SandboxTransport", "Store", "route"]


class Sandbox:
    """One simulated Bland account, its API key, and its two mounts."""

    def __init__(
        self, seed: int = 0, calls: int = 5000, *, price_per_minute: float = 0.09, faults: Optional[Faults] = None
    ):
        self.seed = seed
        self.store = Store(seed, calls=calls, price_per_minute=price_per_minute)
        self.api_key = self.key_for(seed)
        self.core = SandboxCore(self.store, self.api_key, faults)
        self.transport = SandboxTransport(self.core)

    @staticmethod
    def key_for(seed: int) -> str:
        """The API key of the sandbox built from `seed` (the same for every run and mount)."""
        return f"sk-sandbox-{random.Random(f'{seed}:key').getrandbits(96):024x}"

    @property
    def log(self) -> list[dict[str, Any]]:
        """Every request the sandbox acted on: endpoint, method, path, query, body, status, dropped."""
        return self.core.log

    def advance(self, minutes: float = 0, *, hours: float = 0, days: float = 0) -> None:
        """Move the sandbox clock on: queued calls start, live calls complete and are charged."""
        with self.core.lock:
            self.store.advance(minutes + 60 * hours + 24 * 60 * days)

    def client(self, **kwargs: Any) -> BlandClient:
        """A `BlandClient` holding the sandbox key, answered in process."""
        return BlandClient(api_key=self.api_key, transport=self.transport, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncBlandClient:
        """An `AsyncBlandClient` holding the sandbox key, answered in process."""
        return AsyncBlandClient(api_key=self.api_key, transport=self.transport, **kwargs)

    def serve(self, port: int = 0, host: str = "127.0.0.1", *, realtime: float = 0, **options: Any) -> Any:
        """Serve over HTTP (uvicorn, daemon thread): `with sandbox.serve() as url:`. Port 0 picks a
        free one; `realtime=60` moves the clock a minute per real second. Needs the `sandbox` extra."""
        from .server import serve

        return serve(self, port=port, host=host, realtime=realtime, **options)

    def __repr__(self) -> str:
        store = self.store
        return f"<Sandbox seed={self.seed}: {len(store.calls.calls)} calls, {len(store.campaigns.campaigns)} campaigns>"
