"""Calls: the seeded history, the lifecycle (queued → started → completed) and the indexes
that keep List Calls windows and Call Details O(window) and O(1) at any scale.

Calls are dicts in the API's own field names. Each new call draws its fate when it is queued
(outcome, ring time, length), so advancing the clock only plays it out; a completed call is
charged to the account at `price_per_minute`.
"""

from __future__ import annotations

import heapq
import random
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Optional

from ._store import GroupState, parse_time

__all__ = ["CallFilters", "CallsState"]

OUTCOMES = (
    ("human", 0.46),
    ("voicemail", 0.24),
    ("unknown", 0.08),
    ("no-answer", 0.16),
    ("failed", 0.04),
    ("busy", 0.012),
    ("lost", 0.004),  # ended with status "unknown"
    ("canceled", 0.004),  # stopped before it rang
)
"""A call's fate and its share: every documented `answered_by` (human, voicemail, unknown,
no-answer) and final `status` (completed, failed, busy, no-answer, canceled, unknown) occurs."""
ENDINGS = {
    "failed": ("failed", "Call failed. The number you dialed is busy."),
    "busy": ("busy", "The line was busy."),
    "lost": ("unknown", "The call ended for an unknown reason."),
    "canceled": ("canceled", "Call was stopped."),
}
"""Fates that end without a conversation: (status, error_message)."""
UNRECORDED = 0.1
"""The share of seeded calls placed with `record: false` (answered, yet no recording)."""
PENDING = ("queued", "started")
SUMMARY = (
    "call_id",
    "created_at",
    "call_length",
    "to",
    "from",
    "completed",
    "queue_status",
    "error_message",
    "answered_by",
    "batch_id",
    "campaign_id",
    "price",
    "started_at",
    "end_at",
    "call_ended_by",
    "inbound",
    "transferred_to",
    "status",
)
ASSISTANT = (
    "Hi, this is Ava calling from Sandbox Dental.",
    "I'm calling about your upcoming appointment and your dental plan.",
    "Can we confirm your appointment for Tuesday at 10?",
    "Your plan ends this month: would you like to renew it for another year?",
    "Thanks for your time, have a lovely day!",
)
GREETINGS = ("Hello?", "Hi, who is this?", "Yes, speaking.")
OPENERS = ("Oh yes, I was expecting a call.", "Okay, go ahead.", "Sure, I have a minute.")
GOODBYES = ("Bye now.", "You too, bye.")
APPOINTMENT = (  # (outcome, share, the customer's replies to the proposed time, the agent's answer, summary)
    (
        "confirmed",
        0.6,
        ("Yes, Tuesday at 10 works, thanks.", "Sure, Tuesday at 10 is perfect."),
        "Great, see you Tuesday at 10.",
        "The customer confirmed the appointment for Tuesday at 10.",
    ),
    (
        "moved",
        0.25,
        ("Tuesday doesn't work for me, could we do Thursday at 2 instead?",),
        "Thursday at 2 it is.",
        "The customer moved the appointment to Thursday at 2.",
    ),
    (
        "cancelled",
        0.15,
        ("No, please cancel it, I don't need it anymore.",),
        "Understood, I'll let the front desk know.",
        "The customer cancelled the appointment.",
    ),
)
RENEWAL = (  # (outcome, share, the customer's replies to the renewal offer, summary)
    (
        "renewed",
        0.45,
        ("Yes, please renew it.", "Sure, I agree, go ahead and renew."),
        "They agreed to renew their plan.",
    ),
    (
        "declined",
        0.35,
        ("No thanks, I don't want to renew.", "Not right now, I'm not interested."),
        "They declined to renew their plan.",
    ),
    ("undecided", 0.2, ("Hmm, let me think about it and call you back.",), "They have not decided whether to renew."),
)
"""A conversation with a person: the agent's five lines, the customer's replies drawn per call
(seeded by its id) from these, so calls differ in what was agreed. A call shorter than
`SHORT_CALL` minutes ends after the appointment, before the renewal offer."""
SHORT_CALL = 1.0

