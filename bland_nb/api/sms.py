"""SMS: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._models import SMSConversation, SMSNumber
from .._pagination import PageNumber
from .._types import Id, Number, PhoneNumber
from ._shared import IntOrId, Sent, SmsBatchGlobal, TrustedUser


class ListSmsNumbersParams(Params):
    """Parameters of `list_sms_numbers`."""

    channel: Optional[Literal['whatsapp', 'imessage']] = Field(
        None, description='Return WhatsApp or iMessage configs instead of SMS (mentioned only in the page description).'
    )


list_sms_numbers = Endpoint(
    name="list_sms_numbers",
    group="sms",
    method_name="list_numbers",
    http_method="GET",
    path="/v1/sms/numbers",
    effect="read",
    summary='List your SMS-enabled numbers with their messaging configuration and conversation counts.',
    synonyms=("texting numbers", "text numbers", "messaging numbers", "numbers that can text"),
    params=ListSmsNumbersParams,
    result=SMSNumber,
    envelope="data",
    items='',
)


class UpdateSmsConfigParams(Params):
    """Parameters of `update_sms_config`."""

    phone_number: PhoneNumber = Field(description='Your E.164 SMS number to configure.')
    webhook: Optional[str] = Field(None, description='URL receiving message events with chat history.')
    request_data: Optional[Union[dict[str, Any], list[Any]]] = Field(
        None, description='Variables exposed to the agent.'
    )
    time_out: Optional[Number] = Field(
        None, description='Seconds of user silence before the timeout flow (default none).'
    )
    timeout_action: Optional[str] = Field(None, description='What happens on timeout (e.g. send_sms).')
    timeout_message: Optional[str] = Field(None, description='Text sent on timeout.')
    warning_time: Optional[Number] = Field(None, description='Seconds before a warning; must be < time_out.')
    warning_message: Optional[str] = Field(None, description='Warning text.')
    messaging_service_sid: Optional[Id] = Field(None, description='Twilio Messaging Service SID.')
    objective: Optional[str] = Field(None, description='System prompt / goal.')
    tools: Optional[list[Any]] = Field(None, description='Tools for the agent.')
    temperature: Optional[Number] = Field(None, description='LLM temperature.')
    pathway_id: Optional[Id] = Field(None, description='Pathway to run.')
    pathway_version: Optional[str] = Field(None, description='Pathway version.')
    start_node_id: Optional[Id] = Field(None, description='Entry node.')
    restart_after_end_call: Optional[bool] = Field(
        None, description='Start a new conversation if the user texts after the previous one ended.'
    )
    timezone: Optional[str] = Field(None, description='IANA zone for time variables.')
    summary_prompt: Optional[str] = Field(None, description='Prompt for an end-of-conversation summary.')
    disposition_ids: Optional[list[Id]] = Field(None, description='Outcome IDs to evaluate at conversation end.')
    citation_schema_ids: Optional[list[Id]] = Field(None, description='Citation schemas to extract at end.')


update_sms_config = Endpoint(
    name="update_sms_config",
    group="sms",
    method_name="update_config",
    http_method="POST",
    path="/v1/sms/number/update",
    effect="write",
    summary='Configure how an SMS number replies, including its prompt or pathway, webhook, tools and timeouts.',
    synonyms=("auto-reply", "text reply prompt", "texting agent", "reply settings", "sms bot"),
    params=UpdateSmsConfigParams,
    envelope="data",
    idempotent=True,
    sends_to=('webhook', 'tools'),
)


class SendSmsParams(Params):
    """Parameters of `send_sms`."""

    user_number: PhoneNumber = Field(description='Recipient, E.164.')
    agent_number: PhoneNumber = Field(description='Your sending number, E.164.')
    agent_message: Optional[str] = Field(
        None, description='Text to send; if absent the agent generates one from its pathway/prompt.'
    )
    request_data: Optional[dict[str, Any]] = Field(None, description='Variables/metadata for the conversation.')
    new_conversation: Optional[bool] = Field(None, description='Archive the current conversation and start fresh.')
    persona_id: Optional[Id] = Field(
        None, description='Persona whose config handles the conversation (agent_number still required).'
    )
    persona_version: Optional[Literal['production', 'draft']] = Field(
        None, description='Persona version. API default: "production".'
    )
    persona_settings: Optional[dict[str, Any]] = Field(
        None, description='Per-send override {pathway_id, pathway_version, start_node_id}; highest priority.'
    )
    pathway_id: Optional[Id] = Field(None, description='Pathway for replies (override inside persona context).')
    pathway_version: Optional[Number] = Field(None, description='Pathway version.')
    start_node_id: Optional[Id] = Field(None, description='Start node.')
    webhook: Optional[str] = Field(None, description='Per-conversation webhook override.')
    metadata: Optional[dict[str, Any]] = Field(None, description='Custom data echoed in all SMS webhooks.')
    disposition_ids: Optional[list[Id]] = Field(None, description='Outcome IDs; overrides number config.')
    citation_schema_ids: Optional[list[Id]] = Field(None, description='Citation schemas; overrides number config.')
    channel: Optional[Literal['sms', 'whatsapp', 'imessage']] = Field(
        None, description='Delivery channel (iMessage numbers auto-detect). API default: "sms".'
    )
    content_sid: Optional[Id] = Field(None, description='Twilio content template SID (HX...).')
    content_variables: Optional[dict[str, Any]] = Field(None, description='Template variables keyed "1","2",...')
    time_out: Optional[Number] = Field(
        None,
        description='Per-conversation inactivity timeout (seconds); overrides number config and persists on '
        'the conversation.',
    )
    timeout_message: Optional[str] = Field(None, description='Override for the message sent on timeout.')
    warning_time: Optional[Number] = Field(
        None, description='Seconds before the warning message; must be < time_out else INVALID_TIMEOUT_CONFIG.'
    )
    warning_message: Optional[str] = Field(None, description='Override for the warning text.')
    idempotency_key: Optional[str] = Field(
        None,
        alias='idempotency-key',
        description='De-duplication key; repeats with the same key succeed without sending or billing again.',
    )


send_sms = Endpoint(
    name="send_sms",
    group="sms",
    method_name="send",
    http_method="POST",
    path="/v1/sms/send",
    effect="outbound",
    summary='Send an SMS from your number to a recipient, either a given text or one written by the agent.',
    synonyms=("text", "text message", "message someone", "whatsapp", "imessage"),
    params=SendSmsParams,
    envelope="data",
    headers={'idempotency_key': 'idempotency-key'},
    sends_to=('webhook',),
)


class SendSmsBatchParams(Params):
    """Parameters of `send_sms_batch`."""

    file_id: Id = Field(
        description='ID of a CSV/JSON recipient file uploaded first via POST /v1/files/attach with file_type '
        '"batches"; CSV needs a phone_number column; request_data.<field> columns map into '
        'request_data.'
    )
    global_: Sent[SmsBatchGlobal] = Field(
        alias='global',
        description='Defaults: agent_number (required), agent_message, request_data, metadata, '
        'disposition_ids, citation_schema_ids (example also shows pathway_id and channel; webhook '
        'tutorial mentions webhook).',
    )
    column_mapping: Optional[dict[str, Any]] = Field(
        None, description='Map CSV column -> "request_data" (only allowed target; phone_number cannot be remapped).'
    )


send_sms_batch = Endpoint(
    name="send_sms_batch",
    group="sms",
    method_name="send_batch",
    http_method="POST",
    path="/v1/sms/batch",
    effect="outbound",
    summary='Send SMS messages to every recipient in an uploaded CSV or JSON file using shared defaults.',
    synonyms=("mass text", "bulk sms", "text blast", "text everyone", "csv"),
    params=SendSmsBatchParams,
    envelope="data",
    sends_to=('global_',),
)


class CreateSmsConversationParams(Params):
    """Parameters of `create_sms_conversation`."""

    user_number: PhoneNumber = Field(description='User number, E.164.')
    agent_number: PhoneNumber = Field(description='Your number, E.164.')
    message: str = Field(description='Message stored into the history (not sent).')
    message_sid: Optional[Id] = Field(None, description='Twilio SID for correlation.')
    curr_pathway_id: Optional[Id] = Field(None, description='Pathway UUID to position the conversation on.')
    curr_pathway_version: Optional[str] = Field(None, description='Pathway version (e.g. "latest").')
    current_node_id: Optional[Id] = Field(None, description='Current node.')
    request_data: Optional[dict[str, Any]] = Field(None, description='Metadata/variables.')
    new_conversation: Optional[bool] = Field(None, description='Archive any active conversation first.')
    sender: Optional[Literal['USER', 'AGENT']] = Field(
        None, description='Who authored the stored message. API default: "USER".'
    )
    time_out: Optional[Number] = Field(
        None,
        description='Per-conversation inactivity timeout (seconds); overrides number config and persists on '
        'the conversation.',
    )
    timeout_message: Optional[str] = Field(None, description='Override for the message sent on timeout.')
    warning_time: Optional[Number] = Field(
        None, description='Seconds before the warning message; must be < time_out else INVALID_TIMEOUT_CONFIG.'
    )
    warning_message: Optional[str] = Field(None, description='Override for the warning text.')


create_sms_conversation = Endpoint(
    name="create_sms_conversation",
    group="sms",
    method_name="create_conversation",
    http_method="POST",
    path="/v1/sms/create",
    effect="write",
    summary='Create an SMS conversation with a stored first message and state, without sending anything.',
    synonyms=("start a text thread", "draft conversation", "seed a conversation", "without sending"),
    params=CreateSmsConversationParams,
    envelope="data",
)


class ListSmsConversationsParams(Params):
    """Parameters of `list_sms_conversations`."""

    page: Optional[Number] = Field(None, description='1-based page. API default: 1.')
    page_size: Optional[Number] = Field(None, alias='pageSize', description='Items per page. API default: 25.')
    sort_by: Optional[
        Literal[
            'created_at',
            'updated_at',
            'user_number',
            'agent_number',
            'is_active',
            'message_count',
            'curr_pathway_id',
            'curr_pathway_version',
            'timed_out_at',
        ]
    ] = Field(None, alias='sortBy', description='Sort field. API default: "created_at".')
    sort_dir: Optional[Literal['asc', 'desc']] = Field(
        None, alias='sortDir', description='Sort direction. API default: "desc".'
    )
    filters: Optional[Union[str, list[Any]]] = Field(
        None,
        description='JSON-encoded list of {field, operator, value}; operators eq, contains, startsWith, '
        'endsWith, gt, gte, lt, lte.',
    )


list_sms_conversations = Endpoint(
    name="list_sms_conversations",
    group="sms",
    method_name="list_conversations",
    http_method="GET",
    path="/v1/sms/conversations",
    effect="read",
    summary='List SMS conversations with filtering, sorting and page-based paging.',
    synonyms=("text threads", "sms inbox", "text conversations", "chats", "who texted"),
    params=ListSmsConversationsParams,
    result=SMSConversation,
    envelope="data",
    items='',
    pagination=PageNumber(size="page_size", default_size=25),
    total=('extra', 'pagination', 'totalItems'),
)


class GetSmsConversationParams(Params):
    """Parameters of `get_sms_conversation`."""

    conversation_id: Id = Field(alias='id', description='Conversation ID.')


get_sms_conversation = Endpoint(
    name="get_sms_conversation",
    group="sms",
    method_name="get_conversation",
    http_method="GET",
    path="/v1/sms/conversations/{id}",
    effect="read",
    summary='Return one SMS conversation with its messages and disposition logs.',
    synonyms=("text thread", "read texts", "messages", "back-and-forth", "conversation with a customer"),
    params=GetSmsConversationParams,
    result=SMSConversation,
    envelope="data",
)


class UpdateSmsConversationParams(Params):
    """Parameters of `update_sms_conversation`."""

    conversation_id: Id = Field(description='Conversation to modify.')
    is_active: Optional[bool] = Field(None, description='Set false to mark the conversation inactive.')


update_sms_conversation = Endpoint(
    name="update_sms_conversation",
    group="sms",
    method_name="update_conversation",
    http_method="PATCH",
    path="/v1/sms/conversations/{conversation_id}",
    effect="write",
    summary='Update an SMS conversation, such as marking it inactive.',
    synonyms=("close the conversation", "mark inactive", "archive the thread", "text conversation"),
    params=UpdateSmsConversationParams,
    result=SMSConversation,
    unwrap='conversation',
)


class DeleteSmsMessagesParams(Params):
    """Parameters of `delete_sms_messages`."""

    conversation_id: Id = Field(alias='id', description='Conversation ID.')
    message_ids: list[IntOrId] = Field(
        description='Non-empty list of message IDs (integers per description, typed string[]) to soft-delete.'
    )


delete_sms_messages = Endpoint(
    name="delete_sms_messages",
    group="sms",
    method_name="delete_messages",
    http_method="DELETE",
    path="/v1/sms/conversations/{id}/messages",
    effect="destructive",
    summary='Delete specific messages from an SMS conversation and return how many were removed.',
    synonyms=("delete texts", "remove messages", "thread"),
    params=DeleteSmsMessagesParams,
    envelope="data",
)


class DeleteSmsConversationParams(Params):
    """Parameters of `delete_sms_conversation`."""

    conversation_id: Id = Field(alias='id', description='Conversation to remove permanently with its messages.')


delete_sms_conversation = Endpoint(
    name="delete_sms_conversation",
    group="sms",
    method_name="delete_conversation",
    http_method="DELETE",
    path="/v1/sms/conversations/{id}",
    effect="destructive",
    summary='Permanently delete an SMS conversation and all of its messages.',
    synonyms=("delete the thread", "wipe the conversation", "text conversation"),
    params=DeleteSmsConversationParams,
    envelope="data",
)


class GetSmsConversationWebhookParams(Params):
    """Parameters of `get_sms_conversation_webhook`."""

    conversation_id: Id = Field(alias='conversationId', description='Conversation whose webhook log to fetch.')


get_sms_conversation_webhook = Endpoint(
    name="get_sms_conversation_webhook",
    group="sms",
    method_name="conversation_webhook",
    http_method="GET",
    path="/v1/sms/conversations/{conversationId}/webhook",
    effect="read",
    summary='Return the webhook sent for an SMS conversation, including its URL, payload and delivery attempts.',
    synonyms=("sms webhook", "webhook sent", "text chat"),
    params=GetSmsConversationWebhookParams,
    envelope="data",
)


class AnalyzeSmsConversationParams(Params):
    """Parameters of `analyze_sms_conversation`."""

    schema_id: Id = Field(description='Citation schema used for extraction.')
    conversation_id: Id = Field(description='Conversation to analyse.')


analyze_sms_conversation = Endpoint(
    name="analyze_sms_conversation",
    group="sms",
    method_name="analyze_conversation",
    http_method="POST",
    path="/v1/sms/analyze",
    effect="write",
    summary='Extract variables from an SMS conversation using a citation schema; returns values and citations.',
    synonyms=("extract", "pull out data", "parse", "fields from texts", "text exchange"),
    params=AnalyzeSmsConversationParams,
    envelope="data",
)


class UpdateSmsNumberLegacyParams(Params):
    """Parameters of `update_sms_number_legacy`."""

    phone_number: Optional[PhoneNumber] = Field(None, description='Number to update.')
    channel: Optional[Literal['sms', 'whatsapp', 'imessage']] = Field(
        None, description='Config channel. API default: "sms".'
    )
    prompt: Optional[str] = Field(None, description='Reply prompt.')
    ignore_keywords: Optional[list[str]] = Field(
        None, description='Messages containing these are not answered; null disables.'
    )
    temperature: Optional[Number] = Field(None, description='Model temperature.')


update_sms_number_legacy = Endpoint(
    name="update_sms_number_legacy",
    group="sms",
    method_name="update_number_legacy",
    http_method="POST",
    path="/v1/sms/update",
    effect="write",
    summary="Update an SMS number's reply prompt, temperature and ignored keywords using the older endpoint.",
    synonyms=("auto-reply", "old", "legacy", "texting number"),
    params=UpdateSmsNumberLegacyParams,
    idempotent=True,
)


class UpdateSmsWebhookParams(Params):
    """Parameters of `update_sms_webhook`."""

    phone_number: Optional[PhoneNumber] = Field(None, description='Number to update.')
    webhook: Optional[str] = Field(None, description='URL for inbound, outbound and status events.')


update_sms_webhook = Endpoint(
    name="update_sms_webhook",
    group="sms",
    method_name="update_webhook",
    http_method="POST",
    path="/v1/sms/webhook/update",
    effect="write",
    summary="Set the webhook URL that receives an SMS number's inbound, outbound and status events.",
    synonyms=("sms events", "inbound texts", "callback url", "notify our server"),
    params=UpdateSmsWebhookParams,
    idempotent=True,
    sends_to=('webhook',),
)


class ToggleSmsHumanModeParams(Params):
    """Parameters of `toggle_sms_human_mode`."""

    phone_number: Optional[PhoneNumber] = Field(None, description='Number to switch.')
    on: Optional[bool] = Field(
        None, description='true = human mode (AI stops replying); false = AI replies; omitted = the mode flips.'
    )


toggle_sms_human_mode = Endpoint(
    name="toggle_sms_human_mode",
    group="sms",
    method_name="toggle_human_mode",
    http_method="POST",
    path="/v1/sms/toggle",
    effect="write",
    summary='Switch an SMS number between AI replies and human mode, where the AI stops replying.',
    synonyms=(
        "human takeover",
        "take over",
        "pause the bot",
        "stop ai replies",
        "manual mode",
        "answer myself",
        "hand over to a person",
    ),
    params=ToggleSmsHumanModeParams,
)


class GetSmsMessagesLegacyParams(Params):
    """Parameters of `get_sms_messages_legacy`."""

    to: Optional[PhoneNumber] = Field(None, description='The other party number.')
    from_: Optional[PhoneNumber] = Field(None, alias='from', description='Your number (order does not matter).')


get_sms_messages_legacy = Endpoint(
    name="get_sms_messages_legacy",
    group="sms",
    method_name="messages_legacy",
    http_method="POST",
    path="/v1/sms/messages/get",
    effect="read",
    summary='Return the SMS message history between your number and another number.',
    synonyms=("text history", "message history", "conversation with a number"),
    params=GetSmsMessagesLegacyParams,
)


class ClearSmsConversationParams(Params):
    """Parameters of `clear_sms_conversation`."""

    to: PhoneNumber = Field(description='One number in the conversation.')
    from_: PhoneNumber = Field(alias='from', description='The other number.')


clear_sms_conversation = Endpoint(
    name="clear_sms_conversation",
    group="sms",
    method_name="clear_conversation",
    http_method="POST",
    path="/v1/sms/clear",
    effect="destructive",
    summary="Hide an SMS conversation's history from the AI without deleting the messages.",
    synonyms=("reset", "forget", "clear history", "fresh start"),
    params=ClearSmsConversationParams,
)


class RegisterA2PBrandParams(Params):
    """Parameters of `register_a2p_brand`."""

    business_name: str = Field(alias='businessName', description='Legal business name.')
    ein: str = Field(description='Employer Identification Number.')
    vertical: Literal[
        'AUTOMOTIVE',
        'AGRICULTURE',
        'BANKING',
        'CONSTRUCTION',
        'CONSUMER',
        'EDUCATION',
        'ENGINEERING',
        'ENERGY',
        'OIL_AND_GAS',
        'FAST_MOVING_CONSUMER_GOODS',
        'FINANCIAL',
        'FINTECH',
        'FOOD_AND_BEVERAGE',
        'GOVERNMENT',
        'HEALTHCARE',
        'HOSPITALITY',
        'INSURANCE',
        'LEGAL',
        'MANUFACTURING',
        'MEDIA',
        'ONLINE',
        'PROFESSIONAL_SERVICES',
        'RAW_MATERIALS',
        'REAL_ESTATE',
        'RELIGION',
        'RETAIL',
        'JEWELRY',
        'TECHNOLOGY',
        'TELECOMMUNICATIONS',
        'TRANSPORTATION',
        'TRAVEL',
        'ELECTRONICS',
        'NOT_FOR_PROFIT',
    ] = Field(description='Industry.')
    address: str = Field(description='Street address.')
    city: str = Field(description='City.')
    state: str = Field(description='US state code.')
    postal_code: str = Field(alias='postalCode', description='Postal code.')
    country: str = Field(description='Country.')
    email: str = Field(description='Business email.')
    type: Literal[
        'Partnership', 'Limited Liability Corporation', 'Co-operative', 'Non-profit Corporation', 'Corporation'
    ] = Field(description='Legal structure.')
    website: str = Field(description='Website URL.')
    opt_in_info: str = Field(description='How recipients consent.')
    message_samples: list[str] = Field(alias='messageSamples', description='Three sample messages.')
    trusted_user: Sent[TrustedUser] = Field(
        description='Registrant: position (C-suite/VP), first_name, last_name, phone_number, email.'
    )


register_a2p_brand = Endpoint(
    name="register_a2p_brand",
    group="sms",
    method_name="register_a2p_brand",
    http_method="POST",
    path="/v1/sms/register",
    effect="outbound",
    summary='Submit your business details for A2P 10DLC brand registration so you can send SMS in the US.',
    synonyms=("10dlc", "a2p", "brand registration", "carrier compliance", "texting compliance"),
    params=RegisterA2PBrandParams,
)


class CheckA2PStatusParams(Params):
    """Parameters of `check_a2p_status`."""

    registration_id: Optional[Id] = Field(None, description='ID of the A2P registration.')


check_a2p_status = Endpoint(
    name="check_a2p_status",
    group="sms",
    method_name="a2p_status",
    http_method="POST",
    path="/v1/sms/register/status",
    effect="read",
    summary='Check the status of an A2P SMS brand registration, including any failure reason.',
    synonyms=("registration status", "approved", "10dlc status"),
    params=CheckA2PStatusParams,
)


ENDPOINTS = [
    list_sms_numbers,
    update_sms_config,
    send_sms,
    send_sms_batch,
    create_sms_conversation,
    list_sms_conversations,
    get_sms_conversation,
    update_sms_conversation,
    delete_sms_messages,
    delete_sms_conversation,
    get_sms_conversation_webhook,
    analyze_sms_conversation,
    update_sms_number_legacy,
    update_sms_webhook,
    toggle_sms_human_mode,
    get_sms_messages_legacy,
    clear_sms_conversation,
    register_a2p_brand,
    check_a2p_status,
]
