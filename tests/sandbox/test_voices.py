"""Voices in the sandbox: curated voices, clones, tuning, ratings, the shared library, samples.

`assert_shape` (also used by the tools and web agents tests) checks an answer against the
catalog's documented example: the same keys at every level, the same kinds of values.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox
from bland_nb.sandbox.state.voices import CLONE_LIMIT, wav

from .conftest import CATALOG, assert_shape, raw

CURATED = {"maya", "josh", "florian", "june", "nat", "paige"}


def owned(client, service: str) -> Any:
    return next(v for v in client.voices.list() if v.raw["user_id"] and v.service == service)


def clone_v2(client, name: str = "Narrator") -> str:
    return client.voices.clone(name=name, audio_samples=[wav(3)], is_btts_v2=True).voice_id


# -- the seeded world -----------------------------------------------------------------------------


def test_list_has_curated_voices_and_the_accounts_clones(sandbox, client):
    voices = list(client.voices.list())
    curated = [v for v in voices if "Bland Curated" in v.tags]
    assert CURATED <= {v.name for v in curated}
    assert all(v.public and v.service == "BTTS_V2" and v.raw["user_id"] is None for v in curated)
    mine = [v for v in voices if v.raw["user_id"] == sandbox.store.account.user_id]
    assert sorted(v.service for v in mine) == ["BTTS_V1", "BTTS_V3"] and not any(v.public for v in mine)
    shared = {v.id for v in client.voices.list_shared(limit=100)}
    assert shared and not shared & {v.id for v in voices}


def test_get_by_id_engine_id_or_name(client):
    maya = client.voices.get("maya")
    assert maya.name == "maya" and maya.description == "Young American Female"
    assert client.voices.get(maya.id).id == client.voices.get(maya.voice_id).id == maya.id
    with pytest.raises(bland_nb.NotFoundError):
        client.voices.get("no-such-voice")


def test_same_seed_same_voices_other_seed_differs():
    def answers(seed: int) -> str:
        client = Sandbox(seed=seed, calls=20).client()
        r = client.with_raw_response.voices
        return json.dumps([raw(r.list), raw(r.list_shared, limit=100)])

    assert answers(5) == answers(5)
    assert answers(5) != answers(6)


# -- clone, rename, delete ------------------------------------------------------------------------


def test_clone_rename_and_soft_delete(sandbox, client):
    created = client.voices.clone(name="Support Lead", audio_samples=[wav(4)], gender="female", description="warm")
    voice = client.voices.get(created.voice_id)
    assert (voice.name, voice.service, voice.description) == ("Support Lead", "BTTS_V3", "warm")
    assert "female" in voice.tags and voice.id in {v.id for v in client.voices.list()}
    assert client.voices.get(clone_v2(client)).service == "BTTS_V2"

    renamed = client.voices.rename(created.voice_id, name="Support Lead 2")
    assert renamed.name == client.voices.get(created.voice_id).name == "Support Lead 2"
    assert client.voices.check_name(name="support lead 2").raw == {
        "status": "success",
        "result": False,
        "message": 'Voice name "support lead 2" is already in use',
    }
    with pytest.raises(bland_nb.BadRequestError, match="Voice name is already taken"):
        client.voices.rename(created.voice_id, name="Narrator")

    client.voices.delete(created.voice_id)
    assert created.voice_id not in {v.id for v in client.voices.list()}
    with pytest.raises(bland_nb.NotFoundError):
        client.voices.get(created.voice_id)
    assert sandbox.store.voices.voices[created.voice_id]["deleted_at"] == "2026-11-26T12:00:00.000Z"
    assert client.voices.check_name(name="Support Lead 2").result is True


def test_clone_without_audio_and_over_the_limit(sandbox, client):
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.clone(name="Empty", audio_samples=[b""])
    assert info.value.body == CATALOG["clone_voice"]["response_examples_other"]["Validation Error"]
    for number in range(CLONE_LIMIT - 2):  # two clones are seeded
        client.voices.clone(name=f"Clone {number}", audio_samples=[wav(1)])
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.clone(name="One too many", audio_samples=[wav(1)])
    assert info.value.body == CATALOG["clone_voice"]["response_examples_other"]["Voice Limit Exceeded"]


def test_curated_voices_cannot_be_deleted_renamed_or_tuned(client):
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.delete("maya")
    assert info.value.body == CATALOG["delete_voice"]["response_examples_other"]["Error Deleting Voice"]
    with pytest.raises(bland_nb.PermissionDeniedError):
        client.voices.rename("maya", name="Not mine")
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.settings("maya")
    assert info.value.body == CATALOG["get_voice_settings"]["response_examples_other"]["Not Owned"]
    assert client.voices.get("maya").name == "maya"


# -- tuning ---------------------------------------------------------------------------------------


def test_settings_of_a_v2_voice(client):
    voice_id = clone_v2(client)
    settings = raw(client.with_raw_response.voices.settings, voice_id)
    assert settings == {
        "consistency": 8,
        "expressiveness": 1,
        "service": "BTTS_V2",
        "limits": {"consistency": {"min": 0, "max": 64}, "expressiveness": {"min": 0, "max": 1}},
    }
    assert raw(client.with_raw_response.voices.update_settings, voice_id, consistency=16, expressiveness=0.8) == {
        "consistency": 16,
        "expressiveness": 0.8,
        "service": "BTTS_V2",
    }
    assert client.voices.settings(voice_id).consistency == 16
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.update_settings(voice_id, consistency=65)
    assert info.value.body == CATALOG["update_voice_settings"]["response_examples_other"]["Out of Range"]
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.update_settings(voice_id)
    assert info.value.body == CATALOG["update_voice_settings"]["response_examples_other"]["Nothing Provided"]
    assert client.voices.settings(voice_id).consistency == 16


def test_settings_of_a_v3_voice(client):
    voice_id = owned(client, "BTTS_V3").id
    settings = raw(client.with_raw_response.voices.settings, voice_id)
    assert settings == {"boost_language_consistency": True, "service": "BTTS_V3"}
    client.voices.update_settings(voice_id, boost_language_consistency=False)
    assert client.voices.settings(voice_id).boost_language_consistency is False


def test_config_shares_the_settings_write_path(client):
    voice_id = clone_v2(client)
    answer = client.voices.update_config(voice_id, consistency=12, boost=1)
    assert answer.voice["consistency"] == 12 and answer.voice["voice_meta"] == {"per_decode": 12, "boost": 1}
    assert client.voices.settings(voice_id).consistency == 12
    with pytest.raises(bland_nb.BadRequestError, match="between 1 and 32") as info:
        client.voices.update_config(voice_id, consistency=40)
    assert info.value.code == "INVALID_CONSISTENCY"


# -- ratings, names, the shared library -----------------------------------------------------------


def test_rating_moves_the_average_and_unrating_restores_it(client):
    before = client.voices.get("maya")
    rated = client.voices.rate("maya", rating=5)
    assert rated.total_ratings == before.total_ratings + 1
    after = client.voices.get("maya")
    assert after.raw["my_rating"] == 5
    assert (after.total_ratings, after.average_rating) == (rated.total_ratings, rated.average_rating)
    assert client.voices.rate("maya", rating=1).total_ratings == rated.total_ratings
    assert client.voices.get("maya").average_rating < rated.average_rating
    client.voices.unrate("maya")
    restored = client.voices.get("maya")
    assert (restored.total_ratings, restored.average_rating, restored.raw["my_rating"]) == (
        before.total_ratings,
        before.average_rating,
        None,
    )
    with pytest.raises(bland_nb.BadRequestError):
        client.voices.rate("maya", rating=6)


def test_shared_library_pages_filters_and_adds(client):
    first = client.voices.list_shared(limit=10)
    assert len(first.items) == 10 and first.has_next_page()
    everything = [v.id for v in first]
    assert len(everything) == len(set(everything)) >= 30
    assert [v.id for v in client.voices.list_shared(limit=10, offset=10).items] == everything[10:20]
    spanish = client.voices.list_shared(language="es", limit=100).items
    assert spanish and all("spanish" in v.tags for v in spanish) and len(spanish) < len(everything)
    assert [v.name for v in client.voices.list_shared(search="stephend").items] == ["StephenD"]

    added = client.voices.add_from_library(everything[0])
    assert added.message == "Voice is in your library" and added.voice["id"] == everything[0]
    client.voices.add_from_library(everything[0])
    assert [v.id for v in client.voices.list()].count(everything[0]) == 1
    with pytest.raises(bland_nb.NotFoundError):
        client.voices.add_from_library("maya")


# -- samples --------------------------------------------------------------------------------------


def test_v1_samples_add_transcribe_fetch_and_delete(client):
    voice_id = owned(client, "BTTS_V1").id
    seeded = client.voices.list_samples(voice_id).items
    assert [s.duration_seconds for s in seeded] == [9.6, 11.4, 7.2]
    clip = wav(2.5)
    added = client.voices.add_samples(voice_id=voice_id, audio_samples=[clip]).samples
    assert added[0]["duration_seconds"] == 2.5 and added[0]["voice_id"] == voice_id
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.add_samples(voice_id=voice_id, audio_samples=[clip, clip])
    assert info.value.message == (
        "Cannot add 2 sample(s). Voice already has 4 samples. Maximum allowed is 5 samples per voice."
    )

    client.voices.update_sample_transcriptions(voice_id, samples=[{"id": added[0]["id"], "transcription": "Hi there."}])
    fetched = client.voices.get_sample(voice_id, added[0]["id"], format="json")
    assert fetched.transcription == "Hi there." and base64.b64decode(fetched.audio_data) == clip

    remaining = client.voices.delete_samples(voice_id, sample_ids=[seeded[0].id, added[0]["id"]]).samples
    listed = [s.id for s in client.voices.list_samples(voice_id).items]
    assert [s["id"] for s in remaining] == listed == [s.id for s in seeded[1:]]
    with pytest.raises(bland_nb.NotFoundError):
        client.voices.get_sample(voice_id, added[0]["id"], format="json")
    with pytest.raises(bland_nb.BadRequestError, match="Missing or invalid sample_ids array"):
        client.voices.delete_samples(voice_id, sample_ids=[])


def test_sample_audio_and_a_sample_that_lost_it(client):
    voice_id = owned(client, "BTTS_V1").id
    first, _, last = client.voices.list_samples(voice_id).items
    audio = client.with_raw_response.voices.get_sample(voice_id, first.id)
    assert audio.content[:4] == b"RIFF" and len(audio.content) == 44 + 8000 * 9.6
    with pytest.raises(bland_nb.NotFoundError) as info:
        client.voices.get_sample(voice_id, last.id, format="json")
    assert info.value.body == CATALOG["get_voice_sample"]["response_examples_other"]["Audio Not Found"]


def test_samples_of_other_engines_and_voices(client):
    v3 = owned(client, "BTTS_V3").id
    assert client.voices.list_samples(v3).items == []
    with pytest.raises(bland_nb.InternalServerError) as info:
        client.voices.add_samples(voice_id=v3, audio_samples=[wav(2)])
    assert info.value.body == CATALOG["add_voice_samples"]["response_examples_other"]["Wrong Engine"]
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.voices.list_samples("maya")
    assert info.value.body == CATALOG["list_voice_samples"]["response_examples_other"]["Not Owned"]


# -- every answer has the documented shape --------------------------------------------------------


def _voice_answers(client) -> dict[str, Any]:
    """One answer of each voice endpoint, as the API body."""
    r = client.with_raw_response.voices
    v1, v2 = owned(client, "BTTS_V1").id, clone_v2(client)
    shared = client.voices.list_shared(limit=1).items[0].id
    sample = client.voices.list_samples(v1).items[0].id
    throwaway = client.voices.clone(name="Throwaway", audio_samples=[wav(1)]).voice_id
    return {
        "list_voices": lambda: raw(r.list),
        "get_voice": lambda: raw(r.get, "maya"),
        "clone_voice": lambda: raw(r.clone, name="Shape", audio_samples=[wav(1)]),
        "rename_voice": lambda: raw(r.rename, v2, name="Shape 2"),
        "delete_voice": lambda: raw(r.delete, throwaway),
        "get_voice_settings": lambda: raw(r.settings, v2),
        "update_voice_settings": lambda: raw(r.update_settings, v2, consistency=16, expressiveness=0.8),
        "update_voice_config": lambda: raw(r.update_config, v2, consistency=8),
        "rate_voice": lambda: raw(r.rate, "maya", rating=4),
        "check_voice_name": lambda: raw(r.check_name, name="Free"),
        "list_shared_voices": lambda: raw(r.list_shared, limit=5),
        "add_library_voice": lambda: raw(r.add_from_library, shared),
        "add_voice_samples": lambda: raw(r.add_samples, voice_id=v1, audio_samples=[wav(1)]),
        "get_voice_sample": lambda: raw(r.get_sample, v1, sample, format="json"),
        "update_voice_sample_transcriptions": lambda: raw(
            r.update_sample_transcriptions, v1, samples=[{"id": sample, "transcription": "Hello"}]
        ),
        "delete_voice_samples": lambda: raw(r.delete_samples, v1, sample_ids=[sample]),
    }


@pytest.mark.parametrize("name", [n for n, e in CATALOG.items() if e["group"] == "voices"])
def test_every_voice_answer_has_the_documented_shape(client, name):
    if name == "unrate_voice":  # undocumented answer: the same as rating's
        client.voices.rate("maya", rating=4)
        unrated = raw(client.with_raw_response.voices.unrate, "maya")
        assert_shape(name, unrated, CATALOG["rate_voice"]["response_example"])
    elif name == "generate_voice_sample_legacy":  # removed from the API: not found, like any unknown path
        answer = client.with_raw_response.voices.generate_sample_legacy("maya", text="Hi")
        assert answer.status_code == 404 and answer.json()["errors"][0]["error"] == "NOT_FOUND"
    elif name == "list_voice_samples":  # the example is an empty list; a V3 voice's samples are too
        assert raw(client.with_raw_response.voices.list_samples, owned(client, "BTTS_V3").id) == {"samples": []}
    else:
        assert_shape(name, _voice_answers(client)[name]())
