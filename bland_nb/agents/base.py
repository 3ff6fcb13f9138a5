"""`BlandBaseTool`: the clients, the sync and async request paths, errors and outputs of the tools.

A tool's work is a *plan*: a generator that yields `Request`s (an endpoint by catalog name and
its parameters), receives each result, and returns the tool's `(content, artifact)`. The same
plan runs on a `BlandClient` (`_run`) or an `AsyncBlandClient` (`_arun`), so previews and
actions are written once. Client errors become `ToolException`s, which the agent reads as the
tool's answer (`handle_tool_error=True`): JSON whose `error` field holds the status and the
server's message as data, and whose `note` is the tool's own sentence, within the budget.

Content is compact JSON text within a character budget; what the budget cut is said in a
`note` field. The artifact is the whole result as plain JSON data.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

from langchain_core.tools import BaseTool, ToolException
from pydantic import Field, ValidationError

from .. import (
    APIConnectionError,
    APIStatusError,
    AsyncBlandClient,
    AsyncPage,
    BlandClient,
    BlandError,
    BlandModel,
    BlandValidationError,
    Page,
)
from . import descriptions as say

__all__ = [
    "DEFAULT_BUDGET",
    "BlandBaseTool",
    "Plan",
    "Request",
    "answer",
    "error_text",
    "fit",
    "plain",
    "validation_message",
]

DEFAULT_BUDGET = 4000
"""Characters of content a tool returns at most."""

_SQUEEZES = ((None, None), (400, 50), (120, 10), (40, 3), (12, 1))
"""(longest text, longest nested list) tried in turn until a result fits the budget. Texts are
strings with a space in them: ids, dates, numbers and URLs are never cut."""


@dataclass(frozen=True)
class Request:
    """One API call a plan asks for. `all_pages` walks a list to its end and returns every row."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)
    all_pages: bool = False


Plan = Generator[Request, Any, tuple[str, Any]]
"""Yields requests, receives their results, returns `(content, artifact)`."""


def answer(content: str, artifact: Any) -> Plan:
    """A plan that reads nothing and returns `(content, artifact)`."""
    return content, artifact
    yield  # a generator, like every plan


def run_plan(plan: Plan, client: BlandClient) -> tuple[str, Any]:
    """Run a plan with a sync client."""
    result = None
    try:
        while True:
            request = plan.send(result)
            result = client.invoke(request.name, **request.params)
            if request.all_pages and isinstance(result, Page):
                result = result.all_rows()
    except StopIteration as done:
        return done.value


async def arun_plan(plan: Plan, client: AsyncBlandClient) -> tuple[str, Any]:
    """Run a plan with an async client."""
    result = None
    try:
        while True:
            request = plan.send(result)
            result = await client.invoke(request.name, **request.params)
            if request.all_pages and isinstance(result, AsyncPage):
                result = await result.all_rows()
    except StopIteration as done:
        return done.value


@contextmanager
def tool_errors(budget: int = DEFAULT_BUDGET) -> Iterator[None]:
    """Client errors as `ToolException`s an agent can read and recover from, within `budget`.

    What the server said stays in the `error` data field, never in the tool's own sentence."""
    try:
        yield
    except BlandValidationError as exc:  # refused before anything was sent: our own words
        raise ToolException(say.ERRORS["invalid"].format(problems=exc)) from exc
    except APIStatusError as exc:
        error = {
            "status": exc.status_code,
            "code": exc.code,
            "server_message": exc.message,
            "method": exc.method,
            "path": exc.path,
        }
        raise ToolException(error_text(say.ERRORS["status"].format(status=exc.status_code), error, budget)) from exc
    except APIConnectionError as exc:
        raise ToolException(error_text(say.ERRORS["connection"], {"detail": str(exc)}, budget)) from exc
    except BlandError as exc:  # an answer that cannot be read, a page walk that does not end
        error = {"type": type(exc).__name__, "detail": str(exc)}
        raise ToolException(error_text(say.ERRORS["failed"], error, budget)) from exc


def error_text(note: str, error: dict[str, Any], budget: int) -> str:
    """`{"error": error, "note": note}` as JSON within `budget` characters.

    The longest texts of `error` are cut until it fits, and the note says which and from what."""
    error, lengths = dict(error), {}
    text = dumps({"error": error, "note": note})
    while len(text) > budget:
        key = max(error, key=lambda name: len(error[name]) if isinstance(error[name], str) else -1)
        if not isinstance(error[key], str) or not error[key]:
            break
        lengths.setdefault(key, len(error[key]))
        error[key] = error[key][: max(0, len(error[key]) - (len(text) - budget))]
        cuts = "; ".join(say.ERROR_CUT.format(field=name, length=f"{length:,}") for name, length in lengths.items())
        text = dumps({"error": error, "note": f"{note} {cuts}."})
    return text


def validation_message(
    error: ValidationError,
    *,
    name: Optional[str] = None,
    given: Optional[dict[str, Any]] = None,
    accepted: Iterable[str] = (),
    hidden: Iterable[str] = (),
) -> str:
    """A tool-argument validation error as one line naming each argument and what was wrong (for
    endpoint `name`, when given; `given`, `accepted`, `hidden` as `BlandValidationError.problems`)."""
    problems = BlandValidationError.problems(
        error.errors(include_url=False),
        given=given,
        accepted=accepted,
        hidden=hidden,
        said={"confirm": say.CONFIRM_STRICT},
    )
    template = say.ERRORS["invalid_for" if name else "invalid"]
    return template.format(name=name, problems="; ".join(problems))


