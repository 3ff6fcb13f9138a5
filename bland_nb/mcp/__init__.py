"""The Bland tools over the Model Context Protocol: `bland-nb mcp`, or a server to embed.

```python
import bland_nb
from bland_nb.mcp import build_server, run_stdio

server = build_server(bland_nb.connect(), allow=("read", "destructive"), confirm="human")
run_stdio(server)                      # or mount server.streamable_http_app(), or mcp.Client(server)
```

The server offers the same tools as `bland_nb.agents.BlandToolkit`, with the same safety:
read-only unless `allow` names more effects, and a preview before anything acts. MCP annotations
come from the endpoint declarations. Needs the `mcp` extra (the official `mcp` SDK, 2.x).
"""

from .server import build_server
from .transport import run_http, run_stdio

__all__ = ["build_server", "run_http", "run_stdio"]
