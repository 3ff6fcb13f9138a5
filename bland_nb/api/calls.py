"""Calls: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

from pydantic import ConfigDict, Field, model_validator

from .._endpoint import Endpoint, Params
from .._models import ActiveCall, Call
from .._pagination import IndexWindow
from .._types import DateLike, Id, Number, PhoneNumber, StartTime
from ._shared import Sent, TransferList, Voicemail


class SendCallParams(Params):
    """Parameters of `send_call`."""

    phone_number: PhoneNumber = Field(description='Number to dial, E.164 format.')
    task: Optional[str] = Field(
        None,
        description='Prompt/instructions for the agent. Marked required, but must be omitted when pathway_id '
        'is used (one of task or pathway_id).',
    )
    pathway_id: Optional[Id] = Field(
        None,
        description='ID of a conversational pathway the agent should follow instead of a task prompt; some '
        'other params are ignored with pathways.',
    )
    pathway_version: Optional[int] = Field(
        None, description='Pathway version number to run; production version when omitted.'
    )
    voice: Optional[str] = Field(
        None,
        description='Voice to use: a voice UUID/clone/preset, or a curated voice name (e.g. "maya"). Curated '
        'names listed: Josh, Florian, Derek, June, Nat, Paige.',
    )
    first_sentence: Optional[str] = Field(None, description='Exact opening line the agent speaks first.')
    persona_id: Optional[Id] = Field(
        None, description='Persona (saved call preset) to apply; explicit request fields override the persona config.'
    )
    model: Optional[Literal['base', 'turbo']] = Field(
        None,
        description='LLM mode. base = full feature set; turbo = lowest latency but no transfers, IVR '
        'navigation or custom tools. API default: "base".',
    )
    language: Optional[
        Literal[
            'babel',
            'fluent',
            'en',
            'babel-en',
            'en-US',
            'en-GB',
            'en-AU',
            'en-NZ',
            'en-IN',
            'es',
            'babel-es',
            'es-419',
            'fr',
            'babel-fr',
            'fr-CA',
            'de',
            'babel-de',
            'el',
            'hi',
            'hi-Latn',
            'hu',
            'ja',
            'ko',
            'ko-KR',
            'vi',
            'pt',
            'pt-BR',
            'pt-PT',
            'zh',
            'zh-CN',
            'zh-Hans',
            'zh-TW',
            'zh-Hant',
            'it',
            'nl',
            'pl',
            'ru',
            'sv',
            'sv-SE',
            'da',
            'da-DK',
            'fi',
            'no',
            'id',
            'ms',
            'tr',
            'uk',
            'bg',
            'cs',
            'ro',
            'sk',
            'auto',
        ]
    ] = Field(
        None,
        description='Language code tuning transcription and speech. Includes babel (all languages, '
        'experimental), fluent (multilingual auto-switch), auto (English/Spanish detect) and many '
        'locale codes. API default: "babel-en".',
    )
    wait_for_greeting: Optional[bool] = Field(
        None, description='If true the agent stays silent until the callee speaks first. API default: false.'
    )
    pronunciation_guide: Optional[list[dict[str, Any]]] = Field(
        None,
        description='List of {word, pronunciation, case_sensitive (default false), spaced (whole-word match, '
        'default true)} entries controlling how words are spoken.',
    )
    temperature: Optional[float] = Field(None, description='LLM randomness, 0..1. API default: 0.7.')
    interruption_threshold: Optional[Number] = Field(
        None,
        description='How long the agent waits for the caller to finish; lower = responds faster. API default: 500.',
    )
    interruptibility: Optional[Literal[0, 1, 2, 3]] = Field(
        None,
        description='How easily the agent yields when talked over: 0 block, 1 difficult, 2 balanced, 3 easy. '
        'API default: 2.',
    )
    from_: Optional[PhoneNumber] = Field(
        None,
        alias='from',
        description='Caller ID: a number you own or imported via BYOT, with country code, no '
        'spaces/parentheses. BYOT numbers need the matching encrypted_key header. Defaults to a '
        'Bland pool number.',
    )
    dialing_strategy: Optional[dict[str, Any]] = Field(
        None,
        description='Caller-ID selection. {"type":"local"} picks a number matching the US callee area code '
        '(needs local-dialing add-on); {"type":"custom_pooling","pool_id":"..."} uses your own '
        'number pool (enterprise).',
    )
    timezone: Optional[str] = Field(
        None,
        description='IANA timezone for the call (time-of-day behaviour); auto for US calls. API default: '
        '"America/Los_Angeles".',
    )
    start_time: Optional[StartTime] = Field(
        None,
        description='Schedule time, format "YYYY-MM-DD HH:MM:SS -HH:MM" (offset optional, UTC if absent). '
        'Past/absent = send now. Scheduled calls can be cancelled via POST '
        '/v1/calls/{call_id}/stop.',
    )
    transfer_phone_number: Optional[PhoneNumber] = Field(
        None, description='Single number the agent may transfer to (ignored for pathways).'
    )
    transfer_list: Optional[TransferList] = Field(
        None,
        description='Map of label -> phone number the agent can transfer to (e.g. default, sales, support). '
        'transfer_list.default overrides transfer_phone_number. Ignored for pathways.',
    )
    max_duration: Optional[int] = Field(
        None, description='Minutes after which a still-live call is ended automatically. API default: 30.'
    )
    tools: Optional[list[Union[str, dict[str, Any]]]] = Field(
        None, description='Tool IDs (TL-...) and knowledge base IDs (KB-...) available to the agent.'
    )
    background_track: Optional[Literal['office', 'cafe', 'restaurant', 'none']] = Field(
        None, description='Background audio under the call. null = faint phone static (default).'
    )
    noise_cancellation: Optional[bool] = Field(
        None, description='Filter background noise from the incoming audio. API default: false.'
    )
    block_interruptions: Optional[bool] = Field(
        None,
        description='If true the agent ignores caller interruptions (same as interruptibility 0). API default: false.',
    )
    record: Optional[bool] = Field(
        None, description='Record the call; recording_url then appears in call details/webhook. API default: false.'
    )
    voicemail: Optional[Sent[Voicemail]] = Field(
        None,
        description='Voicemail handling: message (string, needed for leave_message), action '
        '(hangup|leave_message|ignore, default hangup), sms {to, from, message} to text after '
        'leaving a voicemail, sensitive (boolean, LLM-based detection, default false).',
    )
    citation_schema_ids: Optional[list[Id]] = Field(
        None, description='Citation schema UUIDs to run post-call extraction (enterprise only).'
    )
    stream_post_transfer_transcript: Optional[bool] = Field(
        None,
        description='Stream a live transcript of the human-transfer leg over the transcript-stream WebSocket '
        '(limited rollout). API default: false.',
    )
    post_call_evals: Optional[dict[str, Any]] = Field(
        None,
        description='Attach an evals workbench: {workbench_setup_id} or {workbench_setup_version_id}. Forces '
        'recording; record:false with this is rejected.',
    )
    summary_prompt: Optional[str] = Field(
        None, description='Custom instructions for the post-call summary; max 2000 chars.'
    )
    retry: Optional[dict[str, Any]] = Field(
        None,
        description='Retry when a voicemail is reached: wait (seconds), voicemail_action '
        '(hangup|leave_message|ignore), voicemail_message.',
    )
    dispositions: Optional[list[str]] = Field(
        None,
        description='Your own outcome tags; after the call the AI picks one from the transcript and stores it '
        'in disposition_tag. Built-in tags used if omitted (INTERESTED, NOT_INTERESTED, '
        'FOLLOW_UP_REQUIRED, CALL_BACK_SCHEDULED, TRANSFERRED, OBJECTION_RAISED, NEEDS_MORE_INFO, '
        'NOT_QUALIFIED, NO_CONTACT_MADE, COMPLETED_ACTION, DO_NOT_CONTACT, AGENT_ENDED_CALL, '
        'NO_ANSWER, BUSY, CANCELED, FAILED).',
    )
    request_data: Optional[dict[str, Any]] = Field(
        None,
        description='Key/value variables usable in prompt, pathway and tools as {{key}} (only once the call '
        'is answered).',
    )
    metadata: Optional[dict[str, Any]] = Field(
        None,
        description='Arbitrary data stored with the call and echoed back in call details and the post-call '
        'webhook (present even for unanswered calls).',
    )
    webhook: Optional[str] = Field(
        None,
        description='URL that receives the post-call payload when the call ends. Error list says it must '
        'start with https://.',
    )
    webhook_events: Optional[list[str]] = Field(None, description='Live/extra events to push to the webhook.')
    dynamic_data: Optional[list[dict[str, Any]]] = Field(
        None,
        description='External API lookups feeding the agent: each {url, method, body, headers:[{key,value}], '
        'query, cache, response_data:[{name,data(JSONPath),context}]}. null/"" clears.',
    )
    keywords: Optional[list[str]] = Field(
        None,
        description='Words to boost in transcription; append ":N" for a boost factor (default factor 2). API '
        'default: [].',
    )
    ignore_button_press: Optional[bool] = Field(None, description='Ignore caller DTMF key presses. API default: false.')
    precall_dtmf_sequence: Optional[str] = Field(
        None, description='DTMF digits played before the call starts; allowed 0-9, *, #, w (0.5 s pause).'
    )
    guard_rails: Optional[list[dict[str, Any]]] = Field(
        None,
        description='Compliance monitors: {type: '
        'tcpa:ai_disclosure|tcpa:self_introduction|tcpa:recording_disclosure|tcpa:opt_out|custom, '
        'prompt (custom only), config {end_seconds, default 30}, actions:[{type: '
        'end_call|transfer|move_to_node, config}]}.',
    )
    encrypted_key: Optional[str] = Field(
        None,
        description='BYOT (bring-your-own-Twilio) key; needed only when calls should be placed through your '
        'own Twilio account/numbers.',
    )

    @model_validator(mode="after")
    def _task_or_pathway(self) -> SendCallParams:
        if not self.task and not self.pathway_id:
            raise ValueError("give task (the agent's instructions) or pathway_id (a pathway to follow)")
        return self


send_call = Endpoint(
    name="send_call",
    group="calls",
    method_name="send",
    http_method="POST",
    path="/v1/calls",
    effect="outbound",
    summary='Place an outbound AI phone call using a task prompt or pathway, with voice, timing and webhook options.',
    synonyms=(
        "ring",
        "dial",
        "phone someone",
        "make a call",
        "call a number",
        "reach out",
        "follow up",
        "remind",
        "confirm an appointment",
        "schedule a call",
        "call back",
    ),
    params=SendCallParams,
    headers={'encrypted_key': 'encrypted_key'},
    sends_to=('webhook', 'transfer_phone_number', 'transfer_list', 'tools', 'dynamic_data'),
)


class SendCallSimpleParams(Params):
    """Parameters of `send_call_simple`."""

    phone_number: PhoneNumber = Field(description='Number to call, E.164.')
    task: str = Field(description='Prompt describing what the agent should do.')


send_call_simple = Endpoint(
    name="send_call_simple",
    group="calls",
    method_name="send_simple",
    http_method="POST",
    path="/v1/calls",
    effect="outbound",
    summary='Place an outbound AI phone call to one number using a plain-text task prompt; returns the call ID.',
    synonyms=("ring", "dial", "phone someone", "make a quick call", "call a number", "remind"),
    params=SendCallSimpleParams,
    host="https://us.api.bland.ai",
)


class SendCallPathwaySimpleParams(Params):
    """Parameters of `send_call_pathway_simple`."""

    phone_number: PhoneNumber = Field(
        description='Number to call; +1 assumed if no country code. E.164 preferred; digits like '
        '"12223334444" without + are treated as invalid.'
    )
    pathway_id: Id = Field(description='Pathway to run for the conversation.')


send_call_pathway_simple = Endpoint(
    name="send_call_pathway_simple",
    group="calls",
    method_name="send_pathway_simple",
    http_method="POST",
    path="/v1/calls",
    effect="outbound",
    summary='Place an outbound AI phone call that follows a conversational pathway; returns the call ID.',
    synonyms=("call with a flow", "ring", "dial", "phone someone", "script"),
    params=SendCallPathwaySimpleParams,
)


class AnalyzeCallParams(Params):
    """Parameters of `analyze_call`."""

    call_id: Id = Field(description='Call to analyze.')
    goal: str = Field(description='Overall purpose of the call, used as context for answering.')
    questions: list[list[str]] = Field(
        description='List of [question, expected answer type] pairs, e.g. ["Who answered?","human or '
        'voicemail"]; unanswerable -> null.'
    )


analyze_call = Endpoint(
    name="analyze_call",
    group="calls",
    method_name="analyze",
    http_method="POST",
    path="/v1/calls/{call_id}/analyze",
    effect="outbound",
    summary="Answer your questions about a finished call using AI, given the call's goal; returns one "
    "answer per question.",
    synonyms=("ask about a call", "question about a call", "did they", "evaluate", "insight", "outcome", "agree"),
    params=AnalyzeCallParams,
)


class StopCallParams(Params):
    """Parameters of `stop_call`."""

    call_id: Id = Field(description='Call to hang up (or scheduled call to cancel).')


stop_call = Endpoint(
    name="stop_call",
    group="calls",
    method_name="stop",
    http_method="POST",
    path="/v1/calls/{call_id}/stop",
    effect="destructive",
    summary='Hang up an active call, or cancel a call that is scheduled but not yet started.',
    synonyms=("hang up", "cancel a scheduled call", "end the call", "drop the call", "disconnect"),
    params=StopCallParams,
)


class StopAllActiveCallsParams(Params):
    """Parameters of `stop_all_active_calls`."""


stop_all_active_calls = Endpoint(
    name="stop_all_active_calls",
    group="calls",
    method_name="stop_all_active",
    http_method="POST",
    path="/v1/calls/active/stop",
    effect="destructive",
    summary="Hang up all of the account's active calls and return how many are being stopped.",
    synonyms=("emergency stop", "kill switch", "hang up everything", "end every call", "all ongoing calls"),
    params=StopAllActiveCallsParams,
    host="https://us.api.bland.ai",
)


class ListenToCallParams(Params):
    """Parameters of `listen_to_call`."""

    call_id: Id = Field(description='Active call to monitor.')


listen_to_call = Endpoint(
    name="listen_to_call",
    group="calls",
    method_name="listen",
    http_method="POST",
    path="/v1/calls/{call_id}/listen",
    effect="write",
    summary='Get a WebSocket URL that streams live audio of an in-progress call for monitoring.',
    synonyms=("listen in", "monitor", "eavesdrop", "live audio", "supervise", "barge in"),
    params=ListenToCallParams,
    envelope="data",
)


class GetTranscriptStreamUrlParams(Params):
    """Parameters of `get_transcript_stream_url`."""

    call_id: Id = Field(description='Call created with stream_post_transfer_transcript: true.')


get_transcript_stream_url = Endpoint(
    name="get_transcript_stream_url",
    group="calls",
    method_name="transcript_stream_url",
    http_method="POST",
    path="/v1/calls/{call_id}/transcript-stream/token",
    effect="read",
    summary="Get a short-lived WebSocket URL that streams a call's transcript after it is transferred.",
    synonyms=("live transcript", "real-time transcript", "transfer transcript"),
    params=GetTranscriptStreamUrlParams,
    envelope="data",
)


class TransferActiveCallParams(Params):
    """Parameters of `transfer_active_call`."""

    call_id: Id = Field(description='In-progress call (queue_status "started") to move.')
    transfer_number: PhoneNumber = Field(description='Destination number, E.164; 10-digit US numbers accepted.')


transfer_active_call = Endpoint(
    name="transfer_active_call",
    group="calls",
    method_name="transfer",
    http_method="POST",
    path="/v1/calls/active/transfer",
    effect="outbound",
    summary='Transfer an in-progress call to another phone number without announcing it.',
    synonyms=(
        "forward",
        "hand off",
        "patch through",
        "warm transfer",
        "escalate to a human",
        "redirect",
        "connect the caller to",
    ),
    params=TransferActiveCallParams,
    envelope="data",
    sends_to=('transfer_number',),
)


class ListCallsParams(Params):
    """Parameters of `list_calls`."""

    from_number: Optional[PhoneNumber] = Field(None, description='Filter by originating number.')
    to_number: Optional[PhoneNumber] = Field(None, description='Filter by destination number.')
    from_: Optional[int] = Field(
        None, alias='from', description='Start index (inclusive, 0-based) of the result window.'
    )
    to: Optional[int] = Field(None, description='End index of the result window.')
    limit: Optional[int] = Field(None, description='Max calls returned. API default: 1000.')
    ascending: Optional[bool] = Field(None, description='Sort oldest first. API default: false.')
    sort_by: Optional[Literal['created_at', 'updated_at']] = Field(
        None, description='Sort field. API default: "created_at".'
    )
    start_date: Optional[DateLike] = Field(
        None, description='Created on/after; YYYY-MM-DD or ISO 8601 with offset. Date-only = UTC unless timezone given.'
    )
    end_date: Optional[DateLike] = Field(None, description='Created on/before; same formats as start_date.')
    created_at: Optional[DateLike] = Field(
        None, description='Single day YYYY-MM-DD; not combinable with start_date/end_date.'
    )
    timezone: Optional[str] = Field(None, description='IANA zone used to interpret date-only values.')
    update_start_date: Optional[DateLike] = Field(None, description='Updated on/after, YYYY-MM-DD.')
    update_end_date: Optional[DateLike] = Field(None, description='Updated on/before, YYYY-MM-DD.')
    completed: Optional[bool] = Field(None, description='Filter by completion.')
    batch_id: Optional[Id] = Field(None, description='Only calls of this batch.')
    answered_by: Optional[str] = Field(None, description='Filter by answered_by value (e.g. human).')
    inbound: Optional[bool] = Field(None, description='Inbound vs outbound filter.')
    duration_gt: Optional[float] = Field(None, description='Call length greater than N minutes.')
    duration_lt: Optional[float] = Field(None, description='Call length less than N minutes.')
    campaign_id: Optional[Id] = Field(None, description='Only calls from this campaign.')
    encrypted_key: Optional[str] = Field(
        None,
        description='Optional BYOT key; scopes results to the Twilio account it belongs to (doc text here is '
        'copied from an inbound-numbers page).',
    )


list_calls = Endpoint(
    name="list_calls",
    group="calls",
    method_name="list",
    http_method="GET",
    path="/v1/calls",
    effect="read",
    summary='List calls, filtered by number, date, batch, campaign, duration or outcome, with sorting and paging.',
    synonyms=(
        "call history",
        "call log",
        "past calls",
        "recent calls",
        "voicemail",
        "missed",
        "answered",
        "long calls",
        "minutes",
        "search calls",
        "failed calls",
    ),
    params=ListCallsParams,
    result=Call,
    items='calls',
    pagination=IndexWindow(size="limit", default_size=1000),
    total=('total_count',),
    headers={'encrypted_key': 'encrypted_key'},
)


class ListActiveCallsParams(Params):
    """Parameters of `list_active_calls`."""

    org_id: Id = Field(
        alias='x-bland-org-id', description='Organization ID (only endpoint in scope that documents this header).'
    )


list_active_calls = Endpoint(
    name="list_active_calls",
    group="calls",
    method_name="list_active",
    http_method="GET",
    path="/v1/calls/active",
    effect="read",
    summary='List the calls currently in progress or queued, with their numbers, status and start time.',
    synonyms=("live calls", "ongoing calls", "right now", "currently", "on the phone", "queue", "queued"),
    params=ListActiveCallsParams,
    result=ActiveCall,
    envelope="data",
    items='',
    headers={'org_id': 'x-bland-org-id'},
)


class GetCallParams(Params):
    """Parameters of `get_call`."""

    call_id: Id = Field(description='Call to fetch.')
    encrypted_key: Optional[str] = Field(
        None,
        description='Optional BYOT key; scopes results to the Twilio account it belongs to (doc text here is '
        'copied from an inbound-numbers page).',
    )


get_call = Endpoint(
    name="get_call",
    group="calls",
    method_name="get",
    http_method="GET",
    path="/v1/calls/{call_id}",
    effect="read",
    summary='Return full details of one call, including status, length, transcript, recording URL and variables.',
    synonyms=(
        "call details",
        "what happened",
        "transcript",
        "call summary",
        "how long",
        "duration",
        "how did the call go",
    ),
    params=GetCallParams,
    result=Call,
    headers={'encrypted_key': 'encrypted_key'},
)


class GetEventStreamParams(Params):
    """Parameters of `get_event_stream`."""

    call_id: Id = Field(description='Call whose events to fetch.')


get_event_stream = Endpoint(
    name="get_event_stream",
    group="calls",
    method_name="event_stream",
    http_method="GET",
    path="/v1/event_stream/{call_id}",
    effect="read",
    summary='Return the logged events of a call, each with level, category, message and timestamp.',
    synonyms=("logs", "debug", "error", "trace", "timeline"),
    params=GetEventStreamParams,
)


class GetCallRecordingParams(Params):
    """Parameters of `get_call_recording`."""

    model_config = ConfigDict(extra="allow")  # forwards Send Call fields

    call_id: Id = Field(description='Call whose recording to stream.')
    audio_format: Optional[Literal['audio/mpeg', 'audio/wav']] = Field(
        None,
        alias='content-type',
        description='Desired audio format: audio/mpeg (MP3) or audio/wav (default WAV). Note: sent as '
        'Content-Type, not Accept.',
    )


get_call_recording = Endpoint(
    name="get_call_recording",
    group="calls",
    method_name="recording",
    http_method="GET",
    path="/v1/recordings/{call_id}",
    effect="read",
    summary='Download the audio recording of a completed call as an audio file.',
    synonyms=("audio", "mp3", "wav", "listen back", "download"),
    params=GetCallRecordingParams,
    envelope="data",
    headers={'audio_format': 'content-type'},
    binary=True,
)


class GetCorrectedTranscriptParams(Params):
    """Parameters of `get_corrected_transcript`."""

    call_id: Id = Field(description='Call whose recording-based transcript to fetch.')


get_corrected_transcript = Endpoint(
    name="get_corrected_transcript",
    group="calls",
    method_name="corrected_transcript",
    http_method="GET",
    path="/v1/calls/{call_id}/correct",
    effect="read",
    summary='Return a call transcript re-generated from the recording, aligned with the original one.',
    synonyms=("fix the transcript", "accurate transcript", "cleaned up transcript", "re-transcribe", "mistakes"),
    params=GetCorrectedTranscriptParams,
)


class GetPostcallWebhookParams(Params):
    """Parameters of `get_postcall_webhook`."""

    call_id: Id = Field(description='Call whose webhook record to fetch.')


get_postcall_webhook = Endpoint(
    name="get_postcall_webhook",
    group="calls",
    method_name="postcall_webhook",
    http_method="GET",
    path="/v1/postcall/webhooks/{call_id}",
    effect="read",
    summary='Return the post-call webhook record for a call, including its payload, URL and delivery attempts.',
    synonyms=("webhook status", "did the webhook fire", "delivery", "callback"),
    params=GetPostcallWebhookParams,
)


class CreatePostcallWebhookParams(Params):
    """Parameters of `create_postcall_webhook`."""

    call_ids: list[Id] = Field(description='Unique call IDs that have not yet had a post-call webhook.')
    webhook_url: str = Field(description='Where to send the payloads (sent immediately).')


create_postcall_webhook = Endpoint(
    name="create_postcall_webhook",
    group="calls",
    method_name="create_postcall_webhook",
    http_method="POST",
    path="/v1/postcall/webhooks/create",
    effect="write",
    summary='Send post-call webhooks to a URL for calls that have not yet sent one.',
    synonyms=("push results", "send results", "CRM", "export calls to a URL", "callback"),
    params=CreatePostcallWebhookParams,
    sends_to=('webhook_url',),
)


class ResendPostcallWebhookParams(Params):
    """Parameters of `resend_postcall_webhook`."""

    call_ids: list[Id] = Field(
        description='Unique call IDs whose earlier webhook should be re-sent to the original URL.'
    )


resend_postcall_webhook = Endpoint(
    name="resend_postcall_webhook",
    group="calls",
    method_name="resend_postcall_webhook",
    http_method="POST",
    path="/v1/postcall/webhooks/resend",
    effect="write",
    summary='Resend the post-call webhook for calls that already sent one, to the original URL.',
    synonyms=("retry the webhook", "redeliver", "fire again", "replay", "failed delivery"),
    params=ResendPostcallWebhookParams,
)


ENDPOINTS = [
    send_call,
    send_call_simple,
    send_call_pathway_simple,
    analyze_call,
    stop_call,
    stop_all_active_calls,
    listen_to_call,
    get_transcript_stream_url,
    transfer_active_call,
    list_calls,
    list_active_calls,
    get_call,
    get_event_stream,
    get_call_recording,
    get_corrected_transcript,
    get_postcall_webhook,
    create_postcall_webhook,
    resend_postcall_webhook,
]
