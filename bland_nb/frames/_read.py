"""`read_export`: an `export_calls` dataset read back as a calls frame, in pandas or lazily in Dask."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Union

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import BlandValidationError
from ._calls import call_columns
from ._convert import TEXT, convert, empty
from ._export import FILE, MANIFEST, Manifest

__all__ = ["read_export"]

ENGINES = ("pandas", "dask")


def read_export(
    path: Union[str, os.PathLike], engine: str = "pandas", *, columns: Union[str, Sequence[str], None] = None
) -> Any:
    """The complete days of the export at `path` (those in its manifest) as one calls frame.

    ```python
    calls = frames.read_export("calls/")                  # a pandas DataFrame
    calls = frames.read_export("calls/", engine="dask")   # a lazy dask.dataframe.DataFrame, a day a partition
    frames.funnel(calls)
    ```

    Columns and dtypes are those of `calls(detail=...)` (as exported), lists and dicts parsed back
    from their JSON text, plus `day` (string, `YYYY-MM-DD`); `columns` reads only those. Day
    folders the manifest does not list (still going on, or cut short) are left out. `engine="dask"`
    needs the `dask` extra (`pip install 'bland-nb[dask]'`).
    """
    if engine not in ENGINES:
        raise BlandValidationError(f"engine={engine!r}: use 'pandas' or 'dask'")
    root = Path(path)
    found = Manifest.load(root, "export to it again, or read another directory") if root.is_dir() else None
    if found is None:
        raise BlandValidationError(
            f"{root} is not an export: it has no {MANIFEST}; give a directory written by frames.export_calls "
            "or `bland-nb export calls`"
        )
    detail, complete = found
    declared = _columns(call_columns(detail), columns)
    days = [day for day in sorted(complete) if (root / f"day={day}" / FILE).is_file()]  # days without calls have none
    files = [str(root / f"day={day}" / FILE) for day in days]
    if engine == "pandas":
        tables = [_day_table(file, day, declared) for file, day in zip(files, days)]
        return _frame(pa.concat_tables(tables), declared) if tables else empty(declared)
    import dask.dataframe as dd
    from dask.dataframe.utils import clear_known_categories

    meta = empty(declared)
    if not files:
        return dd.from_pandas(meta, npartitions=1)
    return dd.from_map(
        _read_day, files, days, declared=declared, meta=clear_known_categories(meta), label="read-export"
    )


def _read_day(file: str, day: str, declared: dict[str, str]) -> pd.DataFrame:
    """One day's file as a calls frame with the `declared` columns (a Dask partition)."""
    return _frame(_day_table(file, day, declared), declared)


def _day_table(file: str, day: str, columns: dict[str, str]) -> pa.Table:
    table = pq.read_table(file, columns=[name for name in columns if name != "day"])
    return table.append_column("day", pa.array([day] * table.num_rows, TEXT)) if "day" in columns else table


def _frame(table: pa.Table, columns: dict[str, str]) -> pd.DataFrame:
    """Exported calls as a calls frame: each column converted as `calls()` converts it (JSON parsed)."""
    data = {
        name: convert(_parsed(table[name]) if kind == "object" else table[name], kind) for name, kind in columns.items()
    }
    return pd.DataFrame(data, index=pd.RangeIndex(table.num_rows), copy=False)


def _parsed(texts: pa.ChunkedArray) -> list[Any]:
    return [None if text is None else json.loads(text) for text in texts.to_pylist()]


def _columns(declared: dict[str, str], wanted: Union[str, Sequence[str], None]) -> dict[str, str]:
    """The declaration of the columns read: `wanted` (a name or names) of the export's, or all."""
    available = {**declared, "day": "string"}
    names = list(available) if wanted is None else [wanted] if isinstance(wanted, str) else list(wanted)
    unknown = [name for name in names if name not in available]
    if unknown:
        raise BlandValidationError(
            f"columns: {', '.join(map(repr, unknown))} not in this export; it has: {', '.join(available)}"
        )
    return {name: available[name] for name in names}
