"""What the declarations promise about account data: where the API sends it (`sends_to`), which
POSTs may be sent twice (`retry_safe`), and that numbers and ids nested in lists and objects are
checked like top-level ones, before anything is sent."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import bland_nb
from bland_nb import ENDPOINTS, BlandValidationError

from .conftest import Script
from .test_endpoints import ENTRIES, sample_call

PHONE = "+14155552671"
LOOSE = "(415) 555-2671"  # the same number, as people write it

pytestmark = pytest.mark.usefixtures("fast_retries")


def caller_for(make_caller, name: str) -> tuple[Script, Callable[..., Any]]:
    """(script, `call(**kwargs)` running endpoint `name` on the client under test)."""
    script = Script(default=httpx.Response(200, json={}))
    caller = make_caller(script)
    endpoint = ENDPOINTS[name]
    return script, lambda **kwargs: caller(f"{endpoint.group}.{endpoint.method_name}", **kwargs)


# -- 1. where account data goes -------------------------------------------------------------

SENDS_TO = {  # (endpoint, parameter): what the API sends there
    ("send_call", "webhook"): "the post-call payload: transcript, recording URL, call data",
    ("send_call", "transfer_phone_number"): "the call's audio, once transferred",
    ("send_call", "transfer_list"): "the call's audio, to any number listed",
    ("send_call", "tools"): "call data, to the URL of an inline custom tool",
    ("send_call", "dynamic_data"): "call variables, in requests to each lookup URL",
    ("transfer_active_call", "transfer_number"): "the live call's audio",
    ("create_postcall_webhook", "webhook_url"): "post-call payloads of the calls named",
    ("create_batch", "call_objects"): "each call's own webhook, transfer numbers and tools (Send Call's fields)",
    ("create_batch", "global_"): "every call's webhook, transfer numbers and tools (Send Call's fields)",
    ("create_batch", "status_webhook"): "the batch's lifecycle events and call counts",
    ("create_batch_v1_legacy", "batch_webhook"): "the batch's completion",
    ("update_sms_config", "webhook"): "message events with the chat history",
    ("update_sms_config", "tools"): "conversation data, to the URL of an inline tool",
    ("send_sms", "webhook"): "the conversation's message events",
    ("send_sms_batch", "global_"): "each conversation's events, to a webhook among the defaults",
    ("update_sms_webhook", "webhook"): "inbound, outbound and status events",
    ("create_custom_tool", "url"): "call data and AI inputs, during calls",
    ("update_custom_tool", "url"): "call data and AI inputs, during calls",
    ("create_tool_v2", "body"): "call inputs, to the URL or recipient of its request template",
    ("update_tool_v2", "body"): "call inputs, to the URL or recipient of its request template",
    ("create_web_agent", "webhook"): "call data when a web call ends",
    ("create_web_agent", "tools"): "call data, to the URL of an inline custom tool",
    ("create_web_agent", "dynamic_data"): "call variables, in requests to each lookup URL",
    ("update_web_agent", "webhook"): "call data when a web call ends",
    ("update_web_agent", "tools"): "call data, to the URL of an inline custom tool",
    ("update_web_agent", "dynamic_data"): "call variables, in requests to each lookup URL",
    ("update_pathway", "nodes"): "call variables to Webhook nodes' URLs, call audio to Transfer Call nodes' numbers",
    (
        "create_pathway_version",
        "nodes",
    ): "call variables to Webhook nodes' URLs, call audio to Transfer Call nodes' numbers",
    (
        "update_pathway_version",
        "nodes",
    ): "call variables to Webhook nodes' URLs, call audio to Transfer Call nodes' numbers",
    ("update_organization_members", "target"): "an invitation; the member it makes sees all of the account's data",
}

NOT_SENDS_TO = {  # parameters that look like destinations but are not
    ("send_call", "voicemail"): "its sms goes to the callee, with the caller's own text",
    ("send_call", "webhook_events"): "names events; they go to `webhook`",
    (
        "send_call",
        "stream_post_transfer_transcript",
    ): "a switch; the stream goes to whoever gets its URL with the API key",
    ("create_knowledge_base_from_web", "urls"): "fetched from, not sent to",
    ("discover_sitemap_urls", "url"): "fetched from, not sent to",
    ("register_a2p_brand", "email"): "the business's own contact, sent with its registration",
    ("register_a2p_brand", "website"): "the business's own site, sent with its registration",
    ("update_organization_member_permissions", "target"): "a member already in the organization",
}

LOOKS_LIKE_A_DESTINATION = re.compile(
    r"url|webhook|transfer|forward|email|website|target|tools|dynamic_data|nodes|voicemail"
)


def test_sends_to_is_the_audited_set():
    declared = {(ep.name, param) for ep in ENDPOINTS.values() for param in ep.sends_to}
    assert declared == set(SENDS_TO)


def test_sends_to_names_declared_parameters():
    for endpoint in ENDPOINTS.values():
        assert len(set(endpoint.sends_to)) == len(endpoint.sends_to), endpoint.name
        for param in endpoint.sends_to:
            assert param in endpoint.params.model_fields, (endpoint.name, param)


def test_every_parameter_that_looks_like_a_destination_was_decided():
    undecided = (
        {
            (ep.name, name)
            for ep in ENDPOINTS.values()
            for name in ep.params.model_fields
            if LOOKS_LIKE_A_DESTINATION.search(name)
        }
        - set(SENDS_TO)
        - set(NOT_SENDS_TO)
    )
    assert not undecided, "add each to SENDS_TO or NOT_SENDS_TO, with the reason"


# -- 2. what may be sent twice ----------------------------------------------------------------

RETRY_SAFE_POSTS = {  # a POST that may reach the server twice, and why that is harmless
    "get_transcript_stream_url": "mints another short-lived stream URL; nothing changes",
    "get_sms_messages_legacy": "reads the message history",
    "check_a2p_status": "reads a registration's status",
    "check_voice_name": "reads whether a name is free",
    "discover_sitemap_urls": "reads a site's sitemap",
    "chat_with_knowledge_base": "answers from a knowledge base; nothing is stored",
    "update_sms_config": "sets the number's configuration to the values given",
    "update_sms_number_legacy": "sets the number's prompt, temperature and keywords",
    "update_sms_webhook": "sets the number's webhook",
    "edit_block_rule": "sets the rule's reason and enforcement",
    "update_voice_settings": "sets the voice's settings",
    "rate_voice": "sets your rating, replacing the previous one",
    "update_pathway": "sets the pathway's name, description, nodes and edges",
    "update_pathway_version": "overwrites the version",
    "update_custom_tool": "sets the fields given",
    "update_tool_v2": "sets the fields given",
    "update_web_agent": "sets the fields given",
}


def test_every_retry_safe_post_is_justified():
    safe = {ep.name for ep in ENDPOINTS.values() if ep.http_method == "POST" and ep.retry_safe}
    assert safe == set(RETRY_SAFE_POSTS)


def test_every_idempotent_declaration_is_justified():
    assert {ep.name for ep in ENDPOINTS.values() if ep.idempotent} <= set(RETRY_SAFE_POSTS)


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("toggle_sms_human_mode", dict(phone_number=PHONE)),  # flips the mode: twice is back where it was
        ("toggle_sms_human_mode", dict(phone_number=PHONE, on=True)),  # one declaration, one answer
        ("add_library_voice", dict(voice_id="v-1")),  # makes a new voice record each time
    ],
)
def test_a_post_that_acts_twice_is_not_retried_after_a_read_error(make_caller, name, kwargs):
    script = Script(httpx.ReadError("reset"), httpx.Response(200, json={"status": "ok"}))
    endpoint = ENDPOINTS[name]
    with pytest.raises(bland_nb.APIConnectionError):
        make_caller(script)(f"{endpoint.group}.{endpoint.method_name}", **kwargs)
    assert script.count == 1


# -- 3. nested numbers and ids --------------------------------------------------------------

CALL = {"phone_number": PHONE, "task": "Say hi"}
NESTED = [  # (endpoint, where the number sits, the arguments with `n` there)
    (
        "create_batch",
        ("call_objects", 3, "phone_number"),
        lambda n: dict(
            global_={"task": "t"}, call_objects=[CALL, CALL, CALL, {"task": "t", "phone_number": n, "k": [1]}]
        ),
    ),
    (
        "create_batch",
        ("call_objects", 0, "from"),
        lambda n: dict(global_={"task": "t"}, call_objects=[{**CALL, "from": n}]),
    ),
    (
        "create_batch",
        ("call_objects", 0, "transfer_list", "sales"),
        lambda n: dict(global_={"task": "t"}, call_objects=[{**CALL, "transfer_list": {"default": PHONE, "sales": n}}]),
    ),
    (
        "create_batch",
        ("global_", "transfer_phone_number"),
        lambda n: dict(global_={"task": "t", "transfer_phone_number": n}),
    ),
    (
        "create_batch",
        ("global_", "voicemail", "sms", "to"),
        lambda n: dict(
            global_={"task": "t", "voicemail": {"action": "leave_message", "sms": {"message": "Hi", "to": n}}}
        ),
    ),
    (
        "create_batch_v1_legacy",
        ("call_data", 1, "phone_number"),
        lambda n: dict(
            base_prompt="Hi {{name}}", call_data=[{"phone_number": PHONE}, {"name": "Ann", "phone_number": n}]
        ),
    ),
    ("send_call", ("transfer_list", "sales"), lambda n: dict(phone_number=PHONE, task="t", transfer_list={"sales": n})),
    (
        "send_call",
        ("voicemail", "sms", "from"),
        lambda n: dict(
            phone_number=PHONE, task="t", voicemail={"message": "Call back", "sms": {"from": n, "to": PHONE}}
        ),
    ),
    ("upload_twilio_inbound_numbers", ("numbers", 1), lambda n: dict(numbers=[PHONE, n])),
    (
        "send_sms_batch",
        ("global_", "agent_number"),
        lambda n: dict(file_id="f-1", global_={"agent_number": n, "channel": "sms"}),
    ),
    (
        "register_a2p_brand",
        ("trusted_user", "phone_number"),
        lambda n: dict(
            business_name="B",
            ein="12-3456789",
            vertical="HEALTHCARE",
            address="1 Main St",
            city="Austin",
            state="TX",
            postal_code="78701",
            country="US",
            email="ops@example.com",
            type="Corporation",
            website="https://example.com",
            opt_in_info="Front desk",
            message_samples=["a", "b", "c"],
            trusted_user={"first_name": "Ann", "phone_number": n, "email": "ann@example.com"},
        ),
    ),
]
NESTED_IDS = [f"{name}-{'.'.join(map(str, loc))}" for name, loc, _ in NESTED]


def location(loc: tuple[Any, ...]) -> str:
    """`call_objects[3].phone_number`, as the error message says it."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


