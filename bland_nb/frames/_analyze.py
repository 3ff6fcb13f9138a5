"""`analyze`: the same questions asked of every call (Analyze Call), the answers as typed columns.

Analyze Call is billed, so `analyze` sends nothing unless `confirm=True`: without it, it returns
an `AnalysisPreview` (how many calls would be asked, the rough credit estimate). Each call is
asked once, in one request, never retried once the request may have reached Bland (the
client's retry policy: Analyze Call is not safe to repeat). With `path` (an export directory),
each answered call is appended to `path/_analysis/<goal and questions hash>.jsonl` as soon as
it is answered, so a later run with the same goal and questions asks only the calls missing.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, TextIO, Union

import pandas as pd

from .. import BlandError, BlandValidationError, BulkJob, BulkRunner
from ._calls import _call_ids, _message, require_client, warn_failures
from ._convert import TRUTH

__all__ = ["AnalysisPreview", "analyze"]

TYPES = {"string": "string", "boolean": "boolean", "number": "Float64", "human_or_voicemail": "string"}
"""The answer types taken, and the dtype of each one's column."""
SENT_AS = {"human_or_voicemail": "human or voicemail"}
"""Types the API spells otherwise."""
ERROR = "analysis_error"
BASE_CREDITS = 0.003
CREDITS_PER_CALL = 0.0015
"""Bland's rough estimate of an analysis: a base cost plus a cost per call; one request asks one call."""
DEFAULT_GOAL = "A phone call placed by an AI agent on behalf of a business to one of its customers."
CACHE = "_analysis"


@dataclass(frozen=True, repr=False)
class AnalysisPreview:
    """What `analyze(..., confirm=True)` would send. Nothing was sent."""

    calls: int
    """Calls that would be asked: one Analyze Call request each."""
    cached: int
    """Calls already answered in the cache (not asked again)."""
    questions: dict[str, tuple[str, str]]
    goal: str

    @property
    def credits(self) -> float:
        """Bland's rough estimate of the credits the requests would use."""
        return self.calls * (BASE_CREDITS + CREDITS_PER_CALL)

    def __str__(self) -> str:
        cached = f" ({self.cached} more already answered in the cache)" if self.cached else ""
        return (
            f"analyze() would ask {len(self.questions)} question(s) of {self.calls} calls{cached}: "
            f"{self.calls} Analyze Call requests, about {self.credits:.4g} credits (a rough estimate, "
            f"per Bland's docs: {BASE_CREDITS} base + {CREDITS_PER_CALL} per call, each request). "
            "Nothing was sent; pass confirm=True to send."
        )

    __repr__ = __str__

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td><code>{html.escape(column)}</code></td><td>{html.escape(question)}</td>"
            f"<td>{html.escape(kind)}</td></tr>"
            for column, (question, kind) in self.questions.items()
        )
        head = "<tr><th>column</th><th>question</th><th>type</th></tr>"
        return f"<p>{html.escape(str(self))}</p><table>{head}{rows}</table>"


