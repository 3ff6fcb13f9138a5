"""Print a few live figures through the client: on the local sandbox, or api.bland.ai with BLAND_API_KEY."""

from __future__ import annotations

import collections
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
    print(f"balance: {account.billing.current_balance if account.billing else '?'}   total calls: {account.total_calls}\n")
    print(f"{'campaign':<28}{'calls':>8}{'human':>8}{'voicemail':>11}{'unknown':>9}{'transfers':>11}")
    for c in client.campaigns.list():
        print(f"{(c.campaign_name or c.campaign_id)[:27]:<28}{c.count:>8}{c.human_answered:>8}"
              f"{c.voicemail_answered:>11}{c.unknown_answered:>9}{c.transferred_count:>11}")
    calls = client.calls.list(limit=1000)
    spent = sum(call.price or 0 for call in calls.items)
    minutes = sum(call.call_length or 0 for call in calls.items)
    print(f"\nlatest {len(calls.items)} of {calls.total} calls: {minutes:.0f} minutes, ${spent:.2f}")


def sandbox_story(sandbox, client: bland_nb.BlandClient) -> None:
    """What the sandbox does besides answering: a campaign stopped for real, a clock, charging."""

    def waiting(campaign) -> int:
        return client.calls.list(campaign_id=campaign.campaign_id, completed=False, limit=1).total or 0

    live = max(client.campaigns.list(), key=waiting)
    stopped = client.campaigns.stop(live.campaign_id).num_calls
    again = client.campaigns.stop(live.campaign_id).num_calls
    print(f"\nstopped campaign {live.campaign_name!r}: {stopped} waiting calls cancelled (a second stop: {again})")
    before = client.account.get().billing.current_balance
    sandbox.advance(minutes=60)
    after = client.account.get().billing.current_balance
    print(f"an hour of sandbox time later, the other calls completed: balance {before:.2f} -> {after:.2f}")


def main() -> int:
    catalogue()
    client = bland_nb.connect()
    sandbox = client.sandbox
    print()
    with client:
        try:
            live(client)
            if sandbox is not None:  # in-process: we can also move its clock
                sandbox_story(sandbox, client)
        except bland_nb.BlandError as exc:
            print(f"The API answered with an error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
