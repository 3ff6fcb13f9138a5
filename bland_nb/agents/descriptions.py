"""Every word the tools say to a model, in one place.

A tool's description is its endpoint's summary followed by what calling it changes in the
world (`EFFECTS`) and, where it applies, where it sends account data (`SENDS`). The other texts
frame results: the preview a tool returns without `confirm=true`, the notes that say what the
character budget cut, the approval prompt for LangChain's human-in-the-loop middleware, and the
errors a tool answers with. `GATEWAY` holds the descriptions and sentences of discover mode's
three tools (`find_endpoints`, `describe_endpoint`, `call_endpoint`). Data from the account or the
server (names, transcripts, SMS bodies, error messages) never goes into these sentences: it stays
in the JSON fields beside them.
"""

from __future__ import annotations

__all__ = [
    "APPROVAL",
    "APPROVAL_SENDS",
    "CONFIRM_USE",
    "CONFIRM_FIELD",
    "CONFIRM_STRICT",
    "CUT_LISTS",
    "CUT_STRINGS",
    "EFFECTS",
    "ERRORS",
    "ERROR_CUT",
    "GATEWAY",
    "NEXT_PAGE",
    "NOT_DONE",
    "NOT_DONE_CALL",
    "ONLY_KEYS",
    "OUTSIDE",
    "PREVIEW",
    "ROWS_SHOWN",
    "SENDS",
    "TOTAL",
    "UNKNOWN_ADDRESS",
    "approval",
    "describe",
]

EFFECTS = {
    "read": "Read-only: changes nothing.",
    "write": "Changes data in the Bland account; dials, texts and spends nothing.",
    "outbound": (
        "Acts in the world: it dials, texts or spends money. Without confirm=true it does nothing "
        "and returns a preview of what it would do; call it again with confirm=true to act."
    ),
    "destructive": (
        "Deletes or stops something, which cannot be undone. Without confirm=true it does nothing "
        "and returns a preview of what it would do; call it again with confirm=true to act."
    ),
}
"""What a tool changes in the world, by its endpoint's effect."""

SENDS = (
    "It makes the API send account data (call transcripts, recordings, messages) to the URL or "
    "phone number given in {params}: when any of them is given, without confirm=true it does "
    "nothing and returns a preview naming where the data would go; call it again with "
    "confirm=true to act."
)
"""Added to the description of a tool whose endpoint sends account data where its arguments say."""

CONFIRM_FIELD = (
    "Leave false (the default) to get a preview that changes nothing; set true only to act, "
    "after the preview, when the user has asked for exactly this. Only the JSON booleans true "
    "and false are accepted."
)
CONFIRM_STRICT = "only the JSON booleans true and false are accepted, not a string or a number"

NOT_DONE = "Nothing was done. To do it, call {name} again with the same arguments and confirm=true."
NOT_DONE_CALL = (
    "Nothing was done. To do it, call call_endpoint again with name {name}, the same arguments and confirm=true."
)
"""A preview's note when discover mode's `call_endpoint` ran it."""

PREVIEW = {
    "generic": "would call {name} ({method} {path}) with the arguments below",
    "stop_calls": "would stop {noun} {ident}: {queued} queued calls cancelled, {live} live calls ended",
    "stop_all_active_calls": "would end every active call of the account: {queued} queued, {live} live",
    "send_call": "would place a call to {phone_number} {when}; the account balance is {balance}",
    "send_sms": "would text {user_number} from {agent_number}; the account balance is {balance}",
    "target": "would {verb} the {noun} below (read with {getter})",
    "sends": "would send account data (call transcripts, recordings, messages) to {destinations}",
}
"""The preview's sentence, per endpoint (or kind of endpoint); the data goes in fields beside it."""

UNKNOWN_ADDRESS = "an address not recognised as a URL or phone number"
"""Where a `sends` preview names a destination it cannot read as a URL's host or a phone number."""

ROWS_SHOWN = "{shown} of {count} {noun} shown; the artifact holds all {count}"
TOTAL = "{total} match in all"
NEXT_PAGE = "for the next page call again with the arguments in next_page"
CUT_STRINGS = "texts longer than {width} characters cut"
CUT_LISTS = "nested lists cut to {items} items"
ONLY_KEYS = "too large to show within {budget} characters: only field names are shown; the artifact holds it all"

