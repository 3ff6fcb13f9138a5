"""Serve a sandbox over HTTP until Ctrl-C: `bland-nb sandbox` under its own name.

    python -m bland_nb.sandbox --port 8787 --seed 0 --calls 5000 --latency-ms 40 --error-rate 0.05

The options, the server and the printed `export BLAND_SANDBOX_URL=...` and
`export BLAND_SANDBOX_KEY=...` lines are the `bland-nb sandbox` command's (`bland_nb.cli`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Optional

from ..cli import Parser, run, sandbox_options, serve_sandbox


def parser() -> Parser:
    p = Parser(
        prog="python -m bland_nb.sandbox",
        description="Serve a local, stateful emulator of the Bland API over HTTP until Ctrl-C "
        "(the same as `bland-nb sandbox`).",
    )
    sandbox_options(p)
    p.set_defaults(run=serve_sandbox, command_parser=p)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    return run(parser(), argv)


if __name__ == "__main__":
    sys.exit(main())
