"""Intelligence: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._types import Id


class AnalyzeCallEmotionsParams(Params):
    """Parameters of `analyze_call_emotions`."""

    call_id: Id = Field(
        alias='callId',
        description='ID of a previous call whose recording is analysed (camelCase in final version; one older '
        'live copy shows call_id).',
    )


analyze_call_emotions = Endpoint(
    name="analyze_call_emotions",
    group="intelligence",
    method_name="analyze_emotions",
    http_method="POST",
    path="/v1/intelligence/emotions",
    effect="outbound",
    summary="Detect the dominant emotion in a past call's recording, such as neutral, happy, angry, sad or fear.",
    synonyms=("sentiment", "mood", "angry", "upset", "happy", "tone", "feeling", "frustrated"),
    params=AnalyzeCallEmotionsParams,
    envelope="data",
)


ENDPOINTS = [
    analyze_call_emotions,
]
