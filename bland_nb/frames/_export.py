"""`export_calls`: calls streamed to a Parquet dataset partitioned by day, resumable.

Layout (hive style, so DuckDB, Spark, Dask and `pandas.read_parquet` read it as one table
with a `day` column):

    DIR/_manifest.json                 {"detail": false, "complete": ["2026-11-01", ...]}
    DIR/day=2026-11-01/calls.parquet   that day's calls (created_at, UTC), one row group a page

A day is written page by page to a hidden temporary file, then renamed over `calls.parquet`,
so a day is either wholly there or not at all; a day without calls gets no folder and no file.
It joins the manifest's `complete` list once all its calls have finished (none queued or live)
and none lost its details, or, without calls, once it is older than the account's newest call.
A run skips the complete days and writes every other day again, so an interrupted export
resumes where it stopped and a later run fills in days that were still going on.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Optional, Union

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import BlandValidationError, BulkRunner
from ._calls import CONCURRENCY, PAGE_SIZE, call_chunks, call_columns, list_params, newest_day, require_client
from ._convert import ARROW, TEXT, empty, to_frame

__all__ = ["ExportResult", "export_calls", "utc_day"]

MANIFEST = "_manifest.json"
FILE = "calls.parquet"


@dataclass
class ExportResult:
    """What a run of `export_calls` did."""

    path: Path
    days_written: list[str] = field(default_factory=list)
    days_skipped: list[str] = field(default_factory=list)
    """Complete from an earlier run."""
    days_empty: list[str] = field(default_factory=list)
    """Without calls: nothing written."""
    calls_written: int = 0
    details_failed: int = 0
    """Calls written without their details (`detail_error` says why); their days are fetched again next run."""


def export_calls(
    client: Any,
    path: Union[str, os.PathLike],
    *,
    start: Any,
    end: Any,
    detail: bool = False,
    progress: bool = True,
    concurrency: int = CONCURRENCY,
    rate_limit: Optional[float] = None,
    page_size: int = PAGE_SIZE,
) -> ExportResult:
    """Export the calls created from `start` to `end` (whole UTC days, both included) to `path`.

    ```python
    frames.export_calls(client, "calls/", start="2026-10-01", end="2026-11-26")
    duckdb.sql("select day, count(*) from read_parquet('calls/*/*.parquet', hive_partitioning=true) group by day")
    ```

    Columns are those of `calls(detail=detail)` (lists and dicts as JSON text), plus the `day`
    partition. Memory holds a few pages (`page_size` calls each; `concurrency` fetched ahead). `progress=False`
    hides the bar. Run it again with the same arguments to resume; one export at a time per directory.
    A call whose details failed is written with `detail_error` saying why and counted in
    `details_failed`; the next run fetches its day again.
    """
    require_client(client, "export_calls")
    if not os.fspath(path).strip():
        raise BlandValidationError(f"path={path!r}: give the dataset's directory ('.' for the current one)")
    days = _days(start, end)
    list_params(page_size=page_size)  # refuses a bad page size before any request
    runner = BulkRunner(client, concurrency=concurrency, rate_limit=rate_limit)  # and bad options; one for every day
    root = Path(path)
    manifest = Manifest(root, detail)
    result = ExportResult(root)
    last_day = cache(lambda: newest_day(client))  # asked once, at the first day without calls
    from tqdm.auto import tqdm  # here: in a notebook it loads ipywidgets, which frames itself never needs

    with tqdm(days, desc="export calls", unit="day", disable=not progress) as bar, manifest, runner:
        for day in bar:
            if day in manifest.complete:
                result.days_skipped.append(day)
                continue
            count, failed, complete = _export_day(client, root, day, runner, page_size=page_size, detail=detail)
            (result.days_written if count else result.days_empty).append(day)
            result.calls_written += count
            result.details_failed += failed
            if complete or (not count and last_day() is not None and day < last_day().isoformat()):
                manifest.add(day, save=bool(count))
            bar.set_postfix(calls=result.calls_written)
    return result


def _export_day(
    client: Any, root: Path, day: str, runner: BulkRunner, *, page_size: int, detail: bool
) -> tuple[int, int, bool]:
    """Write one day's calls, if it has any (pages fetched ahead by `runner`, and with `detail`
    their Call Details): (how many, how many lack their details, whether the day is complete:
    it has calls, all finished, none without details)."""
    folder = root / f"day={day}"
    temporary = folder / f".{FILE}.{uuid.uuid4().hex}.tmp"
    columns = call_columns(detail)
    schema = arrow_schema(columns)
    params = list_params(start=day, end=day, page_size=page_size)
    count, failed, finished = 0, 0, True
    writer = None
    try:
        for part in call_chunks(client.invoke("list_calls", **params), runner, detail):
            df = to_frame([part], columns)
            if df.empty:
                continue
            if writer is None:  # the day's first call
                folder.mkdir(parents=True, exist_ok=True)
                for stale in folder.glob(".*.tmp"):  # left by a run that was killed
                    stale.unlink()
                writer = pq.ParquetWriter(temporary, schema)
            writer.write_table(arrow_table(df, columns, schema))
            count += len(df)
            failed += int(df["detail_error"].notna().sum()) if detail else 0
            finished = finished and bool(df["completed"].all())
        if writer is not None:
            writer.close()
            os.replace(temporary, folder / FILE)
    finally:
        if writer is not None:
            writer.close()
            temporary.unlink(missing_ok=True)
    return count, failed, bool(count) and finished and not failed


def arrow_schema(columns: dict[str, str]) -> Any:
    """The Parquet schema of a calls frame: categories dictionary-encoded, lists and dicts as JSON,
    with pandas' metadata so that `pandas.read_parquet` gives back the frame's dtypes."""
    types = {**ARROW, "time": pa.timestamp("us", tz="UTC"), "object": TEXT}
    pandas_metadata = pa.Schema.from_pandas(empty(columns), preserve_index=False).metadata
    return pa.schema([(name, types[kind]) for name, kind in columns.items()], metadata=pandas_metadata)


def arrow_table(df: pd.DataFrame, columns: dict[str, str], schema: Any) -> Any:
    as_json = {name: df[name].map(_json_text, na_action="ignore") for name, kind in columns.items() if kind == "object"}
    return pa.Table.from_pandas(df.assign(**as_json), schema=schema, preserve_index=False)


def _json_text(value: Any) -> str:
    """A list or dict cell as compact JSON text (anything JSON lacks, such as a datetime, as its str)."""
    return json.dumps(value, separators=(",", ":"), default=str)


# -- days and the manifest -------------------------------------------------------------------


def _days(start: Any, end: Any) -> list[str]:
    first, last = utc_day(start, "start"), utc_day(end, "end")
    if last < first:
        raise BlandValidationError(f"end={end!r} is before start={start!r}; give start <= end")
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def utc_day(value: Any, name: str) -> date:
    """The UTC day of a date, a datetime (naive = UTC) or an ISO 8601 string; an error naming `name`
    for anything else."""
    moment = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
    if isinstance(moment, datetime):
        return (moment.astimezone(UTC) if moment.tzinfo else moment).date()
    if isinstance(moment, date):
        return moment
    raise BlandValidationError(
        f"{name}={value!r} is not a day; accepted: a date, a datetime (naive = UTC) or an ISO 8601 string "
        "such as '2026-11-01'"
    )


class Manifest:
    """The days of an export that are complete, read from `_manifest.json` and written back on
    `add(day, save=True)` and when leaving `with manifest:` (so days without calls cost one write)."""

    def __init__(self, root: Path, detail: bool):
        self.root, self.detail = root, detail
        self.complete = set(self._read())
        self.unsaved = False

    def _read(self) -> list[str]:
        found = self.load(self.root, "delete it to export every day again, or export to another directory")
        if found is None:
            return []
        detail, complete = found
        if detail != self.detail:
            raise BlandValidationError(
                f"{self.root} holds an export with detail={detail}; "
                f"export with detail={self.detail} to another directory"
            )
        return complete

    @staticmethod
    def load(root: Path, advice: str) -> Optional[tuple[bool, list[str]]]:
        """The manifest's `detail` and `complete` days, None without one; `advice` ends the error
        if it cannot be read."""
        where = root / MANIFEST
        try:
            manifest = json.loads(where.read_text())
        except FileNotFoundError:
            return None
        except ValueError:  # not JSON, or not text
            manifest = None
        complete = manifest.get("complete") if isinstance(manifest, dict) else None
        if not (
            isinstance(complete, list)
            and all(isinstance(day, str) for day in complete)
            and isinstance(manifest.get("detail"), bool)
        ):
            raise BlandValidationError(f"{where} is unreadable (not an export manifest): {advice}")
        return manifest["detail"], complete

    def add(self, day: str, *, save: bool) -> None:
        self.complete.add(day)
        self.unsaved = True
        if save:
            self.save()

    def save(self) -> None:
        if self.unsaved:
            self.root.mkdir(parents=True, exist_ok=True)
            temporary = self.root / f".{MANIFEST}.{uuid.uuid4().hex}.tmp"
            temporary.write_text(json.dumps({"detail": self.detail, "complete": sorted(self.complete)}, indent=1))
            os.replace(temporary, self.root / MANIFEST)
            self.unsaved = False

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.save()
