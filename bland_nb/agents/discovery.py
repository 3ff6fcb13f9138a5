"""Endpoint discovery: the declared endpoints ranked for a request in plain words.

```python
find_endpoints("halt the spring promo campaign")[0].name   # 'stop_campaign'
find_endpoints("what's my balance?", allow=("read",))
```

Lexical ranking, with no model and nothing downloaded: BM25 (`bm25s`) over each declaration's
name, group, summary, synonyms (`Endpoint.synonyms`), parameter names and descriptions, and effect.
Requests and declarations go through one tokenizer (`tokens`): lower case; an email address, URL
or phone number read as one word; a few phrases folded into one word ("do not call" → "dnc"); stop
words dropped; a light suffix stemmer ("stopped" → "stop"); and the shared synonyms of `WORDS`
added beside a word ("halt" → "halt stop"). A request also gets two hints from its form
(`hints`): `read` when it asks a question, `list` when it names things in the plural. Only
endpoints sharing a word with the request itself are returned. The index is built on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Optional

from .. import ENDPOINTS, Endpoint

__all__ = ["EndpointMatch", "find_endpoints", "hints", "recall", "tokens"]


@dataclass(frozen=True)
class EndpointMatch:
    """One endpoint found for a request: its catalog name, BM25 score, group, effect and summary."""

    name: str
    score: float
    group: str
    effect: str
    summary: str


ENTITIES: tuple[tuple[str, str], ...] = (
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "email"),
    (r"https?://\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|co|dev|app)\b", "url"),
    (r"\+?\d[\d\s().-]{5,}\d", "number"),
)
"""What a request may hold, each read as one word (regex → word): an email address, a URL or
domain, a phone number."""

PHRASES: tuple[tuple[str, str], ...] = (
    (r"do[\s-]*n[o']?t[\s-]*(?:call|contact|dial)", "dnc"),
    (r"hang[\s-]*up", "hangup"),
    (r"^text", "send sms"),  # a request that begins with "text" asks to send one
    (r"text[\s-]*messages?|texts|texted|texting|a text|text(?= (?:conversation|thread|chat|exchange))", "sms"),
    (r"top[\s-]*up", "refill"),
    (r"get rid of", "delete"),
    (r"set[\s-]*up|kick[\s-]*off", "create"),
    (r"in[\s-]*progress", "active"),
    (r"web[\s-]*site", "website"),
    (r"knowledge[\s-]*bases?", "kb"),
)
"""Phrases folded into one word before splitting (regex → word)."""

WORDS: dict[str, str] = {
    # verbs
    "stop": "halt pause abort cancel kill end terminate hangup disconnect",
    "delete": "remove erase wipe purge trash drop",
    "create": "make new start build launch begin",
    "update": "change edit modify adjust tweak set overwrite replace",
    "call": "ring dial phone caller",
    # time: ahead schedules, past filters by date
    "schedule": "tomorrow tonight later",
    "date": "yesterday ago today last week month",
    # the rest
    "active": "live ongoing current",
    "user": "who",
    "pathway": "flow",
    "organization": "org team",
    "knowledge base": "kb",
    "production": "prod",
    "details": "info",
    "message": "msg",
    "block": "dnc blacklist ban",
}
"""Shared synonyms, for every endpoint: the API's word(s) → words people use for them. A word
people use is kept, and the API's words are added beside it."""

READING = frozenset(
    "what which who how when whether is are did does show list see view display check find look".split()
)
"""Words of a question or a look-up: a request holding one gets the hint `read`, which each read
endpoint's document holds (its effect)."""

STOP_WORDS = frozenset(
    """
a about after again all am an and any are as at be been before being below between both but by can
could did do does doing done for from further give had has have having he her here hers him his how
i if in into is it its just let me mine more most my need no nor now of off on once only or other our us
ours out over own please same she should show so some such tell than that the their them then there
these they this those through to too under until up very via want was we were what when where which
while whom why will with would you your yours see view display get fetch pull find look check
""".split()
)
"""Words that say nothing of which endpoint is meant."""

WEIGHTS = {"name": 3, "summary": 2, "synonyms": 2, "group": 1, "parameters": 1, "effect": 1}
"""How many times each part of a declaration counts in its document."""


def _stem(word: str) -> str:
    """A light suffix stemmer, the same for requests and declarations: plurals, -ing, -ed, final -e."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "ches", "shes", "xes")):
        word = word[:-2]
    elif _plural(word):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # stopp → stop
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_ENTITIES = tuple((re.compile(pattern), f" {word} ") for pattern, word in ENTITIES)
_PHRASES = tuple((re.compile(rf"\b(?:{pattern})\b"), word) for pattern, word in PHRASES)
_WORD = re.compile(r"[a-z0-9]{2,}")
_WORDS = {_stem(said): tuple(map(_stem, api.split())) for api, people in WORDS.items() for said in people.split()}
_ACTING = frozenset(
    [_stem(ep.name.split("_")[0]) for ep in ENDPOINTS.values() if ep.effect != "read"]
    + [_stem(said) for api in ("stop", "delete", "create", "update") for said in WORDS[api].split()]
)
"""The verbs of the endpoints that act, and the words people use for them."""


def tokens(text: str) -> list[str]:
    """The search words of a request or of a declaration's text."""
    text = text.lower()
    for pattern, word in _ENTITIES:
        text = pattern.sub(word, text)
    text = text.replace("_", " ")
    for pattern, word in _PHRASES:
        text = pattern.sub(word, text)
    found = []
    for word in _WORD.findall(text):
        if word in STOP_WORDS or word.isdigit():
            continue
        stem = _stem(word)
        found.append(stem)
        found.extend(_WORDS.get(stem, ()))
    return found