# Analyze Call's reading of a transcript: words that carry no topic, and the customer's yes and no.
STOPWORDS = frozenset(
    "a about an and any are as at be by call caller can could customer did do does during for from had has have "
    "he her his how i if in is it its me my no not of on or our person said say she so that the their them they "
    "this to was we were what when where which who will with would you your".split()
)
POSITIVE = frozenset("yes yeah yep sure ok okay great works perfect agree agreed please thanks glad happy".split())
NEGATIVE = frozenset("no not nope don't doesn't can't won't cancel never".split())
CONTRARY = frozenset("decline declined refuse refused reject rejected cancel cancelled not never".split())
"""Question words that ask whether the customer said no ("Did the customer decline to renew?")."""
BOOKED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) at \d{1,2}\b")


@dataclass(frozen=True)
class CallFilters:
    """What List Calls filters on, as plain values: dates are ISO text (a bare date is a whole UTC day)."""

    campaign_id: Optional[str] = None
    batch_id: Optional[str] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    created_at: Optional[str] = None
    """One day, or one moment."""
    answered_by: Optional[str] = None
    completed: Optional[bool] = None
    inbound: Optional[bool] = None
    to_number: Optional[str] = None
    from_number: Optional[str] = None
    duration_gt: Optional[float] = None
    duration_lt: Optional[float] = None