def analyze(
    client: Any,
    calls: Any,
    questions: Mapping[str, tuple[str, str]],
    goal: Optional[str] = None,
    *,
    confirm: bool = False,
    path: Union[str, os.PathLike, None] = None,
    concurrency: int = 8,
    rate_limit: Optional[float] = None,
) -> Union[pd.DataFrame, AnalysisPreview]:
    """Ask every call the same questions (Analyze Call, billed): one row per call, one column per question.

    ```python
    questions = {"agreed_to_renew": ("Did the customer agree to renew?", "boolean")}
    frames.analyze(client, calls_df, questions)                  # a preview: nothing is sent
    answers = frames.analyze(client, calls_df, questions, confirm=True, path="calls/")
    calls_df.merge(answers, on="call_id")
    ```

    `calls`: a frame with a `call_id` column (`frames.calls`), or call ids; a call given twice
    is asked once. `questions`: column name → (question, type), the type one of `string`,
    `boolean`, `number`, `human_or_voicemail`. `goal`: the calls' purpose, which Bland uses
    as context (a generic sentence if None).

    Without `confirm=True`, returns an `AnalysisPreview` and sends nothing. With it, sends one
    request per call (`concurrency` at once, at most `rate_limit` a second) and returns
    `call_id` (string), the question columns (`boolean`, `Float64` for numbers, else
    `string`; an answer that does not fit its type is <NA>) and `analysis_error` (string),
    one row per call in input order. A call whose request failed keeps its row with empty
    answers, its error in `analysis_error` and `df.attrs["analysis_errors"]`, and a warning
    counts them; it may still have been billed, and it is asked again by the next run.

    `path` (an export directory): answers are cached in `path/_analysis/`, one file per goal
    and questions, one line per call written as it is answered; the calls found there are not
    asked again. One run at a time per directory.
    """
    require_client(client, "analyze")
    ids = list(dict.fromkeys(_ids(calls)))
    asked = _questions(questions)
    goal = DEFAULT_GOAL if goal is None else goal
    if not isinstance(goal, str) or not goal.strip():
        raise BlandValidationError(f"goal={goal!r}: give the calls' purpose as a sentence, or None for a generic one")
    if not isinstance(confirm, bool):
        raise BlandValidationError(f"confirm={confirm!r}: must be True (send, billed) or False (a preview)")
    runner = BulkRunner(client, concurrency=concurrency, rate_limit=rate_limit)  # refuses bad options, starts nothing
    file = _cache_file(path, goal, asked)
    answers = _read_cache(file, len(asked)) if file else {}
    missing = [call_id for call_id in ids if call_id not in answers]
    if not confirm:
        return AnalysisPreview(len(missing), len(ids) - len(missing), dict(asked), goal)
    body = [[question, SENT_AS.get(kind, kind)] for question, kind in asked.values()]
    requests = [{"call_id": call_id, "goal": goal, "questions": body} for call_id in missing]
    errors: dict[str, str] = {}
    with runner:
        _ask(runner, requests, answers, errors, file)
    return _frame(ids, asked, answers, errors)


def _ids(calls: Any) -> list[str]:
    """The call ids of a frame's `call_id` column, or of an iterable of ids."""
    if isinstance(calls, pd.DataFrame):
        if "call_id" not in calls.columns:
            raise BlandValidationError(
                f"calls: the frame has no call_id column (it has {list(calls.columns)[:8]}); "
                "give a frame from frames.calls() or a list of call ids"
            )
        calls = calls["call_id"]
    return _call_ids(calls)


def _questions(questions: Any) -> dict[str, tuple[str, str]]:
    """The questions checked: column name → (question, type)."""
    if not isinstance(questions, Mapping) or not questions:
        raise BlandValidationError(
            f"questions={questions!r}: give a dict of column name → (question, type), e.g. "
            '{"agreed": ("Did the customer agree?", "boolean")}'
        )
    checked = {}
    for column, value in questions.items():
        if not isinstance(column, str) or not column.strip() or column in ("call_id", ERROR):
            raise BlandValidationError(
                f"questions: column name {column!r} is taken or empty; name each column with other text than "
                f"'call_id' and {ERROR!r}"
            )
        if not (isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[0], str)):
            raise BlandValidationError(f"questions[{column!r}]={value!r}: give a pair (question, type)")
        question, kind = value
        if not question.strip():
            raise BlandValidationError(f"questions[{column!r}]: the question is empty")
        if not isinstance(kind, str) or kind not in TYPES:
            raise BlandValidationError(
                f"questions[{column!r}]: type {kind!r} is not one of {', '.join(map(repr, TYPES))}"
            )
        checked[column] = (question, kind)
    return checked


def _ask(
    runner: BulkRunner,
    requests: list[dict[str, Any]],
    answers: dict[str, list[Any]],
    errors: dict[str, str],
    file: Optional[Path],
) -> None:
    """Send each request (one job per call, so that each is taken as soon as it is answered) and
    put its answers, appended to the cache `file`, or its error; on Ctrl-C, every call answered
    so far is still cached."""
    count = len(requests[0]["questions"]) if requests else 0  # answers per call
    jobs: list[tuple[str, BulkJob]] = []
    with _Cache(file) as cache:
        try:
            for params in requests:
                try:
                    jobs.append((params["call_id"], runner.submit("analyze_call", [params], json=True)))
                except BlandError:  # the runner was stopped (Ctrl-C) meanwhile: the jobs sent say so
                    break
            for call_id, job in jobs:
                _take(call_id, job, answers, errors, cache, count)
        finally:
            for call_id, job in jobs:
                if call_id not in answers and call_id not in errors and job.done() and job.items[0].ok:
                    _take(call_id, job, answers, errors, cache, count)  # answered before an interruption


