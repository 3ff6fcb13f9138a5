"""`bland-nb export calls`: runs the export, resumes, and fails in one line with a non-zero code."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from bland_nb import BlandClient, cli
from bland_nb.cli import main
from bland_nb.sandbox import Sandbox

from .conftest import OddCallDetails, odd_answers

SECRET = "sk-live-0123456789abcdefSECRET"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit:  # argparse refusing a value
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err


def export(capsys: pytest.CaptureFixture[str], out: Path, start: str, end: str, *flags: str) -> tuple[int, str, str]:
    """`bland-nb export calls --out OUT --start START --end END FLAGS...`, run in process."""
    return run(capsys, "export", "calls", "--out", str(out), "--start", start, "--end", end, *flags)


def test_export_calls_from_the_sandbox_and_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = (
        "export",
        "calls",
        "--out",
        str(tmp_path),
        "--start",
        "2026-11-10",
        "--end",
        "2026-11-12",
        "--sandbox",
        "--quiet",
    )
    code, out, err = run(capsys, *args)
    expected = {
        c["call_id"] for c in Sandbox().store.calls.timeline if "2026-11-10" <= c["created_at"][:10] <= "2026-11-12"
    }
    assert code == 0 and err == ""
    assert out == f"wrote {len(expected)} calls over 3 day(s) to {tmp_path}\n"
    assert set(pd.read_parquet(tmp_path)["call_id"]) == expected
    code, out, _ = run(capsys, *args)
    assert code == 0 and out == f"wrote 0 calls over 0 day(s) to {tmp_path}; 3 day(s) already complete\n"


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (
            ["export", "calls", "--out", "x", "--start", "11/10/2026", "--end", "2026-11-12", "--sandbox"],
            2,
            "bland-nb export calls: error: argument --start: '11/10/2026' is not a date; expected YYYY-MM-DD",
        ),
        (
            ["export", "calls", "--out", "x", "--start", "2026-11-12", "--end", "2026-11-10", "--sandbox"],
            1,
            "bland-nb: error: end='2026-11-10' is before start='2026-11-12'; give start <= end",
        ),
        (
            [
                "export",
                "calls",
                "--out",
                "x",
                "--start",
                "2026-11-10",
                "--end",
                "2026-11-12",
                "--sandbox",
                "--base-url",
                "http://h",
            ],
            2,
            "bland-nb export calls: error: argument --base-url: not allowed with argument --sandbox",
        ),
        (
            ["export", "calls", "--out", "x", "--start", "2026-11-10", "--end", "2026-11-12", "--concurrency", "0"],
            2,
            "bland-nb export calls: error: argument --concurrency: 0 is out of range: "
            "must be from 1 to 100 (the client's connection pool)",
        ),
        *[
            (
                [
                    "export",
                    "calls",
                    "--out",
                    "x",
                    "--start",
                    "2026-11-10",
                    "--end",
                    "2026-11-12",
                    "--rate-limit",
                    value,
                ],
                2,
                f"bland-nb export calls: error: argument --rate-limit: {value} is out of range: "
                "must be 0.01 or more (a request every 100 s)",
            )
            for value in ("1e-300", "0", "-5", "nan", "inf")
        ],
        (
            ["export", "calls", "--out", "", "--start", "2026-11-10", "--end", "2026-11-12", "--sandbox"],
            2,
            "bland-nb export calls: error: argument --out: '' is empty: give a directory ('.' for the current one)",
        ),
        (
            ["export", "calls", "--start", "2026-11-10", "--end", "2026-11-12"],
            2,
            "bland-nb export calls: error: the following arguments are required: --out",
        ),
        (["export"], 2, "bland-nb export: error: the following arguments are required: what"),
    ],
)
def test_bad_values_fail_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, *argv) == (code, "", message + "\n")
    assert list(tmp_path.iterdir()) == []


def test_an_unreadable_manifest_is_one_line_saying_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_manifest.json").write_text('{"detail": false, "complete": ["2026-11-')  # cut off mid-write
    code, out, err = export(capsys, tmp_path, "2026-11-10", "2026-11-10", "--sandbox", "--quiet")
    assert (code, out) == (1, "") and err == (
        f"bland-nb: error: {tmp_path / '_manifest.json'} is unreadable (not an export "
        "manifest): delete it to export every day again, or export to another directory\n"
    )


def test_days_without_calls_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = export(capsys, tmp_path, "2026-09-01", "2026-10-27", "--sandbox", "--quiet")
    calls = sum(c["created_at"][:10] == "2026-10-27" for c in Sandbox().store.calls.timeline)
    assert (code, err) == (0, "")
    assert out == f"wrote {calls} calls over 1 day(s) to {tmp_path}; 56 day(s) without calls\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_manifest.json", "day=2026-10-27"]


def test_details_that_failed_exit_1_after_writing_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = Sandbox()
    ids = [c["call_id"] for c in sandbox.store.calls.timeline if c["created_at"][:10] == "2026-11-10"]
    odd = BlandClient(api_key=sandbox.api_key, transport=OddCallDetails(sandbox.transport, odd_answers(ids)))
    monkeypatch.setattr(cli, "_client", lambda args: odd)
    code, out, err = export(capsys, tmp_path, "2026-11-10", "2026-11-10", "--detail", "--quiet")
    assert code == 1 and out == f"wrote {len(ids)} calls over 1 day(s) to {tmp_path}\n"
    assert err == (
        "bland-nb: error: Call Details failed for 3 call(s), written without them (detail_error says why); "
        "run the same command again to fetch them\n"
    )


def test_missing_key_and_unreachable_server_fail_in_one_line_without_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BLAND_API_KEY", raising=False)
    code, out, err = export(capsys, tmp_path, "2026-11-10", "2026-11-10", "--quiet")
    assert code == 1 and out == "" and err.startswith("bland-nb: error: No Bland API key") and err.count("\n") == 1
    monkeypatch.setenv("BLAND_API_KEY", SECRET)
    code, out, err = export(capsys, tmp_path, "2026-11-10", "2026-11-10", "--quiet", "--base-url", "http://127.0.0.1:9")
    assert code == 1 and err.startswith("bland-nb: error: Connection error") and err.count("\n") == 1
    assert SECRET not in err and "Traceback" not in err
