"""bland_nb: the notebook and agent toolkit for the Bland AI voice-call API.

```python
import bland_nb

client = bland_nb.BlandClient()            # key from BLAND_API_KEY
client.campaigns.list()
client.invoke("get_call", call_id="...")    # any endpoint by its catalog name
```

`import bland_nb` loads the client core only (httpx, pydantic): never pandas, ipywidgets or
LangChain.
"""

from ._bulk import *
from ._client import *
from ._connect import *
from ._constants import VERSION as __version__
from ._endpoint import *
from ._exceptions import *
from ._models import *
from ._pagination import *
from ._resource import install_groups as _install_groups
from .api import ENDPOINTS, GROUPS

_install_groups(BlandClient, GROUPS, is_async=False)
_install_groups(AsyncBlandClient, GROUPS, is_async=True)

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Account",
    "ActiveCall",
    "AsyncBlandClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "Batch",
    "BatchLog",
    "Billing",
    "BlandClient",
    "BlandError",
    "BlandModel",
    "BlandObject",
    "BlandValidationError",
    "BlockRule",
    "BulkInterrupted",
    "BulkItem",
    "BulkJob",
    "BulkResult",
    "BulkRunner",
    "Call",
    "Campaign",
    "ConflictError",
    "EFFECTS",
    "ENDPOINTS",
    "Effect",
    "Endpoint",
    "GROUPS",
    "IndexWindow",
    "InternalServerError",
    "KnowledgeBase",
    "LIVE_STATES",
    "MIN_RATE_LIMIT",
    "Member",
    "NotFoundError",
    "Offset",
    "Organization",
    "Page",
    "PageNumber",
    "Pagination",
    "Params",
    "Pathway",
    "PathwayVersion",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "SECRET_PARAMS",
    "SMSConversation",
    "SMSMessage",
    "SMSNumber",
    "TranscriptSegment",
    "Voice",
    "__version__",
    "connect",
    "pending_calls",
]

for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = "bland_nb"
del _name, _obj