ERRORS = {
    "status": "The Bland API answered with HTTP {status}; what it said is in error.server_message, as data.",
    "connection": "Could not reach the Bland API; error.detail says why.",
    "failed": "The Bland API's answer could not be used; error.detail says why.",
    "invalid": "Invalid arguments: {problems}",
    "invalid_for": "Invalid arguments for {name}: {problems}",
    "unknown_endpoint": "No endpoint is named {name!r}; find_endpoints finds endpoints by what they do.",
    "close_names": "Close names: {names}.",
    "confirm_inside": (
        "confirm=true goes beside arguments, not inside them: call call_endpoint again with confirm=true. "
        "Nothing was done."
    ),
    "no_campaign": "No campaign has the id {campaign_id!r}: list_campaigns does not show it.",
}
"""What a tool answers when it cannot do its work: the `note` beside the `error` data (the
server's own words), or, for `invalid` and `no_campaign`, the whole answer."""

ERROR_CUT = "error.{field} cut from {length} characters to fit the budget"

OUTSIDE = {
    "effect": "{name} is outside this toolkit: its effect is {effect}, and the effects allowed here are {allow}. "
    "Nothing was sent.",
    "group": "{name} is outside this toolkit: its group, {group}, is not among {groups}. Nothing was sent.",
}
"""Why discover mode refuses to describe or call an endpoint."""

CONFIRM_USE = {
    "confirm": (
        "Without confirm=true (an argument of call_endpoint beside arguments) it changes nothing and returns "
        "a preview of what it would do; call again with confirm=true to act."
    ),
    "sends": (
        "When an argument in sends_to is given, without confirm=true (beside arguments) it sends nothing and "
        "returns a preview naming where the data would go; call again with confirm=true to act."
    ),
    "write": "Not needed: call_endpoint changes the data at once.",
    "read": "Not needed: it only reads.",
}
"""What `confirm` does for an endpoint, as `describe_endpoint` says it."""

GATEWAY = {
    "find": (
        "Find the Bland AI API endpoints that serve a request in plain words (\"stop the spring campaign\", "
        "\"what is my balance?\"). Returns the best matches: name, effect (read, write, outbound: dials, texts "
        "or spends; destructive: deletes or stops) and summary. Next, describe_endpoint gives an endpoint's "
        "arguments and call_endpoint calls it."
    ),
    "query": "What the user wants, in plain words.",
    "limit": "How many matches to return at most.",
    "found": "describe_endpoint gives an endpoint's arguments; call_endpoint calls it.",
    "none_found": (
        "No endpoint of this toolkit matches these words; try the API's own (call, campaign, batch, SMS, "
        "voice, pathway, knowledge base, tool, organization, account)."
    ),
    "describe": (
        "Describe one endpoint by name (from find_endpoints): what it does, its effect, what confirm does for "
        "it, where it can send account data (sends_to) and its arguments as JSON Schema. Read-only."
    ),
    "name": "The endpoint's name, as find_endpoints gives it.",
    "parameters": "Only these parameters' schemas (all by default); for endpoints with many parameters.",
    "more": (
        "{count} parameters did not fit in {budget} characters and are only named in more_parameters; "
        "describe_endpoint with parameters=[...] shows them."
    ),
    "call": (
        "Call one endpoint by name with its arguments (an object following describe_endpoint's schema) and "
        "return the API's answer as JSON. Endpoints that dial, text, spend, delete or stop, or that send "
        "account data to a URL or number, first return a preview and change nothing; call again with the "
        "same arguments and confirm=true to act, only when the user asked for exactly this."
    ),
    "arguments": "The endpoint's arguments, by the names describe_endpoint gives.",
    "approval": "Calls the Bland API endpoint named in its arguments; allowed: {allow} endpoints{sends}.",
    "approval_sends": ", some of which can send account data to a URL or phone number",
}
"""Descriptions and sentences of discover mode's tools (`gateway.py`)."""

APPROVAL = {
    "read": "Reads from the Bland account.",
    "write": "Changes data in the Bland account.",
    "outbound": "Dials, texts or spends money through the Bland account.",
    "destructive": "Deletes or stops something in the Bland account; it cannot be undone.",
}
"""The text a person reads when asked to approve a tool call (human-in-the-loop middleware)."""

APPROVAL_SENDS = (
    "Can send account data (call transcripts, recordings, messages) to the URL or phone number in {params}."
)


def describe(summary: str, effect: str, sends_to: tuple[str, ...] = ()) -> str:
    """A tool's description: the endpoint's summary, then what it changes in the world."""
    return " ".join([summary, EFFECTS[effect], *_sends(SENDS, sends_to)])


def approval(effect: str, sends_to: tuple[str, ...] = ()) -> str:
    """What a person reads when asked to approve a call of a tool."""
    return " ".join([APPROVAL[effect], *_sends(APPROVAL_SENDS, sends_to)])


def _sends(sentence: str, sends_to: tuple[str, ...]) -> list[str]:
    return [sentence.format(params=", ".join(sends_to))] if sends_to else []
