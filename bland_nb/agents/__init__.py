"""LangChain tools for a Bland AI account, read-only by default: one tool per endpoint, or three
(discover mode) that find, describe and call any endpoint.

```python
from bland_nb import BlandClient
from bland_nb.agents import BlandToolkit, interrupt_on

tools = BlandToolkit(BlandClient()).get_tools()                       # every read endpoint
tools = BlandToolkit(client, groups="campaigns", allow=("read", "destructive")).get_tools()
interrupt_on(tools)   # for LangChain's HumanInTheLoopMiddleware

tools = BlandToolkit(client, mode="discover").get_tools()   # find_endpoints, describe_endpoint, call_endpoint
find_endpoints("halt the spring promo campaign")[0].name     # 'stop_campaign'
```

Outbound and destructive tools act only when called with `confirm=true`, and so does any tool
given a URL or phone number the API would send account data to; otherwise they return a preview
of what they would do. Needs the `agents` extra (langchain-core).
"""

from .base import DEFAULT_BUDGET, BlandBaseTool
from .discovery import EndpointMatch, find_endpoints
from .toolkit import BlandEndpointTool, BlandToolkit, interrupt_on

__all__ = [
    "DEFAULT_BUDGET",
    "BlandBaseTool",
    "BlandEndpointTool",
    "BlandToolkit",
    "EndpointMatch",
    "find_endpoints",
    "interrupt_on",
]

for _name in ("BlandBaseTool", "BlandEndpointTool", "BlandToolkit", "EndpointMatch", "find_endpoints", "interrupt_on"):
    globals()[_name].__module__ = "bland_nb.agents"
del _name
