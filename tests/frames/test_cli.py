"""`bland-nb export calls`: runs the export, resumes, and fails in one line with a non-zero code."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from bland_nb.cli import main
from bland_nb.sandbox import Sandbox

SECRET = "sk-live-0123456789abcdefSECRET"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit:  # argparse refusing a value
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err


def test_export_calls_from_the_sandbox_and_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("export", "calls", "--out", str(tmp_path), "--start", "2026-11-10", "--end", "2026-11-12", "--sandbox", "--quiet")
    code, out, err = run(capsys, *args)
    expected = {c["call_id"] for c in Sandbox().store.calls.timeline if "2026-11-10" <= c["created_at"][:10] <= "2026-11-12"}
    assert code == 0 and err == ""
    assert out == f"wrote {len(expected)} calls over 3 day(s) to {tmp_path}\n"
    assert set(pd.read_parquet(tmp_path)["call_id"]) == expected
    code, out, _ = run(capsys, *args)
    assert code == 0 and out == f"wrote 0 calls over 0 day(s) to {tmp_path}; 3 day(s) already complete\n"


@pytest.mark.parametrize("argv, code, message", [
    (["export", "calls", "--out", "x", "--start", "11/10/2026", "--end", "2026-11-12", "--sandbox"], 2,
     "bland-nb export calls: error: argument --start: '11/10/2026' is not a date; expected YYYY-MM-DD"),
    (["export", "calls", "--out", "x", "--start", "2026-11-12", "--end", "2026-11-10", "--sandbox"], 1,
     "bland-nb: error: end='2026-11-10' is before start='2026-11-12'; give start <= end"),
    (["export", "calls", "--out", "x", "--start", "2026-11-10", "--end", "2026-11-12", "--sandbox",
      "--base-url", "http://h"], 2,
     "bland-nb export calls: error: argument --base-url: not allowed with argument --sandbox"),
    (["export", "calls", "--out", "x", "--start", "2026-11-10", "--end", "2026-11-12", "--concurrency", "0"], 2,
     "bland-nb export calls: error: argument --concurrency: 0 must be more than 0"),
    (["export", "calls", "--start", "2026-11-10", "--end", "2026-11-12"], 2,
     "bland-nb export calls: error: the following arguments are required: --out"),
    (["export"], 2, "bland-nb export: error: the following arguments are required: what"),
])
def test_bad_values_fail_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                     argv: list[str], code: int, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, *argv) == (code, "", message + "\n")


def test_missing_key_and_unreachable_server_fail_in_one_line_without_the_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["export", "calls", "--out", str(tmp_path), "--start", "2026-11-10", "--end", "2026-11-10", "--quiet"]
    monkeypatch.delenv("BLAND_API_KEY", raising=False)
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == "" and err.startswith("bland-nb: error: No Bland API key") and err.count("\n") == 1
    monkeypatch.setenv("BLAND_API_KEY", SECRET)
    code, out, err = run(capsys, *argv, "--base-url", "http://127.0.0.1:9")
    assert code == 1 and err.startswith("bland-nb: error: Connection error") and err.count("\n") == 1
    assert SECRET not in err and "Traceback" not in err
