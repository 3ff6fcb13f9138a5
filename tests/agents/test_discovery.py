"""Endpoint discovery: recall on requests written the way users speak, filters, the tokenizer,
and the declarations' synonyms. Speed is measured by tools/bench_agents.py, not asserted here."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bland_nb import EFFECTS, ENDPOINTS, GROUPS
from bland_nb.agents import EndpointMatch, find_endpoints
from bland_nb.agents.discovery import hints, recall, tokens

EVAL = Path(__file__).with_name("discovery_eval.json")
CASES = [(case["request"], case["endpoints"]) for case in json.loads(EVAL.read_text())]


def names(query: str, k: int = 5, **scope) -> list[str]:
    return [match.name for match in find_endpoints(query, k, **scope)]


def test_the_evaluation_set_is_large_varied_and_declared():
    assert len(CASES) >= 120
    assert len({request for request, _ in CASES}) == len(CASES)
    assert all(served and set(served) <= ENDPOINTS.keys() for _, served in CASES)
    served = {name for _, names in CASES for name in names}
    assert {ENDPOINTS[name].group for name in served} == set(GROUPS)


def test_recall_on_the_evaluation_set():
    found = recall(CASES)
    print(f"\nrecall@1 {found[1]:.1%}  recall@3 {found[3]:.1%}  recall@5 {found[5]:.1%} over {len(CASES)} requests")
    assert found[3] >= 0.90 and found[5] >= 0.95
    assert found[1] >= 0.80  # a floor against regressions, below today's figure


def test_recall_holds_within_the_read_only_scope():
    found = recall(CASES, allow=("read",))
    assert found[3] >= 0.90 and found[5] >= 0.95


@pytest.mark.parametrize(
    "request_, endpoint",
    [
        ("halt the spring promo campaign", "stop_campaign"),
        ("what's my balance?", "get_account_details"),
        ("put this number on the do-not-call list", "create_block_rules"),
        ("text the customer that their order shipped", "send_sms"),
    ],
)
def test_the_issue_examples_come_first_or_close(request_, endpoint):
    assert endpoint in names(request_, 3)


def test_a_match_says_what_the_endpoint_does():
    match = find_endpoints("halt the spring promo campaign", 1)[0]
    endpoint = ENDPOINTS["stop_campaign"]
    assert (match.name, match.group, match.effect, match.summary) == (
        endpoint.name,
        endpoint.group,
        endpoint.effect,
        endpoint.summary,
    )
    assert match.score > 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.score = 0  # type: ignore[misc]
    assert isinstance(match, EndpointMatch)


def test_matches_come_best_first_and_at_most_k():
    matches = find_endpoints("delete the voice", 4)
    assert len(matches) == 4
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_allow_and_groups_narrow_the_matches():
    assert "stop_campaign" not in names("halt the spring promo campaign", allow=("read",))
    assert all(ENDPOINTS[name].effect == "read" for name in names("halt the campaign", allow=("read",)))
    assert set(names("delete it", 10, groups=("voices",))) <= {ep.name for ep in GROUPS["voices"]}
    assert names("halt the campaign", groups=["campaigns"], allow=EFFECTS)[0] == "stop_campaign"


def test_a_request_sharing_no_word_with_any_endpoint_finds_nothing():
    assert find_endpoints("hello there") == []
    assert find_endpoints("what is it?") == []  # a question alone is no match
    assert find_endpoints("") == []


def test_the_tokenizer_folds_phrases_stems_and_adds_shared_synonyms():
    assert tokens("put this number on the do-not-call list") == ["put", "number", "dnc", "block", "list"]
    assert tokens("Stopped the calls") == ["stop", "call"]
    assert tokens("halt it") == ["halt", "stop"]
    assert tokens("invite ann@example.com, see https://example.com/x or +1 415 555 2671") == [
        "invit",
        "email",
        "url",
        "number",
    ]
    assert tokens("knowledge bases") == ["kb", "knowledg", "base"]  # the API's words added, stemmed
    assert tokens("text her") == tokens("send texts") == ["send", "sms"]
    assert tokens("the text of the knowledge base")[0] == "text"  # a text, not a message


def test_hints_read_questions_and_plurals():
    assert hints("which voices can I use?") == ["read", "list"]
    assert hints("halt the campaign") == []
    assert hints("does it work") == ["read"]  # "does" is a question word, not a plural


def test_synonyms_are_short_phrases_people_say():
    with_synonyms = [ep for ep in ENDPOINTS.values() if ep.synonyms]
    assert len(with_synonyms) == len(ENDPOINTS)
    for endpoint in with_synonyms:
        assert isinstance(endpoint.synonyms, tuple), endpoint.name
        assert all(isinstance(s, str) and s.strip() == s and 0 < len(s) <= 40 for s in endpoint.synonyms), endpoint.name
        assert len(set(endpoint.synonyms)) == len(endpoint.synonyms), endpoint.name


def test_the_issue_synonyms_are_declared():
    assert {"halt", "pause", "cancel"} <= set(ENDPOINTS["stop_campaign"].synonyms)
    assert {"do-not-call", "DNC"} <= set(ENDPOINTS["create_block_rules"].synonyms)
    assert {"balance", "credits", "money left"} <= set(ENDPOINTS["get_account_details"].synonyms)
    assert "text" in ENDPOINTS["send_sms"].synonyms


def test_importing_the_agents_loads_no_search_library():
    code = "import sys, bland_nb.agents; print('bm25s' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
