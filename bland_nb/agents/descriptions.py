"""Every word the tools say to a model, in one place.

A tool's description is its endpoint's summary followed by what calling it changes in the
world (`EFFECTS`). The other texts frame results: the preview an outbound or destructive tool
returns without `confirm=true`, the notes that say what the character budget cut, and the
approval prompt for LangChain's human-in-the-loop middleware, and the errors a tool answers with. Data from the account (names,
transcripts, SMS bodies) never goes into these sentences: it stays in the JSON fields beside them.
"""

from __future__ import annotations

__all__ = [
    "APPROVAL",
    "CONFIRM_FIELD",
    "CUT_LISTS",
    "CUT_STRINGS",
    "EFFECTS",
    "ERRORS",
    "NEXT_PAGE",
    "NOT_DONE",
    "ONLY_KEYS",
    "PREVIEW",
    "ROWS_SHOWN",
    "TOTAL",
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

CONFIRM_FIELD = (
    "Leave false (the default) to get a preview that changes nothing; set true only to act, "
    "after the preview, when the user has asked for exactly this."
)

NOT_DONE = "Nothing was done. To do it, call {name} again with the same arguments and confirm=true."

PREVIEW = {
    "generic": "would call {name} ({method} {path}) with the arguments below",
    "stop_calls": "would stop {noun} {ident}: {queued} queued calls cancelled, {live} live calls ended",
    "stop_all_active_calls": "would end every active call of the account: {queued} queued, {live} live",
    "send_call": "would place a call to {phone_number} {when}; the account balance is {balance}",
    "send_sms": "would text {user_number} from {agent_number}; the account balance is {balance}",
    "target": "would {verb} the {noun} below (read with {getter})",
}
"""The preview's sentence, per endpoint (or kind of endpoint); the data goes in fields beside it."""

ROWS_SHOWN = "{shown} of {count} {noun} shown; the artifact holds all {count}"
TOTAL = "{total} match in all"
NEXT_PAGE = "for the next page call again with the arguments in next_page"
CUT_STRINGS = "texts longer than {width} characters cut"
CUT_LISTS = "nested lists cut to {items} items"
ONLY_KEYS = "too large to show within {budget} characters: only field names are shown; the artifact holds it all"

ERRORS = {
    "status": "Bland API error {status}{code}: {message} ({method} {path})",
    "connection": "Could not reach the Bland API: {error}",
    "invalid": "Invalid arguments: {problems}",
    "no_campaign": "No campaign has the id {campaign_id!r}: list_campaigns does not show it.",
}
"""What a tool answers when it cannot do its work (`status`: the server's own message)."""

APPROVAL = {
    "write": "Changes data in the Bland account.",
    "outbound": "Dials, texts or spends money through the Bland account.",
    "destructive": "Deletes or stops something in the Bland account; it cannot be undone.",
}
"""The text a person reads when asked to approve a tool call (human-in-the-loop middleware)."""


def describe(summary: str, effect: str) -> str:
    """A tool's description: the endpoint's summary, then what it changes in the world."""
    return f"{summary} {EFFECTS[effect]}"