@pytest.mark.parametrize(("name", "loc", "given"), NESTED, ids=NESTED_IDS)
def test_a_bad_nested_number_is_refused_before_sending(make_caller, name, loc, given):
    script, call = caller_for(make_caller, name)
    with pytest.raises(BlandValidationError) as info:
        call(**given("12"))
    assert script.count == 0
    assert loc in [tuple(e["loc"]) for e in info.value.errors]
    assert location(loc) in str(info.value)


@pytest.mark.parametrize(("name", "loc", "given"), NESTED, ids=NESTED_IDS)
def test_a_good_nested_number_is_sent_as_given_in_e164(make_caller, name, loc, given):
    """Each parameter is sent as given, key for key and in order, with the number in E.164."""
    script, call = caller_for(make_caller, name)
    call(**given(LOOSE))
    fields = ENDPOINTS[name].params.model_fields
    expected = {fields[k].alias or k: v for k, v in given(PHONE).items()}
    body = json.loads(script.requests[0].content)
    assert body == expected
    assert [json.dumps(body[key]) for key in expected] == [json.dumps(value) for value in expected.values()]


def blanks(endpoint: bland_nb.Endpoint, name: str) -> list[Any]:
    is_list = "list" in repr(endpoint.params.model_fields[name].annotation)
    return [[""], ["   "]] if is_list else ["", "   "]


