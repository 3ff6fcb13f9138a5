"""From the API's raw JSON rows to typed DataFrames, one column at a time.

A frame is declared as `{column: kind}`. `frame(rows, columns)` has Arrow read the rows (plain
dicts, as `page.rows` holds them) straight into typed columns, in one C++ pass over the rows,
then hands each column to pandas, mostly without copying: no intermediate records or Python
lists are made, which is why it beats `pandas.json_normalize` several times over. A value that
does not fit its column (a number sent as text...) sends that frame down a lenient, per-column
path that reads what it can and leaves the rest missing.

| kind       | dtype                    | notes                                                      |
|------------|--------------------------|------------------------------------------------------------|
| `string`   | `string`                 | pandas' string dtype, `<NA>` for missing                   |
| `time`     | `datetime64[us, UTC]`    | ISO 8601 with any offset, or epoch seconds/milliseconds    |
| `float`    | `float64`                | numbers or numeric text; `NaN` for missing                 |
| `int`      | `Int64`                  | nullable                                                   |
| `bool`     | `bool`                   | `"true"`/`"false"` read; nullable `boolean` if any missing |
| `boolean`  | `boolean`                | always nullable                                            |
| `category` | `category`               | categories sorted                                          |
| `object`   | `object`                 | lists and dicts, as sent                                   |
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any, Optional, Union

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import BaseModel

from ._columns import CALLS

__all__ = [
    "ARROW",
    "TEXT",
    "Chunk",
    "Columns",
    "chunk",
    "column",
    "convert",
    "empty",
    "frame",
    "model_columns",
    "page",
    "to_arrow",
    "to_frame",
]

Columns = Mapping[str, str]
"""A frame's declaration: column name → kind (see the module docstring)."""

TRUTH = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}
PAGE_COLUMNS = {"list_calls": CALLS}
"""List endpoints whose pages have a hand-made declaration; the others follow their result model."""


def frame(rows: Sequence[Mapping[str, Any]], columns: Columns, *, extra: bool = False) -> pd.DataFrame:
    """A DataFrame of `rows` with exactly `columns`, typed (or, with `extra`, any other keys too)."""
    df = to_frame([chunk(rows, columns)], columns)
    if extra:
        others = dict.fromkeys(key for row in rows for key in row if key not in columns)
        df = df.assign(**{key: column(rows, key) for key in others})
    return df


Chunk = dict[str, Union[pa.Array, list[Any]]]
"""Some rows read into their columns: Arrow arrays of the kinds' Arrow types, lists for `object`."""


def chunk(rows: Sequence[Mapping[str, Any]], columns: Columns) -> Chunk:
    """`rows` read into `columns` (by Arrow, in one pass), not yet pandas: chunks of many pages
    become one frame in `to_frame`, each column converted once (categories computed once)."""
    arrays = _arrow_columns(rows, {name: kind for name, kind in columns.items() if kind in ARROW})
    return {name: arrays[name] if name in arrays else column(rows, name) for name in columns}


def to_frame(chunks: list[Chunk], columns: Columns) -> pd.DataFrame:
    """The DataFrame of `chunks` stacked (each emptied as it is converted): `columns`, typed."""
    data = {}
    for name, kind in columns.items():
        parts = [part.pop(name) for part in chunks]
        if kind == "object":
            data[name] = _objects([value for part in parts for value in part])
        else:
            data[name] = convert(pa.chunked_array(parts, ARROW[kind]) if parts else to_arrow([], kind), kind)
        del parts
    rows = len(next(iter(data.values()))) if data else 0
    return pd.DataFrame(data, index=pd.RangeIndex(rows), copy=False)


def empty(columns: Columns) -> pd.DataFrame:
    """The frame of no rows: every column there, with its dtype."""
    return frame([], columns)


def column(rows: Sequence[Mapping[str, Any]], name: str) -> list[Any]:
    """The values of one key, None where a row lacks it."""
    try:
        return list(map(itemgetter(name), rows))  # the fast way, when every row has the key
    except KeyError:
        return [row.get(name) for row in rows]


def _arrow_columns(rows: Sequence[Mapping[str, Any]], typed: Columns) -> dict[str, pa.Array]:
    """The typed columns read in one pass over the rows by Arrow (as a struct array), or column by
    column, leniently, if some value does not fit its column's Arrow type."""
    try:
        struct = pa.array(rows, pa.struct([(name, ARROW[kind]) for name, kind in typed.items()]))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return {name: to_arrow(column(rows, name), kind) for name, kind in typed.items()}
    return dict(zip(typed, struct.flatten()))


