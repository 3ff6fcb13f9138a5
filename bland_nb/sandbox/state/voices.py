"""Voices: Bland's curated voices, the account's clones, the shared library, ratings, tuning
settings and the audio samples of V1 (BTTS) voices.

A voice is one dict in the API's field names (`id` is the voice's id everywhere; `voice_id`
is the engine's), holding the fields of every view (list, config, shared library); each
endpoint shows its own set. Fields the API never shows start with an underscore.
Deleting a clone only sets its `deleted_at` (soft delete); it then disappears from every read.
"""

from __future__ import annotations

import base64
import struct
from datetime import timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso

__all__ = ["CLONE_LIMIT", "CONFIG_KEYS", "MAX_SAMPLES", "SHARED_KEYS", "VOICE_KEYS", "VoicesState", "view", "wav"]

CLONE_LIMIT = 10
"""Voices an account may own (the limit after the first top-up)."""
MAX_SAMPLES = 5
"""Audio samples a V1 voice may hold."""

VOICE_KEYS = (
    "id",
    "name",
    "description",
    "public",
    "tags",
    "user_id",
    "voice_id",
    "service",
    "finetuned",
    "is_creator_voice",
    "ratings",
    "total_ratings",
    "average_rating",
    "my_rating",
    "creator_display_name",
)
CONFIG_KEYS = (
    "id",
    "name",
    "description",
    "public",
    "ratings",
    "tags",
    "user_id",
    "voice_id",
    "service",
    "finetuned",
    "consistency",
    "expressiveness",
    "voice_meta",
    "is_creator_voice",
)
SHARED_KEYS = (
    "id",
    "name",
    "description",
    "service",
    "is_creator_voice",
    "ratings",
    "rating_count",
    "rating_avg",
    "trending_score",
    "tags",
    "created_at",
    "public",
    "creator_display_name",
    "creator_fee_cents_per_1k",
    "creator_fee_cents_per_10k",
)
SAMPLE_KEYS = ("id", "voice_id", "transcription", "duration_seconds", "created_at")

CURATED = (
    ("maya", "Young American Female", "soft"),
    ("josh", "Young American Male", "friendly"),
    ("florian", "German-accented Male", "calm"),
    ("june", "American Female, bright", "upbeat"),
    ("nat", "Australian Female", "warm"),
    ("paige", "Calm American Female", "calm"),
    ("ryan", "Professional American Male", "professional"),
    ("evelyn", "British Female", "elegant"),
    ("mason", "Deep American Male", "deep"),
    ("tina", "Energetic American Female", "energetic"),
)
SHARED_NAMES = (
    "StephenD",
    "Lucia",
    "Kenji",
    "Amara",
    "Oliver",
    "Priya",
    "Mateo",
    "Greta",
    "Noah",
    "Sofia",
    "Hugo",
    "Ines",
    "Tariq",
    "Mei",
    "Dmitri",
    "Chloe",
    "Rafael",
    "Yuki",
    "Elena",
    "Samuel",
    "Aisha",
    "Lars",
    "Camila",
    "Theo",
    "Nadia",
    "Felix",
    "Rosa",
    "Arjun",
    "Bianca",
    "Jonas",
    "Leila",
    "Marco",
)
LANGUAGES = (
    ("en", "english"),
    ("en", "english"),
    ("en", "english"),
    ("es", "spanish"),
    ("ja", "japanese"),
    ("de", "german"),
    ("fr", "french"),
    ("pt", "portuguese"),
)
STYLES = ("narrator", "support", "sales", "casual", "news", "audiobook")
OWNED = (("Front Desk (V1)", "BTTS_V1", "female", (9.6, 11.4, 7.2)), ("MyClone", "BTTS_V3", "female", ()))
TRANSCRIPTS = (
    "Hello and welcome to Bland.",
    "Thanks for calling, how can I help you today?",
    "Your appointment is confirmed for Tuesday at ten.",
)
NOT_OWNED = "Voice is a default voice and not owned by the user."
SETTINGS_RANGES = {"BTTS_V1": (0, 1), "BTTS_V2": (0, 64)}
CONFIG_RANGES = {"BTTS_V1": (0, 1), "BTTS_V2": (1, 32), "BTTS_V3": (1, 32)}