# -- outputs ------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A client result as plain JSON data: models as the JSON the API sent, pages as their rows."""
    if isinstance(value, (Page, AsyncPage)):
        return value.rows
    if isinstance(value, BlandModel):
        return value.raw if value.raw is not None else value.model_dump(mode="json", by_alias=True)
    if isinstance(value, bytes):
        return {"size": len(value), "base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _squeeze(value: Any, width: Optional[int], items: Optional[int]) -> Any:
    """`value` with texts cut to `width` characters and nested lists to `items` items."""
    if width is None:
        return value
    if isinstance(value, str) and len(value) > width and " " in value:
        return value[:width] + "…"
    if isinstance(value, list):
        return [_squeeze(item, width, items) for item in value[:items]]
    if isinstance(value, dict):
        return {key: _squeeze(item, width, items) for key, item in value.items()}
    return value


def _cuts(width: Optional[int], items: Optional[int]) -> list[str]:
    if width is None:
        return []
    return [say.CUT_STRINGS.format(width=width), say.CUT_LISTS.format(items=items)]


def _render(envelope: dict[str, Any], key: str, value: Any, notes: list[str]) -> str:
    body = {**envelope, key: value}
    if notes:
        body["note"] = "; ".join(notes)
    return dumps(body)


def _fit_rows(
    envelope: dict[str, Any], key: str, rows: list[Any], notes: list[str], budget: int, noun: str
) -> Optional[str]:
    """The most whole rows that fit, trying harder squeezes while not even one row fits."""
    for width, items in _SQUEEZES:
        shown = _leading_rows(envelope, key, rows, budget, width, items)
        while shown:
            cut = (
                []
                if len(shown) == len(rows)
                else [say.ROWS_SHOWN.format(shown=len(shown), count=f"{len(rows):,}", noun=noun)]
            )
            text = _render(envelope, key, shown, notes + cut + _cuts(width, items))
            if len(text) <= budget:
                return text
            shown.pop()
    return None


def _leading_rows(
    envelope: dict[str, Any], key: str, rows: list[Any], budget: int, width: Optional[int], items: Optional[int]
) -> list[Any]:
    """The leading rows, squeezed, that fit in the budget beside the envelope (before any note)."""
    room = budget - len(_render(envelope, key, [], []))
    shown = []
    for row in rows:
        row = _squeeze(row, width, items)
        room -= len(dumps(row)) + 1
        if room < 0:
            break
        shown.append(row)
    return shown


def fit(
    envelope: dict[str, Any], key: str, value: Any, *, budget: int, notes: tuple[str, ...] = (), noun: str = "items"
) -> str:
    """The JSON text of `envelope` with `value` under `key`, within `budget` characters.

    A list keeps as many leading rows as fit; anything else has its long texts and nested lists
    cut until it fits; failing both, only its field names are shown. A `note` says what was cut."""
    if isinstance(value, list) and value:
        text = _fit_rows(envelope, key, value, list(notes), budget, noun)
        if text is not None:
            return text
    for width, items in _SQUEEZES:
        text = _render(envelope, key, _squeeze(value, width, items), [*notes, *_cuts(width, items)])
        if len(text) <= budget:
            return text
    names = _field_names(value)
    only_names = [*notes, say.ONLY_KEYS.format(budget=f"{budget:,}")]
    return _fit_rows(envelope, key, names, only_names, budget, "field names") or _render(envelope, key, [], only_names)


def _field_names(value: Any) -> list[str]:
    """The keys of an object, or of the first item of a list."""
    if isinstance(value, list) and value:
        value = value[0]
    return sorted(map(str, value)) if isinstance(value, dict) else []


# -- the tool -----------------------------------------------------------------------------------


class BlandBaseTool(BaseTool):
    """Base of the Bland tools: holds the clients and runs the tool's plan on one of them.

    Subclasses implement `_plan(**arguments)`. `_run` runs it on `client`; `_arun` on
    `async_client` when one is given, else runs `_run` in an executor."""

    client: BlandClient
    async_client: Optional[AsyncBlandClient] = None
    budget: int = Field(DEFAULT_BUDGET, ge=500, description="Characters of content a tool returns at most.")
    response_format: Literal["content", "content_and_artifact"] = "content_and_artifact"
    handle_tool_error: Any = True
    handle_validation_error: Any = validation_message

    def _plan(self, **arguments: Any) -> Plan:
        raise NotImplementedError

    def _run(self, run_manager: Any = None, **arguments: Any) -> tuple[str, Any]:
        with tool_errors(self.budget):
            return run_plan(self._plan(**arguments), self.client)

    async def _arun(self, run_manager: Any = None, **arguments: Any) -> tuple[str, Any]:
        if self.async_client is None:
            return await super()._arun(**arguments)
        with tool_errors(self.budget):
            return await arun_plan(self._plan(**arguments), self.async_client)
