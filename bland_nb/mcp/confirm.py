"""Confirmation by a person (`bland-nb mcp --confirm human`): MCP elicitation before a tool acts.

A call with `confirm=true` runs first without it: a call that needed no confirmation has then
done its work, and its answer is returned. Otherwise the tool only previewed, and the preview's
sentence and the arguments are put to the user as an elicitation (a form with one `approve`
box); the tool acts, with `confirm=true`, only if they accept with the box ticked. Declined,
dismissed, or a client that cannot ask: the preview comes back with a sentence saying so, and
nothing is done.

The question travels the way the protocol version says: on 2026-07-28 connections as an
`InputRequiredResult`, which the client answers by calling again with `input_responses` and
the echoed `request_state` (sealed and bound to this tool and these arguments by the SDK's
`RequestStateBoundary`, so an answer nobody was asked for counts for nothing); on earlier
versions as an `elicitation/create` request in the middle of the call.
"""

from __future__ import annotations

import json
from typing import Any, Optional, Union

from langchain_core.tools import BaseTool
from mcp import types
from mcp.server.context import ServerRequestContext
from mcp.shared.exceptions import MCPError
from mcp.types.version import MODERN_PROTOCOL_VERSIONS

from .calls import Outcome, run_tool

__all__ = ["DECLINED", "MUST_CONFIRM", "ask_first", "question"]

KEY = "approve"
"""The elicitation's key among the call's input requests, and its one field."""

ASKED = "asked"
"""The request state of a call whose question is out (the SDK seals it)."""

QUESTION = "{name} {preview}.\nArguments: {arguments}\nTick approve only if you asked for exactly this."
APPROVE_FIELD = "Let the tool do this now. Leave unticked, or decline, to do nothing."
MUST_CONFIRM = (
    "Nothing was done. On this server a person confirms such calls through the MCP client, and "
    "this client cannot ask them (no elicitation support); confirm=true from the model is not enough."
)
DECLINED = (
    "Nothing was done: the person asked to confirm did not approve. Do not call it again with "
    "confirm=true unless they ask for it."
)
MAX_QUESTION = 2000
"""Characters of a question at most: the arguments are cut to fit."""

Answer = Union[types.ElicitResult, Any, None]


async def ask_first(
    ctx: ServerRequestContext, params: types.CallToolRequestParams, tool: BaseTool, arguments: dict[str, Any]
) -> Union[types.CallToolResult, types.InputRequiredResult]:
    """Carry out a `confirm=true` call of `tool` only once a person has approved its preview."""
    answer = _answer(params)
    preview: Optional[Outcome] = None
    if answer is None:
        preview = await run_tool(tool, {**arguments, "confirm": False})
        if preview.preview is None:  # it needed no confirmation, and is done (or failed)
            return preview.result()
        if not _can_ask(ctx):
            return preview.result(MUST_CONFIRM)
        form = question(preview.artifact.get("endpoint") or tool.name, preview)
        if ctx.protocol_version in MODERN_PROTOCOL_VERSIONS:
            requests = {KEY: types.ElicitRequest(params=form)}
            return types.InputRequiredResult(input_requests=requests, request_state=ASKED)
        try:
            answer = await ctx.session.elicit_form(
                form.message, form.requested_schema, related_request_id=ctx.request_id
            )
        except MCPError:
            return preview.result(MUST_CONFIRM)
    if _approved(answer):
        return (await run_tool(tool, arguments)).result()
    preview = preview or await run_tool(tool, {**arguments, "confirm": False})
    return preview.result(DECLINED)


def question(name: str, preview: Outcome) -> types.ElicitRequestFormParams:
    """The form put to the user: the preview's sentence and the arguments (keys hidden), one box."""
    arguments = json.dumps(preview.artifact.get("arguments", {}), ensure_ascii=False, default=str)
    room = MAX_QUESTION - len(QUESTION.format(name=name, preview=preview.preview, arguments=""))
    if len(arguments) > room:
        arguments = arguments[: max(room - 1, 0)] + "…"
    schema = {
        "type": "object",
        "required": [KEY],
        "properties": {KEY: {"type": "boolean", "title": "Approve", "description": APPROVE_FIELD, "default": False}},
    }
    message = QUESTION.format(name=name, preview=preview.preview, arguments=arguments)
    return types.ElicitRequestFormParams(message=message, requested_schema=schema)


def _answer(params: types.CallToolRequestParams) -> Answer:
    """The person's answer, when this call is the retry of one whose question went out."""
    if params.request_state != ASKED:
        return None
    return (params.input_responses or {}).get(KEY)


def _approved(answer: Answer) -> bool:
    return (
        isinstance(answer, types.ElicitResult) and answer.action == "accept" and (answer.content or {}).get(KEY) is True
    )


def _can_ask(ctx: ServerRequestContext) -> bool:
    """Whether the client takes form elicitations (a bare `elicitation: {}` means forms)."""
    capabilities = ctx.session.client_capabilities
    elicitation = capabilities.elicitation if capabilities else None
    if elicitation is None or (elicitation.form is None and elicitation.url is not None):
        return False
    return ctx.protocol_version in MODERN_PROTOCOL_VERSIONS or ctx.session.can_send_request
