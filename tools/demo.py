"""Print a few live figures through the client (the full demo runs on the sandbox, issue #7)."""

from __future__ import annotations

import collections
import os
import sys

import bland_nb


def catalogue() -> None:
    """What the client covers: endpoints per group and effect."""
    effects = ("read", "write", "outbound", "destructive")
    print(f"bland_nb {bland_nb.__version__}: {len(bland_nb.ENDPOINTS)} endpoints in {len(bland_nb.GROUPS)} groups\n")
    print(f"{'group':<24}" + "".join(f"{e:>12}" for e in effects))
    for group, endpoints in bland_nb.GROUPS.items():
        counts = collections.Counter(ep.effect for ep in endpoints)
        print(f"{group:<24}" + "".join(f"{counts[e]:>12}" for e in effects))
    print()


def live(client: bland_nb.BlandClient) -> None:
    account = client.account.get()
    print(f"balance: {account.billing.current_balance if account.billing else '?'}   total calls: {account.total_calls}")
    campaigns = client.campaigns.list()
    print(f"campaigns: {len(campaigns.items)}")
    for campaign in campaigns.items[:10]:
        print(f"  {campaign.campaign_name or campaign.campaign_id}: {campaign.count} calls, "
              f"{campaign.human_answered} answered by a person, {campaign.voicemail_answered} by voicemail")
    calls = client.calls.list(limit=100)
    print(f"recent calls: {len(calls.items)} shown of {calls.total if calls.total is not None else '?'}")


def main() -> int:
    catalogue()
    if not os.environ.get("BLAND_API_KEY"):
        print("No BLAND_API_KEY set: live figures need a key (the sandbox demo comes with the sandbox).")
        print("Try: BLAND_API_KEY=... tools/demo")
        return 0
    with bland_nb.BlandClient() as client:
        try:
            live(client)
        except bland_nb.BlandError as exc:
            print(f"The API answered with an error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