def _take(
    call_id: str, job: BulkJob, answers: dict[str, list[Any]], errors: dict[str, str], cache: _Cache, count: int
) -> None:
    """One call's answers (cached) or error, once its request has ended."""
    item = job.result()[0]
    if not item.ok:
        errors[call_id] = _message(item.error)
    elif isinstance(item.result, dict) and isinstance(item.result.get("answers"), list):
        answers[call_id] = (item.result["answers"] + [None] * count)[:count]
        cache.write(call_id, answers[call_id])
    else:
        errors[call_id] = f"Analyze Call of {call_id} answered without a list of answers"


def _frame(
    ids: list[str], asked: dict[str, tuple[str, str]], answers: dict[str, list[Any]], errors: dict[str, str]
) -> pd.DataFrame:
    """One row per call: its id, one typed column per question, its error."""
    rows = [answers.get(call_id, [None] * len(asked)) for call_id in ids]
    df = pd.DataFrame({"call_id": pd.array(ids, dtype="string")})
    for position, (column, (_, kind)) in enumerate(asked.items()):
        df[column] = pd.array([_fit(row[position], kind) for row in rows], dtype=TYPES[kind])
    df[ERROR] = pd.array([errors.get(call_id) for call_id in ids], dtype="string")
    df.attrs["analysis_errors"] = errors
    warn_failures(
        "analyze(): Analyze Call", len(errors), len(ids), f"their answers are empty; see {ERROR!r} (run again to retry)"
    )
    return df


def _fit(value: Any, kind: str) -> Any:
    """An answer as its type's value, or None when it does not fit."""
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        return TRUTH.get(value.strip().lower()) if isinstance(value, str) else None
    if kind == "number":
        if isinstance(value, str):
            try:
                value = float(value.strip())
            except ValueError:
                return None
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        return float(value) if number and math.isfinite(value) else None
    return str(value) if isinstance(value, (str, int, float, bool)) else None


# -- the cache ---------------------------------------------------------------------------------


def _cache_file(path: Any, goal: str, asked: dict[str, tuple[str, str]]) -> Optional[Path]:
    """`path/_analysis/<hash>.jsonl`: one file per goal and questions (column names aside)."""
    if path is None:
        return None
    if not isinstance(path, (str, os.PathLike)) or not os.fspath(path).strip():
        raise BlandValidationError(f"path={path!r}: give the export directory ('.' for the current one), or None")
    key = json.dumps([goal, [list(question) for question in asked.values()]])
    return Path(path) / CACHE / f"{hashlib.sha256(key.encode()).hexdigest()[:16]}.jsonl"


def _read_cache(file: Path, count: int) -> dict[str, list[Any]]:
    """The calls answered in `file`: call id → answers. Lines that cannot be read (the last one
    of a run that was killed while writing it) are skipped."""
    answers = {}
    try:
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return {}
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("call_id"), str) and isinstance(entry.get("answers"), list):
            answers[entry["call_id"]] = (entry["answers"] + [None] * count)[:count]
    return answers


class _Cache:
    """Appends one line per answered call to the cache file (if any), flushed at once."""

    def __init__(self, file: Optional[Path]):
        self.file = file
        self.handle: Optional[TextIO] = None

    def __enter__(self) -> _Cache:
        if self.file is not None:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            self.handle = handle = self.file.open("a", encoding="utf-8")
            if handle.tell() and not _ends_a_line(self.file):  # a line cut short by a killed run:
                handle.write("\n")  # end it, so that the next line stays whole
        return self

    def write(self, call_id: str, answers: list[Any]) -> None:
        if self.handle is not None:
            self.handle.write(json.dumps({"call_id": call_id, "answers": answers}) + "\n")
            self.handle.flush()

    def __exit__(self, *exc_info: Any) -> None:
        if self.handle is not None:
            self.handle.close()


def _ends_a_line(file: Path) -> bool:
    with file.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"
