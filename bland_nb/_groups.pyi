# Written by tools/gen_stubs.py from the endpoint declarations (bland_nb/api/): do not edit.
# After changing a declaration, run `.venv/bin/python tools/gen_stubs.py`.
"""Static types of the API groups that `_resource.install_groups` builds at import time.

`BlandClient` and `AsyncBlandClient` annotate their group attributes with these classes (in an
`if TYPE_CHECKING:` block), so editors and type checkers see every group, method, parameter and
result. At run time the groups are the classes built from the declarations; this module does not
exist there.
"""

import builtins
import os
from datetime import date, datetime
from typing import IO, Any, Literal

import httpx

from . import _models
from ._models import (
    ActiveCall,
    Batch,
    BatchLog,
    Billing,
    BlandObject,
    BlockRule,
    Call,
    Campaign,
    KnowledgeBase,
    Member,
    Organization,
    Pathway,
    PathwayVersion,
    SMSConversation,
    SMSNumber,
    Voice,
)
from ._pagination import AsyncPage, Page
from ._resource import APIResource, AsyncAPIResource

class Calls(APIResource):
    """The `calls` endpoints: send, send_simple, send_pathway_simple, analyze, stop, stop_all_active, listen,
    transcript_stream_url, transfer, list, list_active, get, event_stream, recording, corrected_transcript,
    postcall_webhook, create_postcall_webhook, resend_postcall_webhook.
    """

    def send(
        self,
        *,
        phone_number: str,
        task: str | None = None,
        pathway_id: str | None = None,
        pathway_version: int | None = None,
        voice: str | None = None,
        first_sentence: str | None = None,
        persona_id: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        language: Literal['babel', 'fluent', 'en', 'babel-en', 'en-US', 'en-GB', 'en-AU', 'en-NZ', 'en-IN', 'es', 'babel-es', 'es-419', 'fr', 'babel-fr', 'fr-CA', 'de', 'babel-de', 'el', 'hi', 'hi-Latn', 'hu', 'ja', 'ko', 'ko-KR', 'vi', 'pt', 'pt-BR', 'pt-PT', 'zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'zh-Hant', 'it', 'nl', 'pl', 'ru', 'sv', 'sv-SE', 'da', 'da-DK', 'fi', 'no', 'id', 'ms', 'tr', 'uk', 'bg', 'cs', 'ro', 'sk', 'auto'] | None = None,
        wait_for_greeting: bool | None = None,
        pronunciation_guide: builtins.list[dict[str, Any]] | None = None,
        temperature: float | None = None,
        interruption_threshold: float | None = None,
        interruptibility: Literal[0, 1, 2, 3] | None = None,
        from_: str | None = None,
        dialing_strategy: dict[str, Any] | None = None,
        timezone: str | None = None,
        start_time: datetime | date | str | None = None,
        transfer_phone_number: str | None = None,
        transfer_list: dict[str, str] | None = None,
        max_duration: int | None = None,
        tools: builtins.list[str | dict[str, Any]] | None = None,
        background_track: Literal['office', 'cafe', 'restaurant', 'none'] | None = None,
        noise_cancellation: bool | None = None,
        block_interruptions: bool | None = None,
        record: bool | None = None,
        voicemail: dict[str, Any] | None = None,
        citation_schema_ids: builtins.list[str] | None = None,
        stream_post_transfer_transcript: bool | None = None,
        post_call_evals: dict[str, Any] | None = None,
        summary_prompt: str | None = None,
        retry: dict[str, Any] | None = None,
        dispositions: builtins.list[str] | None = None,
        request_data: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
        webhook: str | None = None,
        webhook_events: builtins.list[str] | None = None,
        dynamic_data: builtins.list[dict[str, Any]] | None = None,
        keywords: builtins.list[str] | None = None,
        ignore_button_press: bool | None = None,
        precall_dtmf_sequence: str | None = None,
        guard_rails: builtins.list[dict[str, Any]] | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Place an outbound AI phone call using a task prompt or pathway, with voice, timing and webhook options."""

    def send_simple(
        self,
        *,
        phone_number: str,
        task: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Place an outbound AI phone call to one number using a plain-text task prompt; returns the call ID."""

    def send_pathway_simple(
        self,
        *,
        phone_number: str,
        pathway_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Place an outbound AI phone call that follows a conversational pathway; returns the call ID."""

    def analyze(
        self,
        call_id: str,
        *,
        goal: str,
        questions: builtins.list[builtins.list[str]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Answer your questions about a finished call using AI, given the call's goal; returns one answer per question.
        """

    def stop(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Hang up an active call, or cancel a call that is scheduled but not yet started."""

    def stop_all_active(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Hang up all of the account's active calls and return how many are being stopped."""

    def listen(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Get a WebSocket URL that streams live audio of an in-progress call for monitoring."""

    def transcript_stream_url(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Get a short-lived WebSocket URL that streams a call's transcript after it is transferred."""

    def transfer(
        self,
        *,
        call_id: str,
        transfer_number: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Transfer an in-progress call to another phone number without announcing it."""

    def list(
        self,
        *,
        from_number: str | None = None,
        to_number: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        ascending: bool | None = None,
        sort_by: Literal['created_at', 'updated_at'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        created_at: datetime | date | str | None = None,
        timezone: str | None = None,
        update_start_date: datetime | date | str | None = None,
        update_end_date: datetime | date | str | None = None,
        completed: bool | None = None,
        batch_id: str | None = None,
        answered_by: str | None = None,
        inbound: bool | None = None,
        duration_gt: float | None = None,
        duration_lt: float | None = None,
        campaign_id: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Call]:
        """List calls, filtered by number, date, batch, campaign, duration or outcome, with sorting and paging."""

    def list_active(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[ActiveCall]:
        """List the calls currently in progress or queued, with their numbers, status and start time."""

    def get(
        self,
        call_id: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Call:
        """Return full details of one call, including status, length, transcript, recording URL and variables."""

    def event_stream(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the logged events of a call, each with level, category, message and timestamp."""

    def recording(
        self,
        call_id: str,
        *,
        audio_format: Literal['audio/mpeg', 'audio/wav'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> bytes:
        """Download the audio recording of a completed call as an audio file."""

    def corrected_transcript(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return a call transcript re-generated from the recording, aligned with the original one."""

    def postcall_webhook(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the post-call webhook record for a call, including its payload, URL and delivery attempts."""

    def create_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        webhook_url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send post-call webhooks to a URL for calls that have not yet sent one."""

    def resend_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Resend the post-call webhook for calls that already sent one, to the original URL."""


class Campaigns(APIResource):
    """The `campaigns` endpoints: create, list, get, stop."""

    def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        sequence: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> BlandObject:
        """Create a campaign that calls a list of numbers with shared call settings and a follow-up retry plan."""

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Campaign]:
        """List all campaigns with their call counts and answer and hang-up statistics."""

    def get(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """Return a campaign's details, including its per-number entries, sequence steps and current state."""

    def stop(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Stop a campaign and cancel its associated calls; returns how many calls were stopped."""


class Batches(APIResource):
    """The `batches` endpoints: create, list, get, logs, stop, create_v1_legacy."""

    def create(
        self,
        *,
        call_objects: builtins.list[dict[str, Any]] | None = None,
        global_: dict[str, Any],
        description: str | None = None,
        status_webhook: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a batch of outbound calls from per-call objects plus shared defaults; returns the batch ID."""

    def list(
        self,
        *,
        take: int | None = None,
        skip: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Batch]:
        """List call batches with their base settings, call objects and creation time, with paging."""

    def get(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Batch:
        """Return one batch's details, including its base settings, call objects and status."""

    def logs(
        self,
        batch_id: str,
        *,
        take: int | None = None,
        skip: int | None = None,
        direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BatchLog]:
        """Return a batch's lifecycle log entries, such as dispatch and completion events, with paging."""

    def stop(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Stop a running or scheduled batch so its remaining calls are not placed."""

    def create_v1_legacy(
        self,
        *,
        base_prompt: str,
        call_data: builtins.list[dict[str, Any]],
        from_: str | None = None,
        label: str | None = None,
        campaign_id: str | None = None,
        test_mode: bool | None = None,
        batch_webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> BlandObject:
        """Send a batch of calls from a shared prompt template and per-call data using the legacy v1 API."""


class Intelligence(APIResource):
    """The `intelligence` endpoints: analyze_emotions."""

    def analyze_emotions(
        self,
        *,
        call_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Detect the dominant emotion in a past call's recording, such as neutral, happy, angry, sad or fear."""


class Sms(APIResource):
    """The `sms` endpoints: list_numbers, update_config, send, send_batch, create_conversation, list_conversations,
    get_conversation, update_conversation, delete_messages, delete_conversation, conversation_webhook,
    analyze_conversation, update_number_legacy, update_webhook, toggle_human_mode, messages_legacy, clear_conversation,
    register_a2p_brand, a2p_status.
    """

    def list_numbers(
        self,
        *,
        channel: Literal['whatsapp', 'imessage'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[SMSNumber]:
        """List your SMS-enabled numbers with their messaging configuration and conversation counts."""

    def update_config(
        self,
        *,
        phone_number: str,
        webhook: str | None = None,
        request_data: dict[str, Any] | list[Any] | None = None,
        time_out: float | None = None,
        timeout_action: str | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        messaging_service_sid: str | None = None,
        objective: str | None = None,
        tools: list[Any] | None = None,
        temperature: float | None = None,
        pathway_id: str | None = None,
        pathway_version: str | None = None,
        start_node_id: str | None = None,
        restart_after_end_call: bool | None = None,
        timezone: str | None = None,
        summary_prompt: str | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Configure how an SMS number replies, including its prompt or pathway, webhook, tools and timeouts."""

    def send(
        self,
        *,
        user_number: str,
        agent_number: str,
        agent_message: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        persona_id: str | None = None,
        persona_version: Literal['production', 'draft'] | None = None,
        persona_settings: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        pathway_version: float | None = None,
        start_node_id: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        content_sid: str | None = None,
        content_variables: dict[str, Any] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send an SMS from your number to a recipient, either a given text or one written by the agent."""

    def send_batch(
        self,
        *,
        file_id: str,
        global_: dict[str, Any],
        column_mapping: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send SMS messages to every recipient in an uploaded CSV or JSON file using shared defaults."""

    def create_conversation(
        self,
        *,
        user_number: str,
        agent_number: str,
        message: str,
        message_sid: str | None = None,
        curr_pathway_id: str | None = None,
        curr_pathway_version: str | None = None,
        current_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        sender: Literal['USER', 'AGENT'] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create an SMS conversation with a stored first message and state, without sending anything."""

    def list_conversations(
        self,
        *,
        page: float | None = None,
        page_size: float | None = None,
        sort_by: Literal['created_at', 'updated_at', 'user_number', 'agent_number', 'is_active', 'message_count', 'curr_pathway_id', 'curr_pathway_version', 'timed_out_at'] | None = None,
        sort_dir: Literal['asc', 'desc'] | None = None,
        filters: str | list[Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[SMSConversation]:
        """List SMS conversations with filtering, sorting and page-based paging."""

    def get_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> SMSConversation:
        """Return one SMS conversation with its messages and disposition logs."""

    def update_conversation(
        self,
        conversation_id: str,
        *,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> SMSConversation:
        """Update an SMS conversation, such as marking it inactive."""

    def delete_messages(
        self,
        conversation_id: str,
        *,
        message_ids: list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete specific messages from an SMS conversation and return how many were removed."""

    def delete_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Permanently delete an SMS conversation and all of its messages."""

    def conversation_webhook(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the webhook sent for an SMS conversation, including its URL, payload and delivery attempts."""

    def analyze_conversation(
        self,
        *,
        schema_id: str,
        conversation_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Extract variables from an SMS conversation using a citation schema; returns values and citations."""

    def update_number_legacy(
        self,
        *,
        phone_number: str | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        prompt: str | None = None,
        ignore_keywords: list[str] | None = None,
        temperature: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update an SMS number's reply prompt, temperature and ignored keywords using the older endpoint."""

    def update_webhook(
        self,
        *,
        phone_number: str | None = None,
        webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Set the webhook URL that receives an SMS number's inbound, outbound and status events."""

    def toggle_human_mode(
        self,
        *,
        phone_number: str | None = None,
        on: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Switch an SMS number between AI replies and human mode, where the AI stops replying."""

    def messages_legacy(
        self,
        *,
        to: str | None = None,
        from_: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the SMS message history between your number and another number."""

    def clear_conversation(
        self,
        *,
        to: str,
        from_: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Hide an SMS conversation's history from the AI without deleting the messages."""

    def register_a2p_brand(
        self,
        *,
        business_name: str,
        ein: str,
        vertical: Literal['AUTOMOTIVE', 'AGRICULTURE', 'BANKING', 'CONSTRUCTION', 'CONSUMER', 'EDUCATION', 'ENGINEERING', 'ENERGY', 'OIL_AND_GAS', 'FAST_MOVING_CONSUMER_GOODS', 'FINANCIAL', 'FINTECH', 'FOOD_AND_BEVERAGE', 'GOVERNMENT', 'HEALTHCARE', 'HOSPITALITY', 'INSURANCE', 'LEGAL', 'MANUFACTURING', 'MEDIA', 'ONLINE', 'PROFESSIONAL_SERVICES', 'RAW_MATERIALS', 'REAL_ESTATE', 'RELIGION', 'RETAIL', 'JEWELRY', 'TECHNOLOGY', 'TELECOMMUNICATIONS', 'TRANSPORTATION', 'TRAVEL', 'ELECTRONICS', 'NOT_FOR_PROFIT'],
        address: str,
        city: str,
        state: str,
        postal_code: str,
        country: str,
        email: str,
        type: Literal['Partnership', 'Limited Liability Corporation', 'Co-operative', 'Non-profit Corporation', 'Corporation'],
        website: str,
        opt_in_info: str,
        message_samples: list[str],
        trusted_user: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Submit your business details for A2P 10DLC brand registration so you can send SMS in the US."""

    def a2p_status(
        self,
        *,
        registration_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Check the status of an A2P SMS brand registration, including any failure reason."""


class BlockedNumbers(APIResource):
    """The `blocked_numbers` endpoints: create, list, get, delete, edit."""

    def create(
        self,
        *,
        numbers: builtins.list[str],
        is_global: bool,
        inbound_number: str | None = None,
        reason: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Block up to 10 numbers from calling all your inbound numbers or one specific inbound number."""

    def list(
        self,
        *,
        inbound_number: str | None = None,
        active_only: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlockRule]:
        """List block rules for one inbound number, or global rules if none is given, optionally active only."""

    def get(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlockRule:
        """Return one block rule, including the blocked number, scope, reason and whether it is active."""

    def delete(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a block rule so the number can call your inbound lines again."""

    def edit(
        self,
        block_id: str,
        *,
        reason: str | None = None,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlockRule:
        """Change a block rule's reason or turn its enforcement on or off."""


class Voices(APIResource):
    """The `voices` endpoints: list, get, clone, rename, delete, settings, update_settings, update_config, rate, unrate,
    check_name, list_shared, add_from_library, list_samples, add_samples, get_sample, update_sample_transcriptions,
    delete_samples, generate_sample_legacy.
    """

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Voice]:
        """List the voices available to you: curated defaults, your clones and voices added from the library."""

    def get(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Voice:
        """Return one voice's details by ID or curated voice name, including description, tags and ratings."""

    def clone(
        self,
        *,
        name: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        gender: Literal['male', 'female'] | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a cloned voice from an uploaded audio sample; returns the new voice ID."""

    def rename(
        self,
        voice_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Rename a voice you own; the new name must be unique in your library."""

    def delete(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a voice you own so it no longer appears in your voice list."""

    def settings(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return a voice's tuning settings, such as consistency and expressiveness, with their allowed ranges."""

    def update_settings(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost_language_consistency: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Change a voice's tuning settings, such as consistency, expressiveness or language consistency."""

    def update_config(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost: Literal[0, 1] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Change a voice's configuration, such as consistency, expressiveness or boost, and return the voice."""

    def rate(
        self,
        voice_id: str,
        *,
        rating: int,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Rate a voice from 1 to 5 stars; returns the voice's total rating count and average rating."""

    def unrate(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Remove the rating you previously gave to a shared voice."""

    def check_name(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Check whether a voice name is still available in your library."""

    def list_shared(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        search: str | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Voice]:
        """Browse the shared voice library, with text search, language filter and paging."""

    def add_from_library(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Add a voice from the shared library to your own voices."""

    def list_samples(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List the audio samples of a voice you own, optionally including the audio data."""

    def add_samples(
        self,
        *,
        voice_id: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Upload WAV audio samples to a voice you own to improve it."""

    def get_sample(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal['audio', 'json'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return one voice sample as WAV audio or as JSON with its transcription and base64 audio."""

    def update_sample_transcriptions(
        self,
        voice_id: str,
        *,
        samples: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Set the transcriptions of a voice's audio samples."""

    def delete_samples(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete audio samples from a voice and retrain the voice on the samples that remain."""

    def generate_sample_legacy(
        self,
        voice_id: str,
        *,
        text: str,
        voice_settings: dict[str, Any] | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Generate a short audio clip of a voice speaking the given text using the removed legacy endpoint."""


class Pathways(APIResource):
    """The `pathways` endpoints: list, get, session_token, call_events, create, update, delete, generate,
    generation_status.
    """

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Pathway]:
        """List your conversational pathways with their names, descriptions, nodes and edges."""

    def get(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pathway:
        """Return one conversational pathway with its name, description, nodes and edges."""

    def session_token(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a pathway session token for pathway chat access, valid for one hour, with its expiry."""

    def call_events(
        self,
        call_id: str,
        *,
        v: Literal['2'],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """Return the event timeline of a pathway call, such as node changes and operations, in order."""

    def create(
        self,
        *,
        name: str,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create an empty conversational pathway with a name and description; returns its pathway ID."""

    def update(
        self,
        pathway_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        nodes: builtins.list[dict[str, Any]] | None = None,
        edges: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a pathway's name, description, nodes or edges."""

    def delete(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Permanently delete a conversational pathway by its ID."""

    def generate(
        self,
        *,
        input_prompt: str,
        input_name: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Start generating a conversational pathway from a text description; returns a job ID to poll."""

    def generation_status(
        self,
        job_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Check a pathway generation job and return the new pathway ID, or an error, once it is ready."""


class PathwayChat(APIResource):
    """The `pathway_chat` endpoints: create, send, history."""

    def create(
        self,
        *,
        pathway_id: str,
        start_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        use_candidate_model: bool | None = None,
        pathway_version: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Start a text chat session with a pathway for testing, with optional start node and variables."""

    def send(
        self,
        chat_id: str,
        *,
        message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send a message in a pathway chat and return the agent's replies, current node and variables."""

    def history(
        self,
        chat_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """Return the message history of a pathway chat session."""


class PathwayVersions(APIResource):
    """The `pathway_versions` endpoints: list, get, promote, create, update, delete."""

    def list(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[PathwayVersion]:
        """List a pathway's versions with their number, name, creation time and whether each is the latest."""

    def get(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> PathwayVersion:
        """Return the nodes and edges of a specific pathway version, or of the live pathway with version 0."""

    def promote(
        self,
        pathway_id: str,
        *,
        version_id: float,
        environment: Literal['production', 'staging'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Publish a pathway version to an environment such as production, making it the one calls use."""

    def create(
        self,
        pathway_id: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a new version of a pathway from a name, nodes and edges; returns its ID and version number."""

    def update(
        self,
        pathway_id: str,
        version_number: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Overwrite a pathway version's name, nodes and edges."""

    def delete(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a pathway version by archiving it."""


class PathwayFolders(APIResource):
    """The `pathway_folders` endpoints: list, list_pathways, create, delete, update, move_pathway."""

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List your pathway folders with their names and parent folders."""

    def list_pathways(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Pathway]:
        """List the pathways in a folder with their names, descriptions and creation times."""

    def create(
        self,
        *,
        name: str,
        parent_folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a pathway folder, optionally inside a parent folder; returns the new folder ID."""

    def delete(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a pathway folder; the folder must be empty first."""

    def update(
        self,
        folder_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Rename a pathway folder and return its ID, new name and parent folder."""

    def move_pathway(
        self,
        *,
        pathway_id: str,
        folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Move a pathway into a folder, or back to the root level."""


class VectorKnowledgeBases(APIResource):
    """The `vector_knowledge_bases` endpoints: create, upload_media, upload_text, update, list, get, delete."""

    def create(
        self,
        *,
        name: str,
        description: str,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a knowledge base from text for agents to consult during calls; returns its vector ID."""

    def upload_media(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a knowledge base from an uploaded MP3 or MP4 media file."""

    def upload_text(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a knowledge base from an uploaded PDF, TXT, DOC or DOCX document."""

    def update(
        self,
        vector_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        text: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Replace a knowledge base's name, description and document text."""

    def list(
        self,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List your vector knowledge bases with their IDs, names and descriptions."""

    def get(
        self,
        vector_id: str,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return a vector knowledge base's name and description, optionally with its text."""

    def delete(
        self,
        vector_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a vector knowledge base so agents can no longer consult it."""


class KnowledgeBases(APIResource):
    """The `knowledge_bases` endpoints: create_from_file, create_from_text, create_from_web, list, get, update, delete,
    discover_sitemap_urls, chat.
    """

    def create_from_file(
        self,
        *,
        type: Literal['file'] = 'file',
        name: str | None = None,
        description: str | None = None,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Create a knowledge base from an uploaded document such as a PDF or Word file."""

    def create_from_text(
        self,
        *,
        type: Literal['text'] = 'text',
        name: str,
        description: str | None = None,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Create a knowledge base from raw text of up to 1 MB."""

    def create_from_web(
        self,
        *,
        type: Literal['web'] = 'web',
        name: str,
        description: str | None = None,
        urls: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Create a knowledge base by scraping up to 100 web pages."""

    def list(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[KnowledgeBase]:
        """List your knowledge bases with their type, processing status and source, with paging."""

    def get(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Return one knowledge base's details, including its type, processing status and source."""

    def update(
        self,
        knowledge_base_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Change a knowledge base's name or description without changing its content."""

    def delete(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a knowledge base by marking its status as deleted."""

    def discover_sitemap_urls(
        self,
        *,
        url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Find a website's sitemap and return the page URLs it lists, for choosing pages to scrape."""

    def chat(
        self,
        *,
        knowledge_base_id: str,
        messages: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Ask a knowledge base a question and get an answer with the source passages it used."""


class CustomTools(APIResource):
    """The `custom_tools` endpoints: create, update, delete, list, get."""

    def create(
        self,
        *,
        name: str,
        description: str,
        speech: str | None = None,
        url: str,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a custom tool that lets the agent call an external API during calls; returns the tool ID."""

    def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        speech: str | None = None,
        url: str | None = None,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a custom tool's name, description, request settings, input schema or response mapping."""

    def delete(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a custom tool so agents can no longer use it on calls."""

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List your custom tools with their IDs and definitions."""

    def get(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return one custom tool's definition, including its request settings and input schema."""


class ToolsV2(APIResource):
    """The `tools_v2` endpoints: create, update, list, execution_logs, execution_stats."""

    def create(
        self,
        *,
        name: str,
        description: str,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'],
        action: str,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a tool that runs an integration action during calls; returns the tool ID."""

    def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'] | None = None,
        action: str | None = None,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a tool's settings; only the fields provided are changed."""

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        order_by: Literal['created_at'] | None = None,
        order_direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List your tools with text search, sorting and paging."""

    def execution_logs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        call_id: str | None = None,
        error_type: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        execution_time_ms_gt: float | None = None,
        execution_time_ms_lt: float | None = None,
        input_size_kb_gt: float | None = None,
        input_size_kb_lt: float | None = None,
        output_size_kb_gt: float | None = None,
        output_size_kb_lt: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List tool execution logs, filtered by tool, call, status, time range, duration or size."""

    def execution_stats(
        self,
        *,
        group_by: str | None = None,
        metrics: str | None = None,
        period: Literal['today', 'week', 'month'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        error_type: str | None = None,
        call_id: str | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return tool execution statistics such as counts and average times, grouped by chosen fields."""


class WebAgents(APIResource):
    """The `web_agents` endpoints: create, update, authorize_call, delete, list."""

    def create(
        self,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        keywords: builtins.list[str] | None = None,
        max_duration: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a web agent for browser voice calls, with a prompt or pathway, voice and tools."""

    def update(
        self,
        agent_id: str,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        max_duration: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a web agent's settings, such as its prompt, pathway, voice, tools or webhook."""

    def authorize_call(
        self,
        agent_id: str,
        *,
        request_data: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a one-time session token that lets a browser client start a call with a web agent."""

    def delete(
        self,
        agent_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a web agent so it can no longer take browser calls."""

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List your web agents with their settings."""


class TwilioAccounts(APIResource):
    """The `twilio_accounts` endpoints: create_encrypted_key, delete_encrypted_key, upload_inbound_numbers,
    delete_inbound_number.
    """

    def create_encrypted_key(
        self,
        *,
        account_sid: str,
        auth_token: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Store your Twilio account credentials and return an encrypted key for calls using your numbers."""

    def delete_encrypted_key(
        self,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a stored Twilio encrypted key so it can no longer be used."""

    def upload_inbound_numbers(
        self,
        *,
        numbers: list[str],
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Add phone numbers from your own Twilio account as inbound numbers; returns those added."""

    def delete_inbound_number(
        self,
        phone_number: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Remove one of your Twilio inbound phone numbers."""


class Account(APIResource):
    """The `account` endpoints: get."""

    def get(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> _models.Account:
        """Return the account's status, balance, refill setting and total call count."""


class Organizations(APIResource):
    """The `organizations` endpoints: create, delete, get, members, current_service_version, service_versions,
    update_service_version, update_members, update_member_permissions, update_properties, memberships, leave, billing,
    billing_refill, audit_logs.
    """

    def create(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Organization:
        """Create an organization with the given name and return its details."""

    def delete(
        self,
        org_id: str,
        *,
        delete_confirm: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete an organization, confirming with its slug."""

    def get(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Organization:
        """Return an organization's details, including its name, plan, limits and preferences."""

    def members(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Member]:
        """List an organization's members with their names, contact details and permissions."""

    def current_service_version(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the version ID of a service that an organization currently uses."""

    def service_versions(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List the versions of a service available to an organization, with support status and tags."""

    def update_service_version(
        self,
        org_id: str,
        service: str,
        *,
        version: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Pin an organization to a specific version of a service."""

    def update_members(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove'],
        target: str,
        permissions: list[str] | None = None,
        is_invite: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Add or invite a member to an organization, or remove a member or pending invite."""

    def update_member_permissions(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove', 'reset', 'set'],
        target: str,
        permissions: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Change an organization member's roles and return the resulting role list."""

    def update_properties(
        self,
        org_id: str,
        *,
        updates: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Organization:
        """Update an organization's display name or preferences, such as recording retention."""

    def memberships(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[Member]:
        """List the organizations you belong to, with your roles in each."""

    def leave(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Leave an organization that you are a member of."""

    def billing(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Billing:
        """Return an organization's current balance and its automatic refill amount and threshold."""

    def billing_refill(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> float | None:
        """Return an organization's automatic refill amount."""

    def audit_logs(
        self,
        *,
        event_type: str | None = None,
        actor_id: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        page: float | None = None,
        page_size: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Page[BlandObject]:
        """List the organization's audit log events, filtered by event type, user and time, with paging."""


class RawCalls(APIResource):
    """The `calls` endpoints: send, send_simple, send_pathway_simple, analyze, stop, stop_all_active, listen,
    transcript_stream_url, transfer, list, list_active, get, event_stream, recording, corrected_transcript,
    postcall_webhook, create_postcall_webhook, resend_postcall_webhook (returning the `httpx.Response`).
    """

    def send(
        self,
        *,
        phone_number: str,
        task: str | None = None,
        pathway_id: str | None = None,
        pathway_version: int | None = None,
        voice: str | None = None,
        first_sentence: str | None = None,
        persona_id: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        language: Literal['babel', 'fluent', 'en', 'babel-en', 'en-US', 'en-GB', 'en-AU', 'en-NZ', 'en-IN', 'es', 'babel-es', 'es-419', 'fr', 'babel-fr', 'fr-CA', 'de', 'babel-de', 'el', 'hi', 'hi-Latn', 'hu', 'ja', 'ko', 'ko-KR', 'vi', 'pt', 'pt-BR', 'pt-PT', 'zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'zh-Hant', 'it', 'nl', 'pl', 'ru', 'sv', 'sv-SE', 'da', 'da-DK', 'fi', 'no', 'id', 'ms', 'tr', 'uk', 'bg', 'cs', 'ro', 'sk', 'auto'] | None = None,
        wait_for_greeting: bool | None = None,
        pronunciation_guide: builtins.list[dict[str, Any]] | None = None,
        temperature: float | None = None,
        interruption_threshold: float | None = None,
        interruptibility: Literal[0, 1, 2, 3] | None = None,
        from_: str | None = None,
        dialing_strategy: dict[str, Any] | None = None,
        timezone: str | None = None,
        start_time: datetime | date | str | None = None,
        transfer_phone_number: str | None = None,
        transfer_list: dict[str, str] | None = None,
        max_duration: int | None = None,
        tools: builtins.list[str | dict[str, Any]] | None = None,
        background_track: Literal['office', 'cafe', 'restaurant', 'none'] | None = None,
        noise_cancellation: bool | None = None,
        block_interruptions: bool | None = None,
        record: bool | None = None,
        voicemail: dict[str, Any] | None = None,
        citation_schema_ids: builtins.list[str] | None = None,
        stream_post_transfer_transcript: bool | None = None,
        post_call_evals: dict[str, Any] | None = None,
        summary_prompt: str | None = None,
        retry: dict[str, Any] | None = None,
        dispositions: builtins.list[str] | None = None,
        request_data: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
        webhook: str | None = None,
        webhook_events: builtins.list[str] | None = None,
        dynamic_data: builtins.list[dict[str, Any]] | None = None,
        keywords: builtins.list[str] | None = None,
        ignore_button_press: bool | None = None,
        precall_dtmf_sequence: str | None = None,
        guard_rails: builtins.list[dict[str, Any]] | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Place an outbound AI phone call using a task prompt or pathway, with voice, timing and webhook options."""

    def send_simple(
        self,
        *,
        phone_number: str,
        task: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Place an outbound AI phone call to one number using a plain-text task prompt; returns the call ID."""

    def send_pathway_simple(
        self,
        *,
        phone_number: str,
        pathway_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Place an outbound AI phone call that follows a conversational pathway; returns the call ID."""

    def analyze(
        self,
        call_id: str,
        *,
        goal: str,
        questions: builtins.list[builtins.list[str]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Answer your questions about a finished call using AI, given the call's goal; returns one answer per question.
        """

    def stop(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Hang up an active call, or cancel a call that is scheduled but not yet started."""

    def stop_all_active(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Hang up all of the account's active calls and return how many are being stopped."""

    def listen(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Get a WebSocket URL that streams live audio of an in-progress call for monitoring."""

    def transcript_stream_url(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Get a short-lived WebSocket URL that streams a call's transcript after it is transferred."""

    def transfer(
        self,
        *,
        call_id: str,
        transfer_number: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Transfer an in-progress call to another phone number without announcing it."""

    def list(
        self,
        *,
        from_number: str | None = None,
        to_number: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        ascending: bool | None = None,
        sort_by: Literal['created_at', 'updated_at'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        created_at: datetime | date | str | None = None,
        timezone: str | None = None,
        update_start_date: datetime | date | str | None = None,
        update_end_date: datetime | date | str | None = None,
        completed: bool | None = None,
        batch_id: str | None = None,
        answered_by: str | None = None,
        inbound: bool | None = None,
        duration_gt: float | None = None,
        duration_lt: float | None = None,
        campaign_id: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List calls, filtered by number, date, batch, campaign, duration or outcome, with sorting and paging."""

    def list_active(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the calls currently in progress or queued, with their numbers, status and start time."""

    def get(
        self,
        call_id: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return full details of one call, including status, length, transcript, recording URL and variables."""

    def event_stream(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the logged events of a call, each with level, category, message and timestamp."""

    def recording(
        self,
        call_id: str,
        *,
        audio_format: Literal['audio/mpeg', 'audio/wav'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> httpx.Response:
        """Download the audio recording of a completed call as an audio file."""

    def corrected_transcript(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a call transcript re-generated from the recording, aligned with the original one."""

    def postcall_webhook(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the post-call webhook record for a call, including its payload, URL and delivery attempts."""

    def create_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        webhook_url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send post-call webhooks to a URL for calls that have not yet sent one."""

    def resend_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Resend the post-call webhook for calls that already sent one, to the original URL."""


class RawCampaigns(APIResource):
    """The `campaigns` endpoints: create, list, get, stop (returning the `httpx.Response`)."""

    def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        sequence: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> httpx.Response:
        """Create a campaign that calls a list of numbers with shared call settings and a follow-up retry plan."""

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List all campaigns with their call counts and answer and hang-up statistics."""

    def get(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a campaign's details, including its per-number entries, sequence steps and current state."""

    def stop(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Stop a campaign and cancel its associated calls; returns how many calls were stopped."""


class RawBatches(APIResource):
    """The `batches` endpoints: create, list, get, logs, stop, create_v1_legacy (returning the `httpx.Response`)."""

    def create(
        self,
        *,
        call_objects: builtins.list[dict[str, Any]] | None = None,
        global_: dict[str, Any],
        description: str | None = None,
        status_webhook: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a batch of outbound calls from per-call objects plus shared defaults; returns the batch ID."""

    def list(
        self,
        *,
        take: int | None = None,
        skip: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List call batches with their base settings, call objects and creation time, with paging."""

    def get(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one batch's details, including its base settings, call objects and status."""

    def logs(
        self,
        batch_id: str,
        *,
        take: int | None = None,
        skip: int | None = None,
        direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a batch's lifecycle log entries, such as dispatch and completion events, with paging."""

    def stop(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Stop a running or scheduled batch so its remaining calls are not placed."""

    def create_v1_legacy(
        self,
        *,
        base_prompt: str,
        call_data: builtins.list[dict[str, Any]],
        from_: str | None = None,
        label: str | None = None,
        campaign_id: str | None = None,
        test_mode: bool | None = None,
        batch_webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> httpx.Response:
        """Send a batch of calls from a shared prompt template and per-call data using the legacy v1 API."""


class RawIntelligence(APIResource):
    """The `intelligence` endpoints: analyze_emotions (returning the `httpx.Response`)."""

    def analyze_emotions(
        self,
        *,
        call_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Detect the dominant emotion in a past call's recording, such as neutral, happy, angry, sad or fear."""


class RawSms(APIResource):
    """The `sms` endpoints: list_numbers, update_config, send, send_batch, create_conversation, list_conversations,
    get_conversation, update_conversation, delete_messages, delete_conversation, conversation_webhook,
    analyze_conversation, update_number_legacy, update_webhook, toggle_human_mode, messages_legacy, clear_conversation,
    register_a2p_brand, a2p_status (returning the `httpx.Response`).
    """

    def list_numbers(
        self,
        *,
        channel: Literal['whatsapp', 'imessage'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your SMS-enabled numbers with their messaging configuration and conversation counts."""

    def update_config(
        self,
        *,
        phone_number: str,
        webhook: str | None = None,
        request_data: dict[str, Any] | list[Any] | None = None,
        time_out: float | None = None,
        timeout_action: str | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        messaging_service_sid: str | None = None,
        objective: str | None = None,
        tools: list[Any] | None = None,
        temperature: float | None = None,
        pathway_id: str | None = None,
        pathway_version: str | None = None,
        start_node_id: str | None = None,
        restart_after_end_call: bool | None = None,
        timezone: str | None = None,
        summary_prompt: str | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Configure how an SMS number replies, including its prompt or pathway, webhook, tools and timeouts."""

    def send(
        self,
        *,
        user_number: str,
        agent_number: str,
        agent_message: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        persona_id: str | None = None,
        persona_version: Literal['production', 'draft'] | None = None,
        persona_settings: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        pathway_version: float | None = None,
        start_node_id: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        content_sid: str | None = None,
        content_variables: dict[str, Any] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send an SMS from your number to a recipient, either a given text or one written by the agent."""

    def send_batch(
        self,
        *,
        file_id: str,
        global_: dict[str, Any],
        column_mapping: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send SMS messages to every recipient in an uploaded CSV or JSON file using shared defaults."""

    def create_conversation(
        self,
        *,
        user_number: str,
        agent_number: str,
        message: str,
        message_sid: str | None = None,
        curr_pathway_id: str | None = None,
        curr_pathway_version: str | None = None,
        current_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        sender: Literal['USER', 'AGENT'] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create an SMS conversation with a stored first message and state, without sending anything."""

    def list_conversations(
        self,
        *,
        page: float | None = None,
        page_size: float | None = None,
        sort_by: Literal['created_at', 'updated_at', 'user_number', 'agent_number', 'is_active', 'message_count', 'curr_pathway_id', 'curr_pathway_version', 'timed_out_at'] | None = None,
        sort_dir: Literal['asc', 'desc'] | None = None,
        filters: str | list[Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List SMS conversations with filtering, sorting and page-based paging."""

    def get_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one SMS conversation with its messages and disposition logs."""

    def update_conversation(
        self,
        conversation_id: str,
        *,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update an SMS conversation, such as marking it inactive."""

    def delete_messages(
        self,
        conversation_id: str,
        *,
        message_ids: list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete specific messages from an SMS conversation and return how many were removed."""

    def delete_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Permanently delete an SMS conversation and all of its messages."""

    def conversation_webhook(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the webhook sent for an SMS conversation, including its URL, payload and delivery attempts."""

    def analyze_conversation(
        self,
        *,
        schema_id: str,
        conversation_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Extract variables from an SMS conversation using a citation schema; returns values and citations."""

    def update_number_legacy(
        self,
        *,
        phone_number: str | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        prompt: str | None = None,
        ignore_keywords: list[str] | None = None,
        temperature: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update an SMS number's reply prompt, temperature and ignored keywords using the older endpoint."""

    def update_webhook(
        self,
        *,
        phone_number: str | None = None,
        webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Set the webhook URL that receives an SMS number's inbound, outbound and status events."""

    def toggle_human_mode(
        self,
        *,
        phone_number: str | None = None,
        on: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Switch an SMS number between AI replies and human mode, where the AI stops replying."""

    def messages_legacy(
        self,
        *,
        to: str | None = None,
        from_: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the SMS message history between your number and another number."""

    def clear_conversation(
        self,
        *,
        to: str,
        from_: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Hide an SMS conversation's history from the AI without deleting the messages."""

    def register_a2p_brand(
        self,
        *,
        business_name: str,
        ein: str,
        vertical: Literal['AUTOMOTIVE', 'AGRICULTURE', 'BANKING', 'CONSTRUCTION', 'CONSUMER', 'EDUCATION', 'ENGINEERING', 'ENERGY', 'OIL_AND_GAS', 'FAST_MOVING_CONSUMER_GOODS', 'FINANCIAL', 'FINTECH', 'FOOD_AND_BEVERAGE', 'GOVERNMENT', 'HEALTHCARE', 'HOSPITALITY', 'INSURANCE', 'LEGAL', 'MANUFACTURING', 'MEDIA', 'ONLINE', 'PROFESSIONAL_SERVICES', 'RAW_MATERIALS', 'REAL_ESTATE', 'RELIGION', 'RETAIL', 'JEWELRY', 'TECHNOLOGY', 'TELECOMMUNICATIONS', 'TRANSPORTATION', 'TRAVEL', 'ELECTRONICS', 'NOT_FOR_PROFIT'],
        address: str,
        city: str,
        state: str,
        postal_code: str,
        country: str,
        email: str,
        type: Literal['Partnership', 'Limited Liability Corporation', 'Co-operative', 'Non-profit Corporation', 'Corporation'],
        website: str,
        opt_in_info: str,
        message_samples: list[str],
        trusted_user: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Submit your business details for A2P 10DLC brand registration so you can send SMS in the US."""

    def a2p_status(
        self,
        *,
        registration_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Check the status of an A2P SMS brand registration, including any failure reason."""


class RawBlockedNumbers(APIResource):
    """The `blocked_numbers` endpoints: create, list, get, delete, edit (returning the `httpx.Response`)."""

    def create(
        self,
        *,
        numbers: builtins.list[str],
        is_global: bool,
        inbound_number: str | None = None,
        reason: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Block up to 10 numbers from calling all your inbound numbers or one specific inbound number."""

    def list(
        self,
        *,
        inbound_number: str | None = None,
        active_only: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List block rules for one inbound number, or global rules if none is given, optionally active only."""

    def get(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one block rule, including the blocked number, scope, reason and whether it is active."""

    def delete(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a block rule so the number can call your inbound lines again."""

    def edit(
        self,
        block_id: str,
        *,
        reason: str | None = None,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a block rule's reason or turn its enforcement on or off."""


class RawVoices(APIResource):
    """The `voices` endpoints: list, get, clone, rename, delete, settings, update_settings, update_config, rate, unrate,
    check_name, list_shared, add_from_library, list_samples, add_samples, get_sample, update_sample_transcriptions,
    delete_samples, generate_sample_legacy (returning the `httpx.Response`).
    """

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the voices available to you: curated defaults, your clones and voices added from the library."""

    def get(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one voice's details by ID or curated voice name, including description, tags and ratings."""

    def clone(
        self,
        *,
        name: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        gender: Literal['male', 'female'] | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a cloned voice from an uploaded audio sample; returns the new voice ID."""

    def rename(
        self,
        voice_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Rename a voice you own; the new name must be unique in your library."""

    def delete(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a voice you own so it no longer appears in your voice list."""

    def settings(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a voice's tuning settings, such as consistency and expressiveness, with their allowed ranges."""

    def update_settings(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost_language_consistency: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a voice's tuning settings, such as consistency, expressiveness or language consistency."""

    def update_config(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost: Literal[0, 1] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a voice's configuration, such as consistency, expressiveness or boost, and return the voice."""

    def rate(
        self,
        voice_id: str,
        *,
        rating: int,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Rate a voice from 1 to 5 stars; returns the voice's total rating count and average rating."""

    def unrate(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Remove the rating you previously gave to a shared voice."""

    def check_name(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Check whether a voice name is still available in your library."""

    def list_shared(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        search: str | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Browse the shared voice library, with text search, language filter and paging."""

    def add_from_library(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Add a voice from the shared library to your own voices."""

    def list_samples(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the audio samples of a voice you own, optionally including the audio data."""

    def add_samples(
        self,
        *,
        voice_id: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Upload WAV audio samples to a voice you own to improve it."""

    def get_sample(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal['audio', 'json'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one voice sample as WAV audio or as JSON with its transcription and base64 audio."""

    def update_sample_transcriptions(
        self,
        voice_id: str,
        *,
        samples: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Set the transcriptions of a voice's audio samples."""

    def delete_samples(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete audio samples from a voice and retrain the voice on the samples that remain."""

    def generate_sample_legacy(
        self,
        voice_id: str,
        *,
        text: str,
        voice_settings: dict[str, Any] | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Generate a short audio clip of a voice speaking the given text using the removed legacy endpoint."""


class RawPathways(APIResource):
    """The `pathways` endpoints: list, get, session_token, call_events, create, update, delete, generate, generation_status
    (returning the `httpx.Response`).
    """

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your conversational pathways with their names, descriptions, nodes and edges."""

    def get(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one conversational pathway with its name, description, nodes and edges."""

    def session_token(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a pathway session token for pathway chat access, valid for one hour, with its expiry."""

    def call_events(
        self,
        call_id: str,
        *,
        v: Literal['2'],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the event timeline of a pathway call, such as node changes and operations, in order."""

    def create(
        self,
        *,
        name: str,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create an empty conversational pathway with a name and description; returns its pathway ID."""

    def update(
        self,
        pathway_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        nodes: builtins.list[dict[str, Any]] | None = None,
        edges: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a pathway's name, description, nodes or edges."""

    def delete(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Permanently delete a conversational pathway by its ID."""

    def generate(
        self,
        *,
        input_prompt: str,
        input_name: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Start generating a conversational pathway from a text description; returns a job ID to poll."""

    def generation_status(
        self,
        job_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Check a pathway generation job and return the new pathway ID, or an error, once it is ready."""


class RawPathwayChat(APIResource):
    """The `pathway_chat` endpoints: create, send, history (returning the `httpx.Response`)."""

    def create(
        self,
        *,
        pathway_id: str,
        start_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        use_candidate_model: bool | None = None,
        pathway_version: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Start a text chat session with a pathway for testing, with optional start node and variables."""

    def send(
        self,
        chat_id: str,
        *,
        message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send a message in a pathway chat and return the agent's replies, current node and variables."""

    def history(
        self,
        chat_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the message history of a pathway chat session."""


class RawPathwayVersions(APIResource):
    """The `pathway_versions` endpoints: list, get, promote, create, update, delete (returning the `httpx.Response`)."""

    def list(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List a pathway's versions with their number, name, creation time and whether each is the latest."""

    def get(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the nodes and edges of a specific pathway version, or of the live pathway with version 0."""

    def promote(
        self,
        pathway_id: str,
        *,
        version_id: float,
        environment: Literal['production', 'staging'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Publish a pathway version to an environment such as production, making it the one calls use."""

    def create(
        self,
        pathway_id: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a new version of a pathway from a name, nodes and edges; returns its ID and version number."""

    def update(
        self,
        pathway_id: str,
        version_number: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Overwrite a pathway version's name, nodes and edges."""

    def delete(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a pathway version by archiving it."""


class RawPathwayFolders(APIResource):
    """The `pathway_folders` endpoints: list, list_pathways, create, delete, update, move_pathway (returning the
    `httpx.Response`).
    """

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your pathway folders with their names and parent folders."""

    def list_pathways(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the pathways in a folder with their names, descriptions and creation times."""

    def create(
        self,
        *,
        name: str,
        parent_folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a pathway folder, optionally inside a parent folder; returns the new folder ID."""

    def delete(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a pathway folder; the folder must be empty first."""

    def update(
        self,
        folder_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Rename a pathway folder and return its ID, new name and parent folder."""

    def move_pathway(
        self,
        *,
        pathway_id: str,
        folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Move a pathway into a folder, or back to the root level."""


class RawVectorKnowledgeBases(APIResource):
    """The `vector_knowledge_bases` endpoints: create, upload_media, upload_text, update, list, get, delete (returning the
    `httpx.Response`).
    """

    def create(
        self,
        *,
        name: str,
        description: str,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from text for agents to consult during calls; returns its vector ID."""

    def upload_media(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from an uploaded MP3 or MP4 media file."""

    def upload_text(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from an uploaded PDF, TXT, DOC or DOCX document."""

    def update(
        self,
        vector_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        text: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Replace a knowledge base's name, description and document text."""

    def list(
        self,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your vector knowledge bases with their IDs, names and descriptions."""

    def get(
        self,
        vector_id: str,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a vector knowledge base's name and description, optionally with its text."""

    def delete(
        self,
        vector_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a vector knowledge base so agents can no longer consult it."""


class RawKnowledgeBases(APIResource):
    """The `knowledge_bases` endpoints: create_from_file, create_from_text, create_from_web, list, get, update, delete,
    discover_sitemap_urls, chat (returning the `httpx.Response`).
    """

    def create_from_file(
        self,
        *,
        type: Literal['file'] = 'file',
        name: str | None = None,
        description: str | None = None,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from an uploaded document such as a PDF or Word file."""

    def create_from_text(
        self,
        *,
        type: Literal['text'] = 'text',
        name: str,
        description: str | None = None,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from raw text of up to 1 MB."""

    def create_from_web(
        self,
        *,
        type: Literal['web'] = 'web',
        name: str,
        description: str | None = None,
        urls: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base by scraping up to 100 web pages."""

    def list(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your knowledge bases with their type, processing status and source, with paging."""

    def get(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one knowledge base's details, including its type, processing status and source."""

    def update(
        self,
        knowledge_base_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a knowledge base's name or description without changing its content."""

    def delete(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a knowledge base by marking its status as deleted."""

    def discover_sitemap_urls(
        self,
        *,
        url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Find a website's sitemap and return the page URLs it lists, for choosing pages to scrape."""

    def chat(
        self,
        *,
        knowledge_base_id: str,
        messages: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Ask a knowledge base a question and get an answer with the source passages it used."""


class RawCustomTools(APIResource):
    """The `custom_tools` endpoints: create, update, delete, list, get (returning the `httpx.Response`)."""

    def create(
        self,
        *,
        name: str,
        description: str,
        speech: str | None = None,
        url: str,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a custom tool that lets the agent call an external API during calls; returns the tool ID."""

    def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        speech: str | None = None,
        url: str | None = None,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a custom tool's name, description, request settings, input schema or response mapping."""

    def delete(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a custom tool so agents can no longer use it on calls."""

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your custom tools with their IDs and definitions."""

    def get(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one custom tool's definition, including its request settings and input schema."""


class RawToolsV2(APIResource):
    """The `tools_v2` endpoints: create, update, list, execution_logs, execution_stats (returning the `httpx.Response`).
    """

    def create(
        self,
        *,
        name: str,
        description: str,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'],
        action: str,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a tool that runs an integration action during calls; returns the tool ID."""

    def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'] | None = None,
        action: str | None = None,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a tool's settings; only the fields provided are changed."""

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        order_by: Literal['created_at'] | None = None,
        order_direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your tools with text search, sorting and paging."""

    def execution_logs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        call_id: str | None = None,
        error_type: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        execution_time_ms_gt: float | None = None,
        execution_time_ms_lt: float | None = None,
        input_size_kb_gt: float | None = None,
        input_size_kb_lt: float | None = None,
        output_size_kb_gt: float | None = None,
        output_size_kb_lt: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List tool execution logs, filtered by tool, call, status, time range, duration or size."""

    def execution_stats(
        self,
        *,
        group_by: str | None = None,
        metrics: str | None = None,
        period: Literal['today', 'week', 'month'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        error_type: str | None = None,
        call_id: str | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return tool execution statistics such as counts and average times, grouped by chosen fields."""


class RawWebAgents(APIResource):
    """The `web_agents` endpoints: create, update, authorize_call, delete, list (returning the `httpx.Response`)."""

    def create(
        self,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        keywords: builtins.list[str] | None = None,
        max_duration: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a web agent for browser voice calls, with a prompt or pathway, voice and tools."""

    def update(
        self,
        agent_id: str,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        max_duration: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a web agent's settings, such as its prompt, pathway, voice, tools or webhook."""

    def authorize_call(
        self,
        agent_id: str,
        *,
        request_data: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a one-time session token that lets a browser client start a call with a web agent."""

    def delete(
        self,
        agent_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a web agent so it can no longer take browser calls."""

    def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your web agents with their settings."""


class RawTwilioAccounts(APIResource):
    """The `twilio_accounts` endpoints: create_encrypted_key, delete_encrypted_key, upload_inbound_numbers,
    delete_inbound_number (returning the `httpx.Response`).
    """

    def create_encrypted_key(
        self,
        *,
        account_sid: str,
        auth_token: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Store your Twilio account credentials and return an encrypted key for calls using your numbers."""

    def delete_encrypted_key(
        self,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a stored Twilio encrypted key so it can no longer be used."""

    def upload_inbound_numbers(
        self,
        *,
        numbers: list[str],
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Add phone numbers from your own Twilio account as inbound numbers; returns those added."""

    def delete_inbound_number(
        self,
        phone_number: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Remove one of your Twilio inbound phone numbers."""


class RawAccount(APIResource):
    """The `account` endpoints: get (returning the `httpx.Response`)."""

    def get(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the account's status, balance, refill setting and total call count."""


class RawOrganizations(APIResource):
    """The `organizations` endpoints: create, delete, get, members, current_service_version, service_versions,
    update_service_version, update_members, update_member_permissions, update_properties, memberships, leave, billing,
    billing_refill, audit_logs (returning the `httpx.Response`).
    """

    def create(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create an organization with the given name and return its details."""

    def delete(
        self,
        org_id: str,
        *,
        delete_confirm: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete an organization, confirming with its slug."""

    def get(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return an organization's details, including its name, plan, limits and preferences."""

    def members(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List an organization's members with their names, contact details and permissions."""

    def current_service_version(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the version ID of a service that an organization currently uses."""

    def service_versions(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the versions of a service available to an organization, with support status and tags."""

    def update_service_version(
        self,
        org_id: str,
        service: str,
        *,
        version: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Pin an organization to a specific version of a service."""

    def update_members(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove'],
        target: str,
        permissions: list[str] | None = None,
        is_invite: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Add or invite a member to an organization, or remove a member or pending invite."""

    def update_member_permissions(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove', 'reset', 'set'],
        target: str,
        permissions: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change an organization member's roles and return the resulting role list."""

    def update_properties(
        self,
        org_id: str,
        *,
        updates: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update an organization's display name or preferences, such as recording retention."""

    def memberships(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the organizations you belong to, with your roles in each."""

    def leave(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Leave an organization that you are a member of."""

    def billing(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return an organization's current balance and its automatic refill amount and threshold."""

    def billing_refill(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return an organization's automatic refill amount."""

    def audit_logs(
        self,
        *,
        event_type: str | None = None,
        actor_id: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        page: float | None = None,
        page_size: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the organization's audit log events, filtered by event type, user and time, with paging."""


class RawResponse:
    """`BlandClient.with_raw_response`: the same groups and `invoke`, returning the `httpx.Response`."""

    @property
    def calls(self) -> RawCalls:
        """The `calls` endpoints: send, send_simple, send_pathway_simple, analyze, stop, stop_all_active, listen,
        transcript_stream_url, transfer, list, list_active, get, event_stream, recording, corrected_transcript,
        postcall_webhook, create_postcall_webhook, resend_postcall_webhook.
        """

    @property
    def campaigns(self) -> RawCampaigns:
        """The `campaigns` endpoints: create, list, get, stop."""

    @property
    def batches(self) -> RawBatches:
        """The `batches` endpoints: create, list, get, logs, stop, create_v1_legacy."""

    @property
    def intelligence(self) -> RawIntelligence:
        """The `intelligence` endpoints: analyze_emotions."""

    @property
    def sms(self) -> RawSms:
        """The `sms` endpoints: list_numbers, update_config, send, send_batch, create_conversation, list_conversations,
        get_conversation, update_conversation, delete_messages, delete_conversation, conversation_webhook,
        analyze_conversation, update_number_legacy, update_webhook, toggle_human_mode, messages_legacy,
        clear_conversation, register_a2p_brand, a2p_status.
        """

    @property
    def blocked_numbers(self) -> RawBlockedNumbers:
        """The `blocked_numbers` endpoints: create, list, get, delete, edit."""

    @property
    def voices(self) -> RawVoices:
        """The `voices` endpoints: list, get, clone, rename, delete, settings, update_settings, update_config, rate,
        unrate, check_name, list_shared, add_from_library, list_samples, add_samples, get_sample,
        update_sample_transcriptions, delete_samples, generate_sample_legacy.
        """

    @property
    def pathways(self) -> RawPathways:
        """The `pathways` endpoints: list, get, session_token, call_events, create, update, delete, generate,
        generation_status.
        """

    @property
    def pathway_chat(self) -> RawPathwayChat:
        """The `pathway_chat` endpoints: create, send, history."""

    @property
    def pathway_versions(self) -> RawPathwayVersions:
        """The `pathway_versions` endpoints: list, get, promote, create, update, delete."""

    @property
    def pathway_folders(self) -> RawPathwayFolders:
        """The `pathway_folders` endpoints: list, list_pathways, create, delete, update, move_pathway."""

    @property
    def vector_knowledge_bases(self) -> RawVectorKnowledgeBases:
        """The `vector_knowledge_bases` endpoints: create, upload_media, upload_text, update, list, get, delete."""

    @property
    def knowledge_bases(self) -> RawKnowledgeBases:
        """The `knowledge_bases` endpoints: create_from_file, create_from_text, create_from_web, list, get, update, delete,
        discover_sitemap_urls, chat.
        """

    @property
    def custom_tools(self) -> RawCustomTools:
        """The `custom_tools` endpoints: create, update, delete, list, get."""

    @property
    def tools_v2(self) -> RawToolsV2:
        """The `tools_v2` endpoints: create, update, list, execution_logs, execution_stats."""

    @property
    def web_agents(self) -> RawWebAgents:
        """The `web_agents` endpoints: create, update, authorize_call, delete, list."""

    @property
    def twilio_accounts(self) -> RawTwilioAccounts:
        """The `twilio_accounts` endpoints: create_encrypted_key, delete_encrypted_key, upload_inbound_numbers,
        delete_inbound_number.
        """

    @property
    def account(self) -> RawAccount:
        """The `account` endpoints: get."""

    @property
    def organizations(self) -> RawOrganizations:
        """The `organizations` endpoints: create, delete, get, members, current_service_version, service_versions,
        update_service_version, update_members, update_member_permissions, update_properties, memberships, leave,
        billing, billing_refill, audit_logs.
        """

    def invoke(self, name: str, /, **params: Any) -> httpx.Response:
        """`BlandClient.invoke`, returning the `httpx.Response`."""


class AsyncCalls(AsyncAPIResource):
    """The `calls` endpoints: send, send_simple, send_pathway_simple, analyze, stop, stop_all_active, listen,
    transcript_stream_url, transfer, list, list_active, get, event_stream, recording, corrected_transcript,
    postcall_webhook, create_postcall_webhook, resend_postcall_webhook (awaited).
    """

    async def send(
        self,
        *,
        phone_number: str,
        task: str | None = None,
        pathway_id: str | None = None,
        pathway_version: int | None = None,
        voice: str | None = None,
        first_sentence: str | None = None,
        persona_id: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        language: Literal['babel', 'fluent', 'en', 'babel-en', 'en-US', 'en-GB', 'en-AU', 'en-NZ', 'en-IN', 'es', 'babel-es', 'es-419', 'fr', 'babel-fr', 'fr-CA', 'de', 'babel-de', 'el', 'hi', 'hi-Latn', 'hu', 'ja', 'ko', 'ko-KR', 'vi', 'pt', 'pt-BR', 'pt-PT', 'zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'zh-Hant', 'it', 'nl', 'pl', 'ru', 'sv', 'sv-SE', 'da', 'da-DK', 'fi', 'no', 'id', 'ms', 'tr', 'uk', 'bg', 'cs', 'ro', 'sk', 'auto'] | None = None,
        wait_for_greeting: bool | None = None,
        pronunciation_guide: builtins.list[dict[str, Any]] | None = None,
        temperature: float | None = None,
        interruption_threshold: float | None = None,
        interruptibility: Literal[0, 1, 2, 3] | None = None,
        from_: str | None = None,
        dialing_strategy: dict[str, Any] | None = None,
        timezone: str | None = None,
        start_time: datetime | date | str | None = None,
        transfer_phone_number: str | None = None,
        transfer_list: dict[str, str] | None = None,
        max_duration: int | None = None,
        tools: builtins.list[str | dict[str, Any]] | None = None,
        background_track: Literal['office', 'cafe', 'restaurant', 'none'] | None = None,
        noise_cancellation: bool | None = None,
        block_interruptions: bool | None = None,
        record: bool | None = None,
        voicemail: dict[str, Any] | None = None,
        citation_schema_ids: builtins.list[str] | None = None,
        stream_post_transfer_transcript: bool | None = None,
        post_call_evals: dict[str, Any] | None = None,
        summary_prompt: str | None = None,
        retry: dict[str, Any] | None = None,
        dispositions: builtins.list[str] | None = None,
        request_data: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
        webhook: str | None = None,
        webhook_events: builtins.list[str] | None = None,
        dynamic_data: builtins.list[dict[str, Any]] | None = None,
        keywords: builtins.list[str] | None = None,
        ignore_button_press: bool | None = None,
        precall_dtmf_sequence: str | None = None,
        guard_rails: builtins.list[dict[str, Any]] | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Place an outbound AI phone call using a task prompt or pathway, with voice, timing and webhook options."""

    async def send_simple(
        self,
        *,
        phone_number: str,
        task: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Place an outbound AI phone call to one number using a plain-text task prompt; returns the call ID."""

    async def send_pathway_simple(
        self,
        *,
        phone_number: str,
        pathway_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Place an outbound AI phone call that follows a conversational pathway; returns the call ID."""

    async def analyze(
        self,
        call_id: str,
        *,
        goal: str,
        questions: builtins.list[builtins.list[str]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Answer your questions about a finished call using AI, given the call's goal; returns one answer per question.
        """

    async def stop(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Hang up an active call, or cancel a call that is scheduled but not yet started."""

    async def stop_all_active(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Hang up all of the account's active calls and return how many are being stopped."""

    async def listen(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Get a WebSocket URL that streams live audio of an in-progress call for monitoring."""

    async def transcript_stream_url(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Get a short-lived WebSocket URL that streams a call's transcript after it is transferred."""

    async def transfer(
        self,
        *,
        call_id: str,
        transfer_number: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Transfer an in-progress call to another phone number without announcing it."""

    async def list(
        self,
        *,
        from_number: str | None = None,
        to_number: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        ascending: bool | None = None,
        sort_by: Literal['created_at', 'updated_at'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        created_at: datetime | date | str | None = None,
        timezone: str | None = None,
        update_start_date: datetime | date | str | None = None,
        update_end_date: datetime | date | str | None = None,
        completed: bool | None = None,
        batch_id: str | None = None,
        answered_by: str | None = None,
        inbound: bool | None = None,
        duration_gt: float | None = None,
        duration_lt: float | None = None,
        campaign_id: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Call]:
        """List calls, filtered by number, date, batch, campaign, duration or outcome, with sorting and paging."""

    async def list_active(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[ActiveCall]:
        """List the calls currently in progress or queued, with their numbers, status and start time."""

    async def get(
        self,
        call_id: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Call:
        """Return full details of one call, including status, length, transcript, recording URL and variables."""

    async def event_stream(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the logged events of a call, each with level, category, message and timestamp."""

    async def recording(
        self,
        call_id: str,
        *,
        audio_format: Literal['audio/mpeg', 'audio/wav'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> bytes:
        """Download the audio recording of a completed call as an audio file."""

    async def corrected_transcript(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return a call transcript re-generated from the recording, aligned with the original one."""

    async def postcall_webhook(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the post-call webhook record for a call, including its payload, URL and delivery attempts."""

    async def create_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        webhook_url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send post-call webhooks to a URL for calls that have not yet sent one."""

    async def resend_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Resend the post-call webhook for calls that already sent one, to the original URL."""


class AsyncCampaigns(AsyncAPIResource):
    """The `campaigns` endpoints: create, list, get, stop (awaited)."""

    async def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        sequence: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> BlandObject:
        """Create a campaign that calls a list of numbers with shared call settings and a follow-up retry plan."""

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Campaign]:
        """List all campaigns with their call counts and answer and hang-up statistics."""

    async def get(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """Return a campaign's details, including its per-number entries, sequence steps and current state."""

    async def stop(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Stop a campaign and cancel its associated calls; returns how many calls were stopped."""


class AsyncBatches(AsyncAPIResource):
    """The `batches` endpoints: create, list, get, logs, stop, create_v1_legacy (awaited)."""

    async def create(
        self,
        *,
        call_objects: builtins.list[dict[str, Any]] | None = None,
        global_: dict[str, Any],
        description: str | None = None,
        status_webhook: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a batch of outbound calls from per-call objects plus shared defaults; returns the batch ID."""

    async def list(
        self,
        *,
        take: int | None = None,
        skip: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Batch]:
        """List call batches with their base settings, call objects and creation time, with paging."""

    async def get(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Batch:
        """Return one batch's details, including its base settings, call objects and status."""

    async def logs(
        self,
        batch_id: str,
        *,
        take: int | None = None,
        skip: int | None = None,
        direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BatchLog]:
        """Return a batch's lifecycle log entries, such as dispatch and completion events, with paging."""

    async def stop(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Stop a running or scheduled batch so its remaining calls are not placed."""

    async def create_v1_legacy(
        self,
        *,
        base_prompt: str,
        call_data: builtins.list[dict[str, Any]],
        from_: str | None = None,
        label: str | None = None,
        campaign_id: str | None = None,
        test_mode: bool | None = None,
        batch_webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> BlandObject:
        """Send a batch of calls from a shared prompt template and per-call data using the legacy v1 API."""


class AsyncIntelligence(AsyncAPIResource):
    """The `intelligence` endpoints: analyze_emotions (awaited)."""

    async def analyze_emotions(
        self,
        *,
        call_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Detect the dominant emotion in a past call's recording, such as neutral, happy, angry, sad or fear."""


class AsyncSms(AsyncAPIResource):
    """The `sms` endpoints: list_numbers, update_config, send, send_batch, create_conversation, list_conversations,
    get_conversation, update_conversation, delete_messages, delete_conversation, conversation_webhook,
    analyze_conversation, update_number_legacy, update_webhook, toggle_human_mode, messages_legacy, clear_conversation,
    register_a2p_brand, a2p_status (awaited).
    """

    async def list_numbers(
        self,
        *,
        channel: Literal['whatsapp', 'imessage'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[SMSNumber]:
        """List your SMS-enabled numbers with their messaging configuration and conversation counts."""

    async def update_config(
        self,
        *,
        phone_number: str,
        webhook: str | None = None,
        request_data: dict[str, Any] | list[Any] | None = None,
        time_out: float | None = None,
        timeout_action: str | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        messaging_service_sid: str | None = None,
        objective: str | None = None,
        tools: list[Any] | None = None,
        temperature: float | None = None,
        pathway_id: str | None = None,
        pathway_version: str | None = None,
        start_node_id: str | None = None,
        restart_after_end_call: bool | None = None,
        timezone: str | None = None,
        summary_prompt: str | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Configure how an SMS number replies, including its prompt or pathway, webhook, tools and timeouts."""

    async def send(
        self,
        *,
        user_number: str,
        agent_number: str,
        agent_message: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        persona_id: str | None = None,
        persona_version: Literal['production', 'draft'] | None = None,
        persona_settings: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        pathway_version: float | None = None,
        start_node_id: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        content_sid: str | None = None,
        content_variables: dict[str, Any] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send an SMS from your number to a recipient, either a given text or one written by the agent."""

    async def send_batch(
        self,
        *,
        file_id: str,
        global_: dict[str, Any],
        column_mapping: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send SMS messages to every recipient in an uploaded CSV or JSON file using shared defaults."""

    async def create_conversation(
        self,
        *,
        user_number: str,
        agent_number: str,
        message: str,
        message_sid: str | None = None,
        curr_pathway_id: str | None = None,
        curr_pathway_version: str | None = None,
        current_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        sender: Literal['USER', 'AGENT'] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create an SMS conversation with a stored first message and state, without sending anything."""

    async def list_conversations(
        self,
        *,
        page: float | None = None,
        page_size: float | None = None,
        sort_by: Literal['created_at', 'updated_at', 'user_number', 'agent_number', 'is_active', 'message_count', 'curr_pathway_id', 'curr_pathway_version', 'timed_out_at'] | None = None,
        sort_dir: Literal['asc', 'desc'] | None = None,
        filters: str | list[Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[SMSConversation]:
        """List SMS conversations with filtering, sorting and page-based paging."""

    async def get_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> SMSConversation:
        """Return one SMS conversation with its messages and disposition logs."""

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> SMSConversation:
        """Update an SMS conversation, such as marking it inactive."""

    async def delete_messages(
        self,
        conversation_id: str,
        *,
        message_ids: list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete specific messages from an SMS conversation and return how many were removed."""

    async def delete_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Permanently delete an SMS conversation and all of its messages."""

    async def conversation_webhook(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the webhook sent for an SMS conversation, including its URL, payload and delivery attempts."""

    async def analyze_conversation(
        self,
        *,
        schema_id: str,
        conversation_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Extract variables from an SMS conversation using a citation schema; returns values and citations."""

    async def update_number_legacy(
        self,
        *,
        phone_number: str | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        prompt: str | None = None,
        ignore_keywords: list[str] | None = None,
        temperature: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update an SMS number's reply prompt, temperature and ignored keywords using the older endpoint."""

    async def update_webhook(
        self,
        *,
        phone_number: str | None = None,
        webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Set the webhook URL that receives an SMS number's inbound, outbound and status events."""

    async def toggle_human_mode(
        self,
        *,
        phone_number: str | None = None,
        on: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Switch an SMS number between AI replies and human mode, where the AI stops replying."""

    async def messages_legacy(
        self,
        *,
        to: str | None = None,
        from_: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the SMS message history between your number and another number."""

    async def clear_conversation(
        self,
        *,
        to: str,
        from_: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Hide an SMS conversation's history from the AI without deleting the messages."""

    async def register_a2p_brand(
        self,
        *,
        business_name: str,
        ein: str,
        vertical: Literal['AUTOMOTIVE', 'AGRICULTURE', 'BANKING', 'CONSTRUCTION', 'CONSUMER', 'EDUCATION', 'ENGINEERING', 'ENERGY', 'OIL_AND_GAS', 'FAST_MOVING_CONSUMER_GOODS', 'FINANCIAL', 'FINTECH', 'FOOD_AND_BEVERAGE', 'GOVERNMENT', 'HEALTHCARE', 'HOSPITALITY', 'INSURANCE', 'LEGAL', 'MANUFACTURING', 'MEDIA', 'ONLINE', 'PROFESSIONAL_SERVICES', 'RAW_MATERIALS', 'REAL_ESTATE', 'RELIGION', 'RETAIL', 'JEWELRY', 'TECHNOLOGY', 'TELECOMMUNICATIONS', 'TRANSPORTATION', 'TRAVEL', 'ELECTRONICS', 'NOT_FOR_PROFIT'],
        address: str,
        city: str,
        state: str,
        postal_code: str,
        country: str,
        email: str,
        type: Literal['Partnership', 'Limited Liability Corporation', 'Co-operative', 'Non-profit Corporation', 'Corporation'],
        website: str,
        opt_in_info: str,
        message_samples: list[str],
        trusted_user: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Submit your business details for A2P 10DLC brand registration so you can send SMS in the US."""

    async def a2p_status(
        self,
        *,
        registration_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Check the status of an A2P SMS brand registration, including any failure reason."""


class AsyncBlockedNumbers(AsyncAPIResource):
    """The `blocked_numbers` endpoints: create, list, get, delete, edit (awaited)."""

    async def create(
        self,
        *,
        numbers: builtins.list[str],
        is_global: bool,
        inbound_number: str | None = None,
        reason: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Block up to 10 numbers from calling all your inbound numbers or one specific inbound number."""

    async def list(
        self,
        *,
        inbound_number: str | None = None,
        active_only: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlockRule]:
        """List block rules for one inbound number, or global rules if none is given, optionally active only."""

    async def get(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlockRule:
        """Return one block rule, including the blocked number, scope, reason and whether it is active."""

    async def delete(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a block rule so the number can call your inbound lines again."""

    async def edit(
        self,
        block_id: str,
        *,
        reason: str | None = None,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlockRule:
        """Change a block rule's reason or turn its enforcement on or off."""


class AsyncVoices(AsyncAPIResource):
    """The `voices` endpoints: list, get, clone, rename, delete, settings, update_settings, update_config, rate, unrate,
    check_name, list_shared, add_from_library, list_samples, add_samples, get_sample, update_sample_transcriptions,
    delete_samples, generate_sample_legacy (awaited).
    """

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Voice]:
        """List the voices available to you: curated defaults, your clones and voices added from the library."""

    async def get(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Voice:
        """Return one voice's details by ID or curated voice name, including description, tags and ratings."""

    async def clone(
        self,
        *,
        name: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        gender: Literal['male', 'female'] | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a cloned voice from an uploaded audio sample; returns the new voice ID."""

    async def rename(
        self,
        voice_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Rename a voice you own; the new name must be unique in your library."""

    async def delete(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a voice you own so it no longer appears in your voice list."""

    async def settings(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return a voice's tuning settings, such as consistency and expressiveness, with their allowed ranges."""

    async def update_settings(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost_language_consistency: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Change a voice's tuning settings, such as consistency, expressiveness or language consistency."""

    async def update_config(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost: Literal[0, 1] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Change a voice's configuration, such as consistency, expressiveness or boost, and return the voice."""

    async def rate(
        self,
        voice_id: str,
        *,
        rating: int,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Rate a voice from 1 to 5 stars; returns the voice's total rating count and average rating."""

    async def unrate(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Remove the rating you previously gave to a shared voice."""

    async def check_name(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Check whether a voice name is still available in your library."""

    async def list_shared(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        search: str | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Voice]:
        """Browse the shared voice library, with text search, language filter and paging."""

    async def add_from_library(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Add a voice from the shared library to your own voices."""

    async def list_samples(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List the audio samples of a voice you own, optionally including the audio data."""

    async def add_samples(
        self,
        *,
        voice_id: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Upload WAV audio samples to a voice you own to improve it."""

    async def get_sample(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal['audio', 'json'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return one voice sample as WAV audio or as JSON with its transcription and base64 audio."""

    async def update_sample_transcriptions(
        self,
        voice_id: str,
        *,
        samples: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Set the transcriptions of a voice's audio samples."""

    async def delete_samples(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete audio samples from a voice and retrain the voice on the samples that remain."""

    async def generate_sample_legacy(
        self,
        voice_id: str,
        *,
        text: str,
        voice_settings: dict[str, Any] | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Generate a short audio clip of a voice speaking the given text using the removed legacy endpoint."""


class AsyncPathways(AsyncAPIResource):
    """The `pathways` endpoints: list, get, session_token, call_events, create, update, delete, generate, generation_status
    (awaited).
    """

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Pathway]:
        """List your conversational pathways with their names, descriptions, nodes and edges."""

    async def get(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pathway:
        """Return one conversational pathway with its name, description, nodes and edges."""

    async def session_token(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a pathway session token for pathway chat access, valid for one hour, with its expiry."""

    async def call_events(
        self,
        call_id: str,
        *,
        v: Literal['2'],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """Return the event timeline of a pathway call, such as node changes and operations, in order."""

    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create an empty conversational pathway with a name and description; returns its pathway ID."""

    async def update(
        self,
        pathway_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        nodes: builtins.list[dict[str, Any]] | None = None,
        edges: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a pathway's name, description, nodes or edges."""

    async def delete(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Permanently delete a conversational pathway by its ID."""

    async def generate(
        self,
        *,
        input_prompt: str,
        input_name: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Start generating a conversational pathway from a text description; returns a job ID to poll."""

    async def generation_status(
        self,
        job_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Check a pathway generation job and return the new pathway ID, or an error, once it is ready."""


class AsyncPathwayChat(AsyncAPIResource):
    """The `pathway_chat` endpoints: create, send, history (awaited)."""

    async def create(
        self,
        *,
        pathway_id: str,
        start_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        use_candidate_model: bool | None = None,
        pathway_version: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Start a text chat session with a pathway for testing, with optional start node and variables."""

    async def send(
        self,
        chat_id: str,
        *,
        message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Send a message in a pathway chat and return the agent's replies, current node and variables."""

    async def history(
        self,
        chat_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """Return the message history of a pathway chat session."""


class AsyncPathwayVersions(AsyncAPIResource):
    """The `pathway_versions` endpoints: list, get, promote, create, update, delete (awaited)."""

    async def list(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[PathwayVersion]:
        """List a pathway's versions with their number, name, creation time and whether each is the latest."""

    async def get(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> PathwayVersion:
        """Return the nodes and edges of a specific pathway version, or of the live pathway with version 0."""

    async def promote(
        self,
        pathway_id: str,
        *,
        version_id: float,
        environment: Literal['production', 'staging'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Publish a pathway version to an environment such as production, making it the one calls use."""

    async def create(
        self,
        pathway_id: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a new version of a pathway from a name, nodes and edges; returns its ID and version number."""

    async def update(
        self,
        pathway_id: str,
        version_number: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Overwrite a pathway version's name, nodes and edges."""

    async def delete(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a pathway version by archiving it."""


class AsyncPathwayFolders(AsyncAPIResource):
    """The `pathway_folders` endpoints: list, list_pathways, create, delete, update, move_pathway (awaited)."""

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List your pathway folders with their names and parent folders."""

    async def list_pathways(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Pathway]:
        """List the pathways in a folder with their names, descriptions and creation times."""

    async def create(
        self,
        *,
        name: str,
        parent_folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a pathway folder, optionally inside a parent folder; returns the new folder ID."""

    async def delete(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a pathway folder; the folder must be empty first."""

    async def update(
        self,
        folder_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Rename a pathway folder and return its ID, new name and parent folder."""

    async def move_pathway(
        self,
        *,
        pathway_id: str,
        folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Move a pathway into a folder, or back to the root level."""


class AsyncVectorKnowledgeBases(AsyncAPIResource):
    """The `vector_knowledge_bases` endpoints: create, upload_media, upload_text, update, list, get, delete (awaited).
    """

    async def create(
        self,
        *,
        name: str,
        description: str,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a knowledge base from text for agents to consult during calls; returns its vector ID."""

    async def upload_media(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a knowledge base from an uploaded MP3 or MP4 media file."""

    async def upload_text(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a knowledge base from an uploaded PDF, TXT, DOC or DOCX document."""

    async def update(
        self,
        vector_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        text: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Replace a knowledge base's name, description and document text."""

    async def list(
        self,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List your vector knowledge bases with their IDs, names and descriptions."""

    async def get(
        self,
        vector_id: str,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return a vector knowledge base's name and description, optionally with its text."""

    async def delete(
        self,
        vector_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a vector knowledge base so agents can no longer consult it."""


class AsyncKnowledgeBases(AsyncAPIResource):
    """The `knowledge_bases` endpoints: create_from_file, create_from_text, create_from_web, list, get, update, delete,
    discover_sitemap_urls, chat (awaited).
    """

    async def create_from_file(
        self,
        *,
        type: Literal['file'] = 'file',
        name: str | None = None,
        description: str | None = None,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Create a knowledge base from an uploaded document such as a PDF or Word file."""

    async def create_from_text(
        self,
        *,
        type: Literal['text'] = 'text',
        name: str,
        description: str | None = None,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Create a knowledge base from raw text of up to 1 MB."""

    async def create_from_web(
        self,
        *,
        type: Literal['web'] = 'web',
        name: str,
        description: str | None = None,
        urls: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Create a knowledge base by scraping up to 100 web pages."""

    async def list(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[KnowledgeBase]:
        """List your knowledge bases with their type, processing status and source, with paging."""

    async def get(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Return one knowledge base's details, including its type, processing status and source."""

    async def update(
        self,
        knowledge_base_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> KnowledgeBase:
        """Change a knowledge base's name or description without changing its content."""

    async def delete(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a knowledge base by marking its status as deleted."""

    async def discover_sitemap_urls(
        self,
        *,
        url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Find a website's sitemap and return the page URLs it lists, for choosing pages to scrape."""

    async def chat(
        self,
        *,
        knowledge_base_id: str,
        messages: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Ask a knowledge base a question and get an answer with the source passages it used."""


class AsyncCustomTools(AsyncAPIResource):
    """The `custom_tools` endpoints: create, update, delete, list, get (awaited)."""

    async def create(
        self,
        *,
        name: str,
        description: str,
        speech: str | None = None,
        url: str,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a custom tool that lets the agent call an external API during calls; returns the tool ID."""

    async def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        speech: str | None = None,
        url: str | None = None,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a custom tool's name, description, request settings, input schema or response mapping."""

    async def delete(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a custom tool so agents can no longer use it on calls."""

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List your custom tools with their IDs and definitions."""

    async def get(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return one custom tool's definition, including its request settings and input schema."""


class AsyncToolsV2(AsyncAPIResource):
    """The `tools_v2` endpoints: create, update, list, execution_logs, execution_stats (awaited)."""

    async def create(
        self,
        *,
        name: str,
        description: str,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'],
        action: str,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a tool that runs an integration action during calls; returns the tool ID."""

    async def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'] | None = None,
        action: str | None = None,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a tool's settings; only the fields provided are changed."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        order_by: Literal['created_at'] | None = None,
        order_direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List your tools with text search, sorting and paging."""

    async def execution_logs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        call_id: str | None = None,
        error_type: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        execution_time_ms_gt: float | None = None,
        execution_time_ms_lt: float | None = None,
        input_size_kb_gt: float | None = None,
        input_size_kb_lt: float | None = None,
        output_size_kb_gt: float | None = None,
        output_size_kb_lt: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List tool execution logs, filtered by tool, call, status, time range, duration or size."""

    async def execution_stats(
        self,
        *,
        group_by: str | None = None,
        metrics: str | None = None,
        period: Literal['today', 'week', 'month'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        error_type: str | None = None,
        call_id: str | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return tool execution statistics such as counts and average times, grouped by chosen fields."""


class AsyncWebAgents(AsyncAPIResource):
    """The `web_agents` endpoints: create, update, authorize_call, delete, list (awaited)."""

    async def create(
        self,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        keywords: builtins.list[str] | None = None,
        max_duration: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a web agent for browser voice calls, with a prompt or pathway, voice and tools."""

    async def update(
        self,
        agent_id: str,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        max_duration: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Update a web agent's settings, such as its prompt, pathway, voice, tools or webhook."""

    async def authorize_call(
        self,
        agent_id: str,
        *,
        request_data: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Create a one-time session token that lets a browser client start a call with a web agent."""

    async def delete(
        self,
        agent_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a web agent so it can no longer take browser calls."""

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List your web agents with their settings."""


class AsyncTwilioAccounts(AsyncAPIResource):
    """The `twilio_accounts` endpoints: create_encrypted_key, delete_encrypted_key, upload_inbound_numbers,
    delete_inbound_number (awaited).
    """

    async def create_encrypted_key(
        self,
        *,
        account_sid: str,
        auth_token: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Store your Twilio account credentials and return an encrypted key for calls using your numbers."""

    async def delete_encrypted_key(
        self,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete a stored Twilio encrypted key so it can no longer be used."""

    async def upload_inbound_numbers(
        self,
        *,
        numbers: list[str],
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Add phone numbers from your own Twilio account as inbound numbers; returns those added."""

    async def delete_inbound_number(
        self,
        phone_number: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Remove one of your Twilio inbound phone numbers."""


class AsyncAccount(AsyncAPIResource):
    """The `account` endpoints: get (awaited)."""

    async def get(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> _models.Account:
        """Return the account's status, balance, refill setting and total call count."""


class AsyncOrganizations(AsyncAPIResource):
    """The `organizations` endpoints: create, delete, get, members, current_service_version, service_versions,
    update_service_version, update_members, update_member_permissions, update_properties, memberships, leave, billing,
    billing_refill, audit_logs (awaited).
    """

    async def create(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Organization:
        """Create an organization with the given name and return its details."""

    async def delete(
        self,
        org_id: str,
        *,
        delete_confirm: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Delete an organization, confirming with its slug."""

    async def get(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Organization:
        """Return an organization's details, including its name, plan, limits and preferences."""

    async def members(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Member]:
        """List an organization's members with their names, contact details and permissions."""

    async def current_service_version(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Return the version ID of a service that an organization currently uses."""

    async def service_versions(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List the versions of a service available to an organization, with support status and tags."""

    async def update_service_version(
        self,
        org_id: str,
        service: str,
        *,
        version: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Pin an organization to a specific version of a service."""

    async def update_members(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove'],
        target: str,
        permissions: list[str] | None = None,
        is_invite: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Add or invite a member to an organization, or remove a member or pending invite."""

    async def update_member_permissions(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove', 'reset', 'set'],
        target: str,
        permissions: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Change an organization member's roles and return the resulting role list."""

    async def update_properties(
        self,
        org_id: str,
        *,
        updates: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Organization:
        """Update an organization's display name or preferences, such as recording retention."""

    async def memberships(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[Member]:
        """List the organizations you belong to, with your roles in each."""

    async def leave(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BlandObject:
        """Leave an organization that you are a member of."""

    async def billing(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Billing:
        """Return an organization's current balance and its automatic refill amount and threshold."""

    async def billing_refill(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> float | None:
        """Return an organization's automatic refill amount."""

    async def audit_logs(
        self,
        *,
        event_type: str | None = None,
        actor_id: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        page: float | None = None,
        page_size: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncPage[BlandObject]:
        """List the organization's audit log events, filtered by event type, user and time, with paging."""


class AsyncRawCalls(AsyncAPIResource):
    """The `calls` endpoints: send, send_simple, send_pathway_simple, analyze, stop, stop_all_active, listen,
    transcript_stream_url, transfer, list, list_active, get, event_stream, recording, corrected_transcript,
    postcall_webhook, create_postcall_webhook, resend_postcall_webhook (returning the `httpx.Response`).
    """

    async def send(
        self,
        *,
        phone_number: str,
        task: str | None = None,
        pathway_id: str | None = None,
        pathway_version: int | None = None,
        voice: str | None = None,
        first_sentence: str | None = None,
        persona_id: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        language: Literal['babel', 'fluent', 'en', 'babel-en', 'en-US', 'en-GB', 'en-AU', 'en-NZ', 'en-IN', 'es', 'babel-es', 'es-419', 'fr', 'babel-fr', 'fr-CA', 'de', 'babel-de', 'el', 'hi', 'hi-Latn', 'hu', 'ja', 'ko', 'ko-KR', 'vi', 'pt', 'pt-BR', 'pt-PT', 'zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'zh-Hant', 'it', 'nl', 'pl', 'ru', 'sv', 'sv-SE', 'da', 'da-DK', 'fi', 'no', 'id', 'ms', 'tr', 'uk', 'bg', 'cs', 'ro', 'sk', 'auto'] | None = None,
        wait_for_greeting: bool | None = None,
        pronunciation_guide: builtins.list[dict[str, Any]] | None = None,
        temperature: float | None = None,
        interruption_threshold: float | None = None,
        interruptibility: Literal[0, 1, 2, 3] | None = None,
        from_: str | None = None,
        dialing_strategy: dict[str, Any] | None = None,
        timezone: str | None = None,
        start_time: datetime | date | str | None = None,
        transfer_phone_number: str | None = None,
        transfer_list: dict[str, str] | None = None,
        max_duration: int | None = None,
        tools: builtins.list[str | dict[str, Any]] | None = None,
        background_track: Literal['office', 'cafe', 'restaurant', 'none'] | None = None,
        noise_cancellation: bool | None = None,
        block_interruptions: bool | None = None,
        record: bool | None = None,
        voicemail: dict[str, Any] | None = None,
        citation_schema_ids: builtins.list[str] | None = None,
        stream_post_transfer_transcript: bool | None = None,
        post_call_evals: dict[str, Any] | None = None,
        summary_prompt: str | None = None,
        retry: dict[str, Any] | None = None,
        dispositions: builtins.list[str] | None = None,
        request_data: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
        webhook: str | None = None,
        webhook_events: builtins.list[str] | None = None,
        dynamic_data: builtins.list[dict[str, Any]] | None = None,
        keywords: builtins.list[str] | None = None,
        ignore_button_press: bool | None = None,
        precall_dtmf_sequence: str | None = None,
        guard_rails: builtins.list[dict[str, Any]] | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Place an outbound AI phone call using a task prompt or pathway, with voice, timing and webhook options."""

    async def send_simple(
        self,
        *,
        phone_number: str,
        task: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Place an outbound AI phone call to one number using a plain-text task prompt; returns the call ID."""

    async def send_pathway_simple(
        self,
        *,
        phone_number: str,
        pathway_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Place an outbound AI phone call that follows a conversational pathway; returns the call ID."""

    async def analyze(
        self,
        call_id: str,
        *,
        goal: str,
        questions: builtins.list[builtins.list[str]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Answer your questions about a finished call using AI, given the call's goal; returns one answer per question.
        """

    async def stop(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Hang up an active call, or cancel a call that is scheduled but not yet started."""

    async def stop_all_active(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Hang up all of the account's active calls and return how many are being stopped."""

    async def listen(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Get a WebSocket URL that streams live audio of an in-progress call for monitoring."""

    async def transcript_stream_url(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Get a short-lived WebSocket URL that streams a call's transcript after it is transferred."""

    async def transfer(
        self,
        *,
        call_id: str,
        transfer_number: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Transfer an in-progress call to another phone number without announcing it."""

    async def list(
        self,
        *,
        from_number: str | None = None,
        to_number: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        ascending: bool | None = None,
        sort_by: Literal['created_at', 'updated_at'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        created_at: datetime | date | str | None = None,
        timezone: str | None = None,
        update_start_date: datetime | date | str | None = None,
        update_end_date: datetime | date | str | None = None,
        completed: bool | None = None,
        batch_id: str | None = None,
        answered_by: str | None = None,
        inbound: bool | None = None,
        duration_gt: float | None = None,
        duration_lt: float | None = None,
        campaign_id: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List calls, filtered by number, date, batch, campaign, duration or outcome, with sorting and paging."""

    async def list_active(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the calls currently in progress or queued, with their numbers, status and start time."""

    async def get(
        self,
        call_id: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return full details of one call, including status, length, transcript, recording URL and variables."""

    async def event_stream(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the logged events of a call, each with level, category, message and timestamp."""

    async def recording(
        self,
        call_id: str,
        *,
        audio_format: Literal['audio/mpeg', 'audio/wav'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> httpx.Response:
        """Download the audio recording of a completed call as an audio file."""

    async def corrected_transcript(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a call transcript re-generated from the recording, aligned with the original one."""

    async def postcall_webhook(
        self,
        call_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the post-call webhook record for a call, including its payload, URL and delivery attempts."""

    async def create_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        webhook_url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send post-call webhooks to a URL for calls that have not yet sent one."""

    async def resend_postcall_webhook(
        self,
        *,
        call_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Resend the post-call webhook for calls that already sent one, to the original URL."""


class AsyncRawCampaigns(AsyncAPIResource):
    """The `campaigns` endpoints: create, list, get, stop (returning the `httpx.Response`)."""

    async def create(
        self,
        *,
        name: str,
        numbers: builtins.list[str],
        sequence: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> httpx.Response:
        """Create a campaign that calls a list of numbers with shared call settings and a follow-up retry plan."""

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List all campaigns with their call counts and answer and hang-up statistics."""

    async def get(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a campaign's details, including its per-number entries, sequence steps and current state."""

    async def stop(
        self,
        campaign_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Stop a campaign and cancel its associated calls; returns how many calls were stopped."""


class AsyncRawBatches(AsyncAPIResource):
    """The `batches` endpoints: create, list, get, logs, stop, create_v1_legacy (returning the `httpx.Response`)."""

    async def create(
        self,
        *,
        call_objects: builtins.list[dict[str, Any]] | None = None,
        global_: dict[str, Any],
        description: str | None = None,
        status_webhook: str | None = None,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a batch of outbound calls from per-call objects plus shared defaults; returns the batch ID."""

    async def list(
        self,
        *,
        take: int | None = None,
        skip: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List call batches with their base settings, call objects and creation time, with paging."""

    async def get(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one batch's details, including its base settings, call objects and status."""

    async def logs(
        self,
        batch_id: str,
        *,
        take: int | None = None,
        skip: int | None = None,
        direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a batch's lifecycle log entries, such as dispatch and completion events, with paging."""

    async def stop(
        self,
        batch_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Stop a running or scheduled batch so its remaining calls are not placed."""

    async def create_v1_legacy(
        self,
        *,
        base_prompt: str,
        call_data: builtins.list[dict[str, Any]],
        from_: str | None = None,
        label: str | None = None,
        campaign_id: str | None = None,
        test_mode: bool | None = None,
        batch_webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> httpx.Response:
        """Send a batch of calls from a shared prompt template and per-call data using the legacy v1 API."""


class AsyncRawIntelligence(AsyncAPIResource):
    """The `intelligence` endpoints: analyze_emotions (returning the `httpx.Response`)."""

    async def analyze_emotions(
        self,
        *,
        call_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Detect the dominant emotion in a past call's recording, such as neutral, happy, angry, sad or fear."""


class AsyncRawSms(AsyncAPIResource):
    """The `sms` endpoints: list_numbers, update_config, send, send_batch, create_conversation, list_conversations,
    get_conversation, update_conversation, delete_messages, delete_conversation, conversation_webhook,
    analyze_conversation, update_number_legacy, update_webhook, toggle_human_mode, messages_legacy, clear_conversation,
    register_a2p_brand, a2p_status (returning the `httpx.Response`).
    """

    async def list_numbers(
        self,
        *,
        channel: Literal['whatsapp', 'imessage'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your SMS-enabled numbers with their messaging configuration and conversation counts."""

    async def update_config(
        self,
        *,
        phone_number: str,
        webhook: str | None = None,
        request_data: dict[str, Any] | list[Any] | None = None,
        time_out: float | None = None,
        timeout_action: str | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        messaging_service_sid: str | None = None,
        objective: str | None = None,
        tools: list[Any] | None = None,
        temperature: float | None = None,
        pathway_id: str | None = None,
        pathway_version: str | None = None,
        start_node_id: str | None = None,
        restart_after_end_call: bool | None = None,
        timezone: str | None = None,
        summary_prompt: str | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Configure how an SMS number replies, including its prompt or pathway, webhook, tools and timeouts."""

    async def send(
        self,
        *,
        user_number: str,
        agent_number: str,
        agent_message: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        persona_id: str | None = None,
        persona_version: Literal['production', 'draft'] | None = None,
        persona_settings: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        pathway_version: float | None = None,
        start_node_id: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        disposition_ids: list[str] | None = None,
        citation_schema_ids: list[str] | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        content_sid: str | None = None,
        content_variables: dict[str, Any] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send an SMS from your number to a recipient, either a given text or one written by the agent."""

    async def send_batch(
        self,
        *,
        file_id: str,
        global_: dict[str, Any],
        column_mapping: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send SMS messages to every recipient in an uploaded CSV or JSON file using shared defaults."""

    async def create_conversation(
        self,
        *,
        user_number: str,
        agent_number: str,
        message: str,
        message_sid: str | None = None,
        curr_pathway_id: str | None = None,
        curr_pathway_version: str | None = None,
        current_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        new_conversation: bool | None = None,
        sender: Literal['USER', 'AGENT'] | None = None,
        time_out: float | None = None,
        timeout_message: str | None = None,
        warning_time: float | None = None,
        warning_message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create an SMS conversation with a stored first message and state, without sending anything."""

    async def list_conversations(
        self,
        *,
        page: float | None = None,
        page_size: float | None = None,
        sort_by: Literal['created_at', 'updated_at', 'user_number', 'agent_number', 'is_active', 'message_count', 'curr_pathway_id', 'curr_pathway_version', 'timed_out_at'] | None = None,
        sort_dir: Literal['asc', 'desc'] | None = None,
        filters: str | list[Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List SMS conversations with filtering, sorting and page-based paging."""

    async def get_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one SMS conversation with its messages and disposition logs."""

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update an SMS conversation, such as marking it inactive."""

    async def delete_messages(
        self,
        conversation_id: str,
        *,
        message_ids: list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete specific messages from an SMS conversation and return how many were removed."""

    async def delete_conversation(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Permanently delete an SMS conversation and all of its messages."""

    async def conversation_webhook(
        self,
        conversation_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the webhook sent for an SMS conversation, including its URL, payload and delivery attempts."""

    async def analyze_conversation(
        self,
        *,
        schema_id: str,
        conversation_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Extract variables from an SMS conversation using a citation schema; returns values and citations."""

    async def update_number_legacy(
        self,
        *,
        phone_number: str | None = None,
        channel: Literal['sms', 'whatsapp', 'imessage'] | None = None,
        prompt: str | None = None,
        ignore_keywords: list[str] | None = None,
        temperature: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update an SMS number's reply prompt, temperature and ignored keywords using the older endpoint."""

    async def update_webhook(
        self,
        *,
        phone_number: str | None = None,
        webhook: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Set the webhook URL that receives an SMS number's inbound, outbound and status events."""

    async def toggle_human_mode(
        self,
        *,
        phone_number: str | None = None,
        on: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Switch an SMS number between AI replies and human mode, where the AI stops replying."""

    async def messages_legacy(
        self,
        *,
        to: str | None = None,
        from_: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the SMS message history between your number and another number."""

    async def clear_conversation(
        self,
        *,
        to: str,
        from_: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Hide an SMS conversation's history from the AI without deleting the messages."""

    async def register_a2p_brand(
        self,
        *,
        business_name: str,
        ein: str,
        vertical: Literal['AUTOMOTIVE', 'AGRICULTURE', 'BANKING', 'CONSTRUCTION', 'CONSUMER', 'EDUCATION', 'ENGINEERING', 'ENERGY', 'OIL_AND_GAS', 'FAST_MOVING_CONSUMER_GOODS', 'FINANCIAL', 'FINTECH', 'FOOD_AND_BEVERAGE', 'GOVERNMENT', 'HEALTHCARE', 'HOSPITALITY', 'INSURANCE', 'LEGAL', 'MANUFACTURING', 'MEDIA', 'ONLINE', 'PROFESSIONAL_SERVICES', 'RAW_MATERIALS', 'REAL_ESTATE', 'RELIGION', 'RETAIL', 'JEWELRY', 'TECHNOLOGY', 'TELECOMMUNICATIONS', 'TRANSPORTATION', 'TRAVEL', 'ELECTRONICS', 'NOT_FOR_PROFIT'],
        address: str,
        city: str,
        state: str,
        postal_code: str,
        country: str,
        email: str,
        type: Literal['Partnership', 'Limited Liability Corporation', 'Co-operative', 'Non-profit Corporation', 'Corporation'],
        website: str,
        opt_in_info: str,
        message_samples: list[str],
        trusted_user: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Submit your business details for A2P 10DLC brand registration so you can send SMS in the US."""

    async def a2p_status(
        self,
        *,
        registration_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Check the status of an A2P SMS brand registration, including any failure reason."""


class AsyncRawBlockedNumbers(AsyncAPIResource):
    """The `blocked_numbers` endpoints: create, list, get, delete, edit (returning the `httpx.Response`)."""

    async def create(
        self,
        *,
        numbers: builtins.list[str],
        is_global: bool,
        inbound_number: str | None = None,
        reason: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Block up to 10 numbers from calling all your inbound numbers or one specific inbound number."""

    async def list(
        self,
        *,
        inbound_number: str | None = None,
        active_only: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List block rules for one inbound number, or global rules if none is given, optionally active only."""

    async def get(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one block rule, including the blocked number, scope, reason and whether it is active."""

    async def delete(
        self,
        block_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a block rule so the number can call your inbound lines again."""

    async def edit(
        self,
        block_id: str,
        *,
        reason: str | None = None,
        is_active: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a block rule's reason or turn its enforcement on or off."""


class AsyncRawVoices(AsyncAPIResource):
    """The `voices` endpoints: list, get, clone, rename, delete, settings, update_settings, update_config, rate, unrate,
    check_name, list_shared, add_from_library, list_samples, add_samples, get_sample, update_sample_transcriptions,
    delete_samples, generate_sample_legacy (returning the `httpx.Response`).
    """

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the voices available to you: curated defaults, your clones and voices added from the library."""

    async def get(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one voice's details by ID or curated voice name, including description, tags and ratings."""

    async def clone(
        self,
        *,
        name: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        gender: Literal['male', 'female'] | None = None,
        description: str | None = None,
        is_btts_v3: bool | None = None,
        is_btts_v2: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a cloned voice from an uploaded audio sample; returns the new voice ID."""

    async def rename(
        self,
        voice_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Rename a voice you own; the new name must be unique in your library."""

    async def delete(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a voice you own so it no longer appears in your voice list."""

    async def settings(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a voice's tuning settings, such as consistency and expressiveness, with their allowed ranges."""

    async def update_settings(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost_language_consistency: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a voice's tuning settings, such as consistency, expressiveness or language consistency."""

    async def update_config(
        self,
        voice_id: str,
        *,
        consistency: float | None = None,
        expressiveness: float | None = None,
        boost: Literal[0, 1] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a voice's configuration, such as consistency, expressiveness or boost, and return the voice."""

    async def rate(
        self,
        voice_id: str,
        *,
        rating: int,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Rate a voice from 1 to 5 stars; returns the voice's total rating count and average rating."""

    async def unrate(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Remove the rating you previously gave to a shared voice."""

    async def check_name(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Check whether a voice name is still available in your library."""

    async def list_shared(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        search: str | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Browse the shared voice library, with text search, language filter and paging."""

    async def add_from_library(
        self,
        voice_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Add a voice from the shared library to your own voices."""

    async def list_samples(
        self,
        voice_id: str,
        *,
        include_audio: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the audio samples of a voice you own, optionally including the audio data."""

    async def add_samples(
        self,
        *,
        voice_id: str,
        audio_samples: builtins.list[bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Upload WAV audio samples to a voice you own to improve it."""

    async def get_sample(
        self,
        voice_id: str,
        sample_id: str,
        *,
        format: Literal['audio', 'json'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one voice sample as WAV audio or as JSON with its transcription and base64 audio."""

    async def update_sample_transcriptions(
        self,
        voice_id: str,
        *,
        samples: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Set the transcriptions of a voice's audio samples."""

    async def delete_samples(
        self,
        voice_id: str,
        *,
        sample_ids: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete audio samples from a voice and retrain the voice on the samples that remain."""

    async def generate_sample_legacy(
        self,
        voice_id: str,
        *,
        text: str,
        voice_settings: dict[str, Any] | None = None,
        language: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Generate a short audio clip of a voice speaking the given text using the removed legacy endpoint."""


class AsyncRawPathways(AsyncAPIResource):
    """The `pathways` endpoints: list, get, session_token, call_events, create, update, delete, generate, generation_status
    (returning the `httpx.Response`).
    """

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your conversational pathways with their names, descriptions, nodes and edges."""

    async def get(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one conversational pathway with its name, description, nodes and edges."""

    async def session_token(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a pathway session token for pathway chat access, valid for one hour, with its expiry."""

    async def call_events(
        self,
        call_id: str,
        *,
        v: Literal['2'],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the event timeline of a pathway call, such as node changes and operations, in order."""

    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create an empty conversational pathway with a name and description; returns its pathway ID."""

    async def update(
        self,
        pathway_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        nodes: builtins.list[dict[str, Any]] | None = None,
        edges: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a pathway's name, description, nodes or edges."""

    async def delete(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Permanently delete a conversational pathway by its ID."""

    async def generate(
        self,
        *,
        input_prompt: str,
        input_name: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Start generating a conversational pathway from a text description; returns a job ID to poll."""

    async def generation_status(
        self,
        job_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Check a pathway generation job and return the new pathway ID, or an error, once it is ready."""


class AsyncRawPathwayChat(AsyncAPIResource):
    """The `pathway_chat` endpoints: create, send, history (returning the `httpx.Response`)."""

    async def create(
        self,
        *,
        pathway_id: str,
        start_node_id: str | None = None,
        request_data: dict[str, Any] | None = None,
        use_candidate_model: bool | None = None,
        pathway_version: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Start a text chat session with a pathway for testing, with optional start node and variables."""

    async def send(
        self,
        chat_id: str,
        *,
        message: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Send a message in a pathway chat and return the agent's replies, current node and variables."""

    async def history(
        self,
        chat_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the message history of a pathway chat session."""


class AsyncRawPathwayVersions(AsyncAPIResource):
    """The `pathway_versions` endpoints: list, get, promote, create, update, delete (returning the `httpx.Response`)."""

    async def list(
        self,
        pathway_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List a pathway's versions with their number, name, creation time and whether each is the latest."""

    async def get(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the nodes and edges of a specific pathway version, or of the live pathway with version 0."""

    async def promote(
        self,
        pathway_id: str,
        *,
        version_id: float,
        environment: Literal['production', 'staging'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Publish a pathway version to an environment such as production, making it the one calls use."""

    async def create(
        self,
        pathway_id: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a new version of a pathway from a name, nodes and edges; returns its ID and version number."""

    async def update(
        self,
        pathway_id: str,
        version_number: str,
        *,
        name: str,
        nodes: builtins.list[dict[str, Any]],
        edges: builtins.list[dict[str, Any]],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Overwrite a pathway version's name, nodes and edges."""

    async def delete(
        self,
        pathway_id: str,
        version_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a pathway version by archiving it."""


class AsyncRawPathwayFolders(AsyncAPIResource):
    """The `pathway_folders` endpoints: list, list_pathways, create, delete, update, move_pathway (returning the
    `httpx.Response`).
    """

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your pathway folders with their names and parent folders."""

    async def list_pathways(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the pathways in a folder with their names, descriptions and creation times."""

    async def create(
        self,
        *,
        name: str,
        parent_folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a pathway folder, optionally inside a parent folder; returns the new folder ID."""

    async def delete(
        self,
        folder_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a pathway folder; the folder must be empty first."""

    async def update(
        self,
        folder_id: str,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Rename a pathway folder and return its ID, new name and parent folder."""

    async def move_pathway(
        self,
        *,
        pathway_id: str,
        folder_id: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Move a pathway into a folder, or back to the root level."""


class AsyncRawVectorKnowledgeBases(AsyncAPIResource):
    """The `vector_knowledge_bases` endpoints: create, upload_media, upload_text, update, list, get, delete (returning the
    `httpx.Response`).
    """

    async def create(
        self,
        *,
        name: str,
        description: str,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from text for agents to consult during calls; returns its vector ID."""

    async def upload_media(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from an uploaded MP3 or MP4 media file."""

    async def upload_text(
        self,
        *,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from an uploaded PDF, TXT, DOC or DOCX document."""

    async def update(
        self,
        vector_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        text: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Replace a knowledge base's name, description and document text."""

    async def list(
        self,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your vector knowledge bases with their IDs, names and descriptions."""

    async def get(
        self,
        vector_id: str,
        *,
        include_text: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return a vector knowledge base's name and description, optionally with its text."""

    async def delete(
        self,
        vector_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a vector knowledge base so agents can no longer consult it."""


class AsyncRawKnowledgeBases(AsyncAPIResource):
    """The `knowledge_bases` endpoints: create_from_file, create_from_text, create_from_web, list, get, update, delete,
    discover_sitemap_urls, chat (returning the `httpx.Response`).
    """

    async def create_from_file(
        self,
        *,
        type: Literal['file'] = 'file',
        name: str | None = None,
        description: str | None = None,
        file: bytes | os.PathLike[Any] | IO[bytes] | tuple[Any, ...],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from an uploaded document such as a PDF or Word file."""

    async def create_from_text(
        self,
        *,
        type: Literal['text'] = 'text',
        name: str,
        description: str | None = None,
        text: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base from raw text of up to 1 MB."""

    async def create_from_web(
        self,
        *,
        type: Literal['web'] = 'web',
        name: str,
        description: str | None = None,
        urls: builtins.list[str],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a knowledge base by scraping up to 100 web pages."""

    async def list(
        self,
        *,
        page: float | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your knowledge bases with their type, processing status and source, with paging."""

    async def get(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one knowledge base's details, including its type, processing status and source."""

    async def update(
        self,
        knowledge_base_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change a knowledge base's name or description without changing its content."""

    async def delete(
        self,
        knowledge_base_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a knowledge base by marking its status as deleted."""

    async def discover_sitemap_urls(
        self,
        *,
        url: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Find a website's sitemap and return the page URLs it lists, for choosing pages to scrape."""

    async def chat(
        self,
        *,
        knowledge_base_id: str,
        messages: builtins.list[dict[str, Any]] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Ask a knowledge base a question and get an answer with the source passages it used."""


class AsyncRawCustomTools(AsyncAPIResource):
    """The `custom_tools` endpoints: create, update, delete, list, get (returning the `httpx.Response`)."""

    async def create(
        self,
        *,
        name: str,
        description: str,
        speech: str | None = None,
        url: str,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a custom tool that lets the agent call an external API during calls; returns the tool ID."""

    async def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        speech: str | None = None,
        url: str | None = None,
        method: Literal['GET', 'POST'] | None = None,
        headers: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        input_schema: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None,
        tool_timeout: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a custom tool's name, description, request settings, input schema or response mapping."""

    async def delete(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a custom tool so agents can no longer use it on calls."""

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your custom tools with their IDs and definitions."""

    async def get(
        self,
        tool_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return one custom tool's definition, including its request settings and input schema."""


class AsyncRawToolsV2(AsyncAPIResource):
    """The `tools_v2` endpoints: create, update, list, execution_logs, execution_stats (returning the `httpx.Response`).
    """

    async def create(
        self,
        *,
        name: str,
        description: str,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'],
        action: str,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a tool that runs an integration action during calls; returns the tool ID."""

    async def update(
        self,
        tool_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        integration: Literal['bland-sms', 'custom-code', 'slack', 'salesforce', 'rest_api', 'hubspot', 'calendly', 'cal-com-v2', 'notion'] | None = None,
        action: str | None = None,
        input_schema: dict[str, Any] | None = None,
        body: str | dict[str, Any] | None = None,
        speech: str | None = None,
        tool_timeout: float | None = None,
        cache: bool | None = None,
        response_data: builtins.list[dict[str, Any]] | None = None,
        max_retries: float | None = None,
        cooldown: float | None = None,
        resource_id: str | None = None,
        public: bool | None = None,
        label: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a tool's settings; only the fields provided are changed."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: str | None = None,
        order_by: Literal['created_at'] | None = None,
        order_direction: Literal['asc', 'desc'] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your tools with text search, sorting and paging."""

    async def execution_logs(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        call_id: str | None = None,
        error_type: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        execution_time_ms_gt: float | None = None,
        execution_time_ms_lt: float | None = None,
        input_size_kb_gt: float | None = None,
        input_size_kb_lt: float | None = None,
        output_size_kb_gt: float | None = None,
        output_size_kb_lt: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List tool execution logs, filtered by tool, call, status, time range, duration or size."""

    async def execution_stats(
        self,
        *,
        group_by: str | None = None,
        metrics: str | None = None,
        period: Literal['today', 'week', 'month'] | None = None,
        start_date: datetime | date | str | None = None,
        end_date: datetime | date | str | None = None,
        tool_id: str | None = None,
        resource_id: str | None = None,
        integration: str | None = None,
        action: str | None = None,
        status: Literal['success', 'error'] | None = None,
        error_type: str | None = None,
        call_id: str | None = None,
        limit: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return tool execution statistics such as counts and average times, grouped by chosen fields."""


class AsyncRawWebAgents(AsyncAPIResource):
    """The `web_agents` endpoints: create, update, authorize_call, delete, list (returning the `httpx.Response`)."""

    async def create(
        self,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        keywords: builtins.list[str] | None = None,
        max_duration: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a web agent for browser voice calls, with a prompt or pathway, voice and tools."""

    async def update(
        self,
        agent_id: str,
        *,
        prompt: str | None = None,
        voice: str | None = None,
        webhook: str | None = None,
        metadata: dict[str, Any] | None = None,
        pathway_id: str | None = None,
        language: str | None = None,
        model: Literal['base', 'turbo'] | None = None,
        first_sentence: str | None = None,
        tools: builtins.list[Any] | None = None,
        dynamic_data: dict[str, Any] | None = None,
        interruption_threshold: float | None = None,
        max_duration: int | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update a web agent's settings, such as its prompt, pathway, voice, tools or webhook."""

    async def authorize_call(
        self,
        agent_id: str,
        *,
        request_data: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create a one-time session token that lets a browser client start a call with a web agent."""

    async def delete(
        self,
        agent_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a web agent so it can no longer take browser calls."""

    async def list(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List your web agents with their settings."""


class AsyncRawTwilioAccounts(AsyncAPIResource):
    """The `twilio_accounts` endpoints: create_encrypted_key, delete_encrypted_key, upload_inbound_numbers,
    delete_inbound_number (returning the `httpx.Response`).
    """

    async def create_encrypted_key(
        self,
        *,
        account_sid: str,
        auth_token: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Store your Twilio account credentials and return an encrypted key for calls using your numbers."""

    async def delete_encrypted_key(
        self,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete a stored Twilio encrypted key so it can no longer be used."""

    async def upload_inbound_numbers(
        self,
        *,
        numbers: list[str],
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Add phone numbers from your own Twilio account as inbound numbers; returns those added."""

    async def delete_inbound_number(
        self,
        phone_number: str,
        *,
        encrypted_key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Remove one of your Twilio inbound phone numbers."""


class AsyncRawAccount(AsyncAPIResource):
    """The `account` endpoints: get (returning the `httpx.Response`)."""

    async def get(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the account's status, balance, refill setting and total call count."""


class AsyncRawOrganizations(AsyncAPIResource):
    """The `organizations` endpoints: create, delete, get, members, current_service_version, service_versions,
    update_service_version, update_members, update_member_permissions, update_properties, memberships, leave, billing,
    billing_refill, audit_logs (returning the `httpx.Response`).
    """

    async def create(
        self,
        *,
        name: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Create an organization with the given name and return its details."""

    async def delete(
        self,
        org_id: str,
        *,
        delete_confirm: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Delete an organization, confirming with its slug."""

    async def get(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return an organization's details, including its name, plan, limits and preferences."""

    async def members(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List an organization's members with their names, contact details and permissions."""

    async def current_service_version(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return the version ID of a service that an organization currently uses."""

    async def service_versions(
        self,
        org_id: str,
        service: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the versions of a service available to an organization, with support status and tags."""

    async def update_service_version(
        self,
        org_id: str,
        service: str,
        *,
        version: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Pin an organization to a specific version of a service."""

    async def update_members(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove'],
        target: str,
        permissions: list[str] | None = None,
        is_invite: bool | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Add or invite a member to an organization, or remove a member or pending invite."""

    async def update_member_permissions(
        self,
        org_id: str,
        *,
        action: Literal['add', 'remove', 'reset', 'set'],
        target: str,
        permissions: list[str] | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Change an organization member's roles and return the resulting role list."""

    async def update_properties(
        self,
        org_id: str,
        *,
        updates: dict[str, Any],
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Update an organization's display name or preferences, such as recording retention."""

    async def memberships(
        self,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the organizations you belong to, with your roles in each."""

    async def leave(
        self,
        *,
        org_id: str,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Leave an organization that you are a member of."""

    async def billing(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return an organization's current balance and its automatic refill amount and threshold."""

    async def billing_refill(
        self,
        org_id: str,
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """Return an organization's automatic refill amount."""

    async def audit_logs(
        self,
        *,
        event_type: str | None = None,
        actor_id: str | None = None,
        created_after: datetime | date | str | None = None,
        created_before: datetime | date | str | None = None,
        page: float | None = None,
        page_size: float | None = None,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """List the organization's audit log events, filtered by event type, user and time, with paging."""


class AsyncRawResponse:
    """`AsyncBlandClient.with_raw_response`: the same groups and `invoke`, returning the `httpx.Response`."""

    @property
    def calls(self) -> AsyncRawCalls:
        """The `calls` endpoints: send, send_simple, send_pathway_simple, analyze, stop, stop_all_active, listen,
        transcript_stream_url, transfer, list, list_active, get, event_stream, recording, corrected_transcript,
        postcall_webhook, create_postcall_webhook, resend_postcall_webhook.
        """

    @property
    def campaigns(self) -> AsyncRawCampaigns:
        """The `campaigns` endpoints: create, list, get, stop."""

    @property
    def batches(self) -> AsyncRawBatches:
        """The `batches` endpoints: create, list, get, logs, stop, create_v1_legacy."""

    @property
    def intelligence(self) -> AsyncRawIntelligence:
        """The `intelligence` endpoints: analyze_emotions."""

    @property
    def sms(self) -> AsyncRawSms:
        """The `sms` endpoints: list_numbers, update_config, send, send_batch, create_conversation, list_conversations,
        get_conversation, update_conversation, delete_messages, delete_conversation, conversation_webhook,
        analyze_conversation, update_number_legacy, update_webhook, toggle_human_mode, messages_legacy,
        clear_conversation, register_a2p_brand, a2p_status.
        """

    @property
    def blocked_numbers(self) -> AsyncRawBlockedNumbers:
        """The `blocked_numbers` endpoints: create, list, get, delete, edit."""

    @property
    def voices(self) -> AsyncRawVoices:
        """The `voices` endpoints: list, get, clone, rename, delete, settings, update_settings, update_config, rate,
        unrate, check_name, list_shared, add_from_library, list_samples, add_samples, get_sample,
        update_sample_transcriptions, delete_samples, generate_sample_legacy.
        """

    @property
    def pathways(self) -> AsyncRawPathways:
        """The `pathways` endpoints: list, get, session_token, call_events, create, update, delete, generate,
        generation_status.
        """

    @property
    def pathway_chat(self) -> AsyncRawPathwayChat:
        """The `pathway_chat` endpoints: create, send, history."""

    @property
    def pathway_versions(self) -> AsyncRawPathwayVersions:
        """The `pathway_versions` endpoints: list, get, promote, create, update, delete."""

    @property
    def pathway_folders(self) -> AsyncRawPathwayFolders:
        """The `pathway_folders` endpoints: list, list_pathways, create, delete, update, move_pathway."""

    @property
    def vector_knowledge_bases(self) -> AsyncRawVectorKnowledgeBases:
        """The `vector_knowledge_bases` endpoints: create, upload_media, upload_text, update, list, get, delete."""

    @property
    def knowledge_bases(self) -> AsyncRawKnowledgeBases:
        """The `knowledge_bases` endpoints: create_from_file, create_from_text, create_from_web, list, get, update, delete,
        discover_sitemap_urls, chat.
        """

    @property
    def custom_tools(self) -> AsyncRawCustomTools:
        """The `custom_tools` endpoints: create, update, delete, list, get."""

    @property
    def tools_v2(self) -> AsyncRawToolsV2:
        """The `tools_v2` endpoints: create, update, list, execution_logs, execution_stats."""

    @property
    def web_agents(self) -> AsyncRawWebAgents:
        """The `web_agents` endpoints: create, update, authorize_call, delete, list."""

    @property
    def twilio_accounts(self) -> AsyncRawTwilioAccounts:
        """The `twilio_accounts` endpoints: create_encrypted_key, delete_encrypted_key, upload_inbound_numbers,
        delete_inbound_number.
        """

    @property
    def account(self) -> AsyncRawAccount:
        """The `account` endpoints: get."""

    @property
    def organizations(self) -> AsyncRawOrganizations:
        """The `organizations` endpoints: create, delete, get, members, current_service_version, service_versions,
        update_service_version, update_members, update_member_permissions, update_properties, memberships, leave,
        billing, billing_refill, audit_logs.
        """

    async def invoke(self, name: str, /, **params: Any) -> httpx.Response:
        """`AsyncBlandClient.invoke`, returning the `httpx.Response`."""
