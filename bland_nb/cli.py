"""The `bland-nb` command.

    bland-nb export calls --out calls/ --start 2026-10-01 --end 2026-11-26 [--detail]
    bland-nb export calls --out demo/ --start 2026-11-01 --end 2026-11-26 --sandbox
    bland-nb sandbox --port 8787 --seed 0 --realtime
    bland-nb demo --lab
    bland-nb mcp --allow read,destructive --confirm human

The key comes from `BLAND_API_KEY` (never a command-line argument, which shells keep in their
history); `--base-url` (or `BLAND_BASE_URL`) points elsewhere than api.bland.ai, and `--sandbox`
exports from a local seeded sandbox instead. Each subcommand is a function registered in
`COMMANDS`: adding one is a parser and a function, which returns the exit code (None: 0).
Bad options print one line (`bland-nb sandbox: error: ...`) and exit 2; failures print one line
and exit 1; `bland-nb` alone prints the help and exits 2. `python -m bland_nb.sandbox` is the
`sandbox` subcommand under its own name (`sandbox_options`, `run`).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Optional

import bland_nb

__all__ = ["demo_options", "main", "parser", "run", "sandbox_options", "serve_sandbox"]


class Parser(argparse.ArgumentParser):
    """argparse, but an error is one line (`bland-nb export calls: error: ...`), and
    descriptions and epilogs keep their line breaks."""

    def __init__(self, *args: Any, formatter_class: type = argparse.RawDescriptionHelpFormatter, **kwargs: Any):
        super().__init__(*args, formatter_class=formatter_class, **kwargs)

    def error(self, message: str) -> Any:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _day(text: str) -> str:
    try:
        (datetime if "T" in text else date).fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; expected YYYY-MM-DD") from None
    return text


def _number(kind: type, test: Callable[[Any], bool], refusal: str) -> Callable[[str], Any]:
    """An argparse type: `kind(text)`, refused as `"<text> <refusal>"` unless `test` holds."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not {'a whole number' if kind is int else 'a number'}"
            ) from None
        if not math.isfinite(value) or not test(value):
            raise argparse.ArgumentTypeError(f"{text} {refusal}")
        return value

    return parse


def _within(kind: type, low: float, high: float, meaning: str) -> Callable[[str], Any]:
    return _number(kind, lambda v: low <= v <= high, f"is out of range: must be {meaning}")


def _named(what: str) -> Callable[[str], str]:
    """An argparse type for a name that must not be empty (`--out ''` would mean the current directory)."""

    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{text!r} is empty: give {what}")
        return text

    return parse


RATE = _within(float, 0, 1, "between 0 and 1")
PORT = _within(int, 0, 65535, "a port number from 0 (any free port) to 65535")
CALLS = _within(int, 0, 1_000_000, "from 0 to 1000000")
MILLISECONDS = _within(float, 0, 600_000, "from 0 to 600000 (ten minutes)")
REALTIME = _within(float, 0, 86_400, "from 0 to 86400 (a day a second)")
CONCURRENCY = _within(int, 1, 100, "from 1 to 100 (the client's connection pool)")
RATE_LIMIT = _within(
    float,
    bland_nb.MIN_RATE_LIMIT,
    math.inf,
    f"{bland_nb.MIN_RATE_LIMIT} or more (a request every {1 / bland_nb.MIN_RATE_LIMIT:g} s)",
)
DIRECTORY = _named("a directory ('.' for the current one)")
HOST = _named("an address (0.0.0.0 for every interface)")


def _subcommand(commands: Any, name: str, *, help: str, description: str, examples: str) -> Parser:
    """A subcommand's parser, with its description and an epilog of examples."""
    return commands.add_parser(name, help=help, description=description, epilog=f"examples:\n{examples}")


# -- export calls -------------------------------------------------------------------------------


