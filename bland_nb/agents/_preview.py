"""Previews: what a tool that needs `confirm=true` would do, gathered from read endpoints.

A preview is a plan (see `base.Plan`) that only reads, and returns `(sentence, details)`: a
sentence built from ids, numbers and counts, and the data it was built from, which keeps any
text the account's users wrote (names, prompts, messages) out of the sentence.

- `stop_campaign`, `stop_batch`: the campaign or batch and its queued and live calls;
- `stop_all_active_calls`: the account's queued and live calls;
- `send_call*`: who would be called, when, with what, and the account balance;
- `send_sms`: who would be texted from which number, the message, and the account balance;
- other `delete_*` / `stop_*`: the target, read with the matching `get_*` where there is one;
- everything else: the endpoint, its effect and the arguments.

Where the arguments name a URL or phone number the API would send account data to
(`Endpoint.sends_to`), the sentence begins by naming each destination: a URL's host, or the number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from typing import Any, Optional
from urllib.parse import urlsplit

from langchain_core.tools import ToolException
from pydantic import BaseModel

from .. import ENDPOINTS, SECRET_PARAMS, Endpoint, pending_calls
from . import descriptions as say
from .base import Request, plain

__all__ = ["destinations", "echo", "preview"]


Preview = Generator[Request, Any, tuple[str, dict[str, Any]]]

_HOST = re.compile(r"[\w.:-]{1,253}")
_PHONE = re.compile(r"\+?\d[\d ().-]{5,24}")

_PREVIEWS: dict[str, Callable[[Endpoint, dict[str, Any]], Preview]] = {}


def _previews(*names: str) -> Callable[[Callable[..., Preview]], Callable[..., Preview]]:
    def register(function: Callable[..., Preview]) -> Callable[..., Preview]:
        _PREVIEWS.update(dict.fromkeys(names, function))
        return function

    return register


def preview(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    """The preview plan of a tool called with `arguments` and without `confirm=true`."""
    if endpoint.name in _PREVIEWS:
        sentence, details = yield from _PREVIEWS[endpoint.name](endpoint, arguments)
    elif _getter(endpoint, arguments) is not None:
        sentence, details = yield from _target(endpoint, arguments)
    else:
        sentence, details = yield from _generic(endpoint, arguments)
    sends = {name: destinations(arguments[name]) for name in endpoint.sends_to if name in arguments}
    if not sends:
        return sentence, details
    named = ", ".join(f"{', '.join(hosts) or say.UNKNOWN_ADDRESS} ({name})" for name, hosts in sends.items())
    return f"{say.PREVIEW['sends'].format(destinations=named)}; {sentence}", {**details, "sends_account_data_to": sends}


def destinations(value: Any) -> list[str]:
    """The hosts of the URLs and the phone numbers in an argument, nested lists and objects included."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json", by_alias=True)
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return list(dict.fromkeys(found for item in value for found in destinations(item)))
    if not isinstance(value, str):
        return []
    text = value.strip()
    if _PHONE.fullmatch(text):
        return [text]
    try:
        host = urlsplit(text).hostname
    except ValueError:  # a malformed URL, such as an unclosed [IPv6 address
        return []
    return [host] if host and _HOST.fullmatch(host) else []


def echo(arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments as plain data for a preview, keys hidden."""
    return {name: "(hidden)" if name in SECRET_PARAMS else plain(value) for name, value in arguments.items()}


# -- helpers --------------------------------------------------------------------------------------


def _pending(**filters: Any) -> Generator[Request, Any, tuple[int, int]]:
    """(queued, live) among the calls that are not completed, matching `filters`."""
    calls = yield Request("list_calls", {**filters, "completed": False}, all_pages=True)
    return pending_calls(calls)


def _balance() -> Generator[Request, Any, tuple[str, dict[str, Any]]]:
    """(the balance as text, the account's details)."""
    account = plain((yield Request("get_account_details")))
    billing = account.get("billing") or {}
    balance = billing.get("current_balance")
    text = f"${balance:,.2f}" if isinstance(balance, (int, float)) else "unknown"
    return text, {"status": account.get("status"), "billing": billing}


def _getter(endpoint: Endpoint, arguments: dict[str, Any]) -> Optional[Endpoint]:
    """`get_<resource>` for `delete_<resource>` / `stop_<resource>`, if the arguments can fill it."""
    verb, _, resource = endpoint.name.partition("_")
    getter = ENDPOINTS.get(f"get_{resource}")
    if verb not in ("delete", "stop") or getter is None:
        return None
    required = {name for name, field in getter.params.model_fields.items() if field.is_required()}
    return getter if required <= arguments.keys() else None


# -- previews -------------------------------------------------------------------------------------


@_previews("stop_campaign")
def _stop_campaign(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    campaign_id = arguments["campaign_id"]
    campaigns = yield Request("list_campaigns", all_pages=True)
    campaign = next((row for row in campaigns if row.get("campaign_id") == campaign_id), None)
    if campaign is None:
        raise ToolException(say.ERRORS["no_campaign"].format(campaign_id=campaign_id))
    queued, live = yield from _pending(campaign_id=campaign_id)
    sentence = say.PREVIEW["stop_calls"].format(noun="campaign", ident=campaign_id, queued=queued, live=live)
    return sentence, {"campaign": campaign, "queued_calls": queued, "live_calls": live}


@_previews("stop_batch")
def _stop_batch(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    batch_id = arguments["batch_id"]
    batch = plain((yield Request("get_batch", {"batch_id": batch_id})))
    queued, live = yield from _pending(batch_id=batch_id)
    sentence = say.PREVIEW["stop_calls"].format(noun="batch", ident=batch_id, queued=queued, live=live)
    return sentence, {"batch": batch, "queued_calls": queued, "live_calls": live}


@_previews("stop_all_active_calls")
def _stop_all(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    queued, live = yield from _pending()
    return say.PREVIEW["stop_all_active_calls"].format(queued=queued, live=live), {
        "queued_calls": queued,
        "live_calls": live,
    }


@_previews("send_call", "send_call_simple", "send_call_pathway_simple")
def _send_call(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    balance, account = yield from _balance()
    when = f"at {arguments['start_time']}" if arguments.get("start_time") else "now"
    sentence = say.PREVIEW["send_call"].format(phone_number=arguments["phone_number"], when=when, balance=balance)
    return sentence, {"call": echo(arguments), "account": account}


@_previews("send_sms")
def _send_sms(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    balance, account = yield from _balance()
    sentence = say.PREVIEW["send_sms"].format(
        user_number=arguments["user_number"], agent_number=arguments["agent_number"], balance=balance
    )
    return sentence, {"sms": echo(arguments), "account": account}


def _target(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    getter = _getter(endpoint, arguments)
    assert getter is not None
    verb, _, resource = endpoint.name.partition("_")
    target = yield Request(
        getter.name, {name: arguments[name] for name in getter.params.model_fields if name in arguments}
    )
    sentence = say.PREVIEW["target"].format(verb=verb, noun=resource.replace("_", " "), getter=getter.name)
    return sentence, {"target": plain(target), "arguments": echo(arguments)}


def _generic(endpoint: Endpoint, arguments: dict[str, Any]) -> Preview:
    sentence = say.PREVIEW["generic"].format(name=endpoint.name, method=endpoint.http_method, path=endpoint.path)
    return sentence, {"effect": endpoint.effect, "arguments": echo(arguments)}
    yield  # a plan that reads nothing
