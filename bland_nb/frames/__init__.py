"""bland_nb.frames: calls, campaigns, batches and billing as typed pandas DataFrames, the
analysis an analyst asks of them, and large exports to Parquet.

```python
import bland_nb.frames as frames

calls = frames.calls(client, start="2026-11-01", end="2026-11-26")   # one row per call
frames.funnel(calls)                          # per campaign: dialed → connected → human ..., cost
daily = frames.spend(calls, freq="D")         # calls, minutes and cost per day
frames.runway(frames.billing(client), daily)  # days until each balance reaches its refill threshold
frames.export_calls(client, "calls/", start="2026-01-01", end="2026-11-26")   # Parquet, by day
frames.page(client.calls.list())              # any list page as a frame (also page.to_df())
```

Exporters take a `BlandClient` and return frames with documented, stable columns and dtypes
(also when empty): tz-aware UTC timestamps, `category` for statuses, float minutes and
dollars, pandas' `string` dtype for ids and text. Analysis functions are pure: frames in,
frames out. Needs `pip install 'bland-nb[frames]'`; charts are in `bland_nb.plots`.
"""

from ._analysis import *
from ._analysis import STAGES, require_columns
from ._analyze import AnalysisPreview, analyze
from ._billing import *
from ._calls import calls, newest_day, require_client, transcripts
from ._campaigns import *
from ._convert import page
from ._export import *
from ._read import read_export

__all__ = [
    "AnalysisPreview",
    "ExportResult",
    "STAGES",
    "analyze",
    "batches",
    "billing",
    "calls",
    "campaigns",
    "export_calls",
    "funnel",
    "newest_day",
    "page",
    "read_export",
    "require_client",
    "require_columns",
    "runway",
    "spend",
    "transcripts",
    "utc_day",
]

for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("bland_nb.frames."):
        _obj.__module__ = "bland_nb.frames"
del _name, _obj