def hints(request: str) -> list[str]:
    """What a request's form says: `read` when it asks a question or looks something up
    (`READING`), `list` when it names things in the plural and asks for no action (`_ACTING`)."""
    words = [word for word in _WORD.findall(request.lower()) if word not in STOP_WORDS or word in READING]
    reading = any(word in READING for word in words)
    listing = any(_plural(word) for word in words if word not in STOP_WORDS)
    acting = any(_stem(word) in _ACTING for word in words)
    return ["read"] * reading + ["list"] * (listing and not acting)


def _document(endpoint: Endpoint) -> list[str]:
    """The words an endpoint is found by, each part repeated by its weight."""
    fields = endpoint.params.model_fields.items()
    parts = {
        "name": endpoint.name,
        "summary": endpoint.summary,
        "synonyms": " ; ".join(endpoint.synonyms),
        "group": endpoint.group,
        "parameters": " ".join(
            f"{name} {field.description or ''}" for name, field in fields if name not in endpoint.constants
        ),
        "effect": endpoint.effect,
    }
    return [word for part, text in parts.items() for word in tokens(text) * WEIGHTS[part]]


class _Index:
    """The BM25 index of the declared endpoints."""

    def __init__(self, endpoints: Iterable[Endpoint]):
        import bm25s  # loaded with the first search: numpy and bm25s stay out of `import bland_nb.agents`

        self.endpoints = list(endpoints)
        self.bm25 = bm25s.BM25()
        self.bm25.index([_document(endpoint) for endpoint in self.endpoints], show_progress=False)

    def scores(self, words: list[str]) -> Any:
        """The score of every endpoint for these words (a numpy array in `endpoints` order)."""
        return self.bm25.get_scores_from_ids(self.bm25.get_tokens_ids(words))

    def ranked(self, request: str) -> list[tuple[Endpoint, float]]:
        """The endpoints that share a word with the request, best first (ties in declaration order)."""
        words = tokens(request)
        matched = self.scores(words)
        scores = matched + self.scores(hints(request))
        order = (-scores).argsort(kind="stable")
        return [(self.endpoints[i], float(scores[i])) for i in order if matched[i] > 0]


@cache
def _index() -> _Index:
    return _Index(ENDPOINTS.values())


def _scope(allow: Optional[Iterable[str]], groups: Optional[Iterable[str]]) -> Callable[[Endpoint], bool]:
    """Whether an endpoint has one of the effects `allow` and is in one of `groups` (None: any)."""
    effects, names = (None if given is None else frozenset(given) for given in (allow, groups))
    return lambda ep: (effects is None or ep.effect in effects) and (names is None or ep.group in names)


def find_endpoints(
    query: str, k: int = 5, *, allow: Optional[Iterable[str]] = None, groups: Optional[Iterable[str]] = None
) -> list[EndpointMatch]:
    """The `k` declared endpoints that best serve a request in plain words, best first.

    `allow` keeps only endpoints of these effects, `groups` only these API groups. Endpoints that
    share no word with the request are left out, so fewer than `k` (or none) may come back."""
    in_scope = _scope(allow, groups)
    matches: list[EndpointMatch] = []
    for endpoint, score in _index().ranked(query):
        if len(matches) == k:
            break
        if in_scope(endpoint):
            matches.append(
                EndpointMatch(endpoint.name, round(score, 3), endpoint.group, endpoint.effect, endpoint.summary)
            )
    return matches


def recall(
    cases: Iterable[tuple[str, Collection[str]]],
    ks: Iterable[int] = (1, 3, 5),
    *,
    allow: Optional[Collection[str]] = None,
    groups: Optional[Collection[str]] = None,
) -> dict[int, float]:
    """For each k, the share of requests (request, names of the endpoints that serve it) with one of
    those endpoints among `find_endpoints`' first k. With `allow` or `groups`, each request counts
    the endpoints in scope only, and a request no endpoint in scope serves is left out."""
    ks, in_scope = sorted(ks), _scope(allow, groups)
    hits, counted = dict.fromkeys(ks, 0), 0
    for request, names in cases:
        wanted = {name for name in names if in_scope(ENDPOINTS[name])}
        if not wanted:
            continue
        counted += 1
        found = [match.name for match in find_endpoints(request, ks[-1], allow=allow, groups=groups)]
        for k in ks:
            hits[k] += bool(wanted.intersection(found[:k]))
    return {k: hits[k] / counted if counted else 0.0 for k in ks}
