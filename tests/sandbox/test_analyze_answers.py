"""The sandbox's Analyze Call answers every question from the call's transcript and metadata:
answers differ from call to call as the conversations do, are the same every time, have the
type asked for, and are null when the customer said nothing."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from bland_nb.sandbox import Sandbox

from .conftest import raw

TYPED = [
    ("Did the customer agree to renew?", "boolean"),
    ("Did the customer confirm the appointment?", "boolean"),
    ("Was the call transferred?", "boolean"),
    ("How long did the call last, in minutes?", "number"),
    ("On a scale of 1 to 10, how satisfied was the customer?", "number"),
    ("What hour is the appointment?", "number"),
    ("Who answered the call?", "human or voicemail"),
    ("What did the customer say about renewing?", "string"),
    ("When is the appointment?", "string"),
    ("What was the customer's mood?", "string"),
]
PYTHON_TYPES = {"boolean": (bool,), "number": (int, float), "human or voicemail": (str,), "string": (str,)}


@pytest.fixture(scope="module")
def world() -> Sandbox:
    return Sandbox(seed=11, calls=800)


def finished(world: Sandbox, *answered: Any) -> list[dict[str, Any]]:
    return [c for c in world.store.calls.timeline if c["completed"] and c["answered_by"] in answered]


def ask(world: Sandbox, call: dict[str, Any], question: str, kind: str = "") -> Any:
    return world.store.calls.answer(call["call_id"], question, kind)


def test_answers_vary_across_calls_as_the_conversations_do(world):
    people = finished(world, "human")
    agreed = Counter(ask(world, c, "Did the customer agree to renew?", "boolean") for c in people)
    assert agreed[True] > 0.2 * len(people) and agreed[False] > 0.2 * len(people) and agreed[None] == 0
    replies = {ask(world, c, "What did the customer say about renewing?", "string") for c in people}
    assert len(replies) >= 4
    scores = {ask(world, c, "On a scale of 1 to 10, how satisfied was the customer?", "number") for c in people}
    assert len(scores) >= 3 and all(1 <= score <= 10 for score in scores)
    times = Counter(ask(world, c, "When is the appointment?", "string") for c in people)
    assert set(times) == {"Tuesday at 10", "Thursday at 2", None}


def test_a_yes_no_answer_follows_what_the_customer_said(world):
    for call in finished(world, "human"):
        summary = world.store.calls.details(call["call_id"])["summary"]
        assert ask(world, call, "Did the customer agree to renew?", "boolean") == ("agreed to renew" in summary)
        assert ask(world, call, "Did the customer decline to renew?", "boolean") == ("declined to renew" in summary)
        assert ask(world, call, "Did the customer confirm the appointment?", "yes or no") == ("confirmed" in summary)
        booked = re.search(r"(Tuesday at 10|Thursday at 2)", summary)
        assert ask(world, call, "When is the appointment?", "string") == (booked and booked.group())
        assert ask(world, call, "What hour is the appointment?", "number") == (booked and int(booked.group()[-2:]))


def test_a_text_answer_is_the_customers_reply_most_on_topic(world):
    for call in finished(world, "human")[:50]:
        said = [s["text"] for s in world.store.calls.details(call["call_id"])["transcripts"] if s["user"] == "user"]
        reply = ask(world, call, "What did the customer say about renewing?", "string")
        if call["call_length"] >= 1.0:  # long enough for the renewal offer
            assert reply == said[3]
        else:
            assert reply in said or reply.startswith("The customer")  # off topic: the summary's first sentence


def test_answers_are_deterministic(world):
    again = Sandbox(seed=11, calls=800)
    calls = finished(world, "human", "voicemail", "no-answer", "unknown")[:80]
    for question, kind in TYPED:
        first = [ask(world, call, question, kind) for call in calls]
        assert first == [ask(again, call, question, kind) for call in calls]
        assert first == [ask(world, call, question, kind) for call in calls]


def test_every_answer_has_the_type_asked_for(world):
    for call in finished(world, "human", "voicemail", "no-answer", "unknown")[:200]:
        for question, kind in TYPED:
            answer = ask(world, call, question, kind)
            expected = PYTHON_TYPES[kind]
            assert answer is None or (isinstance(answer, expected) and (kind == "boolean") == isinstance(answer, bool))


def test_nothing_said_nothing_answered_from_the_transcript(world):
    for call in finished(world, "no-answer", "voicemail", "unknown")[:60]:
        assert ask(world, call, "Did the customer agree to renew?", "boolean") is None
        assert ask(world, call, "What did the customer say about renewing?", "string") is None
        assert ask(world, call, "On a scale of 1 to 10, how satisfied was the customer?", "number") is None
        # What the call's record holds is still answered.
        assert ask(world, call, "How long did the call last, in minutes?", "number") == round(call["call_length"], 1)
        assert ask(world, call, "Who answered the call?", "human or voicemail") == call["answered_by"]
        assert ask(world, call, "Did a voicemail pick up?", "boolean") == (call["answered_by"] == "voicemail")


def test_without_a_type_the_question_says_which(world):
    call = finished(world, "human")[0]
    assert isinstance(ask(world, call, "Did the customer agree to renew?"), bool)
    assert isinstance(ask(world, call, "How many times did the customer speak?"), int)
    assert isinstance(ask(world, call, "What did the customer say about renewing?"), str)


def test_the_endpoint_answers_each_question_in_order(world):
    call = finished(world, "human")[3]
    body = raw(
        world.client().with_raw_response.calls.analyze,
        call["call_id"],
        goal="Remind and renew",
        questions=[list(pair) for pair in TYPED],
    )
    assert body["status"] == "success"
    assert body["answers"] == [ask(world, call, question, kind) for question, kind in TYPED]
