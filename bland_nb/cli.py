"""The `bland-nb` command.

    bland-nb export calls --out calls/ --start 2026-10-01 --end 2026-11-26 [--detail]
    bland-nb export calls --out demo/ --start 2026-11-01 --end 2026-11-26 --sandbox

The key comes from `BLAND_API_KEY` (never a command-line argument, which shells keep in their
history); `--base-url` (or `BLAND_BASE_URL`) points elsewhere than api.bland.ai, and `--sandbox`
exports from a local seeded sandbox instead. Each subcommand is a function registered in
`COMMANDS`: adding one is a parser and a function. Bad values and failures print one line and
exit non-zero; an interrupted export resumes when run again.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import Any, Callable, Optional, Sequence

__all__ = ["main", "parser"]


class Parser(argparse.ArgumentParser):
    """argparse, but an error is one line: `bland-nb export calls: error: ...`."""

    def error(self, message: str) -> Any:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _day(text: str) -> str:
    try:
        (datetime if "T" in text else date).fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; expected YYYY-MM-DD") from None
    return text


def _positive(kind: type) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {'a whole number' if kind is int else 'a number'}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{text} must be more than 0")
        return value
    return parse


# -- export calls -------------------------------------------------------------------------------


def add_export(commands: Any) -> None:
    export = commands.add_parser("export", help="export data to files").add_subparsers(dest="what", required=True,
                                                                                      parser_class=Parser)
    calls = export.add_parser("calls", help="calls to a Parquet dataset partitioned by day (resumable)",
                              description="Export calls to a Parquet dataset partitioned by day; run again to resume.")
    calls.add_argument("--out", required=True, help="the dataset's directory")
    calls.add_argument("--start", required=True, type=_day, help="first day (YYYY-MM-DD, UTC)")
    calls.add_argument("--end", required=True, type=_day, help="last day, included (YYYY-MM-DD, UTC)")
    calls.add_argument("--detail", action="store_true", help="add Call Details (one request per call)")
    calls.add_argument("--concurrency", type=_positive(int), default=16, help="detail requests at once (default 16)")
    calls.add_argument("--rate-limit", type=_positive(float), default=None, help="detail requests per second at most")
    calls.add_argument("--quiet", action="store_true", help="no progress bar")
    source = calls.add_mutually_exclusive_group()
    source.add_argument("--base-url", help="API base URL (default: BLAND_BASE_URL or https://api.bland.ai)")
    source.add_argument("--sandbox", action="store_true", help="export from a local seeded sandbox (no account)")
    calls.set_defaults(run=export_calls)


def export_calls(args: argparse.Namespace) -> None:
    from . import frames

    client = _client(args)
    done = frames.export_calls(client, args.out, start=args.start, end=args.end, detail=args.detail,
                               progress=not args.quiet, concurrency=args.concurrency, rate_limit=args.rate_limit)
    skipped = f"; {len(done.days_skipped)} day(s) already complete" if done.days_skipped else ""
    print(f"wrote {done.calls_written} calls over {len(done.days_written)} day(s) to {done.path}{skipped}")


def _client(args: argparse.Namespace) -> Any:
    if args.sandbox:
        from .sandbox import Sandbox

        return Sandbox().client()
    from . import BlandClient

    return BlandClient(base_url=args.base_url)


COMMANDS = [add_export]
"""Each adds its subcommand to the parser, with `run=` the function that carries it out."""


def parser() -> Parser:
    p = Parser(prog="bland-nb", description="The Bland AI notebook toolkit from the shell.")
    commands = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    for add in COMMANDS:
        add(commands)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parser().parse_args(argv)
    from . import BlandError

    try:
        args.run(args)
    except KeyboardInterrupt:
        print("bland-nb: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    except (BlandError, OSError, ImportError) as exc:
        print(f"bland-nb: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
