"""`export_calls`: calls streamed to a Parquet dataset partitioned by day, resumable.

Layout (hive style, so DuckDB, Spark, Dask and `pandas.read_parquet` read it as one table
with a `day` column):

    DIR/_manifest.json                 {"detail": false, "complete": ["2026-11-01", ...]}
    DIR/day=2026-11-01/calls.parquet   that day's calls (created_at, UTC), one row group a page

A day is written page by page to a hidden temporary file, then renamed over `calls.parquet`,
so a day is either wholly there or not at all. It joins the manifest's `complete` list once
all its calls have finished (none queued or live) and none lost its details; a run skips the
complete days and writes every other day again, so an interrupted export resumes where it
stopped and a later run fills in days that were still going on.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Optional, Union

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .._exceptions import BlandValidationError
from ._calls import CONCURRENCY, PAGE_SIZE, call_columns, call_frames, check_bulk, list_params, require_client
from ._convert import ARROW, TEXT, empty

__all__ = ["ExportResult", "export_calls"]

MANIFEST = "_manifest.json"
FILE = "calls.parquet"


@dataclass
class ExportResult:
    """What a run of `export_calls` did."""

    path: Path
    days_written: list[str] = field(default_factory=list)
    days_skipped: list[str] = field(default_factory=list)
    """Complete from an earlier run."""
    calls_written: int = 0


def export_calls(client: Any, path: Union[str, os.PathLike], *, start: Any, end: Any, detail: bool = False,
                 progress: bool = True, concurrency: int = CONCURRENCY, rate_limit: Optional[float] = None,
                 page_size: int = PAGE_SIZE) -> ExportResult:
    """Export the calls created from `start` to `end` (whole UTC days, both included) to `path`.

    ```python
    frames.export_calls(client, "calls/", start="2026-10-01", end="2026-11-26")
    duckdb.sql("select day, count(*) from read_parquet('calls/*/*.parquet', hive_partitioning=true) group by day")
    ```

    Columns are those of `calls(detail=detail)` (lists and dicts as JSON text), plus the `day`
    partition. Memory holds a page or two (`page_size` calls each) at a time. `progress=False`
    hides the bar. Run it again with the same arguments to resume; one export at a time per directory.
    """
    require_client(client, "export_calls")
    days = _days(start, end)
    list_params(page_size=page_size)  # refuses a bad page size before any request
    check_bulk(concurrency, rate_limit)
    root = Path(path)
    manifest = _read_manifest(root, detail)
    result = ExportResult(root)
    from tqdm.auto import tqdm  # here: in a notebook it loads ipywidgets, which frames itself never needs
    with tqdm(days, desc="export calls", unit="day", disable=not progress) as bar:
        for day in bar:
            if day in manifest["complete"]:
                result.days_skipped.append(day)
                continue
            count, complete = _export_day(client, root, day, detail=detail, page_size=page_size,
                                          concurrency=concurrency, rate_limit=rate_limit)
            result.days_written.append(day)
            result.calls_written += count
            if complete:
                manifest["complete"] = sorted({*manifest["complete"], day})
                _write_manifest(root, manifest)
            bar.set_postfix(calls=result.calls_written)
    return result


def _export_day(client: Any, root: Path, day: str, *, detail: bool, page_size: int, **options: Any) -> tuple[int, bool]:
    """Write one day's calls; (how many, whether the day is complete)."""
    folder = root / f"day={day}"
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(".*.tmp"):  # left by a run that was killed
        stale.unlink()
    temporary = folder / f".{FILE}.{uuid.uuid4().hex}.tmp"
    columns = call_columns(detail)
    schema = arrow_schema(columns)
    params = list_params(start=day, end=day, page_size=page_size)
    count, complete = 0, True
    try:
        with pq.ParquetWriter(temporary, schema) as writer:
            for df in call_frames(client, params, detail=detail, **options):
                writer.write_table(arrow_table(df, columns, schema))
                count += len(df)
                complete = complete and bool(df["completed"].all()) and not (detail and df["detail_error"].notna().any())
        os.replace(temporary, folder / FILE)
    finally:
        temporary.unlink(missing_ok=True)
    return count, complete and count > 0


def arrow_schema(columns: dict[str, str]) -> Any:
    """The Parquet schema of a calls frame: categories dictionary-encoded, lists and dicts as JSON,
    with pandas' metadata so that `pandas.read_parquet` gives back the frame's dtypes."""
    types = {**ARROW, "time": pa.timestamp("us", tz="UTC"), "object": TEXT}
    pandas_metadata = pa.Schema.from_pandas(empty(columns), preserve_index=False).metadata
    return pa.schema([(name, types[kind]) for name, kind in columns.items()], metadata=pandas_metadata)


def arrow_table(df: pd.DataFrame, columns: dict[str, str], schema: Any) -> Any:
    as_json = {name: df[name].map(_json, na_action="ignore") for name, kind in columns.items() if kind == "object"}
    return pa.Table.from_pandas(df.assign(**as_json), schema=schema, preserve_index=False)


def _json(value: Any) -> Optional[str]:
    return json.dumps(value, separators=(",", ":"), default=str)


# -- days and the manifest -------------------------------------------------------------------


def _days(start: Any, end: Any) -> list[str]:
    first, last = _day(start, "start"), _day(end, "end")
    if last < first:
        raise BlandValidationError(f"end={end!r} is before start={start!r}; give start <= end")
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def _day(value: Any, name: str) -> date:
    """The UTC date of a date, a datetime (naive = UTC) or an ISO 8601 string."""
    moment = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
    if isinstance(moment, datetime):
        return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).date()
    if isinstance(moment, date):
        return moment
    raise BlandValidationError(f"{name}={value!r}: expected a date such as 2026-11-01 (a date, datetime or ISO 8601 string)")


def _read_manifest(root: Path, detail: bool) -> dict[str, Any]:
    try:
        manifest = json.loads((root / MANIFEST).read_text())
    except FileNotFoundError:
        return {"detail": detail, "complete": []}
    if manifest.get("detail") != detail:
        raise BlandValidationError(f"{root} holds an export with detail={manifest.get('detail')}; "
                                   f"export with detail={detail} to another directory")
    return manifest


def _write_manifest(root: Path, manifest: dict[str, Any]) -> None:
    temporary = root / f".{MANIFEST}.{uuid.uuid4().hex}.tmp"
    temporary.write_text(json.dumps(manifest, indent=1))
    os.replace(temporary, root / MANIFEST)