class CallsState(GroupState):
    group = "calls"
    order = 90  # after campaigns and batches, whose calls it lays out

    def seed(self) -> None:
        self.calls: dict[str, dict[str, Any]] = {}
        self.timeline: list[dict[str, Any]] = []  # every call, oldest first
        self.by_campaign: dict[str, list[dict[str, Any]]] = {}
        self.by_batch: dict[str, list[dict[str, Any]]] = {}
        self.pending: dict[str, dict[str, Any]] = {}
        self.fates: dict[str, tuple[str, float, float, datetime]] = {}
        self.due: list[tuple[datetime, int, str]] = []  # (next transition, order queued, call id): a heap
        self.caller_id = self.phone()
        self._seed_history()

    # -- the seeded history ---------------------------------------------------------------------

    def _seed_history(self) -> None:
        """`store.calls_wanted` calls over the last 30 days: campaigns, batches, and one-off calls."""
        now = self.store.now
        owners: list[tuple[str, Optional[str], datetime, bool]] = []
        for campaign in self.store.campaigns.campaigns.values():
            owners.append(
                (
                    "campaign_id",
                    campaign["campaign_id"],
                    parse_time(campaign["created_at"]),
                    campaign["status"] == "in_progress",
                )
            )
        for batch in self.store.batches.batches.values():
            owners.append(("batch_id", batch["id"], parse_time(batch["created_at"]), batch["status"] == "in_progress"))
        owners.append(("campaign_id", None, now - timedelta(days=30), False))
        weights = [self.random.uniform(0.6, 1.4) for _ in owners]
        counts = [int(self.store.calls_wanted * w / sum(weights)) for w in weights]
        counts[-1] += self.store.calls_wanted - sum(counts)  # exactly the number asked for
        planned = []
        for (key, owner, start, live), count in zip(owners, counts):
            span = (now - start).total_seconds()
            for _ in range(count):
                created = start + timedelta(seconds=self.random.uniform(0, span))
                planned.append((created, key, owner, live and created > now - timedelta(hours=3)))
        planned.sort(key=lambda plan: plan[0])
        for created, key, owner, live in planned:
            call = self._new(self.phone(), created, **{key: owner})
            # Its own generator, so the world's draws (and so the rest of the world) stay as they were.
            call["record"] = random.Random(f"record:{call['call_id']}").random() >= UNRECORDED
            fate = self._fate()
            ends = created + timedelta(seconds=fate[2], minutes=fate[1])
            if ends > now or (live and self.random.random() < 0.5):  # still ringing, talking or waiting
                self._queue(call, dial_at=max(created, now) + timedelta(seconds=self.random.uniform(0, 3600)))
            else:
                self._finish(call, *fate, charge=False)

    # -- creating calls -------------------------------------------------------------------------

    def _new(
        self,
        to: str,
        created: datetime,
        *,
        campaign_id: Optional[str] = None,
        batch_id: Optional[str] = None,
        settings: Optional[dict[str, Any]] = None,
    ) -> dict[str, Any]:
        call_id = self.new_id()
        call = {
            "call_id": call_id,
            "created_at": created.isoformat(),
            "started_at": None,
            "end_at": None,
            "to": to,
            "from": (settings or {}).get("from") or self.caller_id,
            "call_length": 0.0,
            "completed": False,
            "queue_status": "queued",
            "status": "queued",
            "error_message": None,
            "answered_by": None,
            "call_ended_by": None,
            "batch_id": batch_id,
            "campaign_id": campaign_id,
            "price": 0.0,
            "inbound": False,
            "transferred_to": None,
            "max_duration": (settings or {}).get("max_duration") or 30,
            "record": bool((settings or {}).get("record", True)),
            "pathway_id": (settings or {}).get("pathway_id"),
            "task": (settings or {}).get("task"),
            "metadata": (settings or {}).get("metadata") or {},
        }
        self.calls[call_id] = call
        self.timeline.append(call)
        if campaign_id:
            self.by_campaign.setdefault(campaign_id, []).append(call)
        if batch_id:
            self.by_batch.setdefault(batch_id, []).append(call)
        return call

    def queue(
        self,
        to: str,
        *,
        campaign_id: Optional[str] = None,
        batch_id: Optional[str] = None,
        delay_s: float = 0.0,
        settings: Optional[dict[str, Any]] = None,
    ) -> dict[str, Any]:
        """A new call, queued now, dialing after `delay_s` seconds of sandbox time."""
        call = self._new(to, self.store.now, campaign_id=campaign_id, batch_id=batch_id, settings=settings)
        self._queue(call, dial_at=self.store.now + timedelta(seconds=delay_s))
        return call

    def _queue(self, call: dict[str, Any], *, dial_at: datetime) -> None:
        outcome, minutes, ring = self._fate()
        if outcome == "canceled":  # only a stop cancels a call that is still to ring
            outcome = "failed"
        self.fates[call["call_id"]] = (outcome, minutes, ring, dial_at)
        self.pending[call["call_id"]] = call
        heapq.heappush(self.due, (dial_at, len(self.calls), call["call_id"]))

    def _fate(self) -> tuple[str, float, float]:
        """(outcome, minutes talked, seconds ringing) of a call."""
        roll, outcome = self.random.random(), OUTCOMES[-1][0]
        for name, share in OUTCOMES:
            roll -= share
            if roll < 0:
                outcome = name
                break
        minutes = {
            "human": self.random.uniform(0.4, 6.0),
            "voicemail": self.random.uniform(0.3, 1.2),
            "unknown": self.random.uniform(0.1, 0.8),
        }.get(outcome, 0.0)
        return outcome, round(minutes, 3), self.random.uniform(3, 30)

    # -- the lifecycle --------------------------------------------------------------------------

    def advance(self, now: datetime) -> None:
        """Play out the transitions due by `now`: a dialled call starts, a started one ends.
        Only due calls are touched (a heap of next transitions), so a tick costs what it changes."""
        while self.due and self.due[0][0] <= now:
            _, order, call_id = heapq.heappop(self.due)
            call = self.pending.get(call_id)
            if call is None:  # cancelled or finished meanwhile
                continue
            outcome, minutes, ring, dial_at = self.fates[call_id]
            started = dial_at + timedelta(seconds=ring)
            ends = started + timedelta(minutes=minutes)
            if now >= ends:
                self._finish(call, outcome, minutes, ring, charge=True, dialed=dial_at)
            else:
                call.update(queue_status="started", status="in-progress", started_at=started.isoformat())
                heapq.heappush(self.due, (ends, order, call_id))

    def _finish(
        self,
        call: dict[str, Any],
        outcome: str,
        minutes: float,
        ring: float,
        *,
        charge: bool,
        dialed: Optional[datetime] = None,
    ) -> None:
        started = (dialed or parse_time(call["created_at"])) + timedelta(seconds=ring)
        price = round(minutes * self.store.price_per_minute, 4)
        call.update(
            started_at=started.isoformat(),
            end_at=(started + timedelta(minutes=minutes)).isoformat(),
            call_length=minutes,
            completed=True,
            queue_status="complete",
            status="completed",
            price=price,
            answered_by=outcome if outcome in ("human", "voicemail", "unknown", "no-answer") else None,
        )
        if outcome in ENDINGS:
            status, error = ENDINGS[outcome]
            call.update(error_message=error, status=status)
            if outcome == "canceled":
                call.update(queue_status="cancelled", started_at=None, end_at=None)
        elif outcome == "no-answer":
            call.update(error_message="No answer.", status="no-answer")
        else:
            call["call_ended_by"] = "USER" if self.random.random() < 0.55 else "ASSISTANT"
            if outcome == "human" and self.random.random() < 0.06:
                call["transferred_to"] = "+14155550100"
        self.pending.pop(call["call_id"], None)
        self.fates.pop(call["call_id"], None)
        if charge and price:
            self.store.account.charge(price)

    def cancel(self, calls: Iterable[dict[str, Any]]) -> int:
        """Cancel the queued and live calls among `calls`; how many there were."""
        stopped = 0
        for call in calls:
            if call["queue_status"] in PENDING:
                call.update(
                    queue_status="cancelled", status="canceled", completed=True, error_message="Call was stopped."
                )
                self.pending.pop(call["call_id"], None)
                self.fates.pop(call["call_id"], None)
                stopped += 1
        return stopped

    # -- reads ----------------------------------------------------------------------------------

    def get(self, call_id: str) -> dict[str, Any]:
        return self.find(self.calls, call_id, "Call")

    def of_campaign(self, campaign_id: str) -> list[dict[str, Any]]:
        return self.by_campaign.get(campaign_id, [])

    def of_batch(self, batch_id: str) -> list[dict[str, Any]]:
        return self.by_batch.get(batch_id, [])

    @staticmethod
    def pending_among(calls: Iterable[dict[str, Any]]) -> int:
        return sum(call["queue_status"] in PENDING for call in calls)

    def details(self, call_id: str) -> dict[str, Any]:
        """Call Details: the call plus its transcript, summary and recording, made on demand."""
        call = {k: v for k, v in self.get(call_id).items() if k != "task"}
        call.update(
            c_id=call_id,
            endpoint_url="api.prod.bland.ai",
            request_data={"phone_number": call["to"]},
            variables={"to": call["to"], "from": call["from"], "call_id": call_id},
            recording_url=None,
            summary=None,
            concatenated_transcript=None,
            transcripts=[],
            corrected_duration=str(round(call["call_length"] * 60)),
            local_dialing=False,
            analysis=None,
            pathway_logs=None,
            pathway_version=None,
            voice_id=None,
            is_canary=False,
            is_proxy_agent_call=False,
            warm_transfer_call=False,
        )
        if call["answered_by"] in ("human", "voicemail") and call["started_at"]:
            call.update(self._conversation(call))
        return call

    def _conversation(self, call: dict[str, Any]) -> dict[str, Any]:
        rng = random.Random(call["call_id"])  # the same call always has the same transcript
        if call["answered_by"] == "voicemail":
            lines, summary = [("assistant", ASSISTANT[0])], "Left a voicemail about the upcoming appointment."
        else:
            lines, summary = _script(random.Random(f"replies:{call['call_id']}"), call["call_length"])
        segments = []
        moment = parse_time(call["started_at"])
        for speaker, text in lines:
            moment += timedelta(seconds=rng.uniform(2, 8))
            segments.append(
                {
                    "id": rng.randint(10**6, 10**7),
                    "created_at": moment.isoformat(),
                    "text": text,
                    "user": speaker,
                    "c_id": call["call_id"],
                    "status": None,
                    "transcript_id": None,
                }
            )
        transcript = " \n ".join(f"{s['user']}: {s['text']}" for s in segments)
        recording = f"https://sandbox.bland.local/recordings/{call['call_id']}.mp3" if call["record"] else None
        return {
            "transcripts": segments,
            "concatenated_transcript": transcript,
            "summary": summary,
            "recording_url": recording,
        }

    def answer(self, call_id: str, question: str, expected: str = "") -> Any:
        """Analyze Call's answer to one question about a call, of the expected type ("boolean",
        "number", "human or voicemail", else text), read from the call's metadata (who answered,
        length, price, transfer) and its transcript; None when the call cannot tell (no one
        answered, or a voicemail: the customer said nothing).

        A yes/no question is true when the customer's last reply on its topic (a word of the
        question in the reply or in the agent's line before it) says yes (no, for a question
        such as "did they decline...?"), false otherwise. Text answers are the customer's reply
        most on topic, the time booked, the mood, or else the first sentence of the summary.
        """
        call = self.details(call_id)
        q = question.lower()
        kind = _kind(expected.lower(), q)
        segments = call["transcripts"]
        said = [segment["text"] for segment in segments if segment["user"] == "user"]
        if kind == "human or voicemail":
            return call["answered_by"] or call["status"]
        if kind == "boolean":
            if "voicemail" in q:
                return call["answered_by"] == "voicemail"
            if "transfer" in q:
                return call["transferred_to"] is not None
            if _mentions(q, "answer", "pick") and _mentions(q, "human", "person", "someone", "anyone"):
                return call["answered_by"] == "human"
            return _supports(q, segments) if said else None
        if kind == "number":
            if _mentions(q, "how long", "duration", "minute", "length"):
                return round(call["call_length"], 1)
            if _mentions(q, "cost", "price", "spend", "charge"):
                return call["price"]
            if not said:
                return None
            if _words(q) & {"when", "time", "hour"}:
                booked = _booked(segments)
                return int(booked.rsplit(" ", 1)[1]) if booked else None
            if _words(q) & {"scale", "score", "rate", "rating", "satisfied", "satisfaction"}:
                return _score(said)
            return len(said)
        if _mentions(q, "who answered", "who picked", "answered the call", "answered by", "pick up", "picked up"):
            return call["answered_by"] or call["status"]
        if _mentions(q, "how long", "duration", "minute", "length"):
            return f"{round(call['call_length'], 1)} minutes"
        if not said:
            return None
        if _words(q) & {"when", "time", "day", "date"}:
            return _booked(segments)
        if _mentions(q, "sentiment", "mood", "feel", "tone"):
            score = _score(said)
            return "positive" if score > 6 else "negative" if score < 6 else "neutral"
        return _on_topic(q, segments) or _first_sentence(call["summary"])

    def window(
        self, filters: CallFilters, start: int, stop: int, *, ascending: bool = False
    ) -> tuple[list[dict[str, Any]], int]:
        """List Calls: the matching calls `start:stop` (newest first unless `ascending`) and how many
        match in all.

        Campaign, batch and date filters use the indexes (O(log n + window)); the other
        filters scan only the calls that those leave.
        """
        base = (
            self.of_campaign(filters.campaign_id)
            if filters.campaign_id
            else self.of_batch(filters.batch_id)
            if filters.batch_id
            else self.timeline
        )
        key = _created
        lo = bisect_left(base, _day_start(filters.start_date), key=key) if filters.start_date else 0
        hi = bisect_right(base, _day_end(filters.end_date), key=key) if filters.end_date else len(base)
        if filters.created_at:
            lo = max(lo, bisect_left(base, _day_start(filters.created_at), key=key))
            hi = min(hi, bisect_right(base, _day_end(filters.created_at), key=key))
        indexes = range(lo, hi) if ascending else range(hi - 1, lo - 1, -1)
        tests = _tests(filters)
        if not tests:
            return [base[i] for i in indexes[start:stop]], max(hi - lo, 0)
        test = tests[0] if len(tests) == 1 else lambda call: all(test(call) for test in tests)
        matching = list(filter(test, base[lo:hi] if ascending else reversed(base[lo:hi])))
        return matching[start:stop], len(matching)


