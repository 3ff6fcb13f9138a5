"""Voices: list/get, clone, rename, delete, tuning, ratings, the shared library, V1 samples."""

from __future__ import annotations

from typing import Any

from ..state import SandboxError, Store
from ..state.voices import CONFIG_KEYS, SHARED_KEYS, VOICE_KEYS, view
from . import Binary, SandboxRequest, handles


@handles("list_voices")
def list_voices(store: Store, req: SandboxRequest) -> Any:
    return {"voices": [view(voice, VOICE_KEYS) for voice in store.voices.listed()]}


@handles("get_voice")
def get_voice(store: Store, req: SandboxRequest) -> Any:
    return {"voice": view(store.voices.get(req.params.voice_id), VOICE_KEYS)}


@handles("clone_voice")
def clone_voice(store: Store, req: SandboxRequest) -> Any:
    service = "BTTS_V2" if req.params.is_btts_v2 and not req.params.is_btts_v3 else "BTTS_V3"
    voice = store.voices.clone(
        req.params.name,
        req.files.get("audio_samples", []),
        gender=req.params.gender,
        description=req.params.description,
        service=service,
    )
    return {"status": 200, "data": {"voice_id": voice["id"], "name": voice["name"]}, "errors": None}


@handles("rename_voice")
def rename_voice(store: Store, req: SandboxRequest) -> Any:
    voice = store.voices.rename(req.params.voice_id, req.params.name)
    return {"data": {"name": voice["name"], "voice_id": voice["id"]}, "errors": None}


@handles("delete_voice")
def delete_voice(store: Store, req: SandboxRequest) -> Any:
    store.voices.delete(req.params.voice_id)
    return {"data": {"status": "success", "message": "Voice deleted successfully"}, "errors": None}


@handles("get_voice_settings")
def get_voice_settings(store: Store, req: SandboxRequest) -> Any:
    return store.voices.settings(store.voices.owned(req.params.voice_id, "VOICE_SETTINGS_ERROR"))


@handles("update_voice_settings")
def update_voice_settings(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    return store.voices.update_settings(
        params.voice_id, params.consistency, params.expressiveness, params.boost_language_consistency
    )


@handles("update_voice_config")
def update_voice_config(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    voice = store.voices.update_config(params.voice_id, params.consistency, params.expressiveness, params.boost)
    return {
        "status": "success",
        "message": "Voice configuration updated successfully",
        "voice": view(voice, CONFIG_KEYS),
    }


@handles("rate_voice", "unrate_voice")
def rate_voice(store: Store, req: SandboxRequest) -> Any:
    voice = store.voices.rate(req.params.voice_id, getattr(req.params, "rating", None))
    return {"status": "success", "total_ratings": voice["total_ratings"], "average_rating": voice["average_rating"]}


@handles("check_voice_name")
def check_voice_name(store: Store, req: SandboxRequest) -> Any:
    taken = store.voices.name_taken(req.params.name)
    state = "is already in use" if taken else "is available"
    return {"status": "success", "result": not taken, "message": f'Voice name "{req.params.name}" {state}'}


@handles("list_shared_voices")
def list_shared_voices(store: Store, req: SandboxRequest) -> Any:
    found = store.voices.shared(req.params.search, req.params.language)
    offset, limit = max(req.params.offset or 0, 0), req.params.limit if req.params.limit is not None else 50
    return {"voices": [view(voice, SHARED_KEYS) for voice in found[offset : offset + max(limit, 0)]]}


@handles("add_library_voice")
def add_library_voice(store: Store, req: SandboxRequest) -> Any:
    voice = store.voices.add_from_library(req.params.voice_id)
    return {"status": "success", "message": "Voice is in your library", "voice": view(voice, CONFIG_KEYS)}


@handles("list_voice_samples")
def list_voice_samples(store: Store, req: SandboxRequest) -> Any:
    samples = store.voices.samples_of(req.params.voice_id, "VOICE_SAMPLES_ERROR")
    return {"samples": [store.voices.sample_view(s, audio=bool(req.params.include_audio)) for s in samples]}


@handles("add_voice_samples")
def add_voice_samples(store: Store, req: SandboxRequest) -> Any:
    added = store.voices.add_samples(req.params.voice_id, req.files.get("audio_samples", []))
    return {"status": "success", "samples": [store.voices.sample_view(s) for s in added]}


@handles("get_voice_sample")
def get_voice_sample(store: Store, req: SandboxRequest) -> Any:
    sample = store.voices.sample(req.params.voice_id, req.params.sample_id, "VOICE_SAMPLE_ERROR")
    if not sample["_audio"]:
        raise SandboxError.data(404, "AUDIO_NOT_FOUND", "No audio data found for this sample")
    if req.params.format == "json":
        return {"sample": store.voices.sample_view(sample, audio=True)}
    return Binary(sample["_audio"], "audio/wav")


@handles("update_voice_sample_transcriptions")
def update_voice_sample_transcriptions(store: Store, req: SandboxRequest) -> Any:
    updated = store.voices.transcribe(req.params.voice_id, req.params.samples)
    return {"status": "success", "samples": [store.voices.sample_view(s) for s in updated]}


@handles("delete_voice_samples")
def delete_voice_samples(store: Store, req: SandboxRequest) -> Any:
    remaining = store.voices.delete_samples(req.params.voice_id, req.params.sample_ids)
    return {"status": "success", "samples": [store.voices.sample_view(s) for s in remaining]}
