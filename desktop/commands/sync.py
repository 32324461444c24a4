"""`ziliudi sync`: read the store's escrow contract on the profile's network into the book
and update the orders. Progress goes to stderr; the summary to stdout."""

from __future__ import annotations

import sys

from desktop.cli import print_json
from desktop.services import orders as service


def run(ctx, args) -> int:
    work = ctx.work()

    def progress(done: int, total: int, text: str) -> None:
        print(f"{text} ({done}/{total} blocks)", file=sys.stderr)

    summary = service.sync(work, args.network, progress=progress)
    if args.json:
        print_json(summary.as_json())
    else:
        print(f"{summary.network}: blocks {summary.from_block}-{summary.to_block}, "
              f"{summary.events} new events, {summary.orders_changed} orders changed")
    for problem in summary.unreadable:
        print(problem, file=sys.stderr)
    return 0