ID_NAME = re.compile(r"(^|_)(id|ids|sid)$")
NAMED_IDS = {("update_organization_member_permissions", "target"), ("update_organization_service_version", "version")}
ID_FIELDS = sorted(
    {(ep.name, name) for ep in ENDPOINTS.values() for name in ep.params.model_fields if ID_NAME.search(name)}
    | NAMED_IDS
)


def test_ids_are_found():
    assert len(ID_FIELDS) > 100 and ("create_postcall_webhook", "call_ids") in ID_FIELDS


@pytest.mark.parametrize(("name", "param"), ID_FIELDS, ids=[f"{n}-{p}" for n, p in ID_FIELDS])
def test_an_empty_id_is_refused_before_sending(make_caller, name, param):
    endpoint = ENDPOINTS[name]
    kwargs = sample_call(endpoint, ENTRIES[name]).kwargs
    script, call = caller_for(make_caller, name)
    for blank in blanks(endpoint, param):
        with pytest.raises(BlandValidationError, match=re.escape(param)):
            call(**{**kwargs, param: blank})
    assert script.count == 0


def test_integer_message_ids_are_sent_as_integers(make_caller):
    script, call = caller_for(make_caller, "delete_sms_messages")
    call(conversation_id="c-1", message_ids=[7, "8"])
    assert json.loads(script.requests[0].content) == {"message_ids": [7, "8"]}
