"""`frames.analyze`: a preview that sends nothing, one billed request per call once confirmed,
typed answer columns, a cache that makes a re-run ask only what is missing, and failures kept
to their own rows."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import httpx
import pandas as pd
import pytest

import bland_nb.frames as frames
from bland_nb import BlandClient, BlandValidationError, BulkInterrupted
from bland_nb.sandbox import Sandbox

QUESTIONS = {
    "agreed_to_renew": ("Did the customer agree to renew?", "boolean"),
    "minutes": ("How long did the call last, in minutes?", "number"),
    "answered_by": ("Who answered the call?", "human_or_voicemail"),
    "renewal_reply": ("What did the customer say about renewing?", "string"),
}
SENT = [
    [question, "human or voicemail" if kind == "human_or_voicemail" else kind] for question, kind in QUESTIONS.values()
]
GOAL = "Remind customers of their appointment and offer to renew their dental plan."


class AnalyzeTransport(httpx.BaseTransport):
    """The sandbox, counting Analyze Call requests per call; those of the calls in `odd` are
    answered by `odd[call_id]` instead (an exception to raise, or a response)."""

    def __init__(self, inner: httpx.BaseTransport, odd: dict[str, Any]):
        self.inner, self.odd, self.asked = inner, odd, Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        *_, call_id, action = request.url.path.split("/")
        if action == "analyze":
            self.asked[call_id] += 1
            answer = self.odd.get(call_id)
            if isinstance(answer, BaseException):
                raise answer
            if answer is not None:
                return answer
        return self.inner.handle_request(request)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=3, calls=300)


@pytest.fixture
def calls_df(sandbox: Sandbox) -> pd.DataFrame:
    df = frames.calls(sandbox.client())
    sandbox.log.clear()
    return df


def asked(sandbox: Sandbox) -> list[str]:
    """The call ids of the Analyze Call requests the sandbox acted on, in order."""
    return [entry["path"].split("/")[3] for entry in sandbox.log if entry["endpoint"] == "analyze_call"]


def test_the_preview_sends_nothing_and_says_what_it_would_cost(sandbox, client, calls_df):
    preview = frames.analyze(client, calls_df, QUESTIONS, GOAL)
    assert sandbox.log == []
    assert isinstance(preview, frames.AnalysisPreview)
    assert (preview.calls, preview.cached, preview.questions, preview.goal) == (len(calls_df), 0, QUESTIONS, GOAL)
    assert preview.credits == pytest.approx(len(calls_df) * 0.0045)
    text = str(preview)
    assert f"of {len(calls_df)} calls" in text and "rough estimate" in text and "Nothing was sent" in text
    assert "confirm=True" in repr(preview) and "agreed_to_renew" in preview._repr_html_()


def test_confirmed_it_sends_one_request_per_call_and_types_the_answers(sandbox, client, calls_df):
    df = frames.analyze(client, calls_df, QUESTIONS, GOAL, confirm=True, concurrency=4)
    ids = list(calls_df["call_id"])
    assert sorted(asked(sandbox)) == sorted(ids)  # each call once
    entry = next(e for e in sandbox.log if e["endpoint"] == "analyze_call")
    assert entry["body"] == {"goal": GOAL, "questions": SENT}
    assert list(df.columns) == ["call_id", *QUESTIONS, "analysis_error"]
    assert df.dtypes.astype(str).to_dict() == {
        "call_id": "string",
        "agreed_to_renew": "boolean",
        "minutes": "Float64",
        "answered_by": "string",
        "renewal_reply": "string",
        "analysis_error": "string",
    }
    assert list(df["call_id"]) == ids and df["analysis_error"].isna().all()
    store = sandbox.store.calls
    for row in df.sample(40, random_state=1).itertuples(index=False):
        expected = [store.answer(row.call_id, question, kind) for question, kind in SENT]
        got = [row.agreed_to_renew, row.minutes, row.answered_by, row.renewal_reply]
        assert [None if pd.isna(value) else value for value in got] == expected
    # A real split: some customers agreed, some did not, and calls without a customer cannot tell.
    agreed = df["agreed_to_renew"]
    assert agreed.sum() > 10 and (~agreed).sum() > 10 and agreed.isna().sum() > 10


def test_a_call_given_twice_is_asked_once_and_rows_keep_the_input_order(sandbox, client, calls_df):
    ids = list(calls_df["call_id"][:6])
    given = [ids[3], ids[0], ids[3], ids[5], ids[0]]
    df = frames.analyze(client, given, {"who": ("Who answered the call?", "string")}, confirm=True)
    assert list(df["call_id"]) == [ids[3], ids[0], ids[5]]
    assert sorted(asked(sandbox)) == sorted([ids[3], ids[0], ids[5]])
    assert frames.analyze(client, [], {"who": ("Who answered the call?", "string")}, confirm=True).empty


def test_the_goal_defaults_to_a_sentence(sandbox, client, calls_df):
    frames.analyze(client, calls_df[:1], QUESTIONS, confirm=True)
    goal = sandbox.log[-1]["body"]["goal"]
    assert isinstance(goal, str) and len(goal.split()) > 4


def test_a_cached_rerun_sends_nothing_new(sandbox, client, calls_df, tmp_path):
    first = frames.analyze(client, calls_df[:30], QUESTIONS, GOAL, confirm=True, path=tmp_path)
    assert len(asked(sandbox)) == 30
    [cache] = (tmp_path / "_analysis").glob("*.jsonl")
    assert len(cache.read_text().splitlines()) == 30

    again = frames.analyze(client, calls_df[:30], QUESTIONS, GOAL, confirm=True, path=tmp_path)
    assert len(asked(sandbox)) == 30  # nothing new sent
    pd.testing.assert_frame_equal(again, first)

    preview = frames.analyze(client, calls_df[:40], QUESTIONS, GOAL, path=tmp_path)
    assert (preview.calls, preview.cached) == (10, 30)
    more = frames.analyze(client, calls_df[:40], QUESTIONS, GOAL, confirm=True, path=tmp_path)
    assert sorted(asked(sandbox)[30:]) == sorted(calls_df["call_id"][30:40])  # only the missing calls
    pd.testing.assert_frame_equal(more[:30], first)

    renamed = {f"{column}_2": value for column, value in QUESTIONS.items()}  # the same questions: cached
    assert frames.analyze(client, calls_df[:40], renamed, GOAL, path=tmp_path).calls == 0
    other = frames.analyze(client, calls_df[:40], QUESTIONS, "Another goal.", path=tmp_path)
    assert (other.calls, other.cached) == (40, 0)  # another goal: asked again


def test_a_failing_call_keeps_its_row_and_is_neither_retried_nor_cached(sandbox, calls_df, tmp_path):
    ids = list(calls_df["call_id"][:12])
    transport = AnalyzeTransport(sandbox.transport, {ids[4]: httpx.Response(502, text="bad gateway")})
    client = BlandClient(api_key=sandbox.api_key, transport=transport)  # default retries
    with pytest.warns(RuntimeWarning, match=r"failed for 1 of 12 calls.*analysis_error"):
        df = frames.analyze(client, ids, QUESTIONS, GOAL, confirm=True, path=tmp_path)
    assert transport.asked == Counter(ids)  # one request each: a billed request is never sent twice
    failed = df.set_index("call_id").loc[ids[4]]
    assert "502" in failed["analysis_error"] and failed[list(QUESTIONS)].isna().all()
    assert df.loc[df["call_id"] != ids[4], "analysis_error"].isna().all()
    assert df.loc[df["call_id"] != ids[4], "answered_by"].notna().all()  # the others answered
    assert df.attrs["analysis_errors"] == {ids[4]: failed["analysis_error"]}
    assert sandbox.api_key not in failed["analysis_error"]

    transport.odd.clear()
    again = frames.analyze(client, ids, QUESTIONS, GOAL, confirm=True, path=tmp_path)
    assert transport.asked[ids[4]] == 2 and sum(transport.asked.values()) == 13  # only the failed call again
    assert again["analysis_error"].isna().all()


def test_an_answer_that_does_not_fit_its_type_is_missing(sandbox, calls_df):
    ids = list(calls_df["call_id"][:4])
    odd = {
        ids[0]: httpx.Response(200, json={"status": "success", "answers": ["maybe", True, 7, {"a": 1}]}),
        ids[1]: httpx.Response(200, json={"status": "success", "answers": ["yes", "2.5", True]}),  # one short
        ids[2]: httpx.Response(200, json=["not", "an", "object"]),
        ids[3]: httpx.Response(200, json={"answers": [False, "about three", None, "Sure."]}),
    }
    client = BlandClient(api_key=sandbox.api_key, transport=AnalyzeTransport(sandbox.transport, odd), max_retries=0)
    with pytest.warns(RuntimeWarning, match="failed for 1 of 4 calls"):
        df = frames.analyze(client, ids, QUESTIONS, GOAL, confirm=True)
    rows = [[None if pd.isna(value) else value for value in row] for row in df[list(QUESTIONS)].to_numpy().tolist()]
    assert rows == [
        [None, None, "7", None],  # a number is still text
        [True, 2.5, "True", None],
        [None, None, None, None],
        [False, None, None, "Sure."],
    ]
    assert "without a list of answers" in df["analysis_error"][2] and df["analysis_error"].isna().sum() == 3


def test_an_interrupted_run_keeps_what_was_answered(sandbox, calls_df, tmp_path):
    ids = list(calls_df["call_id"][:20])
    transport = AnalyzeTransport(sandbox.transport, {ids[8]: KeyboardInterrupt()})  # as Ctrl-C would
    client = BlandClient(api_key=sandbox.api_key, transport=transport, max_retries=0)
    with pytest.raises(BulkInterrupted):
        frames.analyze(client, ids, QUESTIONS, GOAL, confirm=True, path=tmp_path, concurrency=1)
    assert frames.analyze(client, ids, QUESTIONS, GOAL, path=tmp_path).cached == 8  # the calls before it

    [cache] = (tmp_path / "_analysis").glob("*.jsonl")
    cache.write_bytes(cache.read_bytes() + b'{"call_id": "torn \xc3')  # a run killed while writing a line
    transport.odd.clear()
    frames.analyze(client, ids, QUESTIONS, GOAL, confirm=True, path=tmp_path)
    assert sum(transport.asked.values()) == 9 + 12  # before: 8 answered and the interrupted one
    lines = cache.read_text(errors="replace").splitlines()
    assert [json.loads(line)["call_id"] for line in lines if line.endswith("}")] == ids[:8] + ids[8:]
    assert frames.analyze(client, ids, QUESTIONS, GOAL, path=tmp_path).cached == 20


@pytest.mark.parametrize(
    ("calls", "questions", "goal", "options", "message"),
    [
        ("c-1", QUESTIONS, None, {}, "not a single string"),
        ([None], QUESTIONS, None, {}, "not call ids"),
        (pd.DataFrame({"id": ["c-1"]}), QUESTIONS, None, {}, "no call_id column"),
        (["c-1"], {}, None, {}, "give a dict of column name"),
        (["c-1"], [("Q?", "boolean")], None, {}, "give a dict of column name"),
        (["c-1"], {"call_id": ("Q?", "boolean")}, None, {}, "'call_id' is taken"),
        (["c-1"], {"analysis_error": ("Q?", "boolean")}, None, {}, "'analysis_error' is taken"),
        (["c-1"], {"x": "Q?"}, None, {}, "give a pair"),
        (["c-1"], {"x": ("  ", "boolean")}, None, {}, "question is empty"),
        (["c-1"], {"x": ("Q?", "yes or no")}, None, {}, "'yes or no' is not one of 'string', 'boolean', 'number'"),
        (["c-1"], {"x": ("Q?", "human or voicemail")}, None, {}, "'human_or_voicemail'"),
        (["c-1"], {"x": ("Q?", ["boolean"])}, None, {}, "type \\['boolean'\\] is not one of"),
        (["c-1"], QUESTIONS, "  ", {}, "goal="),
        (["c-1"], QUESTIONS, None, {"confirm": "yes"}, "confirm="),
        (["c-1"], QUESTIONS, None, {"concurrency": 0}, "concurrency="),
        (["c-1"], QUESTIONS, None, {"rate_limit": -1}, "rate_limit="),
        (["c-1"], QUESTIONS, None, {"path": ""}, "path="),
    ],
)
def test_bad_input_is_refused_before_any_request(sandbox, client, calls, questions, goal, options, message):
    with pytest.raises(BlandValidationError, match=message.replace("(", r"\(")):
        frames.analyze(client, calls, questions, goal, confirm=options.pop("confirm", True), **options)
    assert sandbox.log == []


def test_an_async_client_is_refused_by_name(sandbox):
    with pytest.raises(BlandValidationError, match=r"analyze\(\) takes a BlandClient"):
        frames.analyze(sandbox.async_client(), ["c-1"], QUESTIONS)


def test_analyze_call_is_never_retried_once_it_may_have_reached_bland(client):
    assert client.endpoint("analyze_call").retry_safe is False