def add_export(commands: Any) -> None:
    export = _subcommand(
        commands,
        "export",
        help="export data to files",
        description="Export data to files: `bland-nb export calls`.",
        examples="  bland-nb export calls --out calls/ --start 2026-10-01 --end 2026-11-26\n"
        "  bland-nb export calls --out demo/ --start 2026-11-01 --end 2026-11-26 --sandbox",
    )
    what = export.add_subparsers(dest="what", required=True, parser_class=Parser)
    calls = _subcommand(
        what,
        "calls",
        help="calls to a Parquet dataset partitioned by day (resumable)",
        description="Export calls to a Parquet dataset partitioned by day; run again to resume.\n"
        "The key comes from BLAND_API_KEY.",
        examples="  bland-nb export calls --out calls/ --start 2026-10-01 --end 2026-11-26\n"
        "  bland-nb export calls --out demo/ --start 2026-11-01 --end 2026-11-26 --sandbox --detail",
    )
    calls.add_argument("--out", required=True, type=DIRECTORY, help="the dataset's directory")
    calls.add_argument("--start", required=True, type=_day, help="first day (YYYY-MM-DD, UTC)")
    calls.add_argument("--end", required=True, type=_day, help="last day, included (YYYY-MM-DD, UTC)")
    calls.add_argument("--detail", action="store_true", help="add Call Details (one request per call)")
    calls.add_argument(
        "--concurrency", type=CONCURRENCY, default=8, help="requests at once: list pages and details (default 8)"
    )
    calls.add_argument("--rate-limit", type=RATE_LIMIT, default=None, help="requests per second at most")
    calls.add_argument("--quiet", action="store_true", help="no progress bar")
    source = calls.add_mutually_exclusive_group()
    source.add_argument("--base-url", help="API base URL (default: BLAND_BASE_URL or https://api.bland.ai)")
    source.add_argument("--sandbox", action="store_true", help="export from a local seeded sandbox (no account)")
    calls.set_defaults(run=export_calls, command_parser=calls)


def export_calls(args: argparse.Namespace) -> Optional[int]:
    from . import frames

    client = _client(args)
    try:
        done = frames.export_calls(
            client,
            args.out,
            start=args.start,
            end=args.end,
            detail=args.detail,
            progress=not args.quiet,
            concurrency=args.concurrency,
            rate_limit=args.rate_limit,
        )
    except KeyboardInterrupt:
        print("bland-nb: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    notes = [
        f"{len(days)} day(s) {meaning}"
        for days, meaning in ((done.days_empty, "without calls"), (done.days_skipped, "already complete"))
        if days
    ]
    print("; ".join([f"wrote {done.calls_written} calls over {len(done.days_written)} day(s) to {done.path}", *notes]))
    if done.details_failed:
        print(
            f"bland-nb: error: Call Details failed for {done.details_failed} call(s), written without them "
            "(detail_error says why); run the same command again to fetch them",
            file=sys.stderr,
        )
        return 1
    return None


def _client(args: argparse.Namespace) -> Any:
    if args.sandbox:
        from .sandbox import Sandbox

        return Sandbox().client()
    from . import BlandClient

    return BlandClient(base_url=args.base_url)


# -- sandbox ------------------------------------------------------------------------------------

SANDBOX_ENV = "export BLAND_SANDBOX_URL={url}\nexport BLAND_SANDBOX_KEY={key}"
"""What `bland-nb sandbox` prints: the lines `bland_nb.connect()` reads, ready to paste."""


def sandbox_options(p: argparse.ArgumentParser) -> None:
    """The sandbox server's options (`bland-nb sandbox` and `python -m bland_nb.sandbox`)."""
    p.add_argument("--host", type=HOST, default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=PORT, default=8787, help="port to listen on; 0 picks a free one (default 8787)")
    p.add_argument("--seed", type=int, default=0, help="the same seed builds the same account and key (default 0)")
    p.add_argument("--calls", type=CALLS, default=5000, help="calls in the seeded history (default 5000)")
    p.add_argument(
        "--realtime",
        type=REALTIME,
        nargs="?",
        const=60,
        default=0,
        metavar="N",
        help="move the sandbox clock N times as fast as real time, so queued calls complete "
        "(alone: 60, a minute a second; default 0, the clock stands still)",
    )
    p.add_argument("--latency-ms", type=MILLISECONDS, default=0, metavar="MS", help="added before every answer")
    p.add_argument(
        "--jitter-ms", type=MILLISECONDS, default=0, metavar="MS", help="± random spread around --latency-ms"
    )
    p.add_argument(
        "--error-rate",
        type=RATE,
        default=0.0,
        metavar="F",
        help="share of requests answered 500/502/503 without acting (0 to 1)",
    )
    p.add_argument(
        "--rate-limit",
        type=RATE_LIMIT,
        default=None,
        metavar="N",
        help="requests per second before 429s with Retry-After",
    )
    p.add_argument(
        "--disconnect-rate",
        type=RATE,
        default=0.0,
        metavar="F",
        help="share of requests acted on, then cut off before the answer (0 to 1)",
    )
    p.add_argument(
        "--log-level",
        default="warning",
        choices=("debug", "info", "warning", "error"),
        help="the server's log level (default warning)",
    )
    p.add_argument("--access-log", action="store_true", help="log every request")