def to_arrow(values: list[Any], kind: str) -> pa.Array:
    """Values as an Arrow array for their kind; text, numbers and flags that arrive in another
    type are read (`"1.5"`, `"true"`), and what cannot be read is null."""
    try:
        return pa.array(values, ARROW[kind])
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array(LENIENT[ARROW[kind]](values), ARROW[kind], from_pandas=True)


def convert(values: Union[list[Any], pa.Array, pa.ChunkedArray], kind: str) -> Any:
    """One column's values (a list, or Arrow arrays from `to_arrow`) as its kind's pandas array."""
    if kind == "object":
        return _objects(values)
    arrow = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else to_arrow(values, kind)
    return FROM_ARROW[kind](arrow)


def _times(text: pa.Array) -> Any:
    try:
        return pc.cast(text, pa.timestamp("us", "UTC")).to_pandas().array
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # no offset (read as UTC), or epoch numbers
        values = text.to_pylist()
    try:
        return pd.to_datetime(values, utc=True, format="ISO8601").as_unit("us").array
    except (TypeError, ValueError):
        numbers = _numbers(values)
        seconds = numbers.where(numbers.abs() < 1e11, numbers / 1000)
        return pd.to_datetime(seconds, unit="s", utc=True).dt.as_unit("us").array


def _numbers(values: list[Any]) -> pd.Series:
    return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")


def _whole_numbers(values: list[Any]) -> pd.Series:
    numbers = _numbers(values)
    return numbers.where(numbers == numbers.round())


def _truth(value: Any) -> Optional[bool]:
    if isinstance(value, str):
        return TRUTH.get(value.strip().lower())
    return bool(value) if isinstance(value, (bool, int, float)) and value == value else None


def _bools(flags: pa.Array) -> Any:
    return pd.BooleanDtype().__from_arrow__(flags) if flags.null_count else flags.to_numpy(zero_copy_only=False)


def _categories(codes: pa.Array) -> Any:
    categorical = codes.to_pandas().array
    return categorical.reorder_categories(pd.Index(sorted(categorical.categories), dtype="str"))


def _as_text(values: list[Any]) -> list[Optional[str]]:
    return [None if v is None else str(v) for v in values]


def _objects(values: list[Any]) -> Any:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


TEXT, CODES = pa.large_string(), pa.dictionary(pa.int32(), pa.large_string())
ARROW = {
    "string": TEXT,
    "time": TEXT,
    "category": CODES,
    "float": pa.float64(),
    "int": pa.int64(),
    "bool": pa.bool_(),
    "boolean": pa.bool_(),
}
"""How each kind is read first (times as text); `object` columns are not."""
LENIENT = {
    TEXT: _as_text,
    CODES: _as_text,
    pa.float64(): _numbers,
    pa.int64(): _whole_numbers,
    pa.bool_(): lambda values: [_truth(v) for v in values],
}
"""What to do with values that do not convert as they are."""
FROM_ARROW = {
    "string": pd.arrays.ArrowStringArray,
    "time": _times,
    "float": lambda a: a.to_numpy(zero_copy_only=False),
    "int": pd.Int64Dtype().__from_arrow__,
    "bool": _bools,
    "boolean": pd.BooleanDtype().__from_arrow__,
    "category": _categories,
}


# -- any list result: `page.to_df()` ----------------------------------------------------------


def page(list_page: Any) -> pd.DataFrame:
    """One page's rows as a frame: the endpoint's declared columns typed, other keys as sent."""
    rows = list_page.rows
    if rows and not all(isinstance(row, dict) for row in rows):
        return pd.DataFrame({"value": rows})
    endpoint = list_page.endpoint
    columns = PAGE_COLUMNS.get(endpoint.name) or model_columns(endpoint.result)
    return frame(rows, columns, extra=True)


def model_columns(model: Any) -> dict[str, str]:
    """A result model's fields as columns (API names), each of the kind its annotation reads as."""
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return {}
    return {field.alias or name: _kind(field.annotation) for name, field in model.model_fields.items()}


def _kind(annotation: Any) -> str:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        present = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        annotation = present[0] if len(present) == 1 else None
    kinds: dict[Optional[type], str] = {datetime: "time", float: "float", int: "int", bool: "bool", str: "string"}
    return kinds.get(annotation, "object")
