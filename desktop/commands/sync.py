"""`ziliudi sync`: read the store's escrow contract on the profile's network into the book
and update the orders. Progress goes to stderr; the summary to stdout."""

from __future__ import annotations

import sys

from desktop.cli import print_json
from desktop.i18n import error_text, step_text, translate
from desktop.services import orders as service


def run(ctx, args) -> int:
    work = ctx.work()

    def progress(done: int, total: int, text: str) -> None:
        print(translate("cli.sync", "{step} ({done}/{total} blocks)").format(
            step=step_text(text, translate), done=done, total=total), file=sys.stderr)

    summary = service.sync(work, args.network, progress=progress)
    if args.json:
        print_json(summary.as_json())
    else:
        print(translate("cli.sync", "{network}: blocks {first}-{last}, {events} new events, "
                                    "{orders} orders changed").format(
            network=summary.network, first=summary.from_block, last=summary.to_block,
            events=summary.events, orders=summary.orders_changed))
    for problem in summary.unreadable:  # a shipment on chain that does not open: which, why
        print(error_text(problem, translate), file=sys.stderr)
    return 0