def add_sandbox(commands: Any) -> None:
    p = _subcommand(
        commands,
        "sandbox",
        help="serve a local sandbox of the Bland API over HTTP (no account)",
        description="Serve a local, stateful emulator of the Bland API over HTTP until Ctrl-C.\n"
        "Prints the URL and the sandbox's key as `export` lines: paste them into a shell and\n"
        "bland_nb.connect() (the notebooks, the demo) talks to this server. The key is the\n"
        "sandbox's own, derived from --seed; it opens nothing but the sandbox.",
        examples="  bland-nb sandbox                                   # http://127.0.0.1:8787, seed 0, 5000 calls\n"
        "  bland-nb sandbox --port 0 --seed 7 --calls 20000   # any free port, another world\n"
        "  bland-nb sandbox --realtime                        # queued calls complete, a minute a second\n"
        "  bland-nb sandbox --latency-ms 40 --error-rate 0.05 --rate-limit 50   # a flaky network",
    )
    sandbox_options(p)
    p.set_defaults(run=serve_sandbox, command_parser=p)


def serve_sandbox(args: argparse.Namespace) -> int:
    """Serve a sandbox on `args.host:args.port` until Ctrl-C, after printing the
    `BLAND_SANDBOX_URL` and `BLAND_SANDBOX_KEY` to use. Ctrl-C is the normal way out: exit code 0."""
    from .sandbox import Faults, Sandbox
    from .sandbox.server import base_url, bind
    from .sandbox.server import run as serve

    faults = Faults(
        latency_ms=args.latency_ms,
        jitter_ms=args.jitter_ms,
        error_rate=args.error_rate,
        rate_limit_per_s=args.rate_limit,
        disconnect_rate=args.disconnect_rate,
        seed=args.seed,
    )
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        args.command_parser.error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    try:
        sandbox = Sandbox(seed=args.seed, calls=args.calls, faults=faults)
        url = base_url(sock)
        print(SANDBOX_ENV.format(url=url, key=sandbox.api_key), flush=True)
        print(f"# {sandbox!r} at {url}; Ctrl-C to stop", file=sys.stderr, flush=True)
        if os.environ.get("BLAND_API_KEY"):
            print(
                "# BLAND_API_KEY is set in this shell: bland_nb.connect() uses the real API until it is unset",
                file=sys.stderr,
                flush=True,
            )
        serve(sandbox, sock, realtime=args.realtime, log_level=args.log_level, access_log=args.access_log)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


# -- demo ---------------------------------------------------------------------------------------


def demo_options(p: argparse.ArgumentParser) -> None:
    """The demo's options, for `bland-nb demo` and `tools/demo` (`bland_nb.demo.main`)."""
    where = p.add_mutually_exclusive_group()
    where.add_argument("--lab", action="store_true", help="then open the notebooks in JupyterLab, until Ctrl-C")
    where.add_argument(
        "--voila", action="store_true", help="then serve notebooks/dashboard.ipynb with Voilà, until Ctrl-C"
    )
    p.add_argument("--out", type=DIRECTORY, default="build", metavar="DIR", help="where the HTML goes (default build)")


def add_demo(commands: Any) -> None:
    p = _subcommand(
        commands,
        "demo",
        help="run the analysis notebooks and print the headline figures",
        description="The demo: the analysis notebooks run against a sandbox (or your account, when\n"
        "BLAND_API_KEY is set), saved as HTML, with the headline figures in the terminal.\n"
        "Needs the `notebooks` extra and a clone of the repository.",
        examples="  bland-nb demo                  # figures, then build/*.html\n"
        "  bland-nb demo --lab            # then JupyterLab on notebooks/, against the same sandbox\n"
        "  bland-nb demo --voila          # then the dashboard in Voilà\n"
        "  bland-nb demo --out /tmp/demo  # the HTML elsewhere than build/",
    )
    demo_options(p)
    p.set_defaults(run=run_demo, command_parser=p)


def run_demo(args: argparse.Namespace) -> int:
    from .demo import run as demo

    return demo(lab=args.lab, voila=args.voila, out=args.out)


# -- mcp ----------------------------------------------------------------------------------------


def _names(accepted: Sequence[str], what: str) -> Callable[[str], tuple[str, ...]]:
    """An argparse type for a comma-separated list of names, each one of `accepted`."""

    def parse(text: str) -> tuple[str, ...]:
        names = tuple(name.strip() for name in text.split(",") if name.strip())
        unknown = [name for name in names if name not in accepted] or ([] if names else [text])
        if unknown:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {', '.join(map(repr, unknown))}; accepted: {', '.join(accepted)}"
            )
        return names

    return parse


