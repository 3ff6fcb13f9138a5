"""export_calls: a day-partitioned Parquet dataset that DuckDB reads, written day by day, and
resumed after an interruption with no call missing or repeated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pandas as pd
import pytest

import bland_nb.frames as frames
from bland_nb import BlandClient, BlandValidationError
from bland_nb.sandbox import Sandbox

from .conftest import OddCallDetails, odd_answers

FIRST, LAST = "2026-10-27", "2026-11-26"  # the seeded worlds' 30 days of calls


def dataset_ids(path: Path) -> list[str]:
    return list(pd.read_parquet(path, columns=["call_id"])["call_id"])


def listed_days(sandbox: Sandbox, since: int = 0) -> list[str]:
    return [
        entry["query"]["start_date"]
        for entry in sandbox.log[since:]
        if entry["endpoint"] == "list_calls" and "start_date" in entry["query"]
    ]


class Interrupted(Exception):
    """What the test raises in the middle of an export, like a dropped laptop lid."""


class InterruptAfter(httpx.BaseTransport):
    """The sandbox, until `pages` List Calls pages have been answered."""

    def __init__(self, inner: httpx.BaseTransport, pages: int):
        self.inner, self.pages = inner, pages

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/calls":
            if self.pages == 0:
                raise Interrupted
            self.pages -= 1
        return self.inner.handle_request(request)


def test_an_interrupted_export_resumes_without_gaps_or_duplicates(tmp_path: Path) -> None:
    sandbox = Sandbox(seed=6, calls=900)
    expected = {c["call_id"] for c in sandbox.store.calls.timeline}
    halfway = BlandClient(api_key=sandbox.api_key, transport=InterruptAfter(sandbox.transport, pages=40))
    with pytest.raises(Interrupted):
        frames.export_calls(halfway, tmp_path, start=FIRST, end=LAST, page_size=10, progress=False)
    complete = json.loads((tmp_path / "_manifest.json").read_text())["complete"]
    written = dataset_ids(tmp_path)
    assert 0 < len(complete) < 30 and 0 < len(written) < len(expected)
    assert len(written) == len(set(written)) and set(written) < expected
    assert not list(tmp_path.rglob("*.tmp"))  # the day cut short left nothing behind
    for part in tmp_path.glob("day=*/calls.parquet"):  # every written day is whole (or had no calls yet)
        day = part.parent.name.removeprefix("day=")
        assert day in complete or pd.read_parquet(part).empty

    since = len(sandbox.log)
    result = frames.export_calls(sandbox.client(), tmp_path, start=FIRST, end=LAST, page_size=10, progress=False)
    assert result.days_skipped == complete and not set(listed_days(sandbox, since)) & set(complete)
    ids = dataset_ids(tmp_path)
    assert len(ids) == len(set(ids)) and set(ids) == expected


def test_duckdb_reads_the_dataset(tmp_path: Path, sandbox: Sandbox, client: Any) -> None:
    result = frames.export_calls(client, tmp_path, start=FIRST, end=LAST, progress=False)
    assert result.calls_written == len(sandbox.store.calls.timeline)
    exported = duckdb.sql(f"select * from read_parquet('{tmp_path}/*/*.parquet', hive_partitioning=true)")
    counts = "select count(*), count(distinct call_id), count(distinct day) from exported"
    rows, distinct, days = duckdb.sql(counts).fetchall()[0]
    assert rows == distinct == len(sandbox.store.calls.timeline)
    per_day = dict(duckdb.sql("select cast(day as varchar), count(*) from exported group by all").fetchall())
    expected: dict[str, int] = {}
    for call in sandbox.store.calls.timeline:
        expected[call["created_at"][:10]] = expected.get(call["created_at"][:10], 0) + 1
    assert per_day == expected and days == len(expected)
    types = dict(zip(exported.columns, map(str, exported.types)))
    assert types["created_at"] == "TIMESTAMP WITH TIME ZONE" and types["price"] == "DOUBLE"


def test_pandas_reads_back_the_frame_dtypes(tmp_path: Path, client: Any) -> None:
    frames.export_calls(client, tmp_path, start="2026-11-20", end="2026-11-21", progress=False)
    back = pd.read_parquet(tmp_path).drop(columns="day")
    direct = frames.calls(client, start="2026-11-20", end="2026-11-21")
    pd.testing.assert_frame_equal(
        back.sort_values("call_id", ignore_index=True),
        direct.sort_values("call_id", ignore_index=True),
        check_categorical=False,
    )


def test_days_still_going_on_are_fetched_again(tmp_path: Path) -> None:
    sandbox = Sandbox(seed=7, calls=600)
    frames.export_calls(sandbox.client(), tmp_path, start="2026-11-25", end="2026-11-26", progress=False)
    manifest = json.loads((tmp_path / "_manifest.json").read_text())
    assert "2026-11-26" not in manifest["complete"]  # it has queued calls
    sandbox.advance(days=1)
    since = len(sandbox.log)
    result = frames.export_calls(sandbox.client(), tmp_path, start="2026-11-25", end="2026-11-26", progress=False)
    assert result.days_written == ["2026-11-26"] and set(listed_days(sandbox, since)) == {"2026-11-26"}
    today = pd.read_parquet(tmp_path / "day=2026-11-26")
    store = {c["call_id"]: c for c in sandbox.store.calls.timeline}
    assert all(status == store[call_id]["status"] for call_id, status in zip(today["call_id"], today["status"]))
    assert today["completed"].all()


def test_export_with_details_and_its_manifest_guard(tmp_path: Path, sandbox: Sandbox, client: Any) -> None:
    frames.export_calls(
        client, tmp_path, start="2026-11-02", end="2026-11-02", detail=True, concurrency=4, progress=False
    )
    table = pd.read_parquet(tmp_path)
    assert table["detail_error"].isna().all()
    first = table.iloc[0]
    assert json.loads(first["variables"]) == sandbox.store.calls.details(first["call_id"])["variables"]
    with pytest.raises(BlandValidationError, match="detail=True"):
        frames.export_calls(client, tmp_path, start="2026-11-02", end="2026-11-02", progress=False)


def test_progress_bar_can_be_silenced(tmp_path: Path, client: Any, capsys: pytest.CaptureFixture[str]) -> None:
    frames.export_calls(client, tmp_path / "a", start="2026-11-01", end="2026-11-02", progress=True)
    assert "export calls" in capsys.readouterr().err
    frames.export_calls(client, tmp_path / "b", start="2026-11-01", end="2026-11-02", progress=False)
    assert capsys.readouterr() == ("", "")


def test_a_killed_runs_temporary_file_is_cleared(tmp_path: Path, client: Any) -> None:
    stale = tmp_path / "day=2026-11-03" / ".calls.parquet.0123.tmp"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"half a file")
    frames.export_calls(client, tmp_path, start="2026-11-03", end="2026-11-03", progress=False)
    assert not stale.exists() and (stale.parent / "calls.parquet").exists()


@pytest.mark.parametrize(
    "start, end, message",
    [
        ("2026-11-05", "2026-11-01", "before start"),
        ("yesterday", "2026-11-01", "start='yesterday'"),
        ("2026-11-01", None, "end=None"),
    ],
)
def test_bad_days_are_refused_before_any_request(tmp_path: Path, start: Any, end: Any, message: str) -> None:
    sandbox = Sandbox(seed=5, calls=20)
    with pytest.raises(BlandValidationError, match=message):
        frames.export_calls(sandbox.client(), tmp_path, start=start, end=end, progress=False)
    assert sandbox.log == [] and not (tmp_path / "_manifest.json").exists()


def test_a_detail_that_fails_leaves_its_day_written_and_to_fetch_again(tmp_path: Path, sandbox: Sandbox) -> None:
    ids = [c["call_id"] for c in sandbox.store.calls.timeline if c["created_at"][:10] == "2026-11-04"]
    odd = BlandClient(api_key=sandbox.api_key, transport=OddCallDetails(sandbox.transport, odd_answers(ids)))
    result = frames.export_calls(odd, tmp_path, start="2026-11-03", end="2026-11-04", detail=True, progress=False)
    assert result.days_written == ["2026-11-03", "2026-11-04"] and result.details_failed == 3
    table = pd.read_parquet(tmp_path / "day=2026-11-04")
    assert set(table.loc[table["detail_error"].notna(), "call_id"]) == set(ids[:3]) and len(table) == len(ids)
    assert json.loads((tmp_path / "_manifest.json").read_text())["complete"] == ["2026-11-03"]
    again = frames.export_calls(
        sandbox.client(), tmp_path, start="2026-11-03", end="2026-11-04", detail=True, progress=False
    )
    assert again.days_written == ["2026-11-04"] and again.details_failed == 0
    assert pd.read_parquet(tmp_path / "day=2026-11-04")["detail_error"].isna().all()


def test_days_without_calls_write_nothing_and_past_ones_are_complete(
    tmp_path: Path, sandbox: Sandbox, client: Any
) -> None:
    result = frames.export_calls(client, tmp_path, start="2026-01-01", end="2026-10-27", progress=False)
    assert result.days_written == [FIRST] and len(result.days_empty) == 299
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_manifest.json", f"day={FIRST}"]
    assert len(json.loads((tmp_path / "_manifest.json").read_text())["complete"]) == 300
    future = frames.export_calls(client, tmp_path / "later", start="2026-11-27", end="2026-12-05", progress=False)
    assert len(future.days_empty) == 9 and not (tmp_path / "later").exists()  # not complete: calls may still come
    since = len(sandbox.log)
    again = frames.export_calls(client, tmp_path, start="2026-01-01", end="2026-10-27", progress=False)
    assert len(again.days_skipped) == 300 and listed_days(sandbox, since) == []


@pytest.mark.parametrize(
    "manifest",
    [
        b"{not json",
        b"\xff\xfe",
        b"[]",
        b'{"detail": false}',
        b'{"detail": false, "complete": [1]}',
        b'{"detail": "no", "complete": []}',
    ],
)
def test_an_unreadable_manifest_is_refused_in_plain_words(tmp_path: Path, client: Any, manifest: bytes) -> None:
    (tmp_path / "_manifest.json").write_bytes(manifest)
    with pytest.raises(
        BlandValidationError, match=r"_manifest\.json is unreadable .*: delete it to export every day again"
    ):
        frames.export_calls(client, tmp_path, start="2026-11-01", end="2026-11-01", progress=False)


def test_an_empty_path_is_refused(tmp_path: Path, client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for path in ("", "  "):
        with pytest.raises(BlandValidationError, match="the dataset's directory"):
            frames.export_calls(client, path, start="2026-11-01", end="2026-11-01", progress=False)
    assert list(tmp_path.iterdir()) == []