def wav(seconds: float, rate: int = 8000) -> bytes:
    """A silent 8-bit mono WAV of `seconds` length."""
    frames = int(seconds * rate)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + frames, b"WAVE", b"fmt ", 16, 1, 1, rate, rate, 1, 8, b"data", frames
    )
    return header + b"\x80" * frames


def duration(audio: bytes) -> float:
    """Seconds of audio: from the WAV header, else as 16 kHz 16-bit mono."""
    if audio[:4] == b"RIFF" and audio[8:12] == b"WAVE" and len(audio) >= 44:
        byte_rate = struct.unpack_from("<I", audio, 28)[0]
        return round((len(audio) - 44) / byte_rate, 1) if byte_rate else 0.0
    return round(len(audio) / 32000, 1)


def error(code: str, message: str, status: int = 400) -> SandboxError:
    """The `{data: null, errors: [{error, message}]}` error of the voice endpoints."""
    return SandboxError.data(status, code, message)


def view(record: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """A record as one endpoint shows it: exactly `keys`, in that order."""
    return {key: record.get(key) for key in keys}


class VoicesState(GroupState):
    group = "voices"
    order = 20

    def seed(self) -> None:
        self.voices: dict[str, dict[str, Any]] = {}
        self.samples: dict[str, dict[str, dict[str, Any]]] = {}  # voice id -> sample id -> sample
        self.library: set[str] = set()  # shared voices added to the account's list
        for name, description, style in CURATED:
            self._add(
                name,
                "BTTS_V2",
                ["english", style, "Bland Curated"],
                description=description,
                public=True,
                ratings=(self.random.randint(300, 5000), self.random.uniform(4.1, 4.9)),
            )
        for age, (name, service, gender, seconds) in enumerate(OWNED):
            voice = self.clone(
                name, [b"seed"], gender=gender, service=service, when=self.store.now - timedelta(days=40 - 15 * age)
            )
            for position, length in enumerate(seconds):  # the last seeded sample lost its audio
                audio = wav(length) if position < len(seconds) - 1 else b""
                self._sample(
                    voice,
                    audio,
                    TRANSCRIPTS[position] if position else None,
                    self.store.now - timedelta(days=39, minutes=-position),
                    seconds=length,
                )
        for position, name in enumerate(SHARED_NAMES):
            self._seed_shared(name, position)

    def _seed_shared(self, name: str, position: int) -> None:
        language, word = LANGUAGES[position % len(LANGUAGES)]
        gender = "male" if position % 2 == 0 else "female"
        creator = position % 5 == 0
        voice = self._add(
            name,
            "BTTS_V3" if position % 4 == 3 else "BTTS_V2",
            [word, gender, STYLES[position % len(STYLES)], "cloned"],
            public=True,
            user_id=self.new_id(),
            ratings=(self.random.randint(0, 60), self.random.uniform(3.2, 5.0)),
            when=self.store.now - timedelta(days=self.random.uniform(2, 200)),
        )
        voice.update(
            _shared=True,
            _language=language,
            trending_score=self.random.randint(0, 100),
            is_creator_voice=creator,
            creator_display_name=f"{name} Studio" if creator else None,
            creator_fee_cents_per_1k=5 if creator else None,
            creator_fee_cents_per_10k=40 if creator else None,
        )

    def _add(
        self,
        name: str,
        service: str,
        tags: list[str],
        *,
        description: Optional[str] = None,
        public: bool = False,
        user_id: Optional[str] = None,
        ratings: tuple[int, float] = (0, 0.0),
        when: Any = None,
    ) -> dict[str, Any]:
        count, average = ratings
        voice = {
            "id": self.new_id(),
            "name": name,
            "description": description,
            "public": public,
            "tags": tags,
            "user_id": user_id,
            "voice_id": self.new_id(),
            "service": service,
            "finetuned": False,
            "is_creator_voice": False,
            "my_rating": None,
            "creator_display_name": None,
            "created_at": iso(when or self.store.now - timedelta(days=400)),
            "trending_score": 0,
            "creator_fee_cents_per_1k": None,
            "creator_fee_cents_per_10k": None,
            "deleted_at": None,
            "_others": (count, round(count * average)),
        }
        voice.update(self._default_settings(service))
        self.voices[voice["id"]] = voice
        self._rerate(voice)
        return voice

    @staticmethod
    def _default_settings(service: str) -> dict[str, Any]:
        if service == "BTTS_V3":
            return {"consistency": None, "expressiveness": None, "boost_language_consistency": True, "voice_meta": None}
        if service == "BTTS_V1":
            return {"consistency": 0.5, "expressiveness": 0.5, "boost_language_consistency": None, "voice_meta": None}
        return {
            "consistency": 8,
            "expressiveness": 1,
            "boost_language_consistency": None,
            "voice_meta": {"per_decode": 8},
        }

    # -- lookups --------------------------------------------------------------------------------

    def _owned(self, voice: dict[str, Any]) -> bool:
        return voice["user_id"] == self.store.account.user_id

    def _listed(self, voice: dict[str, Any]) -> bool:
        """In the account's voice list: curated, owned, or added from the library."""
        return voice["deleted_at"] is None and (
            "Bland Curated" in voice["tags"] or self._owned(voice) or voice["id"] in self.library
        )

    def listed(self) -> list[dict[str, Any]]:
        return [voice for voice in self.voices.values() if self._listed(voice)]

    def get(self, ident: str) -> dict[str, Any]:
        """A live voice by id, engine voice_id, or (for listed voices) name, case-insensitive."""
        for voice in self.voices.values():
            if voice["deleted_at"] is None and ident in (voice["id"], voice["voice_id"]):
                return voice
        for voice in self.listed():
            if voice["name"].lower() == ident.lower():
                return voice
        raise SandboxError.not_found("Voice", ident)

    def owned(self, ident: str, code: str, message: str = NOT_OWNED) -> dict[str, Any]:
        """A voice the account owns, else the endpoint's 400 `code` error."""
        voice = self.get(ident)
        if not self._owned(voice):
            raise error(code, message)
        return voice

    def name_taken(self, name: str, but: Optional[str] = None) -> bool:
        return any(
            self._owned(v) and v["deleted_at"] is None and v["id"] != but and v["name"].lower() == name.lower()
            for v in self.voices.values()
        )

    # -- clones ---------------------------------------------------------------------------------

    def clone(
        self,
        name: str,
        audio: list[bytes],
        *,
        gender: Optional[str] = None,
        description: Optional[str] = None,
        service: str = "BTTS_V3",
        when: Any = None,
    ) -> dict[str, Any]:
        """A new voice owned by the account, cloned from `audio`."""
        if not any(audio):
            raise _numbered("Validation Error", "No files provided for voice cloning.")
        if sum(self._owned(v) and v["deleted_at"] is None for v in self.voices.values()) >= CLONE_LIMIT:
            raise _numbered("Limit Exceeded", "You have reached the maximum number of voices for your plan.")
        self._check_name(name, numbered=True)
        tags = [f"Beige Clone {service.removeprefix('BTTS_')}", "cloned", *([gender] if gender else [])]
        return self._add(
            name,
            service,
            tags,
            description=description,
            user_id=self.store.account.user_id,
            when=when or self.store.now,
        )

    def _check_name(self, name: str, *, numbered: bool = False, but: Optional[str] = None) -> None:
        message = None
        if not 1 <= len(name.strip()) <= 30:
            message = "Voice name must be between 1 and 30 characters"
        elif self.name_taken(name, but):
            message = "Voice name is already taken"
        if message:
            raise _numbered("Validation Error", message) if numbered else error("Validation Error", message)

    def rename(self, ident: str, name: str) -> dict[str, Any]:
        voice = self.get(ident)
        if not self._owned(voice):
            raise error("FORBIDDEN", "You can only rename voices you own", 403)
        self._check_name(name, but=voice["id"])
        voice["name"] = name
        return voice

    def delete(self, ident: str) -> None:
        """Soft delete: the voice stays stored with `deleted_at` set."""
        voice = self.owned(ident, "ERROR_DELETING_VOICE", "Error deleting voice")
        voice["deleted_at"] = iso(self.store.now)

    def add_from_library(self, ident: str) -> dict[str, Any]:
        voice = self.get(ident)
        if not voice.get("_shared"):
            raise SandboxError.not_found("Shared voice", ident)
        self.library.add(voice["id"])
        return voice

    def shared(self, search: Optional[str], language: Optional[str]) -> list[dict[str, Any]]:
        """The shared library, trending first, filtered by text and language."""
        found = [v for v in self.voices.values() if v.get("_shared") and v["deleted_at"] is None]
        if search:
            needle = search.lower()
            found = [v for v in found if needle in " ".join([v["name"], v["description"] or "", *v["tags"]]).lower()]
        if language:
            found = [v for v in found if v["_language"] == language.lower()]
        return sorted(found, key=lambda v: (-v["trending_score"], v["name"]))

    # -- ratings --------------------------------------------------------------------------------

    def rate(self, ident: str, rating: Optional[int]) -> dict[str, Any]:
        """Set (or with None, remove) the account's rating of a voice."""
        if rating is not None and not 1 <= rating <= 5:
            raise error("INVALID_RATING", "Rating must be an integer between 1 and 5")
        voice = self.get(ident)
        voice["my_rating"] = rating
        self._rerate(voice)
        return voice

    @staticmethod
    def _rerate(voice: dict[str, Any]) -> None:
        count, total = voice["_others"]
        if voice["my_rating"] is not None:
            count, total = count + 1, total + voice["my_rating"]
        average = round(total / count, 3) if count else 0
        voice.update(ratings=count, total_ratings=count, rating_count=count, average_rating=average, rating_avg=average)

    # -- tuning ---------------------------------------------------------------------------------

    def settings(self, voice: dict[str, Any]) -> dict[str, Any]:
        """Get Voice Settings' answer: V3 has the language boost, V1/V2 the two numbers and ranges."""
        if voice["service"] == "BTTS_V3":
            return {"boost_language_consistency": voice["boost_language_consistency"], "service": "BTTS_V3"}
        low, high = SETTINGS_RANGES[voice["service"]]
        limits = {"consistency": {"min": low, "max": high}, "expressiveness": {"min": 0, "max": 1}}
        return {
            "consistency": voice["consistency"],
            "expressiveness": voice["expressiveness"],
            "service": voice["service"],
            "limits": limits,
        }

    def update_settings(
        self, ident: str, consistency: Any, expressiveness: Any, boost: Optional[bool]
    ) -> dict[str, Any]:
        voice = self.owned(ident, "VOICE_SETTINGS_ERROR")
        if consistency is None and expressiveness is None and boost is None:
            raise error(
                "INVALID_REQUEST",
                "At least one of consistency, expressiveness or boost_language_consistency must be provided",
            )
        if voice["service"] == "BTTS_V3":
            voice["boost_language_consistency"] = voice["boost_language_consistency"] if boost is None else boost
        else:
            self._tune(voice, consistency, expressiveness, SETTINGS_RANGES[voice["service"]])
        answer = self.settings(voice)
        answer.pop("limits", None)
        return answer

    def update_config(self, ident: str, consistency: Any, expressiveness: Any, boost: Optional[int]) -> dict[str, Any]:
        voice = self.owned(ident, "VOICE_CONFIG_ERROR")
        self._tune(
            voice,
            consistency,
            expressiveness if voice["service"] == "BTTS_V1" else None,
            CONFIG_RANGES[voice["service"]],
        )
        if voice["service"] != "BTTS_V1" and (consistency is not None or boost is not None):
            meta = dict(voice["voice_meta"] or {})
            meta.update({k: v for k, v in (("per_decode", voice["consistency"]), ("boost", boost)) if v is not None})
            voice["voice_meta"] = meta
        return voice

    @staticmethod
    def _tune(voice: dict[str, Any], consistency: Any, expressiveness: Any, limits: tuple[float, float]) -> None:
        low, high = limits
        if consistency is not None and not low <= consistency <= high:
            raise error("INVALID_CONSISTENCY", f"consistency must be a number between {low} and {high}")
        if expressiveness is not None and not 0 <= expressiveness <= 1:
            raise error("INVALID_EXPRESSIVENESS", "expressiveness must be a number between 0 and 1")
        if consistency is not None:
            voice["consistency"] = consistency
        if expressiveness is not None:
            voice["expressiveness"] = expressiveness

    # -- samples (V1 voices only) ---------------------------------------------------------------

    def samples_of(self, ident: str, code: str) -> list[dict[str, Any]]:
        voice = self.owned(ident, code)
        return list(self.samples.get(voice["id"], {}).values())

    def sample(self, ident: str, sample_id: str, code: str) -> dict[str, Any]:
        for sample in self.samples_of(ident, code):
            if sample["id"] == sample_id:
                return sample
        raise SandboxError.not_found("Sample", sample_id)

    def add_samples(self, ident: str, audio: list[bytes]) -> list[dict[str, Any]]:
        voice = self.owned(ident, "VOICE_SAMPLES_ERROR")
        audio = [clip for clip in audio if clip]
        if not audio:
            raise error("BAD_REQUEST", "No audio files provided")
        if voice["service"] != "BTTS_V1":
            raise error("INTERNAL_SERVER_ERROR", "Adding samples is only supported for BTTS voices", 500)
        held = len(self.samples.get(voice["id"], {}))
        if held + len(audio) > MAX_SAMPLES:
            raise error(
                "Validation Error",
                f"Cannot add {len(audio)} sample(s). Voice already has {held} samples. "
                f"Maximum allowed is {MAX_SAMPLES} samples per voice.",
            )
        return [self._sample(voice, clip, None, self.store.now) for clip in audio]

    def _sample(
        self,
        voice: dict[str, Any],
        audio: bytes,
        transcription: Optional[str],
        when: Any,
        seconds: Optional[float] = None,
    ) -> dict[str, Any]:
        sample = {
            "id": self.new_id(),
            "voice_id": voice["id"],
            "transcription": transcription,
            "duration_seconds": duration(audio) if seconds is None else seconds,
            "created_at": iso(when),
            "_audio": audio,
        }
        self.samples.setdefault(voice["id"], {})[sample["id"]] = sample
        return sample

    def transcribe(self, ident: str, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Set the transcriptions of samples: entries `{id, transcription}`."""
        if not entries or any(not isinstance(e, dict) or not e.get("id") for e in entries):
            raise error("INVALID_REQUEST", "Missing or invalid samples array")
        found = [self.sample(ident, entry["id"], "VOICE_SAMPLES_ERROR") for entry in entries]
        for sample, entry in zip(found, entries):
            sample["transcription"] = entry.get("transcription")
        return found

    def delete_samples(self, ident: str, sample_ids: list[str]) -> list[dict[str, Any]]:
        """Remove samples; the voice is retrained on (and the answer lists) those that remain."""
        if not sample_ids:
            raise error("INVALID_REQUEST", "Missing or invalid sample_ids array")
        for sample in [self.sample(ident, sid, "VOICE_SAMPLES_ERROR") for sid in sample_ids]:
            del self.samples[sample["voice_id"]][sample["id"]]
        return self.samples_of(ident, "VOICE_SAMPLES_ERROR")

    @staticmethod
    def sample_view(sample: dict[str, Any], *, audio: bool = False) -> dict[str, Any]:
        shown = view(sample, SAMPLE_KEYS)
        if audio:  # the API puts audio_data before created_at
            shown["audio_data"] = base64.b64encode(sample["_audio"]).decode() if sample["_audio"] else None
            shown["created_at"] = shown.pop("created_at")
        return shown


def _numbered(code: str, message: str) -> SandboxError:
    """Clone Voice's error: the data/errors envelope with a numeric `status` alongside."""
    return SandboxError(400, {"status": 400, "data": None, "errors": [{"error": code, "message": message}]})