def add_mcp(commands: Any) -> None:
    p = _subcommand(
        commands,
        "mcp",
        help="serve the agent tools over the Model Context Protocol",
        description="An MCP server with the agent tools (bland_nb.agents), for Claude Desktop, Cursor,\n"
        "LangGraph and any MCP client: read-only unless --allow names more effects, and a\n"
        "preview before anything acts. It uses your account when BLAND_API_KEY is set, the\n"
        "sandbox server at BLAND_SANDBOX_URL, else a sandbox in the process (said on stderr).",
        examples="  bland-nb mcp                                            # stdio, read-only tools\n"
        "  bland-nb mcp --allow read,destructive --confirm human   # stop/delete once a person approves\n"
        "  bland-nb mcp --transport http --port 8000               # http://127.0.0.1:8000/mcp",
    )
    p.add_argument(
        "--transport",
        choices=("stdio", "http"),
        default="stdio",
        help="stdio (default), or streamable HTTP at http://HOST:PORT/mcp",
    )
    p.add_argument("--host", type=HOST, default="127.0.0.1", help="address to listen on over http (default 127.0.0.1)")
    p.add_argument(
        "--port", type=PORT, default=8000, help="port to listen on over http; 0 picks a free one (default 8000)"
    )
    p.add_argument(
        "--allow",
        type=_names(bland_nb.EFFECTS, "effect"),
        default=("read",),
        metavar="EFFECTS",
        help=f"effects the tools may have, comma-separated: {','.join(bland_nb.EFFECTS)} (default read)",
    )
    p.add_argument(
        "--groups",
        type=_names(tuple(bland_nb.GROUPS), "group"),
        default=None,
        metavar="GROUPS",
        help="API groups to offer, comma-separated (default all), e.g. calls,campaigns",
    )
    p.add_argument(
        "--mode",
        choices=("tools", "discover"),
        default="discover",
        help="discover (default): tools to find, describe and call endpoints; tools: one tool per endpoint",
    )
    p.add_argument(
        "--confirm",
        choices=("model", "human"),
        default="model",
        help="who confirms a call that acts: the model with confirm=true (default), or a person "
        "asked by the client (MCP elicitation)",
    )
    p.set_defaults(run=run_mcp, command_parser=p)


def run_mcp(args: argparse.Namespace) -> int:
    """Serve the tools over stdio or HTTP. stdout is the protocol under stdio: all else goes to stderr."""
    import contextlib

    from . import mcp

    with contextlib.redirect_stdout(sys.stderr):  # connect() says what it connects to
        client = bland_nb.connect()
    try:
        server = mcp.build_server(client, allow=args.allow, mode=args.mode, groups=args.groups, confirm=args.confirm)
    except ValueError as exc:
        args.command_parser.error(str(exc))
    if args.transport == "stdio":
        mcp.run_stdio(server)
        return 0
    from .sandbox.server import base_url, bind

    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        args.command_parser.error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    print(f"# MCP over streamable HTTP at {base_url(sock)}/mcp; Ctrl-C to stop", file=sys.stderr, flush=True)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"# {args.host} is not loopback: anyone who reaches this port uses the account, without a key",
            file=sys.stderr,
            flush=True,
        )
    try:
        mcp.run_http(server, sock, host=args.host)
    finally:
        sock.close()
    return 0


# -- the command --------------------------------------------------------------------------------

COMMANDS = [add_export, add_sandbox, add_demo, add_mcp]
"""Each adds its subcommand to the parser, with `run=` the function that carries it out and
`command_parser=` its own parser (for one-line errors in its name)."""


def parser() -> Parser:
    p = Parser(
        prog="bland-nb",
        description="The Bland AI notebook toolkit from the shell. The key comes from BLAND_API_KEY, never\n"
        "from the command line. `bland-nb COMMAND --help` describes each command.",
        epilog="examples:\n"
        "  bland-nb export calls --out calls/ --start 2026-10-01 --end 2026-11-26\n"
        "  bland-nb sandbox --port 8787 --seed 0\n"
        "  bland-nb demo --lab",
    )
    p.add_argument("--version", action="version", version=f"bland-nb {bland_nb.__version__}")
    commands = p.add_subparsers(dest="command", title="commands", metavar="COMMAND", parser_class=Parser)
    for add in COMMANDS:
        add(commands)
    return p


def run(p: argparse.ArgumentParser, argv: Optional[Sequence[str]] = None) -> int:
    """Parse `argv` with `p` and carry it out: the exit code, with failures in one line."""
    args, unknown = p.parse_known_args(argv)
    command_parser = getattr(args, "command_parser", p)
    if unknown:
        command_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if getattr(args, "run", None) is None:
        p.print_help(sys.stderr)
        return 2
    from . import BlandError

    try:
        return args.run(args) or 0
    except KeyboardInterrupt:
        print(f"{p.prog}: interrupted", file=sys.stderr)
        return 130
    except (BlandError, OSError, ImportError) as exc:
        print(f"{p.prog}: error: {exc}", file=sys.stderr)
        return 1


def main(argv: Optional[Sequence[str]] = None) -> int:
    return run(parser(), argv)


if __name__ == "__main__":
    sys.exit(main())
