"""read_export, and the analysis functions on Dask frames: an export read back gives the frame
`frames.calls` gives, and funnel and spend computed by Dask (on a two-process LocalCluster for a
200k-call export) give the pandas answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import bland_nb.frames as frames
from bland_nb import BlandValidationError
from bland_nb.sandbox import Sandbox

FIRST, LAST = "2026-10-27", "2026-11-26"  # the seeded worlds' 30 days of calls


def manifest(path: Path) -> dict[str, Any]:
    return json.loads((path / "_manifest.json").read_text())


def in_order(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["created_at", "call_id"], ignore_index=True)


def assert_same(computed: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Equal: index, columns, dtypes, counts and NaNs exactly; sums of floats up to their order."""
    pd.testing.assert_frame_equal(computed, expected, check_exact=False, rtol=1e-12, atol=0)


@pytest.fixture(scope="module")
def export(sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The module's world exported; its last day still has queued calls, so is not complete."""
    path = tmp_path_factory.mktemp("export")
    frames.export_calls(sandbox.client(max_retries=0), path, start=FIRST, end=LAST, progress=False)
    assert LAST not in manifest(path)["complete"] and (path / f"day={LAST}").is_dir()
    return path


def test_an_export_reads_back_as_the_calls_of_its_complete_days(export: Path, client: Any) -> None:
    complete = manifest(export)["complete"]
    back = frames.read_export(export)
    direct = frames.calls(client, start=complete[0], end=complete[-1])
    assert set(back["day"]) == set(complete) and LAST not in set(back["day"])
    assert (back["day"] == back["created_at"].dt.strftime("%Y-%m-%d")).all()
    pd.testing.assert_frame_equal(in_order(back.drop(columns="day")), in_order(direct))  # dtypes and categories too


def test_lists_and_dicts_come_back_from_their_json(tmp_path: Path, client: Any) -> None:
    day = "2026-11-02"
    frames.export_calls(client, tmp_path, start=day, end=day, detail=True, concurrency=4, progress=False)
    back = frames.read_export(tmp_path)
    direct = frames.calls(client, start=day, end=day, detail=True, concurrency=4)
    assert back["metadata"].map(type).isin([dict, type(None)]).all() and back["variables"].notna().any()
    pd.testing.assert_frame_equal(in_order(back.drop(columns="day")), in_order(direct))


def test_only_the_manifest_days_are_read(export: Path, tmp_path: Path) -> None:
    complete = manifest(export)["complete"]
    kept = complete[::2]
    for day in (*complete, LAST):  # a copy of the export whose manifest lists every other day
        (tmp_path / f"day={day}").mkdir()
        (tmp_path / f"day={day}" / "calls.parquet").write_bytes((export / f"day={day}" / "calls.parquet").read_bytes())
    (tmp_path / "_manifest.json").write_text(json.dumps({"detail": False, "complete": kept}))
    whole = frames.read_export(export)
    pd.testing.assert_frame_equal(  # categories aside: fewer days, fewer values seen
        in_order(frames.read_export(tmp_path)), in_order(whole[whole["day"].isin(kept)]), check_categorical=False
    )


def test_dtypes_are_those_of_frames_calls_plus_day(export: Path, calls_df: pd.DataFrame) -> None:
    pytest.importorskip("dask.dataframe")
    expected = {**calls_df.dtypes.astype(str).to_dict(), "day": "string"}
    assert frames.read_export(export).dtypes.astype(str).to_dict() == expected
    lazy = frames.read_export(export, engine="dask")
    assert lazy.dtypes.astype(str).to_dict() == expected
    assert lazy.npartitions == len(manifest(export)["complete"])  # a day a partition


def test_columns_reads_only_those(export: Path) -> None:
    some = frames.read_export(export, columns=["call_id", "price", "day"])
    assert list(some.columns) == ["call_id", "price", "day"] and len(some) == len(frames.read_export(export))
    with pytest.raises(BlandValidationError, match=r"'cost' not in this export; it has: call_id, created_at"):
        frames.read_export(export, columns=["call_id", "cost"])


def test_an_empty_export_is_the_empty_frame(tmp_path: Path, calls_df: pd.DataFrame) -> None:
    (tmp_path / "_manifest.json").write_text('{"detail": false, "complete": ["2026-09-01"]}')  # a day without calls
    empty = frames.read_export(tmp_path)
    assert empty.empty and list(empty.columns) == [*calls_df.columns, "day"]
    assert empty.dtypes.astype(str).to_dict() == {**calls_df.dtypes.astype(str).to_dict(), "day": "string"}
    pytest.importorskip("dask.dataframe")
    pd.testing.assert_frame_equal(frames.read_export(tmp_path, engine="dask").compute(), empty)


def test_what_is_not_an_export_is_refused_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(BlandValidationError, match=r"engine='spark': use 'pandas' or 'dask'"):
        frames.read_export(tmp_path, engine="spark")
    for where in (tmp_path, tmp_path / "missing"):
        with pytest.raises(
            BlandValidationError, match=r"is not an export: it has no _manifest\.json; give a directory"
        ):
            frames.read_export(where)
    (tmp_path / "_manifest.json").write_text('{"detail": false, "complete": ["2026-11-')  # cut off mid-write
    with pytest.raises(BlandValidationError, match=r"unreadable \(not an export manifest\): export to it again"):
        frames.read_export(tmp_path)


def test_frames_imports_without_loading_dask() -> None:
    code = (
        "import sys, bland_nb.frames; print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_funnel_spend_and_runway_take_dask_frames(export: Path, client: Any) -> None:
    dd = pytest.importorskip("dask.dataframe")
    calls = frames.read_export(export)
    lazy = frames.read_export(export, engine="dask").persist(scheduler="sync")  # read once for the checks below
    for by in ("campaign_id", None, "answered_by", ["campaign_id", "status"]):  # categories, missing values too
        result = frames.funnel(lazy, by=by)
        assert isinstance(result, dd.DataFrame)
        assert_same(result.compute(scheduler="sync"), frames.funnel(calls, by=by))
    for freq in ("D", "W", "7D", "90min", "MS"):  # fixed lengths count from the first call's day, in every partition
        assert_same(frames.spend(lazy, freq=freq).compute(scheduler="sync"), frames.spend(calls, freq=freq))
    billing = frames.billing(client)
    assert_same(frames.runway(billing, frames.spend(lazy)), frames.runway(billing, frames.spend(calls)))
    with pytest.raises(BlandValidationError, match="funnel\\(\\) needs a calls frame with column\\(s\\) price"):
        frames.funnel(lazy.drop(columns="price"))


# -- 200k calls on a two-process LocalCluster ----------------------------------------------------


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """200k calls exported (List Calls only), and how many of them are on complete days."""
    big = Sandbox(seed=0, calls=200_000)
    path = tmp_path_factory.mktemp("big")
    result = frames.export_calls(big.client(max_retries=0), path, start=FIRST, end=LAST, progress=False)
    assert result.calls_written == len(big.store.calls.timeline) == 200_000
    complete = set(manifest(path)["complete"])
    return path, sum(call["created_at"][:10] in complete for call in big.store.calls.timeline)


def test_dask_on_a_local_cluster_gives_the_pandas_answer(big_export: tuple[Path, int]) -> None:
    pytest.importorskip("dask.dataframe", reason="needs the dask extra: pip install 'bland-nb[dask]'")
    distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install 'bland-nb[dask]'")
    path, calls_on_complete_days = big_export
    calls = frames.read_export(path)
    expected_funnel, expected_spend = frames.funnel(calls), frames.spend(calls, freq="W")
    assert expected_funnel["calls"].sum() == expected_spend["calls"].sum() == calls_on_complete_days
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        lazy = frames.read_export(path, engine="dask")
        funnel, spend = dask_client.compute([frames.funnel(lazy), frames.spend(lazy, freq="W")], sync=True)
        assert len(dask_client.scheduler_info()["workers"]) == 2
    assert_same(funnel, expected_funnel)
    assert_same(spend, expected_spend)