def _script(rng: random.Random, minutes: float) -> tuple[list[tuple[str, str]], str]:
    """A conversation with a person, (speaker, text) in order, and its summary; the customer's
    replies drawn by `rng`. A call under `SHORT_CALL` minutes ends before the renewal offer."""
    _, _, booking_replies, booked, booking = _draw(rng, APPOINTMENT)
    _, _, renewal_replies, renewal = _draw(rng, RENEWAL)
    exchanges = [
        (ASSISTANT[0], rng.choice(GREETINGS)),
        (ASSISTANT[1], rng.choice(OPENERS)),
        (ASSISTANT[2], rng.choice(booking_replies)),
        (f"{booked} {ASSISTANT[3]}", rng.choice(renewal_replies)),
        (ASSISTANT[4], rng.choice(GOODBYES)),
    ]
    if minutes < SHORT_CALL:
        exchanges, summary = exchanges[:3], booking
    else:
        summary = f"{booking} {renewal}"
    return [(speaker, text) for pair in exchanges for speaker, text in zip(("assistant", "user"), pair)], summary


def _draw(rng: random.Random, options: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    """One of `options`, each `(name, share, ...)`, drawn by its share."""
    roll = rng.random()
    for option in options:
        roll -= option[1]
        if roll < 0:
            return option
    return options[-1]


def _kind(expected: str, question: str) -> str:
    """The expected answer type as Analyze reads it; without one, guessed from the question."""
    if "voicemail" in expected:
        return "human or voicemail"
    if _mentions(expected, "bool", "yes", "true"):
        return "boolean"
    if _mentions(expected, "number", "int", "float", "count", "numeric"):
        return "number"
    if expected:
        return "string"
    if question.startswith(("did ", "was ", "is ", "does ", "do ", "will ", "were ", "has ", "have ", "can ")):
        return "boolean"
    return "number" if question.startswith(("how many", "how long", "how much")) else "string"


def _mentions(text: str, *words: str) -> bool:
    return any(word in text for word in words)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def _topic(text: str) -> set[str]:
    """The stems (first five letters) of a text's words that carry meaning."""
    return {word[:5] for word in _words(text) - STOPWORDS}


def _stance(text: str) -> Optional[bool]:
    """Whether the customer says yes (True), no (False) or neither (None); a no outweighs a yes."""
    words = _words(text)
    return False if words & NEGATIVE else True if words & POSITIVE else None


def _replies(segments: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each of the customer's lines with the line said just before it."""
    return [
        (segment["text"], segments[i - 1]["text"] if i else "")
        for i, segment in enumerate(segments)
        if segment["user"] == "user"
    ]


def _supports(question: str, segments: list[dict[str, Any]]) -> bool:
    """Whether the customer's last reply on the question's topic says what the question asks."""
    topic = _topic(question)
    replies = [text for text, before in _replies(segments) if topic & (_topic(text) | _topic(before))]
    if not replies:
        return False
    contrary = bool(_words(question) & CONTRARY)
    return _stance(replies[-1]) is (not contrary)


def _on_topic(question: str, segments: list[dict[str, Any]]) -> Optional[str]:
    """The customer's reply that shares the most words with the question (its own words count
    double those of the line before it; the later reply wins a tie), or None."""
    topic = _topic(question)
    scored = [
        (2 * len(topic & _topic(text)) + len(topic & _topic(before)), i, text)
        for i, (text, before) in enumerate(_replies(segments))
    ]
    score, _, text = max(scored, default=(0, 0, None))
    return text if score else None


def _booked(segments: list[dict[str, Any]]) -> Optional[str]:
    """The time last agreed in the conversation ("Thursday at 2"); None once it is cancelled."""
    booked = None
    for segment in segments:
        found = BOOKED.findall(segment["text"])
        booked = found[-1] if found else booked
        if "cancel" in segment["text"].lower():
            booked = None
    return booked


def _score(said: list[str]) -> int:
    """How pleased the customer sounded, 1 to 10: 6, two up per yes and two down per no."""
    stances = [_stance(text) for text in said]
    return max(1, min(10, 6 + 2 * stances.count(True) - 2 * stances.count(False)))


def _first_sentence(text: Optional[str]) -> Optional[str]:
    return re.split(r"(?<=\.) ", text, maxsplit=1)[0] if text else None


def _created(call: dict[str, Any]) -> str:
    return call["created_at"]


def _as_stored(text: str) -> str:
    """An ISO timestamp as the calls store theirs (UTC, `+00:00`), so strings compare as times."""
    return parse_time(text).astimezone(UTC).isoformat()


def _day_start(value: Any) -> str:
    text = str(value)
    return _as_stored(text) if "T" in text else f"{text}T00:00:00"


def _day_end(value: Any) -> str:
    text = str(value)
    return _as_stored(text) if "T" in text else f"{text}T23:59:59.999999+99:99"


def _tests(filters: CallFilters) -> list[Any]:
    """The filters that need a look at each call."""
    tests = []
    if filters.answered_by:
        tests.append(lambda c: c["answered_by"] == filters.answered_by)
    if filters.completed is not None:
        tests.append(lambda c: c["completed"] is filters.completed)
    if filters.inbound is not None:
        tests.append(lambda c: c["inbound"] is filters.inbound)
    if filters.to_number:
        tests.append(lambda c: c["to"] == filters.to_number)
    if filters.from_number:
        tests.append(lambda c: c["from"] == filters.from_number)
    if filters.duration_gt is not None:
        tests.append(lambda c: c["call_length"] > filters.duration_gt)
    if filters.duration_lt is not None:
        tests.append(lambda c: c["call_length"] < filters.duration_lt)
    return tests
