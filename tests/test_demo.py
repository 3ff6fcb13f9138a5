"""The demo on a fresh machine's terms: no key set, so it serves the sandbox, executes the three
story notebooks to HTML, and each page shows its headline figures (read here from the sandbox's
own state, not through the client)."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

from bland_nb import demo
from bland_nb.sandbox import Sandbox


@pytest.fixture(scope="module")
def world() -> Sandbox:
    """The world the demo serves: built the same way, read directly."""
    return Sandbox(seed=demo.SEED, calls=demo.CALLS)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as env:
        for name in ("BLAND_API_KEY", "BLAND_SANDBOX_URL", "BLAND_SANDBOX_KEY"):
            env.delenv(name, raising=False)
        assert demo.run(out=str(out)) == 0
    return {path.stem: path.read_text(encoding="utf-8") for path in Path(out).glob("*.html")}


def row(*cells: object) -> re.Pattern[str]:
    """A table row of an HTML page holding these cells side by side."""
    return re.compile(r"\s*".join(f"<t[dh]>{re.escape(str(cell))}</t[dh]>" for cell in cells))


def campaign_calls(world: Sandbox) -> dict[str, list[dict]]:
    """Each campaign's calls, by campaign name."""
    names = {cid: campaign["campaign_name"] for cid, campaign in world.store.campaigns.campaigns.items()}
    calls = collections.defaultdict(list)
    for call in world.store.calls.timeline:
        if call["campaign_id"] in names:
            calls[names[call["campaign_id"]]].append(call)
    return calls


@pytest.mark.slow  # executes three notebooks in Jupyter kernels: ~20 s
class TestPages:
    def test_three_pages(self, pages):
        assert sorted(pages) == sorted(demo.STORIES)

    def test_quickstart_lists_every_campaign_with_its_calls(self, pages, world):
        for name, calls in campaign_calls(world).items():
            assert row(name, len(calls)).search(pages["quickstart"]), name

    def test_campaign_analysis_prices_the_largest_campaigns_conversations(self, pages, world):
        name, calls = max(campaign_calls(world).items(), key=lambda item: len(item[1]))
        cost = sum(call["price"] or 0 for call in calls)
        humans = sum(call["answered_by"] == "human" for call in calls)
        assert f"{name}: ${cost:,.2f} for {humans:,} conversations with people" in pages["campaign_analysis"]

    def test_billing_analysis_shows_every_balance(self, pages, world):
        organizations = world.store.organizations
        for org_id, org in organizations.orgs.items():
            balance = organizations.billing(org_id)["current_balance"]
            assert row(org["org_display_name"], org["org_plan"], f"{balance:.2f}").search(pages["billing_analysis"])

    def test_no_key_in_the_pages(self, pages, world):
        assert not any(world.api_key in page for page in pages.values())


def test_voila_without_a_dashboard_says_so_before_running_anything(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(demo, "DASHBOARD", tmp_path / "dashboard.ipynb")
    assert demo.run(voila=True, out=str(tmp_path / "out")) == 1
    assert "dashboard.ipynb, which is missing" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_lab_and_voila_together_are_refused():
    with pytest.raises(ValueError, match="choose one"):
        demo.run(lab=True, voila=True)
    from bland_nb import cli

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["demo", "--lab", "--voila"])
    assert exit_info.value.code == 2
