"""Voices: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._models import Voice
from .._pagination import Offset
from .._types import FileInput, Id, Number


class ListVoicesParams(Params):
    """Parameters of `list_voices`."""


list_voices = Endpoint(
    name="list_voices",
    group="voices",
    method_name="list",
    http_method="GET",
    path="/v1/voices",
    effect="read",
    summary='List the voices available to you: curated defaults, your clones and voices added from the library.',
    synonyms=("available voices", "my voices", "voice options", "which voices"),
    params=ListVoicesParams,
    result=Voice,
    items='voices',
)


class GetVoiceParams(Params):
    """Parameters of `get_voice`."""

    voice_id: Id = Field(alias='id', description='Voice UUID, or a curated voice name such as maya.')


get_voice = Endpoint(
    name="get_voice",
    group="voices",
    method_name="get",
    http_method="GET",
    path="/v1/voices/{id}",
    effect="read",
    summary="Return one voice's details by ID or curated voice name, including description, tags and ratings.",
    synonyms=("voice details", "about a voice"),
    params=GetVoiceParams,
    result=Voice,
    unwrap='voice',
)


class CloneVoiceParams(Params):
    """Parameters of `clone_voice`."""

    name: str = Field(description='Display name, 1-30 chars, unique in your library.')
    audio_samples: list[FileInput] = Field(
        description='Exactly one audio file (~10 s ideal, <=10 MB, WAV recommended) for both engines.'
    )
    gender: Optional[Literal['male', 'female']] = Field(None, description='Helps the model.')
    description: Optional[str] = Field(None, description='Style/tone hint.')
    is_btts_v3: Optional[bool] = Field(None, alias='isBTTS_V3', description='Select V3 engine (default).')
    is_btts_v2: Optional[bool] = Field(None, alias='isBTTS_V2', description='Select V2 engine instead.')


clone_voice = Endpoint(
    name="clone_voice",
    group="voices",
    method_name="clone",
    http_method="POST",
    path="/v1/voices/clone",
    effect="outbound",
    summary='Create a cloned voice from an uploaded audio sample; returns the new voice ID.',
    synonyms=("clone", "copy my voice", "custom voice", "voice from a recording"),
    params=CloneVoiceParams,
    envelope="data",
    multipart=True,
)


class RenameVoiceParams(Params):
    """Parameters of `rename_voice`."""

    voice_id: Id = Field(alias='id', description='UUID of a voice you own.')
    name: str = Field(description='New name, 1-30 chars, unique.')


rename_voice = Endpoint(
    name="rename_voice",
    group="voices",
    method_name="rename",
    http_method="PATCH",
    path="/v1/voices/{id}/rename",
    effect="write",
    summary='Rename a voice you own; the new name must be unique in your library.',
    synonyms=("rename", "new name"),
    params=RenameVoiceParams,
    envelope="data",
)


class DeleteVoiceParams(Params):
    """Parameters of `delete_voice`."""

    voice_id: Id = Field(alias='id', description='UUID of a voice you own.')


delete_voice = Endpoint(
    name="delete_voice",
    group="voices",
    method_name="delete",
    http_method="DELETE",
    path="/v1/voices/{id}",
    effect="destructive",
    summary='Delete a voice you own so it no longer appears in your voice list.',
    synonyms=("remove a voice", "get rid of a voice"),
    params=DeleteVoiceParams,
    envelope="data",
)


class GetVoiceSettingsParams(Params):
    """Parameters of `get_voice_settings`."""

    voice_id: Id = Field(alias='id', description='Voice UUID (owned).')


get_voice_settings = Endpoint(
    name="get_voice_settings",
    group="voices",
    method_name="settings",
    http_method="GET",
    path="/v1/voices/{id}/settings",
    effect="read",
    summary="Return a voice's tuning settings, such as consistency and expressiveness, with their allowed ranges.",
    synonyms=("voice settings", "stability", "how expressive"),
    params=GetVoiceSettingsParams,
)


class UpdateVoiceSettingsParams(Params):
    """Parameters of `update_voice_settings`."""

    voice_id: Id = Field(alias='id', description='Voice UUID (owned).')
    consistency: Optional[Number] = Field(None, description='V1 0-1 float; V2 0-64 int (lower = more consistent).')
    expressiveness: Optional[Number] = Field(None, description='0-1 float (V1/V2).')
    boost_language_consistency: Optional[bool] = Field(
        None, description='V3 only; favours staying in the sample language.'
    )


update_voice_settings = Endpoint(
    name="update_voice_settings",
    group="voices",
    method_name="update_settings",
    http_method="POST",
    path="/v1/voices/{id}/settings",
    effect="write",
    summary="Change a voice's tuning settings, such as consistency, expressiveness or language consistency.",
    synonyms=("tune the voice", "stability", "stable", "expressive"),
    params=UpdateVoiceSettingsParams,
    idempotent=True,
)


class UpdateVoiceConfigParams(Params):
    """Parameters of `update_voice_config`."""

    voice_id: Id = Field(alias='id', description='Voice UUID (owned).')
    consistency: Optional[Number] = Field(None, description='V1 0-1 float; V2/V3 1-32 int per this page.')
    expressiveness: Optional[Number] = Field(None, description='V1 only, 0-1.')
    boost: Optional[Literal[0, 1]] = Field(None, description='V2/V3 expressiveness boost.')


update_voice_config = Endpoint(
    name="update_voice_config",
    group="voices",
    method_name="update_config",
    http_method="PATCH",
    path="/v1/voices/{id}/config",
    effect="write",
    summary="Change a voice's configuration, such as consistency, expressiveness or boost, and return the voice.",
    synonyms=("boost", "stability", "stable"),
    params=UpdateVoiceConfigParams,
)


class RateVoiceParams(Params):
    """Parameters of `rate_voice`."""

    voice_id: Id = Field(alias='id', description='Voice UUID.')
    rating: int = Field(description='1-5 stars; replaces your previous rating.')


rate_voice = Endpoint(
    name="rate_voice",
    group="voices",
    method_name="rate",
    http_method="POST",
    path="/v1/voices/{id}/rate",
    effect="write",
    summary="Rate a voice from 1 to 5 stars; returns the voice's total rating count and average rating.",
    synonyms=("stars", "review", "score", "like"),
    params=RateVoiceParams,
    idempotent=True,
)


class UnrateVoiceParams(Params):
    """Parameters of `unrate_voice`."""

    voice_id: Id = Field(alias='id', description='Voice UUID.')


unrate_voice = Endpoint(
    name="unrate_voice",
    group="voices",
    method_name="unrate",
    http_method="DELETE",
    path="/v1/voices/{id}/rate",
    effect="destructive",
    summary='Remove the rating you previously gave to a shared voice.',
    synonyms=("remove rating", "undo rating", "take back rating"),
    params=UnrateVoiceParams,
)


class CheckVoiceNameParams(Params):
    """Parameters of `check_voice_name`."""

    name: str = Field(description='Candidate name, 1-30 chars; case-insensitive per org.')


check_voice_name = Endpoint(
    name="check_voice_name",
    group="voices",
    method_name="check_name",
    http_method="POST",
    path="/v1/voices/check_name_availability",
    effect="read",
    summary='Check whether a voice name is still available in your library.',
    synonyms=("name taken", "name available", "name free"),
    params=CheckVoiceNameParams,
)


class ListSharedVoicesParams(Params):
    """Parameters of `list_shared_voices`."""

    limit: Optional[int] = Field(None, description='Page size. API default: 50.')
    offset: Optional[int] = Field(None, description='Items to skip. API default: 0.')
    search: Optional[str] = Field(None, description='Text search over name/description/tags.')
    language: Optional[str] = Field(None, description='Language tag filter (en, es, ja...).')


list_shared_voices = Endpoint(
    name="list_shared_voices",
    group="voices",
    method_name="list_shared",
    http_method="GET",
    path="/v1/voices/shared",
    effect="read",
    summary='Browse the shared voice library, with text search, language filter and paging.',
    synonyms=("community voices", "voice library", "marketplace", "browse voices", "accent"),
    params=ListSharedVoicesParams,
    result=Voice,
    items='voices',
    pagination=Offset(size="limit", default_size=50, offset="offset"),
)


class AddLibraryVoiceParams(Params):
    """Parameters of `add_library_voice`."""

    voice_id: Id = Field(alias='id', description='Shared voice UUID.')


add_library_voice = Endpoint(
    name="add_library_voice",
    group="voices",
    method_name="add_from_library",
    http_method="POST",
    path="/v1/voices/library/add/{id}",
    effect="write",
    summary='Add a voice from the shared library to your own voices.',
    synonyms=("save a library voice", "import a shared voice"),
    params=AddLibraryVoiceParams,
)


class ListVoiceSamplesParams(Params):
    """Parameters of `list_voice_samples`."""

    voice_id: Id = Field(alias='id', description='Owned voice UUID.')
    include_audio: Optional[bool] = Field(None, description='Embed base64 audio per sample. API default: false.')


list_voice_samples = Endpoint(
    name="list_voice_samples",
    group="voices",
    method_name="list_samples",
    http_method="GET",
    path="/v1/voices/{id}/samples",
    effect="read",
    summary='List the audio samples of a voice you own, optionally including the audio data.',
    synonyms=("training clips", "audio clips", "trained on"),
    params=ListVoiceSamplesParams,
    items='samples',
)


class AddVoiceSamplesParams(Params):
    """Parameters of `add_voice_samples`."""

    voice_id: Id = Field(description='Owned voice UUID (form field, not path).')
    audio_samples: list[FileInput] = Field(
        description='WAV files, 1-60 s each, <=10 MB; V1 voices max 5 samples total.'
    )


add_voice_samples = Endpoint(
    name="add_voice_samples",
    group="voices",
    method_name="add_samples",
    http_method="POST",
    path="/v1/voices/samples",
    effect="write",
    summary='Upload WAV audio samples to a voice you own to improve it.',
    synonyms=("upload clips", "more samples", "train the voice", "improve the clone"),
    params=AddVoiceSamplesParams,
    multipart=True,
)


class GetVoiceSampleParams(Params):
    """Parameters of `get_voice_sample`."""

    voice_id: Id = Field(alias='id', description='Voice UUID.')
    sample_id: Id = Field(description='Sample UUID.')
    format: Optional[Literal['audio', 'json']] = Field(
        None, description='audio = WAV binary; json = metadata + base64. API default: "audio".'
    )


get_voice_sample = Endpoint(
    name="get_voice_sample",
    group="voices",
    method_name="get_sample",
    http_method="GET",
    path="/v1/voices/{id}/samples/{sample_id}",
    effect="read",
    summary='Return one voice sample as WAV audio or as JSON with its transcription and base64 audio.',
    synonyms=("play a sample", "listen to a sample"),
    params=GetVoiceSampleParams,
    unwrap='sample',
)


class UpdateVoiceSampleTranscriptionsParams(Params):
    """Parameters of `update_voice_sample_transcriptions`."""

    voice_id: Id = Field(alias='id', description='Voice UUID.')
    samples: list[dict[str, Any]] = Field(description='Entries {id, transcription}.')


update_voice_sample_transcriptions = Endpoint(
    name="update_voice_sample_transcriptions",
    group="voices",
    method_name="update_sample_transcriptions",
    http_method="PATCH",
    path="/v1/voices/{id}/samples",
    effect="write",
    summary="Set the transcriptions of a voice's audio samples.",
    synonyms=("fix the transcription", "sample text"),
    params=UpdateVoiceSampleTranscriptionsParams,
)


class DeleteVoiceSamplesParams(Params):
    """Parameters of `delete_voice_samples`."""

    voice_id: Id = Field(alias='id', description='Voice UUID.')
    sample_ids: list[Id] = Field(description='Sample UUIDs to remove.')


delete_voice_samples = Endpoint(
    name="delete_voice_samples",
    group="voices",
    method_name="delete_samples",
    http_method="DELETE",
    path="/v1/voices/{id}/samples",
    effect="destructive",
    summary='Delete audio samples from a voice and retrain the voice on the samples that remain.',
    synonyms=("remove samples", "bad clips"),
    params=DeleteVoiceSamplesParams,
)


class GenerateVoiceSampleLegacyParams(Params):
    """Parameters of `generate_voice_sample_legacy`."""

    voice_id: Id = Field(alias='id', description='Voice ID or name.')
    text: str = Field(description='Text to speak, max 200 chars.')
    voice_settings: Optional[dict[str, Any]] = Field(None, description='Override voice settings.')
    language: Optional[str] = Field(None, description='Language code. API default: "ENG".')


generate_voice_sample_legacy = Endpoint(
    name="generate_voice_sample_legacy",
    group="voices",
    method_name="generate_sample_legacy",
    http_method="POST",
    path="/v1/voices/{id}/sample",
    effect="write",
    summary='Generate a short audio clip of a voice speaking the given text using the removed legacy endpoint.',
    synonyms=("preview a voice", "hear a voice", "text to speech", "tts", "sounds like", "say"),
    params=GenerateVoiceSampleLegacyParams,
)


ENDPOINTS = [
    list_voices,
    get_voice,
    clone_voice,
    rename_voice,
    delete_voice,
    get_voice_settings,
    update_voice_settings,
    update_voice_config,
    rate_voice,
    unrate_voice,
    check_voice_name,
    list_shared_voices,
    add_library_voice,
    list_voice_samples,
    add_voice_samples,
    get_voice_sample,
    update_voice_sample_transcriptions,
    delete_voice_samples,
    generate_voice_sample_legacy,
]
